#pragma once

#include "core/extract/htmltext.h"

#include <QString>
#include <QStringView>

namespace dateline::extract {

// The wire dateline a news story opens with: "GENEVA, Nov 14 (Reuters) - ", "KYIV, Ukraine, March 5
// (AP) — ", "THE HAGUE, Netherlands (AP)_ ", "MOSCOW, April 2. /TASS/. ", "UNITED NATIONS, 28 March
// 2008 – ", "Doha, Qatar – ": a place in capitals (or in mixed case before an agency in brackets),
// its country or state, the date, the agency, a dash. A dateline names its agency, its date or (a
// city in mixed case before a long dash) its country, so that a heading such as "NATO - the alliance
// at 75" is none. The one pattern for the metadata's date and heading,
// the extractor's actors and the proposer's clauses.
struct WireDateline {
    int length = 0; // of the dateline with the spaces after its dash; 0 when the line opens with none
    QString date;   // as written ("Nov 14"); empty when it gives none
};

WireDateline wireDatelineAt(QStringView line);

// Where the wire dateline of a story is: the first one that opens one of the text's first lines
// that are not blank (a headline and a byline may come before it). An empty span when there is none.
TextSpan findWireDateline(const QString &text);

} // namespace dateline::extract
