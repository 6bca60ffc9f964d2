#pragma once

#include "core/date/fuzzydate.h"
#include "core/date/timepoint.h"

#include <QString>

#include <cstdint>

namespace dateline {

enum class DateUnit : std::uint8_t { Second, Minute, Hour, Day, Month, Year };

enum class DateEnd : std::uint8_t { Start, End };

// A calendar amount of time, in whole units: what a drag on the timeline moves a date by once it
// snaps to the ticks ("3 months", "-10 years"). Months and years are calendar steps, so moving
// 17 March by a month gives 17 April, and 31 January gives 29 February in a leap year.
struct DateShift {
    DateUnit unit = DateUnit::Day;
    std::int64_t count = 0;

    // The multiple of `step` units that moves `from` nearest to from + seconds.
    static DateShift nearest(TimePoint from, TimePoint seconds, DateUnit unit, std::int64_t step = 1);

    bool isZero() const { return count == 0; }
    // t moved by this amount; for months and years the day of the month is kept, or clamped to
    // the last day of a shorter month.
    TimePoint applied(TimePoint t) const;

    friend bool operator==(const DateShift &, const DateShift &) = default;
};

// Moving and resizing fuzzy dates on the timeline, keeping what the analyst wrote: the precision
// (a day-precision date moves by whole days, a month-precision one by months: a finer shift is
// rounded to the date's coarsest unit, measured from its start), the ?/~/% qualifiers of every
// component, open ("..") and unknown ends, time zones. Intervals move both ends by the same
// amount. Both return an invalid date and say why in `error` when the date cannot be edited
// this way: sets ([a,b], {a,b}), unspecified digits (156X, 2008-XX), an open or unknown end to
// resize, a result before its start or beyond the years EDTF can write with months and days.
FuzzyDate shifted(const FuzzyDate &date, DateShift shift, QString *error = nullptr);
// Moves one end: a single date becomes an interval ("2008-03-17" with its end one day later is
// "2008-03-17/2008-03-19"), and an interval whose ends meet becomes a single date again.
FuzzyDate resized(const FuzzyDate &date, DateEnd end, DateShift shift, QString *error = nullptr);

QString dateShiftText(DateShift shift); // "+3 days", "-1 month", "+10 years"

} // namespace dateline
