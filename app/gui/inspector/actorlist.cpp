#include "app/gui/inspector/actorlist.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/actorcreator.h"
#include "app/gui/inspector/entitypicker.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/model/isocountries.h"
#include "core/store/document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace dateline {

ActorList::ActorList(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_rows(new QWidget)
    , m_rowsLayout(new QVBoxLayout(m_rows))
    , m_picker(new EntityPicker)
    , m_role(createRoleBox(ActorRole::Participant))
    , m_creator(new ActorCreator)
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_picker->setObjectName(QStringLiteral("actorPicker"));
    m_picker->setPlaceholderText(tr("Add an actor…"));
    m_picker->setCreateLabel(tr("Create actor “%1”"));
    m_role->setObjectName(QStringLiteral("newActorRole"));
    connect(m_picker, &EntityPicker::picked, this, [this](qint64 id) {
        if (id != 0)
            addActor(ActorId(id));
    });
    connect(m_picker, &EntityPicker::createRequested, m_creator, &ActorCreator::start);
    connect(m_creator, &ActorCreator::accepted, this, &ActorList::createActor);
    connect(m_creator, &ActorCreator::cancelled, m_picker, [this] { m_picker->setCurrent(0, {}); });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_picker, 1);
    addRow->addWidget(m_role);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rows);
    layout->addLayout(addRow);
    layout->addWidget(m_creator);
}

QComboBox *ActorList::createRoleBox(ActorRole role)
{
    auto *box = new QComboBox;
    for (ActorRole r : {ActorRole::Initiator, ActorRole::Target, ActorRole::Participant, ActorRole::Host, ActorRole::Visitor})
        box->addItem(roleName(r), int(r));
    box->setCurrentIndex(box->findData(int(role)));
    inspector::wheelOnlyWhenFocused(box); // rows are made as events are shown
    return box;
}

void ActorList::setEvent(const std::optional<Event> &event)
{
    if (!event || !m_event || event->id != m_event->id) {
        m_creator->hide();
        m_picker->setCurrent(0, {});
    }
    m_event = event;
    rebuildRows();
}

void ActorList::setActors(const std::vector<Actor> &actors)
{
    m_names.clear();
    std::vector<EntityPicker::Item> items;
    items.reserve(actors.size());
    for (const Actor &a : actors) {
        m_names.insert(a.id.value, a.label);
        items.push_back({a.id.value, a.label, countryDisplayName(a.country)});
    }
    m_picker->setItems(std::move(items));
    rebuildRows();
}

void ActorList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_picker->setVisible(!readOnly);
    m_role->setVisible(!readOnly);
    if (readOnly)
        m_creator->hide();
    rebuildRows();
}

void ActorList::rebuildRows()
{
    // Later: the combo box or button whose signal led here may still be on the stack.
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    if (!m_event)
        return;
    if (m_event->actors.empty())
        m_rowsLayout->addWidget(inspector::plainLabel(tr("No actors")));
    for (std::size_t i = 0; i < m_event->actors.size(); ++i) {
        const ActorLink link = m_event->actors[i];
        auto *row = new QWidget;
        row->setObjectName(QStringLiteral("actorRow"));
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        QLabel *name = inspector::plainLabel(m_names.value(link.actor.value, tr("(missing actor)")));
        name->setWordWrap(false);
        name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        h->addWidget(name, 1);
        QComboBox *role = createRoleBox(link.role);
        role->setEnabled(!m_readOnly);
        connect(role, &QComboBox::activated, this, [this, i, role](int index) {
            changeLinks([&](std::vector<ActorLink> &links) {
                if (i < links.size())
                    links[i].role = ActorRole(role->itemData(index).toInt());
            });
        });
        h->addWidget(role);
        auto *remove = new QToolButton;
        remove->setObjectName(QStringLiteral("removeActor"));
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this actor from the event"));
        remove->setAutoRaise(true);
        remove->setVisible(!m_readOnly);
        connect(remove, &QToolButton::clicked, this, [this, link] {
            changeLinks([&](std::vector<ActorLink> &links) { std::erase(links, link); });
        });
        h->addWidget(remove);
        m_rowsLayout->addWidget(row);
    }
}

void ActorList::changeLinks(const std::function<void(std::vector<ActorLink> &)> &apply)
{
    Document *document = m_controller->document();
    if (!m_event || !document || m_controller->isReadOnly())
        return;
    std::optional<Event> event = document->event(m_event->id);
    if (!event)
        return;
    apply(event->actors);
    m_controller->edit([&](Editor &editor) { commands::updateEvent(editor, *event); });
}

void ActorList::addActor(ActorId id)
{
    const ActorLink link{id, ActorRole(m_role->currentData().toInt())};
    changeLinks([&](std::vector<ActorLink> &links) {
        if (std::find_if(links.begin(), links.end(), [&](const ActorLink &l) { return l.actor == id; }) == links.end())
            links.push_back(link);
    });
    // Queued: when picked from the completion list, the completer writes the name after us.
    QMetaObject::invokeMethod(m_picker, [picker = m_picker] { picker->setCurrent(0, {}); }, Qt::QueuedConnection);
}

void ActorList::createActor(const Actor &actor)
{
    if (!m_event || m_controller->isReadOnly())
        return;
    const EventId eventId = m_event->id;
    const ActorRole role = ActorRole(m_role->currentData().toInt());
    m_controller->edit([&](Editor &editor) {
        // One step: undo removes the link and the new actor together.
        editor.perform({QStringLiteral("add-event-actor"), tr("Add actor %1").arg(labels::quoted(actor.label))}, [&] {
            const ActorId id = commands::addActor(editor, actor);
            std::optional<Event> event = editor.document().event(eventId);
            if (!event)
                return;
            event->actors.push_back({id, role});
            commands::updateEvent(editor, *event);
        });
    });
    // Queued: when picked from the completion list, the completer writes the name after us.
    QMetaObject::invokeMethod(m_picker, [picker = m_picker] { picker->setCurrent(0, {}); }, Qt::QueuedConnection);
}

} // namespace dateline
