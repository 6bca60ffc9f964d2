#pragma once
// Internal to core/date: the parsed form of an EDTF string, shared by the parser, the writer,
// the bounds computation and the display formatter. Not part of the public API.

#include "core/date/fuzzydate.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace dateline::edtf {

// Qualifier bits: '?' = Uncertain, '~' = Approximate, '%' = both.
enum Qualifier : std::uint8_t { NoQualifier = 0, Uncertain = 1, Approximate = 2 };

enum class Zone : std::uint8_t { None, Utc, Offset };

// Years whose seconds stay well inside kTimeMin..kTimeMax (about +-73 billion years).
inline constexpr std::int64_t kMaxYear = 50'000'000'000;

// One calendar date, possibly with a time. Unspecified digits ('X') are kept as masks so the
// text round-trips; masked digits are stored as 0. Bit i of a mask is the i-th digit from the
// right. Seasons (21..41) live in `month` and exclude a day.
struct DatePart {
    std::int64_t year = 0;        // signed astronomical year with X digits as 0
    bool negativeYear = false;    // needed for "-1XXX" and masks; equals year < 0 otherwise
    std::uint8_t yearMask = 0;    // only for 4-digit years
    std::uint8_t components = 1;  // 1 year, 2 + month or season, 3 + day
    int month = 0;                // 1..12 month, 21..41 season
    std::uint8_t monthMask = 0;
    int day = 0;
    std::uint8_t dayMask = 0;
    bool hasTime = false;
    bool hasSeconds = false;      // "T14:30" (minute precision) vs "T14:30:00"
    int hour = 0, minute = 0, second = 0;
    Zone zone = Zone::None;
    int offsetMinutes = 0;        // east of UTC
    std::uint8_t qualifiers[3] = {}; // year, month/season, day

    bool isSeason() const { return components >= 2 && !monthMask && month >= 21; }
    bool hasMonth() const { return components >= 2 && !isSeason(); }
    bool hasDay() const { return components == 3; }
    int componentCount() const { return components; }
    bool isLongYear() const { return yearMask == 0 && (year > 9999 || year < -9999); }
    std::uint8_t allQualifiers() const { return qualifiers[0] | qualifiers[1] | qualifiers[2]; }
    friend bool operator==(const DatePart &, const DatePart &) = default;
};

// An interval end or a set member.
struct Item {
    enum class Kind : std::uint8_t {
        Date,    // a
        Open,    // ".." as an interval end
        Unknown, // empty interval end
        Range,   // a..b inside a set
        OrEarlier, // "..a" inside a set
        OrLater,   // "a.." inside a set
    };
    Kind kind = Kind::Date;
    DatePart a;
    DatePart b; // Range only
    friend bool operator==(const Item &, const Item &) = default;
};

struct Parsed {
    enum class Kind : std::uint8_t { Single, Interval, OneOf, AllOf };
    Kind kind = Kind::Single;
    std::vector<Item> items; // Single: 1 Date; Interval: start, end; sets: members
    friend bool operator==(const Parsed &, const Parsed &) = default;
};

// edtfparser.cpp: syntax only (ranges of values are checked by analyse()).
bool parse(QStringView text, Parsed &out, QString *errorMessage);
// edtfwriter.cpp: normalized EDTF.
QString writeEdtf(const Parsed &parsed);
QString writePart(const DatePart &part);
// edtfbounds.cpp: checks values ("February 2008 has no day 30") and computes bounds + precision.
bool analyse(const Parsed &parsed, DateBounds &bounds, DatePrecision &precision,
             QString *errorMessage);
DatePrecision partPrecision(const DatePart &part);
// The months a season code 21..41 covers: its first month (1..12) and how many (3, 4 or 6).
struct SeasonSpan {
    int firstMonth;
    int months;
};
SeasonSpan seasonSpan(int season);
// datedisplay.cpp
QString displayString(const Parsed &parsed);
QString displayPart(const DatePart &part);

QString monthName(int month);       // "January"
QString shortMonthName(int month);  // "Jan"
QString seasonName(int season);     // "Spring", "Q1", ...

} // namespace dateline::edtf
