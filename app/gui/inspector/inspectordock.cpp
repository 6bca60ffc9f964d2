#include "app/gui/inspector/inspectordock.h"

#include "app/gui/documentcontroller.h"
#include "core/edit/documentchange.h"
#include "app/gui/inspector/actorlist.h"
#include "app/gui/inspector/bulkeditpanel.h"
#include "app/gui/inspector/eventform.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "app/gui/inspector/quoteeditor.h"
#include "app/gui/inspector/quotelist.h"
#include "app/gui/inspector/relationlist.h"
#include "core/store/document.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dateline {

InspectorDock::InspectorDock(DocumentController *controller, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_controller(controller)
    , m_pasteQuote(new QAction(tr("Paste as &Quote"), this))
    , m_editEvent(new QAction(tr("&Edit Event"), this))
{
    setObjectName(QStringLiteral("inspector"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    toggleViewAction()->setText(tr("Inspe&ctor")); // View's item: I and P are taken there
    m_pasteQuote->setObjectName(QStringLiteral("pasteQuote"));
    m_pasteQuote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteQuote->setStatusTip(tr("Start a new quote of the selected event with the text on the clipboard"));
    connect(m_pasteQuote, &QAction::triggered, this, &InspectorDock::pasteQuote);
    addAction(m_pasteQuote);
    m_editEvent->setObjectName(QStringLiteral("editEvent"));
    m_editEvent->setShortcut(QKeySequence(Qt::Key_F2));
    m_editEvent->setStatusTip(tr("Edit the selected event in the Inspector"));
    connect(m_editEvent, &QAction::triggered, this, &InspectorDock::editEvent);
    addAction(m_editEvent);

    buildPages();

    connect(controller, &DocumentController::documentChanged, this, &InspectorDock::reloadAll);
    connect(controller, &DocumentController::documentEdited, this, &InspectorDock::edited);
    connect(controller, &DocumentController::currentEventChanged, this, &InspectorDock::showSelection);
    connect(controller, &DocumentController::selectionChanged, this, &InspectorDock::showSelection);
    reloadAll();
}

void InspectorDock::buildPages()
{
    m_banner = inspector::plainLabel();
    m_banner->setObjectName(QStringLiteral("readOnlyReason"));
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::WindowText, inspector::warningColor(palette));
    m_banner->setPalette(palette);
    m_banner->hide();

    auto *empty = inspector::plainLabel(tr("Select an event on the timeline or in the table to edit it here."));
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_form = new EventForm(m_controller);
    m_actors = new ActorList(m_controller);
    m_quotes = new QuoteList(m_controller);
    m_relations = new RelationList(m_controller);
    auto *eventPage = new QWidget;
    auto *eventLayout = new QVBoxLayout(eventPage);
    eventLayout->setContentsMargins(0, 0, 0, 0);
    eventLayout->addWidget(m_form);
    eventLayout->addWidget(inspector::sectionLabel(tr("Actors")));
    eventLayout->addWidget(m_actors);
    eventLayout->addWidget(inspector::sectionLabel(tr("Quotes")));
    eventLayout->addWidget(m_quotes);
    eventLayout->addWidget(inspector::sectionLabel(tr("Related events")));
    eventLayout->addWidget(m_relations);
    eventLayout->addStretch();

    m_bulk = new BulkEditPanel(m_controller);

    m_stack = new QStackedWidget;
    m_stack->addWidget(empty);
    m_stack->addWidget(eventPage);
    m_stack->addWidget(m_bulk);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("inspectorContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack);
    layout->addStretch();

    // Combo boxes size to a few characters, not to their longest item ("Bolivia, Plurinational
    // State of (BOL)"): the dock stays narrow and the lists open as wide as they need.
    for (QComboBox *box : content->findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }

    inspector::wheelOnlyWhenFocused(content);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->setMinimumWidth(300);
    setWidget(scroll);
    // The field that gets focus (F2 on the title, Tab, a form that opens) is scrolled into view:
    // typing into a field out of sight edits blind.
    connect(qApp, &QApplication::focusChanged, scroll, [scroll, content](QWidget *, QWidget *now) {
        if (now && content->isAncestorOf(now))
            scroll->ensureWidgetVisible(now, 8, 24);
    });
}

InspectorDock::Page InspectorDock::page() const
{
    return Page(m_stack->currentIndex());
}

void InspectorDock::reloadAll()
{
    loadEntities();
    applyReadOnly();
    m_shown = EventId(); // re-read everything, as for a new event
    showSelection();
}

bool InspectorDock::commitPending()
{
    const int failed = m_controller->failedEdits();
    m_form->commitPending();
    return m_controller->failedEdits() == failed;
}

void InspectorDock::showSelection()
{
    if (m_switching)
        return;
    const QScopedValueRollback switching(m_switching, true);
    // First, while the form is still shown (hiding it would commit on focus out): it commits what
    // was typed for the event it leaves, and reports a failure once.
    loadEvent();
    const std::vector<EventId> &selection = m_controller->selection();
    const bool hasEvent = m_controller->hasDocument() && m_controller->currentEvent().isValid();
    if (selection.size() > 1) {
        m_bulk->setSelection(selection);
        m_stack->setCurrentIndex(int(Page::Bulk));
    } else {
        m_stack->setCurrentIndex(int(hasEvent ? Page::Event : Page::Empty));
    }
    m_pasteQuote->setEnabled(hasEvent && selection.size() <= 1 && !m_controller->isReadOnly());
    m_editEvent->setEnabled(hasEvent);
}

void InspectorDock::loadEvent()
{
    const Document *document = m_controller->document();
    const EventId id = m_controller->currentEvent();
    std::optional<Event> event = document && id.isValid() ? document->event(id) : std::nullopt;
    // What was typed for the event shown so far belongs to it: the form commits it before it
    // moves on. That edit is not reloaded: what is loaded here was read before it and is not its.
    {
        const QScopedValueRollback switching(m_switching, true);
        m_form->setEvent(event);
    }
    m_actors->setEvent(event);
    m_quotes->setEvent(event ? id : EventId());
    m_relations->setEvent(event ? id : EventId());
    m_shown = event ? id : EventId();
}

void InspectorDock::loadEntities()
{
    const Document *document = m_controller->document();
    const std::vector<Actor> actors = document ? document->actors() : std::vector<Actor>();
    std::vector<EntityPicker::Item> places;
    if (document) {
        for (const Place &p : document->places())
            places.push_back({p.id.value, p.name, p.country});
    }
    m_form->setPlaces(std::move(places));
    m_actors->setActors(actors);
    m_quotes->setActors(actors);
    m_bulk->setActors(actors);
}

void InspectorDock::edited(const DocumentChange &change)
{
    if (m_switching)
        return; // the pending commit of the event we are leaving: showSelection loads next
    if (change.everything) {
        reloadAll();
        return;
    }
    // The pickers list actors and places; quotes name their speakers and sources (quotes are read
    // only when Attach… opens).
    const bool entities = change.touches(EntityKind::Actor) || change.touches(EntityKind::Place)
                          || change.touches(EntityKind::Source);
    if (entities)
        loadEntities();
    const auto mentions = [&](const std::vector<EventId> &ids) {
        return std::find(ids.begin(), ids.end(), m_shown) != ids.end();
    };
    // Names of actors, places and related events appear in the event page, so those count too.
    if (entities || change.touches(EntityKind::Relation) || change.touches(EntityKind::Event)
        || change.touches(EntityKind::Quote)
        || mentions(change.eventsChanged) || mentions(change.eventsRemoved)) {
        if (mentions(change.eventsRemoved) || m_shown != m_controller->currentEvent())
            showSelection();
        else if (m_shown.isValid())
            loadEvent();
    }
    if (m_controller->selection().size() > 1)
        m_bulk->setSelection(m_controller->selection());
}

void InspectorDock::applyReadOnly()
{
    const bool readOnly = m_controller->isReadOnly();
    const QString reason = m_controller->readOnlyReason();
    m_banner->setText(reason);
    m_banner->setVisible(m_controller->hasDocument() && readOnly);
    m_readOnly = readOnly;
    m_form->setReadOnly(readOnly);
    m_actors->setReadOnly(readOnly);
    m_quotes->setReadOnly(readOnly);
    m_relations->setReadOnly(readOnly);
    m_bulk->setReadOnly(readOnly);
}

void InspectorDock::editEvent()
{
    if (!m_controller->currentEvent().isValid())
        return;
    show();
    raise();
    QWidget *target = page() == Page::Bulk ? static_cast<QWidget *>(m_bulk) : m_form;
    target->setFocus(Qt::ShortcutFocusReason);
    if (auto *title = m_form->findChild<QLineEdit *>(QStringLiteral("title")); title && page() == Page::Event) {
        title->setFocus(Qt::ShortcutFocusReason);
        title->selectAll();
    }
}

void InspectorDock::pasteQuote()
{
    if (m_controller->isReadOnly() || !m_controller->currentEvent().isValid() || m_controller->selection().size() > 1)
        return;
    show();
    raise();
    m_quotes->startNewQuote(QApplication::clipboard()->text());
}

} // namespace dateline
