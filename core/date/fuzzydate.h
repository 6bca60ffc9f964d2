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
// plus the Level 2 "one of a set" lists and qualified components. A value type; an
// invalid (default-constructed) FuzzyDate means "no date".
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
    // A plain day-precision date.
    static FuzzyDate fromDay(const CivilDate &day);

    bool isValid() const;
    bool isInterval() const;     // "a/b", including open and unknown ends
    bool isUncertain() const;    // any '?' or '%'
    bool isApproximate() const;  // any '~' or '%'
    DatePrecision precision() const; // the coarsest precision of its parts

    DateBounds bounds() const;

    QString toEdtf() const;          // normalized EDTF: fromEdtf(toEdtf()) == *this
    QString toDisplayString() const; // "17–18 Mar 2008", "c. 1550", "before 26 Mar 2008", "100 BCE"

    friend bool operator==(const FuzzyDate &a, const FuzzyDate &b);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

QString precisionName(DatePrecision precision); // "day", "month", ...

} // namespace dateline
