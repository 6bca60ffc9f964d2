#pragma once

#include "core/extract/proposedevent.h"
#include "core/extract/timex.h"

#include <QString>

#include <vector>

namespace dateline::extract {

// Links proposals the text relates: "a follow-up to" and "in response to" an earlier dated event
// (ProposedEvent::relations of the later one).
void linkRelations(const QString &text, const std::vector<Timex> &timexes, std::vector<ProposedEvent> &events);

} // namespace dateline::extract
