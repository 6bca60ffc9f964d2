#pragma once

#include "core/date/timepoint.h"
#include "core/model/entities.h"
#include "core/model/entityref.h"
#include "core/model/event.h"
#include "core/model/savedview.h"
#include "core/store/eventlist.h"
#include "core/store/journalentry.h"
#include "core/store/searchresults.h"
#include "core/store/sourcelistrow.h"
#include "core/store/storeerror.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace dateline {

class ByteSource;
class Database;
class SearchQuery;
struct BulkImportSummary;

enum class OpenMode : std::uint8_t { ReadWrite, ReadOnly };

struct DocumentInfo {
    int schemaVersion = 0;
    qint64 events = 0, actors = 0, places = 0, sources = 0, quotes = 0, relations = 0, eras = 0;
    std::optional<TimePoint> earliest; // min earliestStart of finite bounds; empty when no events
    std::optional<TimePoint> latest;   // max latestEnd of finite bounds
};

// The compact per-event record the time index is built from (no text): one fast scan at open.
struct EventSpan {
    EventId id;
    DateBounds bounds;
    DatePrecision precision = DatePrecision::Day;
    EventStatus status = EventStatus::Occurred;
    std::uint8_t cameoRoot = 0;   // 1..20, 0 = none
    std::uint8_t importance = 50; // 0..100
    std::uint16_t quoteCount = 0; // saturates at 65535
    std::int64_t sortKey = 0;
};

// The order Document::forEachEventBatch() visits events in: by id, or as events() lists them.
enum class EventOrder : std::uint8_t { Id, Time };

// Receives one batch of a streaming read (and may take its rows: the vector is not used again);
// returns false to stop the read.
template <typename T>
using BatchVisitor = std::function<bool(std::vector<T> &batch)>;

// What a write is about to do to an entity (see Document::setTouchObserver).
enum class Touch : std::uint8_t { Changing, Created };
// Told of the entities of one kind a write touches, all of them at once when it writes many.
using TouchObserver = std::function<void(EntityKind kind, const std::vector<std::int64_t> &ids, Touch how)>;

// A .dateline document: the SQLite file is the document. Every call that changes it commits at once
// in its own transaction (no "save"); use BulkEdit to group many changes into one transaction.
// add*() keep a valid id they are given (for lossless import) and otherwise assign one.
// These are the store's primitives: user-facing changes go through core/edit (Editor and the
// commands), which groups them into undoable steps recorded in the document's journal.
// Not thread-safe: one Document per thread.
class Document {
public:
    // Refuse, with a message a person understands and without modifying the file: a non-SQLite
    // file, an SQLite file that is not a Dateline document, a corrupt file, a newer schema.
    // A read-only file opens read-only; a locked file is waited on briefly, then reported.
    static std::unique_ptr<Document> open(const QString &path, OpenMode mode, QString *errorMessage);
    // Creates a new, empty document; fails if the file exists.
    static std::unique_ptr<Document> create(const QString &path, QString *errorMessage);
    static std::unique_ptr<Document> createInMemory();

    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    QString path() const;     // empty for in-memory documents
    bool isReadOnly() const;
    // True when this object made the file (create()) rather than opened it: a file whose caller
    // deletes it again when what it was made for fails (see BulkImport's journal).
    bool wasCreatedHere() const;
    DocumentInfo info() const;

    // Writes a compact, consistent copy of the whole document (journal included) to a new file
    // with SQLite's VACUUM INTO. Works on read-only documents too: the way to edit one. Throws
    // StoreError when path exists (never overwritten), cannot be written, or inside a BulkEdit.
    void saveCopy(const QString &path) const;

    QString title() const;    // document-level metadata
    void setTitle(const QString &title);

    // Events (with their actor links)
    EventId addEvent(const Event &event);
    void updateEvent(const Event &event);
    void removeEvent(EventId id);    // also removes its links, relations and quote links
    // The same for many events at once, set-based: a statement per table for all of them (with
    // the search index's per-event text), not a dozen per event. Unknown ids are ignored.
    void removeEvents(const std::vector<EventId> &ids);
    // A tag added to the end of the tags of those of these events that lack it, or taken out of
    // those that have it, set-based; the events changed get a new updated time (the search index
    // holds no tags: it is not written). Unknown ids are ignored.
    void addEventTag(const std::vector<EventId> &ids, const QString &tag);
    void removeEventTag(const std::vector<EventId> &ids, const QString &tag);
    // The status or the type (a CAMEO code; empty: none) given to those of these events that have
    // another, set-based: neither is searched, so the search index is not written.
    void setEventStatus(const std::vector<EventId> &ids, EventStatus status);
    void setEventCameoCode(const std::vector<EventId> &ids, const QString &code);
    // The link added after the actors of those of these events that do not name its actor,
    // set-based; their search rows are written again (an actor's names are searched).
    void addEventActor(const std::vector<EventId> &ids, ActorLink link);
    std::optional<Event> event(EventId id) const;
    // The events with these ids, links included, in the given order (unknown ids left out).
    std::vector<Event> events(const std::vector<EventId> &ids) const;
    std::vector<Event> events() const; // in time order (earliestStart, sortKey, id); undated last
    // Events whose [earliestStart, latestEnd) overlaps [from, to), in time order; uses an index.
    std::vector<Event> eventsOverlapping(TimePoint from, TimePoint to) const;
    // The same, ids only (no text is read): for callers that fetch details lazily.
    std::vector<EventId> eventIdsOverlapping(TimePoint from, TimePoint to) const;

    // Bulk reads for the time index: one statement each, no per-event queries, no text columns.
    // forEachEventSpan visits dated events only (an event with an invalid date has no span).
    void forEachEventSpan(const std::function<void(const EventSpan &)> &visit) const; // time order
    // The spans of these events (dated ones only, in no particular order): for patching an index.
    std::vector<EventSpan> eventSpans(const std::vector<EventId> &ids) const;
    std::vector<std::pair<EventId, ActorId>> actorLinks() const;
    std::vector<std::pair<EventId, QString>> eventTags() const;

    // Lazy event lists (the events table at a million rows): ids only, then rows a page at a time.
    // All events in time order: sortTime(), sort key, id; undated events last (by sort key, id).
    std::vector<EventId> eventIdsInTimeOrder() const;
    // All events ordered by a column, ascending or descending; ties stay in time order.
    std::vector<EventId> eventIdsOrderedBy(EventListKey key, Qt::SortOrder order) const;
    // Rows for the given ids, in the same order (one query per 200 ids).
    std::vector<EventListRow> eventListRows(const std::vector<EventId> &ids) const;
    // Ids (ascending) of the events whose title contains every word of text (the last also as a
    // prefix, through the full-text index) or that link an actor whose label contains text.
    std::vector<EventId> eventIdsMatchingTitleOrActor(const QString &text) const;
    // How many of these events the document already has: an event with the same title and date
    // (an import of a file imported before). Reads the document's events on the days concerned
    // once (a whole month of GDELT takes about a second).
    qsizetype countEventsAlreadyPresent(const std::vector<Event> &events) const;
    // What a timeline labels events with, in the order of ids (empty for an unknown event or one
    // without quotes): titles, and first quotes (lowest quote id) with their speaker's label. One
    // query per 200 ids; several pages read one snapshot, and nothing is held after the call.
    std::vector<QString> eventTitles(const std::vector<EventId> &ids) const;
    std::vector<QuotePreview> firstQuotes(const std::vector<EventId> &ids) const;

    ActorId addActor(const Actor &actor);
    void updateActor(const Actor &actor);
    void removeActor(ActorId id);
    // Many at once (undoing an import): a statement per table for all of them, as removeEvents.
    void removeActors(const std::vector<ActorId> &ids);
    std::optional<Actor> actor(ActorId id) const;
    std::vector<Actor> actors() const;

    PlaceId addPlace(const Place &place);
    void updatePlace(const Place &place);
    void removePlace(PlaceId id);
    void removePlaces(const std::vector<PlaceId> &ids);
    std::optional<Place> place(PlaceId id) const;
    std::vector<Place> places() const;

    SourceId addSource(const Source &source);
    void updateSource(const Source &source);
    void removeSource(SourceId id);
    void removeSources(const std::vector<SourceId> &ids);
    std::optional<Source> source(SourceId id) const;
    std::vector<Source> sources() const;
    // Every source in id order as a list shows it: no dates (sources() parses two per row).
    std::vector<SourceListRow> sourceListRows() const;
    // Sources whose title, publication or URL contains text (any case), in id order, at most
    // limit: for pickers, which must not load a GDELT document's million articles. A call that
    // found fewer than limit remembers them, so that typing on (a longer text containing this
    // one) checks only those until the file changes.
    std::vector<Source> sourcesMatching(const QString &text, int limit) const;
    // The GDELT row an imported event came from; nothing for other events.
    std::optional<GdeltRecord> gdeltRecord(EventId id) const;
    // Every event's GDELT record, in event id order (one scan: for exports).
    std::vector<std::pair<EventId, GdeltRecord>> gdeltRecords() const;

    QuoteId addQuote(const Quote &quote);
    void updateQuote(const Quote &quote);
    void removeQuote(QuoteId id);
    std::optional<Quote> quote(QuoteId id) const;
    std::vector<Quote> quotes() const;
    std::vector<Quote> quotesForEvent(EventId id) const;

    RelationId addRelation(const Relation &relation);
    void updateRelation(const Relation &relation);
    void removeRelation(RelationId id);
    std::optional<Relation> relation(RelationId id) const;
    std::vector<Relation> relationsOf(EventId id) const; // from or to the event, by id
    std::vector<Relation> relations() const;

    EraId addEra(const Era &era);
    void updateEra(const Era &era);
    void removeEra(EraId id);
    std::optional<Era> era(EraId id) const;
    std::vector<Era> eras() const;

    // Streaming reads, for exports of documents of any size: every row in id order (events also
    // in time order), read batchSize rows at a time (one statement per batch and link table, links
    // included) and handed to visit, so that memory does not grow with the document. visit
    // returns false to stop; the call then returns false. Hold a ReadTransaction around several
    // calls to read one snapshot. Time order keeps every event's id (8 bytes) while it runs.
    static constexpr int kReadBatchSize = 2000;
    bool forEachEventBatch(EventOrder order, const BatchVisitor<Event> &visit, int batchSize = kReadBatchSize) const;
    bool forEachActorBatch(const BatchVisitor<Actor> &visit, int batchSize = kReadBatchSize) const;
    bool forEachPlaceBatch(const BatchVisitor<Place> &visit, int batchSize = kReadBatchSize) const;
    bool forEachSourceBatch(const BatchVisitor<Source> &visit, int batchSize = kReadBatchSize) const;
    bool forEachQuoteBatch(const BatchVisitor<Quote> &visit, int batchSize = kReadBatchSize) const;
    bool forEachRelationBatch(const BatchVisitor<Relation> &visit, int batchSize = kReadBatchSize) const;
    // Lookups for the rows of one batch: the entities with these ids, by id (unknown ids are left
    // out, repeated ids count once); one query per 200 ids.
    std::vector<Actor> actors(const std::vector<ActorId> &ids) const;
    std::vector<Place> places(const std::vector<PlaceId> &ids) const;
    std::vector<Source> sources(const std::vector<SourceId> &ids) const;
    // The GDELT records of those of these events that have one, in event id order.
    std::vector<std::pair<EventId, GdeltRecord>> gdeltRecords(const std::vector<EventId> &ids) const;
    // Every quote attached to any of these events, once, by id, with all its event links.
    std::vector<Quote> quotesOfEvents(const std::vector<EventId> &ids) const;

    // Saved views and date bookmarks, stored in the document so they travel with the file, in the
    // user's order. Names are unique (compared exactly). A stored entry this build cannot read (a
    // damaged or hand-edited file) is left out of the lists and reported by neither.
    // put*() replaces the entry of that name in place or appends a new one; rename*() throws
    // StoreError when `from` is missing or `to` is taken; a remove of a missing name does nothing.
    // A read-only document of a version before 4 has none and refuses writes like any other.
    std::vector<SavedView> savedViews() const;
    std::optional<SavedView> savedView(const QString &name) const;
    void putSavedView(const SavedView &view);
    void removeSavedView(const QString &name);
    void renameSavedView(const QString &from, const QString &to);
    std::vector<DateBookmark> bookmarks() const;
    std::optional<DateBookmark> bookmark(const QString &name) const;
    void putBookmark(const DateBookmark &bookmark);
    void removeBookmark(const QString &name);
    void renameBookmark(const QString &from, const QString &to);
    // For undo and redo: make the whole list exactly this, in this order.
    void restoreSavedViews(const std::vector<SavedView> &views);
    void restoreBookmarks(const std::vector<DateBookmark> &bookmarks);

    // Exact writes for undo and redo: store this state under its id, inserting it or replacing the
    // stored one, time stamps and links included (an event's created/updated are kept as given).
    void restoreEvent(const Event &event);
    // restoreEvent for many: the events not stored are inserted and indexed for search together
    // (stored ones are rewritten one by one).
    void restoreEvents(const std::vector<Event> &events);
    void restoreActor(const Actor &actor);
    void restorePlace(const Place &place);
    void restoreSource(const Source &source);
    void restoreQuote(const Quote &quote);
    void restoreRelation(const Relation &relation);
    void restoreEra(const Era &era);

    // Called by every write, inside its transaction, for the entities it is about to change
    // (Touch::Changing, before the change, cascades included: removing an actor touches the
    // events and quotes that name it) or has just created (Touch::Created). The edit journal
    // reads "before" states here. One observer; an empty function removes it.
    void setTouchObserver(TouchObserver observer);
    // Called by a BulkImport inside its transaction right before COMMIT, with the id ranges it
    // added (bulk writes do not touch entities one by one): where the journal records an import.
    void setBulkObserver(std::function<void(const BulkImportSummary &)> observer);
    void bulkImportCommitting(const BulkImportSummary &summary); // for BulkImport

    // The edit journal's rows (see core/edit/editor.h for what they mean). False when the file
    // has no journal table (a read-only file of an older version).
    bool hasJournal() const;
    qint64 appendJournal(const JournalEntry &entry); // returns its seq
    void replaceJournalStates(std::int64_t seq, const QString &label, const QByteArray &before,
                              const QByteArray &after, const QDateTime &time);
    void setJournalUndone(std::int64_t seq, bool undone);
    void dropUndoneJournal(); // the redo branch, when a new step is recorded
    std::optional<JournalEntry> journalEntry(std::int64_t seq) const;
    std::optional<JournalEntry> newestJournalEntry(JournalState state) const; // Done: newest not undone; Undone: oldest undone
    // Newest first, without the before/after states. offset/limit page through a long history.
    std::vector<JournalEntry> journal(std::int64_t offset, std::int64_t limit) const;
    qint64 journalSize() const;

    // Full-text search over everything an event is known by: its title, description and quote
    // texts, the labels and aliases of its actors, its place, its quotes' sources and speakers.
    // The query uses FTS5 syntax (see SearchQuery); a malformed one gives results.error. The first
    // `limit` hits in time order with snippets, and how many match (counted up to 10,000, and for
    // at most 4 ms past the listed hits: beyond that the count is a lower bound).
    SearchResults search(const SearchQuery &query, int limit = 100) const;
    // The same for plain callers: the ids of the first hits, in time order (none for a bad query).
    std::vector<EventId> search(const QString &query, int limit = 100) const;
    // The first `limit` matching events in time-key order (day by day), for marks on a timeline.
    std::vector<SearchMark> searchMarks(const SearchQuery &query, std::int64_t limit) const;

    // Counts committed edits: every write transaction that changes rows (events, links, tags,
    // actors, quotes, anything) increments it, atomically with the edit. 0 for a v1 file.
    qint64 revision() const;
    // Derived data cached in the file (built time indexes), keyed by what it was built for.
    // snapshot() returns the data only if it was stored at the current revision and the content it
    // was built from has not changed since (a checksum catches writes by other programs, which do
    // not bump the revision); the caller must still validate it (the file is untrusted). storeSnapshot() does not change the revision,
    // does nothing on a read-only document or inside a BulkEdit, drops snapshots of older
    // revisions and ignores failures (a full disk must not fail whatever is being opened).
    std::optional<QByteArray> snapshot(const QString &key) const;
    // The same without a copy: consume reads the current snapshot straight from the file.
    // Returns consume's answer, or false when there is no current snapshot (consume may then have
    // run on one that turned out stale: discard what it read).
    bool readSnapshot(const QString &key, const std::function<bool(ByteSource &)> &consume) const;
    void storeSnapshot(const QString &key, const QByteArray &data) const; // a cache: const
    // The same for data read at revision builtAt (on another connection, or before edits this
    // one made since): stored only if that is still the current revision, checked inside the
    // write, so that what was read before an edit never passes for the edited document's.
    void storeSnapshot(const QString &key, const QByteArray &data, qint64 builtAt) const;

    // Groups changes into one transaction; rolls back unless commit() is called.
    class BulkEdit {
    public:
        explicit BulkEdit(Document &document);
        ~BulkEdit();
        void commit();
    private:
        Document &m_document;
        bool m_done = false;
    };

    // The underlying connection, for core code that needs raw speed (time index, importers).
    Database &database();
    const Database &database() const;

private:
    Document();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dateline
