#include "core/render/layout.h"

#include "core/render/layoutrows.h"

#include "core/index/timeindex.h"
#include "core/model/untrustedtext.h"
#include "core/render/rendercache.h"
#include "core/render/textbudget.h"

#include <QElapsedTimer>
#include <QFontMetricsF>

#include <algorithm>
#include <array>
#include <cmath>

namespace dateline {

namespace {

constexpr double kOffscreen = 12; // shapes are clamped this far outside the lane area
constexpr double kLongBarPx = 160; // bars this wide are packed after the rest
constexpr double kBarHoldsLabelPx = 60; // bars this wide carry their label on them (layoutlabels.cpp)
constexpr double kSeamPx = 1;       // between two bars of a row that touch
constexpr double kWideRangePx = 32; // folded lanes still draw events at least this wide
// A lane that leaves out this many bars for want of rows gives its last row to "+N more"; one
// left out is not worth the row's own events.
constexpr std::size_t kLeftOutForMore = 2;

double clampX(double x, const QRectF &area)
{
    return std::clamp(x, area.left() - kOffscreen, area.right() + kOffscreen);
}

// 45 + 30 log2(count), capped at 210 (reached from 46 events on): a table, as a folded lane
// needs one value per column per frame
std::uint8_t densityAlpha(std::uint32_t count)
{
    static const auto table = [] {
        std::array<std::uint8_t, 64> t{};
        for (std::size_t n = 1; n < t.size(); ++n)
            t[n] = std::uint8_t(std::min(210.0, 45.0 + 30.0 * std::log2(double(n))));
        return t;
    }();
    return count < table.size() ? table[count] : 210;
}

} // namespace

Layout Layout::compute(const Viewport &viewport, const Scene &scene, RenderCache *cache)
{
    RenderCache localCache;
    RenderCache &c = cache ? *cache : localCache;
    Layout layout;
    layout.viewport = viewport;
    layout.options = scene.options;
    const LayoutOptions &o = layout.options;
    const double w = viewport.size.width();
    const double h = viewport.size.height();
    const double overviewH = o.overviewHeight > 0 ? o.overviewHeight : 0;
    layout.axisRect = QRectF(o.headerWidth, 0, std::max(0.0, w - o.headerWidth), o.axisHeight);
    layout.headerColumn = QRectF(0, o.axisHeight, o.headerWidth, std::max(0.0, h - o.axisHeight - overviewH));
    layout.laneArea = QRectF(o.headerWidth, o.axisHeight, std::max(0.0, w - o.headerWidth),
                             std::max(0.0, h - o.axisHeight - overviewH));
    layout.visibleFrom = viewport.scale.toTime(layout.laneArea.left());
    layout.visibleTo = viewport.scale.toTime(layout.laneArea.right());
    layout.ticks = TickGenerator::generate(viewport.scale, layout.laneArea.left(), layout.laneArea.right(),
                                           [&c, &o](const QString &s) { return c.textWidth(o.axisFont, s); });

    for (const EraSpan &era : scene.eras) {
        if (era.end <= layout.visibleFrom || era.start >= layout.visibleTo)
            continue;
        const double x0 = clampX(viewport.scale.toX(era.start), layout.laneArea);
        const double x1 = clampX(viewport.scale.toX(era.end), layout.laneArea);
        layout.eras.push_back({QRectF(x0, layout.laneArea.top(), x1 - x0, layout.laneArea.height()),
                               oneLine(era.name), era.color});
    }
    if (scene.today) {
        const double x = viewport.scale.toX(*scene.today);
        if (x >= layout.laneArea.left() && x <= layout.laneArea.right())
            layout.todayX = x;
    }

    if (scene.index) {
        QElapsedTimer timer;
        timer.start();
        auto lap = [&timer] { return double(timer.nsecsElapsed()) / 1e6; };
        layout.placeLanes(scene);
        layout.placeEvents(scene);
        layout.placeRelations(scene);
        layout.timing.eventsMs = lap();
        TextBudget budget(o.textBudgetMs);
        layout.placeLabels(scene, c, budget);
        layout.timing.labelsMs = lap() - layout.timing.eventsMs;
        layout.placeCallouts(scene, c, budget);
        layout.timing.calloutsMs = lap() - layout.timing.eventsMs - layout.timing.labelsMs;
        layout.placeOverview(scene);
    }
    return layout;
}

void Layout::placeLanes(const Scene &scene)
{
    const TimeIndex &index = *scene.index;
    const LayoutOptions &o = options;
    std::vector<int> order;
    order.reserve(std::size_t(index.laneCount()));
    std::vector<bool> used(std::size_t(index.laneCount()), false);
    for (const QString &key : scene.lanes.order) {
        const int lane = index.laneOfKey(key);
        if (lane >= 0 && !used[std::size_t(lane)]) {
            used[std::size_t(lane)] = true;
            order.push_back(lane);
        }
    }
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        if (!used[std::size_t(lane)])
            order.push_back(lane);
    }

    const double expanded = o.rowsPerLane * o.rowHeight + 2 * o.lanePadding;
    const auto heightOf = [&](int lane) {
        return scene.lanes.collapsed.contains(index.lane(lane).key) ? o.collapsedHeight : expanded;
    };
    double y = laneArea.top() - viewport.scrollY;
    if (o.wholeLanes) {
        // from the top of the lane the scroll position falls in
        double top = y;
        for (const int lane : order) {
            if (top + heightOf(lane) > laneArea.top()) {
                y += std::max(0.0, laneArea.top() - top);
                break;
            }
            top += heightOf(lane);
        }
    }
    contentHeight = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const LaneInfo &info = index.lane(order[i]);
        const bool collapsed = scene.lanes.collapsed.contains(info.key);
        const double height = collapsed ? o.collapsedHeight : expanded;
        const bool shown = o.wholeLanes ? y >= laneArea.top() - 0.5 && y < laneArea.bottom()
                                              && (y + height <= laneArea.bottom() + 0.5 || lanes.empty())
                                        : y + height > laneArea.top() && y < laneArea.bottom();
        if (shown) {
            LaneItem item;
            item.lane = order[i];
            item.key = info.key;
            item.label = laneTitle(info);
            item.name = oneLine(info.label);
            if (info.sharedLabel)
                item.code = info.code;
            item.count = info.count;
            item.cameoRoot = info.cameoRoot;
            item.header = QRectF(0, y, o.headerWidth, height);
            item.toggle = QRectF(4, y + 2, 14, std::min(14.0, height - 4));
            item.body = QRectF(laneArea.left(), y, laneArea.width(), height);
            item.collapsed = collapsed;
            item.alternate = i % 2 == 1;
            lanes.push_back(item);
        }
        y += height;
        contentHeight += height;
    }
}

namespace {

// A shape's rectangle in a lane's row: markers centred in it, bars a little inset.
void putInRow(EventShape &s, double rowsTop, int row, double left, double right, const LayoutOptions &o)
{
    s.row = row;
    const double top = rowsTop + row * o.rowHeight;
    const double inset = s.kind == ShapeKind::Point ? (o.rowHeight - o.markerSize) / 2 : 5;
    s.rect = QRectF(left, top + inset, right - left, o.rowHeight - 2 * inset);
}

} // namespace

void Layout::placeEvents(const Scene &scene)
{
    const TimeIndex &index = *scene.index;
    const LayoutOptions &o = options;
    std::vector<std::uint32_t> ordinals;
    std::vector<std::uint32_t> counts(std::size_t(std::max(0, int(std::ceil(laneArea.width())))));
    LaneRows rows(std::max(1, o.rowsPerLane));
    const auto perLaneCap = std::size_t(std::max(40.0, laneArea.width() * o.rowsPerLane / 24.0));
    std::size_t budget = std::size_t(std::max(0, o.maxIndividualEvents));

    for (int li = 0; li < int(lanes.size()); ++li) {
        LaneItem &lane = lanes[std::size_t(li)];
        // dense lanes are seen from the pyramid; the exact count only near the threshold
        const std::size_t limit = std::min(perLaneCap, budget);
        const bool dense = lane.collapsed || index.startsWithin(lane.lane, visibleFrom, visibleTo) > limit;
        ordinals.clear();
        lane.folded = dense || index.countVisible(lane.lane, visibleFrom, visibleTo) > limit;
        if (lane.folded) {
            foldLane(index, li, counts);
            if (lane.collapsed)
                continue;
            const TimePoint wide(kWideRangePx * viewport.scale.secondsPerPixel());
            index.longEvents(lane.lane, wide, visibleFrom, visibleTo, ordinals);
        } else {
            index.visibleEvents(lane.lane, visibleFrom, visibleTo, ordinals);
        }
        rows.reset(lane.folded && rows.count() > 1 ? 1 : 0);
        const std::size_t shapesBefore = shapes.size(), foldedBefore = foldedEvents, budgetBefore = budget;
        if (placeLaneEvents(scene, li, ordinals, rows, budget) >= kLeftOutForMore && !lane.folded && rows.count() > 1) {
            // Too few events to fold but too many wide ones for the rows: placed again with the
            // last row held for where the rest lie ("+45 more"), or the lane looks emptier than it is.
            shapes.resize(shapesBefore);
            foldedEvents = foldedBefore;
            budget = budgetBefore;
            rows.reset(0, 1);
            std::vector<std::pair<double, double>> leftOut;
            placeLaneEvents(scene, li, ordinals, rows, budget, &leftOut);
            placeMore(li, leftOut);
        }
    }
    placeSelectedOverFolds(scene);
    linkSelected(scene);
}

// The selected event is always drawn (a search hit stepped to in a dense day, say): in each lane
// that folded it into its density band or had no free row for it, over the others in the last row.
void Layout::placeSelectedOverFolds(const Scene &scene)
{
    if (!scene.selected.isValid()
        || std::any_of(shapes.begin(), shapes.end(), [&](const EventShape &s) { return s.id == scene.selected; }))
        return;
    const TimeIndex &index = *scene.index;
    const std::optional<std::uint32_t> ordinal = index.ordinalOf(scene.selected);
    if (!ordinal)
        return;
    const DateBounds b = index.bounds(*ordinal);
    if (b.latestEnd < visibleFrom || b.earliestStart > visibleTo)
        return;
    const TimePoint start = index.entry(*ordinal).start;
    const LayoutOptions &o = options;
    std::vector<std::uint32_t> here;
    for (int li = 0; li < int(lanes.size()); ++li) {
        const LaneItem &lane = lanes[std::size_t(li)];
        if (lane.collapsed)
            continue;
        here.clear();
        index.visibleEvents(lane.lane, start, start + 1, here);
        if (!std::binary_search(here.begin(), here.end(), *ordinal))
            continue;
        EventShape s = shapeFor(index, *ordinal, scene);
        s.laneItem = li;
        s.crowded = true; // over its neighbours, not labelled: the selection ring says which it is
        putInRow(s, lane.body.top() + o.lanePadding, std::max(0, o.rowsPerLane - 1), s.rect.left(), s.rect.right(), o);
        shapes.push_back(s);
    }
}

// A folded lane's density band: one alpha per pixel column from the pyramid's counts.
void Layout::foldLane(const TimeIndex &index, int li, std::vector<std::uint32_t> &counts)
{
    const LaneItem &lane = lanes[std::size_t(li)];
    const LayoutOptions &o = options;
    std::fill(counts.begin(), counts.end(), 0u);
    index.density(lane.lane, visibleFrom, viewport.scale.secondsPerPixel(), int(counts.size()), counts.data());
    DensityBand band;
    band.laneItem = li;
    // expanded lanes: the band takes the first row, long events the rows below
    const double rowsTop = lane.body.top() + o.lanePadding;
    band.rect = lane.collapsed || o.rowsPerLane < 2
        ? lane.body.adjusted(0, 3, 0, -3)
        : QRectF(lane.body.left(), rowsTop + 2, lane.body.width(), o.rowHeight - 4);
    band.alpha.resize(counts.size());
    std::size_t folded = 0;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        band.alpha[c] = densityAlpha(counts[c]);
        folded += counts[c];
    }
    foldedEvents += folded;
    bands.push_back(std::move(band));
}

// Two passes: points and short bars first, in time order (first free row); then long bars
// wherever they fit between them, so a decade-long bar never buries the events it spans.
std::size_t Layout::placeLaneEvents(const Scene &scene, int li, const std::vector<std::uint32_t> &ordinals,
                                    LaneRows &rows, std::size_t &budget,
                                    std::vector<std::pair<double, double>> *leftOut)
{
    std::size_t noRow = 0;
    const LaneItem &lane = lanes[std::size_t(li)];
    const LayoutOptions &o = options;
    const double rowsTop = lane.body.top() + o.lanePadding;
    std::vector<EventShape> longBars;
    const bool labels = scene.texts && o.maxLabels > 0;
    auto place = [&](EventShape &s, const LaneRows::Place &at, double left, double right) {
        // a bar sharing an edge with another of its row is drawn a pixel short there: a seam
        // between one day's bar and the next day's, or the two read as one bar
        const double drawnLeft = at.touchesLeft ? left + kSeamPx : left;
        const double drawnRight = at.touchesRight ? right - kSeamPx : right;
        s.coreLeft = std::clamp(s.coreLeft, drawnLeft, drawnRight);
        s.coreRight = std::clamp(s.coreRight, s.coreLeft, drawnRight);
        putInRow(s, rowsTop, at.row, drawnLeft, drawnRight, o);
        shapes.push_back(s);
        --budget;
    };
    for (const std::uint32_t ordinal : ordinals) {
        if (budget == 0) {
            ++foldedEvents;
            continue;
        }
        EventShape s = shapeFor(*scene.index, ordinal, scene);
        s.laneItem = li;
        const double left = s.rect.left(), right = s.rect.right();
        if (s.kind == ShapeKind::Range && right - left >= kLongBarPx) {
            longBars.push_back(s);
            continue;
        }
        // room for a label after it, when labels are drawn and it is no bar its label fits on
        const bool bar = s.kind == ShapeKind::Range;
        const double labelRoom = !labels || (bar && right - left >= kBarHoldsLabelPx) ? 0 : 2 * o.minLabelWidth;
        LaneRows::Place at = rows.takeAfterLast(left, right, bar, labelRoom);
        if (at.row < 0 && (leftOut || lane.folded || s.kind == ShapeKind::Range)) {
            ++noRow;
            if (leftOut)
                leftOut->emplace_back(left, right);
            else
                ++foldedEvents; // no free row: a bar drawn over others would only hide them
            continue;
        }
        if (at.row < 0) {
            s.crowded = true; // drawn over its neighbours so it still shows, never labelled
            at.row = rows.count() - 1;
        }
        place(s, at, left, right);
    }
    for (EventShape &s : longBars) {
        const double left = s.rect.left(), right = s.rect.right();
        const LaneRows::Place at = budget > 0 ? rows.takeGap(left, right) : LaneRows::Place{};
        if (at.row >= 0) {
            place(s, at, left, right);
        } else if (budget == 0 || !leftOut) {
            ++foldedEvents;
            noRow += budget > 0 ? 1 : 0;
        } else {
            ++noRow;
            leftOut->emplace_back(left, right);
        }
    }
    return noRow;
}

// The left-out events of a lane, grouped where their extents overlap (one day's apart from the
// next day's): one "+N more" each, over the lane's last row.
void Layout::placeMore(int li, std::vector<std::pair<double, double>> &leftOut)
{
    const LaneItem &lane = lanes[std::size_t(li)];
    const LayoutOptions &o = options;
    const double top = lane.body.top() + o.lanePadding + (o.rowsPerLane - 1) * o.rowHeight;
    std::sort(leftOut.begin(), leftOut.end());
    for (std::size_t i = 0; i < leftOut.size();) {
        double left = leftOut[i].first, right = leftOut[i].second;
        std::size_t j = i + 1;
        for (; j < leftOut.size() && leftOut[j].first < right; ++j)
            right = std::max(right, leftOut[j].second);
        MoreItem item;
        item.laneItem = li;
        item.count = int(j - i);
        item.text = QStringLiteral("+%L1 more").arg(item.count);
        left = std::max(left, laneArea.left());
        right = std::min(std::max(right, left + o.markerSize), laneArea.right());
        item.rect = QRectF(left, top + 2, right - left, o.rowHeight - 4);
        more.push_back(std::move(item));
        i = j;
    }
}

// The selected event in several lanes: link its appearances.
void Layout::linkSelected(const Scene &scene)
{
    if (!scene.selected.isValid())
        return;
    std::vector<QPointF> points;
    for (const EventShape &s : shapes) {
        if (s.id == scene.selected)
            points.push_back(QPointF(s.kind == ShapeKind::Point ? s.rect.center().x() : s.rect.left() + 2,
                                     s.rect.center().y()));
    }
    if (points.size() > 1)
        links.push_back(std::move(points));
}

void Layout::placeOverview(const Scene &scene)
{
    if (options.overviewHeight <= 0)
        return;
    const TimeIndex &index = *scene.index;
    const double w = viewport.size.width();
    overview.rect = QRectF(0, viewport.size.height() - options.overviewHeight, w, options.overviewHeight);
    TimePoint from = index.earliest();
    TimePoint to = index.latest();
    if (index.eventCount() == 0 || to <= from) {
        from = visibleFrom;
        to = visibleTo;
    }
    const TimePoint pad = std::max<TimePoint>(1, (to - from) / 50);
    from -= pad;
    to += pad;
    const QRectF inner = overview.rect.adjusted(4, 4, -4, -4);
    overview.scale = TimeScale::fitting(from, to, inner.left(), inner.right());
    const int columns = int(std::ceil(inner.width()));
    std::vector<std::uint32_t> counts(std::size_t(std::max(0, columns)));
    index.density(-1, overview.scale.toTime(inner.left()), overview.scale.secondsPerPixel(), columns,
                  counts.data());
    const std::uint32_t peak = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
    overview.histogram.resize(counts.size());
    for (std::size_t i = 0; i < counts.size(); ++i)
        overview.histogram[i] = peak ? float(std::log1p(counts[i]) / std::log1p(peak)) : 0.f;
    double x0 = std::clamp(overview.scale.toX(visibleFrom), inner.left(), inner.right());
    double x1 = std::clamp(overview.scale.toX(visibleTo), inner.left(), inner.right());
    if (x1 - x0 < 3) {
        const double mid = std::clamp((x0 + x1) / 2, inner.left() + 1.5, inner.right() - 1.5);
        x0 = mid - 1.5;
        x1 = mid + 1.5;
    }
    overview.window = QRectF(x0, overview.rect.top() + 1, x1 - x0, overview.rect.height() - 2);
}

// Geometry and style of one event, before it gets a row: rect holds its x extent only.
EventShape Layout::shapeFor(const TimeIndex &index, std::uint32_t ordinal, const Scene &scene) const
{
    const LayoutOptions &o = options;
    const TimeScale &scale = viewport.scale;
    const IndexEntry &e = index.entry(ordinal);
    EventShape s;
    s.id = index.eventId(ordinal);
    s.ordinal = ordinal;
    s.quad = e.quadClass();
    s.status = e.status();
    s.faint = e.precision() > DatePrecision::Day;
    s.hasQuotes = e.hasQuotes();
    s.selected = s.id == scene.selected
        || std::binary_search(scene.selection.begin(), scene.selection.end(), s.id);
    s.hovered = s.id == scene.hovered;
    const double x0 = clampX(scale.toX(e.start), laneArea);
    const double x1 = clampX(scale.toX(e.end), laneArea);
    double left = x0, right = x1;
    if (x1 - x0 < o.markerSize) {
        s.kind = ShapeKind::Point;
        const double cx = (x0 + x1) / 2;
        left = cx - o.markerSize / 2;
        right = cx + o.markerSize / 2;
        s.whiskerLeft = s.whiskerRight = cx;
    } else {
        s.kind = ShapeKind::Range;
    }
    s.coreLeft = left;
    s.coreRight = right;
    s.openStart = e.start <= kTimeMin;
    s.openEnd = e.end >= kTimeMax;
    if (e.isFuzzy()) {
        const DateBounds b = index.bounds(ordinal);
        const double ls = clampX(scale.toX(b.latestStart), laneArea);
        const double ee = clampX(scale.toX(b.earliestEnd), laneArea);
        if (s.kind == ShapeKind::Range) {
            s.coreLeft = std::clamp(ls, left, right);
            s.coreRight = std::clamp(ee, s.coreLeft, right);
        } else {
            s.whiskerLeft = std::min(x0, s.whiskerLeft);
            s.whiskerRight = std::max(x1, s.whiskerRight);
        }
    }
    s.rect = QRectF(left, 0, right - left, 0);
    return s;
}

const EventShape *Layout::shapeOf(EventId id) const
{
    for (const EventShape &s : shapes) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace dateline
