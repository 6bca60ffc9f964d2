// Field-by-field dates for interchange formats, built on EDTF text (never on QDate: no year 0).
#include "core/io/interchange/calendarparts.h"

#include "core/date/calendar.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

constexpr std::int64_t kMaxYear = 50'000'000'000; // what the date library accepts

QString twoDigits(int v)
{
    return QString::number(v).rightJustified(2, u'0');
}

std::optional<CalendarParts> parseSimplePart(QStringView text)
{
    static const QRegularExpression longYear(u"^Y(-?\\d+)$"_s);
    static const QRegularExpression plain(u"^(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?"_s
                                          + kZoneDesignator.toString() + u"?)?)?)?$"_s);
    CalendarParts p;
    if (const auto m = longYear.match(text.toString()); m.hasMatch()) {
        bool ok = false;
        p.year = m.capturedView(1).toLongLong(&ok);
        return ok ? std::optional(p) : std::nullopt;
    }
    const auto m = plain.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    p.year = m.capturedView(1).toLongLong();
    if (m.hasCaptured(2)) {
        p.month = m.capturedView(2).toInt();
        if (p.month > 12) // a season
            return std::nullopt;
    }
    if (m.hasCaptured(3))
        p.day = m.capturedView(3).toInt();
    if (m.hasCaptured(4)) {
        p.hour = m.capturedView(4).toInt();
        p.minute = m.capturedView(5).toInt();
        if (m.hasCaptured(6))
            p.second = m.capturedView(6).toInt();
        if (m.hasCaptured(7) && !setZone(p, m.capturedView(7), nullptr))
            return std::nullopt;
    }
    return p;
}

} // namespace

bool setZone(CalendarParts &parts, QStringView designator, QString *error)
{
    if (designator == u"Z") {
        parts.zone = CalendarParts::Zone::Utc;
        parts.offsetMinutes = 0;
        return true;
    }
    const QString digits = designator.mid(1).toString().remove(u':');
    const int hours = digits.left(2).toInt(), minutes = digits.mid(2).toInt();
    if (hours > 14 || minutes > 59) {
        if (error)
            *error = (hours > 14 ? u"UTC offset \"%1\" is beyond 14 hours"_s : u"UTC offset \"%1\" has more than 59 minutes"_s)
                         .arg(designator);
        return false;
    }
    parts.zone = CalendarParts::Zone::Offset;
    parts.offsetMinutes = (designator.front() == u'-' ? -1 : 1) * (hours * 60 + minutes);
    return true;
}

std::optional<QString> edtfFromParts(const CalendarParts &p, QString *error, bool *truncated)
{
    auto fail = [&](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (truncated)
        *truncated = false;
    if (p.year > kMaxYear || p.year < -kMaxYear)
        return fail(u"year %1 is out of range"_s.arg(p.year));
    if (p.year > 9999 || p.year < -9999) {
        if (truncated)
            *truncated = p.month != 0;
        return u"Y%1"_s.arg(p.year);
    }
    QString text = (p.year < 0 ? u"-"_s : QString()) + QString::number(std::abs(p.year)).rightJustified(4, u'0');
    if (p.month == 0) {
        if (p.day != 0)
            return fail(u"a day (%1) is given without a month"_s.arg(p.day));
        return text;
    }
    if (p.month < 1 || p.month > 12)
        return fail(u"month %1 is not 1 to 12"_s.arg(p.month));
    text += u'-' + twoDigits(p.month);
    if (p.day == 0) {
        if (p.hour >= 0)
            return fail(u"a time is given without a day"_s);
        return text;
    }
    const int days = calendar::daysInMonth(p.year, p.month);
    if (p.day < 1 || p.day > days)
        return fail(u"day %1 does not exist in month %2 of %3 (it has %4 days)"_s.arg(p.day).arg(p.month).arg(p.year).arg(days));
    text += u'-' + twoDigits(p.day);
    if (p.hour < 0)
        return text;
    if (p.hour > 23)
        return fail(u"hour %1 is not 0 to 23"_s.arg(p.hour));
    const int minute = std::max(p.minute, 0);
    if (minute > 59)
        return fail(u"minute %1 is not 0 to 59"_s.arg(minute));
    text += u'T' + twoDigits(p.hour) + u':' + twoDigits(minute);
    if (p.second >= 0) {
        if (p.second > 59)
            return fail(u"second %1 is not 0 to 59"_s.arg(p.second));
        text += u':' + twoDigits(p.second);
    }
    if (p.zone == CalendarParts::Zone::Utc) {
        text += u'Z';
    } else if (p.zone == CalendarParts::Zone::Offset) {
        const int off = std::abs(p.offsetMinutes);
        if (off >= 24 * 60)
            return fail(u"UTC offset of %1 minutes is out of range"_s.arg(p.offsetMinutes));
        text += (p.offsetMinutes < 0 ? u'-' : u'+') + twoDigits(off / 60) + u':' + twoDigits(off % 60);
    }
    return text;
}

std::optional<SplitDate> splitSimpleDate(const FuzzyDate &date)
{
    if (!date.isValid() || date.isSet())
        return std::nullopt;
    const QString edtf = date.toEdtf();
    const QStringList halves = edtf.split(u'/');
    if (halves.size() > 2)
        return std::nullopt;
    SplitDate result;
    for (qsizetype k = 0; k < halves.size(); ++k) {
        QStringView text = halves[k];
        QChar qualifier;
        if (!text.isEmpty() && (text.back() == u'?' || text.back() == u'~' || text.back() == u'%')) {
            qualifier = text.back();
            text.chop(1);
        }
        if (k == 0)
            result.qualifier = qualifier;
        else if (qualifier != result.qualifier)
            return std::nullopt;
        const std::optional<CalendarParts> parts = parseSimplePart(text);
        if (!parts)
            return std::nullopt; // open, unknown, unspecified digits, seasons, inner qualifiers
        if (k == 0)
            result.start = *parts;
        else
            result.end = *parts;
    }
    return result;
}

TimePoint wallClockStart(const CalendarParts &p)
{
    CivilDateTime c;
    c.date = {p.year, std::max(p.month, 1), std::max(p.day, 1)};
    c.hour = std::max(p.hour, 0);
    c.minute = std::max(p.minute, 0);
    c.second = std::max(p.second, 0);
    return calendar::toTimePoint(c);
}

CalendarParts partsAt(TimePoint t, DatePrecision precision)
{
    const CivilDateTime c = calendar::toCivil(t);
    CalendarParts p;
    p.year = c.date.year;
    if (precision <= DatePrecision::Season)
        p.month = c.date.month;
    if (precision <= DatePrecision::Day)
        p.day = c.date.day;
    if (precision <= DatePrecision::Hour) {
        p.hour = c.hour;
        p.minute = c.minute;
    }
    if (precision <= DatePrecision::Second)
        p.second = c.second;
    return p;
}

SplitDate approximateSplit(const FuzzyDate &date)
{
    if (std::optional<SplitDate> simple = splitSimpleDate(date))
        return *simple;
    const DateBounds b = date.bounds();
    DatePrecision precision = date.precision();
    if (precision > DatePrecision::Year)
        precision = DatePrecision::Year; // decades and centuries are written as years
    SplitDate result;
    const TimePoint start = b.earliestStart > kTimeMin ? b.earliestStart
                           : b.latestStart > kTimeMin  ? b.latestStart
                                                       : b.earliestEnd - 1;
    result.start = partsAt(start, precision);
    const TimePoint lastInstant = (b.latestEnd < kTimeMax ? b.latestEnd
                                   : b.earliestEnd < kTimeMax ? b.earliestEnd : start + 1) - 1;
    const CalendarParts end = partsAt(std::max(lastInstant, start), precision);
    if (!(end == result.start))
        result.end = end;
    return result;
}

} // namespace dateline
