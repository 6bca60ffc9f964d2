// TimelineView: mouse, wheel, keyboard, tooltips and context menus.
#include "app/gui/timelineview.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/timelinenavigation.h"
#include "app/gui/timelinetooltip.h"
#include "app/gui/timelineviewsettings.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace dateline {

namespace Nav = TimelineNavigation;

namespace {

constexpr double kWheelZoomPerNotch = 1.25; // one 15° notch
constexpr double kWheelScrollPerNotch = 48;

} // namespace

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Ctrl+N is File > New elsewhere; on the timeline it adds an event (keyPressEvent).
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::New) && action(Command::AddEvent)->isEnabled()) {
            event->accept();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_drag == Drag::Edit) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        // Tab walks the events in time order instead of moving the focus on.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            selectNextEvent();
            return true;
        }
        if (key->key() == Qt::Key_Backtab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            selectPreviousEvent();
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip && m_drag != Drag::None) {
        QToolTip::hideText(); // a drag shows its own tip
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const HitResult hit = currentLayout().hitTest(help->pos());
        const Document *document = m_controller->document();
        const QString text = hit.kind == HitKind::Event && document ? timelineToolTip(*document, hit.event)
                                                                     : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (mods & (Qt::ControlModifier | Qt::ShiftModifier)) {
        // Some platforms turn Shift+wheel into a horizontal wheel.
        const int d = delta.y() != 0 ? delta.y() : delta.x();
        scrollBy(-d / 120.0 * kWheelScrollPerNotch);
    } else if (std::abs(delta.x()) > std::abs(delta.y())) {
        panBy(delta.x() / 120.0 * kWheelScrollPerNotch);
    } else if (delta.y() != 0) {
        zoomBy(std::pow(kWheelZoomPerNotch, -delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    if (onHeaderEdge(m_pressPos)) {
        m_drag = Drag::HeaderWidth;
        m_pressHeaderWidth = m_model.options().headerWidth;
        setCursor(Qt::SplitHCursor);
        event->accept();
        return;
    }
    const HitResult hit = currentLayout().hitTest(event->position());
    m_pressHit = hit;
    m_pressModifiers = event->modifiers();
    m_drag = Drag::Pending;
    switch (hit.kind) {
    case HitKind::Overview:
        // Jump there, then keep following the mouse like the window itself.
        m_viewport.scale.centerOn(hit.time, laneArea().center().x());
        userMoved();
        [[fallthrough]];
    case HitKind::OverviewWindow:
        m_drag = Drag::Overview;
        setCursor(Qt::ClosedHandCursor);
        break;
    case HitKind::LaneToggle:
    case HitKind::LaneHeader:
        toggleLane(hit.laneKey);
        m_drag = Drag::None;
        break;
    default:
        break;
    }
    m_pressScale = m_viewport.scale;
    m_pressScrollY = m_viewport.scrollY;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_pressPos;
    switch (m_drag) {
    case Drag::Pending:
        if (delta.manhattanLength() < QApplication::startDragDistance())
            return;
        if (startEditDrag()) {
            m_drag = Drag::Edit;
            updateEditDrag(event->position());
            return;
        }
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Pan:
        m_viewport.scale = m_pressScale;
        m_viewport.scale.pan(delta.x());
        m_viewport.scrollY = std::clamp(m_pressScrollY - delta.y(), 0.0, maxScrollY());
        userMoved();
        return;
    case Drag::Overview: {
        const double seconds = delta.x() * currentLayout().overview.scale.secondsPerPixel();
        m_viewport.scale = m_pressScale;
        m_viewport.scale.pan(-seconds / m_pressScale.secondsPerPixel());
        userMoved();
        return;
    }
    case Drag::Edit:
        updateEditDrag(event->position());
        return;
    case Drag::HeaderWidth:
        setHeaderWidth(m_pressHeaderWidth + delta.x());
        return;
    case Drag::None:
        break;
    }
    m_hoverPos = event->position();
    const HitResult hit = currentLayout().hitTest(event->position());
    setHovered(hit.kind == HitKind::Event ? hit.event : EventId());
    if (onHeaderEdge(event->position())) {
        setCursor(Qt::SplitHCursor); // drag to widen the lane titles
        return;
    }
    if (hit.kind == HitKind::Event && !m_controller->isReadOnly()
        && TimelineDrag::edgeAt(currentLayout(), event->position(), hit.event)) {
        setCursor(Qt::SizeHorCursor); // drag to move this end
        return;
    }
    switch (hit.kind) {
    case HitKind::Event:
    case HitKind::LaneHeader:
    case HitKind::LaneToggle:
        setCursor(Qt::PointingHandCursor);
        break;
    case HitKind::Lane:
    case HitKind::None:
    case HitKind::OverviewWindow:
        setCursor(Qt::OpenHandCursor);
        break;
    default:
        unsetCursor();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (m_drag == Drag::Edit) {
        finishEditDrag();
    } else if (m_drag == Drag::HeaderWidth) {
        TimelineViewSettings::saveHeaderWidth(m_model.options().headerWidth);
    } else if (m_drag == Drag::Pending && m_pressHit.kind == HitKind::Event) {
        if (m_pressModifiers & (Qt::ControlModifier | Qt::ShiftModifier))
            toggleSelected(m_pressHit.event);
        else
            m_controller->setCurrentEvent(m_pressHit.event);
    }
    m_drag = Drag::None;
    unsetCursor();
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const HitResult hit = currentLayout().hitTest(event->position());
    if (event->button() == Qt::LeftButton && hit.kind == HitKind::Event) {
        m_controller->setCurrentEvent(hit.event);
        zoomToEvent(hit.event);
    } else if (event->button() == Qt::LeftButton && hit.kind == HitKind::Axis) {
        zoomBy(1 / 2.0, event->position().x());
    }
    m_drag = Drag::None;
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    m_hoverPos.reset();
    setHovered(EventId());
    QWidget::leaveEvent(event);
}

void TimelineView::setHovered(EventId id)
{
    if (id == m_model.hovered())
        return;
    m_model.setHovered(id);
    changed();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    // The same keys are QAction shortcuts (shown in the View menu); this handles them when the
    // shortcut map does not, e.g. Shift+= for "+" on some layouts, and PageUp/PageDown.
    const double page = laneArea().height() * 0.8;
    if (event->matches(QKeySequence::New) && action(Command::AddEvent)->isEnabled()) {
        addEvent();
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_drag != Drag::Edit) {
            QWidget::keyPressEvent(event);
            return;
        }
        cancelEditDrag();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Home:
        goToStart();
        break;
    case Qt::Key_End:
        goToEnd();
        break;
    case Qt::Key_Left:
        action(Command::PanLeft)->trigger();
        break;
    case Qt::Key_Right:
        action(Command::PanRight)->trigger();
        break;
    case Qt::Key_Up:
        scrollBy(-m_model.options().rowHeight);
        break;
    case Qt::Key_Down:
        scrollBy(m_model.options().rowHeight);
        break;
    case Qt::Key_PageUp:
        scrollBy(-page);
        break;
    case Qt::Key_PageDown:
        scrollBy(page);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        zoomToEvent(m_model.selected());
        break;
    case Qt::Key_G:
        if (event->modifiers() & Qt::ControlModifier) {
            goToDate();
            break;
        }
        [[fallthrough]];
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::selectOrdinal(std::uint32_t ordinal)
{
    const EventId id = m_model.index()->eventId(ordinal);
    if (id == m_controller->currentEvent())
        ensureEventVisible(id);
    else
        m_controller->setCurrentEvent(id);
}

void TimelineView::selectNextEvent()
{
    if (!m_model.index() || m_model.index()->eventCount() == 0)
        return;
    const auto current = m_model.selected().isValid() ? m_model.index()->ordinalOf(m_model.selected()) : std::nullopt;
    if (current) {
        if (*current + 1 < m_model.index()->eventCount())
            selectOrdinal(*current + 1);
        return;
    }
    const std::uint32_t first = m_model.index()->firstStartingAtOrAfter(currentLayout().visibleFrom);
    selectOrdinal(std::min(first, m_model.index()->eventCount() - 1));
}

void TimelineView::selectPreviousEvent()
{
    if (!m_model.index() || m_model.index()->eventCount() == 0)
        return;
    const auto current = m_model.selected().isValid() ? m_model.index()->ordinalOf(m_model.selected()) : std::nullopt;
    if (current) {
        if (*current > 0)
            selectOrdinal(*current - 1);
        return;
    }
    const std::uint32_t after = m_model.index()->firstStartingAtOrAfter(currentLayout().visibleTo);
    selectOrdinal(after > 0 ? after - 1 : 0);
}

} // namespace dateline
