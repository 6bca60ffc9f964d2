// Layout: labels, quote callouts and relation arrows (the text-dependent part of a frame).
#include "core/render/layout.h"

#include "core/index/eventtextcache.h"
#include "core/index/timeindex.h"
#include "core/render/rendercache.h"
#include "core/render/textbudget.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace dateline {

namespace {

constexpr double kLabelGap = 3;
constexpr double kMinBarForInsideLabel = 60;
constexpr int kMaxCallouts = 40;

// The widest of a fixed ladder of widths that fits in `available`.
double elisionWidth(double available)
{
    static constexpr double kWidths[] = {24, 32, 40, 50, 60, 72, 86, 100, 120, 140, 165, 190, 220, 260, 300, 360};
    double best = kWidths[0];
    for (const double w : kWidths) {
        if (w <= available)
            best = w;
    }
    return std::min(best, available);
}

// The text one label or callout needs: from the caches, or fetched and shaped now when the
// frame's budget grants it. Each step asks anew (eliding a long quote can take a millisecond),
// and what a step made stays cached, so an item left half done is finished by the next frames.
class ItemText {
public:
    ItemText(const EventTextCache &texts, RenderCache &cache, TextBudget &budget)
        : m_texts(texts), m_cache(cache), m_budget(budget)
    {
    }
    std::optional<QString> title(EventId id)
    {
        std::optional<QString> t = m_texts.cachedTitle(id);
        if (!t && mayMake())
            t = m_texts.title(id);
        return t;
    }
    std::optional<QuotePreview> firstQuote(EventId id)
    {
        std::optional<QuotePreview> q = m_texts.cachedFirstQuote(id);
        if (!q && mayMake())
            q = m_texts.firstQuote(id);
        return q;
    }
    std::optional<double> width(const QFont &font, const QString &text)
    {
        std::optional<double> w = m_cache.cachedWidth(font, text);
        if (!w && mayMake())
            w = m_cache.textWidth(font, text);
        return w;
    }
    std::optional<QString> elided(const QFont &font, const QString &text, double width)
    {
        std::optional<QString> e = m_cache.cachedElision(font, text, width);
        if (!e && mayMake())
            e = m_cache.elided(font, text, width);
        return e;
    }
    // The painter's glyph run, made here (inside the budget) rather than while painting.
    bool shaped(const QFont &font, const QString &text)
    {
        if (text.isEmpty() || m_cache.hasStaticText(font, text))
            return true;
        if (!mayMake())
            return false;
        m_cache.staticText(font, text);
        return true;
    }

private:
    bool mayMake() { return m_budget.grant(); }
    const EventTextCache &m_texts;
    RenderCache &m_cache;
    TextBudget &m_budget;
};

bool overlapsAny(const std::vector<QRectF> &rects, const QRectF &r)
{
    return std::any_of(rects.begin(), rects.end(), [&r](const QRectF &o) { return o.intersects(r); });
}

} // namespace

void Layout::placeLabels(const Scene &scene, RenderCache &cache, TextBudget &budget)
{
    if (!scene.texts || shapes.empty() || options.maxLabels <= 0)
        return;
    const LayoutOptions &o = options;
    const int rows = std::max(1, o.rowsPerLane);

    // right bound for a label: the next shape in the same lane row
    std::vector<double> nextLeft(shapes.size(), laneArea.right());
    {
        QHash<int, double> seen;
        for (std::size_t i = shapes.size(); i-- > 0;) {
            const int key = shapes[i].laneItem * rows + shapes[i].row;
            nextLeft[i] = seen.value(key, laneArea.right());
            if (!shapes[i].crowded)
                seen.insert(key, std::max(shapes[i].rect.left(), laneArea.left()));
        }
    }

    std::vector<std::size_t> order(shapes.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    // selected first, then importance, then wider shapes; stable keeps time order among equals
    const TimeIndex &index = *scene.index;
    std::stable_sort(order.begin(), order.end(), [this, &index](std::size_t a, std::size_t b) {
        const EventShape &x = shapes[a];
        const EventShape &y = shapes[b];
        const bool xe = x.selected || x.hovered, ye = y.selected || y.hovered;
        if (xe != ye)
            return xe;
        const int xi = index.entry(x.ordinal).importance(), yi = index.entry(y.ordinal).importance();
        if (xi != yi)
            return xi > yi;
        return x.rect.width() > y.rect.width();
    });

    QHash<int, std::vector<QRectF>> placed; // per lane row
    // An event with several actors is labelled in each of their lanes (a lane read on its own
    // should say what its bars are), but once per lane.
    QSet<QPair<int, std::int64_t>> labelled;
    const QFont &font = o.labelFont;
    for (const std::size_t i : order) {
        if (int(labels.size()) >= o.maxLabels)
            break;
        const EventShape &s = shapes[i];
        if (s.crowded || labelled.contains({s.laneItem, s.id.value}))
            continue;
        const double visibleLeft = std::max(s.rect.left(), laneArea.left());
        const double visibleRight = std::min(s.rect.right(), laneArea.right());
        const double inside = visibleRight - visibleLeft - 8;
        const double outside = std::min(nextLeft[i] - kLabelGap, laneArea.right()) - (s.rect.right() + kLabelGap);
        bool onBar = s.kind == ShapeKind::Range && inside + 8 >= kMinBarForInsideLabel;
        if (std::max(inside, outside) < o.minLabelWidth)
            continue;
        const double top = lanes[std::size_t(s.laneItem)].body.top() + o.lanePadding + s.row * o.rowHeight;
        std::vector<QRectF> &rowRects = placed[s.laneItem * rows + s.row];
        // Text the budget leaves unfetched or unshaped waits for the next frame. It never has to
        // displace a label placed meanwhile: a label keeps between its shape and the next one in
        // its row, so two labels cannot claim the same room.
        ItemText source(*scene.texts, cache, budget);
        const std::optional<QString> title = source.title(s.id);
        if (!title) {
            textPending = true;
            continue;
        }
        if (title->isEmpty())
            continue;
        const std::optional<double> textWidth = source.width(font, *title);
        if (!textWidth) {
            textPending = true;
            continue;
        }
        if (onBar && inside < *textWidth && outside > inside)
            onBar = false; // a short bar: the whole title beside it reads better than an elided one
        const double x = onBar ? visibleLeft + 4 : s.rect.right() + kLabelGap;
        const double available = onBar ? inside : outside;
        if (available < o.minLabelWidth || x < laneArea.left())
            continue;
        double width = std::min({*textWidth, available, o.maxLabelWidth});
        if (width < std::min(*textWidth, o.minLabelWidth))
            continue;
        if (width < *textWidth)
            width = elisionWidth(width); // a few fixed widths: panning reuses shaped elisions
        if (width < o.minLabelWidth * 0.75)
            continue;
        const QRectF rect(x, top, width, o.rowHeight);
        if (overlapsAny(rowRects, rect))
            continue;
        const std::optional<QString> text = width >= *textWidth ? title : source.elided(font, *title, width);
        if (!text || !source.shaped(font, *text)) {
            textPending = true;
            continue;
        }
        rowRects.push_back(rect);
        labelled.insert({s.laneItem, s.id.value});
        LabelItem label;
        label.id = s.id;
        label.rect = rect;
        label.text = std::move(*text);
        label.emphasized = s.selected || s.hovered;
        label.onBar = onBar;
        label.shape = int(i);
        labels.push_back(std::move(label));
    }
}

void Layout::placeCallouts(const Scene &scene, RenderCache &cache, TextBudget &budget)
{
    const LayoutOptions &o = options;
    if (!scene.texts || viewport.scale.secondsPerPixel() > o.calloutMaxSecondsPerPixel || o.rowsPerLane < 3)
        return;
    if (textPending)
        return; // callouts go where labels are not: wait until every label is there
    std::vector<QRectF> obstacles;
    obstacles.reserve(labels.size() + shapes.size());
    for (const LabelItem &l : labels)
        obstacles.push_back(l.rect);
    for (const EventShape &s : shapes)
        obstacles.push_back(s.rect.adjusted(-1, -1, 1, 1));

    const QFont quoteFont = o.quoteFont();
    const double height = 2 * o.rowHeight - 4;
    QSet<std::int64_t> quoted; // one callout per event, by its most prominent label
    for (const LabelItem &label : labels) { // labels are already in priority order
        if (int(callouts.size()) >= kMaxCallouts)
            break;
        const EventShape &s = shapes[std::size_t(label.shape)];
        if (!s.hasQuotes || quoted.contains(s.id.value))
            continue;
        const LaneItem &lane = lanes[std::size_t(s.laneItem)];
        const double rowsTop = lane.body.top() + o.lanePadding;
        double top;
        if (s.row + 2 < o.rowsPerLane)
            top = rowsTop + (s.row + 1) * o.rowHeight + 2;
        else if (s.row >= 2)
            top = rowsTop + (s.row - 2) * o.rowHeight + 2;
        else
            continue;
        const QPointF anchor(s.kind == ShapeKind::Point ? s.rect.center().x() : std::max(s.rect.left(), laneArea.left()) + 6,
                             s.rect.center().y());
        const double left = std::clamp(anchor.x() - 12, laneArea.left() + 2, laneArea.right() - 60);
        const double width = std::min(o.calloutWidth, laneArea.right() - 2 - left);
        const QRectF rect(left, top, width, height);
        if (width < 60 || overlapsAny(obstacles, rect))
            continue;
        ItemText source(*scene.texts, cache, budget);
        const std::optional<QuotePreview> quote = source.firstQuote(s.id);
        if (quote && quote->isEmpty())
            continue;
        std::optional<QString> text, speaker = QString();
        if (quote) {
            text = source.elided(quoteFont, QStringLiteral("\u201C%1\u201D").arg(quote->text.simplified()), width - 12);
            if (!quote->speaker.isEmpty())
                speaker = source.elided(o.labelFont, QStringLiteral("\u2014 ") + quote->speaker, width - 12);
        }
        if (!text || !speaker || !source.shaped(quoteFont, *text) || !source.shaped(o.labelFont, *speaker)) {
            textPending = true;
            obstacles.push_back(rect); // its room stays free until the text is shaped
            continue;
        }
        CalloutItem callout;
        callout.id = s.id;
        callout.rect = rect;
        callout.anchor = anchor;
        callout.quote = std::move(*text);
        callout.speaker = std::move(*speaker);
        obstacles.push_back(rect);
        quoted.insert(s.id.value);
        callouts.push_back(std::move(callout));
    }
}

void Layout::placeRelations(const Scene &scene)
{
    if (scene.relations.empty() || shapes.empty())
        return;
    QHash<std::int64_t, QPointF> where;
    for (const EventShape &s : shapes) {
        if (!where.contains(s.id.value))
            where.insert(s.id.value, s.kind == ShapeKind::Point ? s.rect.center()
                                                                 : QPointF(s.rect.left(), s.rect.center().y()));
    }
    for (const RelationLink &r : scene.relations) {
        const auto from = where.constFind(r.to.value);  // the earlier event
        const auto to = where.constFind(r.from.value);  // its follow-up / response / part
        if (from != where.cend() && to != where.cend())
            arrows.push_back({*from, *to, r.kind});
    }
}

HitResult Layout::hitTest(QPointF p) const
{
    HitResult hit;
    if (options.overviewHeight > 0 && overview.rect.contains(p)) {
        hit.kind = overview.window.adjusted(-2, 0, 2, 0).contains(p) ? HitKind::OverviewWindow : HitKind::Overview;
        hit.time = overview.scale.toTime(p.x());
        return hit;
    }
    if (axisRect.contains(p)) {
        hit.kind = HitKind::Axis;
        hit.time = viewport.scale.toTime(p.x());
        return hit;
    }
    for (const LaneItem &lane : lanes) {
        if (lane.header.contains(p) && headerColumn.contains(p)) {
            hit.kind = lane.toggle.contains(p) ? HitKind::LaneToggle : HitKind::LaneHeader;
            hit.laneKey = lane.key;
            return hit;
        }
    }
    if (!laneArea.contains(p))
        return hit;
    hit.time = viewport.scale.toTime(p.x());
    for (const CalloutItem &c : callouts) {
        if (c.rect.contains(p)) {
            hit.kind = HitKind::Event;
            hit.event = c.id;
            return hit;
        }
    }
    for (const LabelItem &l : labels) {
        if (l.rect.contains(p)) {
            hit.kind = HitKind::Event;
            hit.event = l.id;
            return hit;
        }
    }
    // nearest marker within a few pixels; points win over the bars they sit on
    double best = 1e300;
    for (const EventShape &s : shapes) {
        const QRectF r = s.rect.adjusted(-3, -3, 3, 3);
        if (!r.contains(p))
            continue;
        const double d = s.kind == ShapeKind::Point ? std::abs(s.rect.center().x() - p.x()) : 1e6 + s.rect.width();
        if (d < best) {
            best = d;
            hit.event = s.id;
        }
    }
    for (const LaneItem &lane : lanes) {
        if (lane.body.contains(p)) {
            hit.laneKey = lane.key;
            break;
        }
    }
    hit.kind = hit.event.isValid() ? HitKind::Event : (hit.laneKey.isEmpty() ? HitKind::None : HitKind::Lane);
    return hit;
}

} // namespace dateline
