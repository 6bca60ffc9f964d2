#pragma once
// Internal to the iCalendar reader: DATE and DATE-TIME values, zones, durations.

#include "core/io/icalendar/icalendarlines.h"
#include "core/io/icalendar/vcalendarzone.h"
#include "core/io/icalendar/vtimezone.h"
#include "core/io/interchange/calendarparts.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace dateline::ical {

struct Stamp {
    CalendarParts parts;
    bool isDate = false; // a DATE value (all day), not a DATE-TIME
};

// Zones a file names: its own VTIMEZONEs (for names the time zone database does not know) and
// the names nothing could resolve.
struct Zones {
    QHash<QString, ZoneDefinition> defined; // by TZID
    QSet<QString> unknown;
    VCalendarZone vcalendar; // a vCalendar 1.0 file's TZ and DAYLIGHT, for its local times
};

// DTSTART/DTEND: "20080317", "20080317T143000Z", TZID (system database, Windows names, vendor
// prefixes, then the file's VTIMEZONEs); unresolved TZIDs stay local and land in zones.unknown.
// Local times without a TZID take a vCalendar 1.0 file's TZ (and DAYLIGHT) offset.
std::optional<Stamp> parseStamp(const ContentLine &c, QString *error, Zones &zones);
// "P1D", "PT1H30M", "P2W", "-P1D": seconds.
std::optional<std::int64_t> parseDuration(const QString &text);
// The wall-clock time of parts moved by seconds, keeping its zone.
CalendarParts shifted(const CalendarParts &p, std::int64_t seconds);

} // namespace dateline::ical
