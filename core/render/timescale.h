#pragma once

#include "core/date/timepoint.h"

namespace dateline {

// Maps time <-> x (logical pixels of the viewport): x = (t - origin) / secondsPerPixel.
// Zoom is one number, seconds per pixel, as a double; the origin (the time at x = 0) is an exact
// int64 so positions stay exact to the second even billions of years from 1970.
// No zoom cap beyond numeric sanity (1 ms to ~3 billion years per pixel). A value type.
class TimeScale {
public:
    static constexpr double kMinSecondsPerPixel = 1e-3;
    static constexpr double kMaxSecondsPerPixel = 1e17;

    TimeScale() = default;
    TimeScale(TimePoint origin, double secondsPerPixel);

    // The scale that shows [from, to) between x0 and x1.
    static TimeScale fitting(TimePoint from, TimePoint to, double x0, double x1);

    TimePoint origin() const { return m_origin; }
    double secondsPerPixel() const { return m_secondsPerPixel; }

    double toX(TimePoint t) const { return double(t - m_origin) / m_secondsPerPixel; }
    // The time at x, rounded to the second and clamped to [kTimeMin, kTimeMax].
    TimePoint toTime(double x) const;

    // Multiplies seconds-per-pixel by factor (< 1 zooms in) keeping the time under x fixed.
    void zoomAround(double x, double factor);
    // Moves the content right by dx pixels (the time under the cursor follows a drag).
    void pan(double dx);
    // Puts time t at x without changing the zoom.
    void centerOn(TimePoint t, double x);

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    TimePoint m_origin = 0;
    double m_secondsPerPixel = 86400;
};

} // namespace dateline
