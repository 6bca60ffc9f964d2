#include "core/edit/commandlabels.h"

using namespace Qt::StringLiterals;

namespace dateline::labels {

QString quoted(const QString &name)
{
    constexpr qsizetype kMax = 40;
    QString text = name.simplified();
    if (text.isEmpty())
        return u"untitled"_s;
    if (text.size() > kMax)
        text = text.left(kMax - 1) + u'\u2026';
    return u'\u201c' + text + u'\u201d';
}

QString count(qsizetype n, const char *singular, const char *plural)
{
    return u"%1 %2"_s.arg(n).arg(QLatin1StringView(n == 1 ? singular : plural));
}

QStringList changedFields(const Event &a, const Event &b)
{
    QStringList fields;
    if (a.title != b.title)
        fields << u"title"_s;
    if (a.description != b.description)
        fields << u"description"_s;
    if (!(a.date == b.date))
        fields << u"date"_s;
    if (a.status != b.status)
        fields << u"status"_s;
    if (a.cameoCode != b.cameoCode)
        fields << u"type"_s;
    if (a.place != b.place)
        fields << u"place"_s;
    if (a.importance != b.importance)
        fields << u"importance"_s;
    if (a.tags != b.tags)
        fields << u"tags"_s;
    if (a.sortKey != b.sortKey)
        fields << u"order"_s;
    if (a.actors != b.actors)
        fields << u"actors"_s;
    return fields;
}

QString eventChange(const QStringList &fields, const QString &title)
{
    if (fields.size() != 1)
        return u"Edit %1"_s.arg(quoted(title));
    const QString &field = fields.front();
    if (field == u"title")
        return u"Rename %1"_s.arg(quoted(title));
    if (field == u"date")
        return u"Change date of %1"_s.arg(quoted(title));
    return u"Change %1 of %2"_s.arg(field, quoted(title));
}

} // namespace dateline::labels
