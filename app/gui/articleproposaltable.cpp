#include "app/gui/articleproposaltable.h"

#include "app/gui/articleimportdatedelegate.h"
#include "app/gui/plaintext.h"
#include "core/date/fuzzydate.h"

#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>
#include <optional>

namespace dateline {

ArticleProposalTable::ArticleProposalTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels(
        {tr("Keep"), tr("Date"), tr("Title"), tr("Status"), tr("Actors"), tr("Quotes"), tr("In the timeline?")});
    horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setItemDelegateForColumn(Date, new ArticleImportDateDelegate(this));
    verticalHeader()->hide();
    setWordWrap(false);
    setToolTip(keyHint());
    setColumnHidden(Similar, true); // until there is a timeline to compare with (setSimilar)
    connect(this, &QTableWidget::itemChanged, this, &ArticleProposalTable::changed);
}

QString ArticleProposalTable::keyHint()
{
    return tr("Keys: A or Enter accept · R or Delete reject · Space toggle · E or F2 edit the title · D edit the date "
              "(EDTF or as written: 17-18 March 2008) · Ctrl+Enter finish");
}

void ArticleProposalTable::setProposals(extract::Extraction &x)
{
    // The proposal the user was on stays current when the article is proposed again (a new date).
    const int was = currentRow();
    const std::optional<int> current = was >= 0 && was < int(m_keys.size()) ? std::optional(m_keys[size_t(was)]) : std::nullopt;
    m_filling = true;
    m_keys.clear();
    setRowCount(int(x.events.size()));
    auto readOnly = [](const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setToolTip(plainToolTip(text));
        return item;
    };
    for (int row = 0; row < int(x.events.size()); ++row) {
        extract::ProposedEvent &e = x.events[size_t(row)];
        const int key = e.timex >= 0 && e.timex < int(x.timexes.size()) ? x.timexes[size_t(e.timex)].start : -1 - row;
        m_keys.push_back(key);
        e.title = m_titles.value(key, e.title);
        e.date = m_dates.value(key, e.date);
        auto *keep = new QTableWidgetItem;
        keep->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        keep->setCheckState(m_rejected.contains(key) ? Qt::Unchecked : Qt::Checked);
        setItem(row, Keep, keep);
        auto *date = new QTableWidgetItem(FuzzyDate::fromEdtf(e.date).toDisplayString());
        date->setData(Qt::UserRole, e.date);
        date->setToolTip(plainToolTip(e.date));
        setItem(row, Date, date);
        auto *title = new QTableWidgetItem(e.title);
        title->setToolTip(plainToolTip(e.title));
        setItem(row, Title, title);
        setItem(row, Status, readOnly(statusName(e.status)));
        QStringList actors;
        for (const extract::ActorMention &a : e.actors)
            actors << a.label;
        setItem(row, Actors, readOnly(actors.join(QStringLiteral(", "))));
        setItem(row, Quotes, readOnly(QString::number(e.quotes.size())));
        setItem(row, Similar, readOnly(QString()));
        styleRow(row);
    }
    m_filling = false;
    resizeColumnToContents(Keep);
    resizeColumnToContents(Date);
    resizeColumnToContents(Status);
    resizeColumnToContents(Quotes);
    resizeColumnToContents(Actors);
    m_actorsWidth = columnWidth(Actors);
    resizeColumnToContents(Similar);
    m_similarWidth = columnWidth(Similar);
    fitColumns();
    const auto kept = current ? std::find(m_keys.begin(), m_keys.end(), *current) : m_keys.end();
    if (rowCount() > 0)
        selectRow(kept == m_keys.end() ? 0 : int(kept - m_keys.begin()));
}

void ArticleProposalTable::setSimilar(const std::vector<QString> &notes)
{
    setColumnHidden(Similar, false);
    const bool blocked = blockSignals(true);
    for (int row = 0; row < rowCount() && row < int(notes.size()); ++row) {
        if (QTableWidgetItem *cell = item(row, Similar)) {
            cell->setText(notes[size_t(row)]);
            cell->setToolTip(notes[size_t(row)].isEmpty() ? QString()
                                                          : plainToolTip(tr("The timeline has an event on these dates "
                                                                            "that this may repeat: %1").arg(notes[size_t(row)])));
        }
    }
    blockSignals(blocked);
    // the header's width while no proposal repeats an event, so the titles get the room
    resizeColumnToContents(Similar);
    m_similarWidth = columnWidth(Similar);
    fitColumns();
}

void ArticleProposalTable::fitColumns()
{
    // The titles are what the analyst reads: the actors and the repeat note, whose whole text is in
    // the tooltip and the details, take a fifth of the width each at most (the note took 260 px of a
    // 700 px table, leaving the titles 90).
    const int fifth = viewport()->width() / 5;
    const QHeaderView *header = horizontalHeader();
    setColumnWidth(Actors, std::max(std::min(m_actorsWidth, fifth), header->sectionSizeHint(Actors)));
    setColumnWidth(Similar, std::max(std::min(m_similarWidth, fifth), header->sectionSizeHint(Similar)));
}

void ArticleProposalTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitColumns();
}

void ArticleProposalTable::changed(QTableWidgetItem *item)
{
    if (m_filling || !item || item->row() >= int(m_keys.size()))
        return;
    const int row = item->row();
    const int key = m_keys[size_t(row)];
    if (item->column() == Keep) {
        if (isAccepted(row))
            m_rejected.remove(key);
        else
            m_rejected.insert(key);
        styleRow(row);
    } else if (item->column() == Title) {
        m_titles.insert(key, title(row));
    } else if (item->column() == Date) {
        m_dates.insert(key, edtf(row));
        resizeColumnToContents(Date); // a time or a range typed in ("6 Apr 2008 10:30") was cut short
    }
    emit proposalChanged(row);
}

void ArticleProposalTable::styleRow(int row)
{
    const bool accepted = isAccepted(row);
    const QColor text = accepted ? palette().color(QPalette::Text) : palette().color(QPalette::Disabled, QPalette::Text);
    const bool blocked = blockSignals(true);
    for (int c = Date; c < ColumnCount; ++c) {
        if (QTableWidgetItem *cell = item(row, c)) {
            cell->setForeground(text);
            // The selected row is drawn in the selection's colours, grey or not: a rejected one is
            // told apart by its struck-out date and title.
            QFont font = cell->font();
            font.setStrikeOut(!accepted && (c == Date || c == Title));
            cell->setFont(font);
        }
    }
    blockSignals(blocked);
}

void ArticleProposalTable::keyPressEvent(QKeyEvent *event)
{
    const int row = currentRow();
    if (row >= 0 && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_A:
        case Qt::Key_Return: // (pressed on a proposal, Enter meant it and closed the whole dialog)
        case Qt::Key_Enter:
        case Qt::Key_R:
        case Qt::Key_Delete:
            setAccepted(row, event->key() != Qt::Key_R && event->key() != Qt::Key_Delete);
            if (row + 1 < rowCount())
                selectRow(row + 1); // on to the next proposal
            return;
        case Qt::Key_Space:
            setAccepted(row, !isAccepted(row));
            return;
        case Qt::Key_E:
        case Qt::Key_D:
        case Qt::Key_F2: {
            // F2 edits the current cell, which after A or R is the check box: then the title.
            const bool date = event->key() == Qt::Key_D || (event->key() == Qt::Key_F2 && currentColumn() == Date);
            setCurrentCell(row, date ? Date : Title);
            editItem(item(row, date ? Date : Title));
            return;
        }
        default:
            break;
        }
    }
    QTableWidget::keyPressEvent(event);
}

bool ArticleProposalTable::isAccepted(int row) const
{
    const QTableWidgetItem *cell = item(row, Keep);
    return cell && cell->checkState() == Qt::Checked;
}

void ArticleProposalTable::setAccepted(int row, bool accepted)
{
    if (QTableWidgetItem *cell = item(row, Keep))
        cell->setCheckState(accepted ? Qt::Checked : Qt::Unchecked);
}

std::vector<int> ArticleProposalTable::acceptedRows() const
{
    std::vector<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        if (isAccepted(row))
            rows.push_back(row);
    return rows;
}

QString ArticleProposalTable::title(int row) const
{
    const QTableWidgetItem *cell = item(row, Title);
    return cell ? cell->text().simplified() : QString();
}

QString ArticleProposalTable::edtf(int row) const
{
    const QTableWidgetItem *cell = item(row, Date);
    return cell ? cell->data(Qt::UserRole).toString() : QString();
}

} // namespace dateline
