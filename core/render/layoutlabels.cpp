// Layout: labels, quote callouts and relation arrows (the text-dependent part of a frame).
#include "core/render/layout.h"

#include "core/index/eventtextcache.h"
#include "core/index/timeindex.h"
#include "core/model/untrustedtext.h"
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
    static constexpr double kWidths[] = {24, 32, 40, 50, 60, 72, 86, 100, 120, 140, 165, 190, 220, 260, 300, 360, 440, 540, 660};
    double best = kWidths[0];
    for (const double w : kWidths) {
        if (w <= available)
            best = w;
    }
    return std::min(best, available);
}

// The ids the next items of a frame will ask text for, in order, from the current one on: a miss
// fetches a page of them in one store query instead of one query per label.
class Upcoming {
public:
    static constexpr std::size_t kPage = 64;
    Upcoming(const std::vector<EventId> &ids, std::size_t next)
        : m_ids(ids), m_next(std::min(next, ids.size()))
    {
    }
    std::vector<EventId> page() const
    {
        const auto first = m_ids.begin() + std::ptrdiff_t(m_next);
        return std::vector<EventId>(first, first + std::ptrdiff_t(std::min(kPage, m_ids.size() - m_next)));
    }

private:
    const std::vector<EventId> &m_ids;
    std::size_t m_next;
};

// The text one label or callout needs: from the caches, or fetched and shaped now when the
// frame's budget grants it. Each step asks anew (eliding a long quote can take a millisecond),
// and what a step made stays cached, so an item left half done is finished by the next frames.
class ItemText {
public:
    ItemText(const EventTextCache &texts, RenderCache &cache, TextBudget &budget, const Upcoming &upcoming)
        : m_texts(texts), m_cache(cache), m_budget(budget), m_upcoming(upcoming)
    {
    }
    std::optional<QString> title(EventId id)
    {
        std::optional<QString> t = m_texts.cachedTitle(id);
        if (!t && mayMake()) {
            m_texts.fetchTitles(m_upcoming.page());
            t = m_texts.cachedTitle(id);
            if (!t) // a full cache dropped it at once: ask for it alone
                t = m_texts.title(id);
        }
        if (t)
            *t = oneLine(*t);
        return t;
    }
    std::optional<QuotePreview> firstQuote(EventId id)
    {
        std::optional<QuotePreview> q = m_texts.cachedFirstQuote(id);
        if (!q && mayMake()) {
            m_texts.fetchFirstQuotes(m_upcoming.page());
            q = m_texts.cachedFirstQuote(id);
            if (!q)
                q = m_texts.firstQuote(id);
        }
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
    const Upcoming &m_upcoming;
};

// Where each shape's label may reach in its lane row: up to the next shape (a label after the
// shape), back to the previous one (a label before it). One pass from the right end of the rows,
// in x order: shapes are in placement order, where a lane's long bars come after its other events.
struct LabelBounds {
    std::vector<double> nextLeft, previousRight;

    LabelBounds(const std::vector<EventShape> &shapes, const QRectF &laneArea, int rows)
        : nextLeft(shapes.size(), laneArea.right()), previousRight(shapes.size(), laneArea.left())
    {
        std::vector<std::size_t> byLeft(shapes.size());
        std::iota(byLeft.begin(), byLeft.end(), std::size_t(0));
        std::stable_sort(byLeft.begin(), byLeft.end(),
                         [&shapes](std::size_t a, std::size_t b) { return shapes[a].rect.left() < shapes[b].rect.left(); });
        QHash<int, std::size_t> next; // per row: the shape after the current one
        for (auto it = byLeft.rbegin(); it != byLeft.rend(); ++it) {
            const std::size_t i = *it;
            const int key = shapes[i].laneItem * rows + shapes[i].row;
            const auto found = next.constFind(key);
            if (found != next.cend())
                nextLeft[i] = std::max(shapes[*found].rect.left(), laneArea.left());
            if (shapes[i].crowded)
                continue;
            if (found != next.cend())
                previousRight[*found] = std::min(shapes[i].rect.right(), laneArea.right());
            next.insert(key, i);
        }
    }
};

// Shapes in the order they get labels: selected or hovered first, then importance, then wider
// shapes; stable keeps time order among equals.
std::vector<std::size_t> labelPriority(const std::vector<EventShape> &shapes, const TimeIndex &index)
{
    std::vector<std::size_t> order(shapes.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&shapes, &index](std::size_t a, std::size_t b) {
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
    return order;
}

// Where a shape's label could go: on its bar (inside) or after it up to the next shape (outside).
struct LabelRoom {
    double visibleLeft = 0;
    double inside = 0;
    double outside = 0;
    bool onBar = false;

    LabelRoom(const EventShape &s, double nextLeft, const QRectF &laneArea)
    {
        // A bar's label keeps to its visible left, but an open side is no place to start: an open
        // start ("before 26 Mar 2008") is labelled after its known end, an open end at its known
        // start or not at all (it would sit in whatever era the view shows).
        visibleLeft = s.openEnd ? s.rect.left() : std::max(s.rect.left(), laneArea.left());
        const double visibleRight = std::min(s.rect.right(), laneArea.right());
        inside = s.openStart ? 0 : visibleRight - visibleLeft - 8;
        outside = std::min(nextLeft - kLabelGap, laneArea.right()) - (s.rect.right() + kLabelGap);
        onBar = s.kind == ShapeKind::Range && !s.openStart && inside + 8 >= kMinBarForInsideLabel;
    }
    double widest() const { return std::max(inside, outside); }
};

// The label's rectangle for a title textWidth wide in the room, at row top `top`, or nothing when
// too little of it would show. onBar may change: a short bar gets its title beside it instead.
std::optional<QRectF> labelRect(LabelRoom &room, const EventShape &s, double textWidth, double top,
                                const QRectF &laneArea, const LayoutOptions &o)
{
    if (room.onBar && room.inside < textWidth && room.outside > room.inside)
        room.onBar = false; // a short bar: the whole title beside it reads better than an elided one
    const double x = room.onBar ? room.visibleLeft + 4 : s.rect.right() + kLabelGap;
    const double available = room.onBar ? room.inside : room.outside;
    if (available < o.minLabelWidth || x < laneArea.left())
        return std::nullopt;
    // (a title on its own bar may use the bar: "US missile-defence sites planned in Pola…" stood cut on
    // a bar across the view; beside a shape the cap keeps titles from running over the neighbours')
    double width = std::min({textWidth, available, room.onBar ? std::max(o.maxLabelWidth, available) : o.maxLabelWidth});
    if (width < std::min(textWidth, o.minLabelWidth))
        return std::nullopt;
    if (width < textWidth && (width = elisionWidth(width)) < o.minLabelWidth * 0.75)
        return std::nullopt; // a few fixed widths (panning reuses shaped elisions); too few letters left
    return QRectF(x, top, width, o.rowHeight);
}

// The rectangle of a label before the shape (right-aligned to it, after the previous shape in
// the row and the labels placed there), for a shape with no room after it: the last one before the
// lane's right edge.
std::optional<QRectF> labelRectBefore(const EventShape &s, double previousRight, const std::vector<QRectF> &rowLabels,
                                      double textWidth, double top, const QRectF &laneArea, const LayoutOptions &o)
{
    const double right = s.rect.left() - kLabelGap;
    double left = std::max(previousRight + kLabelGap, laneArea.left());
    for (const QRectF &label : rowLabels) {
        if (label.right() <= right)
            left = std::max(left, label.right() + 2 * kLabelGap);
    }
    const double available = right - left;
    if (right > laneArea.right() || available < o.minLabelWidth)
        return std::nullopt;
    double width = std::min({textWidth, available, o.maxLabelWidth});
    if (width < textWidth && (width = elisionWidth(width)) < o.minLabelWidth * 0.75)
        return std::nullopt; // a short title shows whole; an elided one needs room for a few letters
    return QRectF(right - width, top, width, o.rowHeight);
}

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
    const LabelBounds bounds(shapes, laneArea, rows);
    const std::vector<double> &nextLeft = bounds.nextLeft, &previousRight = bounds.previousRight;
    // The shapes with room for a label, in priority order; their titles are fetched by the page.
    std::vector<std::size_t> candidates;
    std::vector<EventId> wanted;
    for (const std::size_t i : labelPriority(shapes, *scene.index)) {
        // the last shape of its row, cut off by the lane's right edge, may be labelled before it
        const bool roomBefore = nextLeft[i] >= laneArea.right()
                                && shapes[i].rect.left() - previousRight[i] >= o.minLabelWidth + 2 * kLabelGap;
        if (shapes[i].crowded || (LabelRoom(shapes[i], nextLeft[i], laneArea).widest() < o.minLabelWidth && !roomBefore))
            continue;
        candidates.push_back(i);
        wanted.push_back(shapes[i].id);
    }

    QHash<int, std::vector<QRectF>> placed; // per lane row
    // An event with several actors is labelled in each of their lanes (a lane read on its own
    // should say what its bars are), but once per lane.
    QSet<QPair<int, std::int64_t>> labelled;
    const QFont &font = o.labelFont;
    // The last shapes of their rows with no room after them, labelled before them in a second pass.
    std::vector<std::size_t> before;
    // Places a label, or returns false when its text waits for the budget (textPending).
    const auto place = [&](std::size_t k, bool secondPass) {
        const std::size_t i = candidates[k];
        const EventShape &s = shapes[i];
        if (labelled.contains({s.laneItem, s.id.value}))
            return true;
        const Upcoming upcoming(wanted, k);
        ItemText source(*scene.texts, cache, budget, upcoming);
        const std::optional<QString> title = source.title(s.id);
        const std::optional<double> textWidth =
            title && !title->isEmpty() ? source.width(font, *title) : std::optional<double>(0);
        if (!title || !textWidth)
            return false;
        if (title->isEmpty())
            return true;
        LabelRoom room(s, nextLeft[i], laneArea);
        const double top = lanes[std::size_t(s.laneItem)].body.top() + o.lanePadding + s.row * o.rowHeight;
        std::vector<QRectF> &rowRects = placed[s.laneItem * rows + s.row];
        const std::optional<QRectF> rect = secondPass
                                               ? labelRectBefore(s, previousRight[i], rowRects, *textWidth, top, laneArea, o)
                                               : labelRect(room, s, *textWidth, top, laneArea, o);
        if (!rect && !secondPass && nextLeft[i] >= laneArea.right())
            before.push_back(k);
        if (!rect || overlapsAny(rowRects, *rect))
            return true;
        const std::optional<QString> text =
            rect->width() >= *textWidth ? title : source.elided(font, *title, rect->width());
        if (!text || !source.shaped(font, *text))
            return false;
        rowRects.push_back(*rect);
        labelled.insert({s.laneItem, s.id.value});
        LabelItem label;
        label.id = s.id;
        label.rect = *rect;
        label.text = std::move(*text);
        label.emphasized = s.selected || s.hovered;
        label.onBar = room.onBar && !secondPass;
        label.shape = int(i);
        labels.push_back(std::move(label));
        return true;
    };
    // Text the budget leaves unfetched or unshaped waits for the next frame. It never has to
    // displace a label placed meanwhile: a label keeps between its shape and the next one in its
    // row, so two labels cannot claim the same room.
    for (std::size_t k = 0; k < candidates.size() && int(labels.size()) < o.maxLabels; ++k) {
        if (!place(k, false))
            textPending = true;
    }
    // A label before its shape takes room a label after the previous shape could want: it comes
    // only once every label after a shape is placed, so it never displaces one.
    if (textPending)
        return;
    for (std::size_t j = 0; j < before.size() && int(labels.size()) < o.maxLabels; ++j) {
        if (!place(before[j], true))
            textPending = true;
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

    // Labels are already in priority order; the quotes of those with any are fetched by the page.
    std::vector<const EventShape *> quotedShapes;
    std::vector<EventId> wanted;
    for (const LabelItem &label : labels) {
        const EventShape &s = shapes[std::size_t(label.shape)];
        if (s.hasQuotes) {
            quotedShapes.push_back(&s);
            wanted.push_back(s.id);
        }
    }
    const double height = 2 * o.rowHeight - 4;
    QSet<std::int64_t> quoted; // one callout per event, by its most prominent label
    for (std::size_t k = 0; k < quotedShapes.size() && int(callouts.size()) < kMaxCallouts; ++k) {
        const EventShape &s = *quotedShapes[k];
        if (quoted.contains(s.id.value))
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
        const double barAnchor = s.openStart ? s.rect.right() - 6 : std::max(s.rect.left(), laneArea.left()) + 6;
        const QPointF anchor(s.kind == ShapeKind::Point ? s.rect.center().x() : barAnchor, s.rect.center().y());
        // Beside its event, or shifted left to keep its width near the lane's right edge.
        const double left = std::clamp(anchor.x() - 12, laneArea.left() + 2,
                                       std::max(laneArea.left() + 2, laneArea.right() - 2 - o.calloutWidth));
        const double width = std::min(o.calloutWidth, laneArea.right() - 2 - left);
        const QRectF rect(left, top, width, height);
        if (width < 60 || overlapsAny(obstacles, rect))
            continue;
        const Upcoming upcoming(wanted, k);
        ItemText source(*scene.texts, cache, budget, upcoming);
        const std::optional<QuotePreview> quote = source.firstQuote(s.id);
        if (quote && quote->isEmpty())
            continue;
        std::optional<QString> text, speaker = QString();
        const QFont quoteFont = quote ? o.quoteFontFor(quote->text) : o.quoteFont();
        if (quote) {
            // Isolated: a right-to-left quote or name keeps the marks and the dash where they belong.
            text = source.elided(quoteFont, u'\u201C' + isolated(oneLine(quote->text).simplified()) + u'\u201D',
                                 width - 12);
            if (!quote->speaker.isEmpty())
                speaker = source.elided(o.labelFont, QStringLiteral("\u2014 ") + isolated(oneLine(quote->speaker)),
                                        width - 12);
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
        callout.italic = quoteFont.italic();
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
                                                                 : QPointF(s.openStart ? s.rect.right() : s.rect.left(),
                                                                           s.rect.center().y()));
    }
    for (const RelationLink &r : scene.relations) {
        const auto from = where.constFind(r.to.value);  // the earlier event
        const auto to = where.constFind(r.from.value);  // its follow-up / response / part
        if (from != where.cend() && to != where.cend())
            arrows.push_back({*from, *to, r.kind});
    }
}

} // namespace dateline
