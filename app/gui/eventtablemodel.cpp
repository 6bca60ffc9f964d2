#include "app/gui/eventtablemodel.h"

#include "app/gui/plaintext.h"
#include "app/gui/waitcursor.h"
#include "core/edit/documentchange.h"

#include "core/model/cameo.h"
#include "core/model/untrustedtext.h"
#include "core/store/document.h"
#include "core/store/documentreader.h"


#include <algorithm>

namespace dateline {

namespace {

QString typeText(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString root = cameo::rootName(cameo::rootCode(code));
    return root.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, root);
}


} // namespace

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_sorter(new DocumentReader(this))
{
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(200);
    connect(&m_filterTimer, &QTimer::timeout, this, [this] { setFilterText(m_pendingFilter); });
    // The worker could not read the file: sort here (the GUI waits, but the table is right).
    connect(m_sorter, &DocumentReader::failed, this, [this] {
        if (m_document) {
            const WaitCursor wait;
            applyOrder(orderedIds(*m_document, m_sortColumn, m_sortOrder));
        }
        Q_EMIT sortingChanged(false);
    });
}

EventTableModel::~EventTableModel() = default;

void EventTableModel::setDocument(const Document *document)
{
    m_document = document;
    reload();
}

void EventTableModel::readActorNames()
{
    m_actorNames.clear();
    for (const Actor &actor : m_document->actors())
        m_actorNames.insert(actor.id, actor.label);
}

void EventTableModel::reload()
{
    const bool wasSorting = isSorting();
    m_sorter->cancel();
    beginResetModel();
    clearCache();
    m_actorNames.clear();
    m_order.clear();
    m_visible.clear();
    m_filtered = false;
    bool sortLater = false;
    try {
        if (m_document) {
            readActorNames();
            // A big document shows time order (one quick scan) until its sorted order is ready.
            m_order = m_document->eventIdsInTimeOrder();
            const bool timeOrder = m_sortColumn == DateColumn && m_sortOrder == Qt::AscendingOrder;
            sortLater = !timeOrder && sortsInBackground();
            if (!timeOrder && !sortLater)
                m_order = orderedIds(*m_document, m_sortColumn, m_sortOrder);
            applyFilter();
        }
    } catch (...) {
        // A read that failed (a damaged file) ends the reset all the same, with what was read:
        // views must not be left waiting for endResetModel. The caller reports the error.
        endResetModel();
        if (wasSorting)
            Q_EMIT sortingChanged(false);
        throw;
    }
    endResetModel();
    if (sortLater)
        requestOrder();
    else if (wasSorting)
        Q_EMIT sortingChanged(false);
}

void EventTableModel::applyChange(const DocumentChange &change)
{
    if (!m_document)
        return;
    // Small documents re-read everything (instant, and rows land where the sort puts them). So
    // does a change of actors when the rows' order or filter may follow their names.
    const bool actorsShape = change.touches(EntityKind::Actor) && (m_filtered || m_sortColumn == ActorsColumn);
    if (change.everything || actorsShape || m_order.size() < std::size_t(m_patchEditsFrom)) {
        reload();
        return;
    }
    // Otherwise only the names in the Actors column are read again: re-reading a million rows for
    // one new actor took seconds at every step of Add from Article.
    if (change.touches(EntityKind::Actor))
        readActorNames();
    if (change.eventsRemoved.size() <= kRemoveOneByOne) {
        // Runs of neighbouring rows, the last run first: the rows still to go keep their numbers,
        // and whoever hears rowsRemoved reads the rows as they now are (the page cache, which
        // holds rows by their old numbers, is dropped inside each removal).
        std::vector<int> rows;
        for (EventId id : change.eventsRemoved) {
            if (const int row = rowOf(id); row >= 0)
                rows.push_back(row);
        }
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i; // rows[i] down to rows[j]: one run
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
                ++j;
            const int first = rows[j], last = rows[i];
            beginRemoveRows({}, first, last);
            const auto visible = visibleIds().begin();
            const std::vector<EventId> gone(visible + first, visible + last + 1);
            if (m_filtered)
                m_visible.erase(m_visible.begin() + first, m_visible.begin() + last + 1);
            for (EventId id : gone)
                std::erase(m_order, id);
            clearCache();
            endRemoveRows();
            i = j + 1;
        }
        if (m_filtered) {
            for (EventId id : change.eventsRemoved) // those the filters hide
                std::erase(m_order, id);
        }
    } else {
        // Many rows: one pass over the ids instead of a search, an erase and a signal per row
        // (10,000 rows of a million took 34 s that way in a bare QTableView, the signals most of
        // it); the rows' indexes follow as after a sort, those of removed rows become invalid.
        std::vector<EventId> removed = change.eventsRemoved;
        std::sort(removed.begin(), removed.end());
        const auto isRemoved = [&removed](EventId id) { return std::binary_search(removed.begin(), removed.end(), id); };
        rearrange(QAbstractItemModel::NoLayoutChangeHint, [&] {
            std::erase_if(m_order, isRemoved);
            std::erase_if(m_visible, isRemoved);
        });
    }
    if (!change.eventsAdded.empty()) {
        const int first = int(visibleIds().size());
        beginInsertRows({}, first, first + int(change.eventsAdded.size()) - 1);
        m_order.insert(m_order.end(), change.eventsAdded.begin(), change.eventsAdded.end());
        if (m_filtered)
            m_visible.insert(m_visible.end(), change.eventsAdded.begin(), change.eventsAdded.end());
        // (an added event the filters hide leaves at the next setEventFilter)
        clearCache(); // a cached last page is shorter than its rows are now
        endInsertRows();
    }
    if (isSorting())
        requestOrder(); // the pending order may have been read before this change
    clearCache();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool EventTableModel::wordsMatch() const
{
    return m_filterMatch == FilterMatch::Words
        || (m_filterMatch == FilterMatch::Automatic && m_order.size() > std::size_t(kSubstringLimit));
}

std::vector<EventId> EventTableModel::matchingIds() const
{
    if (wordsMatch())
        return m_document->eventIdsMatchingTitleOrActor(m_filterText);
    std::vector<EventId> matches;
    constexpr std::size_t chunk = 2000;
    for (std::size_t first = 0; first < m_order.size(); first += chunk) {
        const std::vector<EventId> ids(m_order.begin() + std::ptrdiff_t(first),
                                       m_order.begin() + std::ptrdiff_t(std::min(m_order.size(), first + chunk)));
        const std::vector<Row> rows = makeRows(ids);
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (rows[i].title.contains(m_filterText, Qt::CaseInsensitive)
                || rows[i].actors.contains(m_filterText, Qt::CaseInsensitive))
                matches.push_back(ids[i]);
        }
    }
    std::sort(matches.begin(), matches.end());
    return matches;
}

// Keeps the events of m_order that match the filter text, in order.
void EventTableModel::applyFilter()
{
    m_visible.clear();
    m_filtered = (!m_filterText.isEmpty() || m_keep) && m_document;
    if (!m_filtered)
        return;
    const bool byText = !m_filterText.isEmpty();
    const std::vector<EventId> matches = byText ? matchingIds() : std::vector<EventId>();
    for (EventId id : m_order) {
        if ((!byText || std::binary_search(matches.begin(), matches.end(), id)) && (!m_keep || m_keep(id)))
            m_visible.push_back(id);
    }
}

// A layout change rather than a reset: persistent indexes (the view's current row and selection)
// follow their events to their new rows, or become invalid when their event is no longer shown,
// so a sort or a filter keeps what the analyst had selected.
void EventTableModel::rearrange(QAbstractItemModel::LayoutChangeHint hint, const std::function<void()> &change)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<EventId> persistentIds;
    persistentIds.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        persistentIds.push_back(eventAt(index.row()));
    try {
        change();
    } catch (...) {
        // A read that failed (a damaged file) ends the layout change all the same, with the rows
        // it left (a filter that could not be read shows nothing); the caller reports the error.
        finishRearrange(hint, persistent, persistentIds);
        throw;
    }
    finishRearrange(hint, persistent, persistentIds);
}

void EventTableModel::finishRearrange(QAbstractItemModel::LayoutChangeHint hint, const QModelIndexList &persistent,
                                      const std::vector<EventId> &persistentIds)
{
    clearCache();
    // Where each persistent index's event went: a search per index for a few (a current row),
    // one map of the rows for many (a selection of scattered rows keeps two per range).
    QHash<qint64, int> rowById;
    constexpr qsizetype kSearchUpTo = 16;
    if (persistent.size() > kSearchUpTo) {
        const std::vector<EventId> &ids = visibleIds();
        rowById.reserve(qsizetype(ids.size()));
        for (std::size_t r = 0; r < ids.size(); ++r)
            rowById.insert(ids[r].value, int(r));
    }
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const EventId id = persistentIds[std::size_t(i)];
        const int row = persistent.size() > kSearchUpTo ? rowById.value(id.value, -1) : rowOf(id);
        moved.append(row < 0 ? QModelIndex() : index(row, persistent[i].column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, hint);
}

void EventTableModel::setFilterText(const QString &text)
{
    m_filterTimer.stop();
    if (text == m_filterText)
        return;
    rearrange(QAbstractItemModel::NoLayoutChangeHint, [this, &text] {
        m_filterText = text;
        applyFilter();
    });
}

void EventTableModel::scheduleFilterText(const QString &text)
{
    if (!wordsMatch()) {
        setFilterText(text);
        return;
    }
    m_pendingFilter = text;
    m_filterTimer.start();
}

void EventTableModel::setEventFilter(std::function<bool(EventId)> keep)
{
    if (!keep && !m_keep)
        return;
    rearrange(QAbstractItemModel::NoLayoutChangeHint, [this, &keep] {
        m_keep = std::move(keep);
        applyFilter();
    });
}

void EventTableModel::setFilterMatch(FilterMatch match)
{
    if (match == m_filterMatch)
        return;
    m_filterMatch = match;
    if (m_filtered)
        rearrange(QAbstractItemModel::NoLayoutChangeHint, [this] { applyFilter(); });
}

EventId EventTableModel::eventAt(int row) const
{
    const std::vector<EventId> &ids = visibleIds();
    return row >= 0 && std::size_t(row) < ids.size() ? ids[std::size_t(row)] : EventId();
}

int EventTableModel::rowOf(EventId id) const
{
    const std::vector<EventId> &ids = visibleIds();
    const auto found = std::find(ids.begin(), ids.end(), id);
    return found == ids.end() ? -1 : int(found - ids.begin());
}

std::vector<EventTableModel::Row> EventTableModel::makeRows(const std::vector<EventId> &ids) const
{
    const std::vector<EventListRow> listRows = m_document->eventListRows(ids);
    std::vector<Row> rows(listRows.size());
    for (std::size_t i = 0; i < listRows.size(); ++i) {
        const EventListRow &event = listRows[i];
        Row &row = rows[i];
        row.date = event.date.toDisplayString();
        row.edtf = event.date.toEdtf();
        row.title = event.title;
        QStringList names;
        for (ActorId actor : event.actors)
            names.append(m_actorNames.value(actor));
        row.actors = names.join(QStringLiteral(", "));
        row.type = typeText(event.cameoCode);
        if (!event.cameoCode.isEmpty())
            row.typeTip = QStringLiteral("CAMEO %1 — %2")
                              .arg(event.cameoCode, cameo::quadClassName(cameo::quadClass(event.cameoCode)));
        row.quotes = event.quoteCount;
    }
    return rows;
}

// The row's text from the page cache; a miss reads the whole page (one query) and, when the cache
// is full, drops the least recently used page.
const EventTableModel::Row &EventTableModel::row(int index) const
{
    const int pageNumber = index / kPageRows;
    std::shared_ptr<Page> &page = m_pages[pageNumber];
    if (!page) {
        const std::vector<EventId> &ids = visibleIds();
        const std::size_t first = std::size_t(pageNumber) * kPageRows;
        const std::vector<EventId> pageIds(ids.begin() + std::ptrdiff_t(first),
                                           ids.begin() + std::ptrdiff_t(std::min(ids.size(), first + kPageRows)));
        page = std::make_shared<Page>();
        page->rows = makeRows(pageIds);
    }
    page->lastUse = ++m_useCounter;
    const std::shared_ptr<Page> kept = page; // survives the eviction below
    if (m_pages.size() > kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if ((*it)->lastUse < (*oldest)->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    return kept->rows[std::size_t(index % kPageRows)];
}

void EventTableModel::clearCache()
{
    m_pages.clear();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(visibleIds().size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case EventIdRole:
        return QVariant::fromValue<qint64>(eventAt(index.row()).value);
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const Row &r = row(index.row());
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case DateColumn: return tip ? r.edtf : r.date; // EDTF: digits and a few signs, no markup
    // Tooltips read HTML: titles are untrusted. A cell shows one line: with a line break in the
    // title it showed the first line and "…" (a title opening with U+2028 showed only "…").
    case TitleColumn: return tip ? plainToolTip(r.title) : oneLine(r.title);
    case ActorsColumn: return tip ? plainToolTip(r.actors) : oneLine(r.actors);
    case TypeColumn: return tip ? plainToolTip(r.typeTip) : r.type;
    case QuotesColumn:
        if (!tip)
            return r.quotes;
        return r.quotes == 1 ? tr("1 quote") : tr("%1 quotes").arg(r.quotes);
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TitleColumn: return tr("Title");
    case ActorsColumn: return tr("Actors");
    case TypeColumn: return tr("Type");
    case QuotesColumn: return tr("Quotes");
    }
    return {};
}

} // namespace dateline
