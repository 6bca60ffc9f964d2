#pragma once

#include "core/date/calendar.h"
#include "core/extract/htmltext.h"
#include "core/extract/proposedevent.h"
#include "core/extract/timex.h"
#include "core/model/entities.h"

#include <QString>

#include <vector>

namespace dateline::extract {

struct Extraction {
    QString text; // the plain text all offsets refer to (HTML already stripped)
    std::vector<TextSpan> furniture; // an HTML page's navigation, footers, related links...: no proposals
    std::vector<Timex> timexes;
    std::vector<ActorMention> actors;
    std::vector<QuoteMention> quotes;
    std::vector<ProposedEvent> events;
};

// From article text to proposed events, in one call: temporal expressions, sentences, actors,
// quotes and events. Plain text or HTML (detected, or forced) is accepted; offsets in the result
// are UTF-16 positions in Extraction::text (see CodePointMap for code points).
class ArticleExtractor {
public:
    enum class Input { Detect, PlainText, Html };

    ArticleExtractor(const CivilDate &creationDate, std::vector<Actor> knownActors = {});

    Extraction run(const QString &text, Input input = Input::Detect) const;

private:
    CivilDate m_dct;
    std::vector<Actor> m_known;
};

} // namespace dateline::extract
