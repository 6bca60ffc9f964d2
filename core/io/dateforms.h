#pragma once

#include "core/date/fuzzydate.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace dateline {

// How an all-numeric date such as "03/04/2008" is read: 3 April (day first, most of the world)
// or March 4 (month first, the United States).
enum class DayOrder : std::uint8_t { DayFirst, MonthFirst };

// Reads a date the way people and spreadsheets write it. Tried in order:
// - EDTF as it is ("2008-03-17", "2008-03", "1550~", "[..2008-03-26]", "2008-03-17/2008-03-18");
// - ISO date and time with a space ("2008-03-17 14:30", "2008-03-17 14:30:00");
// - ISO week dates: "2008-W12" (its Monday to Sunday), "2008-W12-1" (a day of it);
// - English month names, full or abbreviated, any case, with optional weekday, ordinal suffix and
//   commas: "March 17, 2008", "Mar 17 2008", "17 Mar 2008", "17th March 2008", "17-Mar-2008",
//   "Monday, March 17, 2008", "March 2008", "Mar. 2008"; a weekday that contradicts its date
//   (from 1583 on) is an error, since which of the two is wrong cannot be known; the same in
//   French, German, Spanish, Italian, Portuguese, Dutch and Russian ("17 mars 2008",
//   "17. März 2008", "17 de marzo de 2008"; see datewords.h);
// - numbers: "2008/03/17", "17.03.2008" (always day first), "17/03/2008" and "17-03-2008" read
//   with `order`; a time "14:30" may follow, and a zone after it ("14:30:00 UTC", "+0000",
//   "2:30 PM EST", "CET": see zoneWordOffset), as logs, e-mail and RSS write them;
// - a year with a minus before it, astronomical as in EDTF ("-500" is 501 BC; "-44-03-15"), any
//   number of digits, then month and day;
// - a year alone (three or four digits, thousands separators allowed: "1,850", "12,000 BC"), or
//   with an era: "1550 BC", "1550 BCE", "44 B.C.", "AD 33", "33 AD", "33 CE"; an era also follows
//   a full date ("15 March 44 BC");
// - qualifiers around any of those: "c. 1550", "ca. 1550", "circa 1550", "about 1550",
//   "approx. 1550" (approximate), a trailing "?" (uncertain), "before 26 March 2008" (on or
//   before), "after 1760" (on or after);
// - ranges: two dates joined by " - ", "–", "—" or " to " ("2008-03-17 - 2008-03-18",
//   "17 March 2008 to 6 April 2008") become an EDTF interval; a start without a year borrows
//   the end's year, or its month and year ("17 March – 6 April 2008", "17–18 Mar 2008"); an end
//   without a month borrows the start's ("March 17–18, 2008"); an era after the end counts for a
//   start without one ("200–100 BC"); a hyphen joins days and years as a dash does
//   ("17-18 March 2008", "1914-1918", "1200-1100 BCE");
// - open ranges: "since March 2008", "2008–", "2008 - present", "2008 to date" (an open end),
//   "until May 2008", "– 2008" (an open start).
// Two-digit years ("17/03/08", "17-Mar-08", "Mar-08") are refused unless `reading` gives the
// hundred years they fall in (which century is meant cannot be known from the text); a lone
// two-digit number and "March 17" (a day) never read as years. On failure returns an invalid
// date and, if `error` is given, says why in words ("February 2008 has no day 31").
struct DateReading {
    DayOrder order = DayOrder::MonthFirst;
    // The first year of the window two-digit years fall in: 1930 reads 30–99 as 1930–1999 and
    // 00–29 as 2000–2029 (as Excel does); 0 refuses them.
    int twoDigitYearsFrom = 0;
    // "1914-18": a hyphen before two digits that are neither an EDTF month (01–12) nor a season
    // (21–41) joins years, 1914/1918. Tables are written by people who mean that; a date field,
    // where EDTF is typed, keeps refusing it as a mistyped month.
    bool hyphenYearRanges = false;
};
FuzzyDate parseDateForm(QStringView text, const DateReading &reading, QString *error = nullptr);
inline FuzzyDate parseDateForm(QStringView text, DayOrder order, QString *error = nullptr)
{
    return parseDateForm(text, DateReading{order, 0}, error);
}
// A window start for twoDigitYearsFrom: a year of four digits ("1930"), or nullopt.
std::optional<int> twoDigitYearsFromText(QStringView text);

// Minutes east of UTC for a time zone's name or abbreviation ("UTC", "GMT", "EST", "CET"); nullopt
// for a word that is none (or an ambiguous one, such as "IST").
std::optional<int> zoneWordOffset(QStringView word);

// A clock time alone ("14:30", "14:30:05", "2:30 PM") as "HH:MM" or "HH:MM:SS"; nullopt and a
// reason when it is none.
std::optional<QString> parseClockTime(QStringView text, QString *error);

// Guesses the order from a column of dates: day first when some all-numeric date has a first
// number above 12 and none has a second number above 12; month first when the reverse is true;
// `fallback` when nothing tells them apart. sawNumeric tells whether any sample was all-numeric;
// disagree, whether samples showed both orders (17/03/2008 and 03/17/2008).
DayOrder guessDayOrder(const QStringList &samples, DayOrder fallback, bool *sawNumeric = nullptr,
                       bool *disagree = nullptr);

} // namespace dateline
