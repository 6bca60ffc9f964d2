// TimelineView: mouse, wheel, keyboard, tooltips and context menus.
#include "app/gui/timelineview.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/timelinenavigation.h"
#include "app/gui/timelinetooltip.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
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
    const HitResult hit = currentLayout().hitTest(event->position());
    m_pressPos = event->position();
    m_pressHit = hit;
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
    case Drag::None:
        break;
    }
    const HitResult hit = currentLayout().hitTest(event->position());
    setHovered(hit.kind == HitKind::Event ? hit.event : EventId());
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
    if (m_drag == Drag::Pending && m_pressHit.kind == HitKind::Event)
        m_controller->setCurrentEvent(m_pressHit.event);
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
    setHovered(EventId());
    QWidget::leaveEvent(event);
}

void TimelineView::setHovered(EventId id)
{
    if (id == m_scene.hovered)
        return;
    m_scene.hovered = id;
    changed();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    // The same keys are QAction shortcuts (shown in the View menu); this handles them when the
    // shortcut map does not, e.g. Shift+= for "+" on some layouts, and PageUp/PageDown.
    const double page = laneArea().height() * 0.8;
    switch (event->key()) {
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
        scrollBy(-m_scene.options.rowHeight);
        break;
    case Qt::Key_Down:
        scrollBy(m_scene.options.rowHeight);
        break;
    case Qt::Key_PageUp:
        scrollBy(-page);
        break;
    case Qt::Key_PageDown:
        scrollBy(page);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        zoomToEvent(m_scene.selected);
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

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const HitResult hit = currentLayout().hitTest(event->pos());
    if (hit.kind == HitKind::Event)
        showEventMenu(hit.event, event->globalPos());
    else if (hit.kind == HitKind::LaneHeader || hit.kind == HitKind::LaneToggle)
        showLaneMenu(hit.laneKey, event->globalPos());
}

void TimelineView::showEventMenu(EventId id, const QPoint &globalPos)
{
    const Document *document = m_controller->document();
    const std::optional<Event> event = document ? document->event(id) : std::nullopt;
    if (!event)
        return;
    m_controller->setCurrentEvent(id);
    QMenu menu(this);
    menu.addAction(tr("&Go to Event"), this, [this, id] {
        const auto ordinal = m_index ? m_index->ordinalOf(id) : std::nullopt;
        if (!ordinal)
            return;
        const auto [from, to] = Nav::finiteSpan(m_index->bounds(*ordinal));
        m_viewport.scale.centerOn(from + (to - from) / 2, laneArea().center().x());
        userMoved();
    });
    menu.addAction(tr("&Zoom to Event"), this, [this, id] { zoomToEvent(id); });
    menu.addSeparator();
    const QString title = event->title;
    const QString edtf = event->date.isValid() ? event->date.toEdtf() : QString();
    menu.addAction(tr("Copy &Title"), this, [title] { QGuiApplication::clipboard()->setText(title); });
    menu.addAction(tr("Copy &Date (EDTF)"), this, [edtf] { QGuiApplication::clipboard()->setText(edtf); })
        ->setEnabled(!edtf.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Show in &Table"), this, [this, id] { Q_EMIT showInTableRequested(id); });
    menu.exec(globalPos);
}

void TimelineView::showLaneMenu(const QString &key, const QPoint &globalPos)
{
    if (!m_index)
        return;
    const QStringList order = Nav::laneOrder(*m_index, m_scene.lanes);
    const qsizetype at = order.indexOf(key);
    QMenu menu(this);
    const bool collapsed = m_scene.lanes.collapsed.contains(key);
    menu.addAction(collapsed ? tr("&Expand") : tr("&Collapse"), this, [this, key] { toggleLane(key); });
    menu.addSeparator();
    menu.addAction(tr("Move &Up"), this, [this, key] { moveLane(key, Nav::LaneMove::Up); })
        ->setEnabled(at > 0);
    menu.addAction(tr("Move &Down"), this, [this, key] { moveLane(key, Nav::LaneMove::Down); })
        ->setEnabled(at >= 0 && at + 1 < order.size());
    menu.addAction(tr("Move to T&op"), this, [this, key] { moveLane(key, Nav::LaneMove::ToTop); })
        ->setEnabled(at > 0);
    menu.addSeparator();
    menu.addAction(tr("Expand &All"), this, [this] {
        m_scene.lanes.collapsed.clear();
        changed();
    });
    menu.addAction(tr("Collapse A&ll"), this, [this, order] {
        m_scene.lanes.collapsed = QSet<QString>(order.begin(), order.end());
        changed();
    });
    menu.exec(globalPos);
}

void TimelineView::toggleLane(const QString &key)
{
    if (key.isEmpty())
        return;
    if (!m_scene.lanes.collapsed.remove(key))
        m_scene.lanes.collapsed.insert(key);
    changed();
}

void TimelineView::moveLane(const QString &key, Nav::LaneMove move)
{
    if (!m_index)
        return;
    m_scene.lanes.order = Nav::movedLane(*m_index, m_scene.lanes, key, move);
    changed();
}

} // namespace dateline
