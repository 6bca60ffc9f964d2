#include "core/model/eventfilter.h"

#include <QJsonArray>

namespace dateline {

namespace {

// Reads an array of values under key; a missing key is an empty facet, anything else that is not
// an array of what `read` accepts is an error naming the key.
template <typename T, typename Read>
bool readList(const QJsonObject &json, const char *key, std::vector<T> &out, Read read, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("\"%1\" must be a list").arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        std::optional<T> v = read(item);
        if (!v) {
            *error = QStringLiteral("\"%1\" holds a value that is not valid here").arg(QLatin1String(key));
            return false;
        }
        out.push_back(*v);
    }
    return true;
}

std::optional<QString> readText(const QJsonValue &v)
{
    if (!v.isString() || v.toString().isEmpty())
        return std::nullopt;
    return v.toString();
}

std::optional<int> readInt(const QJsonValue &v, int lo, int hi)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(int(d)) || d < lo || d > hi)
        return std::nullopt;
    return int(d);
}

template <typename T, typename Write>
void writeList(QJsonObject &json, const char *key, const std::vector<T> &values, Write write)
{
    if (values.empty())
        return;
    QJsonArray array;
    for (const T &v : values)
        array.append(write(v));
    json.insert(QLatin1String(key), array);
}

} // namespace

bool EventFilter::isEmpty() const
{
    return actors.empty() && cameoRoots.empty() && quadClasses.empty() && countries.isEmpty()
        && tags.isEmpty() && statuses.empty() && !dateRange.isValid() && !minReliability
        && !maxCredibility && !hasQuotes;
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject json;
    writeList(json, "actors", actors, [](ActorId id) { return QJsonValue(double(id.value)); });
    writeList(json, "cameoRoots", cameoRoots, [](int root) { return QJsonValue(root); });
    writeList(json, "quadClasses", quadClasses, [](cameo::QuadClass q) { return QJsonValue(int(q)); });
    if (!countries.isEmpty())
        json.insert(QLatin1String("countries"), QJsonArray::fromStringList(countries));
    if (!tags.isEmpty())
        json.insert(QLatin1String("tags"), QJsonArray::fromStringList(tags));
    writeList(json, "statuses", statuses, [](EventStatus s) { return QJsonValue(statusName(s)); });
    if (dateRange.isValid())
        json.insert(QLatin1String("dateRange"), dateRange.toEdtf());
    if (minReliability)
        json.insert(QLatin1String("minReliability"), QString(*minReliability));
    if (maxCredibility)
        json.insert(QLatin1String("maxCredibility"), *maxCredibility);
    if (hasQuotes)
        json.insert(QLatin1String("hasQuotes"), *hasQuotes);
    return json;
}

std::optional<EventFilter> EventFilter::fromJson(const QJsonObject &json, QString *errorMessage)
{
    QString error;
    EventFilter f;
    std::vector<QString> countries, tags;
    const bool listsOk =
        readList(json, "actors", f.actors, [](const QJsonValue &v) -> std::optional<ActorId> {
            // Ids are written as JSON numbers: exact up to 2^53, far beyond any SQLite rowid used here.
            if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() > 9007199254740992.0
                || v.toDouble() != double(std::int64_t(v.toDouble())))
                return std::nullopt;
            return ActorId(std::int64_t(v.toDouble()));
        }, &error)
        && readList(json, "cameoRoots", f.cameoRoots, [](const QJsonValue &v) { return readInt(v, 1, 20); }, &error)
        && readList(json, "quadClasses", f.quadClasses, [](const QJsonValue &v) -> std::optional<cameo::QuadClass> {
            const auto q = readInt(v, 1, 4);
            return q ? std::optional(cameo::QuadClass(*q)) : std::nullopt;
        }, &error)
        && readList(json, "countries", countries, readText, &error)
        && readList(json, "tags", tags, readText, &error)
        && readList(json, "statuses", f.statuses, [](const QJsonValue &v) -> std::optional<EventStatus> {
            bool ok = false;
            const EventStatus s = statusFromName(v.toString(), &ok);
            return ok && v.isString() ? std::optional(s) : std::nullopt;
        }, &error);
    f.countries = QStringList(countries.begin(), countries.end());
    f.tags = QStringList(tags.begin(), tags.end());

    auto fail = [&](const QString &message) -> std::optional<EventFilter> {
        if (errorMessage)
            *errorMessage = QStringLiteral("Filter: %1").arg(message);
        return std::nullopt;
    };
    if (!listsOk)
        return fail(error);
    if (const QJsonValue v = json.value(QLatin1String("dateRange")); !v.isUndefined()) {
        QString dateError;
        f.dateRange = FuzzyDate::fromEdtf(v.toString(), &dateError);
        if (!v.isString() || !f.dateRange.isValid())
            return fail(QStringLiteral("\"dateRange\" is not a date: %1").arg(dateError));
    }
    if (const QJsonValue v = json.value(QLatin1String("minReliability")); !v.isUndefined()) {
        const QString s = v.toString();
        if (!v.isString() || s.size() != 1 || s[0] < u'A' || s[0] > u'F')
            return fail(QStringLiteral("\"minReliability\" must be a grade from A to F"));
        f.minReliability = s[0];
    }
    if (const QJsonValue v = json.value(QLatin1String("maxCredibility")); !v.isUndefined()) {
        f.maxCredibility = readInt(v, 1, 6);
        if (!f.maxCredibility)
            return fail(QStringLiteral("\"maxCredibility\" must be a number from 1 to 6"));
    }
    if (const QJsonValue v = json.value(QLatin1String("hasQuotes")); !v.isUndefined()) {
        if (!v.isBool())
            return fail(QStringLiteral("\"hasQuotes\" must be true or false"));
        f.hasQuotes = v.toBool();
    }
    return f;
}

bool operator==(const EventFilter &a, const EventFilter &b)
{
    return a.actors == b.actors && a.cameoRoots == b.cameoRoots && a.quadClasses == b.quadClasses
        && a.countries == b.countries && a.tags == b.tags && a.statuses == b.statuses
        && a.dateRange == b.dateRange && a.minReliability == b.minReliability
        && a.maxCredibility == b.maxCredibility && a.hasQuotes == b.hasQuotes;
}

} // namespace dateline
