#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace dateline {

struct Actor;

// Actors may share a label (GDELT has a "Sanor" in Congo and one in Sweden, and a "United States"
// for the state, USA, and one for its government, USAGOV). Where such actors are named side by side
// (filter chips, timeline lanes) each names its code as well.

// What tells an actor from others of its label: its CAMEO code ("USAGOV", which holds the country),
// else its alpha-3 country; empty when neither is known.
QString actorCode(const Actor &actor);

// "Sanor — COD": the label bidi-isolated (an Arabic label must not move the code), then the code;
// the label alone when there is no code.
QString labelWithCode(const QString &label, const QString &code);

// The labels that occur more than once in labels.
QSet<QString> repeatedLabels(const QStringList &labels);

} // namespace dateline
