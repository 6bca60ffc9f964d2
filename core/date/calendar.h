#pragma once

#include "core/date/timepoint.h"

#include <cstdint>

namespace dateline {

// Proleptic Gregorian calendar arithmetic on 64-bit day numbers (day 0 = 1970-01-01), valid for
// any year an int64 can hold without overflow in seconds (about +-292 billion years).
// QDate is not used: it has no year 0 and a narrower range.
struct CivilDate {
    std::int64_t year = 1970; // astronomical: 0 = 1 BCE, -1 = 2 BCE
    int month = 1;            // 1..12
    int day = 1;              // 1..31
    friend bool operator==(const CivilDate &, const CivilDate &) = default;
};

struct CivilDateTime {
    CivilDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

namespace calendar {

bool isLeapYear(std::int64_t year);
int daysInMonth(std::int64_t year, int month);
bool isValid(const CivilDate &date);

std::int64_t daysFromCivil(const CivilDate &date);
CivilDate civilFromDays(std::int64_t days);

TimePoint toTimePoint(const CivilDateTime &dateTime);
TimePoint toTimePoint(const CivilDate &date); // at 00:00:00
CivilDateTime toCivil(TimePoint t);

// Floor division that rounds towards minus infinity (C++ '/' truncates towards zero).
constexpr std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace calendar
} // namespace dateline
