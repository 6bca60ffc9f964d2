// TimelineView: editing — drag to move and resize, relations, rubber band, add/remove/duplicate.
#include "app/gui/timelineview.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/steplimit.h"
#include "app/gui/waitcursor.h"
#include "core/date/calendar.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"

#include <QAction>
#include <QCursor>
#include <QMenu>
#include <QTimer>

#include <algorithm>

namespace dateline {

namespace {

constexpr double kEdgeZonePx = 28;   // near a side of the lanes an edit drag pans the view
constexpr double kEdgeSpeedPx = 14;  // per step at the very edge
constexpr int kEdgeIntervalMs = 30;

std::optional<RelationKind> defaultRelationPrompt(QWidget *parent, const QPoint &globalPos, const QString &fromTitle,
                                                  const QString &toTitle)
{
    // Titles are user text: '&' would turn into a mnemonic.
    const auto name = [](const QString &title) { return labels::quoted(title).replace(u'&', QStringLiteral("&&")); };
    QMenu menu(parent);
    std::optional<RelationKind> chosen;
    const std::pair<RelationKind, QString> kinds[] = {
        {RelationKind::FollowUpOf, TimelineView::tr("%1 is a &follow-up of %2")},
        {RelationKind::ResponseTo, TimelineView::tr("%1 is a &response to %2")},
        {RelationKind::PartOf, TimelineView::tr("%1 is &part of %2")},
        {RelationKind::Contradicts, TimelineView::tr("%1 &contradicts %2")},
    };
    for (const auto &[kind, text] : kinds) {
        const RelationKind k = kind;
        menu.addAction(text.arg(name(toTitle), name(fromTitle)), [&chosen, k] { chosen = k; });
    }
    menu.exec(globalPos);
    return chosen;
}

// The EDTF of the tick unit containing t: "2008", "2008-03", "2008-03-17", "2008-03-17T10:15".
QString snappedEdtf(TimePoint t, TickStep step)
{
    const CivilDateTime c = calendar::toCivil(t);
    const std::int64_t year = c.date.year;
    const bool longYear = year > 9999 || year < -9999;
    const QString y = longYear ? QStringLiteral("Y%1").arg(year)
                               : (year < 0 ? QStringLiteral("-") : QString())
            + QStringLiteral("%1").arg(year < 0 ? -year : year, 4, 10, QLatin1Char('0'));
    if (step.unit == TickUnit::Year || longYear)
        return y;
    const QString m = QStringLiteral("%1-%2").arg(y).arg(c.date.month, 2, 10, QLatin1Char('0'));
    if (step.unit == TickUnit::Month)
        return m;
    const QString d = QStringLiteral("%1-%2").arg(m).arg(c.date.day, 2, 10, QLatin1Char('0'));
    if (step.unit == TickUnit::Day)
        return d;
    const int minute = step.unit == TickUnit::Minute ? int(c.minute - c.minute % std::max<std::int64_t>(1, step.count)) : 0;
    QString text = QStringLiteral("%1T%2:%3").arg(d).arg(c.hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
    if (step.unit == TickUnit::Second)
        text = QStringLiteral("%1T%2:%3:%4").arg(d).arg(c.hour, 2, 10, QLatin1Char('0'))
                   .arg(c.minute, 2, 10, QLatin1Char('0')).arg(c.second, 2, 10, QLatin1Char('0'));
    return text;
}

} // namespace

void TimelineView::createEditActions()
{
    m_relationPrompt = &defaultRelationPrompt;
    const auto add = [this](Command command, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut); // where the focus is: the window adds Delete to its table
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions[std::size_t(command)] = a;
        return a;
    };
    // Ctrl+N is File > New in the window: the view takes it only while it has the focus (event()).
    add(Command::AddEvent, tr("&New Event"), {QKeySequence(Qt::Key_Insert)}, [this] { addEvent(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add(Command::RemoveEvents, tr("&Delete Events"), {QKeySequence::Delete}, [this] { removeSelectedEvents(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    add(Command::DuplicateEvents, tr("Du&plicate Events"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
        [this] { duplicateSelectedEvents(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_controller, &DocumentController::documentChanged, this, &TimelineView::updateEditActions);
    connect(m_controller, &DocumentController::currentEventChanged, this, &TimelineView::updateEditActions);
    updateEditActions();
}

void TimelineView::setRelationPrompt(RelationPrompt prompt)
{
    m_relationPrompt = prompt ? std::move(prompt) : RelationPrompt(&defaultRelationPrompt);
}

void TimelineView::updateEditActions()
{
    const bool editable = !m_controller->isReadOnly();
    const bool selected = !m_controller->eventsToActOn().empty();
    action(Command::AddEvent)->setEnabled(editable);
    action(Command::RemoveEvents)->setEnabled(editable && selected);
    action(Command::DuplicateEvents)->setEnabled(editable && selected);
}

void TimelineView::selectionChanged()
{
    std::vector<EventId> ids = m_controller->selection();
    std::sort(ids.begin(), ids.end());
    m_model.setSelection(std::move(ids));
    updateEditActions();
    changed();
}

void TimelineView::toggleSelected(EventId id)
{
    std::vector<EventId> ids = m_controller->selection();
    const auto it = std::find(ids.begin(), ids.end(), id);
    if (it != ids.end())
        ids.erase(it);
    else
        ids.push_back(id);
    m_controller->setSelection(ids);
}

bool TimelineView::startEditDrag()
{
    const Qt::KeyboardModifiers mods = m_pressModifiers;
    const bool onEvent = m_pressHit.kind == HitKind::Event;
    const bool inLanes = onEvent || m_pressHit.kind == HitKind::Lane
        || (m_pressHit.kind == HitKind::None && laneArea().contains(m_pressPos));
    const Document *document = m_controller->document();
    const bool editable = document && !m_controller->isReadOnly();
    const bool relate = (mods & Qt::AltModifier) || ((mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier));
    if (onEvent && relate) {
        if (!editable)
            return false;
        m_edit = TimelineDrag::relate(m_pressHit.event, m_pressPos);
        setCursor(Qt::CrossCursor);
        return true;
    }
    if ((mods & Qt::ShiftModifier) && inLanes) { // Ctrl+Shift on empty space adds to the selection
        m_edit = TimelineDrag::rubberBand(m_pressPos, (mods & Qt::ControlModifier) ? m_controller->selection()
                                                                                   : std::vector<EventId>{});
        setCursor(Qt::CrossCursor);
        return true;
    }
    if (!onEvent || !editable || (mods & Qt::ControlModifier))
        return false;
    const EventId grabbed = m_pressHit.event;
    const std::optional<Event> event = document->event(grabbed);
    if (!event || !event->date.isValid())
        return false;
    if (const auto edge = TimelineDrag::edgeAt(currentLayout(), m_pressPos, grabbed)) {
        m_controller->setCurrentEvent(grabbed);
        m_edit = TimelineDrag::resize(*event, *edge, m_pressPos);
        setCursor(Qt::SizeHorCursor);
        return true;
    }
    // A selected event takes the whole selection with it; another one is selected alone first.
    const std::vector<EventId> &selection = m_controller->selection();
    std::vector<Event> events{*event};
    const bool grabbedSelected = std::find(selection.begin(), selection.end(), grabbed) != selection.end();
    // every selected event is read now: a table's Ctrl+A held the press for minutes
    if (grabbedSelected && !withinStepLimit(*m_controller, selection.size(), tr("Move")))
        return false;
    if (grabbedSelected) {
        for (EventId id : selection) {
            if (id == grabbed)
                continue;
            if (std::optional<Event> other = document->event(id); other && other->date.isValid())
                events.push_back(std::move(*other));
        }
    } else {
        m_controller->setCurrentEvent(grabbed);
    }
    m_edit = TimelineDrag::move(std::move(events), m_pressPos);
    setCursor(Qt::SizeAllCursor);
    return true;
}

void TimelineView::updateEditDrag(QPointF pos)
{
    if (!m_edit)
        return;
    const Layout &layout = currentLayout();
    m_edit->update(pos, layout, layout.ticks.minorStep);
    update();
    // near a side, keep panning so that an event can be dragged beyond the visible range
    const QRectF area = layout.laneArea;
    const bool nearSide = pos.x() < area.left() + kEdgeZonePx || pos.x() > area.right() - kEdgeZonePx;
    if (!nearSide || m_edit->kind() == TimelineDrag::Kind::Relate) {
        if (m_edgeScroll)
            m_edgeScroll->stop();
        return;
    }
    if (!m_edgeScroll) {
        m_edgeScroll = new QTimer(this);
        m_edgeScroll->setInterval(kEdgeIntervalMs);
        connect(m_edgeScroll, &QTimer::timeout, this, &TimelineView::edgeScrollStep);
    }
    if (!m_edgeScroll->isActive())
        m_edgeScroll->start();
}

void TimelineView::edgeScrollStep()
{
    if (!m_edit) {
        m_edgeScroll->stop();
        return;
    }
    const QRectF area = laneArea();
    const double x = m_edit->pos().x();
    // faster the deeper into the zone (and beyond the lanes)
    double dx = 0;
    if (x < area.left() + kEdgeZonePx)
        dx = std::min(1.0, (area.left() + kEdgeZonePx - x) / kEdgeZonePx) * kEdgeSpeedPx;
    else if (x > area.right() - kEdgeZonePx)
        dx = -std::min(1.0, (x - area.right() + kEdgeZonePx) / kEdgeZonePx) * kEdgeSpeedPx;
    if (dx == 0) {
        m_edgeScroll->stop();
        return;
    }
    panBy(dx);
    m_edit->panned(dx);
    updateEditDrag(m_edit->pos());
}

void TimelineView::cancelEditDrag()
{
    if (!m_edit)
        return;
    m_edit.reset();
    if (m_edgeScroll)
        m_edgeScroll->stop();
    m_drag = Drag::None;
    unsetCursor();
    update();
}

void TimelineView::finishEditDrag()
{
    if (!m_edit)
        return;
    const TimelineDrag drag = std::move(*m_edit);
    cancelEditDrag();
    switch (drag.kind()) {
    case TimelineDrag::Kind::Move:
    case TimelineDrag::Kind::ResizeStart:
    case TimelineDrag::Kind::ResizeEnd:
        // an error was shown beside the mouse while dragging; nothing is written
        if (!drag.changed().empty() && drag.error().isEmpty()) {
            const QString label = drag.label();
            m_controller->edit([&](Editor &editor) { commands::updateEvents(editor, drag.changed(), label); });
        }
        break;
    case TimelineDrag::Kind::Relate: {
        const Document *document = m_controller->document();
        if (!drag.target().isValid() || !document)
            break;
        const std::optional<Event> from = document->event(drag.source());
        const std::optional<Event> to = document->event(drag.target());
        if (!from || !to)
            break;
        const std::optional<RelationKind> kind = m_relationPrompt(this, QCursor::pos(), from->title, to->title);
        if (!kind)
            break;
        const std::vector<Relation> existing = document->relations();
        if (std::any_of(existing.begin(), existing.end(), [&](const Relation &r) {
                return r.from == to->id && r.to == from->id && r.kind == *kind;
            }))
            break; // already there: no empty undo step
        // "to is a <kind> of from": the arrow runs the way it was drawn, from the earlier event on
        Relation relation;
        relation.from = to->id;
        relation.to = from->id;
        relation.kind = *kind;
        m_controller->edit([&](Editor &editor) { commands::addRelation(editor, relation); });
        break;
    }
    case TimelineDrag::Kind::RubberBand:
        m_controller->setSelection(drag.touched());
        break;
    }
}

void TimelineView::addEvent()
{
    const Layout &layout = currentLayout();
    QPointF at = layout.laneArea.center();
    QString laneKey;
    if (m_hoverPos && layout.laneArea.contains(*m_hoverPos)) {
        at = *m_hoverPos;
        laneKey = layout.hitTest(at).laneKey;
    }
    addEventAt(layout.viewport.scale.toTime(at.x()), laneKey);
}

void TimelineView::addEventAt(TimePoint t, const QString &laneKey)
{
    if (m_controller->isReadOnly())
        return;
    Event event;
    event.title = tr("New event");
    event.date = FuzzyDate::fromEdtf(snappedEdtf(t, currentLayout().ticks.minorStep));
    if (!event.date.isValid())
        return;
    // The lane it was added in: its actor, tag or event type, so it appears where it was asked for.
    const qsizetype colon = laneKey.indexOf(u':');
    const QString kind = laneKey.left(colon), value = laneKey.mid(colon + 1);
    if (colon > 0 && kind == u"actor")
        event.actors.push_back({ActorId(value.toLongLong()), ActorRole::Participant});
    else if (colon > 0 && kind == u"tag")
        event.tags << value;
    else if (colon > 0 && kind == u"type" && value.toInt() > 0)
        event.cameoCode = QStringLiteral("%1").arg(value.toInt(), 2, 10, QLatin1Char('0'));
    EventId id;
    if (m_controller->edit([&](Editor &editor) { id = commands::addEvent(editor, event); })) {
        m_controller->setCurrentEvent(id);
        Q_EMIT eventAdded(id);
    }
}

void TimelineView::removeSelectedEvents()
{
    const std::vector<EventId> ids = m_controller->eventsToActOn();
    if (ids.empty() || m_controller->isReadOnly() || !withinStepLimit(*m_controller, ids.size(), tr("Delete"), kMaxEventsPerDelete))
        return;
    const WaitCursor busy(ids.size() > 500); // seconds for tens of thousands
    m_controller->edit([&](Editor &editor) { commands::removeEvents(editor, ids); });
}

void TimelineView::duplicateSelectedEvents()
{
    const std::vector<EventId> ids = m_controller->eventsToActOn();
    if (ids.empty() || m_controller->isReadOnly() || !withinStepLimit(*m_controller, ids.size(), tr("Duplicate")))
        return;
    std::vector<EventId> copies;
    const WaitCursor busy(ids.size() > 500);
    if (m_controller->edit([&](Editor &editor) { copies = commands::duplicateEvents(editor, ids); }))
        m_controller->setSelection(copies);
}

} // namespace dateline
