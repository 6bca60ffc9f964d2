// Value checks and bounds of a parsed EDTF date (semantics documented in fuzzydate.h).
#include "core/date/calendar.h"
#include "core/date/edtfsyntax.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace dateline::edtf {
namespace {

// 21-24 Level 1 seasons (Northern hemisphere); 25-41 the Level 2 ones: 25-28 Northern,
// 29-32 Southern seasons, 33-36 quarters, 37-39 quadrimesters, 40-41 semesters.
constexpr SeasonSpan kSeasons[] = {
    {3, 3}, {6, 3}, {9, 3}, {12, 3},                 // 21-24
    {3, 3}, {6, 3}, {9, 3}, {12, 3},                 // 25-28
    {9, 3}, {12, 3}, {3, 3}, {6, 3},                 // 29-32
    {1, 3}, {4, 3}, {7, 3}, {10, 3},                 // 33-36
    {1, 4}, {5, 4}, {9, 4},                          // 37-39
    {1, 6}, {7, 6},                                  // 40-41
};

bool matches(std::int64_t value, std::int64_t pattern, std::uint8_t mask, int width)
{
    for (int i = 0; i < width; ++i, value /= 10, pattern /= 10) {
        if (!(mask & (1u << i)) && value % 10 != pattern % 10)
            return false;
    }
    return value == 0; // no digits beyond the width
}

std::vector<std::int64_t> candidateYears(const DatePart &p)
{
    if (!p.yearMask)
        return {p.year};
    const std::int64_t magnitude = p.year < 0 ? -p.year : p.year;
    std::vector<std::int64_t> years;
    for (std::int64_t v = 0; v <= 9999; ++v) {
        if (matches(v, magnitude, p.yearMask, 4))
            years.push_back(p.negativeYear ? -v : v);
    }
    std::sort(years.begin(), years.end());
    return years;
}

std::vector<int> candidateMonths(const DatePart &p)
{
    if (p.components < 2 || p.isSeason())
        return {p.month};
    std::vector<int> months;
    for (int m = 1; m <= 12; ++m) {
        if (matches(m, p.month, p.monthMask, 2))
            months.push_back(m);
    }
    return months;
}

struct Combination {
    std::int64_t year;
    int month;
    int day;
};

// The first valid (year, month, day) the pattern allows, searching up (step +1) or down (-1).
std::optional<Combination> findCombination(const DatePart &p, int step)
{
    if (!p.yearMask && !p.monthMask && !p.dayMask) { // the common case: no search, no allocation
        if (p.hasDay() && p.day > calendar::daysInMonth(p.year, p.month))
            return std::nullopt;
        return Combination{p.year, p.components >= 2 ? p.month : 0, p.hasDay() ? p.day : 0};
    }
    auto years = candidateYears(p);
    auto months = candidateMonths(p);
    if (step < 0) {
        std::reverse(years.begin(), years.end());
        std::reverse(months.begin(), months.end());
    }
    for (std::int64_t y : years) {
        for (int m : months) {
            if (!p.hasDay() || m == 0)
                return Combination{y, m, 0};
            const int last = calendar::daysInMonth(y, m);
            for (int i = 0; i < 31; ++i) {
                const int d = step > 0 ? i + 1 : 31 - i;
                if (d <= last && matches(d, p.day, p.dayMask, 2))
                    return Combination{y, m, d};
            }
        }
    }
    return std::nullopt;
}

TimePoint addMonths(TimePoint t, std::int64_t months)
{
    const CivilDateTime c = calendar::toCivil(t);
    const std::int64_t index = c.date.year * 12 + (c.date.month - 1) + months;
    CivilDateTime shifted = c;
    shifted.date.year = calendar::floorDiv(index, 12);
    shifted.date.month = int(index - shifted.date.year * 12) + 1;
    shifted.date.day = std::min(c.date.day, calendar::daysInMonth(shifted.date.year, shifted.date.month));
    return calendar::toTimePoint(shifted);
}

// [start, end) of one fully known combination.
std::pair<TimePoint, TimePoint> unitSpan(const DatePart &p, const Combination &c)
{
    if (c.month == 0) {
        const TimePoint start = calendar::toTimePoint(CivilDate{c.year, 1, 1});
        return {start, calendar::toTimePoint(CivilDate{c.year + 1, 1, 1})};
    }
    if (c.month >= 21) {
        const SeasonSpan s = kSeasons[c.month - 21];
        const TimePoint start = calendar::toTimePoint(CivilDate{c.year, s.firstMonth, 1});
        return {start, addMonths(start, s.months)};
    }
    if (c.day == 0) {
        const TimePoint start = calendar::toTimePoint(CivilDate{c.year, c.month, 1});
        return {start, addMonths(start, 1)};
    }
    TimePoint start = calendar::toTimePoint(CivilDate{c.year, c.month, c.day});
    if (!p.hasTime)
        return {start, start + kSecondsPerDay};
    start += p.hour * kSecondsPerHour + p.minute * kSecondsPerMinute + p.second
        - TimePoint(p.offsetMinutes) * kSecondsPerMinute;
    return {start, start + (p.hasSeconds ? 1 : kSecondsPerMinute)};
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool checkValues(const DatePart &p, QString *error)
{
    if (p.year > kMaxYear || p.year < -kMaxYear)
        return fail(error, QStringLiteral("The year %1 is too far away: Dateline handles years up "
                                          "to 50 billion before or after now.").arg(p.year));
    if (p.components >= 2 && !p.monthMask && (p.month > 41 || (p.month > 12 && p.month < 21)))
        return fail(error, QStringLiteral("There is no month %1 (months run from 01 to 12; "
                                          "21–41 are seasons).").arg(p.month, 2, 10, QLatin1Char('0')));
    if (p.monthMask && candidateMonths(p).empty())
        return fail(error, QStringLiteral("No month matches the pattern in “%1”.").arg(writePart(p)));
    if (p.hasDay() && !p.dayMask && (p.day < 1 || p.day > 31))
        return fail(error, QStringLiteral("There is no day %1 in any month.").arg(p.day, 2, 10, QLatin1Char('0')));
    if (p.hasDay() && !p.dayMask && !p.monthMask && !p.yearMask
        && p.day > calendar::daysInMonth(p.year, p.month)) {
        const QString when = monthName(p.month) + u' '
            + (p.year > 0 ? QString::number(p.year) : QString::number(1 - p.year) + QStringLiteral(" BCE"));
        return fail(error, QStringLiteral("%1 has no day %2.").arg(when).arg(p.day));
    }
    if (!findCombination(p, 1))
        return fail(error, QStringLiteral("No real date matches “%1”.").arg(writePart(p)));
    return true;
}

// Bounds of one date: unspecified digits spread the start over [earliest, latest] value;
// approximation widens outwards by one unit of its finest approximate component.
DateBounds partBounds(const DatePart &p)
{
    const auto first = unitSpan(p, *findCombination(p, 1));
    const auto last = unitSpan(p, *findCombination(p, -1));
    DateBounds b{first.first, last.first, first.second, last.second};
    int finestApproximate = -1;
    for (int i = 0; i < p.componentCount(); ++i) {
        if (p.qualifiers[i] & Approximate)
            finestApproximate = i;
    }
    std::int64_t months = 0;
    switch (finestApproximate) {
    case 2:
        b.earliestStart -= kSecondsPerDay;
        b.latestEnd += kSecondsPerDay;
        break;
    case 1:
        months = p.isSeason() ? 3 : 1;
        break;
    case 0: {
        months = 12;
        for (int bit = 0; bit < 4; ++bit) {
            if (p.yearMask >> bit)
                months *= 10;
        }
        break;
    }
    default:
        break;
    }
    if (months) {
        b.earliestStart = addMonths(b.earliestStart, -months);
        b.latestEnd = addMonths(b.latestEnd, months);
    }
    return b;
}

DatePrecision coarser(DatePrecision a, DatePrecision b)
{
    return a > b ? a : b;
}

} // namespace

SeasonSpan seasonSpan(int season)
{
    return season >= 21 && season <= 41 ? kSeasons[season - 21] : SeasonSpan{1, 12};
}

DatePrecision partPrecision(const DatePart &p)
{
    if (p.hasTime)
        return p.hasSeconds ? DatePrecision::Second : DatePrecision::Minute;
    if (p.yearMask) {
        if (p.yearMask >= 4)
            return DatePrecision::Millennium;
        return p.yearMask >= 2 ? DatePrecision::Century : DatePrecision::Decade;
    }
    if (p.components < 2 || p.monthMask)
        return DatePrecision::Year;
    if (p.isSeason())
        return DatePrecision::Season;
    if (!p.hasDay() || p.dayMask)
        return DatePrecision::Month;
    return DatePrecision::Day;
}

bool analyse(const Parsed &parsed, DateBounds &bounds, DatePrecision &precision, QString *error)
{
    bool first = true;
    for (const Item &item : parsed.items) {
        if (item.kind == Item::Kind::Open || item.kind == Item::Kind::Unknown)
            continue;
        if (!checkValues(item.a, error))
            return false;
        const DatePrecision pa = partPrecision(item.a);
        precision = first ? pa : coarser(precision, pa);
        first = false;
        if (item.kind == Item::Kind::Range) {
            if (!checkValues(item.b, error))
                return false;
            precision = coarser(precision, partPrecision(item.b));
        }
    }

    auto itemBounds = [&](const Item &item, DateBounds &out) {
        const DateBounds a = partBounds(item.a);
        switch (item.kind) {
        case Item::Kind::Range: {
            const DateBounds b = partBounds(item.b);
            if (b.latestStart < a.earliestStart)
                return fail(error, QStringLiteral("The range %1..%2 ends before it starts.")
                                       .arg(writePart(item.a), writePart(item.b)));
            out = {a.earliestStart, b.latestStart, a.earliestEnd, b.latestEnd};
            return true;
        }
        case Item::Kind::OrEarlier:
            out = {kTimeMin, a.latestStart, kTimeMin, a.latestEnd};
            return true;
        case Item::Kind::OrLater:
            out = {a.earliestStart, kTimeMax, a.earliestEnd, kTimeMax};
            return true;
        default:
            out = a;
            return true;
        }
    };

    switch (parsed.kind) {
    case Parsed::Kind::Single:
        bounds = partBounds(parsed.items.front().a);
        return true;
    case Parsed::Kind::Interval: {
        const Item &s = parsed.items.at(0);
        const Item &e = parsed.items.at(1);
        const bool hasStart = s.kind == Item::Kind::Date;
        const bool hasEnd = e.kind == Item::Kind::Date;
        // An unknown end takes the span of the known one: nothing is invented.
        const DateBounds a = partBounds(hasStart ? s.a : e.a);
        const DateBounds b = hasEnd ? partBounds(e.a) : a;
        if (hasStart && hasEnd && b.latestStart < a.earliestStart)
            return fail(error, QStringLiteral("The interval ends (%1) before it starts (%2).")
                                   .arg(writePart(e.a), writePart(s.a)));
        bounds = {a.earliestStart, a.latestStart, b.earliestEnd, b.latestEnd};
        if (s.kind == Item::Kind::Open)
            bounds.earliestStart = bounds.latestStart = kTimeMin;
        if (e.kind == Item::Kind::Open)
            bounds.earliestEnd = bounds.latestEnd = kTimeMax;
        bounds.latestStart = std::min(bounds.latestStart, bounds.latestEnd - 1);
        bounds.earliestEnd = std::max(bounds.earliestEnd, bounds.earliestStart + 1);
        if (bounds.earliestEnd > bounds.latestEnd)
            bounds.earliestEnd = bounds.latestEnd;
        return true;
    }
    case Parsed::Kind::OneOf:
    case Parsed::Kind::AllOf: {
        const bool oneOf = parsed.kind == Parsed::Kind::OneOf;
        for (std::size_t i = 0; i < parsed.items.size(); ++i) {
            DateBounds b;
            if (!itemBounds(parsed.items[i], b))
                return false;
            if (i == 0) {
                bounds = b;
                continue;
            }
            bounds.earliestStart = std::min(bounds.earliestStart, b.earliestStart);
            bounds.latestEnd = std::max(bounds.latestEnd, b.latestEnd);
            // One of: any member may be the one. All of: the whole runs from first to last.
            bounds.latestStart = oneOf ? std::max(bounds.latestStart, b.latestStart)
                                       : std::min(bounds.latestStart, b.latestStart);
            bounds.earliestEnd = oneOf ? std::min(bounds.earliestEnd, b.earliestEnd)
                                       : std::max(bounds.earliestEnd, b.earliestEnd);
        }
        return true;
    }
    }
    return false;
}

} // namespace dateline::edtf
