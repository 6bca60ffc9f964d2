#include "core/store/searchindexbuild.h"

#include "core/store/boundedqueue.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/searchtextbatch.h"
#include "core/store/statement.h"
#include "core/store/storeerror.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <thread>

namespace dateline::store {

namespace {

// Gathering text is faster than tokenizing it: a long queue lets this thread finish and go on
// with other work (the import's index rebuilds) while the worker catches up. At most 4M rows wait,
// about 100 bytes each.
constexpr std::size_t kQueuedBatches = 1024;
// The worker's FTS5 term buffer, as in a serial bulk import (fewer, larger segments to merge).
constexpr char kScratchHashSize[] = "67108864";
// The shadow tables that hold a contentless FTS5 index: its segments, their term index, and each
// row's token counts. (search_fts_config stays the document's own.)
constexpr const char *kShadowTables[] = {"search_fts_data", "search_fts_idx", "search_fts_docsize"};

using Queue = BoundedQueue<std::unique_ptr<TextBatch>>;

// search_fts as our own schema creates it (never SQL read from the document).
QByteArray createSearchTableSql()
{
    auto fresh = Database::inMemory();
    schema::create(*fresh);
    Statement s = fresh->prepare("SELECT sql FROM sqlite_schema WHERE name = 'search_fts'");
    if (!s.step())
        throw StoreError("The schema has no search index");
    return s.text(0).toUtf8();
}

// The worker: the same FTS5 table in a scratch file, filled in one transaction. A scratch file
// needs no journal and no syncing (it is thrown away if anything fails).
void buildScratchIndex(const QString &path, const QByteArray &createSql, const TextSource &text)
{
    Database scratch(path, Database::Access::Create);
    scratch.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; " + createSql
                     + "; INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', " + kScratchHashSize
                     + "); BEGIN",
                 "Preparing the search index");
    Statement insert = scratch.prepare("INSERT INTO search_fts(rowid, title, body, names) VALUES (?1, ?2, ?3, ?4)");
    SortedTextWriter sorted(insert);
    text([&](std::unique_ptr<TextBatch> batch) {
        sorted.add(std::move(batch));
        return true;
    });
    sorted.finish();
    scratch.exec("COMMIT", "Building the search index");
    // Later edits each write a small segment onto FTS5's level 0, and when 16 are there
    // ('crisismerge') it merges the whole level at once: with the import's large segments on that
    // level, the 13th edit after a million-event import rewrote the whole index (10-19 s with
    // the window frozen). 'optimize' merges everything into one segment a level up, where the
    // edits' small merges do not reach. With one segment it does nothing, so a row is added and
    // taken out first (the merge drops both).
    scratch.exec("BEGIN; INSERT INTO search_fts(rowid, title, body, names) VALUES (9223372036854775807, 'x', '', '');"
                 "COMMIT; BEGIN;"
                 "INSERT INTO search_fts(search_fts, rowid, title, body, names) VALUES ('delete', 9223372036854775807, 'x', '', '');"
                 "COMMIT; INSERT INTO search_fts(search_fts) VALUES ('optimize')",
                 "Building the search index");
}

// Lets this connection write FTS5's shadow tables, which SQLITE_DBCONFIG_DEFENSIVE (on for every
// document, see documentopen.cpp) makes read-only to SQL; as it was again when it goes out of scope.
class ShadowTableWrites {
public:
    explicit ShadowTableWrites(sqlite3 *db) : m_db(db)
    {
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, -1, &m_defensive);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    }
    ~ShadowTableWrites() { sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, m_defensive, nullptr); }
    ShadowTableWrites(const ShadowTableWrites &) = delete;
    ShadowTableWrites &operator=(const ShadowTableWrites &) = delete;

private:
    sqlite3 *m_db;
    int m_defensive = 1;
};

void copyScratchIndex(Database &db, const QString &path)
{
    // 'delete-all' empties the index through FTS5 itself, which also makes this connection's FTS5
    // forget the structure it may have cached (it would otherwise keep reading the index as empty).
    // It leaves an empty structure record behind: the copy replaces it.
    db.exec("INSERT INTO search_fts(search_fts) VALUES ('delete-all')", "Preparing the search index");
    Database scratch(path, Database::Access::ReadOnly);
    const ShadowTableWrites writable(db.handle());
    for (const char *table : kShadowTables) {
        db.exec("DELETE FROM " + QByteArray(table), "Preparing the search index");
        Statement read = scratch.prepare("SELECT * FROM " + QByteArray(table));
        const int columns = read.columnCount();
        QByteArray values = "?1";
        for (int c = 2; c <= columns; ++c)
            values += ", ?" + QByteArray::number(c);
        Statement write = db.prepare("INSERT INTO " + QByteArray(table) + " VALUES (" + values + ")");
        while (read.step()) {
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(write.handle(), c + 1, sqlite3_column_value(read.handle(), c));
            write.execute();
        }
    }
}

// DATELINE_IMPORT_TRACE=1 (the import benchmark) prints where the time goes.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void trace(const QByteArray &what)
{
    static const bool on = qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0;
    if (on)
        std::fprintf(stderr, "bulk import: search index: %s\n", what.constData());
}

} // namespace

bool fillEmptySearchIndexInParallel(Database &db, const TextSource &text, TextThread textThread,
                                   const std::function<void()> &meanwhile)
{
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = threadCpuMs();
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    const QString path = dir.filePath(QStringLiteral("search.sqlite"));
    const QByteArray createSql = createSearchTableSql();
    Queue queue(kQueuedBatches);
    std::string workerError;
    double workerCpuMs = 0;
    // The worker reads the text itself (until this thread fails), or takes it from this thread
    // through the queue.
    std::atomic<bool> failed = false;
    const TextSource onWorker = [&](const TextSink &sink) {
        text([&](std::unique_ptr<TextBatch> batch) { return !failed && sink(std::move(batch)); });
    };
    const TextSource fromQueue = [&](const TextSink &sink) {
        while (std::optional<std::unique_ptr<TextBatch>> batch = queue.pop())
            sink(std::move(*batch));
    };
    const bool textOnWorker = textThread == TextThread::Worker;
    std::thread worker([&] {
        try {
            buildScratchIndex(path, createSql, textOnWorker ? onWorker : fromQueue);
            workerCpuMs = threadCpuMs();
        } catch (const std::exception &e) {
            workerError = e.what();
            workerError += '.'; // never empty
            queue.stop();
        }
    });
    try {
        if (!textOnWorker) {
            text([&](std::unique_ptr<TextBatch> batch) { return queue.push(std::move(batch)); });
            queue.finish();
            trace("text gathered in " + QByteArray::number(clock.elapsed()) + " ms (cpu "
                  + QByteArray::number(threadCpuMs() - cpuBefore, 'f', 0) + " ms)");
        }
        meanwhile();
    } catch (...) {
        failed = true;
        queue.stop();
        worker.join();
        throw;
    }
    worker.join();
    if (!workerError.empty()) {
        trace("building on a second thread failed, indexing on one: " + QByteArray::fromStdString(workerError));
        return false;
    }
    trace("tokens done " + QByteArray::number(clock.restart()) + " ms after the start (cpu: this thread "
          + QByteArray::number(threadCpuMs() - cpuBefore, 'f', 0) + " ms, tokens " + QByteArray::number(workerCpuMs, 'f', 0)
          + " ms)");
    copyScratchIndex(db, path);
    trace("copying the index in " + QByteArray::number(clock.restart()) + " ms");
    return true;
}

} // namespace dateline::store
