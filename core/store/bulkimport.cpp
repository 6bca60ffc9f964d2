// BulkImport: the one-transaction write path of every importer.
#include "core/store/bulkimport.h"

#include "core/store/addedevents.h"
#include "core/store/documentprivate.h"
#include "core/store/heapadvice.h"
#include "core/store/schema.h"
#include "core/store/searchindex.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace dateline {

namespace {

// The tables whose secondary indexes a large import drops and rebuilds. Rebuilding sorts once;
// maintaining events_time row by row costs a random B-tree insert per event (dates arrive in
// file order, not time order).
constexpr const char *kIndexedTables[] = {"events", "event_tags", "event_actors", "quotes", "quote_events",
                                          "relations"};
// Of those, the ones that gathering an event's text for the search index reads through (its
// quotes): rebuilt first, the others while a second thread tokenizes that text.
constexpr const char *kTextLookupIndexes[] = {"quote_events_event"};

// Bulk phase page cache: the new rows' pages, the index sorts and the full-text segments stay in
// memory. About 1 KiB per expected event (a GDELT row takes ~0.5 KB in the file with its indexes),
// at least 256 MB and at most 2 GB; pages the cache never fills are never allocated.
constexpr std::int64_t kMinBulkCacheKiB = 262144;
constexpr std::int64_t kMaxBulkCacheKiB = 2097152;
// Imports from this size on rebuild the indexes (when the document is not much larger), and
// write a document created here and still empty with a rollback journal (see the constructor).
constexpr std::int64_t kLargeImport = 20000;

std::int64_t maxId(Database &db, const char *table)
{
    Statement s = db.prepare(QByteArray("SELECT max(id) FROM ") + table);
    return s.step() ? s.int64(0) : 0;
}

bool hasNoContent(Database &db)
{
    Statement s = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM events) AND NOT EXISTS (SELECT 1 FROM actors) "
                             "AND NOT EXISTS (SELECT 1 FROM places) AND NOT EXISTS (SELECT 1 FROM sources) "
                             "AND NOT EXISTS (SELECT 1 FROM quotes) AND NOT EXISTS (SELECT 1 FROM relations) "
                             "AND NOT EXISTS (SELECT 1 FROM eras)");
    return s.step() && s.int64(0) == 1;
}

// Leaving WAL mode needs the file to itself: while another connection has it open SQLite reports
// it locked. That answer comes at once (no busy wait), and the import then stays in the log.
bool leaveWalMode(Database &db)
{
    const std::int64_t timeout = db.pragma("busy_timeout");
    bool left = false;
    try {
        db.exec("PRAGMA busy_timeout = 0");
        Statement mode = db.prepare("PRAGMA journal_mode = DELETE");
        left = mode.step() && mode.text(0) == QLatin1StringView("delete");
    } catch (const StoreError &) {
        // another connection has the file open: the import stays in the log
    }
    db.exec("PRAGMA busy_timeout = " + QByteArray::number(timeout));
    return left;
}

} // namespace

void IdRange::add(std::int64_t id)
{
    if (count == 0) {
        first = last = id;
    } else {
        first = std::min(first, id);
        last = std::max(last, id);
    }
    ++count;
}

BulkImport::BulkImport(Document &document, std::int64_t expectedEvents, Indexes indexes)
    : m_document(document), m_db(document.database()), m_statements(SCount, nullptr)
{
    if (document.isReadOnly()) {
        throw StoreError("This document is open read-only, so Dateline cannot import into it. "
                         "Save a copy to edit it.");
    }
    m_nested = m_db.inTransaction();
    if (!m_nested) {
        m_cacheSize = m_db.pragma("cache_size");
        m_threads = m_db.pragma("threads");
        m_foreignKeys = m_db.pragma("foreign_keys");
        m_tempStore = m_db.pragma("temp_store");
        m_autoCheckpoint = m_db.pragma("wal_autocheckpoint");
        // A bigger page cache, and a helper thread for the sorts of the index rebuilds.
        // temp_store FILE: with MEMORY, SQLite's sorter allocates every index entry on its own and
        // merge-sorts one linked list on this thread; with FILE it fills large contiguous runs
        // (sorted by the helper thread, spilled to a temporary file only beyond the page cache
        // size): index rebuilds take ~40% less CPU. Foreign keys off: SQLite would look up the
        // parent row of every reference (a B-tree search per actor link and place, ~20% of the
        // writing thread's time); checkReference() looks up each distinct id once instead. No
        // checkpoint at the commit: copying the log into the file would hold this thread for
        // seconds after a large import; BackgroundCheckpoint does it on another thread while the
        // caller builds the time index snapshot (or the next commit does it).
        // (These can only change outside a transaction.)
        const std::int64_t cacheKiB = std::clamp(expectedEvents, kMinBulkCacheKiB, kMaxBulkCacheKiB);
        m_db.exec(QByteArray("PRAGMA cache_size = -") + QByteArray::number(cacheKiB)
                  + "; PRAGMA threads = 2; PRAGMA temp_store = FILE; PRAGMA foreign_keys = OFF; "
                    "PRAGMA wal_autocheckpoint = 0");
        m_settingsChanged = true;
        m_checkReferences = m_foreignKeys != 0;
    }
    try {
        // In WAL mode every page is written twice: into the log at the commit, then into the file
        // by the checkpoint (for 2M GDELT rows, ~1.2 GB twice, 4-5 s more). With a rollback
        // journal a new page is written once, and journals nothing (SQLite only saves pages that
        // existed). The switch rewrites the file header, so a cancelled import would not leave
        // the file byte-identical: only a document this object created and that has no content
        // yet is switched (its callers delete it when the import fails); opened files never are.
        // DATELINE_BULK_JOURNAL=wal keeps the log (to compare them in the benchmark).
        if (!m_nested && expectedEvents >= kLargeImport && document.wasCreatedHere()
            && qgetenv("DATELINE_BULK_JOURNAL") != "wal" && hasNoContent(m_db))
            m_rollbackJournal = leaveWalMode(m_db);
        m_transaction = std::make_unique<Transaction>(m_db);
        m_previousMaxEvent = maxId(m_db, "events");
        m_previousMaxQuote = maxId(m_db, "quotes");
        // DATELINE_BULK_INDEXES=keep|rebuild overrides Automatic (to compare them in the benchmark).
        const QByteArray forced = qgetenv("DATELINE_BULK_INDEXES");
        if (indexes == Indexes::Automatic && (forced == "keep" || forced == "rebuild"))
            indexes = forced == "keep" ? Indexes::Keep : Indexes::Rebuild;
        bool rebuild = indexes == Indexes::Rebuild;
        if (indexes == Indexes::Automatic && expectedEvents > 0) {
            Statement count = m_db.prepare("SELECT count(*) FROM events");
            const std::int64_t existing = count.step() ? count.int64(0) : 0;
            rebuild = expectedEvents >= kLargeImport && expectedEvents >= existing / 2;
        }
        if (rebuild && !m_nested)
            dropIndexes();
        // The index inputs triggers would bump their counter once per row (several times per
        // GDELT row), also where the indexes are kept: dropped, and the counter bumped once.
        if ((rebuild || expectedEvents >= kLargeImport) && !m_nested)
            dropIndexInputsTriggers();
        if (expectedEvents >= kLargeImport)
            m_heapAdvice = std::make_unique<store::HeapAdvice>();
        // DATELINE_BULK_SEARCH_TEXT=tables reads the search text back from the tables (to compare).
        if (qgetenv("DATELINE_BULK_SEARCH_TEXT") != "tables")
            m_added = std::make_unique<store::AddedEvents>(expectedEvents);
    } catch (...) {
        m_transaction.reset();
        restoreSettings();
        throw;
    }
    m_now = store::timestamp({}).toUtf8();
}

BulkImport::~BulkImport()
{
    setCancelFlag(nullptr); // the rollback must not be interrupted
    m_transaction.reset(); // rolls back unless committed (the dropped indexes come back with it)
    restoreSettings();
}

void BulkImport::restoreSettings()
{
    if (!m_settingsChanged)
        return;
    m_settingsChanged = false;
    try {
        m_db.exec(QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_cacheSize) + "; PRAGMA threads = "
                  + QByteArray::number(m_threads) + "; PRAGMA temp_store = " + QByteArray::number(m_tempStore)
                  + "; PRAGMA foreign_keys = " + QByteArray::number(m_foreignKeys)
                  + "; PRAGMA wal_autocheckpoint = " + QByteArray::number(m_autoCheckpoint));
    } catch (const StoreError &) {
        // a setting of this connection only; nothing in the file depends on it
    }
    if (m_rollbackJournal) {
        m_rollbackJournal = false;
        try {
            m_db.exec("PRAGMA journal_mode = WAL");
        } catch (const StoreError &) {
            // another connection came meanwhile: Document::open switches the file back to WAL
        }
    }
}

// What dropped indexes and triggers are recreated from: our own schema, built once in memory,
// never SQL found in the (untrusted) file.
Database &BulkImport::ourSchema()
{
    if (!m_ourSchema) {
        m_ourSchema = Database::inMemory();
        schema::create(*m_ourSchema);
    }
    return *m_ourSchema;
}

void BulkImport::dropIndexInputsTriggers()
{
    Statement triggers = ourSchema().prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND "
                                        "substr(name, 1, length(?1)) = ?1 ORDER BY name");
    triggers.bind(1, QString::fromLatin1(schema::kIndexInputsTriggerPrefix));
    while (triggers.step()) { // present: a writable document has the current schema (schema::check)
        m_db.exec("DROP TRIGGER \"" + triggers.text(0).toUtf8() + '"', "Preparing the bulk import");
        m_droppedTriggers.push_back(triggers.text(1).toUtf8());
    }
}

void BulkImport::dropIndexes()
{
    QByteArray tables;
    for (const char *t : kIndexedTables)
        tables += (tables.isEmpty() ? "'" : ",'") + QByteArray(t) + "'";
    const QByteArray sql = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN (" + tables + ") ORDER BY name";
    Statement ours = ourSchema().prepare(sql);
    std::vector<std::pair<QString, QString>> wanted;
    while (ours.step())
        wanted.emplace_back(ours.text(0), ours.text(1));
    Statement present = m_db.prepare(sql);
    QStringList names;
    while (present.step())
        names.append(present.text(0));
    present.reset();
    for (const auto &[name, create] : wanted) {
        if (!names.contains(name))
            continue;
        m_db.exec("DROP INDEX \"" + name.toUtf8() + '"', "Preparing the bulk import");
        m_droppedIndexes.emplace_back(name, create.toUtf8());
    }
}

void BulkImport::rebuildIndexes(IndexGroup group)
{
    const auto readsText = [](const QString &name) {
        return std::any_of(std::begin(kTextLookupIndexes), std::end(kTextLookupIndexes),
                           [&](const char *n) { return name == QLatin1StringView(n); });
    };
    std::vector<std::pair<QString, QByteArray>> later;
    for (auto &dropped : m_droppedIndexes) {
        if (readsText(dropped.first) == (group == IndexGroup::TextLookups))
            m_db.exec(dropped.second, "Rebuilding an index after the import");
        else
            later.push_back(std::move(dropped));
    }
    m_droppedIndexes = std::move(later);
}

void BulkImport::restoreIndexInputsTriggers()
{
    if (m_droppedTriggers.empty())
        return;
    for (const QByteArray &create : m_droppedTriggers)
        m_db.exec(create, "Restoring a trigger after the import");
    m_droppedTriggers.clear();
    m_db.exec(schema::kBumpIndexInputsVersion, "Counting the import's changes");
}

Database &BulkImport::database()
{
    return m_db;
}

Statement &BulkImport::statement(int which, const char *sql)
{
    Statement *&s = m_statements[std::size_t(which)];
    if (!s)
        s = &m_db.cached(QByteArray(sql));
    return *s;
}

namespace {

int stopWhenCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

void BulkImport::setCancelFlag(const std::atomic<bool> *flag)
{
    m_cancel = flag;
    // Asked every 10,000 virtual machine instructions: well under a millisecond, and no cost to measure.
    sqlite3_progress_handler(m_db.handle(), flag ? 10000 : 0, flag ? stopWhenCancelled : nullptr,
                             const_cast<std::atomic<bool> *>(flag));
}

void BulkImport::throwIfCancelled() const
{
    if (m_cancel && m_cancel->load())
        throw StoreError("the import was cancelled", SQLITE_INTERRUPT);
}

BulkImportSummary BulkImport::commit()
{
    if (m_committed)
        return m_summary;
    throwIfCancelled();
    // DATELINE_IMPORT_TRACE=1 prints where the end of an import goes (for the import benchmark).
    static const bool trace = qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0;
    QElapsedTimer clock;
    clock.start();
    std::clock_t cpu = std::clock();
    auto lap = [&](const char *what) {
        if (trace) {
            std::fprintf(stderr, "bulk import: %s %.0f ms (cpu %.0f ms)\n", what, double(clock.nsecsElapsed()) / 1e6,
                         double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        }
        clock.restart();
        cpu = std::clock();
    };
    rebuildIndexes(IndexGroup::TextLookups);
    throwIfCancelled();
    const auto rebuildOthers = [&] {
        QElapsedTimer indexClock;
        indexClock.start();
        rebuildIndexes(IndexGroup::Others);
        if (trace)
            std::fprintf(stderr, "bulk import: indexes %.0f ms\n", double(indexClock.nsecsElapsed()) / 1e6);
    };
    // Search index: the appended rows in one pass (the other indexes are rebuilt meanwhile), then
    // the few others.
    const IdRange &events = m_summary.events;
    store::SearchIndex search(m_db);
    if (events.count > 0 && events.last > m_previousMaxEvent) {
        search.indexRange(m_previousMaxEvent, events.last,
                          events.count >= kLargeImport ? store::SearchIndex::Volume::Many
                                                       : store::SearchIndex::Volume::Few,
                          rebuildOthers, m_added.get());
    } else {
        rebuildOthers();
    }
    m_added.reset();
    std::vector<std::int64_t> later(m_searchLater.begin(), m_searchLater.end());
    std::sort(later.begin(), later.end());
    search.index(later);
    lap("search index and indexes");
    throwIfCancelled();
    restoreIndexInputsTriggers();
    if (m_beforeCommit)
        m_beforeCommit();
    m_document.bulkImportCommitting(m_summary); // the journal's step, in this transaction
    for (Statement *&s : m_statements) // cached statements must not hold the tables open
        if (s)
            s->reset();
    throwIfCancelled();
    setCancelFlag(nullptr);
    m_transaction->commit(); // runs Database::beforeCommit (the revision bump) when rows changed
    m_transaction.reset();
    lap("commit");
    m_committed = true;
    restoreSettings();
    return m_summary;
}

} // namespace dateline
