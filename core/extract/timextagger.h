#pragma once

#include "core/date/calendar.h"
#include "core/extract/timex.h"
#include "core/extract/token.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace dateline::extract {

// Finds temporal expressions in English (news) text and normalises them against the document
// creation date: absolute dates, ranges, dates relative to the creation date or to the last date
// mentioned, durations, sets and PRESENT/PAST/FUTURE_REF. Offsets in the result are UTF-16
// positions in the given text. Rules and word tables are our own (see docs/extraction.md).
class TimexTagger {
public:
    explicit TimexTagger(const CivilDate &creationDate);

    std::vector<Timex> tag(const QString &text) const;
    // The same with text's tokens (tokenize(text)) made already: the article extractor shares them
    // with the actor recognizer.
    std::vector<Timex> tag(const QString &text, const std::vector<Token> &tokens) const;

    CivilDate creationDate() const { return m_dct; }

private:
    // "three years later, on 6 October 1981": the counted date takes the named one's value.
    static void alignCountedDate(const QString &text, Timex &counted, const Timex &named, std::int64_t dct);

    CivilDate m_dct;
};

} // namespace dateline::extract
