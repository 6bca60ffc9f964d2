#pragma once

#include "core/extract/articleextractor.h"
#include "core/model/ids.h"

#include <vector>

namespace dateline {
class Document;
}

namespace dateline::extract {

// For each proposal of x (same order), an event already in the document that it may repeat, or an
// invalid id: the dates overlap, and either half the proposal's title words are in the event's
// title or two of the proposal's known actors are the event's (the closest such event when there
// are several). A hint for the analyst who adds a second article on the same meeting; it decides
// nothing. Events in `ignore` are passed over (the ones this review has already written).
std::vector<EventId> similarExistingEvents(const Document &document, const Extraction &x, const std::vector<EventId> &ignore = {});

} // namespace dateline::extract
