// TimelineJS date fields and display_date readings.
#include "core/io/timelinejs/timelinejsdates.h"

#include "core/io/dateforms.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace dateline::timelinejs {
namespace {

// The fields of a date object, coarsest first.
constexpr QLatin1StringView kFields[6] = {QLatin1StringView("year"), QLatin1StringView("month"),
                                          QLatin1StringView("day"), QLatin1StringView("hour"),
                                          QLatin1StringView("minute"), QLatin1StringView("second")};

// Missing, null and empty (or white-space) strings are no value, as TimelineJS counts them.
bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

bool hasDateField(const QJsonObject &o)
{
    return std::any_of(std::begin(kFields), std::end(kFields), [&](QLatin1StringView name) { return !isBlank(o.value(name)); });
}

// A whole number from a JSON number or a numeric string; absent for a blank value.
// Returns false with a reason for anything else.
bool wholeNumber(const QJsonValue &value, QLatin1StringView name, std::optional<std::int64_t> &out, QString *error)
{
    out.reset();
    if (isBlank(value))
        return true;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 1e15) {
            *error = u"%1 %2 is not a whole number in range"_s.arg(name).arg(d);
            return false;
        }
        out = std::int64_t(d);
        return true;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        static const QRegularExpression number(u"^[+-]?\\d{1,15}$"_s);
        if (!number.match(text).hasMatch()) {
            *error = u"%1 \"%2\" is not a whole number"_s.arg(name, text.left(40));
            return false;
        }
        out = text.toLongLong();
        return true;
    }
    *error = u"%1 is not a number"_s.arg(name);
    return false;
}

bool inRange(std::optional<std::int64_t> v, std::int64_t lo, std::int64_t hi, QLatin1StringView name, QString *error)
{
    if (!v || (*v >= lo && *v <= hi))
        return true;
    *error = u"%1 %2 is not %3 to %4"_s.arg(name).arg(*v).arg(lo).arg(hi);
    return false;
}

std::optional<CalendarParts> fromNumbers(const std::optional<std::int64_t> (&f)[6], QString *error)
{
    if (!f[0]) {
        *error = u"the year is missing"_s;
        return std::nullopt;
    }
    if (!inRange(f[1], 1, 12, QLatin1StringView("month"), error) || !inRange(f[2], 1, 31, QLatin1StringView("day"), error)
        || !inRange(f[3], 0, 23, QLatin1StringView("hour"), error) || !inRange(f[4], 0, 59, QLatin1StringView("minute"), error)
        || !inRange(f[5], 0, 59, QLatin1StringView("second"), error))
        return std::nullopt;
    CalendarParts p;
    p.year = *f[0];
    // Finer fields only count below coarser ones: a day without a month says nothing.
    if (f[1]) {
        p.month = int(*f[1]);
        if (f[2]) {
            p.day = int(*f[2]);
            if (f[3]) {
                p.hour = int(*f[3]);
                p.minute = f[4] ? int(*f[4]) : 0;
                if (f[5])
                    p.second = int(*f[5]);
            }
        }
    }
    return p;
}

// An ISO 8601 date as people and programs write it: "2008", "2008-03", "2008-3-17",
// "2008-03-17T14:30", "2008-03-17 14:30:00.000+05:00". False when text is not of that form;
// otherwise parts, or nullopt with a reason when a value is out of range. Fractions of a second
// (JavaScript's toISOString writes them) are dropped: Dateline keeps whole seconds. A zone belongs
// to a time and is kept.
bool readIso(const QString &text, std::optional<CalendarParts> &parts, QString *error)
{
    static const QRegularExpression iso(
        u"^([+-]?\\d{1,12})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"_s
        + kZoneDesignator.toString() + u"?)?)?)?$"_s);
    const auto m = iso.match(text);
    if (!m.hasMatch())
        return false;
    std::optional<std::int64_t> f[6];
    for (int k = 0; k < 6; ++k)
        if (m.hasCaptured(k + 1))
            f[k] = m.captured(k + 1).toLongLong();
    parts = fromNumbers(f, error);
    if (parts && m.hasCaptured(7) && !setZone(*parts, m.capturedView(7), error))
        parts.reset();
    return true;
}

} // namespace

std::optional<CalendarParts> partsFromObject(const QJsonObject &o, QString *error)
{
    std::optional<std::int64_t> f[6];
    for (int k = 0; k < 6; ++k)
        if (!wholeNumber(o.value(kFields[k]), kFields[k], f[k], error))
            return std::nullopt;
    return fromNumbers(f, error);
}

std::optional<CalendarParts> partsFromLegacy(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    std::optional<std::int64_t> f[6];
    static const QRegularExpression comma(u"^[+-]?\\d{1,15}(\\s*,\\s*\\d{0,2}){0,5}$"_s);
    static const QRegularExpression slashes(u"^(\\d{1,2})/(\\d{1,2})/(\\d{1,6})$"_s); // month/day/year
    if (const auto m = slashes.match(text); m.hasMatch()) {
        f[0] = m.captured(3).toLongLong();
        f[1] = m.captured(1).toLongLong();
        f[2] = m.captured(2).toLongLong();
    } else if (std::optional<CalendarParts> parts; readIso(text, parts, error)) {
        return parts;
    } else if (comma.match(text).hasMatch()) {
        const QStringList fields = text.split(u',');
        for (qsizetype k = 0; k < fields.size() && k < 6; ++k)
            if (!fields[k].trimmed().isEmpty())
                f[k] = fields[k].trimmed().toLongLong();
    } else {
        *error = u"date \"%1\" is neither \"year,month,day\" nor ISO 8601"_s.arg(text.left(40));
        return std::nullopt;
    }
    return fromNumbers(f, error);
}

std::optional<CalendarParts> partsFromValue(const QJsonValue &value, QLatin1StringView name, QString *error)
{
    auto named = [&](std::optional<CalendarParts> parts) {
        if (!parts)
            *error = name + u": "_s + *error;
        return parts;
    };
    if (isBlank(value))
        return std::nullopt;
    if (value.isObject()) {
        // TimelineJS's sheet converter writes {"year": "", "month": "", ...} for no end.
        const QJsonObject object = value.toObject();
        return hasDateField(object) ? named(partsFromObject(object, error)) : std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        std::optional<CalendarParts> parts;
        if (readIso(text, parts, error))
            return named(parts);
        *error = u"%1 \"%2\" is not an ISO 8601 date (YYYY-MM-DD); TimelineJS dates are objects {year, month, day}"_s
                     .arg(name, text.left(40));
        return std::nullopt;
    }
    *error = u"%1 must be an object {year, month, day} or an ISO 8601 string, not %2"_s.arg(
        name, value.isArray() ? u"a list"_s : value.isBool() ? u"true or false"_s : u"a number"_s);
    return std::nullopt;
}

std::int64_t astronomicalYear(std::int64_t year)
{
    // Year 0, which TimelineJS shows as "0", is taken as written (1 BCE).
    return year < 0 && year >= -kJavaScriptYears ? year + 1 : year;
}

std::int64_t timelineJsYear(std::int64_t year)
{
    return year <= 0 && year > -kJavaScriptYears ? year - 1 : year;
}

FuzzyDate dateWithDisplay(const QString &start, const QString &end, const QString &displayIn, bool *understood)
{
    *understood = true;
    const QString plain = end.isEmpty() ? start : start + u'/' + end;
    const FuzzyDate base = FuzzyDate::fromEdtf(plain);
    const QString display = displayIn.simplified();
    if (display.isEmpty() || !base.isValid())
        return base;

    // Dateline's own wordings of qualified forms of the same date.
    QStringList candidates{plain};
    for (const QString &q : {u"~"_s, u"?"_s, u"%"_s})
        candidates << (end.isEmpty() ? start + q : start + q + u'/' + end + q);
    static const QRegularExpression yearOnly(u"^-?\\d{4}$"_s), yearMonth(u"^-?\\d{4}-\\d{2}$"_s);
    const QString startYear = start.left(start.indexOf(u'-', 1) < 0 ? start.size() : start.indexOf(u'-', 1));
    if (yearMonth.match(start).hasMatch() || yearOnly.match(start).hasMatch()) {
        for (int season = 21; season <= 24; ++season) // written as the months they span
            candidates << u"%1-%2"_s.arg(startYear).arg(season);
    }
    if (end.isEmpty() && yearMonth.match(start).hasMatch())
        candidates << start + u"-XX"_s;
    if (end.isEmpty() && yearOnly.match(start).hasMatch())
        candidates << start + u"-XX"_s << start + u"-XX-XX"_s;
    if (end.isEmpty()) {
        candidates << u"[..%1]"_s.arg(start) << u"[%1..]"_s.arg(start) << u"%1/.."_s.arg(start)
                   << u"../%1"_s.arg(start) << u"/%1"_s.arg(start) << u"%1/"_s.arg(start); // open or unknown
    } else {
        candidates << u"[%1,%2]"_s.arg(start, end) << u"[%1..%2]"_s.arg(start, end)
                   << u"{%1,%2}"_s.arg(start, end);
        static const QRegularExpression year(u"^\\d{4}$"_s);
        if (year.match(start).hasMatch() && year.match(end).hasMatch()) {
            const int a = start.toInt(), b = end.toInt();
            if (a % 10 == 0 && b == a + 9)
                candidates << start.left(3) + u'X';
            if (a % 100 == 0 && b == a + 99)
                candidates << start.left(2) + u"XX"_s;
        }
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const FuzzyDate d = FuzzyDate::fromEdtf(candidate);
        if (d.isValid() && d.toDisplayString().compare(display, Qt::CaseInsensitive) == 0)
            return d;
    }

    // Dateline's wording of a date whose parts the fields could only approximate ("c. Mar 2008 –
    // May 2008?": the fields hold its bounds): taken when it reads back to itself and lies
    // within the fields' dates.
    QString ignored;
    if (const FuzzyDate d = parseDateForm(display, DayOrder::DayFirst, &ignored);
        d.isValid() && d.toDisplayString() == display) {
        const DateBounds inner = d.bounds(), outer = base.bounds();
        if (inner.earliestStart >= outer.earliestStart && inner.latestEnd <= outer.latestEnd)
            return d;
    }

    // The same date in other words ("July 20, 1969" over 1969-07-20): nothing to qualify. Either
    // day order may be the writer's, as long as it gives the fields' date.
    for (const DayOrder order : {DayOrder::MonthFirst, DayOrder::DayFirst}) {
        if (parseDateForm(display, order, &ignored).toEdtf() == base.toEdtf())
            return base;
    }

    // Common wordings of people who wrote display dates by hand.
    const QString lower = display.toLower();
    static const QRegularExpression approximate(u"^(c\\.|ca\\.?|circa|about|around|approx\\.?|approximately|~)\\s*"_s);
    static const QRegularExpression before(u"^(before|by|until)\\s"_s);
    static const QRegularExpression after(u"^(after|since)\\s"_s);
    QString qualified;
    if (approximate.match(lower).hasMatch())
        qualified = end.isEmpty() ? start + u'~' : start + u"~/"_s + end + u'~';
    else if (end.isEmpty() && before.match(lower).hasMatch())
        qualified = u"[..%1]"_s.arg(start);
    else if (end.isEmpty() && after.match(lower).hasMatch())
        qualified = u"[%1..]"_s.arg(start);
    else if (lower.endsWith(u'?'))
        qualified = end.isEmpty() ? start + u'?' : start + u"?/"_s + end + u'?';
    if (!qualified.isEmpty()) {
        const FuzzyDate d = FuzzyDate::fromEdtf(qualified);
        if (d.isValid())
            return d;
    }
    *understood = false;
    return base;
}

} // namespace dateline::timelinejs
