#pragma once

#include "core/date/fuzzydate.h"
#include "core/date/timepoint.h"
#include "core/model/ids.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace dateline {

// A run of characters in a QString (UTF-16 units): where a search hit is.
struct TextRange {
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// Which text of an event a snippet comes from.
enum class SearchField : std::uint8_t { Title, Description, Quote, Name };

// One event found by Document::search. All text is plain text from the document (untrusted):
// the hits are ranges, never markup.
struct SearchHit {
    EventId event;
    FuzzyDate date;
    QString title;
    std::vector<TextRange> titleMatches;
    // The first match outside the title, with some context ("…" where cut), or empty when only
    // the title matched.
    SearchField snippetField = SearchField::Title;
    QString snippet;
    std::vector<TextRange> snippetMatches;
};

struct SearchResults {
    QString error;               // the query was malformed: what to change; nothing else is set
    std::vector<SearchHit> hits; // the first hits in time order (sortTime, sort key, id)
    std::int64_t total = 0;      // matching events, counted up to 10,000 and for at most a few ms
    bool totalIsLowerBound = false; // more than `total` match (counting them all would cost too long)
};

// A matching event for marks on the timeline: its id and the start of its day (sortTime rounded
// down to whole days on the time axis, undated events at kTimeMax).
struct SearchMark {
    EventId event;
    TimePoint day = 0;
};

} // namespace dateline
