#pragma once

#include "core/extract/proposedevent.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/timex.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace dateline::extract {

// Gives the quotations of paragraphs without a proposal of their own to a proposal before them (the
// one their speaker takes part in; after background, the news near the text's date), then takes from
// each proposal the quotations another proposal's own sentence holds. quotes are in text order,
// paragraphOfQuote and paragraphOfEvent give each quotation's and each proposal's paragraph (-1: none).
void giveParagraphQuotes(const QString &text, const std::vector<Timex> &timexes, const std::vector<Sentence> &sentences,
                         const std::vector<QuoteMention> &quotes, const std::vector<int> &paragraphOfQuote,
                         const std::vector<int> &paragraphOfEvent, std::int64_t creationDay, std::vector<ProposedEvent> &events);

} // namespace dateline::extract
