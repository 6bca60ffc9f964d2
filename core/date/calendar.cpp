#include "core/date/calendar.h"

namespace dateline::calendar {

bool isLeapYear(std::int64_t year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(std::int64_t year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isValid(const CivilDate &date)
{
    return date.month >= 1 && date.month <= 12 && date.day >= 1
        && date.day <= daysInMonth(date.year, date.month);
}

// The classic era-based algorithm: an era is 400 years = 146097 days; counting years from March
// puts the leap day last, so the day-of-year formula needs no table.
std::int64_t daysFromCivil(const CivilDate &date)
{
    const std::int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yearOfEra = y - era * 400;
    const int m = date.month;
    const std::int64_t dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = floorDiv(days, 146097);
    const std::int64_t dayOfEra = days - era * 146097;
    const std::int64_t yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    CivilDate result;
    result.day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    result.month = int(mp < 10 ? mp + 3 : mp - 9);
    result.year = yearOfEra + era * 400 + (result.month <= 2 ? 1 : 0);
    return result;
}

TimePoint toTimePoint(const CivilDateTime &dt)
{
    return daysFromCivil(dt.date) * kSecondsPerDay + dt.hour * kSecondsPerHour
        + dt.minute * kSecondsPerMinute + dt.second;
}

TimePoint toTimePoint(const CivilDate &date)
{
    return daysFromCivil(date) * kSecondsPerDay;
}

CivilDateTime toCivil(TimePoint t)
{
    const std::int64_t days = floorDiv(t, kSecondsPerDay);
    std::int64_t rest = t - days * kSecondsPerDay;
    CivilDateTime result;
    result.date = civilFromDays(days);
    result.hour = int(rest / kSecondsPerHour);
    rest %= kSecondsPerHour;
    result.minute = int(rest / kSecondsPerMinute);
    result.second = int(rest % kSecondsPerMinute);
    return result;
}

} // namespace dateline::calendar
