#include "app/gui/articleimportdialog.h"

#include "app/gui/plaintext.h"
#include "core/extract/proposalcontent.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dateline {

namespace {

enum Column { Keep, Date, Title, Status, Actors, Quotes, ColumnCount };

QString firstLine(const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.simplified();
        if (!t.isEmpty())
            return t.left(200);
    }
    return {};
}

} // namespace

ArticleImportDialog::ArticleImportDialog(const QString &articleText, const QString &articlePath, const QDate &published,
                                         QWidget *parent)
    : QDialog(parent)
    , m_text(articleText)
    , m_path(articlePath)
{
    setWindowTitle(tr("New Timeline from Article"));
    m_date = new QDateEdit(published.isValid() ? published : QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The day the article was published: \"yesterday\" or \"on Friday\" are counted from it"));
    m_title = new QLineEdit(this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Keep"), tr("Date"), tr("Title"), tr("Status"), tr("Actors"), tr("Quotes")});
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Published on:"), m_date);
    form->addRow(tr("Source title:"), m_title);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Timeline…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 600);

    m_title->setText(firstLine(m_text).isEmpty() ? QFileInfo(articlePath).completeBaseName() : firstLine(m_text));
    connect(m_date, &QDateEdit::dateChanged, this, &ArticleImportDialog::extract);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ArticleImportDialog::showDetails);
    extract();
}

void ArticleImportDialog::extract()
{
    const QDate d = m_date->date();
    m_extraction = extract::ArticleExtractor(CivilDate{d.year(), d.month(), d.day()}).run(m_text);
    m_table->setRowCount(int(m_extraction.events.size()));
    for (int row = 0; row < int(m_extraction.events.size()); ++row) {
        const extract::ProposedEvent &e = m_extraction.events[size_t(row)];
        auto *keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        keep->setCheckState(Qt::Checked);
        m_table->setItem(row, Keep, keep);
        auto *date = new QTableWidgetItem(FuzzyDate::fromEdtf(e.date).toDisplayString());
        date->setToolTip(plainToolTip(e.date));
        m_table->setItem(row, Date, date);
        m_table->setItem(row, Title, new QTableWidgetItem(e.title));
        m_table->setItem(row, Status, new QTableWidgetItem(statusName(e.status)));
        QStringList actors;
        for (const extract::ActorMention &a : e.actors)
            actors << a.label;
        auto *actorItem = new QTableWidgetItem(actors.join(QStringLiteral(", ")));
        actorItem->setToolTip(plainToolTip(actorItem->text()));
        m_table->setItem(row, Actors, actorItem);
        m_table->setItem(row, Quotes, new QTableWidgetItem(QString::number(e.quotes.size())));
    }
    m_table->resizeColumnToContents(Keep);
    m_table->resizeColumnToContents(Date);
    m_summary->setText(tr("%n proposed event(s); %1 temporal expressions in the article.", nullptr, int(m_extraction.events.size()))
                           .arg(m_extraction.timexes.size()));
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    showDetails();
}

void ArticleImportDialog::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_extraction.events.size())) {
        m_details->clear();
        return;
    }
    const extract::ProposedEvent &e = m_extraction.events[size_t(row)];
    QString text = tr("Date: %1 (%2)\n").arg(FuzzyDate::fromEdtf(e.date).toDisplayString(), e.date);
    if (!e.place.isEmpty())
        text += tr("Place: %1\n").arg(e.place);
    text += tr("Evidence: %1\n").arg(m_extraction.text.mid(e.evidenceStart, e.evidenceEnd - e.evidenceStart).simplified());
    for (const extract::QuoteMention &q : e.quotes)
        text += QStringLiteral("\n\u201C%1\u201D%2").arg(q.text.trimmed(), q.speaker.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + q.speaker);
    m_details->setPlainText(text); // untrusted article text: plain text only
}

int ArticleImportDialog::proposalCount() const
{
    return m_table->rowCount();
}

void ArticleImportDialog::setChecked(int row, bool checked)
{
    if (QTableWidgetItem *item = m_table->item(row, Keep))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

NativeJsonContent ArticleImportDialog::content() const
{
    std::vector<int> accepted;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Keep) && m_table->item(row, Keep)->checkState() == Qt::Checked)
            accepted.push_back(row);
    const QDate d = m_date->date();
    extract::ArticleSource source;
    source.title = m_title->text().simplified();
    source.url = m_path;
    source.published = CivilDate{d.year(), d.month(), d.day()};
    return extract::contentFromProposals(m_extraction, accepted, source);
}

} // namespace dateline
