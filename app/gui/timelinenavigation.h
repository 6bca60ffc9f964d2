#pragma once

#include "core/date/fuzzydate.h"
#include "core/index/timeindex.h"
#include "core/render/scene.h"

#include <QRectF>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

// Geometry questions the timeline view asks outside a frame (fit, go to, scroll to an event), kept
// apart from the widget so they can be tested without one. They mirror Layout's lane stacking.
namespace TimelineNavigation {

// Where a lane sits in the whole (unscrolled) lane stack.
struct LaneSpan {
    int lane = -1; // index in the TimeIndex
    double top = 0;
    double height = 0;
};

// The finite part of a date span: open ends fall back to the inner bounds, so "[..2008-03-26]"
// still has somewhere to go; an end that stays open becomes a day from the known side.
std::pair<TimePoint, TimePoint> finiteSpan(const DateBounds &bounds);
// The same for an event of the index, an end that stays open showing one unit of the event's
// precision from the known side ("2008-03/..": March, as "2008-03" is shown).
std::pair<TimePoint, TimePoint> finiteSpan(const TimeIndex &index, std::uint32_t ordinal);

// What "fit all events" shows: the index's finite extent, at least a day. When that is a single
// instant (events open at one end, "2008-03/..": only their known bound counts), one unit of the
// events' precision on the open side of it, as a closed event of that precision ("2008-03") shows,
// and for an open start as much after it too, where the label is drawn.
std::pair<TimePoint, TimePoint> fitSpan(const TimeIndex &index);

// A scale showing [from, to) inside the lane area with a margin of `margin` of its width each side.
TimeScale fitting(TimePoint from, TimePoint to, const QRectF &laneArea, double margin = 0.05);

// The lane keys in display order: the user's order first, then the index's default order.
QStringList laneOrder(const TimeIndex &index, const LaneState &state);
std::vector<LaneSpan> laneSpans(const TimeIndex &index, const LaneState &state, const LayoutOptions &options);

// The first lane (in display order) that holds the event, or nullopt.
std::optional<LaneSpan> laneOfEvent(const TimeIndex &index, const LaneState &state,
                                    const LayoutOptions &options, std::uint32_t ordinal);

// The scrollY that brings [top, top + height) of the lane stack into a viewport of laneHeight
// pixels, changing the current scroll as little as possible.
double scrollToShow(double currentScroll, double top, double height, double laneHeight);

// Moves `key` within the order (missing keys are completed from the index first).
enum class LaneMove : std::uint8_t { Up, Down, ToTop };
QStringList movedLane(const TimeIndex &index, const LaneState &state, const QString &key, LaneMove move);

// The shortest order that lays out like `order`: unknown and repeated keys dropped, and the tail
// that already follows the index's default order left out (laneOrder() appends it again).
QStringList compactOrder(const TimeIndex &index, const QStringList &order);

// The height of the whole lane stack (Layout::contentHeight without laying out a frame).
double contentHeight(const TimeIndex &index, const LaneState &state, const LayoutOptions &options);

} // namespace TimelineNavigation

} // namespace dateline
