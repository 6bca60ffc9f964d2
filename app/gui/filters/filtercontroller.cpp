#include "app/gui/filters/filtercontroller.h"

#include "app/gui/documentcontroller.h"
#include "core/edit/documentchange.h"
#include "core/index/facetindex.h"
#include "core/index/filtermask.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"
#include "core/store/documentreader.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace dateline {

// Kept events by id: a bitset when ids are dense enough, else the sorted hidden ids.
struct FilterController::KeptIds {
    std::vector<std::uint64_t> bits;
    std::vector<std::int64_t> sorted;
    std::int64_t limit = 0; // ids below limit are in bits; others were not evaluated
    bool dense = true;
};

FilterController::FilterController(DocumentController *documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
    , m_reader(new DocumentReader(this))
{
    // Actor ids and tags mean nothing in another document.
    connect(documents, &DocumentController::documentOpened, this, &FilterController::clear);
    connect(documents, &DocumentController::documentClosed, this, &FilterController::clear);
    connect(documents, &DocumentController::documentChanged, this, &FilterController::documentChanged);
    connect(documents, &DocumentController::documentEdited, this, &FilterController::documentEdited);
    connect(documents, &DocumentController::documentAboutToClose, this, [this] {
        // as the timeline does with its index: the next open need not scan again
        const Document *document = m_documents->document();
        if (m_facets && document && m_patchedRevision >= 0 && document->revision() == m_patchedRevision)
            document->storeSnapshot(FacetIndex::snapshotKey(), m_facets->serialize());
        m_patchedRevision = -1;
    });
    // The file could not be read (it went bad meanwhile): no filters rather than a crash.
    connect(m_reader, &DocumentReader::failed, this, [this] {
        m_facets.reset();
        Q_EMIT facetsChanged();
    });
    documentChanged();
}

// The reader interrupts a running load and waits only for SQLite to give way.
FilterController::~FilterController() = default;

bool FilterController::isLoading() const
{
    return m_reader->isBusy();
}

void FilterController::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_deselectHidden = isActive();
    if (!isActive()) {
        m_kept.reset();
        if (m_hidden != 0) {
            m_hidden = 0;
            Q_EMIT countsChanged(0);
        }
    }
    Q_EMIT filterChanged(m_filter);
}

void FilterController::documentChanged()
{
    m_facets.reset();
    m_patchedRevision = -1;
    const Document *document = m_documents->document();
    if (document && !document->path().isEmpty())
        load(); // supersedes a load of the document this one replaced
    else
        loadNow();
}

void FilterController::loadNow()
{
    m_reader->cancel(); // a pending load is of another document, or older than this one
    if (const Document *document = m_documents->document())
        m_facets = std::make_shared<FacetIndex>(FacetIndex::load(*document));
    Q_EMIT facetsChanged();
}

// On the reader's connection, writable when the document is: facets built from scratch store
// their snapshot in the file, so that the next open reads them instead of scanning again.
void FilterController::load()
{
    const Document *document = m_documents->document();
    const OpenMode mode = document->isReadOnly() ? OpenMode::ReadOnly : OpenMode::ReadWrite;
    m_reader->request(
        document->path(),
        [this](const Document &own) {
            auto facets = std::make_shared<FacetIndex>(FacetIndex::load(own));
            return [this, facets] { // on the GUI thread, unless a newer load came first
                m_facets = facets;
                m_patchedRevision = -1; // as the file has them
                Q_EMIT facetsChanged();
            };
        },
        mode);
}

void FilterController::documentEdited(const DocumentChange &change)
{
    const Document *document = m_documents->document();
    if (!document)
        return;
    std::vector<EventId> upserted = change.eventsAdded;
    upserted.insert(upserted.end(), change.eventsChanged.begin(), change.eventsChanged.end());
    const bool actors = change.touches(EntityKind::Actor);
    // A source's grade reaches every event quoting it, and a place's country its events, which
    // the change does not list: read everything again.
    const bool reread = !m_facets || change.everything || change.touches(EntityKind::Source)
        || change.touches(EntityKind::Place);
    if (!reread && upserted.empty() && change.eventsRemoved.empty() && !actors)
        return;
    if (reread || isLoading()) { // a running load may have read the file before this edit
        if (document->path().isEmpty())
            loadNow();
        else
            load();
        return;
    }
    m_facets->apply(*document, change.eventsRemoved, upserted,
                    actors ? FacetIndex::ActorRefresh::Reread : FacetIndex::ActorRefresh::Keep);
    m_patchedRevision = document->revision();
}

FilterMask FilterController::evaluate(const TimeIndex &full)
{
    FilterMask mask;
    if (!isActive() || !m_facets) {
        m_kept.reset();
        if (m_hidden != 0) {
            m_hidden = 0;
            Q_EMIT countsChanged(0);
        }
        return mask;
    }
    mask = FilterMask::evaluate(m_filter, *m_facets, full);
    setPredicate(mask);
    m_hidden = mask.hidden;
    Q_EMIT countsChanged(m_hidden);
    if (std::exchange(m_deselectHidden, false)) // once the views have the new mask, not amid drawing it
        QMetaObject::invokeMethod(this, &FilterController::deselectHidden, Qt::QueuedConnection);
    return mask;
}

// Only after the user's change of the filter: an event an edit takes out of it stays selected, so
// that the Inspector keeps the event being edited.
void FilterController::deselectHidden()
{
    const std::function<bool(EventId)> keeps = eventPredicate();
    if (!keeps)
        return;
    const std::vector<EventId> &selection = m_documents->selection();
    if (selection.empty()) { // a document opens with its first event current, none selected
        if (!keeps(m_documents->currentEvent())) // `--filter` hid it: the first the filter keeps
            m_documents->setAutomaticCurrentEvent(m_firstKept ? m_firstKept() : EventId());
        return;
    }
    std::vector<EventId> kept;
    std::copy_if(selection.begin(), selection.end(), std::back_inserter(kept), keeps);
    if (kept.size() != selection.size())
        m_documents->setSelection(kept); // the current event stays if kept, else the first kept one
}

std::shared_ptr<TimeIndex> FilterController::filteredIndex(const std::shared_ptr<TimeIndex> &full)
{
    if (!full)
        return full;
    const FilterMask mask = evaluate(*full);
    if (mask.ordinals.empty() && (!isActive() || !m_facets))
        return full;
    return std::make_shared<TimeIndex>(full->filtered(mask.ordinals));
}

void FilterController::setPredicate(const FilterMask &mask)
{
    auto kept = std::make_shared<KeptIds>();
    const std::uint32_t rows = m_facets->eventCount();
    const std::int64_t maxId = rows ? m_facets->eventId(rows - 1).value : 0;
    kept->dense = maxId >= 0 && maxId < (std::int64_t(1) << 28);
    kept->limit = maxId + 1;
    if (kept->dense)
        kept->bits.assign(std::size_t(kept->limit + 63) / 64, 0);
    for (std::uint32_t r = 0; r < rows; ++r) {
        const std::int64_t id = m_facets->eventId(r).value;
        if (kept->dense) {
            if (mask.rows[r] && id >= 0)
                kept->bits[std::size_t(id) >> 6] |= std::uint64_t(1) << (id & 63);
        } else if (!mask.rows[r]) {
            kept->sorted.push_back(id); // hidden ids, ascending
        }
    }
    m_kept = std::move(kept);
}

std::function<bool(EventId)> FilterController::eventPredicate() const
{
    if (!isActive() || !m_kept)
        return {};
    return [kept = m_kept](EventId id) {
        if (!kept->dense)
            return !std::binary_search(kept->sorted.begin(), kept->sorted.end(), id.value);
        if (id.value < 0 || id.value >= kept->limit)
            return true; // added since the last evaluation
        return bool((kept->bits[std::size_t(id.value) >> 6] >> (id.value & 63)) & 1);
    };
}

} // namespace dateline
