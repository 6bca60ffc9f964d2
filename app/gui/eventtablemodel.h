#pragma once


#include "core/model/ids.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace dateline {

class Document;
class DocumentReader;

// The events of a document as table rows: date, title, actors, type, quote count. It stays fast
// with a million events: it holds only the event ids in the current order (8 bytes a row) and
// reads a row's text when a view asks for it, a page of rows per query, keeping the last pages.
// It sorts and filters itself (no proxy, which would read every row): the date column sorts by
// time, not by display text ("before 26 Mar 2008" is not a "b"); other columns sort in the store
// with ties in time order. Big documents sort on a worker thread (see DocumentReader): the rows keep
// their old order until the new one is ready. The filter matches title and actors.
struct DocumentChange;

class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, ActorsColumn, TypeColumn, QuotesColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // qint64 event id; never reads the row
    };
    // How the filter text matches. Substring: anywhere in the title or the actors, case-insensitive
    // (reads every row: for small documents). Words: every word starts a word of the title (the
    // full-text index), or the text occurs in an actor's label. Automatic: by document size.
    enum class FilterMatch { Automatic, Substring, Words };
    static constexpr int kSubstringLimit = 20000; // events up to which Automatic means Substring

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    // Re-reads the ids from the document in the current order and filter; nullptr empties the
    // table. The model does not own the document.
    void setDocument(const Document *document);
    void reload();
    // Follows an edit without re-reading the whole order from kPatchEditsFrom events on (or as
    // set for tests): changed rows refresh in place (they move at the next sort), removed rows
    // leave, added rows go last. Smaller documents are read again.
    void applyChange(const DocumentChange &change);
    static constexpr int kPatchEditsFrom = 50000;
    void setPatchEditsFrom(int events) { m_patchEditsFrom = events; }

    EventId eventAt(int row) const;
    int rowOf(EventId id) const; // -1 when absent or filtered out (a linear scan: ~1 ms at 1M)

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Sorts in the store; keeps persistent indexes (selection) on their events. On a document file
    // of more than backgroundSortAbove() events the order is computed on a worker thread and
    // applied when ready (isSorting() meanwhile); a newer sort or reload supersedes it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSorting() const;
    static constexpr int kBackgroundSortAbove = 50000;
    int backgroundSortAbove() const { return m_backgroundSortAbove; }
    void setBackgroundSortAbove(int events) { m_backgroundSortAbove = events; }

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text); // applies now (the selection stays on its events)
    // For typing: applies now on small documents, after a 200 ms pause on big ones.
    void scheduleFilterText(const QString &text);
    void setFilterMatch(FilterMatch match);
    // Hides the events keep rejects (the filters of the chip bar), on top of the filter text;
    // an empty function shows all. Applies now; added events are tested too.
    void setEventFilter(std::function<bool(EventId)> keep);
    bool isFiltered() const { return m_filtered; }
    int totalCount() const { return int(m_order.size()); } // events in the document
    const std::vector<EventId> &visibleIds() const { return m_filtered ? m_visible : m_order; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void sortingChanged(bool sorting); // a background sort started or ended

private:
    void readActorNames(); // for the Actors column
    struct Row {
        QString date, edtf, title, actors, type, typeTip;
        int quotes = 0;
    };
    struct Page {
        std::vector<Row> rows;
        quint64 lastUse = 0;
    };
    static constexpr int kPageRows = 200;
    static constexpr std::size_t kRemoveOneByOne = 16; // removed rows signalled one at a time up to this
    static constexpr int kMaxPages = 24; // ~5000 rows cached

    static std::vector<EventId> orderedIds(const Document &document, int column, Qt::SortOrder order);
    bool sortsInBackground() const;
    void requestOrder();                           // on the worker thread
    void applyOrder(std::vector<EventId> ordered); // the same events, in a new order
    std::vector<EventId> matchingIds() const; // ascending
    void applyFilter();
    void rearrange(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()> &change);
    void finishRearrange(QAbstractItemModel::LayoutChangeHint hint, const QModelIndexList &persistent,
                         const std::vector<EventId> &persistentIds);
    const Row &row(int index) const;
    std::vector<Row> makeRows(const std::vector<EventId> &ids) const;
    void clearCache();
    bool wordsMatch() const;

    const Document *m_document = nullptr;
    std::vector<EventId> m_order;   // all events in the sort order
    std::vector<EventId> m_visible; // those the filter keeps, in the same order
    bool m_filtered = false;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filterText;
    std::function<bool(EventId)> m_keep;
    FilterMatch m_filterMatch = FilterMatch::Automatic;
    QHash<ActorId, QString> m_actorNames;
    QTimer m_filterTimer;
    DocumentReader *m_sorter;
    int m_backgroundSortAbove = kBackgroundSortAbove;
    int m_patchEditsFrom = kPatchEditsFrom;
    QString m_pendingFilter;
    mutable QHash<int, std::shared_ptr<Page>> m_pages;
    mutable quint64 m_useCounter = 0;
};

} // namespace dateline
