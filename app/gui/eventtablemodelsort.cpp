// EventTableModel: sorting. Small documents sort on the GUI thread; big ones on a DocumentReader's
// worker thread, and the new order replaces the old one (persistent indexes follow) when ready.
#include "app/gui/eventtablemodel.h"

#include "app/gui/waitcursor.h"

#include "core/store/document.h"
#include "core/store/documentreader.h"

#include <algorithm>

namespace dateline {

// Runs on the GUI thread or, for big documents, on the sorter's worker thread with its own
// connection: it must not touch the model.
std::vector<EventId> EventTableModel::orderedIds(const Document &document, int column, Qt::SortOrder order)
{
    switch (column) {
    case TitleColumn: return document.eventIdsOrderedBy(EventListKey::Title, order);
    case ActorsColumn: return document.eventIdsOrderedBy(EventListKey::FirstActor, order);
    case TypeColumn: return document.eventIdsOrderedBy(EventListKey::CameoCode, order);
    case QuotesColumn: return document.eventIdsOrderedBy(EventListKey::QuoteCount, order);
    default: break;
    }
    std::vector<EventId> ids = document.eventIdsInTimeOrder();
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

bool EventTableModel::sortsInBackground() const
{
    // An in-memory document has no file for a second connection (and is small).
    return m_document && !m_document->path().isEmpty() && m_order.size() > std::size_t(m_backgroundSortAbove);
}

bool EventTableModel::isSorting() const
{
    return m_sorter->isBusy();
}

void EventTableModel::requestOrder()
{
    const bool wasSorting = isSorting();
    m_sorter->request(m_document->path(), [this, column = m_sortColumn, order = m_sortOrder](const Document &document) {
        auto ids = std::make_shared<std::vector<EventId>>(orderedIds(document, column, order));
        return [this, ids] { // on the GUI thread, if no newer sort came
            applyOrder(std::move(*ids));
            Q_EMIT sortingChanged(false);
        };
    });
    if (!wasSorting)
        Q_EMIT sortingChanged(true);
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = DateColumn;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_document)
        return;
    if (sortsInBackground()) {
        requestOrder(); // supersedes a sort still running
        return;
    }
    const WaitCursor wait(column != DateColumn && m_order.size() > std::size_t(kSubstringLimit));
    applyOrder(orderedIds(*m_document, m_sortColumn, m_sortOrder));
}

void EventTableModel::applyOrder(std::vector<EventId> ordered)
{
    rearrange(QAbstractItemModel::VerticalSortHint, [this, &ordered] {
        m_order = std::move(ordered);
        if (!m_filtered)
            return;
        // Same set, new order: keep the order's ids that were visible.
        std::vector<EventId> sorted = std::move(m_visible);
        m_visible.clear();
        std::sort(sorted.begin(), sorted.end());
        for (EventId id : m_order) {
            if (std::binary_search(sorted.begin(), sorted.end(), id))
                m_visible.push_back(id);
        }
    });
}

} // namespace dateline
