#include "core/model/savedview.h"

#include "core/date/calendar.h"

#include <QRegularExpression>

namespace dateline {

namespace {

// A visible-range end as ISO 8601 UTC text when its year has four digits ("2008-03-01T00:00:00Z"),
// else as a number of seconds (deep time: a JSON number is exact to 2^53 s, ~285 million years,
// and a view of deeper time needs no second precision).
QJsonValue writeInstant(TimePoint t)
{
    const CivilDateTime c = calendar::toCivil(t);
    if (c.date.year < 1 || c.date.year > 9999)
        return QJsonValue(double(t));
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(c.date.year, 4, 10, QLatin1Char('0'))
        .arg(c.date.month, 2, 10, QLatin1Char('0'))
        .arg(c.date.day, 2, 10, QLatin1Char('0'))
        .arg(c.hour, 2, 10, QLatin1Char('0'))
        .arg(c.minute, 2, 10, QLatin1Char('0'))
        .arg(c.second, 2, 10, QLatin1Char('0'));
}

std::optional<TimePoint> readInstant(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < double(kTimeMin) || d > double(kTimeMax))
            return std::nullopt;
        return TimePoint(d);
    }
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z$"));
    const auto m = iso.match(v.toString());
    if (!m.hasMatch())
        return std::nullopt;
    CivilDateTime c;
    c.date = {m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toInt()};
    c.hour = m.captured(4).toInt();
    c.minute = m.captured(5).toInt();
    c.second = m.captured(6).toInt();
    if (!calendar::isValid(c.date) || c.hour > 23 || c.minute > 59 || c.second > 59)
        return std::nullopt;
    return calendar::toTimePoint(c);
}

std::optional<QString> readName(const QJsonObject &json, const QString &what, QString *errorMessage)
{
    const QString name = json.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("A %1 has no name").arg(what);
        return std::nullopt;
    }
    return name;
}

} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject json{{QLatin1String("name"), name},
                     {QLatin1String("grouping"), laneGroupingName(grouping)}};
    if (!filter.isEmpty())
        json.insert(QLatin1String("filter"), filter.toJson());
    if (visibleFrom != visibleTo) {
        json.insert(QLatin1String("from"), writeInstant(visibleFrom));
        json.insert(QLatin1String("to"), writeInstant(visibleTo));
    }
    if (!palette.isEmpty())
        json.insert(QLatin1String("palette"), palette);
    return json;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &json, QString *errorMessage)
{
    SavedView view;
    const auto name = readName(json, QStringLiteral("saved view"), errorMessage);
    if (!name)
        return std::nullopt;
    view.name = *name;
    auto fail = [&](const QString &message) -> std::optional<SavedView> {
        if (errorMessage)
            *errorMessage = QStringLiteral("Saved view \"%1\": %2").arg(view.name, message);
        return std::nullopt;
    };
    if (const QJsonValue g = json.value(QLatin1String("grouping")); !g.isUndefined()) {
        bool ok = false;
        view.grouping = laneGroupingFromName(g.toString(), &ok);
        if (!ok)
            return fail(QStringLiteral("unknown lane grouping \"%1\"").arg(g.toString()));
    }
    if (const QJsonValue f = json.value(QLatin1String("filter")); !f.isUndefined()) {
        QString error;
        const auto filter = f.isObject() ? EventFilter::fromJson(f.toObject(), &error) : std::nullopt;
        if (!filter)
            return fail(error.isEmpty() ? QStringLiteral("\"filter\" must be an object") : error);
        view.filter = *filter;
    }
    const QJsonValue from = json.value(QLatin1String("from"));
    const QJsonValue to = json.value(QLatin1String("to"));
    if (!from.isUndefined() || !to.isUndefined()) {
        const auto f = readInstant(from);
        const auto t = readInstant(to);
        if (!f || !t || *f >= *t)
            return fail(QStringLiteral("the visible range is not a valid pair of instants"));
        view.visibleFrom = *f;
        view.visibleTo = *t;
    }
    if (const QJsonValue p = json.value(QLatin1String("palette")); !p.isUndefined()) {
        const QString palette = p.toString();
        if (palette != u"light" && palette != u"dark" && palette != u"print")
            return fail(QStringLiteral("unknown palette \"%1\"").arg(palette));
        view.palette = palette;
    }
    return view;
}

QJsonObject DateBookmark::toJson() const
{
    return {{QLatin1String("name"), name}, {QLatin1String("date"), date.toEdtf()}};
}

std::optional<DateBookmark> DateBookmark::fromJson(const QJsonObject &json, QString *errorMessage)
{
    const auto name = readName(json, QStringLiteral("bookmark"), errorMessage);
    if (!name)
        return std::nullopt;
    QString dateError;
    const FuzzyDate date = FuzzyDate::fromEdtf(json.value(QLatin1String("date")).toString(), &dateError);
    if (!date.isValid()) {
        if (errorMessage)
            *errorMessage = QStringLiteral("Bookmark \"%1\": the date is not valid: %2").arg(*name, dateError);
        return std::nullopt;
    }
    return DateBookmark{*name, date};
}

} // namespace dateline
