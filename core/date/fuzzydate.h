#pragma once

#include "core/date/timepoint.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <memory>

namespace dateline {

struct CivilDate;

// How finely a date is known; decides how it is drawn (a month-precision event spans its month,
// faintly) and displayed. Ordered from fine to coarse.
enum class DatePrecision : std::uint8_t {
    Second,
    Minute,
    Hour,
    Day,
    Month,
    Season,
    Year,
    Decade,
    Century,
    Millennium,
};

// Where an event may start and end, as half-open instants on the one TimePoint axis:
// the start lies somewhere in [earliestStart, latestStart], the end somewhere in
// [earliestEnd, latestEnd]; ends are exclusive (a day-precision date 2008-03-17 has
// earliestStart = latestStart = 2008-03-17T00:00 and earliestEnd = latestEnd = 2008-03-18T00:00).
// Always earliestStart <= latestStart, earliestEnd <= latestEnd, earliestStart < latestEnd.
// Open ends ("..") use kTimeMin / kTimeMax.
struct DateBounds {
    TimePoint earliestStart = 0;
    TimePoint latestStart = 0;
    TimePoint earliestEnd = 0;
    TimePoint latestEnd = 0;
    friend bool operator==(const DateBounds &, const DateBounds &) = default;
};

// A date as analysts know it: an EDTF (ISO 8601-2) date or interval, Level 0 and Level 1 in full,
// plus the Level 2 "one of a set" [a,b,c..d], "all of" {a,b} lists, qualified components
// ("2004-06~-11", "?2004-06-~11"), the Level 2 seasons 25-41 and exponent years (Y-17E7).
// A value type; immutable and implicitly shared, so copies are cheap. An invalid
// (default-constructed) FuzzyDate means "no date".
//
// Bounds semantics (all on the TimePoint axis, times without a zone taken as UTC):
// - A reduced-precision date spans its unit: 2008-03 starts 2008-03-01 and ends 2008-04-01,
//   exactly (earliest = latest). Seasons (Northern hemisphere): 21 spring = Mar-May,
//   22 summer = Jun-Aug, 23 autumn = Sep-Nov, 24 winter = Dec of the year to Feb of the next.
// - Unspecified digits spread the start and the end over the smallest and largest valid value:
//   1985-XX-12 starts in [1985-01-12, 1985-12-12] and ends in [1985-01-13, 1985-12-13].
//   Precision is the finest fully known unit: 156X decade, 15XX century, 1985-XX-12 year.
// - Approximate (~ or %) widens earliestStart back and latestEnd forward by one unit of the
//   finest approximate component (a day, a month, a season of 3 months, a year; for 156X~ a
//   decade). Uncertain (?) alone does not change bounds.
// - Intervals a/b take their start bounds from a and end bounds from b. Open ends ("..") use
//   kTimeMin / kTimeMax. An unknown end ("2008/") ends with the known start's own unit
//   (2008/ ends in 2009-01-01 like 2008 itself), likewise an unknown start ("/2008") starts
//   with the end's unit: nothing is invented; hasUnknownEnd() lets a renderer mark it.
// - One of a set: the start lies between the earliest member's start and the latest member's
//   start, the end likewise. [..2008-03-26] = on or before: earliestStart = earliestEnd = kTimeMin,
//   latestStart 2008-03-26. [1760..] = on or after: latestStart = latestEnd = kTimeMax.
// - All of a set: spans from the first member's start to the last member's end.
// - The end of an interval may not lie wholly before its start ("1985-04-12/1985-04-01").
//
// Text: fromEdtf is strict (no surrounding spaces; only "x" for "X" is tolerated). toEdtf writes
// four-digit years (Y prefix beyond), "±hh:mm" offsets and qualifiers in one canonical place, so
// "~2004-~06-~11" becomes "2004-06-11~". toDisplayString is compact English for analysts:
// "17–18 Mar 2008", "17 Mar – 2 Apr 2008", "c. Mar 2008?", "before 26 Mar 2008", "after 1760",
// "17 or 18 Mar 2008", "1560s", "16th century", "Spring 2001", "from 2008", "until 1985",
// "100 BCE", and "13.8 billion years ago" for years before -9999 (counted from the year 2000).
class FuzzyDate {
public:
    FuzzyDate();
    FuzzyDate(const FuzzyDate &);
    FuzzyDate &operator=(const FuzzyDate &);
    FuzzyDate(FuzzyDate &&) noexcept;
    FuzzyDate &operator=(FuzzyDate &&) noexcept;
    ~FuzzyDate();

    // Parses EDTF. On failure returns an invalid date and, if errorMessage is given, says what is
    // wrong in words a person understands ("February 2008 has no day 30").
    static FuzzyDate fromEdtf(QStringView text, QString *errorMessage = nullptr);
    // A plain day-precision date (a year only for years beyond four digits, as EDTF requires).
    static FuzzyDate fromDay(const CivilDate &day);

    bool isValid() const;
    bool isInterval() const;     // "a/b", including open and unknown ends
    bool isSet() const;          // "[...]" or "{...}"
    bool hasOpenStart() const;   // "../b", or a set starting with "..a"
    bool hasOpenEnd() const;     // "a/..", or a set ending with "b.."
    bool hasUnknownStart() const; // "/b"
    bool hasUnknownEnd() const;   // "a/"
    bool isUncertain() const;    // any '?' or '%'
    bool isApproximate() const;  // any '~' or '%'
    DatePrecision precision() const; // the coarsest precision of its parts

    DateBounds bounds() const;

    QString toEdtf() const;          // normalized EDTF: fromEdtf(toEdtf()) == *this
    QString toDisplayString() const; // "17–18 Mar 2008", "c. 1550", "before 26 Mar 2008", "100 BCE"

    friend bool operator==(const FuzzyDate &a, const FuzzyDate &b);

private:
    struct Data;
    std::shared_ptr<const Data> d; // immutable once parsed: sharing is safe and copying cheap
};

QString precisionName(DatePrecision precision); // "day", "month", ...

// The instant a date sorts by in lists: its earliest start, except that an open start
// ("[..2008-03-26]", "before 26 Mar 2008") sorts at its latest possible start, next to the day it
// is known by, instead of before everything else.
constexpr TimePoint sortTime(const DateBounds &bounds)
{
    if (bounds.earliestStart > kTimeMin)
        return bounds.earliestStart;
    return bounds.latestStart > kTimeMin ? bounds.latestStart : bounds.earliestEnd;
}

} // namespace dateline
