// iCalendar DATE and DATE-TIME values, time zones and durations.
#include "core/io/icalendar/icalendardates.h"

#include "core/date/calendar.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace dateline::ical {
namespace {

// The UTC offset (seconds) of a local time in a zone. A local time that occurs twice, in the hour
// the clocks go back, is its first occurrence (RFC 5545, 3.3.5), the one with the larger offset;
// Qt took the second. A local time the clocks skip is read as Qt reads it.
int offsetAt(const QTimeZone &zone, QDate day, QTime time)
{
    const QDateTime asUtc(day, time, Qt::UTC);
    std::optional<int> first;
    for (const int hours : {-12, 12}) { // the offsets in force on either side of that day's change
        const int offset = zone.offsetFromUtc(asUtc.addSecs(hours * 3600));
        if (zone.offsetFromUtc(asUtc.addSecs(-offset)) == offset)
            first = std::max(first.value_or(offset), offset);
    }
    return first ? *first : QDateTime(day, time, zone).offsetFromUtc();
}

// The IANA zone for a TZID: plain ids, Windows names, and "/vendor/.../Area/City" prefixes.
QTimeZone zoneFor(const QString &tzid)
{
    QTimeZone zone(tzid.toUtf8());
    if (zone.isValid())
        return zone;
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8());
    if (!iana.isEmpty())
        return QTimeZone(iana);
    const QStringList parts = tzid.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype k = std::max<qsizetype>(0, parts.size() - 3); k + 1 < parts.size(); ++k) {
        QTimeZone tail(parts.mid(k).join(u'/').toUtf8());
        if (tail.isValid())
            return tail;
    }
    return QTimeZone();
}

} // namespace

std::optional<Stamp> parseStamp(const ContentLine &c, QString *error, Zones &zones)
{
    static const QRegularExpression form(u"^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z)?)?$"_s);
    const QString value = c.value.trimmed();
    const auto m = form.match(value);
    if (!m.hasMatch()) {
        *error = u"%1 \"%2\" is not an iCalendar date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)"_s.arg(c.name, value.left(40));
        return std::nullopt;
    }
    Stamp s;
    s.parts.year = m.captured(1).toInt();
    s.parts.month = m.captured(2).toInt();
    s.parts.day = m.captured(3).toInt();
    s.isDate = !m.hasCaptured(4);
    if (s.isDate != (c.params.value(u"VALUE"_s).compare(u"DATE"_s, Qt::CaseInsensitive) == 0)
        && c.params.contains(u"VALUE"_s)) {
        *error = u"%1 \"%2\" does not match VALUE=%3"_s.arg(c.name, value, c.params.value(u"VALUE"_s));
        return std::nullopt;
    }
    if (!s.isDate) {
        s.parts.hour = m.captured(4).toInt();
        s.parts.minute = m.captured(5).toInt();
        s.parts.second = std::min(m.captured(6).toInt(), 59); // a leap second reads as :59
        if (m.hasCaptured(7)) {
            s.parts.zone = CalendarParts::Zone::Utc;
        } else if (const QString tzid = c.params.value(u"TZID"_s); !tzid.isEmpty()) {
            const QTimeZone zone = zoneFor(tzid);
            const QDate day(int(s.parts.year), s.parts.month, s.parts.day);
            if (zone.isValid() && day.isValid() && s.parts.year >= 1) {
                s.parts.zone = CalendarParts::Zone::Offset;
                s.parts.offsetMinutes = offsetAt(zone, day, QTime(s.parts.hour, s.parts.minute, s.parts.second)) / 60;
            } else if (const auto defined = zones.defined.constFind(tzid); defined != zones.defined.cend()) {
                s.parts.zone = CalendarParts::Zone::Offset;
                s.parts.offsetMinutes = defined->offsetAt({{s.parts.year, s.parts.month, s.parts.day},
                                                           s.parts.hour, s.parts.minute, s.parts.second});
            } else {
                zones.unknown.insert(tzid);
            }
        } else if (const std::optional<int> offset = zones.vcalendar.offsetAt(
                       {{s.parts.year, s.parts.month, s.parts.day}, s.parts.hour, s.parts.minute, s.parts.second})) {
            s.parts.zone = CalendarParts::Zone::Offset;
            s.parts.offsetMinutes = *offset;
        }
    }
    QString edtfError;
    if (!edtfFromParts(s.parts, &edtfError)) {
        *error = u"%1 \"%2\": %3"_s.arg(c.name, value, edtfError);
        return std::nullopt;
    }
    return s;
}

// "P1D", "PT1H30M", "P2W", "-P1D": seconds, or nullopt.
std::optional<std::int64_t> parseDuration(const QString &text)
{
    static const QRegularExpression form(u"^([+-])?P(?:(\\d{1,9})W)?(?:(\\d{1,9})D)?(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9})S)?)?$"_s);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch() || text.trimmed().endsWith(u'T') || text.trimmed().endsWith(u'P'))
        return std::nullopt;
    const std::int64_t seconds = m.captured(2).toLongLong() * 7 * 86400 + m.captured(3).toLongLong() * 86400
                                 + m.captured(4).toLongLong() * 3600 + m.captured(5).toLongLong() * 60
                                 + m.captured(6).toLongLong();
    return m.captured(1) == u"-" ? -seconds : seconds;
}

// The wall-clock time of parts moved by seconds, keeping its zone.
CalendarParts shifted(const CalendarParts &p, std::int64_t seconds)
{
    CivilDateTime c;
    c.date = {p.year, p.month, p.day};
    c.hour = std::max(p.hour, 0);
    c.minute = std::max(p.minute, 0);
    c.second = std::max(p.second, 0);
    const CivilDateTime moved = calendar::toCivil(calendar::toTimePoint(c) + seconds);
    CalendarParts out = p;
    out.year = moved.date.year;
    out.month = moved.date.month;
    out.day = moved.date.day;
    if (p.hasTime()) {
        out.hour = moved.hour;
        out.minute = moved.minute;
        out.second = moved.second;
    }
    return out;
}

} // namespace dateline::ical
