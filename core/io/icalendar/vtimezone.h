#pragma once
// Internal to the iCalendar reader: the time zones a file defines in its own VTIMEZONE components,
// for TZIDs no time zone database knows (Outlook's "(UTC-05:00) Eastern Time (US & Canada)").

#include "core/date/calendar.h"
#include "core/io/icalendar/icalendarlines.h"

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace dateline::ical {

// A STANDARD or DAYLIGHT part of a VTIMEZONE: from its onsets on, local times have offsetTo.
struct Observance {
    CivilDateTime start;  // DTSTART, a local time on the clock in force before the onset
    int offsetFrom = 0;   // TZOFFSETFROM, minutes east of UTC
    int offsetTo = 0;     // TZOFFSETTO
    // A yearly RRULE; without one the observance has a single onset, at start.
    bool yearly = false;
    int month = 0;        // BYMONTH, else the month of start
    int weekday = 0;      // BYDAY: 1 Monday .. 7 Sunday; 0 without BYDAY
    int ordinal = 0;      // of that weekday in the month: 2 the second, -1 the last; 0 with BYMONTHDAY
    QList<int> monthDays; // BYMONTHDAY: the day itself, or the days the weekday falls on (1..7 for "first")
    std::int64_t lastYear = std::numeric_limits<std::int64_t>::max(); // from COUNT or UNTIL
    TimePoint until = std::numeric_limits<TimePoint>::max();          // UNTIL as a local time
};

struct ZoneDefinition {
    std::vector<Observance> observances;

    // The offset (minutes east of UTC) of a local time in this zone: that of the observance with
    // the latest onset at or before it. A local time the clocks skip has the offset before the
    // gap and one they repeat the first (RFC 5545, 3.3.5); a time before every onset, the offset
    // the earliest onset changed from.
    int offsetAt(const CivilDateTime &local) const;
};

// The VTIMEZONE components of a file, by TZID. Those with parts of different offsets that lack a
// DTSTART, with recurrence rules other than yearly on a day of one month, or with thousands of
// onsets, are left out: the caller treats their TZIDs as unknown. A zone whose parts all have the
// same offset needs no rule.
QHash<QString, ZoneDefinition> zoneDefinitions(const std::vector<ContentLine> &lines);

} // namespace dateline::ical
