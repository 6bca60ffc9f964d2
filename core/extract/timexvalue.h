#pragma once

#include <QString>

#include <cstdint>

namespace dateline::extract::timexvalue {

// TIMEX3 value text for calendar units, from day numbers (days since 1970-01-01, proleptic
// Gregorian, astronomical years). Years are written with at least four digits.
QString day(std::int64_t days);                 // "2008-03-17"
QString month(std::int64_t year, int month);    // "2008-03"
QString year(std::int64_t year);                // "2008"
QString isoWeek(std::int64_t days);             // the ISO week containing the day: "2008-W12"
QString quarter(std::int64_t year, int q);      // "2008-Q1"
QString half(std::int64_t year, int h);         // "2008-H1"
QString season(std::int64_t year, int season);  // "2008-SP"

std::int64_t days(std::int64_t year, int month, int day); // no validation beyond the calendar's
int isoWeekday(std::int64_t days);              // 1 = Monday .. 7 = Sunday
std::int64_t isoWeekStart(std::int64_t year, int week); // the Monday of ISO week `week` of ISO year `year`
std::int64_t yearOf(std::int64_t days);
int monthOf(std::int64_t days);
std::int64_t addMonths(std::int64_t days, int months); // clamps the day to the month's length
bool validDay(std::int64_t year, int month, int day);

// The EDTF date or interval a TIMEX3 date value names, or an empty string when it names none
// (durations, sets, unknown digits). PRESENT_REF is the creation day; PAST_REF and FUTURE_REF are
// open intervals ending or starting there. mod START/MID/END narrows a month or year to its
// first, middle or last third; APPROX adds "~". Checked and normalised through FuzzyDate.
QString toEdtf(const QString &value, const QString &mod, std::int64_t dctDays);

// Whether the text writes its numeric dates day first: one of its slashed dates can only be read so
// ("17/03/2024"), or it writes dotted ones ("16.05.2024"), and none can only be read month first
// ("03/17/2024"). Then "12/03/2024" is 12 March; otherwise, as in American usage, 3 December.
bool numericDatesDayFirst(const QString &text);

// Whether one numeric date "a<sep>b<sep>year" reads day first: dotted dates always are, a first part
// over 12 can only be a day, and otherwise the text's own habit (numericDatesDayFirst) decides
// unless the second part cannot be a month.
bool numericDateDayFirst(int a, int b, QChar separator, bool textDayFirst);

} // namespace dateline::extract::timexvalue
