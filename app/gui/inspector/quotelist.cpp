#include "app/gui/inspector/quotelist.h"

#include "app/gui/admiralty.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "app/gui/inspector/quoteeditor.h"
#include "app/gui/plaintext.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dateline {

namespace {

constexpr int kQuoteIdRole = Qt::UserRole + 1;

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + QChar(0x2026);
}

} // namespace

QuoteList::QuoteList(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_list(new QListWidget)
    , m_add(new QPushButton(tr("New…")))
    , m_attachButton(new QPushButton(tr("Attach…")))
    , m_edit(new QPushButton(tr("Edit")))
    , m_detach(new QPushButton(tr("Detach")))
    , m_remove(new QPushButton(tr("Delete")))
    , m_attach(new EntityPicker)
    , m_editor(new QuoteEditor(controller))
{
    m_list->setObjectName(QStringLiteral("quotes"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_add->setObjectName(QStringLiteral("newQuote"));
    m_add->setToolTip(tr("Add a quote to this event (Ctrl+Shift+V pastes the clipboard as a new quote)"));
    m_attachButton->setObjectName(QStringLiteral("attachQuote"));
    m_attachButton->setToolTip(tr("Attach a quote already in the document to this event too"));
    m_edit->setObjectName(QStringLiteral("editQuote"));
    m_detach->setObjectName(QStringLiteral("detachQuote"));
    m_detach->setToolTip(tr("Detach the quote from this event only; other events keep it"));
    m_remove->setObjectName(QStringLiteral("deleteQuote"));
    m_remove->setToolTip(tr("Delete the quote from the document (every event loses it)"));
    m_attach->setObjectName(QStringLiteral("attachPicker"));
    m_attach->setPlaceholderText(tr("Type words of the quote to attach…"));
    m_attach->hide();

    connect(m_list, &QListWidget::itemSelectionChanged, this, &QuoteList::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { editSelected(); });
    connect(m_add, &QPushButton::clicked, this, [this] { startNewQuote(); });
    connect(m_edit, &QPushButton::clicked, this, &QuoteList::editSelected);
    connect(m_detach, &QPushButton::clicked, this, &QuoteList::detachSelected);
    connect(m_remove, &QPushButton::clicked, this, &QuoteList::removeSelected);
    connect(m_attachButton, &QPushButton::clicked, this, [this] {
        if (m_attach->isVisible())
            m_attach->hide();
        else
            showAttachPicker();
    });
    connect(m_attach, &EntityPicker::picked, this, [this](qint64 id) {
        if (id != 0)
            attach(QuoteId(id));
    });
    connect(m_editor, &QuoteEditor::finished, this, &QuoteList::updateButtons);

    auto *buttons = new QGridLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_attachButton, 0, 1);
    buttons->addWidget(m_edit, 0, 2);
    buttons->addWidget(m_detach, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_attach);
    layout->addWidget(m_editor);
    updateButtons();
}

void QuoteList::setEvent(EventId event)
{
    if (event != m_event) {
        m_editor->hide(); // an unsaved quote belonged to the event before
        m_attach->hide();
    }
    const QuoteId selected = selectedQuote();
    m_event = event;
    m_list->clear();
    const Document *document = m_controller->document();
    if (document && event.isValid()) {
        for (const Quote &quote : document->quotesForEvent(event)) {
            auto *item = new QListWidgetItem(describe(quote), m_list);
            item->setData(kQuoteIdRole, qint64(quote.id.value));
            item->setToolTip(plainToolTip(quote.text));
            if (quote.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(tr("No quotes"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    inspector::fitListHeight(m_list, m_list->fontMetrics().lineSpacing() * 16);
    updateButtons();
}

void QuoteList::setActors(const std::vector<Actor> &actors)
{
    m_actorNames.clear();
    std::vector<EntityPicker::Item> actorItems;
    for (const Actor &a : actors) {
        m_actorNames.insert(a.id.value, a.label);
        actorItems.push_back({a.id.value, a.label});
    }
    m_editor->setActors(std::move(actorItems));
}

void QuoteList::updateAttachItems()
{
    std::vector<EntityPicker::Item> items;
    const Document *document = m_controller->document();
    if (!document)
        return;
    for (const Quote &q : document->quotes()) {
        if (std::find(q.events.begin(), q.events.end(), m_event) == q.events.end())
            items.push_back({q.id.value, elided(q.text, 90), m_actorNames.value(q.speaker.value)});
    }
    m_attach->setItems(std::move(items));
}

void QuoteList::showAttachPicker()
{
    if (m_readOnly || !m_event.isValid())
        return;
    updateAttachItems();
    m_attach->setCurrent(0, {});
    m_attach->show();
    m_attach->setFocus(Qt::OtherFocusReason);
}

void QuoteList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_editor->hide();
        m_attach->hide();
    }
    for (QPushButton *b : {m_add, m_attachButton, m_edit, m_detach, m_remove})
        b->setVisible(!readOnly);
    updateButtons();
}

QuoteId QuoteList::selectedQuote() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? QuoteId(item->data(kQuoteIdRole).toLongLong()) : QuoteId();
}

void QuoteList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    inspector::fitListHeight(m_list, m_list->fontMetrics().lineSpacing() * 16); // rows rewrap
}

void QuoteList::updateButtons()
{
    const bool editable = !m_readOnly && m_event.isValid();
    const bool selected = editable && selectedQuote().isValid();
    m_add->setEnabled(editable);
    m_attachButton->setEnabled(editable);
    m_edit->setEnabled(selected);
    m_detach->setEnabled(selected);
    m_remove->setEnabled(selected);
}

QString QuoteList::describe(const Quote &quote) const
{
    QStringList about;
    const QString speaker = m_actorNames.value(quote.speaker.value);
    if (!speaker.isEmpty())
        about << speaker;
    const Document *document = m_controller->document();
    const std::optional<Source> stored = document && quote.source.isValid() ? document->source(quote.source) : std::nullopt;
    QString source = stored ? stored->title : QString();
    if (!quote.locator.isEmpty())
        source = source.isEmpty() ? quote.locator : tr("%1, %2").arg(source, quote.locator);
    if (!source.isEmpty())
        about << source;
    about << tr("credibility %1 (%2)").arg(quote.credibility).arg(admiralty::credibilityName(quote.credibility));
    return tr("“%1”\n— %2").arg(elided(quote.text, 400), about.join(QStringLiteral(" · ")));
}

void QuoteList::startNewQuote(const QString &text)
{
    if (m_readOnly || !m_event.isValid())
        return;
    m_attach->hide();
    m_editor->startNew(m_event, text);
}

void QuoteList::editSelected()
{
    const Document *document = m_controller->document();
    const QuoteId id = selectedQuote();
    if (m_readOnly || !document || !id.isValid())
        return;
    if (const std::optional<Quote> quote = document->quote(id))
        m_editor->startEdit(*quote);
}

void QuoteList::removeSelected()
{
    const QuoteId id = selectedQuote();
    if (m_readOnly || !id.isValid())
        return;
    if (m_editor->isEditing() && m_editor->quote() == id)
        m_editor->hide();
    m_controller->edit([&](Editor &editor) { commands::removeQuote(editor, id); });
}

void QuoteList::detachSelected()
{
    const QuoteId id = selectedQuote();
    if (m_readOnly || !id.isValid())
        return;
    const EventId event = m_event;
    m_controller->edit([&](Editor &editor) { commands::unlinkQuote(editor, id, event); });
}

void QuoteList::attach(QuoteId id)
{
    if (m_readOnly || !m_event.isValid())
        return;
    const EventId event = m_event;
    if (m_controller->edit([&](Editor &editor) { commands::linkQuote(editor, id, event); }))
        m_attach->hide();
}

} // namespace dateline
