#include "core/model/actorlabel.h"

#include "core/model/untrustedtext.h"

namespace dateline {

QString labelWithCountry(const QString &label, const QString &country)
{
    if (country.isEmpty())
        return label;
    return QStringLiteral("%1 \u2014 %2").arg(isolated(label), country);
}

QSet<QString> repeatedLabels(const QStringList &labels)
{
    QSet<QString> seen, repeated;
    seen.reserve(labels.size());
    for (const QString &label : labels) {
        if (seen.contains(label))
            repeated.insert(label);
        else
            seen.insert(label);
    }
    return repeated;
}

} // namespace dateline
