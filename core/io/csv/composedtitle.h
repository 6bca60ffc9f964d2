#pragma once
// Titles for the rows of a table that has no title column. Event datasets name what happened by
// its parts, not by a headline: ACLED by actors, event type and a note ("On 15 March 2023, Russian
// forces clashed with Ukrainian forces near Bakhmut. ..."), ICEWS by source and target actors and
// a CAMEO code. A timeline needs a line to show for each.

#include <QString>
#include <QStringList>

namespace dateline {

struct TitleParts {
    QStringList actors;   // labels, in the row's order
    QString cameoCode;    // "130"; empty when none
    QString description;  // the row's description or notes
    QStringList tags;     // event types and other tags, in the row's order
    QString eventType;    // the most specific event type the row names, if its table has type columns
};

// The first of these that the row has:
// - a CAMEO code and an actor: "Russia threatens Ukraine", as GDELT events are titled;
// - a description: its first sentence, without its full stop and a date that opens it ("On 15
//   March 2023, "), at most kComposedTitleWords words (then "…");
// - actors or tags: "Russia – Ukraine: Armed clash" (the last tag: datasets list their types from
//   the broadest to the most specific).
// Empty when the row has none of them.
QString composedTitle(const TitleParts &parts);

inline constexpr int kComposedTitleWords = 16;

} // namespace dateline
