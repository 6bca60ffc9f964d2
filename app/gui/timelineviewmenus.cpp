// TimelineView: context menus on events and lane headers.
#include "app/gui/timelineview.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/timelinenavigation.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>

#include <algorithm>

namespace dateline {

namespace Nav = TimelineNavigation;

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const HitResult hit = currentLayout().hitTest(event->pos());
    if (hit.kind == HitKind::Event)
        showEventMenu(hit.event, event->globalPos());
    else if (hit.kind == HitKind::LaneHeader || hit.kind == HitKind::LaneToggle)
        showLaneMenu(hit.laneKey, event->globalPos());
    else if ((hit.kind == HitKind::Lane || hit.kind == HitKind::None) && laneArea().contains(event->pos())
             && !m_controller->isReadOnly()) {
        QMenu menu(this);
        const TimePoint t = hit.time;
        const QString lane = hit.laneKey;
        menu.addAction(action(Command::AddEvent)->icon(), tr("&New Event Here"), this,
                       [this, t, lane] { addEventAt(t, lane); });
        menu.exec(event->globalPos());
    }
}

void TimelineView::showEventMenu(EventId id, const QPoint &globalPos)
{
    const Document *document = m_controller->document();
    const std::optional<Event> event = document ? document->event(id) : std::nullopt;
    if (!event)
        return;
    const std::vector<EventId> &selection = m_controller->selection();
    if (std::find(selection.begin(), selection.end(), id) == selection.end())
        m_controller->setCurrentEvent(id); // a selected event keeps the selection for Delete/Duplicate
    QMenu menu(this);
    menu.addAction(tr("&Go to Event"), this, [this, id] {
        const auto ordinal = m_model.index() ? m_model.index()->ordinalOf(id) : std::nullopt;
        if (!ordinal)
            return;
        const auto [from, to] = Nav::finiteSpan(*m_model.index(), *ordinal);
        m_viewport.scale.centerOn(from + (to - from) / 2, laneArea().center().x());
        userMoved();
    });
    menu.addAction(tr("&Zoom to Event"), this, [this, id] { zoomToEvent(id); });
    menu.addSeparator();
    const QString title = event->title;
    const QString edtf = event->date.isValid() ? event->date.toEdtf() : QString();
    menu.addAction(tr("Copy &Title"), this, [title] { QGuiApplication::clipboard()->setText(title); });
    menu.addAction(tr("Copy D&ate (EDTF)"), this, [edtf] { QGuiApplication::clipboard()->setText(edtf); })
        ->setEnabled(!edtf.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Show in Ta&ble"), this, [this, id] { Q_EMIT showInTableRequested(id); });
    menu.addSeparator();
    menu.addAction(action(Command::DuplicateEvents));
    menu.addAction(action(Command::RemoveEvents));
    menu.exec(globalPos);
}

void TimelineView::showLaneMenu(const QString &key, const QPoint &globalPos)
{
    if (!m_model.index())
        return;
    const QStringList order = Nav::laneOrder(*m_model.index(), m_model.laneState());
    const qsizetype at = order.indexOf(key);
    QMenu menu(this);
    const bool collapsed = m_model.laneState().collapsed.contains(key);
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
        LaneState lanes = m_model.laneState();
        lanes.collapsed.clear();
        setLaneState(lanes);
    });
    menu.addAction(tr("Collapse A&ll"), this, [this, order] {
        LaneState lanes = m_model.laneState();
        lanes.collapsed = QSet<QString>(order.begin(), order.end());
        setLaneState(lanes);
    });
    menu.exec(globalPos);
}

void TimelineView::toggleLane(const QString &key)
{
    if (key.isEmpty())
        return;
    LaneState lanes = m_model.laneState();
    if (!lanes.collapsed.remove(key))
        lanes.collapsed.insert(key);
    setLaneState(lanes);
}

void TimelineView::moveLane(const QString &key, Nav::LaneMove move)
{
    if (!m_model.index())
        return;
    LaneState lanes = m_model.laneState();
    lanes.order = Nav::movedLane(*m_model.index(), lanes, key, move);
    setLaneState(lanes);
}

} // namespace dateline
