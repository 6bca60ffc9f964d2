#include "app/gui/inspector/bulkeditpanel.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/actorcreator.h"
#include "app/gui/inspector/actorlist.h"
#include "app/gui/inspector/entitypicker.h"
#include "app/gui/inspector/eventform.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "app/gui/steplimit.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dateline {

BulkEditPanel::BulkEditPanel(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_heading(inspector::sectionLabel(QString()))
    , m_tag(new QLineEdit)
    , m_addTag(new QPushButton(tr("Add Tag")))
    , m_removeTag(new QPushButton(tr("Remove Tag")))
    , m_status(new QComboBox)
    , m_setStatus(new QPushButton(tr("Set Status")))
    , m_cameo(new QLineEdit)
    , m_cameoFeedback(inspector::plainLabel())
    , m_setCameo(new QPushButton(tr("Set Type")))
    , m_actor(new EntityPicker)
    , m_role(ActorList::createRoleBox(ActorRole::Participant))
    , m_creator(new ActorCreator)
{
    m_heading->setObjectName(QStringLiteral("bulkHeading"));
    m_tag->setObjectName(QStringLiteral("bulkTag"));
    m_tag->setPlaceholderText(tr("Tag"));
    m_addTag->setObjectName(QStringLiteral("bulkAddTag"));
    m_removeTag->setObjectName(QStringLiteral("bulkRemoveTag"));
    connect(m_addTag, &QPushButton::clicked, this, [this] { addTag(m_tag->text()); });
    connect(m_tag, &QLineEdit::returnPressed, this, [this] { addTag(m_tag->text()); });
    connect(m_removeTag, &QPushButton::clicked, this, [this] { removeTag(m_tag->text()); });
    connect(m_tag, &QLineEdit::textChanged, this, &BulkEditPanel::updateButtons);

    m_status->setObjectName(QStringLiteral("bulkStatus"));
    for (EventStatus s : {EventStatus::Occurred, EventStatus::Planned, EventStatus::Announced,
                          EventStatus::Reported, EventStatus::Denied})
        m_status->addItem(statusName(s), int(s));
    connect(m_setStatus, &QPushButton::clicked, this,
            [this] { setStatus(EventStatus(m_status->currentData().toInt())); });

    m_cameo->setObjectName(QStringLiteral("bulkCameo"));
    m_cameo->setPlaceholderText(tr("CAMEO code, e.g. 040"));
    connect(m_cameo, &QLineEdit::textChanged, this, [this](const QString &text) {
        bool ok = true;
        m_cameoFeedback->setText(EventForm::describeCameo(text.trimmed(), &ok));
        QPalette palette = m_cameoFeedback->palette();
        palette.setColor(QPalette::WindowText, ok ? inspector::dimColor(palette) : inspector::warningColor(palette));
        m_cameoFeedback->setPalette(palette);
        m_cameoFeedback->setVisible(!text.trimmed().isEmpty());
        updateButtons();
    });
    m_cameoFeedback->hide();
    connect(m_setCameo, &QPushButton::clicked, this, [this] { setCameoCode(m_cameo->text().trimmed()); });
    connect(m_cameo, &QLineEdit::returnPressed, m_setCameo, &QPushButton::click);

    m_actor->setObjectName(QStringLiteral("bulkActor"));
    m_actor->setPlaceholderText(tr("Add an actor to all…"));
    m_actor->setCreateLabel(tr("Create actor “%1”"));
    connect(m_actor, &EntityPicker::picked, this, [this](qint64 id) {
        if (id != 0)
            addActor(ActorId(id), ActorRole(m_role->currentData().toInt()));
    });
    connect(m_actor, &EntityPicker::createRequested, m_creator, &ActorCreator::start);
    connect(m_creator, &ActorCreator::accepted, this, &BulkEditPanel::createActor);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Tag")), 0, 0);
    grid->addWidget(m_tag, 0, 1, 1, 2);
    auto *tagButtons = new QHBoxLayout;
    tagButtons->addWidget(m_addTag);
    tagButtons->addWidget(m_removeTag);
    tagButtons->addStretch();
    grid->addLayout(tagButtons, 1, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Status")), 2, 0);
    grid->addWidget(m_status, 2, 1);
    grid->addWidget(m_setStatus, 2, 2);
    grid->addWidget(new QLabel(tr("Type")), 3, 0);
    grid->addWidget(m_cameo, 3, 1);
    grid->addWidget(m_setCameo, 3, 2);
    grid->addWidget(m_cameoFeedback, 4, 1, 1, 2);
    grid->addWidget(new QLabel(tr("Actor")), 5, 0);
    grid->addWidget(m_actor, 5, 1);
    grid->addWidget(m_role, 5, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    m_note = inspector::plainLabel(QString());
    m_note->setObjectName(QStringLiteral("bulkNote"));
    layout->addWidget(m_note);
    layout->addLayout(grid);
    layout->addWidget(m_creator);
    layout->addStretch();
    updateButtons();
}

void BulkEditPanel::setSelection(const std::vector<EventId> &ids)
{
    m_ids = ids;
    m_heading->setText(ids.size() == 1 ? tr("1 event selected") : tr("%L1 events selected").arg(ids.size()));
    m_note->setText(ids.size() <= kMaxEventsPerStep
                        ? tr("Each change applies to every selected event and is one undo step.")
                        : tr("One change applies to at most %L1 events (each is kept for undo, about a millisecond "
                             "an event): select fewer to change them together.")
                              .arg(kMaxEventsPerStep));
    updateButtons();
}

void BulkEditPanel::setActors(const std::vector<Actor> &actors)
{
    std::vector<EntityPicker::Item> items;
    for (const Actor &a : actors)
        items.push_back({a.id.value, a.label, a.country});
    m_actor->setItems(std::move(items));
}

void BulkEditPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    inspector::setFieldsReadOnly(this, readOnly);
    if (readOnly)
        m_creator->hide();
    updateButtons();
}

void BulkEditPanel::updateButtons()
{
    const bool editable = !m_readOnly && !m_ids.empty() && m_ids.size() <= kMaxEventsPerStep;
    const bool hasTag = editable && !m_tag->text().trimmed().isEmpty();
    m_addTag->setEnabled(hasTag);
    m_removeTag->setEnabled(hasTag);
    m_setStatus->setEnabled(editable);
    bool ok = true;
    EventForm::describeCameo(m_cameo->text().trimmed(), &ok);
    m_setCameo->setEnabled(editable && ok);
}

void BulkEditPanel::addTag(const QString &tag)
{
    const QString t = tag.simplified();
    if (m_readOnly || t.isEmpty() || !withinStepLimit(*m_controller, m_ids.size(), tr("Tag")))
        return;
    if (m_controller->edit([&](Editor &editor) { commands::addTag(editor, m_ids, t); }))
        m_tag->clear();
}

void BulkEditPanel::removeTag(const QString &tag)
{
    const QString t = tag.simplified();
    if (m_readOnly || t.isEmpty() || !withinStepLimit(*m_controller, m_ids.size(), tr("Untag")))
        return;
    if (m_controller->edit([&](Editor &editor) { commands::removeTag(editor, m_ids, t); }))
        m_tag->clear();
}

void BulkEditPanel::setStatus(EventStatus status)
{
    if (!m_readOnly && withinStepLimit(*m_controller, m_ids.size(), tr("Change")))
        m_controller->edit([&](Editor &editor) { commands::setStatus(editor, m_ids, status); });
}

void BulkEditPanel::setCameoCode(const QString &code)
{
    bool ok = true;
    EventForm::describeCameo(code, &ok);
    if (m_readOnly || !ok || !withinStepLimit(*m_controller, m_ids.size(), tr("Change")))
        return;
    m_controller->edit([&](Editor &editor) { commands::setCameoCode(editor, m_ids, code); });
}

void BulkEditPanel::addActor(ActorId actor, ActorRole role)
{
    if (!m_readOnly && actor.isValid() && withinStepLimit(*m_controller, m_ids.size(), tr("Change")))
        m_controller->edit([&](Editor &editor) { commands::addActor(editor, m_ids, {actor, role}); });
    // Queued: when picked from the completion list, the completer writes the name after us.
    QMetaObject::invokeMethod(m_actor, [picker = m_actor] { picker->setCurrent(0, {}); }, Qt::QueuedConnection);
}

void BulkEditPanel::createActor(const Actor &actor)
{
    if (m_readOnly || !withinStepLimit(*m_controller, m_ids.size(), tr("Change")))
        return;
    const ActorRole role = ActorRole(m_role->currentData().toInt());
    m_controller->edit([&](Editor &editor) {
        editor.perform({QStringLiteral("add-events-actor"), tr("Add actor %1").arg(labels::quoted(actor.label))}, [&] {
            const ActorId id = commands::addActor(editor, actor);
            commands::addActor(editor, m_ids, {id, role});
        });
    });
    // Queued: when picked from the completion list, the completer writes the name after us.
    QMetaObject::invokeMethod(m_actor, [picker = m_actor] { picker->setCurrent(0, {}); }, Qt::QueuedConnection);
}

} // namespace dateline
