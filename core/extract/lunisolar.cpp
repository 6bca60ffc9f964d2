#include "core/extract/lunisolar.h"

#include <cmath>
#include <numbers>

namespace dateline::extract::lunisolar {
namespace {

// The Hebrew calendar counts from its epoch, 1 Tishrei AM 1 (7 October 3761 BCE, Julian).
constexpr std::int64_t kHebrewEpoch = -2092590;

// Days from the epoch to the new year's molad (the mean conjunction, in parts of 1/1080 hour), put
// off by a day when that would make Yom Kippur fall next to the Sabbath.
std::int64_t elapsedDays(std::int64_t year)
{
    const std::int64_t months = (235 * year - 234) / 19;
    const std::int64_t parts = 12084 + 13753 * months;
    std::int64_t day = 29 * months + parts / 25920;
    if ((3 * (day + 1)) % 7 < 3)
        ++day;
    return day;
}

double sine(double degrees)
{
    return std::sin(degrees * std::numbers::pi / 180.0);
}

} // namespace

std::int64_t hebrewNewYear(std::int64_t hebrewYear)
{
    // A year may be neither 356 days long nor, after a leap year, 382: the other postponements.
    const std::int64_t before = elapsedDays(hebrewYear - 1), start = elapsedDays(hebrewYear), next = elapsedDays(hebrewYear + 1);
    const int correction = next - start == 356 ? 2 : start - before == 382 ? 1 : 0;
    return kHebrewEpoch + start + correction;
}

double newMoon(std::int64_t k)
{
    const double n = double(k);
    const double c = n / 1236.85; // Julian centuries from 2000
    // The mean new moon (Julian ephemeris day), then the anomalies and arguments that correct it.
    const double mean = 2451550.09766 + 29.530588861 * n + 0.00015437 * c * c;
    const double e = 1.0 - 0.002516 * c - 0.0000074 * c * c; // the Earth's orbit's eccentricity, relative
    const double sun = 2.5534 + 29.1053567 * n;                // the Sun's mean anomaly
    const double moon = 201.5643 + 385.81693528 * n + 0.0107582 * c * c;
    const double latitude = 160.7108 + 390.67050284 * n - 0.0016118 * c * c;
    const double node = 124.7746 - 1.56375588 * n + 0.0020672 * c * c;
    const double correction = -0.40720 * sine(moon) + 0.17241 * e * sine(sun) + 0.01608 * sine(2 * moon)
        + 0.01039 * sine(2 * latitude) + 0.00739 * e * sine(moon - sun) - 0.00514 * e * sine(moon + sun)
        + 0.00208 * e * e * sine(2 * sun) - 0.00111 * sine(moon - 2 * latitude) - 0.00057 * sine(moon + 2 * latitude)
        + 0.00056 * e * sine(2 * moon + sun) - 0.00042 * sine(3 * moon) + 0.00042 * e * sine(sun + 2 * latitude)
        + 0.00038 * e * sine(sun - 2 * latitude) - 0.00024 * e * sine(2 * moon - sun) - 0.00017 * sine(node);
    // (Julian day 2440587.5 is 1970-01-01 00:00; ephemeris time runs about a minute ahead of UTC)
    return mean + correction - 2440587.5 - 0.0008;
}

double newMoonFrom(std::int64_t from, double utcOffsetHours)
{
    // k from the mean lunation (k = 0 falls 10,962.6 days after 1970), one before, then forward
    std::int64_t k = std::int64_t(std::floor((double(from) - 10962.6) / 29.530588861)) - 1;
    double local = newMoon(k) + utcOffsetHours / 24.0;
    while (std::floor(local) < double(from))
        local = newMoon(++k) + utcOffsetHours / 24.0;
    return local;
}

} // namespace dateline::extract::lunisolar
