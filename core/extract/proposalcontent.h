#pragma once

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"
#include "core/extract/articleextractor.h"
#include "core/io/nativejsonreader.h"

#include <QString>

#include <optional>
#include <vector>

namespace dateline::extract {

// Where the article came from, for the Source the accepted events cite.
struct ArticleSource {
    QString title;
    QString publication;
    QString author;
    QString url;
    CivilDate published; // the day relative dates were counted from
    FuzzyDate issued;    // the publication date as known ("2008-03"); when invalid, the published day
    // For a caller that wrote this article before (a live review): the document's source for it,
    // or an invalid id for none (one is added), so that it is not searched for again. Searching
    // is a scan of the sources: half a second in a GDELT document of a million.
    std::optional<SourceId> known;
};

// Whether accepting x.events[index] adds an event: it exists and has a valid date and a title.
bool isWritableProposal(const Extraction &x, int index);

// The content that accepting proposals adds to a document, ready for writeContent(): the chosen
// events (indexes into x.events) with their actors (one Actor per distinct label; countries as
// states with their ISO code), places, quotes (speaker, the article as source, the character range
// as locator), the relations between kept proposals and one Source for the article. Ids are provisional (1, 2, ...) and only link the
// entities; write with IdPolicy::AssignNewIds.
NativeJsonContent contentFromProposals(const Extraction &x, const std::vector<int> &accepted, const ArticleSource &source);

} // namespace dateline::extract
