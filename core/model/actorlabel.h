#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace dateline {

// Actors may share a label (GDELT has a "Sanor" in Congo and one in Sweden). Where such actors
// are named side by side (filter chips, timeline lanes) each names its country as well.

// "Sanor — COD": the label bidi-isolated (an Arabic label must not move the code), then the
// alpha-3 code; the label alone when the country is not known.
QString labelWithCountry(const QString &label, const QString &country);

// The labels that occur more than once in labels.
QSet<QString> repeatedLabels(const QStringList &labels);

} // namespace dateline
