#pragma once
// Internal to the iCalendar reader: the zone of a vCalendar 1.0 file. vCalendar has no VTIMEZONE;
// the calendar's TZ property gives its standard UTC offset and each DAYLIGHT property one period
// of summer time, and local times (those without "Z") are on that clock.

#include "core/date/calendar.h"
#include "core/io/icalendar/icalendarlines.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline::ical {

struct VCalendarZone {
    // "DAYLIGHT:TRUE;-04;19960407T025959;19961027T010000;EST;EDT": from start to end the offset.
    struct Daylight {
        int offsetMinutes = 0;
        CivilDateTime start, end;
        bool startUtc = false, endUtc = false; // written with "Z"; else local standard (start) or summer (end) time
    };
    std::optional<int> standardMinutes; // TZ; without it no local time gets an offset
    std::vector<Daylight> daylight;

    // The UTC offset (minutes) of a local time: the DAYLIGHT offset inside one of its periods
    // (start included, end excluded), else TZ's; nullopt without TZ.
    std::optional<int> offsetAt(const CivilDateTime &local) const;
};

// "+05:30", "-0800", "-08", "+5": minutes east of UTC, at most 14 hours; nullopt otherwise.
std::optional<int> utcOffsetMinutes(QStringView text);

// TZ and DAYLIGHT of the calendar (lines outside its components). Values that cannot be read go to
// *problems as plain sentences ("TZ \"EST\" is not a UTC offset"), and are left out.
VCalendarZone vcalendarZone(const std::vector<ContentLine> &lines, QStringList *problems);

} // namespace dateline::ical
