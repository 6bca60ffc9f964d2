#include "app/gui/eventdetailpane.h"

#include "app/gui/admiralty.h"
#include "app/gui/plaintext.h"
#include "app/gui/wrappedtext.h"
#include "core/model/cameo.h"
#include "core/model/untrustedtext.h"
#include "core/render/scene.h"
#include "core/store/document.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dateline {

namespace {

// A label's text we compose of isolated pieces, each of its lines read left to right (see
// leftToRight(): QLabel took an isolated Arabic name's direction for the whole line).
QString composed(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = leftToRight(line);
    return lines.join(u'\n');
}

QLabel *plainLabel(const QString &text, const QString &objectName, QWidget *parent = nullptr)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // untrusted text: never rich text
    label->setText(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Untrusted text that wraps inside a word too long for the pane (a web address, a pasted token).
WrappedText *wrapped(const QString &text, const QString &objectName)
{
    auto *line = new WrappedText(text);
    line->setObjectName(objectName);
    return line;
}

// A "name: value" row of the fields form; nothing for an empty value.
void addFormRow(QFormLayout *form, const QString &name, const QString &value, const QString &objectName)
{
    if (value.isEmpty())
        return;
    QLabel *field = plainLabel(name, QStringLiteral("fieldName"));
    field->setTextInteractionFlags(Qt::NoTextInteraction);
    // wrapped inside a long word: a GDELT article's address is one word of a hundred letters
    form->addRow(field, wrapped(value, objectName));
}

QLabel *heading(const QString &text)
{
    QLabel *label = plainLabel(text, QStringLiteral("sectionHeading"));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

QString inverseRelationName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::FollowUpOf: return EventDetailPane::tr("followed up by");
    case RelationKind::ResponseTo: return EventDetailPane::tr("responded to by");
    case RelationKind::PartOf: return EventDetailPane::tr("includes");
    case RelationKind::Contradicts: return EventDetailPane::tr("contradicted by");
    }
    return {};
}

QString citation(const Source &source)
{
    QStringList parts;
    if (!source.title.isEmpty())
        parts.append(QStringLiteral("“%1”").arg(isolated(source.title)));
    if (!source.publication.isEmpty())
        parts.append(isolated(source.publication));
    if (source.issued.isValid())
        parts.append(source.issued.toDisplayString());
    if (!source.author.isEmpty())
        parts.append(EventDetailPane::tr("by %1").arg(isolated(source.author)));
    QString text = parts.join(QStringLiteral(", "));
    if (!source.url.isEmpty())
        text += QLatin1Char('\n') + isolated(source.url);
    return text;
}

} // namespace

EventDetailPane::EventDetailPane(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(280);
    rebuild();
}

void EventDetailPane::setDocument(const Document *document)
{
    m_document = document;
    m_event = EventId();
    rebuild();
}

void EventDetailPane::setEvent(EventId id)
{
    m_event = id;
    rebuild();
}

void EventDetailPane::setAllHidden(bool hidden)
{
    if (hidden == m_allHidden)
        return;
    m_allHidden = hidden;
    if (!m_event.isValid())
        rebuild();
}

void EventDetailPane::showPlaceholder(const QString &text)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    QLabel *label = plainLabel(text, QStringLiteral("placeholder"));
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
    setWidget(content); // deletes the previous content
}

void EventDetailPane::rebuild()
{
    const std::optional<Event> event =
        m_document && m_event.isValid() ? m_document->event(m_event) : std::nullopt;
    if (!event) {
        if (!m_document)
            showPlaceholder(tr("No document is open."));
        else if (m_allHidden)
            showPlaceholder(tr("The filters hide every event.\nClick a filter above the timeline to remove it, "
                               "or Clear filters."));
        else
            showPlaceholder(tr("Select an event to see its details and quotes."));
        return;
    }

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setSpacing(8);

    // A heading of a few lines: a pasted paragraph as a title would push the fields out of sight
    // (the whole title stays in its tooltip and in the Inspector). Wrapped inside a long word as the
    // fields are: a title of one 240-letter word widened the pane behind a horizontal scroll bar.
    constexpr qsizetype kHeadingChars = 240;
    const bool longTitle = event->title.size() > kHeadingChars;
    WrappedText *title = wrapped(longTitle ? event->title.left(kHeadingChars).trimmed() + QChar(0x2026) : event->title,
                                 QStringLiteral("title"));
    if (longTitle)
        title->setToolTip(plainToolTip(event->title));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    title->setFont(titleFont);
    layout->addWidget(title);

    addFields(layout, *event);

    if (!event->description.isEmpty())
        layout->addWidget(wrapped(event->description, QStringLiteral("description")));

    const std::vector<Quote> quotes = m_document->quotesForEvent(event->id);
    layout->addWidget(heading(quotes.empty() ? tr("No quotes") : tr("Quotes (%1)").arg(quotes.size())));
    for (const Quote &quote : quotes)
        addQuote(layout, quote);

    addRelations(layout, *event);
    layout->addStretch(1);
    setWidget(content);
}

void EventDetailPane::addFields(QVBoxLayout *layout, const Event &event)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    const auto addRow = [form](const QString &name, const QString &value, const QString &objectName) {
        addFormRow(form, name, value, objectName);
    };
    addRow(tr("Date:"), event.date.toDisplayString(), QStringLiteral("date"));
    addRow(tr("EDTF:"), event.date.toEdtf(), QStringLiteral("edtf"));
    addRow(tr("Status:"), statusName(event.status), QStringLiteral("status"));
    if (!event.cameoCode.isEmpty()) {
        const QString root = cameo::rootName(cameo::rootCode(event.cameoCode));
        const QString quad = cameo::quadClassName(cameo::quadClass(event.cameoCode));
        addRow(tr("Type:"),
               root.isEmpty() ? event.cameoCode
                              : QStringLiteral("%1 %2 (%3)").arg(event.cameoCode, root, quad),
               QStringLiteral("type"));
    }
    if (event.place.isValid()) {
        if (const std::optional<Place> place = m_document->place(event.place)) {
            addRow(tr("Place:"),
                   place->country.isEmpty() ? place->name
                                            : composed(QStringLiteral("%1 (%2)").arg(isolated(place->name), place->country)),
                   QStringLiteral("place"));
        }
    }
    QStringList actors;
    for (const ActorLink &link : event.actors) {
        const std::optional<Actor> actor = m_document->actor(link.actor);
        actors.append(QStringLiteral("%1 (%2)").arg(actor ? isolated(actor->label) : tr("unknown actor"),
                                                     roleName(link.role)));
    }
    addRow(tr("Actors:"), composed(actors.join(QLatin1Char('\n'))), QStringLiteral("actors"));
    // Each tag isolated: an Arabic tag first made the list right-to-left and reordered the others.
    QStringList tags;
    for (const QString &tag : event.tags)
        tags.append(isolated(tag));
    addRow(tr("Tags:"), composed(tags.join(QStringLiteral(", "))), QStringLiteral("tags"));
    addGdeltFields(form, event.id);
    layout->addLayout(form);
}

// Where a GDELT row came from (the researcher's way back to the article) and how GDELT scored it.
void EventDetailPane::addGdeltFields(QFormLayout *form, EventId id)
{
    const std::optional<GdeltRecord> gdelt = m_document->gdeltRecord(id);
    if (!gdelt)
        return;
    addFormRow(form, tr("GDELT event:"), QString::number(gdelt->globalEventId), QStringLiteral("gdeltEvent"));
    addFormRow(form, tr("Added to GDELT:"), gdeltDateAddedText(gdelt->dateAdded), QStringLiteral("gdeltAdded"));
    if (gdelt->goldstein)
        addFormRow(form, tr("Goldstein scale:"), QString::number(*gdelt->goldstein, 'f', 1), QStringLiteral("gdeltGoldstein"));
    if (gdelt->tone)
        addFormRow(form, tr("Tone:"), QString::number(*gdelt->tone, 'f', 2), QStringLiteral("gdeltTone"));
    if (gdelt->mentions && gdelt->sources && gdelt->articles) {
        const auto count = [](std::int64_t n, const QString &one, const QString &many) {
            return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
        };
        addFormRow(form, tr("Coverage:"),
               QStringList{count(*gdelt->mentions, tr("mention"), tr("mentions")),
                           count(*gdelt->sources, tr("source"), tr("sources")),
                           count(*gdelt->articles, tr("article"), tr("articles"))}
                   .join(QStringLiteral(", ")),
               QStringLiteral("gdeltCoverage"));
    }
    const std::optional<Source> source =
        gdelt->source.isValid() ? m_document->source(gdelt->source) : std::nullopt;
    if (source)
        addFormRow(form, tr("Article:"), source->url.isEmpty() ? source->title : source->url, QStringLiteral("gdeltArticle"));
}

void EventDetailPane::addQuote(QVBoxLayout *layout, const Quote &quote)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("quote"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);

    // Isolated: a U+202E in the quote reversed its closing mark into it, an Arabic quote made the
    // marks swap sides; the same for the speaker's dash and the pieces of the citation.
    // Wrapped inside a word too long for the pane (a 300-letter "word" widened it past its fields).
    auto *text = new WrappedText(composed(QStringLiteral("“%1”").arg(isolated(quote.text))));
    text->setObjectName(QStringLiteral("quoteText"));
    text->setFont(italicUnlessMissing(text->font(), quote.text));
    box->addWidget(text);

    const std::optional<Actor> speaker =
        quote.speaker.isValid() ? m_document->actor(quote.speaker) : std::nullopt;
    auto *speakerLine =
        new WrappedText(composed(QStringLiteral("— %1").arg(speaker ? isolated(speaker->label) : tr("unknown speaker"))));
    speakerLine->setObjectName(QStringLiteral("quoteSpeaker"));
    box->addWidget(speakerLine);

    const std::optional<Source> source =
        quote.source.isValid() ? m_document->source(quote.source) : std::nullopt;
    QString cite = source ? citation(*source) : tr("No source recorded");
    if (!quote.locator.isEmpty())
        cite += QStringLiteral("\n") + tr("at %1").arg(isolated(quote.locator));
    box->addWidget(wrapped(composed(cite), QStringLiteral("quoteCitation"))); // (its address is one long word)

    // Grades with their meaning in words; the tooltips explain the whole Admiralty scale.
    if (source) {
        QLabel *reliability = plainLabel(tr("Source reliability: %1 (%2)")
                                             .arg(source->reliability)
                                             .arg(admiralty::reliabilityName(source->reliability)),
                                         QStringLiteral("sourceReliability"));
        reliability->setToolTip(admiralty::reliabilityScale());
        box->addWidget(reliability);
    }
    QLabel *credibility = plainLabel(tr("Credibility: %1 (%2)")
                                         .arg(quote.credibility)
                                         .arg(admiralty::credibilityName(quote.credibility)),
                                     QStringLiteral("quoteCredibility"));
    credibility->setToolTip(admiralty::credibilityScale());
    box->addWidget(credibility);

    layout->addWidget(frame);
}

void EventDetailPane::addRelations(QVBoxLayout *layout, const Event &event)
{
    bool first = true;
    for (const Relation &relation : m_document->relationsOf(event.id)) {
        const bool outgoing = relation.from == event.id;
        const EventId otherId = outgoing ? relation.to : relation.from;
        const std::optional<Event> other = m_document->event(otherId);
        if (!other)
            continue;
        if (first) {
            layout->addWidget(heading(tr("Related events")));
            first = false;
        }
        const QString kind = outgoing ? relationKindName(relation.kind) : inverseRelationName(relation.kind);
        auto *row = new QHBoxLayout;
        row->addWidget(plainLabel(QStringLiteral("%1: %2 (%3)").arg(kind, isolated(other->title),
                                                                   other->date.toDisplayString()),
                                  QStringLiteral("relation")),
                       1);
        auto *button = new QPushButton(tr("Go to"));
        button->setObjectName(QStringLiteral("relationGo"));
        button->setToolTip(plainToolTip(tr("Show “%1”").arg(other->title)));
        // Queued: activating rebuilds this pane, which deletes the button that was clicked.
        connect(button, &QPushButton::clicked, this, [this, otherId] { Q_EMIT eventActivated(otherId); },
                Qt::QueuedConnection);
        row->addWidget(button, 0, Qt::AlignTop);
        layout->addLayout(row);
    }
}

} // namespace dateline
