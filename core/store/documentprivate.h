#pragma once

// Internal to core/store: the state behind Document and the helpers its .cpp files share.

#include "core/date/fuzzydate.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/transaction.h"

#include <QDateTime>

#include <bit>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dateline {

struct Document::Private {
    std::unique_ptr<Database> db;
    QString path;
    bool readOnly = false;
    bool immutable = false;   // opened as Database::Access::ReadOnlyImmutable
    bool hasSnapshots = true; // false for a v1 file opened read-only (no index_snapshots table)
    bool hasJournal = true;   // false for a v1/v2 file opened read-only (no journal table)
    bool hasViews = true;     // false for a file before v4 opened read-only (no saved_views table)
    bool created = false;     // made by Document::create(), not opened
    std::vector<std::unique_ptr<Transaction>> bulk; // open BulkEdits, innermost last
    mutable QString infoCounts; // the counts last made (documentinfo.cpp), when the file has none

    // documentinfo.cpp: the table counts at this revision ("revision maxIds... counts..."), and
    // writing them to meta (inside the caller's cache transaction).
    QString currentCounts(std::int64_t revision, bool *inFile) const;
    void storeCounts(std::int64_t revision);
    // documentsourcelist.cpp: every match of recent sourcesMatching() calls that saw all of
    // them (fewer than their limit), while nothing has changed in the file.
    struct SourceMatches {
        QString needle;
        std::pair<std::int64_t, std::int64_t> stamp; // PRAGMA data_version, this connection's changes
        std::vector<SourceId> ids;
    };
    mutable std::vector<SourceMatches> sourceMatches; // newest last
    TouchObserver observer;
    std::function<void(const BulkImportSummary &)> bulkObserver;

    void touch(EntityKind kind, std::int64_t id, Touch how = Touch::Changing) const
    {
        if (observer)
            observer(kind, {id}, how);
    }
    // Touches every id the query (one ?1 parameter) returns: the rows a cascade will change,
    // all at once (the journal reads their states in one pass).
    void touchEach(EntityKind kind, const char *sql, std::int64_t parameter) const;
    // The same for a query without parameters.
    void touchAll(EntityKind kind, const QByteArray &sql, Touch how = Touch::Changing) const;

    // Deletes the actors, places or sources (kind, table) listed in temp.listed_ids, keeping the
    // search text of the events that name them right. The caller touches what the delete cascades into.
    void removeListed(EntityKind kind, const char *table);

    // restoreEvent of a stored event, without a transaction of its own: restoreEvents runs it for
    // many inside one (a SAVEPOINT per event cost more than the event). Leave: the caller takes
    // the event's search entry out before and puts it back after, with others in key order.
    enum class SearchEntry : std::uint8_t { Rewrite, Leave };
    void restoreStoredEvent(const Event &event, SearchEntry entry = SearchEntry::Rewrite);
    // Set-based edits of the events in temp.listed_ids: keeps the stored events that `changes`
    // holds for (an SQL condition on their row `e`, its parameters bound by `bind`), the ones the
    // edit will change, and touches them.
    void keepChangingListed(const QByteArray &changes, const std::function<void(Statement &)> &bind) const;

    // Throws a StoreError naming the refused action when the document is read-only.
    void requireWritable(const char *action) const;
};

namespace store {

// Per-connection settings; none of them writes to the file. A 64 MB page cache keeps the indexes
// of a million-event import in memory; temp_store=MEMORY keeps statement journals off the disk.
inline constexpr char kConnectionPragmas[] =
    "PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
    "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY";

// Connection settings for every file we open or create, before anything is read: defensive mode,
// no trusted schema, no extensions, a busy timeout, kConnectionPragmas. Writes nothing.
void hardenConnection(Database &db);

QString timestamp(const QDateTime &dateTime); // UTC ISO 8601 with ms; "now" when invalid
QDateTime parseTimestamp(const QString &text);

// Bit length of the span: the class an event's overlap query range is derived from.
inline int spanClass(const DateBounds &b)
{
    return int(std::bit_width(std::uint64_t(b.latestEnd) - std::uint64_t(b.earliestStart)));
}

// Binds a date as (edtf, start_min, start_max, end_min, end_max) at first..first+4; NULLs when
// the date is invalid ("undated").
void bindDate(Statement &statement, int first, const FuzzyDate &date);
FuzzyDate readDate(const Statement &statement, int column); // from its EDTF text
void bindId(Statement &statement, int index, std::int64_t id); // NULL when not a valid id
// "?1,?2,...,?n": the parameter list of an IN (...) query over a page of ids.
QByteArray parameterList(int count);
inline constexpr int kIdsPerQuery = 200;

// Bind an entity's columns for its INSERT (the column order of Document's own statements; the
// entity's id, NULL when not valid, comes last). Shared with BulkImport.
void bindEvent(Statement &statement, const Event &event, const QString &updated); // ?1..?16
// An event's row (its id when valid, else a new one, which is returned) and its tag and actor
// links, without the search index.
EventId insertEvent(Database &db, const Event &event);
void insertEventLinks(Database &db, const Event &event);
void bindActor(Statement &statement, const Actor &actor);   // ?1..?6
void bindPlace(Statement &statement, const Place &place);   // ?1..?5
void bindSource(Statement &statement, const Source &source); // ?1..?8
void bindQuote(Statement &statement, const Quote &quote);   // ?1..?6
void bindEra(Statement &statement, const Era &era);         // ?1..?8

// Column lists and row readers of the entity tables, shared by the per-entity reads and the
// batch reads of exports (documentbatches.cpp). Quotes are selected as "q".
inline constexpr char kEventColumns[] =
    "id, title, description, date_edtf, status, cameo_code, place_id, importance, sort_key, created, updated";
inline constexpr char kActorColumns[] = "id, label, kind, country, cameo_code, aliases";
inline constexpr char kPlaceColumns[] = "id, name, country, latitude, longitude";
inline constexpr char kSourceColumns[] = "id, title, publication, author, issued_edtf, url, accessed_edtf, reliability";
inline constexpr char kQuoteColumns[] = "q.id, q.text, q.speaker_id, q.source_id, q.locator, q.credibility";
inline constexpr char kRelationColumns[] = "id, from_id, to_id, kind";
inline constexpr char kEraColumns[] = "id, name, span_edtf, color";
Event readEvent(const Statement &statement); // scalar fields only
Actor readActor(const Statement &statement);
Place readPlace(const Statement &statement);
Source readSource(const Statement &statement);
Quote readQuote(const Statement &statement); // without its event links
Relation readRelation(const Statement &statement);
Era readEra(const Statement &statement);
// Tags and actor links of these events: one statement per link table, `filter` (" WHERE ...",
// bound by bindFilter) narrowing the rows read.
void loadLinks(const Database &db, std::vector<Event> &events, const QByteArray &filter,
               const std::function<void(Statement &)> &bindFilter);
// The events with these ids, links included, in the given order (missing ids left out).
std::vector<Event> readEvents(const Database &db, const std::vector<EventId> &ids);
// The quotes a statement selects with kQuoteColumns, then their event links (all links when
// the quotes are the whole table, otherwise a query per page of quotes).
std::vector<Quote> readQuotes(const Database &db, Statement &statement, bool wholeTable);
// The GDELT columns readGdelt() reads (from "g" joined with sources) for a schema version >= 3.
QByteArray gdeltColumns(std::int64_t version);
GdeltRecord readGdelt(const Statement &statement);

[[noreturn]] void notFound(const char *what, std::int64_t id);

// The inserts of Document and BulkImport (the binders in store:: fill them; ?last is the id).
inline constexpr char kInsertActor[] =
    "INSERT INTO actors(label, kind, country, cameo_code, aliases, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr char kInsertPlace[] =
    "INSERT INTO places(name, country, latitude, longitude, id) VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr char kInsertSource[] =
    "INSERT INTO sources(title, publication, author, issued_edtf, url, accessed_edtf, reliability, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
inline constexpr char kInsertQuote[] =
    "INSERT INTO quotes(text, speaker_id, source_id, locator, credibility, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
inline constexpr char kInsertRelation[] =
    "INSERT INTO relations(from_id, to_id, kind, id) VALUES (?1, ?2, ?3, ?4)";
inline constexpr char kInsertEra[] =
    "INSERT INTO eras(name, span_edtf, start_min, start_max, end_min, end_max, color, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

// Runs one write statement in its own transaction (a savepoint inside a BulkEdit) and returns the
// last inserted row id. With MustExist::Yes a statement that changed no row is a "not found".
enum class MustExist : std::uint8_t { No, Yes };
std::int64_t writeRow(Database &db, const char *sql, const std::function<void(Statement &)> &bind,
                      const char *entity, std::int64_t id, MustExist mustExist);
bool rowExists(const Database &db, const char *table, std::int64_t id);

template <typename T, typename Read>
std::vector<T> readAll(const Database &db, const char *sql, Read read)
{
    std::vector<T> result;
    Statement s = db.prepare(sql);
    while (s.step())
        result.push_back(read(s));
    return result;
}

// The row of the id bound to ?1 of sql, or nothing.
template <typename T, typename Read>
std::optional<T> readOne(const Database &db, const char *sql, std::int64_t id, Read read)
{
    Statement &s = db.cached(sql);
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    T value = read(s);
    s.reset();
    return value;
}

} // namespace store
} // namespace dateline
