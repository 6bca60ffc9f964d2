// TimelineView: the lane stack's vertical scroll bar, the remembered lane order and collapsed lanes, the
// header column's width, and the veil over the old lanes while another grouping loads.
#include "app/gui/timelineview.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/timelinenavigation.h"
#include "app/gui/timelineviewsettings.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"

#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <utility>

namespace dateline {

namespace Nav = TimelineNavigation;

namespace {

constexpr double kMaxHeaderShare = 0.6; // of the view, for the lane header column
constexpr double kHeaderEdgeGrip = 4; // px either side of the edge

QString regroupingMessage(LaneGrouping grouping)
{
    switch (grouping) {
    case LaneGrouping::None: return TimelineView::tr("Loading a single lane…");
    case LaneGrouping::Actor: return TimelineView::tr("Loading lanes by actor…");
    case LaneGrouping::EventType: return TimelineView::tr("Loading lanes by event type…");
    case LaneGrouping::Country: return TimelineView::tr("Loading lanes by country…");
    case LaneGrouping::Tag: return TimelineView::tr("Loading lanes by tag…");
    }
    return TimelineView::tr("Loading…");
}

QString groupingPhrase(LaneGrouping grouping)
{
    switch (grouping) {
    case LaneGrouping::None: return TimelineView::tr("in a single lane");
    case LaneGrouping::Actor: return TimelineView::tr("by actor");
    case LaneGrouping::EventType: return TimelineView::tr("by event type");
    case LaneGrouping::Country: return TimelineView::tr("by country");
    case LaneGrouping::Tag: return TimelineView::tr("by tag");
    }
    return {};
}

} // namespace

QSizeF TimelineView::viewSize() const
{
    const double bar = m_vbar->isHidden() ? 0 : m_vbar->sizeHint().width();
    return QSizeF(std::max(1.0, width() - bar), height());
}

double TimelineView::maxScrollY() const
{
    if (!m_model.index())
        return 0;
    // Whole pixels, so the bar's integer range reaches the last one.
    return std::max(0.0, std::ceil(Nav::contentHeight(*m_model.index(), m_model.laneState(), m_model.options())
                                   - laneArea().height()));
}

void TimelineView::scrollBy(double dy)
{
    m_viewport.scrollY = std::clamp(m_viewport.scrollY + dy, 0.0, maxScrollY());
    changed();
}

void TimelineView::syncScrollBar()
{
    const double maximum = maxScrollY();
    m_viewport.scrollY = std::clamp(m_viewport.scrollY, 0.0, maximum);
    const QRectF area = laneArea();
    const LayoutOptions &o = m_model.options();
    {
        const QSignalBlocker blocker(m_vbar); // only the user's moves come back through valueChanged
        m_vbar->setRange(0, int(maximum));
        m_vbar->setPageStep(std::max(1, int(area.height())));
        m_vbar->setSingleStep(std::max(1, int(o.rowsPerLane * o.rowHeight + 2 * o.lanePadding)));
        m_vbar->setValue(int(std::lround(m_viewport.scrollY)));
    }
    const bool show = maximum > 0;
    if (show == m_vbar->isHidden()) {
        m_vbar->setVisible(show);
        m_layoutDirty = true;
        if (!m_userMoved && m_model.index())
            fitAll(); // the lane area changed width: keep everything in view
    }
    if (show) {
        const int barWidth = m_vbar->sizeHint().width();
        m_vbar->setGeometry(width() - barWidth, int(area.top()), barWidth, int(std::ceil(area.height())));
    }
}

void TimelineView::scrollBarMoved(int value)
{
    if (int(std::lround(m_viewport.scrollY)) == value)
        return;
    m_viewport.scrollY = value;
    changed();
}

void TimelineView::setGrouping(LaneGrouping grouping)
{
    if (grouping == m_model.grouping())
        return;
    m_viewport.scrollY = 0;
    m_lanesPending = true;
    m_wantedGrouping = grouping;
    cancelEditDrag();
    m_model.setGrouping(grouping); // installIndex() follows
    changed();
    Q_EMIT groupingChanged(grouping);
}

// Another grouping's index could not be read (the file went away or bad meanwhile): the old lanes
// stay, and the Lanes box, a saved view and the remembered lane state must name them as what they
// are, not as the grouping that failed (the model has gone back to theirs).
void TimelineView::indexLoadFailed(const QString &error)
{
    const LaneGrouping shown = m_model.grouping();
    const LaneGrouping wanted = std::exchange(m_wantedGrouping, shown);
    const bool regrouping = wanted != shown && m_model.index();
    if (regrouping) {
        m_lanesPending = false;
        Q_EMIT groupingChanged(shown);
    }
    changed(); // the veil goes before the message, which waits for the user
    if (regrouping)
        m_controller->reportError(tr("Lanes"), tr("The lanes could not be grouped %1, so they stay %2.\n\n%3")
                                                   .arg(groupingPhrase(wanted), groupingPhrase(shown), error));
}

void TimelineView::setLaneState(const LaneState &state)
{
    m_model.setLaneState(state);
    lanesChanged();
}

void TimelineView::restoreLanes()
{
    const Document *document = m_controller->document();
    // the full index: lanes a filter hides keep their place and state
    m_model.setLaneState(document && m_model.fullIndex()
                        ? TimelineViewSettings::loadLaneState(document->path(), m_model.grouping(), *m_model.fullIndex())
                        : LaneState{});
}

bool TimelineView::onHeaderEdge(QPointF pos) const
{
    const QRectF lanes = laneArea();
    return std::abs(pos.x() - lanes.left()) <= kHeaderEdgeGrip && pos.y() >= lanes.top() && pos.y() < lanes.bottom();
}

// Long lane titles ("Bedantel Ponorrosa — SCGBUS") need more than the default column; the width is
// the user's, for every document. The dates in view stay in view, in the wider or narrower lane area.
void TimelineView::setHeaderWidth(double width)
{
    const QRectF before = laneArea();
    const TimePoint from = m_viewport.scale.toTime(before.left()), to = m_viewport.scale.toTime(before.right());
    LayoutOptions options = m_model.options();
    const double most = std::min(TimelineViewSettings::kMaxHeaderWidth, viewSize().width() * kMaxHeaderShare);
    options.headerWidth = std::clamp(width, TimelineViewSettings::kMinHeaderWidth, std::max(TimelineViewSettings::kMinHeaderWidth, most));
    m_model.setOptions(options);
    m_viewport.scale = Nav::fitting(from, to, laneArea(), 0);
    changed();
}

// A large document's new grouping takes seconds to index; meanwhile the old lanes must not pass
// for the new ones (the Lanes box already names the new grouping), so they fade behind a message.
void TimelineView::paintRegroupingVeil(QPainter &painter, const Layout &layout) const
{
    const Palette &palette = m_model.palette();
    const QRectF lanes(0, layout.laneArea.top(), layout.viewport.size.width(), layout.laneArea.height());
    QColor veil = palette.background;
    veil.setAlphaF(0.8f);
    painter.fillRect(lanes, veil);
    const QString message = regroupingMessage(m_model.grouping());
    const QFontMetricsF metrics(painter.font());
    const QSizeF text = metrics.size(Qt::TextSingleLine, message);
    QRectF box(QPointF(), text + QSizeF(2 * metrics.height(), metrics.height()));
    box.moveCenter(lanes.center());
    painter.setPen(palette.laneSeparator);
    painter.setBrush(palette.calloutBackground);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(palette.text);
    painter.drawText(box, Qt::AlignCenter, message);
}

void TimelineView::lanesChanged()
{
    const Document *document = m_controller->document();
    // While another grouping's index loads, the model still holds the previous grouping's lanes.
    if (document && m_model.fullIndex() && !m_lanesPending)
        TimelineViewSettings::saveLaneState(document->path(), m_model.grouping(), *m_model.fullIndex(), m_model.laneState());
    changed();
}

} // namespace dateline
