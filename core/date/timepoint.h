#pragma once

#include <cstdint>
#include <limits>

namespace dateline {

// One time axis for everything, from the Big Bang to minutes: signed seconds since
// 1970-01-01T00:00:00 UTC in the proleptic Gregorian calendar with astronomical year numbering
// (year 0 = 1 BCE). int64 seconds reach +-292 billion years, so deep time needs no second scale.
using TimePoint = std::int64_t;

inline constexpr TimePoint kSecondsPerMinute = 60;
inline constexpr TimePoint kSecondsPerHour = 3600;
inline constexpr TimePoint kSecondsPerDay = 86400;

// Open interval ends ("..") use these sentinels. Renderers clamp them to the visible range.
inline constexpr TimePoint kTimeMin = std::numeric_limits<TimePoint>::min() / 4;
inline constexpr TimePoint kTimeMax = std::numeric_limits<TimePoint>::max() / 4;

} // namespace dateline
