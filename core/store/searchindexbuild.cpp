#include "core/store/searchindexbuild.h"

#include "core/store/boundedqueue.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/statement.h"
#include "core/store/storeerror.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdint>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace dateline::store {

namespace {

constexpr std::size_t kRowsPerBatch = 4096;
// Gathering text is faster than tokenizing it (about 10 s against 12 s of CPU per 2M GDELT rows,
// FTS5's last merges coming after the last row): a long queue lets this thread finish and go on
// with other work (the import's index rebuilds) while the worker catches up. At most 4M rows wait,
// about 100 bytes each.
constexpr std::size_t kQueuedBatches = 1024;
constexpr std::size_t kTextColumns = 3; // title, body, names
// The worker's FTS5 term buffer, as in a serial bulk import (fewer, larger segments to merge).
constexpr char kScratchHashSize[] = "67108864";
// The shadow tables that hold a contentless FTS5 index: its segments, their term index, and each
// row's token counts. (search_fts_config stays the document's own.)
constexpr const char *kShadowTables[] = {"search_fts_data", "search_fts_idx", "search_fts_docsize"};

// Rows of text packed into one buffer: fewer allocations than a string per column.
struct TextBatch {
    std::vector<std::int64_t> rowids;
    std::vector<std::size_t> ends; // kTextColumns per row, offsets into text
    std::string text;
};
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

// FTS5 keeps the rows it tokenizes in memory only while their rowids ascend: a lower rowid writes
// them out as a segment first. The text arrives in event id order (a sequential read of the
// document; its rowids, the time keys, are in file order), so the worker sorts it a chunk at a
// time: one extra segment per chunk, merged with the rest, against tokenizing only after the
// last row was read.
// (DATELINE_SEARCH_CHUNK_ROWS sets another size: tests use small chunks.)
constexpr std::size_t kRowsPerChunk = 262144;

std::size_t rowsPerChunk()
{
    const int forced = qEnvironmentVariableIntValue("DATELINE_SEARCH_CHUNK_ROWS");
    return forced > 0 ? std::size_t(forced) : kRowsPerChunk;
}

// One row of a chunk: where its text is (batch, first byte, first of its column ends).
struct ChunkRow {
    std::int64_t rowid;
    const TextBatch *batch;
    std::size_t start, firstEnd;
};

void insertSorted(Statement &insert, std::vector<std::unique_ptr<TextBatch>> &chunk)
{
    std::vector<ChunkRow> rows;
    for (const auto &batch : chunk) {
        std::size_t start = 0;
        for (std::size_t row = 0; row < batch->rowids.size(); ++row) {
            rows.push_back({batch->rowids[row], batch.get(), start, row * kTextColumns});
            start = batch->ends[row * kTextColumns + kTextColumns - 1];
        }
    }
    std::sort(rows.begin(), rows.end(), [](const ChunkRow &a, const ChunkRow &b) { return a.rowid < b.rowid; });
    sqlite3_stmt *s = insert.handle();
    for (const ChunkRow &row : rows) {
        sqlite3_bind_int64(s, 1, row.rowid);
        std::size_t start = row.start;
        for (std::size_t c = 0; c < kTextColumns; ++c) {
            const std::size_t end = row.batch->ends[row.firstEnd + c];
            sqlite3_bind_text(s, int(c) + 2, row.batch->text.data() + start, int(end - start), SQLITE_STATIC);
            start = end;
        }
        insert.execute();
    }
    chunk.clear();
}

// The worker: the same FTS5 table in a scratch file, filled in one transaction. A scratch file
// needs no journal and no syncing (it is thrown away if anything fails).
void buildScratchIndex(const QString &path, const QByteArray &createSql, Queue &queue)
{
    Database scratch(path, Database::Access::Create);
    scratch.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; " + createSql
                     + "; INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', " + kScratchHashSize
                     + "); BEGIN",
                 "Preparing the search index");
    Statement insert = scratch.prepare("INSERT INTO search_fts(rowid, title, body, names) VALUES (?1, ?2, ?3, ?4)");
    std::vector<std::unique_ptr<TextBatch>> chunk;
    const std::size_t chunkLimit = rowsPerChunk();
    std::size_t chunkRows = 0;
    while (std::optional<std::unique_ptr<TextBatch>> batch = queue.pop()) {
        chunkRows += (*batch)->rowids.size();
        chunk.push_back(std::move(*batch));
        if (chunkRows >= chunkLimit) {
            insertSorted(insert, chunk);
            chunkRows = 0;
        }
    }
    insertSorted(insert, chunk);
    scratch.exec("COMMIT", "Building the search index");
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

bool fillEmptySearchIndexInParallel(Database &db, Statement &texts, const std::function<void()> &meanwhile)
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
    std::thread worker([&] {
        try {
            buildScratchIndex(path, createSql, queue);
            workerCpuMs = threadCpuMs();
        } catch (const std::exception &e) {
            workerError = e.what();
            workerError += '.'; // never empty
            queue.stop();
        }
    });
    try {
        sqlite3_stmt *s = texts.handle();
        auto batch = std::make_unique<TextBatch>();
        bool open = true;
        while (open && texts.step()) {
            batch->rowids.push_back(sqlite3_column_int64(s, 0));
            for (int c = 1; c <= int(kTextColumns); ++c) {
                // text before bytes: the bytes of the UTF-8 form
                const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, c));
                batch->text.append(p ? p : "", std::size_t(sqlite3_column_bytes(s, c)));
                batch->ends.push_back(batch->text.size());
            }
            if (batch->rowids.size() == kRowsPerBatch) {
                open = queue.push(std::move(batch));
                batch = std::make_unique<TextBatch>();
            }
        }
        texts.reset();
        if (open && !batch->rowids.empty())
            queue.push(std::move(batch));
        queue.finish();
        trace("text gathered in " + QByteArray::number(clock.elapsed()) + " ms");
        meanwhile();
    } catch (...) {
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
