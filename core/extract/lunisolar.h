#pragma once

#include <cstdint>

// Calendars set by the moon and the sun, for the holidays they date: the Hebrew calendar (exact
// arithmetic) and the astronomical new moon (the Chinese and Hindu calendars start their months
// with it). Days are counted from 1970-01-01.
namespace dateline::extract::lunisolar {

// 1 Tishrei (Rosh Hashanah) of a Hebrew year (5786 began in September 2025).
std::int64_t hebrewNewYear(std::int64_t hebrewYear);

// The instant of the new moon numbered k (0: the one of 6 January 2000; one more per lunation),
// as fractional days since 1970-01-01 00:00 UTC. Accurate to a few minutes for centuries around
// 2000 (the main periodic terms of the Moon's and the Sun's orbits).
double newMoon(std::int64_t k);

// The first new moon whose local day (at utcOffsetHours from UTC) is on or after `from`, as
// fractional local days since 1970-01-01.
double newMoonFrom(std::int64_t from, double utcOffsetHours);

} // namespace dateline::extract::lunisolar
