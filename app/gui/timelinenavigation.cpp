#include "app/gui/timelinenavigation.h"

#include <algorithm>

namespace dateline::TimelineNavigation {

namespace {

bool isFinite(TimePoint t)
{
    return t > kTimeMin && t < kTimeMax;
}

// About one unit of a date of this precision, for a view to show (a month is March's or June's
// length within half a day; the fit's margins take up the rest).
TimePoint unitLength(DatePrecision precision)
{
    constexpr TimePoint kYear = 31'556'952; // 365.2425 days
    switch (precision) {
    case DatePrecision::Second:
        return 1;
    case DatePrecision::Minute:
        return 60;
    case DatePrecision::Hour:
        return 3600;
    case DatePrecision::Day:
        return kSecondsPerDay;
    case DatePrecision::Month:
        return kYear / 12;
    case DatePrecision::Season:
        return kYear / 4;
    case DatePrecision::Year:
        return kYear;
    case DatePrecision::Decade:
        return 10 * kYear;
    case DatePrecision::Century:
        return 100 * kYear;
    case DatePrecision::Millennium:
        return 1000 * kYear;
    }
    return kSecondsPerDay;
}

} // namespace

std::pair<TimePoint, TimePoint> finiteSpan(const DateBounds &b)
{
    TimePoint from = isFinite(b.earliestStart) ? b.earliestStart : (isFinite(b.latestStart) ? b.latestStart : kTimeMin);
    TimePoint to = isFinite(b.latestEnd) ? b.latestEnd : (isFinite(b.earliestEnd) ? b.earliestEnd : kTimeMax);
    if (!isFinite(from) && !isFinite(to))
        return {0, kSecondsPerDay};
    // An open end shows a day from the known side.
    if (!isFinite(from))
        from = to - kSecondsPerDay;
    if (!isFinite(to))
        to = from + kSecondsPerDay;
    if (to <= from)
        to = from + 1;
    return {from, to};
}

std::pair<TimePoint, TimePoint> finiteSpan(const TimeIndex &index, std::uint32_t ordinal)
{
    const DateBounds b = index.bounds(ordinal);
    auto [from, to] = finiteSpan(b);
    const TimePoint unit = std::max(unitLength(index.entry(ordinal).precision()), kSecondsPerDay);
    if (!isFinite(b.earliestEnd) && !isFinite(b.latestEnd))
        to = std::max(to, from + unit);
    if (!isFinite(b.earliestStart) && !isFinite(b.latestStart))
        from = std::min(from, to - unit);
    return {from, to};
}

std::pair<TimePoint, TimePoint> fitSpan(const TimeIndex &index)
{
    TimePoint from = index.earliest();
    TimePoint to = index.latest();
    if (from == to) { // only the known bounds of events open at one end count, all one instant
        for (std::uint32_t i = 0; i < index.eventCount(); ++i) {
            const IndexEntry &e = index.entry(i);
            const TimePoint unit = unitLength(e.precision());
            if (isFinite(e.start) && !isFinite(e.end)) {
                to = std::max(to, e.start + unit);
            } else if (isFinite(e.end) && !isFinite(e.start)) { // and as much after it for its label
                from = std::min(from, e.end - unit);
                to = std::max(to, e.end + unit);
            }
        }
    }
    return {from, std::max(to, from + kSecondsPerDay)};
}

TimeScale fitting(TimePoint from, TimePoint to, const QRectF &laneArea, double margin)
{
    const double pad = laneArea.width() * margin;
    return TimeScale::fitting(from, to, laneArea.left() + pad, laneArea.right() - pad);
}

QStringList laneOrder(const TimeIndex &index, const LaneState &state)
{
    QStringList keys;
    keys.reserve(index.laneCount());
    std::vector<bool> used(std::size_t(index.laneCount()), false);
    for (const QString &key : state.order) {
        const int lane = index.laneOfKey(key);
        if (lane >= 0 && !used[std::size_t(lane)]) {
            used[std::size_t(lane)] = true;
            keys.append(key);
        }
    }
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        if (!used[std::size_t(lane)])
            keys.append(index.lane(lane).key);
    }
    return keys;
}

std::vector<LaneSpan> laneSpans(const TimeIndex &index, const LaneState &state, const LayoutOptions &o)
{
    const double expanded = o.rowsPerLane * o.rowHeight + 2 * o.lanePadding;
    std::vector<LaneSpan> spans;
    double y = 0;
    for (const QString &key : laneOrder(index, state)) {
        const double h = state.collapsed.contains(key) ? o.collapsedHeight : expanded;
        spans.push_back({index.laneOfKey(key), y, h});
        y += h;
    }
    return spans;
}

std::optional<LaneSpan> laneOfEvent(const TimeIndex &index, const LaneState &state,
                                    const LayoutOptions &options, std::uint32_t ordinal)
{
    if (ordinal >= index.eventCount())
        return std::nullopt;
    const TimePoint start = index.entry(ordinal).start;
    std::vector<std::uint32_t> found;
    for (const LaneSpan &span : laneSpans(index, state, options)) {
        found.clear();
        index.visibleEvents(span.lane, start, start + 1, found);
        if (std::binary_search(found.begin(), found.end(), ordinal))
            return span;
    }
    return std::nullopt;
}

double scrollToShow(double currentScroll, double top, double height, double laneHeight)
{
    if (top < currentScroll)
        return top;
    if (top + height > currentScroll + laneHeight)
        return std::max(0.0, std::min(top, top + height - laneHeight));
    return currentScroll;
}

QStringList movedLane(const TimeIndex &index, const LaneState &state, const QString &key, LaneMove move)
{
    QStringList keys = laneOrder(index, state);
    const qsizetype at = keys.indexOf(key);
    if (at < 0)
        return keys;
    switch (move) {
    case LaneMove::Up:
        if (at > 0)
            keys.move(at, at - 1);
        break;
    case LaneMove::Down:
        if (at + 1 < keys.size())
            keys.move(at, at + 1);
        break;
    case LaneMove::ToTop:
        keys.move(at, 0);
        break;
    }
    return keys;
}

QStringList compactOrder(const TimeIndex &index, const QStringList &order)
{
    LaneState state;
    state.order = order;
    QStringList keys = laneOrder(index, state); // every lane once, in display order
    // Lanes not listed follow in index order, so an ascending tail need not be listed.
    qsizetype keep = keys.size();
    while (keep > 0 && (keep == keys.size() || index.laneOfKey(keys.at(keep - 1)) < index.laneOfKey(keys.at(keep))))
        --keep;
    keys.resize(keep);
    return keys;
}

double contentHeight(const TimeIndex &index, const LaneState &state, const LayoutOptions &options)
{
    double height = 0;
    for (const LaneSpan &span : laneSpans(index, state, options))
        height += span.height;
    return height;
}

} // namespace dateline::TimelineNavigation
