#include "app/gui/inspector/quoteeditor.h"

#include "app/gui/admiralty.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "app/gui/inspector/actorcreator.h"
#include "app/gui/inspector/sourcecreator.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dateline {

namespace {

constexpr int kListedSources = 200; // in the source picker's list as the user types

} // namespace

QuoteEditor::QuoteEditor(DocumentController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_heading(inspector::sectionLabel(QString()))
    , m_text(new QPlainTextEdit)
    , m_speaker(new EntityPicker)
    , m_source(new EntityPicker)
    , m_speakerCreator(new ActorCreator)
    , m_sourceCreator(new SourceCreator)
    , m_locator(new QLineEdit)
    , m_credibility(new QComboBox)
    , m_problem(inspector::plainLabel())
{
    setObjectName(QStringLiteral("quoteEditor"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("quoteText"));
    m_text->setPlaceholderText(tr("The exact words, as the source gives them"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_speaker->setObjectName(QStringLiteral("quoteSpeaker"));
    m_speaker->setPlaceholderText(tr("Who said it"));
    m_speaker->setCreateLabel(tr("Create actor “%1”"));
    connect(m_speaker, &EntityPicker::createRequested, m_speakerCreator, &ActorCreator::start);
    connect(m_speakerCreator, &ActorCreator::accepted, this, &QuoteEditor::createSpeaker);
    connect(m_speakerCreator, &ActorCreator::cancelled, m_speaker, &EntityPicker::revert);
    m_source->setObjectName(QStringLiteral("quoteSource"));
    m_source->setPlaceholderText(tr("Where it was published"));
    m_source->setCreateLabel(tr("Create source “%1”"));
    // Searched as the user types: a GDELT document has a source per article, a million of them.
    m_source->setSearch(
        [this](const QString &text) {
            std::vector<EntityPicker::Item> items;
            if (const Document *document = m_controller->document()) {
                // The publication, else the URL: a GDELT document's articles share their site's name.
                for (const Source &s : document->sourcesMatching(text, kListedSources))
                    items.push_back({s.id.value, s.title, s.publication.isEmpty() ? s.url : s.publication});
            }
            return items;
        },
        1);
    connect(m_source, &EntityPicker::createRequested, m_sourceCreator, &SourceCreator::start);
    connect(m_sourceCreator, &SourceCreator::accepted, this, &QuoteEditor::createSource);
    connect(m_sourceCreator, &SourceCreator::cancelled, m_source, &EntityPicker::revert);
    m_locator->setObjectName(QStringLiteral("quoteLocator"));
    m_locator->setPlaceholderText(tr("Page, paragraph or timestamp"));
    m_credibility->setObjectName(QStringLiteral("quoteCredibility"));
    for (int level = 1; level <= 6; ++level)
        m_credibility->addItem(tr("%1 — %2").arg(level).arg(admiralty::credibilityName(level)), level);
    m_credibility->setToolTip(admiralty::credibilityScale());
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, inspector::warningColor(palette));
    m_problem->setPalette(palette);
    m_problem->hide();

    auto *save = new QPushButton(tr("Save Quote"));
    save->setObjectName(QStringLiteral("saveQuote"));
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(save, &QPushButton::clicked, this, &QuoteEditor::save);
    inspector::enterPresses(m_locator, save);
    connect(cancel, &QPushButton::clicked, this, &QuoteEditor::close);
    for (QWidget *field : std::initializer_list<QWidget *>{m_text, m_locator})
        inspector::onEscape(field, [this] { close(); });

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_heading);
    form->addRow(m_text);
    form->addRow(m_problem);
    form->addRow(tr("Speaker"), m_speaker);
    form->addRow(m_speakerCreator);
    form->addRow(tr("Source"), m_source);
    form->addRow(m_sourceCreator);
    form->addRow(tr("Locator"), m_locator);
    form->addRow(tr("Credibility"), m_credibility);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(save);
    form->addRow(buttons);
    hide();
}

void QuoteEditor::setActors(std::vector<EntityPicker::Item> actors)
{
    m_speaker->setItems(std::move(actors));
}

void QuoteEditor::startNew(EventId event, const QString &text)
{
    Quote quote;
    quote.text = text.trimmed();
    quote.events = {event};
    m_heading->setText(tr("New quote"));
    load(quote);
}

void QuoteEditor::startEdit(const Quote &quote)
{
    m_heading->setText(tr("Edit quote"));
    load(quote);
}

void QuoteEditor::load(const Quote &quote)
{
    m_quote = quote;
    m_text->setPlainText(quote.text);
    m_speaker->setCurrentId(quote.speaker.value);
    const Document *document = m_controller->document();
    const std::optional<Source> source = document && quote.source.isValid() ? document->source(quote.source) : std::nullopt;
    m_source->setCurrent(source ? source->id.value : 0, source ? source->title : QString());
    m_locator->setText(quote.locator);
    m_credibility->setCurrentIndex(m_credibility->findData(quote.credibility));
    m_speakerCreator->hide();
    m_sourceCreator->hide();
    m_problem->hide();
    show();
    m_text->setFocus(Qt::OtherFocusReason);
}

void QuoteEditor::close()
{
    hide();
    m_speakerCreator->hide();
    m_sourceCreator->hide();
    Q_EMIT finished();
}

bool QuoteEditor::save()
{
    Document *document = m_controller->document();
    if (!document || m_controller->isReadOnly())
        return false;
    Quote quote = m_quote;
    quote.text = m_text->toPlainText().trimmed();
    if (quote.text.isEmpty()) {
        m_problem->setText(tr("A quote needs its text."));
        m_problem->show();
        m_text->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_speaker->resolve();
    m_source->resolve();
    // A speaker or source typed but not in the document yet: its form is open below, to be
    // created (or cancelled) first, rather than the quote saved without it.
    if (!m_speakerCreator->isHidden() || !m_sourceCreator->isHidden()) {
        m_problem->setText(tr("Create the new speaker or source below first, or cancel it."));
        m_problem->show();
        return false;
    }
    quote.speaker = ActorId(m_speaker->currentId());
    quote.source = SourceId(m_source->currentId());
    quote.locator = m_locator->text().trimmed();
    quote.credibility = m_credibility->currentData().toInt();
    bool ok = false;
    if (quote.id.isValid()) {
        // Keep the links as they are now: another view may have attached the quote meanwhile.
        const std::optional<Quote> stored = document->quote(quote.id);
        if (!stored) {
            close();
            return false;
        }
        quote.events = stored->events;
        ok = m_controller->edit([&](Editor &editor) { commands::updateQuote(editor, quote); });
    } else {
        ok = m_controller->edit([&](Editor &editor) { commands::addQuote(editor, quote); });
    }
    if (ok)
        close();
    return ok;
}

void QuoteEditor::createSpeaker(const Actor &actor)
{
    ActorId id;
    if (!m_controller->edit([&](Editor &editor) { id = commands::addActor(editor, actor); }))
        return;
    m_speaker->setCurrent(id.value, actor.label);
    m_problem->hide();
}

void QuoteEditor::createSource(const Source &source)
{
    SourceId id;
    if (!m_controller->edit([&](Editor &editor) { id = commands::addSource(editor, source); }))
        return;
    m_source->setCurrent(id.value, source.title);
}

} // namespace dateline
