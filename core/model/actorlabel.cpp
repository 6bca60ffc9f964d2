#include "core/model/actorlabel.h"

#include "core/model/entities.h"
#include "core/model/untrustedtext.h"

namespace dateline {

QString actorCode(const Actor &actor)
{
    return actor.cameoCode.isEmpty() ? actor.country : actor.cameoCode;
}

QString labelWithCode(const QString &label, const QString &code)
{
    if (code.isEmpty())
        return label;
    return QStringLiteral("%1 \u2014 %2").arg(isolated(label), code);
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
