#pragma once

#include "core/store/journalentry.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <map>
#include <vector>

namespace dateline {

class Document;

// The document's edit journal as a list, newest step first. Lazy: rows are read a page at a time
// through Document::journal(offset, limit), so a history of a hundred thousand steps costs a few
// pages, not a hundred thousand rows. Undone steps (the redo branch) are greyed and struck out.
class HistoryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SeqRole = Qt::UserRole + 1, // qint64
        TimeRole,                   // QDateTime, UTC
        TimeTextRole,               // "14:03", "Yesterday 09:12", "3 Dec 2025"
        UndoneRole,                 // bool
        CommandRole,                // "add-event"
    };
    static constexpr int kPageSize = 128;
    static constexpr std::size_t kMaxCachedPages = 16;

    explicit HistoryModel(QObject *parent = nullptr);

    // The model keeps the pointer: call setDocument(nullptr) before the document goes away.
    void setDocument(const Document *document);
    // Re-reads the journal (after an edit, undo or redo).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The entry shown in row (without its before/after states); nullptr when out of range.
    const JournalEntry *entryAt(int row) const;
    // Row of the step with this seq, or -1 (searches the cached pages, then reads pages in turn).
    int rowOfSeq(std::int64_t seq) const;

    // When a step was made, as people say it: local time today, "Yesterday 09:12", a date with
    // the time this year, a date alone in earlier years. now is the local time to compare with.
    static QString timeText(const QDateTime &when, const QDateTime &now);

private:
    const std::vector<JournalEntry> &page(int index) const;

    const Document *m_document = nullptr;
    int m_rows = 0;
    mutable std::map<int, std::vector<JournalEntry>> m_pages;
    mutable std::map<int, quint64> m_pageUse; // page -> last use, for eviction
    mutable quint64 m_useClock = 0;
};

} // namespace dateline
