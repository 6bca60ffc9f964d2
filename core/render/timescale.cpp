#include "core/render/timescale.h"

#include <algorithm>
#include <cmath>

namespace dateline {

namespace {

TimePoint clampedRound(double seconds)
{
    if (!(seconds > double(kTimeMin)))
        return kTimeMin;
    if (!(seconds < double(kTimeMax)))
        return kTimeMax;
    return TimePoint(std::llround(seconds));
}

} // namespace

TimeScale::TimeScale(TimePoint origin, double secondsPerPixel)
    : m_origin(std::clamp(origin, kTimeMin, kTimeMax))
    , m_secondsPerPixel(std::clamp(secondsPerPixel, kMinSecondsPerPixel, kMaxSecondsPerPixel))
{
}

TimeScale TimeScale::fitting(TimePoint from, TimePoint to, double x0, double x1)
{
    const double width = std::max(1.0, x1 - x0);
    const double spp = std::max(1.0, double(to - from)) / width;
    TimeScale scale(from, spp);
    scale.centerOn(from, x0);
    return scale;
}

TimePoint TimeScale::toTime(double x) const
{
    const TimePoint offset = clampedRound(x * m_secondsPerPixel);
    if (offset > 0 && m_origin > kTimeMax - offset)
        return kTimeMax;
    if (offset < 0 && m_origin < kTimeMin - offset)
        return kTimeMin;
    return m_origin + offset;
}

void TimeScale::zoomAround(double x, double factor)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const TimePoint anchor = toTime(x);
    m_secondsPerPixel = std::clamp(m_secondsPerPixel * factor, kMinSecondsPerPixel, kMaxSecondsPerPixel);
    centerOn(anchor, x);
}

void TimeScale::pan(double dx)
{
    m_origin = toTime(-dx);
}

void TimeScale::centerOn(TimePoint t, double x)
{
    // toTime(x) = origin + round(x * spp) = t exactly
    const TimePoint offset = clampedRound(x * m_secondsPerPixel);
    m_origin = std::clamp(t - offset, kTimeMin, kTimeMax);
}

} // namespace dateline
