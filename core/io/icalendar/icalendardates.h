#pragma once
// Internal to the iCalendar reader: DATE and DATE-TIME values, zones, durations.

#include "core/io/icalendar/icalendarlines.h"
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

// Zones a file names: the fixed offsets of its own VTIMEZONEs (for names the time zone database
// does not know) and the names nothing could resolve.
struct Zones {
    QHash<QString, int> fixed; // TZID -> minutes east of UTC, for VTIMEZONEs with one offset
    QSet<QString> unknown;
};

// VTIMEZONE components whose STANDARD and DAYLIGHT parts all have the same offset.
QHash<QString, int> fixedZones(const std::vector<ContentLine> &lines);
// DTSTART/DTEND: "20080317", "20080317T143000Z", TZID (system database, Windows names, vendor
// prefixes, the file's fixed zones); unresolved TZIDs stay local and land in zones.unknown.
std::optional<Stamp> parseStamp(const ContentLine &c, QString *error, Zones &zones);
// "P1D", "PT1H30M", "P2W", "-P1D": seconds.
std::optional<std::int64_t> parseDuration(const QString &text);
// The wall-clock time of parts moved by seconds, keeping its zone.
CalendarParts shifted(const CalendarParts &p, std::int64_t seconds);

} // namespace dateline::ical
