#include "core/render/export/exportplan.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"
#include "core/index/timeindex.h"
#include "core/render/export/appendixpainter.h"
#include "core/render/export/pagedecorator.h"
#include "core/render/export/subsetindex.h"
#include "core/render/ticks.h"

#include <algorithm>
#include <cmath>

namespace dateline {

namespace {

constexpr double kTileOverlap = 0.06;   // of a tile's own span, on each side
constexpr double kWholePadding = 0.02;  // around the whole timeline
constexpr double kGap = 6;
constexpr int kMaxRowsPerLane = 8;

} // namespace

ExportPlan::ExportPlan(const Document *document, const Scene &scene, const ExportRequest &request)
    : m_document(document)
    , m_request(request)
    , m_scene(scene)
    , m_palette(Palette::forKind(request.palette))
    , m_canvas(request.canvasSize())
    , m_pixelSize(request.format == ExportFormat::Pdf ? QSize() : request.pixelSize)
{
    // an export shows no hover or selection highlight: it is for other people
    m_scene.hovered = EventId();
    m_scene.selected = EventId();
    if ((!request.events.empty() || !request.lanes.isEmpty()) && document && scene.index) {
        m_subset = std::make_unique<TimeIndex>(
            buildSubsetIndex(*document, scene.index->grouping(), request.events, request.lanes));
        m_scene.index = m_subset.get();
    }
    if (m_request.format != ExportFormat::Pdf)
        m_request.tiles = 1;
    chooseRange();
    placeRegions();
    prepareLanes();
    layoutTiles();
    growForLanes();
    if (m_to > m_paddedTo && m_paddedTo > m_from && !roomUsedPast(m_paddedTo)) {
        // No label uses the room (a dense timeline folds its last events into density bands):
        // it would only be blank paper after the last event, and a caption years past it.
        m_to = m_paddedTo;
        m_tiles.clear();
        layoutTiles();
    }
    collectNotes();
    if (m_request.format == ExportFormat::Pdf && (m_request.parts & ExportPart::Appendix))
        m_appendixPages = AppendixPainter::paginate(*this);
}

ExportPlan::~ExportPlan() = default;

void ExportPlan::chooseRange()
{
    const double headerW = m_scene.options.headerWidth;
    switch (m_request.scope) {
    case ExportScope::CurrentView: {
        const Viewport &v = m_request.view;
        m_from = v.scale.toTime(headerW);
        m_to = v.scale.toTime(v.size.width());
        break;
    }
    case ExportScope::Range:
        m_from = m_request.from;
        m_to = m_request.to;
        break;
    case ExportScope::WholeTimeline: {
        const TimeIndex *index = m_scene.index;
        TimePoint lo = index ? index->earliest() : 0;
        TimePoint hi = index ? index->latest() : 0;
        if (hi <= lo) {
            // open-ended events only ("before 26 Mar"): their finite bounds
            lo = kTimeMax;
            hi = kTimeMin;
            const std::uint32_t n = index ? index->eventCount() : 0;
            for (const std::uint32_t ordinal : {0u, n ? n - 1 : 0u}) {
                if (ordinal >= n)
                    continue;
                for (const TimePoint t : {index->entry(ordinal).start, index->entry(ordinal).end}) {
                    if (t > kTimeMin && t < kTimeMax) {
                        lo = std::min(lo, t);
                        hi = std::max(hi, t);
                    }
                }
            }
            if (lo > hi)
                lo = hi = 0;
            if (hi - lo < 2 * kSecondsPerDay) {
                lo -= 15 * kSecondsPerDay;
                hi += 15 * kSecondsPerDay;
            }
        }
        const auto pad = TimePoint(double(hi - lo) * kWholePadding) + 1;
        m_from = lo - pad;
        // The last event's label needs room after it (it went unlabelled at the right edge): the
        // right padding holds a label of up to a quarter of the lanes' width, in time at the
        // scale the picture will have.
        const double lanes = std::max(1.0, m_canvas.width() / std::max(1, m_request.tiles) - headerW);
        const double label = std::min(m_scene.options.maxLabelWidth, lanes / 4);
        const double room = label * double(hi - lo + pad) / (lanes - label);
        m_to = hi + std::max(pad, TimePoint(room));
        m_paddedTo = hi + pad;
        if (m_request.tiles == 1)
            m_scene.options.overviewHeight = 0; // the overview would repeat the picture
        break;
    }
    }
    if (m_to <= m_from)
        m_to = m_from + 1;
}

void ExportPlan::placeRegions()
{
    const double w = m_canvas.width(), h = m_canvas.height();
    const double headerH = PageDecorator::headerHeight(m_request);
    const double legendH = PageDecorator::legendHeight(m_request, m_scene, w);
    const double footerH = PageDecorator::footerHeight(m_request);
    m_header = QRectF(0, 0, w, headerH);
    m_footer = QRectF(0, h - footerH, w, footerH);
    m_legend = QRectF(0, m_footer.top() - legendH, w, legendH);
    const double top = headerH > 0 ? headerH + kGap : 0;
    const double bottom = m_legend.top() - (legendH + footerH > 0 ? kGap : 0);
    m_timeline = QRectF(0, top, w, std::max(60.0, bottom - top));
}

void ExportPlan::layoutTiles()
{
    const int n = std::max(1, m_request.tiles);
    const double headerW = m_scene.options.headerWidth;
    const double span = double(m_to - m_from) / n;
    const auto overlap = n > 1 ? TimePoint(span * kTileOverlap) : 0;
    Viewport viewport;
    viewport.size = m_timeline.size();
    // the screen's own scale when the widths agree: then every event lands on the same x
    const bool sameAsScreen = m_request.scope == ExportScope::CurrentView
        && std::abs(m_request.view.size.width() - viewport.size.width()) < 0.5;
    if (m_request.scope == ExportScope::CurrentView && m_request.visibleLanesOnly)
        viewport.scrollY = m_request.view.scrollY;
    for (int i = 0; i < n; ++i) {
        TimelineTile tile;
        tile.rect = m_timeline;
        tile.from = m_from + TimePoint(std::llround(span * i));
        tile.to = i + 1 == n ? m_to : m_from + TimePoint(std::llround(span * (i + 1)));
        viewport.scale = sameAsScreen ? m_request.view.scale
                                      : TimeScale::fitting(tile.from - overlap, tile.to + overlap, headerW,
                                                           viewport.size.width());
        tile.layout = Layout::compute(viewport, m_scene, &m_cache);
        m_tiles.push_back(std::move(tile));
    }

    const Layout &first = m_tiles.front().layout;
    int shown = 0;
    for (const LaneItem &lane : first.lanes)
        shown += lane.body.bottom() <= first.laneArea.bottom() + 0.5 ? 1 : 0;
    m_hiddenLanes = m_scene.index ? std::max(0, m_scene.index->laneCount() - shown) : 0;

    if (m_scene.index && m_request.scope == ExportScope::WholeTimeline) {
        m_eventsInRange = m_scene.index->eventCount();
    } else if (m_scene.index) {
        // the events the range shows: those overlapping it, not only those starting in it (six
        // hours of a day of day-long events said "0 events"), each once though in several lanes
        const TimeIndex &index = *m_scene.index;
        std::vector<bool> counted(index.eventCount());
        std::vector<std::uint32_t> ordinals;
        m_eventsInRange = 0;
        for (int lane = 0; lane < index.laneCount(); ++lane) {
            ordinals.clear();
            index.visibleEvents(lane, m_from, m_to, ordinals);
            for (const std::uint32_t o : ordinals) {
                if (!counted[o]) {
                    counted[o] = true;
                    ++m_eventsInRange;
                }
            }
        }
    }
}

// Paper does not scroll, nor does a picture: lanes are drawn whole, from the first. The current
// view keeps the screen's rows per lane (a PNG or SVG grows to hold them, see growForLanes), and
// with visibleLanesOnly its scroll position too; a page, or a range, fits its rows to its height.
void ExportPlan::prepareLanes()
{
    m_scene.options.wholeLanes = true;
    const bool screenRows = m_request.scope == ExportScope::CurrentView
        && (m_request.visibleLanesOnly || m_request.format != ExportFormat::Pdf);
    if (!screenRows)
        fitRows();
}

// A PNG or SVG whose lanes (and era names) do not fit grows taller to hold them all, within the size a request
// may ask for (ExportRequest::kMaxPixels, kMaxArea); lanes past that are counted in the caption.
void ExportPlan::growForLanes()
{
    if (m_request.format == ExportFormat::Pdf || m_request.visibleLanesOnly || m_hiddenLanes == 0 || m_tiles.empty())
        return;
    const Layout &layout = m_tiles.front().layout;
    // Era names run along the bottom edge: once growing, below the last lane, not across its labels.
    const double eraNames = layout.eras.empty() ? 0.0 : kEraNameStrip;
    const double missing = layout.contentHeight + eraNames - layout.laneArea.height();
    const double ratio = m_request.format == ExportFormat::Png ? m_request.devicePixelRatio : 1.0;
    const qint64 areaLimit = ExportRequest::kMaxArea / std::max(1, m_pixelSize.width());
    const int limit = int(std::min<qint64>(ExportRequest::kMaxPixels, areaLimit));
    const int height = std::min(limit, int(std::ceil((m_canvas.height() + missing) * ratio)));
    if (missing <= 0 || height <= m_pixelSize.height())
        return;
    m_pixelSize.setHeight(height);
    m_canvas.setHeight(height / ratio);
    placeRegions();
    m_tiles.clear();
    layoutTiles();
}

// Whether the room after time t is used: a label or callout of the last tile ends right of it,
// or a quote number needs it (the number goes right of its event, else left, and an event alone
// in the picture spans it all: without the room its quotes had no number and no appendix entry).
bool ExportPlan::roomUsedPast(TimePoint t) const
{
    if (m_tiles.empty())
        return false;
    const Layout &layout = m_tiles.back().layout;
    const double x = layout.viewport.scale.toX(t);
    constexpr double kQuoteNumberRoom = 32; // "[12]" and its gap
    const bool numbers = m_request.parts & ExportPart::QuoteNumbers;
    return std::any_of(layout.labels.begin(), layout.labels.end(), [x](const LabelItem &l) { return l.rect.right() > x; })
        || std::any_of(layout.callouts.begin(), layout.callouts.end(),
                       [x](const CalloutItem &c) { return c.rect.right() > x; })
        || (numbers && std::any_of(layout.shapes.begin(), layout.shapes.end(), [x](const EventShape &s) {
                return s.hasQuotes && !s.crowded && s.rect.right() + kQuoteNumberRoom > x;
            }));
}

// Paper does not scroll: as many rows per lane as the page height allows for all lanes (more
// rows than on screen when there is room, fewer down to one when there is not).
void ExportPlan::fitRows()
{
    if (!m_scene.index)
        return;
    LayoutOptions &o = m_scene.options;
    int expanded = 0;
    double collapsed = 0;
    for (int i = 0; i < m_scene.index->laneCount(); ++i) {
        if (m_scene.lanes.collapsed.contains(m_scene.index->lane(i).key))
            collapsed += o.collapsedHeight;
        else
            ++expanded;
    }
    if (expanded == 0)
        return;
    const double lanesHeight = m_timeline.height() - o.axisHeight - std::max(0.0, o.overviewHeight) - collapsed;
    const int fit = int((lanesHeight / expanded - 2 * o.lanePadding) / o.rowHeight);
    o.rowsPerLane = std::clamp(fit, 1, std::max(o.rowsPerLane, kMaxRowsPerLane));
}

void ExportPlan::collectNotes()
{
    if (!m_document || !(m_request.parts & (ExportPart::QuoteNumbers | ExportPart::Appendix | ExportPart::SourcesFooter)))
        return;
    struct Shown {
        int tile;
        double x;
        int lane;
        const EventShape *shape;
    };
    std::vector<Shown> shown;
    for (int t = 0; t < int(m_tiles.size()); ++t) {
        const Layout &layout = m_tiles[std::size_t(t)].layout;
        for (const EventShape &s : layout.shapes) {
            if (s.hasQuotes && !s.crowded && layout.laneArea.intersects(s.rect))
                shown.push_back({t, s.rect.left(), s.laneItem, &s});
        }
    }
    std::stable_sort(shown.begin(), shown.end(), [](const Shown &a, const Shown &b) {
        return std::tie(a.tile, a.x, a.lane) < std::tie(b.tile, b.x, b.lane);
    });
    std::vector<EventId> ids;
    ids.reserve(shown.size());
    for (const Shown &s : shown)
        ids.push_back(s.shape->id);

    QuoteNotes::Accept accept;
    QuoteNotes::Plausible plausible;
    if (m_request.parts & ExportPart::QuoteNumbers) {
        // a marker goes right of its event, else left; never over a label, a callout or another
        // marker. Trying the narrowest marker first spares reading quotes that could not show.
        const QFont font = PageDecorator::font(m_scene, 10, QFont::Bold);
        auto place = [this, &shown](std::size_t i, double w, const QString *text) {
            TimelineTile &tile = m_tiles[std::size_t(shown[i].tile)];
            const EventShape &s = *shown[i].shape;
            const QRectF right(s.rect.right() + 3, s.rect.top() - 8, w, 13);
            const QRectF left(s.rect.left() - 3 - w, s.rect.top() - 8, w, 13);
            for (QRectF box : {right, left}) {
                if (box.top() < tile.layout.laneArea.top())
                    box.moveTop(tile.layout.laneArea.top());
                if (!tile.layout.laneArea.contains(box))
                    continue;
                auto hits = [&box](const auto &items) {
                    return std::any_of(items.begin(), items.end(), [&box](const auto &item) { return item.rect.intersects(box); });
                };
                if (hits(tile.layout.labels) || hits(tile.markers) || hits(tile.layout.callouts))
                    continue;
                if (text)
                    tile.markers.push_back({box, *text});
                return true;
            }
            return false;
        };
        const double narrowest = m_cache.textWidth(font, QStringLiteral("[1]")) + 4;
        plausible = [place, narrowest](std::size_t i) { return place(i, narrowest, nullptr); };
        accept = [this, place, font](std::size_t i, const QString &text) {
            return place(i, m_cache.textWidth(font, text) + 4, &text);
        };
    }
    const auto detail = m_request.parts & (ExportPart::Appendix | ExportPart::SourcesFooter)
        ? QuoteNotes::Detail::Full : QuoteNotes::Detail::NumbersOnly;
    m_notes = QuoteNotes::collect(*m_document, ids, detail, accept, plausible);
}

QString ExportPlan::dayLabel(TimePoint t)
{
    const CivilDate day = calendar::civilFromDays(calendar::floorDiv(t, kSecondsPerDay));
    if (day.year < -9999 || day.year > 9999)
        return TickGenerator::yearLabel(day.year);
    return FuzzyDate::fromDay(day).toDisplayString();
}

QString ExportPlan::rangeLabel(TimePoint from, TimePoint to)
{
    if (to - from >= 3 * kSecondsPerDay)
        return dayLabel(from) + QStringLiteral(" – ") + dayLabel(to - 1); // the range ends before `to`
    // To the nearest minute; an end at midnight is 24:00 of the day before.
    const TimePoint begin = calendar::floorDiv(from + 30, 60) * 60;
    const TimePoint end = std::max(begin + 60, calendar::floorDiv(to + 30, 60) * 60);
    const std::int64_t firstDay = calendar::floorDiv(begin, kSecondsPerDay);
    const std::int64_t lastDay = calendar::floorDiv(end - 1, kSecondsPerDay);
    const auto clock = [](TimePoint intoDay) {
        const std::int64_t minutes = intoDay / 60;
        return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    const QString start = dayLabel(begin) + QStringLiteral(", ") + clock(begin - firstDay * kSecondsPerDay);
    const QString endClock = clock(end - lastDay * kSecondsPerDay);
    if (lastDay == firstDay)
        return start + QStringLiteral(" – ") + endClock;
    return start + QStringLiteral(" – ") + dayLabel(lastDay * kSecondsPerDay) + QStringLiteral(", ") + endClock;
}

QString ExportPlan::caption() const
{
    QStringList parts;
    parts << rangeLabel(m_from, m_to);
    parts << (m_eventsInRange == 1 ? QStringLiteral("1 event") : QStringLiteral("%L1 events").arg(m_eventsInRange));
    if (m_scene.index && m_scene.index->grouping() != LaneGrouping::None)
        parts << QStringLiteral("lanes by %1").arg(laneGroupingName(m_scene.index->grouping()));
    if (!m_request.events.empty())
        parts << QStringLiteral("selected events only");
    if (m_hiddenLanes == 1)
        parts << QStringLiteral("1 more lane not shown");
    else if (m_hiddenLanes > 1)
        parts << QStringLiteral("%L1 more lanes not shown").arg(m_hiddenLanes);
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace dateline
