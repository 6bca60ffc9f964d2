#pragma once

#include "core/date/timepoint.h"
#include "core/render/timescale.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace dateline {

enum class TickUnit : std::uint8_t { Second, Minute, Hour, Day, Month, Year };

struct TickStep {
    TickUnit unit = TickUnit::Year;
    std::int64_t count = 1; // e.g. {Minute, 15}; {Year, 1000000}
    friend bool operator==(const TickStep &, const TickStep &) = default;
};

struct Tick {
    TimePoint time = 0;
    double x = 0;
    QString label;
};

// Two calendar-aware tiers (e.g. days under months, years under millennia) plus the major label
// of the period at the left edge, so the context stays visible when no major tick is on screen.
struct TickSet {
    TickStep minorStep;
    TickStep majorStep;
    std::vector<Tick> minor;
    std::vector<Tick> major;
    QString context;
};

// Chooses tick steps from the zoom and the width of the labels they would carry, from seconds to
// billions of years, in the proleptic Gregorian calendar with astronomical years (core/date/calendar).
// Labels: "14:05", "17", "Mar", "March 2008", "17 Mar 2008", "2008", "100 BCE", "1 CE";
// steps of 10,000 years and more count back from the present (taken as the year 2000):
// "500 ka", "66 Ma", "13.8 Ga", and "present".
class TickGenerator {
public:
    using TextWidth = std::function<double(const QString &)>;

    // Ticks for [x0, x1). textWidth measures a label in pixels (a QFontMetricsF in practice).
    static TickSet generate(const TimeScale &scale, double x0, double x1, const TextWidth &textWidth,
                            double padding = 14);

    static QString yearLabel(std::int64_t year);        // "2008", "100 BCE", "12,000 BCE"
    static QString deepTimeLabel(std::int64_t yearsAgo, std::int64_t step); // "13.8 Ga"
    static QString label(TimePoint t, TickStep step, bool major);

    static constexpr std::int64_t kPresentYear = 2000;
    static constexpr std::int64_t kDeepTimeStep = 10000; // years; from here labels count back
};

} // namespace dateline
