#pragma once

#include "core/date/fuzzydate.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <algorithm>
#include <optional>
#include <vector>

namespace dateline {

// A calendar date and time as interchange formats spell it out field by field (TimelineJS date
// objects, iCalendar, .timeline). Astronomical years (0 = 1 BCE). Unset fields are 0 (month,
// day) or -1 (hour, minute, second).
struct CalendarParts {
    enum class Zone : std::uint8_t { Floating, Utc, Offset };

    std::int64_t year = 0;
    int month = 0;
    int day = 0;
    int hour = -1;
    int minute = -1;
    int second = -1;
    Zone zone = Zone::Floating;
    int offsetMinutes = 0; // east of UTC, with Zone::Offset

    bool hasTime() const { return hour >= 0; }
    friend bool operator==(const CalendarParts &, const CalendarParts &) = default;
};

// A zone designator as ISO 8601 and EDTF write it after a time, kZoneDesignator's pattern ("Z",
// "+05:00", "-0800", "+05"), set on parts. False with a reason for an offset EDTF does not allow
// (beyond 14 hours, more than 59 minutes).
inline constexpr QStringView kZoneDesignator = u"(Z|[+-]\\d{2}(?::?\\d{2})?)";
bool setZone(CalendarParts &parts, QStringView designator, QString *error);

// The EDTF text of parts ("2008-03-17T14:30:00Z", "-0099", "Y-13800000000"), or nullopt with a
// reason when a field is out of range ("month 13", "30 February 2008"). Years beyond four digits
// carry no month or day in EDTF: those are dropped and *truncated is set.
std::optional<QString> edtfFromParts(const CalendarParts &parts, QString *error, bool *truncated = nullptr);

// A date an exporter can write field by field: a single date or a start/end pair of plain dates,
// optionally qualified as a whole ("1550~", "2008-03-17?/2008-03-18?").
struct SplitDate {
    CalendarParts start;
    std::optional<CalendarParts> end;
    QChar qualifier; // null, '?', '~' or '%'
};

// Splits dates of that simple shape; nullopt for sets, unspecified digits, seasons, open or
// unknown ends and qualifiers on single components.
std::optional<SplitDate> splitSimpleDate(const FuzzyDate &date);

// Any date reduced to what a field-by-field format can show: its start (the latest possible
// start when the start is open) and, when it ends in a later unit, its end, at the date's own
// precision. Exact for simple dates; the approximation for the rest (the caller reports it).
SplitDate approximateSplit(const FuzzyDate &date);

// The wall-clock instant the parts start at (zones ignored, unset fields at their first value):
// what writers order by, so that a file read back and written again keeps its order.
TimePoint wallClockStart(const CalendarParts &parts);

// Events in the order a writer puts them: by the key it gives (the start it writes, then the
// title), ties in document order. The document's own order of equal written starts depends on
// bounds the format may not keep, so it cannot decide alone: a file read back would swap them.
template <typename T, typename KeyOf>
void orderByWrittenStart(std::vector<T> &items, KeyOf keyOf)
{
    std::stable_sort(items.begin(), items.end(), [&](const T &a, const T &b) { return keyOf(a) < keyOf(b); });
}

// Parts of the unit at `precision` that contains t ("2008-03" for a month).
CalendarParts partsAt(TimePoint t, DatePrecision precision);

} // namespace dateline
