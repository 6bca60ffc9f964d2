#include "app/gui/history/historymodel.h"

#include "core/store/document.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace dateline {

HistoryModel::HistoryModel(QObject *parent) : QAbstractListModel(parent) {}

void HistoryModel::setDocument(const Document *document)
{
    m_document = document;
    refresh();
}

void HistoryModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    qint64 size = 0;
    try {
        size = m_document ? m_document->journalSize() : 0;
    } catch (const StoreError &) {
        // A journal that cannot be read shows as empty, as its pages do (page()); thrown, the
        // error left the reset begun without its end.
    }
    m_rows = int(std::min<qint64>(size, std::numeric_limits<int>::max()));
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

const std::vector<JournalEntry> &HistoryModel::page(int index) const
{
    m_pageUse[index] = ++m_useClock;
    auto found = m_pages.find(index);
    if (found != m_pages.end())
        return found->second;
    if (m_pages.size() >= kMaxCachedPages) {
        const auto oldest = std::min_element(m_pageUse.begin(), m_pageUse.end(),
                                             [](const auto &a, const auto &b) { return a.second < b.second; });
        m_pages.erase(oldest->first);
        m_pageUse.erase(oldest); // never index: it was used last
    }
    std::vector<JournalEntry> rows;
    if (m_document) {
        try {
            rows = m_document->journal(qint64(index) * kPageSize, kPageSize);
        } catch (const StoreError &) {
            // A damaged journal shows as empty rows; the edit commands report the damage.
        }
    }
    return m_pages.emplace(index, std::move(rows)).first->second;
}

const JournalEntry *HistoryModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const std::vector<JournalEntry> &rows = page(row / kPageSize);
    const std::size_t at = std::size_t(row % kPageSize);
    return at < rows.size() ? &rows[at] : nullptr;
}

int HistoryModel::rowOfSeq(std::int64_t seq) const
{
    for (const auto &[index, rows] : m_pages) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].seq == seq)
                return index * kPageSize + int(i);
        }
    }
    for (int index = 0; qint64(index) * kPageSize < m_rows; ++index) {
        const std::vector<JournalEntry> &rows = page(index);
        // Newest first: seqs fall down the list, so stop once past it.
        if (rows.empty() || rows.back().seq > seq)
            continue;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].seq == seq)
                return index * kPageSize + int(i);
        }
        return -1;
    }
    return -1;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return entry->label.isEmpty() ? entry->command : entry->label;
    case Qt::ToolTipRole: {
        const QString when = QLocale().toString(entry->time.toLocalTime(), QLocale::LongFormat);
        return entry->undone ? tr("%1\nUndone — double-click to redo up to this step").arg(when)
                             : tr("%1\nDouble-click to undo this step and every later one").arg(when);
    }
    case Qt::ForegroundRole:
        if (entry->undone)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (entry->undone) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case SeqRole:
        return QVariant::fromValue(qint64(entry->seq));
    case TimeRole:
        return entry->time;
    case TimeTextRole:
        return timeText(entry->time, QDateTime::currentDateTime());
    case UndoneRole:
        return entry->undone;
    case CommandRole:
        return entry->command;
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(UndoneRole, "undone");
    names.insert(CommandRole, "command");
    return names;
}

QString HistoryModel::timeText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(now.timeZone());
    const QDate day = local.date();
    const QDate today = now.date();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (day == today)
        return time;
    if (day == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    if (day.year() == today.year() && day < today)
        return tr("%1 %2").arg(QLocale::c().toString(day, QStringLiteral("d MMM")), time);
    return QLocale::c().toString(day, QStringLiteral("d MMM yyyy"));
}

} // namespace dateline
