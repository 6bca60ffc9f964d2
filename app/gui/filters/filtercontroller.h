#pragma once

#include "core/model/eventfilter.h"
#include "core/model/ids.h"

#include <QObject>

#include <functional>
#include <memory>

namespace dateline {

class DocumentController;
class DocumentReader;
struct DocumentChange;
class FacetIndex;
struct FilterMask;
class TimeIndex;

// The filter of the open document (what saved views read and apply) and what evaluating it
// needs: the document's FacetIndex, loaded off the GUI thread (a DocumentReader) when a document
// opens or is reloaded (a snapshot in the file, or five scans: seconds at a million events) and
// patched on edits. A newer load supersedes a running one: the GUI thread never waits for it.
// The timeline hands it its full time index (evaluate) and draws the filtered one; the events
// table gets a predicate (keepsEvent). The filter is cleared when another document opens.
// Create it before the views that connect to the same DocumentController: it follows an edit
// (patches the facets) before they re-evaluate. Once a new filter has been evaluated, the events it
// hides leave the controller's selection (they are on neither the timeline nor the table).
class FilterController : public QObject {
    Q_OBJECT
public:
    explicit FilterController(DocumentController *documents, QObject *parent = nullptr);
    ~FilterController() override;

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    void clear() { setFilter(EventFilter()); }
    bool isActive() const { return !m_filter.isEmpty(); }

    // Null without a document and while a document's facets are read after it opens or is
    // reloaded; while an edit has them read again, the ones from before the edit.
    const FacetIndex *facets() const { return m_facets.get(); }
    bool isLoading() const;

    // The filter's masks over this full index (the document's). Also remembers the counts and
    // the table's predicate, and announces them (countsChanged).
    FilterMask evaluate(const TimeIndex &full);
    // The index to draw: full itself when no filter is active or the facets are still loading.
    std::shared_ptr<TimeIndex> filteredIndex(const std::shared_ptr<TimeIndex> &full);
    // Events of the document the filter hides, as of the last evaluate (0 when inactive).
    std::uint32_t hiddenCount() const { return m_hidden; }
    // For the events table: whether the filter keeps an event, as of the last evaluate; an id it
    // has not seen (an event added since) is kept. Empty when no filter is active.
    std::function<bool(EventId)> eventPredicate() const;

    // What stands in for the event the app made current itself (the first, as a document opens)
    // when a new filter hides it: the window's first row, as without a filter. Unset: none.
    void setFirstKeptEvent(std::function<EventId()> first) { m_firstKept = std::move(first); }

    // Synchronous facet build for documents without a file (tests, in-memory documents).
    void loadNow();

Q_SIGNALS:
    void filterChanged(const dateline::EventFilter &filter);
    // The facets arrived or followed an edit: what is drawn must be filtered again.
    void facetsChanged();
    void countsChanged(std::uint32_t hidden);

private:
    void documentChanged();
    void documentEdited(const DocumentChange &change);
    void load();
    void setPredicate(const FilterMask &mask);
    void deselectHidden();

    DocumentController *m_documents;
    EventFilter m_filter;
    std::shared_ptr<FacetIndex> m_facets;
    DocumentReader *m_reader;
    std::uint32_t m_hidden = 0;
    bool m_deselectHidden = false; // the filter changed: the next evaluation prunes the selection
    qint64 m_patchedRevision = -1; // the revision the patched facets match, if patched
    struct KeptIds; // the table's view of the last mask, by event id
    std::shared_ptr<const KeptIds> m_kept;
    std::function<EventId()> m_firstKept;
};

} // namespace dateline
