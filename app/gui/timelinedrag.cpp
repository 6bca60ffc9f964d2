#include "app/gui/timelinedrag.h"

#include "core/edit/commandlabels.h"
#include "core/render/layout.h"
#include "core/render/paintprimitives.h"
#include "core/render/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dateline {

namespace {

using paint::withAlpha;

constexpr double kOffscreen = 12;

QString tr(const char *text)
{
    return QCoreApplication::translate("TimelineDrag", text);
}

// The instant a drag measures from: an open start has no position, so its latest start serves.
TimePoint anchorOf(const DateBounds &b, TimelineDrag::Kind kind)
{
    if (kind == TimelineDrag::Kind::ResizeEnd)
        return b.latestEnd < kTimeMax ? b.latestEnd : b.earliestEnd;
    return sortTime(b);
}

// What is under an event: its lane's background and the era bands over it, as the painter draws them.
QColor backgroundAt(const Layout &layout, const Palette &palette, int laneItem, const QRectF &rect)
{
    const bool alternate = laneItem >= 0 && std::size_t(laneItem) < layout.lanes.size()
        && layout.lanes[std::size_t(laneItem)].alternate;
    QColor color = alternate ? paint::over(palette.laneBackground, 200, palette.background) : palette.background;
    for (const EraItem &era : layout.eras) {
        if (era.rect.intersects(rect))
            color = paint::over(era.color.isValid() ? withAlpha(era.color, 50) : palette.eraBand, 255, color);
    }
    return color;
}

QColor warningColor(const Palette &palette)
{
    return palette.kind == Palette::Kind::Dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

TimelineDrag::TimelineDrag(Kind kind, QPointF press)
    : m_kind(kind)
    , m_press(press)
    , m_pos(press)
{
}

TimelineDrag TimelineDrag::move(std::vector<Event> events, QPointF press)
{
    TimelineDrag drag(Kind::Move, press);
    drag.m_original = std::move(events);
    return drag;
}

TimelineDrag TimelineDrag::resize(const Event &event, DateEnd end, QPointF press)
{
    TimelineDrag drag(end == DateEnd::Start ? Kind::ResizeStart : Kind::ResizeEnd, press);
    drag.m_original = {event};
    return drag;
}

TimelineDrag TimelineDrag::relate(EventId from, QPointF press)
{
    TimelineDrag drag(Kind::Relate, press);
    drag.m_source = from;
    return drag;
}

TimelineDrag TimelineDrag::rubberBand(QPointF press, std::vector<EventId> kept)
{
    TimelineDrag drag(Kind::RubberBand, press);
    std::sort(kept.begin(), kept.end());
    drag.m_kept = std::move(kept);
    drag.m_touched = drag.m_kept;
    return drag;
}

DateUnit TimelineDrag::dateUnit(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Second:
        return DateUnit::Second;
    case TickUnit::Minute:
        return DateUnit::Minute;
    case TickUnit::Hour:
        return DateUnit::Hour;
    case TickUnit::Day:
        return DateUnit::Day;
    case TickUnit::Month:
        return DateUnit::Month;
    case TickUnit::Year:
        break;
    }
    return DateUnit::Year;
}

TickStep TimelineDrag::snapStep(TickStep minor, double secondsPerPixel)
{
    double unitSeconds = 1;
    switch (minor.unit) {
    case TickUnit::Second:
        break;
    case TickUnit::Minute:
        unitSeconds = kSecondsPerMinute;
        break;
    case TickUnit::Hour:
        unitSeconds = kSecondsPerHour;
        break;
    case TickUnit::Day:
        unitSeconds = kSecondsPerDay;
        break;
    case TickUnit::Month:
        unitSeconds = 30.436875 * kSecondsPerDay;
        break;
    case TickUnit::Year:
        unitSeconds = 365.2425 * kSecondsPerDay;
        break;
    }
    const double unitPixels = unitSeconds / secondsPerPixel;
    // 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, ...: the divisors tick steps are made of
    for (std::int64_t scale = 1; scale < minor.count; scale *= 10) {
        for (const auto &[num, den] : {std::pair{1, 1}, {2, 1}, {5, 2}, {5, 1}}) {
            const std::int64_t d = scale * num / den;
            if ((scale * num) % den == 0 && d < minor.count && minor.count % d == 0
                && double(d) * unitPixels >= kMinSnapPixels)
                return {minor.unit, d};
        }
    }
    return minor;
}

std::optional<DateEnd> TimelineDrag::edgeAt(const Layout &layout, QPointF point, EventId id)
{
    for (const EventShape &s : layout.shapes) {
        // only bars wide enough to keep a middle to grab for moving
        if (s.id != id || s.kind != ShapeKind::Range || s.rect.width() < 4 * kEdgeZone)
            continue;
        if (point.y() < s.rect.top() - 3 || point.y() > s.rect.bottom() + 3)
            continue;
        if (std::abs(point.x() - s.rect.left()) <= kEdgeZone)
            return DateEnd::Start;
        if (std::abs(point.x() - s.rect.right()) <= kEdgeZone)
            return DateEnd::End;
    }
    return std::nullopt;
}

void TimelineDrag::update(QPointF pos, const Layout &layout, TickStep step)
{
    m_pos = pos;
    switch (m_kind) {
    case Kind::Move:
    case Kind::ResizeStart:
    case Kind::ResizeEnd:
        updateDates(layout, snapStep(step, layout.viewport.scale.secondsPerPixel()));
        break;
    case Kind::Relate: {
        const HitResult hit = layout.hitTest(pos);
        m_target = hit.kind == HitKind::Event && hit.event != m_source ? hit.event : EventId();
        break;
    }
    case Kind::RubberBand: {
        const QRectF rect = band();
        m_touched = m_kept;
        for (const EventShape &s : layout.shapes) {
            if (rect.intersects(s.rect.adjusted(-1, -1, 1, 1)))
                m_touched.push_back(s.id);
        }
        std::sort(m_touched.begin(), m_touched.end());
        m_touched.erase(std::unique(m_touched.begin(), m_touched.end()), m_touched.end());
        break;
    }
    }
}

void TimelineDrag::updateDates(const Layout &layout, TickStep step)
{
    if (m_original.empty())
        return;
    const TimePoint seconds = TimePoint(std::llround((m_pos.x() - m_press.x()) * layout.viewport.scale.secondsPerPixel()));
    const TimePoint anchor = anchorOf(m_original.front().date.bounds(), m_kind);
    const DateShift shift = DateShift::nearest(anchor, seconds, dateUnit(step.unit), step.count);
    if (shift == m_shift && m_computed)
        return; // most mouse moves stay within one snap step: a large selection is not redone
    m_shift = shift;
    m_computed = true;
    m_changed.clear();
    m_error.clear();
    if (m_shift.isZero())
        return;
    std::vector<Event> changed;
    changed.reserve(m_original.size());
    for (const Event &event : m_original) {
        QString error;
        Event e = event;
        e.date = m_kind == Kind::Move ? shifted(event.date, m_shift, &error)
                                      : resized(event.date, m_kind == Kind::ResizeStart ? DateEnd::Start : DateEnd::End,
                                                m_shift, &error);
        if (!e.date.isValid()) {
            m_error = m_original.size() == 1 ? error : labels::quoted(event.title) + QStringLiteral(": ") + error;
            return;
        }
        if (!(e.date == event.date))
            changed.push_back(std::move(e));
    }
    m_changed = std::move(changed);
}

QString TimelineDrag::label() const
{
    if (m_original.empty())
        return {};
    const QString title = labels::quoted(m_original.front().title);
    switch (m_kind) {
    case Kind::ResizeStart:
        return tr("Change start of %1").arg(title);
    case Kind::ResizeEnd:
        return tr("Change end of %1").arg(title);
    default:
        break;
    }
    return m_changed.size() == 1 ? tr("Move %1").arg(labels::quoted(m_changed.front().title))
                                 : tr("Move %1").arg(labels::count(qsizetype(m_changed.size()), "event", "events"));
}

void TimelineDrag::paint(QPainter &painter, const Layout &layout, const Palette &palette) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(layout.laneArea);
    switch (m_kind) {
    case Kind::Move:
    case Kind::ResizeStart:
    case Kind::ResizeEnd: {
        paintGhosts(painter, layout, palette);
        painter.setClipping(false);
        const Event &grabbed = m_changed.empty() ? m_original.front() : m_changed.front();
        QString detail;
        if (m_error.isEmpty() && !m_shift.isZero())
            detail = m_original.size() > 1 ? tr("%1, %2").arg(labels::count(qsizetype(m_changed.size()), "event", "events"),
                                                              dateShiftText(m_shift))
                                           : dateShiftText(m_shift);
        paintTip(painter, layout, palette, m_error.isEmpty() ? grabbed.date.toDisplayString() : m_error, detail,
                 !m_error.isEmpty());
        break;
    }
    case Kind::Relate:
        paintRelation(painter, layout, palette);
        break;
    case Kind::RubberBand: {
        const QRectF rect = band();
        painter.setPen(QPen(palette.selection, 1));
        painter.setBrush(withAlpha(palette.selection, 40));
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        // what the release would select
        painter.setPen(QPen(palette.selection, 2));
        painter.setBrush(Qt::NoBrush);
        for (const EventShape &s : layout.shapes) {
            if (std::binary_search(m_touched.begin(), m_touched.end(), s.id))
                painter.drawRect(s.rect.adjusted(-2, -2, 2, 2));
        }
        break;
    }
    }
    painter.restore();
}

void TimelineDrag::paintGhosts(QPainter &p, const Layout &layout, const Palette &palette) const
{
    if (m_changed.empty())
        return;
    QHash<EventId, std::size_t> changedAt;
    for (std::size_t i = 0; i < m_changed.size(); ++i)
        changedAt.insert(m_changed[i].id, i);
    const TimeScale &scale = layout.viewport.scale;
    const QRectF area = layout.laneArea;
    const auto xOf = [&](TimePoint t) {
        return std::clamp(scale.toX(t), area.left() - kOffscreen, area.right() + kOffscreen);
    };
    const double marker = layout.options.markerSize;
    const double barHeight = layout.options.rowHeight - 10;
    // the labels of the moving events fade with them, so the ghosts do not sit on sharp text
    for (const LabelItem &l : layout.labels) {
        if (changedAt.contains(l.id) && l.shape >= 0)
            p.fillRect(l.rect, withAlpha(backgroundAt(layout, palette, layout.shapes[std::size_t(l.shape)].laneItem, l.rect), 170));
    }
    std::optional<double> guide;
    for (const EventShape &s : layout.shapes) {
        const auto it = changedAt.constFind(s.id);
        if (it == changedAt.cend())
            continue;
        // the event where it was, faded: the ghost shows where it goes
        p.fillRect(s.rect.adjusted(-1, -1, 1, 1), withAlpha(backgroundAt(layout, palette, s.laneItem, s.rect), 150));
        const DateBounds b = m_changed[*it].date.bounds();
        const double x0 = xOf(b.earliestStart), x1 = xOf(b.latestEnd);
        const double cy = s.rect.center().y();
        const QColor color = palette.eventColor(s.quad);
        p.setPen(QPen(palette.selection, 1.5, Qt::DashLine));
        if (x1 - x0 < marker) {
            const double cx = (x0 + x1) / 2, m = marker / 2 + 1;
            const QPointF diamond[4] = {{cx, cy - m}, {cx + m, cy}, {cx, cy + m}, {cx - m, cy}};
            p.setBrush(withAlpha(color, 170));
            p.drawConvexPolygon(diamond, 4);
        } else {
            const QRectF outer(x0, cy - barHeight / 2, x1 - x0, barHeight);
            const double c0 = std::clamp(xOf(b.latestStart), x0, x1);
            const double c1 = std::clamp(xOf(b.earliestEnd), c0, x1);
            p.fillRect(outer.adjusted(0, 3, 0, -3), withAlpha(color, 60));
            p.fillRect(QRectF(c0, outer.top(), c1 - c0, outer.height()), withAlpha(color, 170));
            p.setBrush(Qt::NoBrush);
            p.drawRect(outer.adjusted(-1, -1, 1, 1));
        }
        if (s.id == m_changed.front().id && !guide)
            guide = m_kind == Kind::ResizeEnd ? x1 : x0;
    }
    if (guide) { // where the grabbed edge snapped to, across the lanes
        p.setPen(QPen(withAlpha(palette.selection, 160), 1, Qt::DotLine));
        p.drawLine(QPointF(*guide, area.top()), QPointF(*guide, area.bottom()));
    }
}

void TimelineDrag::paintRelation(QPainter &p, const Layout &layout, const Palette &palette) const
{
    const EventShape *from = layout.shapeOf(m_source);
    const EventShape *to = m_target.isValid() ? layout.shapeOf(m_target) : nullptr;
    const QPointF a = from ? from->rect.center() : m_press;
    const QPointF b = to ? to->rect.center() : m_pos;
    if (to) {
        p.setPen(QPen(palette.selection, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(to->rect.adjusted(-3, -3, 3, 3));
    }
    QPainterPath path(a);
    const double dx = b.x() - a.x();
    const QPointF c1(a.x() + dx / 3, a.y() - 24), c2(b.x() - dx / 3, b.y() - 24);
    path.cubicTo(c1, c2, b);
    p.setPen(QPen(palette.selection, 1.6, Qt::DashLine));
    p.drawPath(path);
    const double angle = std::atan2(b.y() - c2.y(), b.x() - c2.x());
    const QPointF head[3] = {b, b - QPointF(9 * std::cos(angle - 0.4), 9 * std::sin(angle - 0.4)),
                             b - QPointF(9 * std::cos(angle + 0.4), 9 * std::sin(angle + 0.4))};
    p.setPen(Qt::NoPen);
    p.setBrush(palette.selection);
    p.drawConvexPolygon(head, 3);
    p.setClipping(false);
    paintTip(p, layout, palette, to ? tr("Release to choose the relation") : tr("Drag to another event"), {},
             false);
}

// A small box beside the mouse: the date the drag would give (or why it cannot), and a detail line.
void TimelineDrag::paintTip(QPainter &p, const Layout &layout, const Palette &palette, const QString &text,
                            const QString &detail, bool warning) const
{
    const QFont font = layout.options.labelFont;
    const QFontMetricsF metrics(font);
    const double pad = 6;
    const double lineH = metrics.height();
    // the main text wraps (a refusal says why in a sentence or two); the detail is one line
    const double maxText = 340;
    const QRectF textRect = metrics.boundingRect(QRectF(0, 0, maxText, 10 * lineH), Qt::TextWordWrap, text);
    const double w = std::min(maxText, std::max(textRect.width(), metrics.horizontalAdvance(detail))) + 2 * pad;
    const double textH = std::min(textRect.height(), 4 * lineH);
    const double h = textH + (detail.isEmpty() ? 0 : lineH) + 2 * pad - 2;
    const QRectF view(QPointF(0, 0), layout.viewport.size);
    QRectF box(m_pos.x() + 14, m_pos.y() - h - 10, w, h);
    if (box.right() > view.right() - 2)
        box.moveRight(m_pos.x() - 14);
    if (box.left() < view.left() + 2)
        box.moveLeft(view.left() + 2);
    if (box.top() < view.top() + 2)
        box.moveTop(m_pos.y() + 18);
    p.setPen(QPen(warning ? warningColor(palette) : palette.calloutBorder, 1));
    p.setBrush(palette.calloutBackground);
    p.drawRoundedRect(box, 4, 4);
    p.setFont(font);
    p.setPen(warning ? warningColor(palette) : palette.text);
    const QRectF first(box.left() + pad, box.top() + pad - 1, box.width() - 2 * pad, textH);
    p.drawText(first, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    if (!detail.isEmpty()) {
        p.setPen(palette.mutedText);
        p.drawText(QRectF(first.left(), first.bottom(), first.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(detail, Qt::ElideRight, first.width()));
    }
}

} // namespace dateline
