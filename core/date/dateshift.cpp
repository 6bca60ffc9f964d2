// Moving and resizing dates by calendar amounts, on the parsed EDTF form so that nothing the
// analyst wrote (qualifiers, precision, zones, open ends) is lost on the way.
#include "core/date/dateshift.h"

#include "core/date/calendar.h"
#include "core/date/edtfsyntax.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dateline {

namespace {

using edtf::DatePart;
using edtf::Item;
using edtf::Parsed;

// The unit a date part is written in; Season moves in whole seasons (3, 4 or 6 months).
enum class PartUnit : std::uint8_t { Second, Minute, Day, Month, Season, Year };

constexpr double kSecondsPerMonth = 2629746;  // mean Gregorian month, only for estimates
constexpr double kSecondsPerYear = 31556952;
constexpr std::int64_t kMaxShortYear = 9999;   // EDTF writes months and days only up to here

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

TimePoint unitSeconds(DateUnit unit)
{
    switch (unit) {
    case DateUnit::Second:
        return 1;
    case DateUnit::Minute:
        return kSecondsPerMinute;
    case DateUnit::Hour:
        return kSecondsPerHour;
    default:
        return kSecondsPerDay;
    }
}

DateUnit dateUnit(PartUnit unit)
{
    switch (unit) {
    case PartUnit::Second:
        return DateUnit::Second;
    case PartUnit::Minute:
        return DateUnit::Minute;
    case PartUnit::Day:
        return DateUnit::Day;
    case PartUnit::Month:
    case PartUnit::Season:
        return DateUnit::Month;
    case PartUnit::Year:
        break;
    }
    return DateUnit::Year;
}

bool partUnit(const DatePart &p, PartUnit &unit, QString *error)
{
    if (p.yearMask || p.monthMask || p.dayMask)
        return fail(error, QStringLiteral("%1 has unspecified digits (X): it cannot be moved by dragging; "
                                          "edit the date instead.").arg(edtf::writePart(p)));
    if (p.hasTime)
        unit = p.hasSeconds ? PartUnit::Second : PartUnit::Minute;
    else if (p.components < 2)
        unit = PartUnit::Year;
    else if (p.isSeason())
        unit = PartUnit::Season;
    else
        unit = p.hasDay() ? PartUnit::Day : PartUnit::Month;
    return true;
}

// 21-24, 25-28 and 29-32 seasons, 33-36 quarters, 37-39 quadrimesters, 40-41 semesters
int seasonKind(int code)
{
    for (int kind = 0; int last : {24, 28, 32, 36, 39, 41}) {
        if (code <= last)
            return kind;
        ++kind;
    }
    return -1;
}

TimePoint partStart(const DatePart &p)
{
    const FuzzyDate alone = FuzzyDate::fromEdtf(edtf::writePart(p));
    return alone.bounds().earliestStart;
}

// Rounds shift to the unit the coarsest part is written in, measured from anchor. Seasons take
// whole multiples of `seasonMonths` months, so that every season part lands on a season.
DateShift normalized(DateShift shift, PartUnit coarsest, TimePoint anchor, std::int64_t seasonMonths)
{
    const DateUnit target = dateUnit(coarsest);
    const std::int64_t step = coarsest == PartUnit::Season ? seasonMonths : 1;
    if (shift.unit < target)
        return DateShift::nearest(anchor, shift.applied(anchor) - anchor, target, step);
    if (coarsest == PartUnit::Season) {
        const std::int64_t months = shift.unit == DateUnit::Year ? shift.count * 12 : shift.count;
        return {DateUnit::Month, std::llround(double(months) / double(step)) * step};
    }
    return shift;
}

std::int64_t shiftMonths(DateShift shift)
{
    return shift.unit == DateUnit::Year ? shift.count * 12 : shift.count;
}

// Moves one part by a shift already normalized for it (never finer than the part's unit).
bool applyToPart(DatePart &p, PartUnit unit, DateShift shift, QString *error)
{
    const bool calendarStep = shift.unit == DateUnit::Month || shift.unit == DateUnit::Year;
    switch (unit) {
    case PartUnit::Year:
        p.year += shift.unit == DateUnit::Year ? shift.count : shift.count / 12;
        break;
    case PartUnit::Season: {
        const edtf::SeasonSpan span = edtf::seasonSpan(p.month);
        const std::int64_t index = p.year * 12 + (span.firstMonth - 1) + shiftMonths(shift);
        const int firstMonth = int(index - calendar::floorDiv(index, 12) * 12) + 1;
        // the season of the same kind (quarter, northern season, ...) starting in that month
        int code = p.month;
        for (int c = 21; c <= 41; ++c) {
            const edtf::SeasonSpan s = edtf::seasonSpan(c);
            if (seasonKind(c) == seasonKind(p.month) && s.firstMonth == firstMonth) {
                code = c;
                break;
            }
        }
        p.year = calendar::floorDiv(index, 12);
        p.month = code;
        break;
    }
    case PartUnit::Month: {
        const std::int64_t index = p.year * 12 + (p.month - 1) + shiftMonths(shift);
        p.year = calendar::floorDiv(index, 12);
        p.month = int(index - p.year * 12) + 1;
        break;
    }
    case PartUnit::Day:
    case PartUnit::Minute:
    case PartUnit::Second: {
        CivilDateTime c{{p.year, p.month, p.day}, p.hour, p.minute, p.second};
        if (calendarStep) {
            c = calendar::toCivil(shift.applied(calendar::toTimePoint(c)));
        } else {
            c = calendar::toCivil(calendar::toTimePoint(c) + shift.count * unitSeconds(shift.unit));
        }
        p.year = c.date.year;
        p.month = c.date.month;
        p.day = c.date.day;
        if (p.hasTime) {
            p.hour = c.hour;
            p.minute = c.minute;
            p.second = c.second;
        }
        break;
    }
    }
    p.negativeYear = p.year < 0;
    if (p.year > edtf::kMaxYear || p.year < -edtf::kMaxYear)
        return fail(error, QStringLiteral("The date would move beyond the years Dateline can hold."));
    if (p.components > 1 && (p.year > kMaxShortYear || p.year < -kMaxShortYear))
        return fail(error, QStringLiteral("Beyond the year 9999 (or before -9999) EDTF has no months or days: "
                                          "%1 cannot move that far.").arg(edtf::writePart(p)));
    return true;
}

bool parseForEdit(const FuzzyDate &date, Parsed &parsed, QString *error)
{
    if (!date.isValid())
        return fail(error, QStringLiteral("There is no date to change."));
    if (!edtf::parse(date.toEdtf(), parsed, error))
        return false;
    // a bound ("before 26 Mar 2008") or a choice of dates has no one place to move from
    if (parsed.kind == Parsed::Kind::OneOf)
        return fail(error, QStringLiteral("\u201c%1\u201d is one of a set of possible dates (%2): it cannot be "
                                          "moved by dragging; edit the date instead.")
                               .arg(date.toDisplayString(), date.toEdtf()));
    if (parsed.kind == Parsed::Kind::AllOf)
        return fail(error, QStringLiteral("\u201c%1\u201d is a set of several dates (%2): it cannot be moved by "
                                          "dragging; edit the date instead.")
                               .arg(date.toDisplayString(), date.toEdtf()));
    return true;
}

FuzzyDate finish(const Parsed &parsed, QString *error)
{
    QString message;
    const FuzzyDate result = FuzzyDate::fromEdtf(edtf::writeEdtf(parsed), &message);
    if (!result.isValid())
        fail(error, message);
    else if (error)
        error->clear();
    return result;
}

} // namespace

DateShift DateShift::nearest(TimePoint from, TimePoint seconds, DateUnit unit, std::int64_t step)
{
    step = std::max<std::int64_t>(1, step);
    if (unit != DateUnit::Month && unit != DateUnit::Year) {
        const double size = double(unitSeconds(unit) * step);
        return {unit, std::llround(double(seconds) / size) * step};
    }
    const double size = (unit == DateUnit::Month ? kSecondsPerMonth : kSecondsPerYear) * double(step);
    const std::int64_t estimate = std::llround(double(seconds) / size);
    const TimePoint target = from + seconds;
    DateShift best{unit, 0};
    TimePoint bestDistance = -1;
    for (std::int64_t k = estimate - 1; k <= estimate + 1; ++k) {
        const DateShift candidate{unit, k * step};
        const TimePoint distance = std::abs(candidate.applied(from) - target);
        if (bestDistance < 0 || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

TimePoint DateShift::applied(TimePoint t) const
{
    if (unit != DateUnit::Month && unit != DateUnit::Year)
        return t + count * unitSeconds(unit);
    CivilDateTime c = calendar::toCivil(t);
    const std::int64_t index = c.date.year * 12 + (c.date.month - 1) + shiftMonths(*this);
    c.date.year = calendar::floorDiv(index, 12);
    c.date.month = int(index - c.date.year * 12) + 1;
    c.date.day = std::min(c.date.day, calendar::daysInMonth(c.date.year, c.date.month));
    return calendar::toTimePoint(c);
}

FuzzyDate shifted(const FuzzyDate &date, DateShift shift, QString *error)
{
    Parsed parsed;
    if (!parseForEdit(date, parsed, error))
        return {};
    std::vector<std::pair<DatePart *, PartUnit>> parts;
    PartUnit coarsest = PartUnit::Second;
    std::int64_t seasonMonths = 1;
    for (Item &item : parsed.items) {
        if (item.kind != Item::Kind::Date)
            continue; // open and unknown ends stay as they are
        PartUnit unit;
        if (!partUnit(item.a, unit, error))
            return {};
        parts.emplace_back(&item.a, unit);
        coarsest = std::max(coarsest, unit);
        if (unit == PartUnit::Season)
            seasonMonths = std::lcm(seasonMonths, std::int64_t(edtf::seasonSpan(item.a.month).months));
    }
    if (parts.empty()) {
        fail(error, QStringLiteral("An interval open at both ends cannot be moved."));
        return {};
    }
    shift = normalized(shift, coarsest, partStart(*parts.front().first), seasonMonths);
    for (auto &[part, unit] : parts) {
        if (!applyToPart(*part, unit, shift, error))
            return {};
    }
    return finish(parsed, error);
}

FuzzyDate resized(const FuzzyDate &date, DateEnd end, DateShift shift, QString *error)
{
    Parsed parsed;
    if (!parseForEdit(date, parsed, error))
        return {};
    if (parsed.kind == Parsed::Kind::Single) {
        parsed.kind = Parsed::Kind::Interval;
        parsed.items.push_back(parsed.items.front());
    }
    Item &item = parsed.items[end == DateEnd::Start ? 0 : 1];
    const QString which = end == DateEnd::Start ? QStringLiteral("start") : QStringLiteral("end");
    if (item.kind == Item::Kind::Open) {
        fail(error, QStringLiteral("The %1 is open (..): there is no date to move.").arg(which));
        return {};
    }
    if (item.kind == Item::Kind::Unknown) {
        fail(error, QStringLiteral("The %1 is unknown: there is no date to move.").arg(which));
        return {};
    }
    PartUnit unit;
    if (!partUnit(item.a, unit, error))
        return {};
    const std::int64_t seasonMonths = unit == PartUnit::Season ? edtf::seasonSpan(item.a.month).months : 1;
    if (!applyToPart(item.a, unit, normalized(shift, unit, partStart(item.a), seasonMonths), error))
        return {};
    const Item &first = parsed.items[0];
    const Item &last = parsed.items[1];
    if (first == last) {
        parsed.kind = Parsed::Kind::Single;
        parsed.items.pop_back();
    } else if (first.kind == Item::Kind::Date && last.kind == Item::Kind::Date
               && partStart(last.a) < partStart(first.a)) {
        fail(error, QStringLiteral("The end would come before the start."));
        return {};
    }
    return finish(parsed, error);
}

QString dateShiftText(DateShift shift)
{
    static const char *const names[][2] = {{"second", "seconds"}, {"minute", "minutes"}, {"hour", "hours"},
                                           {"day", "days"},       {"month", "months"},   {"year", "years"}};
    const std::int64_t n = shift.count < 0 ? -shift.count : shift.count;
    const char *name = names[std::size_t(shift.unit)][n == 1 ? 0 : 1];
    return QStringLiteral("%1%2 %3").arg(shift.count < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(n).arg(QLatin1String(name));
}

} // namespace dateline
