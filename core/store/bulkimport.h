#pragma once

#include "core/model/entities.h"
#include "core/model/event.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_set>
#include <vector>

namespace dateline {

class Database;
class Document;
class Statement;
class Transaction;
namespace store {
class AddedEvents;
class HeapAdvice;
}

// The ids of the rows one import added to one table. Imports append: new rows get ids above the
// previous maximum, so the range [first, last] holds exactly the added rows (count of them). When
// the caller kept ids of its own (KeepFileIds into an empty document) the range may have gaps, but
// it holds no row the import did not add.
struct IdRange {
    std::int64_t first = 0;
    std::int64_t last = 0;
    std::int64_t count = 0;
    bool isEmpty() const { return count == 0; }
    void add(std::int64_t id);
};

// What an import added, per table. Link rows (event_actors, event_tags, quote_events) belong to
// their event or quote and go with it (ON DELETE CASCADE), so "delete these ids" undoes it all.
struct BulkImportSummary {
    IdRange events, actors, places, sources, quotes, relations, eras;
};

// The bulk write path of every importer: ONE transaction on the document's connection, cached
// prepared statements, the full-text index filled once at the end for the new rows only, and for
// large imports the secondary indexes dropped at the start and rebuilt (sorted, once) before the
// commit. Per-connection PRAGMAs (a bigger page cache, sorter threads, temp_store FILE, foreign
// keys off: references are checked by BulkImport itself, each distinct id once) are set for the
// bulk phase and restored.
// Nothing is visible to other connections before commit(); the destructor rolls back whatever
// was not committed (an error, a cancel), leaving the file as it was.
//
// Inside an already open transaction (a Document::BulkEdit) it becomes a savepoint and keeps
// indexes and settings as they are. While it is open, write to the document only through it (rows
// added around it would be missed by, or added twice to, the full-text index). Not thread-safe (one Document per thread): parse on another
// thread and hand rows to the thread that owns the BulkImport.
class BulkImport {
public:
    // An event with every column already in its stored form (UTF-8 text, computed bounds): built
    // with from() on whichever thread parses, so that the writing thread only binds and steps.
    struct EventRow {
        QByteArray title, description, edtf, cameoCode; // UTF-8; edtf empty = undated
        QByteArray created, updated;                     // empty = the import's time
        std::int64_t bounds[4] = {0, 0, 0, 0};           // earliest/latest start, earliest/latest end
        int spanClass = 0, precision = 3, status = 0, cameoRoot = 0, importance = 50;
        std::int64_t id = 0, place = 0, sortKey = 0;     // id 0 = assign one; place 0 = none
        std::vector<ActorLink> actors;
        std::vector<QByteArray> tags;
        static EventRow from(const Event &event);
    };

    // A source in its stored form (UTF-8; an empty optional column is stored as NULL), built with
    // from() on the parsing thread like EventRow: a GDELT import adds a source for about every
    // second row.
    struct SourceRow {
        QByteArray title, publication, author, issued, url, accessed, reliability;
        std::int64_t id = 0; // 0 = assign one
        static SourceRow from(const Source &source);
    };

    enum class Indexes : std::uint8_t {
        Automatic, // rebuild when the import is large next to what the document holds
        Keep,      // maintain them row by row
        Rebuild,   // drop at the start, recreate before commit
    };

    // Throws StoreError when the document is read-only or the write lock cannot be taken.
    // expectedEvents is a hint for Indexes::Automatic (0 = unknown: indexes are kept).
    explicit BulkImport(Document &document, std::int64_t expectedEvents = 0,
                        Indexes indexes = Indexes::Automatic);
    ~BulkImport();
    BulkImport(const BulkImport &) = delete;
    BulkImport &operator=(const BulkImport &) = delete;

    // Each returns the stored id: the entity's own id when valid (the caller keeps it unique),
    // otherwise a new one. Links must name rows that exist (in the document or added before).
    EventId addEvent(const Event &event);
    EventId addEvent(const EventRow &row); // the same, prepared (see EventRow)
    ActorId addActor(const Actor &actor);
    PlaceId addPlace(const Place &place);
    SourceId addSource(const Source &source);
    SourceId addSource(const SourceRow &row); // the same, prepared (see SourceRow)
    QuoteId addQuote(const Quote &quote);
    RelationId addRelation(const Relation &relation);
    EraId addEra(const Era &era);
    // Attaches the GDELT row an event came from (record.globalEventId is the key); the event and
    // the record's source must exist (they are not checked). The event should carry the
    // GLOBALEVENTID as its sort key: Document::gdeltRecord() finds the record through it, and a
    // record is live while an event with its event_id has that sort key. A live record is kept as
    // it is (returns false); one left by a deleted event (or by one whose id was reused) is replaced.
    bool addGdeltRecord(EventId event, const GdeltRecord &record);

    // The connection, for importer-specific side tables (inside this transaction).
    Database &database();
    const BulkImportSummary &summary() const { return m_summary; }

    // Runs inside the transaction right before COMMIT, after the full-text index and the indexes
    // are complete and summary() is final: the place to journal the import as one undoable step
    // ("delete these ids"). What it writes commits with the import; if it throws, nothing does.
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

    // Lets another thread cancel (a Cancel button, Ctrl+C): once the flag is set, the statement
    // running stops within a millisecond or so (SQLite's progress handler) and throws StoreError
    // (wasInterrupted()), and commit() stops between its steps, so the caller's rollback leaves the
    // file as it was. The flag is no longer heard from the final COMMIT on: a cancel then is too late.
    void setCancelFlag(const std::atomic<bool> *flag);

    // Rebuilds dropped indexes, fills the search index, runs the hook, bumps the document's
    // revision (Database::beforeCommit) and commits. Throws StoreError (and rolls back) on failure.
    BulkImportSummary commit();

private:
    enum StatementIndex : int { SEvent, STag, SActorLink, SActorLinks2, SActor, SPlace, SSource, SQuote, SQuoteEvent,
                                SRelation, SEra, SGdelt, SCount };
    enum class Table : std::uint8_t { Events, Actors, Places, Sources, Count };
    Statement &statement(int which, const char *sql);
    // What a foreign key would check: throws StoreError unless the row exists (each id looked up once).
    void checkReference(Table table, std::int64_t id);
    void dropIndexes();
    void dropIndexInputsTriggers();
    Database &ourSchema();
    enum class IndexGroup : std::uint8_t { TextLookups, Others };
    void rebuildIndexes(IndexGroup group);
    void restoreIndexInputsTriggers();
    void restoreSettings();
    void throwIfCancelled() const;

    Document &m_document;
    Database &m_db;
    std::unique_ptr<Transaction> m_transaction;
    BulkImportSummary m_summary;
    QByteArray m_now; // created/updated stamp (UTF-8) of every new event without its own
    std::int64_t m_previousMaxEvent = 0, m_previousMaxQuote = 0;
    // Dropped indexes: name and CREATE INDEX statement, run again before the commit.
    std::vector<std::pair<QString, QByteArray>> m_droppedIndexes;
    // Dropped index inputs triggers (schema.h): CREATE TRIGGER statements, run again before the
    // commit, which then bumps their counter once for the whole import.
    std::vector<QByteArray> m_droppedTriggers;
    std::unique_ptr<Database> m_ourSchema; // see ourSchema()
    // Search index: events outside the appended id range to (re)index at commit (kept ids below
    // the previous maximum; existing events that got a quote, unindexed when it was linked).
    std::unordered_set<std::int64_t> m_searchLater;
    std::vector<Statement *> m_statements;
    std::int64_t m_cacheSize = 0, m_threads = 0, m_foreignKeys = 0, m_tempStore = 0, m_autoCheckpoint = 0;
    bool m_checkReferences = false; // foreign keys are off for the bulk phase: references checked here
    // Ids checkReference() found: a bit per id for the dense low ids (one test per link), a set
    // for the rest.
    std::vector<bool> m_existingBits[int(Table::Count)];
    std::unordered_set<std::int64_t> m_existing[int(Table::Count)];
    bool m_nested = false;
    bool m_settingsChanged = false;
    bool m_rollbackJournal = false; // switched out of WAL mode for this import (restoreSettings switches back)
    bool m_committed = false;
    std::function<void()> m_beforeCommit;
    const std::atomic<bool> *m_cancel = nullptr;
    std::unique_ptr<store::HeapAdvice> m_heapAdvice; // large imports only: fewer page faults
    // The appended events' keys and search text, as written (null: read them from the tables).
    std::unique_ptr<store::AddedEvents> m_added;
};

} // namespace dateline
