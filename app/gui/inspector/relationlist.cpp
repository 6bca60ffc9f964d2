#include "app/gui/inspector/relationlist.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/entitypicker.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dateline {

namespace {

constexpr int kRelationIdRole = Qt::UserRole + 1;
constexpr int kOtherEventRole = Qt::UserRole + 2;
constexpr std::size_t kMaxSuggestions = 50;

// The relation read from its other end: the summit is a follow-up of the meeting, so the
// meeting is "followed up by" the summit.
QString inverseName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::FollowUpOf: return RelationList::tr("followed up by");
    case RelationKind::ResponseTo: return RelationList::tr("responded to by");
    case RelationKind::PartOf: return RelationList::tr("includes");
    case RelationKind::Contradicts: return RelationList::tr("contradicted by");
    }
    return relationKindName(kind);
}

} // namespace

RelationList::RelationList(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(new QListWidget)
    , m_kind(new QComboBox)
    , m_target(new EntityPicker)
    , m_remove(new QPushButton(tr("Remove")))
{
    m_list->setObjectName(QStringLiteral("relations"));
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Double-click to go to the related event"));
    m_kind->setObjectName(QStringLiteral("relationKind"));
    for (RelationKind k : {RelationKind::FollowUpOf, RelationKind::ResponseTo, RelationKind::PartOf, RelationKind::Contradicts})
        m_kind->addItem(relationKindName(k), int(k));
    m_target->setObjectName(QStringLiteral("relationTarget"));
    m_target->setPlaceholderText(tr("Event title…"));
    // Events are too many to list up front: search titles as the user types.
    m_target->setSearch([this](const QString &text) {
        std::vector<EntityPicker::Item> items;
        const Document *document = m_controller->document();
        if (!document)
            return items;
        std::vector<EventId> ids = document->eventIdsMatchingTitleOrActor(text);
        std::erase(ids, m_event);
        if (ids.size() > kMaxSuggestions)
            ids.resize(kMaxSuggestions);
        for (const EventListRow &row : document->eventListRows(ids)) {
            if (row.id.isValid())
                items.push_back({row.id.value, row.title, row.date.isValid() ? row.date.toDisplayString() : QString()});
        }
        return items;
    });
    connect(m_target, &EntityPicker::picked, this, [this](qint64 id) {
        if (id != 0)
            addRelation(RelationKind(m_kind->currentData().toInt()), EventId(id));
    });
    m_remove->setObjectName(QStringLiteral("removeRelation"));
    connect(m_remove, &QPushButton::clicked, this, &RelationList::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &RelationList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const EventId other(item->data(kOtherEventRole).toLongLong());
        if (other.isValid())
            m_controller->setCurrentEvent(other);
    });

    auto *add = new QHBoxLayout;
    add->addWidget(m_kind);
    add->addWidget(m_target, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(add);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    updateButtons();
}

void RelationList::setEvent(EventId event)
{
    if (event != m_event)
        m_target->setCurrent(0, {});
    m_event = event;
    m_list->clear();
    const Document *document = m_controller->document();
    if (document && event.isValid()) {
        for (const Relation &r : document->relationsOf(event)) {
            const bool outgoing = r.from == event;
            const EventId other = outgoing ? r.to : r.from;
            const std::optional<Event> e = document->event(other);
            const QString title = labels::quoted(e ? e->title : QString());
            const QString text = outgoing ? tr("%1 %2").arg(relationKindName(r.kind), title)
                                          : tr("%1 %2").arg(inverseName(r.kind), title);
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(kRelationIdRole, qint64(r.id.value));
            item->setData(kOtherEventRole, qint64(other.value));
        }
    }
    if (m_list->count() == 0)
        (new QListWidgetItem(tr("No related events"), m_list))->setFlags(Qt::NoItemFlags);
    inspector::fitListHeight(m_list, m_list->fontMetrics().lineSpacing() * 8);
    updateButtons();
}

void RelationList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_kind->setVisible(!readOnly);
    m_target->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    updateButtons();
}

void RelationList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    inspector::fitListHeight(m_list, m_list->fontMetrics().lineSpacing() * 8); // rows rewrap
}

void RelationList::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_remove->setEnabled(!m_readOnly && item && item->isSelected() && item->data(kRelationIdRole).toLongLong() > 0);
}

void RelationList::addRelation(RelationKind kind, EventId target)
{
    if (m_readOnly || !m_event.isValid() || !target.isValid() || target == m_event)
        return;
    const Relation relation{RelationId(), m_event, target, kind};
    if (m_controller->edit([&](Editor &editor) { commands::addRelation(editor, relation); })) {
        // Queued: when picked from the completion list, the completer writes the title after us.
        QMetaObject::invokeMethod(m_target, [picker = m_target] { picker->setCurrent(0, {}); }, Qt::QueuedConnection);
    }
}

void RelationList::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (m_readOnly || !item)
        return;
    const RelationId id(item->data(kRelationIdRole).toLongLong());
    if (id.isValid())
        m_controller->edit([&](Editor &editor) { commands::removeRelation(editor, id); });
}

} // namespace dateline
