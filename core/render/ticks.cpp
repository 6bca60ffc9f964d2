#include "core/render/ticks.h"

#include "core/date/calendar.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace dateline {

namespace {

enum class YearStyle : std::uint8_t { Calendar, YearsAgo };

constexpr double kSecondsPerMonth = 2629746.0; // mean Gregorian month
constexpr double kSecondsPerYear = 31556952.0;

constexpr std::array<const char *, 12> kShortMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 12> kLongMonths = {"January", "February", "March", "April",
                                                      "May", "June", "July", "August",
                                                      "September", "October", "November", "December"};

double approxSeconds(TickStep s)
{
    switch (s.unit) {
    case TickUnit::Second: return double(s.count);
    case TickUnit::Minute: return 60.0 * double(s.count);
    case TickUnit::Hour: return 3600.0 * double(s.count);
    case TickUnit::Day: return 86400.0 * double(s.count);
    case TickUnit::Month: return kSecondsPerMonth * double(s.count);
    case TickUnit::Year: return kSecondsPerYear * double(s.count);
    }
    return 1;
}

std::vector<TickStep> minorLadder()
{
    std::vector<TickStep> steps = {
        {TickUnit::Second, 1}, {TickUnit::Second, 5}, {TickUnit::Second, 15}, {TickUnit::Second, 30},
        {TickUnit::Minute, 1}, {TickUnit::Minute, 5}, {TickUnit::Minute, 15}, {TickUnit::Minute, 30},
        {TickUnit::Hour, 1}, {TickUnit::Hour, 3}, {TickUnit::Hour, 6}, {TickUnit::Hour, 12},
        {TickUnit::Day, 1}, {TickUnit::Day, 2}, {TickUnit::Day, 5}, {TickUnit::Day, 10},
        {TickUnit::Month, 1}, {TickUnit::Month, 3}, {TickUnit::Month, 6}};
    for (std::int64_t p = 1; p <= 10'000'000'000LL; p *= 10) {
        for (const std::int64_t m : {1, 2, 5})
            steps.push_back({TickUnit::Year, m * p});
    }
    return steps;
}

std::vector<TickStep> majorLadder()
{
    std::vector<TickStep> steps = {{TickUnit::Minute, 1}, {TickUnit::Hour, 1}, {TickUnit::Day, 1},
                                   {TickUnit::Month, 1}};
    for (std::int64_t p = 1; p <= 100'000'000'000LL; p *= 10)
        steps.push_back({TickUnit::Year, p});
    return steps;
}

bool divides(TickStep minor, TickStep major)
{
    if (minor.unit == TickUnit::Year)
        return major.unit == TickUnit::Year && major.count % minor.count == 0;
    return true; // finer calendar units always nest in the next coarser one
}

QString groupDigits(std::int64_t n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString two(int v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

QString labelFor(TimePoint t, TickStep step, bool major, YearStyle style)
{
    const CivilDateTime c = calendar::toCivil(t);
    const QString month = QLatin1StringView(kShortMonths[std::size_t(c.date.month - 1)]);
    const QString year = TickGenerator::yearLabel(c.date.year);
    switch (step.unit) {
    case TickUnit::Second:
        return major ? QStringLiteral("%1 %2 %3 %4:%5").arg(c.date.day).arg(month, year, two(c.hour), two(c.minute))
                     : QStringLiteral("%1:%2:%3").arg(two(c.hour), two(c.minute), two(c.second));
    case TickUnit::Minute:
    case TickUnit::Hour:
        return major ? QStringLiteral("%1 %2 %3 %4:%5").arg(c.date.day).arg(month, year, two(c.hour), two(c.minute))
                     : QStringLiteral("%1:%2").arg(two(c.hour), two(c.minute));
    case TickUnit::Day:
        return major ? QStringLiteral("%1 %2 %3").arg(c.date.day).arg(month, year) : QString::number(c.date.day);
    case TickUnit::Month:
        return major ? QStringLiteral("%1 %2").arg(QLatin1StringView(kLongMonths[std::size_t(c.date.month - 1)]), year)
                     : month;
    case TickUnit::Year:
        if (style == YearStyle::YearsAgo)
            return TickGenerator::deepTimeLabel(TickGenerator::kPresentYear - c.date.year, step.count);
        return c.date.year == 1 && step.count > 1 ? QStringLiteral("1 CE") : year;
    }
    return {};
}

TimePoint yearStart(std::int64_t year)
{
    return calendar::toTimePoint(CivilDate{year, 1, 1});
}

// Tick times of `step` in [t0, t1), ascending.
std::vector<TimePoint> tickTimes(TickStep step, TimePoint t0, TimePoint t1, YearStyle style)
{
    std::vector<TimePoint> out;
    const CivilDate c0 = calendar::toCivil(t0).date;
    const CivilDate c1 = calendar::toCivil(t1).date;
    auto push = [&](TimePoint t) {
        if (t >= t0 && t < t1)
            out.push_back(t);
    };
    switch (step.unit) {
    case TickUnit::Second:
    case TickUnit::Minute:
    case TickUnit::Hour: {
        const std::int64_t len = std::int64_t(approxSeconds(step));
        for (TimePoint t = calendar::floorDiv(t0, len) * len; t < t1; t += len)
            push(t);
        break;
    }
    case TickUnit::Day:
        for (CivilDate m{c0.year, c0.month, 1}; calendar::toTimePoint(m) < t1;) {
            const int dim = calendar::daysInMonth(m.year, m.month);
            for (int d = 1; d + step.count <= dim + 1; d += int(step.count))
                push(calendar::toTimePoint(CivilDate{m.year, m.month, d}));
            m = m.month == 12 ? CivilDate{m.year + 1, 1, 1} : CivilDate{m.year, m.month + 1, 1};
        }
        break;
    case TickUnit::Month:
        for (std::int64_t y = c0.year; y <= c1.year; ++y) {
            for (int m = 1; m <= 12; m += int(step.count))
                push(calendar::toTimePoint(CivilDate{y, m, 1}));
        }
        break;
    case TickUnit::Year: {
        const std::int64_t s = step.count;
        if (style == YearStyle::YearsAgo) {
            const std::int64_t ago0 = TickGenerator::kPresentYear - c1.year;
            const std::int64_t ago1 = TickGenerator::kPresentYear - c0.year;
            for (std::int64_t k = calendar::floorDiv(ago1, s); k * s >= ago0; --k)
                push(yearStart(TickGenerator::kPresentYear - k * s));
        } else if (s == 1) {
            for (std::int64_t y = c0.year; y <= c1.year; ++y)
                push(yearStart(y));
        } else {
            // BCE side: years whose BCE number (1 - y) is a multiple of s; CE side: multiples of s
            if (c0.year <= 0) {
                const std::int64_t nHigh = 1 - c0.year;
                const std::int64_t nLow = 1 - std::min<std::int64_t>(c1.year, 0);
                for (std::int64_t n = nHigh / s * s; n >= std::max(nLow, s); n -= s)
                    push(yearStart(1 - n));
            }
            if (c0.year <= 1 && c1.year >= 1)
                push(yearStart(1));
            for (std::int64_t y = std::max<std::int64_t>(1, (c0.year + s - 1) / s) * s; y <= c1.year; y += s)
                if (y > 0)
                    push(yearStart(y));
        }
        break;
    }
    }
    return out;
}

double sampleWidth(TickStep step, bool major, TimePoint t0, TimePoint t1, YearStyle style,
                   const TickGenerator::TextWidth &width)
{
    if (step.unit == TickUnit::Year) {
        const QString a = labelFor(t0, step, major, style);
        const QString b = labelFor(t1, step, major, style);
        return std::max(width(a), width(b)) * 1.1;
    }
    if (!major) {
        switch (step.unit) {
        case TickUnit::Second: return width(QStringLiteral("00:00:00"));
        case TickUnit::Minute:
        case TickUnit::Hour: return width(QStringLiteral("00:00"));
        case TickUnit::Day: return width(QStringLiteral("28"));
        case TickUnit::Month: return width(QStringLiteral("Sep"));
        default: break;
        }
    }
    return width(labelFor(t0, step, major, style)) * 1.1;
}

} // namespace

QString TickGenerator::yearLabel(std::int64_t year)
{
    if (year >= 1)
        return year < 10000 ? QString::number(year) : groupDigits(year);
    const std::int64_t bce = 1 - year;
    return (bce < 10000 ? QString::number(bce) : groupDigits(bce)) + QStringLiteral(" BCE");
}

QString TickGenerator::deepTimeLabel(std::int64_t yearsAgo, std::int64_t step)
{
    if (yearsAgo == 0)
        return QStringLiteral("present");
    const std::int64_t mag = yearsAgo < 0 ? -yearsAgo : yearsAgo;
    double unit = 1e3;
    QString suffix = QStringLiteral(" ka");
    if (mag >= 1'000'000'000) {
        unit = 1e9;
        suffix = QStringLiteral(" Ga");
    } else if (mag >= 1'000'000) {
        unit = 1e6;
        suffix = QStringLiteral(" Ma");
    }
    const int decimals = std::clamp(int(std::ceil(std::log10(unit / double(std::max<std::int64_t>(1, step))) - 1e-9)), 0, 3);
    const QString number = QString::number(double(mag) / unit, 'f', decimals);
    return (yearsAgo < 0 ? QStringLiteral("+") : QString()) + number + suffix;
}

QString TickGenerator::label(TimePoint t, TickStep step, bool major)
{
    const YearStyle style = step.unit == TickUnit::Year && step.count >= kDeepTimeStep ? YearStyle::YearsAgo
                                                                                       : YearStyle::Calendar;
    return labelFor(t, step, major, style);
}

TickSet TickGenerator::generate(const TimeScale &scale, double x0, double x1, const TextWidth &textWidth,
                                double padding)
{
    TickSet set;
    if (!(x1 > x0))
        return set;
    const TimePoint t0 = scale.toTime(x0);
    const TimePoint t1 = scale.toTime(x1);
    const double spp = scale.secondsPerPixel();

    YearStyle style = YearStyle::Calendar;
    for (const TickStep step : minorLadder()) {
        set.minorStep = step;
        style = step.unit == TickUnit::Year && step.count >= kDeepTimeStep ? YearStyle::YearsAgo : YearStyle::Calendar;
        if (approxSeconds(step) / spp >= sampleWidth(step, false, t0, t1, style, textWidth) + padding)
            break;
    }
    for (const TickStep step : majorLadder()) {
        set.majorStep = step;
        if (approxSeconds(step) <= approxSeconds(set.minorStep) || !divides(set.minorStep, step))
            continue;
        if (approxSeconds(step) / spp >= sampleWidth(step, true, t0, t1, style, textWidth) + padding)
            break;
    }

    // Days under years (months too narrow for their names as major ticks): the first of each month
    // says which month it is ("Mar 11 21 Apr"), or no tick would name one.
    const bool nameMonths = set.minorStep.unit == TickUnit::Day && set.majorStep.unit == TickUnit::Year;
    for (const TimePoint t : tickTimes(set.minorStep, t0, t1, style)) {
        const CivilDate day = calendar::toCivil(t).date;
        set.minor.push_back({t, scale.toX(t),
                             nameMonths && day.day == 1 ? labelFor(t, {TickUnit::Month, 1}, false, style)
                                                        : labelFor(t, set.minorStep, false, style)});
    }
    for (const TimePoint t : tickTimes(set.majorStep, t0, t1, style))
        set.major.push_back({t, scale.toX(t), labelFor(t, set.majorStep, true, style)});

    // context: the major period containing the left edge
    const TimePoint lookBack = TimePoint(std::min(approxSeconds(set.majorStep) * 1.1, double(t0 - kTimeMin)));
    const std::vector<TimePoint> before = tickTimes(set.majorStep, t0 - lookBack, t0 + 1, style);
    set.context = before.empty() ? labelFor(t0, set.majorStep, true, style)
                                 : labelFor(before.back(), set.majorStep, true, style);
    return set;
}

} // namespace dateline
