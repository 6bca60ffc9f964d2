// vCalendar 1.0's TZ and DAYLIGHT properties (vCalendar 1.0, section 2.1.x "Time Zone" and
// "Daylight Savings Rule").
#include "core/io/icalendar/vcalendarzone.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dateline::ical {
namespace {

// "19960407T025959", "19960407T025959Z"
std::optional<CivilDateTime> dateTime(QStringView text, bool *utc)
{
    static const QRegularExpression form(u"^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(Z?)$"_s);
    const auto m = form.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    CivilDateTime c{{m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3).toInt()},
                    m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()};
    if (!calendar::isValid(c.date) || c.hour > 23 || c.minute > 59 || c.second > 60)
        return std::nullopt;
    *utc = !m.captured(7).isEmpty();
    return c;
}

} // namespace

std::optional<int> utcOffsetMinutes(QStringView text)
{
    static const QRegularExpression form(u"^([+-])(\\d{1,2})(?::?(\\d{2}))?$"_s);
    const auto m = form.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt(), minutes = m.captured(3).toInt();
    if (minutes > 59 || hours * 60 + minutes > 14 * 60)
        return std::nullopt;
    return (m.captured(1) == u"-" ? -1 : 1) * (hours * 60 + minutes);
}

std::optional<int> VCalendarZone::offsetAt(const CivilDateTime &local) const
{
    if (!standardMinutes)
        return std::nullopt;
    const TimePoint t = calendar::toTimePoint(local);
    for (const Daylight &d : daylight) {
        // A boundary in UTC is compared with the local time on the clock in force before it.
        const TimePoint start = calendar::toTimePoint(d.start) + (d.startUtc ? *standardMinutes * 60 : 0);
        const TimePoint end = calendar::toTimePoint(d.end) + (d.endUtc ? d.offsetMinutes * 60 : 0);
        if (t >= start && t < end)
            return d.offsetMinutes;
    }
    return standardMinutes;
}

VCalendarZone vcalendarZone(const std::vector<ContentLine> &lines, QStringList *problems)
{
    VCalendarZone zone;
    int depth = 0;
    for (const ContentLine &c : lines) {
        if (c.name == u"BEGIN") {
            ++depth;
            continue;
        }
        if (c.name == u"END") {
            --depth;
            continue;
        }
        if (depth != 1)
            continue;
        const QString value = c.value.trimmed();
        if (c.name == u"TZ") {
            if (const std::optional<int> offset = utcOffsetMinutes(value))
                zone.standardMinutes = offset;
            else
                problems->push_back(u"line %1: TZ \"%2\" is not a UTC offset (such as -05:00): the file's local times "
                                    "were kept without a zone"_s.arg(c.line).arg(value.left(40)));
        } else if (c.name == u"DAYLIGHT") {
            const QStringList parts = value.split(u';');
            if (parts.value(0).trimmed().compare(u"TRUE"_s, Qt::CaseInsensitive) != 0)
                continue; // FALSE: no summer time
            VCalendarZone::Daylight d;
            const std::optional<int> offset = utcOffsetMinutes(parts.value(1));
            const std::optional<CivilDateTime> start = dateTime(parts.value(2), &d.startUtc);
            const std::optional<CivilDateTime> end = dateTime(parts.value(3), &d.endUtc);
            if (!offset || !start || !end) {
                problems->push_back(u"line %1: DAYLIGHT \"%2\" is not TRUE;offset;start;end: its summer time was "
                                    "left out"_s.arg(c.line).arg(value.left(80)));
                continue;
            }
            d.offsetMinutes = *offset;
            d.start = *start;
            d.end = *end;
            zone.daylight.push_back(d);
        }
    }
    if (!zone.daylight.empty() && !zone.standardMinutes) {
        problems->push_back(u"DAYLIGHT without TZ: the file's local times were kept without a zone"_s);
        zone.daylight.clear();
    }
    return zone;
}

} // namespace dateline::ical
