#include "app/gui/articleimportdialog.h"

#include "app/gui/articlehighlighter.h"
#include "app/gui/articleproposaltable.h"
#include "app/gui/backgroundtask.h"
#include "app/gui/inspector/datefield.h"
#include "app/gui/messagetext.h"
#include "app/gui/plaintext.h"
#include "core/date/fuzzydate.h"
#include "core/extract/articlemetadata.h"
#include "core/extract/htmltext.h"
#include "core/extract/similarevents.h"
#include "core/store/document.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace dateline {

namespace {

// Highlight colours, light enough for black text to stay readable.
const QColor kTimexColour(255, 236, 153);
const QColor kQuoteColour(207, 226, 255);
const QColor kEvidenceColour(214, 240, 206);

} // namespace

ArticleImportDialog::ArticleImportDialog(const QString &articleText, const QString &articlePath, const QDate &published,
                                         Purpose purpose, std::vector<Actor> knownActors, QWidget *parent)
    : QDialog(parent)
    , m_text(articleText)
    , m_path(articlePath)
    , m_purpose(purpose)
    , m_known(std::move(knownActors))
{
    setWindowTitle(purpose == Purpose::NewTimeline ? tr("New Timeline from Article") : tr("Add Events from Article"));
    // (built in tab order: the source's fields, the article, the proposals, the buttons)
    QFormLayout *form = buildSourceForm(published);
    QWidget *articlePane = buildArticlePane();
    QWidget *proposalPane = buildProposalPane();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(articlePane);
    split->addWidget(proposalPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    QDialogButtonBox *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    // most of a large screen (the proposal titles are what the analyst reads), 1200 × 760 at least
    QSize size(1200, 760);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableGeometry().size();
        size = size.expandedTo(room * 0.85).boundedTo(room);
    }
    resize(size);
    split->setSizes({size.width() * 2 / 5, size.width() * 3 / 5});

    fillSource(published);
    const FuzzyDate given = FuzzyDate::fromEdtf(m_date->text());
    m_dct = given.isValid() ? calendar::toCivil(sortTime(given.bounds())).date : CivilDate{2000, 1, 1};
    // Proposing a long article again takes a moment, and every prefix of a date ("2008", "2008-0")
    // is one: typing proposed again at each key, and keys typed meanwhile were lost.
    m_proposeLater = new QTimer(this);
    m_proposeLater->setSingleShot(true);
    m_proposeLater->setInterval(600);
    connect(m_proposeLater, &QTimer::timeout, this, &ArticleImportDialog::proposeForDate);
    connect(m_date, &QLineEdit::textChanged, this, &ArticleImportDialog::dateEdited);
    connect(m_date, &QLineEdit::editingFinished, this, &ArticleImportDialog::proposeForDate);
    m_date->installEventFilter(this);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ArticleImportDialog::showDetails);
    connect(m_table, &ArticleProposalTable::proposalChanged, this, &ArticleImportDialog::proposalEdited);
    for (QLineEdit *field : {m_title, m_publication, m_author, m_url})
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_reviewed = true;
            emit keptChanged(); // the source the kept events cite
        });
    connect(m_date, &QLineEdit::textEdited, this, [this] { m_reviewed = true; });
    extract();
    m_table->setFocus();
}

QFormLayout *ArticleImportDialog::buildSourceForm(const QDate &published)
{
    m_date = new QLineEdit((published.isValid() ? published : QDate::currentDate()).toString(Qt::ISODate), this);
    m_date->setToolTip(tr("When the article was published (2008-03-28, 28 March 2008; 2008-03, March 2008 or [..2008-03-26] "
                          "when not known exactly): \"yesterday\" or \"on Friday\" are counted from its first day"));
    m_title = new QLineEdit(this);
    m_publication = new QLineEdit(this);
    m_publication->setPlaceholderText(tr("e.g. World Politics Review"));
    m_author = new QLineEdit(this);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://… (optional)"));

    auto *form = new QFormLayout;
    auto *dateRow = new QHBoxLayout;
    m_date->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("[..2008-03-26]  ")) + 16);
    dateRow->addWidget(m_date);
    m_dateOrigin = new QLabel(this);
    m_dateOrigin->setObjectName(QStringLiteral("dateOrigin"));
    m_dateOrigin->setTextFormat(Qt::PlainText);
    dateRow->addWidget(m_dateOrigin);
    dateRow->addStretch(1); // a date needs no full-width field
    form->addRow(tr("Published on:"), dateRow);
    form->addRow(tr("Source title:"), m_title);
    form->addRow(tr("Publication:"), m_publication);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("URL:"), m_url);
    return form;
}

QWidget *ArticleImportDialog::buildArticlePane()
{
    m_article = new QPlainTextEdit(this);
    m_article->setReadOnly(true);
    m_article->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_marks = new ArticleHighlighter(m_article->document());
    auto *legend = new QLabel(tr("Highlighted: dates (yellow), quotes (blue), the selected proposal's sentence (green). "
                                  "Dimmed: a web page's menus, footers and link lists, which propose nothing."), this);
    legend->setTextFormat(Qt::PlainText);
    legend->setWordWrap(true);
    auto *articlePane = new QWidget(this);
    auto *articleLayout = new QVBoxLayout(articlePane);
    articleLayout->setContentsMargins(0, 0, 0, 0);
    articleLayout->addWidget(m_article, 1);
    articleLayout->addWidget(legend);
    return articlePane;
}

QWidget *ArticleImportDialog::buildProposalPane()
{
    m_table = new ArticleProposalTable(this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    // The keys were only in the table's tooltip, which nobody hovers long enough to read.
    auto *keys = new QLabel(ArticleProposalTable::keyHint(), this);
    keys->setObjectName(QStringLiteral("keyHint"));
    keys->setTextFormat(Qt::PlainText);
    keys->setWordWrap(true);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(keys);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(top);
    right->addWidget(m_details);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    return right;
}

QDialogButtonBox *ArticleImportDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_purpose == Purpose::NewTimeline ? tr("Create Timeline…") : tr("Add to Timeline"));
    m_addToOpen = buttons->addButton(tr("Add to Open Timeline"), QDialogButtonBox::ActionRole);
    m_addToOpen->setVisible(false);
    // (a date typed a moment ago counts: the proposals follow it first)
    connect(m_addToOpen, &QPushButton::clicked, this, [this] {
        proposeForDate();
        done(AddToOpenTimeline);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        proposeForDate();
        if (!m_acceptCheck || m_acceptCheck())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter accepts the proposal in hand (ArticleProposalTable); finishing takes Ctrl+Enter.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *finish = new QShortcut(keys, this);
        connect(finish, &QShortcut::activated, m_ok, [this] {
            if (m_ok->isEnabled())
                m_ok->click();
        });
    }
    return buttons;
}

void ArticleImportDialog::fillSource(const QDate &published)
{
    const bool html = extract::HtmlText::looksLikeHtml(m_text);
    const QString plain = html ? extract::HtmlText::toPlainText(m_text) : m_text;
    const QString heading = extract::ArticleMetadata::headingInText(plain);
    // The article's own dateline or date line beats the file's date (a copy saved days later).
    const QDate saved = published.isValid() ? published : QDate::currentDate();
    // An analyst must know whether "on Friday" was counted from the article's date or a guess.
    m_dateOrigin->setText(published.isValid() ? tr("the file's date: no date found in the article; check it")
                                              : tr("today: no date found in the article; check it"));
    if (const auto day = extract::ArticleMetadata::publishedInText(plain, CivilDate{saved.year(), saved.month(), saved.day()})) {
        m_date->setText(FuzzyDate::fromDay(*day).toEdtf());
        m_dateOrigin->setText(tr("from the article's date line"));
    }
    m_title->setText(heading.isEmpty() ? QFileInfo(m_path).completeBaseName() : heading);
    m_author->setText(extract::ArticleMetadata::authorInText(plain));
    m_url->setText(m_path.contains(QLatin1String("://")) ? m_path : QString());
    if (html) {
        // A saved web page says what it is: its title, site, author, address and date win.
        const extract::ArticleMetadata meta = extract::ArticleMetadata::fromHtml(m_text);
        if (!meta.title.isEmpty())
            m_title->setText(meta.title);
        m_publication->setText(meta.publication);
        if (!meta.author.isEmpty())
            m_author->setText(meta.author);
        if (!meta.url.isEmpty())
            m_url->setText(meta.url);
        if (meta.published) {
            m_date->setText(FuzzyDate::fromDay(*meta.published).toEdtf());
            m_dateOrigin->setText(tr("from the page's metadata"));
        }
    }
}

void ArticleImportDialog::setAddToOpenAvailable(bool available)
{
    m_addToOpen->setVisible(available && m_purpose == Purpose::NewTimeline);
}

void ArticleImportDialog::dateEdited()
{
    // A fuzzy date is welcome, in EDTF or as people write it ("March 2008", read as 2008-03); text
    // that is no date turns red and changes nothing.
    const QString typed = m_date->text().trimmed();
    const FuzzyDate date = DateField::parse(typed);
    m_date->setStyleSheet(date.isValid() ? QString() : QStringLiteral("color: #b00020;"));
    if (!date.isValid()) {
        m_dateOrigin->setText(tr("not a date (2008-03-28, 2008-03, March 2008, [..2008-03-26])"));
        m_proposeLater->stop();
        return;
    }
    m_dateOrigin->setText(date.toEdtf() == typed ? QString() : tr("read as %1").arg(date.toEdtf()));
    m_proposeLater->start();
}

void ArticleImportDialog::proposeForDate()
{
    m_proposeLater->stop();
    const FuzzyDate date = DateField::parse(m_date->text().trimmed());
    if (!date.isValid())
        return;
    const CivilDate day = calendar::toCivil(sortTime(date.bounds())).date;
    if (day.year == m_dct.year && day.month == m_dct.month && day.day == m_dct.day) {
        emit keptChanged(); // the same first day, but the source's date may read otherwise ("2008-03")
        return;
    }
    m_dct = day;
    extract();
}

bool ArticleImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_date && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            proposeForDate();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ArticleImportDialog::extract()
{
    // (a page of a few megabytes takes seconds: off the interface thread, with a note after 0.4 s)
    const extract::ArticleExtractor extractor(m_dct, m_known);
    extract::Extraction result;
    runInBackground(
        this, tr("Reading the article…"), [&](const ImportProgress &) { result = extractor.run(m_text); }, {}, false);
    m_extraction = std::move(result);
    QString shown = m_extraction.text;
    shown.replace(u'\r', u' '); // same length: the offsets stay valid
    markArticle(); // before the text, so that its blocks are marked as they come
    m_article->setPlainText(shown);

    m_table->setProposals(m_extraction); // with the user's earlier decisions and edits
    markSimilar();
    updateSummary();
    showDetails();
    emit keptChanged(); // (their dates may have moved)
}

void ArticleImportDialog::setExistingEvents(const Document *document)
{
    m_existing = document;
    markSimilar();
}

void ArticleImportDialog::setOwnEvents(std::vector<EventId> events)
{
    // (no need to look for repeats again: the rest of the timeline has not changed)
    m_own = std::move(events);
}

void ArticleImportDialog::markSimilar()
{
    if (!m_existing)
        return;
    const std::vector<EventId> similar = extract::similarExistingEvents(*m_existing, m_extraction, m_own);
    std::vector<QString> notes;
    for (const EventId id : similar) {
        const std::optional<Event> event = id.isValid() ? m_existing->event(id) : std::nullopt;
        notes.push_back(event ? tr("“%1” (%2)").arg(event->title.left(80), event->date.toDisplayString()) : QString());
    }
    m_table->setSimilar(notes);
    showDetails(); // which say it too
}

void ArticleImportDialog::proposalEdited(int row)
{
    if (row < 0 || row >= int(m_extraction.events.size()))
        return;
    m_reviewed = true;
    extract::ProposedEvent &e = m_extraction.events[size_t(row)];
    e.title = m_table->title(row);
    e.date = m_table->edtf(row);
    updateSummary();
    if (row == m_table->currentRow())
        showDetails();
    emit keptChanged();
}

void ArticleImportDialog::reject()
{
    // One Esc used to throw away every decision and edit made so far.
    if (m_reviewed && !confirmDiscard())
        return;
    QDialog::reject();
}

bool ArticleImportDialog::confirmDiscard()
{
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard your review of this article?"),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardReview"));
    box.setInformativeText(m_purpose == Purpose::AddToTimeline
                               ? tr("The events you kept leave the timeline again, and your decisions, edits and the source as "
                                    "you typed it are lost.")
                               : tr("The proposals you kept, rejected or edited, and the source as you typed it, will be lost."));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void ArticleImportDialog::setReadingNote(const QString &note)
{
    m_readingNote = note;
    updateSummary();
}

void ArticleImportDialog::setWritingNote(const QString &note)
{
    m_writingNote = note;
    updateSummary();
}

void ArticleImportDialog::updateSummary()
{
    const int accepted = int(acceptedRows().size());
    const qint64 proposed = qint64(m_extraction.events.size());
    m_summary->setText(tr("%1 of %2 kept; %3 and %4 in the article.")
                           .arg(QString::number(accepted), countText(proposed, tr("1 proposed event"), tr("%1 proposed events")),
                                countText(qint64(m_extraction.timexes.size()), tr("1 temporal expression"),
                                          tr("%1 temporal expressions")),
                                countText(qint64(m_extraction.quotes.size()), tr("1 quote"), tr("%1 quotes")))
                       + (m_readingNote.isEmpty() ? QString() : u' ' + m_readingNote)
                       + (m_writingNote.isEmpty() ? QString() : u'\n' + m_writingNote));
    m_ok->setEnabled(accepted > 0);
    m_addToOpen->setEnabled(accepted > 0);
}

void ArticleImportDialog::showDetails()
{
    const int row = m_table->currentRow();
    highlight();
    if (row < 0 || row >= int(m_extraction.events.size())) {
        m_details->clear();
        return;
    }
    const extract::ProposedEvent &e = m_extraction.events[size_t(row)];
    // The title first, whole: the table's column cuts a long one short.
    QString text = e.title + u'\n';
    text += tr("%1 (%2), %3\n").arg(FuzzyDate::fromEdtf(e.date).toDisplayString(), e.date, statusName(e.status));
    if (e.timex < 0) // (the story's undated lead)
        text += tr("No date in the sentence: the publication date, marked uncertain.\n");
    if (const QTableWidgetItem *similar = m_table->item(row, ArticleProposalTable::Similar); similar && !similar->text().isEmpty())
        text += tr("May repeat the timeline's %1\n").arg(similar->text()); // (the column shows it cut short)
    if (!e.place.isEmpty())
        text += tr("Place: %1\n").arg(e.place);
    QStringList actors;
    for (const extract::ActorMention &a : e.actors)
        actors << a.label;
    if (!actors.isEmpty())
        text += tr("Actors: %1\n").arg(actors.join(QStringLiteral(", ")));
    for (const extract::ProposedRelation &r : e.relations)
        if (r.to >= 0 && r.to < int(m_extraction.events.size()))
            text += tr("Relation: %1 \u201C%2\u201D\n").arg(relationKindName(r.kind), m_extraction.events[size_t(r.to)].title);
    text += tr("Evidence: %1\n").arg(m_extraction.text.mid(e.evidenceStart, e.evidenceEnd - e.evidenceStart).simplified());
    for (const extract::QuoteMention &q : e.quotes)
        text += QStringLiteral("\n\u201C%1\u201D%2").arg(q.text.trimmed(), q.speaker.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + q.speaker);
    m_details->setPlainText(text); // untrusted article text: plain text only
}

void ArticleImportDialog::markArticle()
{
    auto spans = [](const auto &items) {
        std::vector<std::pair<int, int>> out;
        out.reserve(items.size());
        for (const auto &item : items)
            out.emplace_back(item.start, item.end);
        return out;
    };
    auto background = [](const QColor &colour) {
        QTextCharFormat format;
        format.setBackground(colour);
        return format;
    };
    // A web page's navigation, footers and related links: shown, but dimmed (they propose nothing).
    QTextCharFormat dimmed;
    dimmed.setForeground(m_article->palette().color(QPalette::Disabled, QPalette::Text));
    m_marks->clearLayers();
    m_marks->addLayer(spans(m_extraction.furniture), dimmed);
    m_marks->addLayer(spans(m_extraction.quotes), background(kQuoteColour));
    m_marks->addLayer(spans(m_extraction.timexes), background(kTimexColour));
}

void ArticleImportDialog::highlight()
{
    // The selected proposal's sentence: the one mark that changes, so drawn as extra selections.
    QList<QTextEdit::ExtraSelection> marks;
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < int(m_extraction.events.size());
    const int length = int(m_extraction.text.size());
    if (selected) {
        // Drawn around the dates and quotes in it, which keep their colours.
        const extract::ProposedEvent &e = m_extraction.events[size_t(row)];
        std::vector<std::pair<int, int>> marked;
        auto keep = [&](int start, int end) {
            if (start < e.evidenceEnd && end > e.evidenceStart)
                marked.emplace_back(start, end);
        };
        for (const extract::Timex &t : m_extraction.timexes)
            keep(t.start, t.end);
        for (const extract::QuoteMention &q : m_extraction.quotes)
            keep(q.start, q.end);
        std::sort(marked.begin(), marked.end());
        marked.emplace_back(e.evidenceEnd, e.evidenceEnd);
        int from = e.evidenceStart;
        for (const auto &[start, end] : marked) {
            if (start > from) {
                QTextEdit::ExtraSelection s;
                s.cursor = QTextCursor(m_article->document());
                s.cursor.setPosition(std::clamp(from, 0, length));
                s.cursor.setPosition(std::clamp(start, 0, length), QTextCursor::KeepAnchor);
                s.format.setBackground(kEvidenceColour);
                marks << s;
            }
            from = std::max(from, end);
        }
    }
    m_article->setExtraSelections(marks);
    if (selected) {
        QTextCursor c(m_article->document());
        c.setPosition(std::clamp(m_extraction.events[size_t(row)].evidenceStart, 0, length));
        m_article->setTextCursor(c);
        m_article->centerCursor();
    }
}

int ArticleImportDialog::proposalCount() const
{
    return m_table->rowCount();
}

bool ArticleImportDialog::isAccepted(int row) const
{
    return m_table->isAccepted(row);
}

void ArticleImportDialog::setChecked(int row, bool checked)
{
    m_table->setAccepted(row, checked);
}

std::vector<int> ArticleImportDialog::acceptedRows() const
{
    return m_table->acceptedRows();
}

extract::ArticleSource ArticleImportDialog::source() const
{
    extract::ArticleSource source;
    source.title = m_title->text().simplified();
    source.publication = m_publication->text().simplified();
    source.author = m_author->text().simplified();
    source.url = m_url->text().trimmed();
    source.published = m_dct;
    if (const FuzzyDate given = DateField::parse(m_date->text().trimmed()); given.isValid())
        source.issued = given;
    return source;
}

NativeJsonContent ArticleImportDialog::content() const
{
    return extract::contentFromProposals(m_extraction, acceptedRows(), source());
}

} // namespace dateline
