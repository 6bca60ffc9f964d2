// GDELT import: the writing half (this thread) over the parsing pipeline (a second thread).
#include "core/io/gdelt/gdeltimport.h"

#include "core/io/contentwriter.h"
#include "core/io/gdelt/gdeltpipeline.h"
#include "core/io/importedtimeindex.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/heapadvice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <ctime>
#include <optional>

namespace dateline {

using namespace gdelt;

namespace {

// Where an import counts as large (as BulkImport sees it): from here the heap is advised.
constexpr std::int64_t kLargeImportRows = 20000;

// What the document holds already, for deduplication (one scan of each table).
KnownEntities knownEntities(Database &db)
{
    KnownEntities known;
    Statement actors = db.prepare("SELECT id, cameo_code, label FROM actors");
    while (actors.step()) {
        const QString label = actors.text(2);
        known.actors.insert(actorKey(actors.text(1).toUtf8(), label.toUpper().toUtf8()), {actors.int64(0), label});
    }
    Statement places = db.prepare("SELECT id, name, country FROM places");
    while (places.step())
        known.places.insert(placeKey(places.text(1).toUtf8(), places.text(2).toUtf8()), places.int64(0));
    Statement sources = db.prepare("SELECT id, url FROM sources WHERE url IS NOT NULL");
    while (sources.step())
        known.sources.insert(sources.text(1).toUtf8(), sources.int64(0));
    // Rows whose event was deleted since do not count (an event that reused the id has another sort key).
    Statement ids = db.prepare("SELECT g.global_id FROM gdelt_events g JOIN events e ON e.id = g.event_id "
                               "AND e.sort_key = g.global_id");
    while (ids.step())
        known.globalIds.insert(ids.int64(0));
    return known;
}

// Resolves a Ref against the ids the new entities got.
template <typename IdType>
IdType resolve(Ref ref, const std::vector<IdType> &added)
{
    if (ref > 0)
        return IdType(ref);
    if (ref < 0 && std::size_t(-ref - 1) < added.size())
        return added[std::size_t(-ref - 1)];
    return IdType();
}

// A hint for BulkImport's index strategy: ~400 bytes per plain row, ~1/8 of it compressed.
std::int64_t expectedRowCount(const QStringList &files)
{
    std::int64_t bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    return bytes / 400;
}

// The lines all inputs hold, estimated from the share of their bytes read so far.
std::int64_t estimatedLines(std::int64_t linesRead, std::int64_t bytesRead, std::int64_t totalBytes)
{
    return bytesRead > 0 ? std::int64_t(double(linesRead) * double(totalBytes) / double(bytesRead)) : linesRead;
}

// The GDELT record of a row whose event got an id, its source resolved.
GdeltRecord gdeltRecord(const MappedRow &row, SourceId source)
{
    GdeltRecord record;
    record.globalEventId = row.globalId;
    record.dateAdded = row.dateAdded;
    record.source = source;
    record.goldstein = row.goldstein;
    record.tone = row.tone;
    record.mentions = row.mentions;
    record.sources = row.sources;
    record.articles = row.articles;
    return record;
}

// For DATELINE_IMPORT_TRACE: how long the writing thread took over the rows, how much of it
// working (its CPU time) and how much waiting for the parser.
class WriterClock {
public:
    WriterClock() : m_cpuAtStart(threadCpuMs()) { m_total.start(); }
    WriterClock(const WriterClock &) = delete;
    WriterClock &operator=(const WriterClock &) = delete;

    std::unique_ptr<Batch> next(ParsePipeline &pipeline)
    {
        QElapsedTimer waiting;
        waiting.start();
        std::unique_ptr<Batch> batch = pipeline.next();
        m_waitMs += double(waiting.nsecsElapsed()) / 1e6;
        return batch;
    }

    void report() const
    {
        if (m_trace) {
            std::fprintf(stderr, "bulk import: rows %.0f ms (writer cpu %.0f ms, waiting for the parser %.0f ms)\n",
                         double(m_total.nsecsElapsed()) / 1e6, threadCpuMs() - m_cpuAtStart, m_waitMs);
        }
    }

private:
    static double threadCpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }

    static bool traced()
    {
        static const bool trace = qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0;
        return trace;
    }

    const bool m_trace = traced();
    QElapsedTimer m_total;
    double m_cpuAtStart;
    double m_waitMs = 0;
};

// Writes the parser's batches: a batch's new actors, places and sources first, since its rows
// (and later batches' rows) refer to them by their place among all the new ones (see Ref), then
// each row's event with its GDELT record.
class BatchWriter {
public:
    BatchWriter(BulkImport &bulk, ImportedTimeIndex &imported) : m_bulk(bulk), m_imported(imported) {}

    void write(Batch &batch)
    {
        addEntities(batch);
        m_rowsWritten += std::int64_t(batch.rows.size());
        for (MappedRow &row : batch.rows)
            addRow(row);
    }

    std::int64_t rowsWritten() const { return m_rowsWritten; }

private:
    void addEntities(const Batch &batch)
    {
        for (const Actor &a : batch.actors) {
            m_actors.push_back(m_bulk.addActor(a));
            m_imported.addActor(m_actors.back(), a);
        }
        for (const Place &p : batch.places)
            m_places.push_back(m_bulk.addPlace(p));
        for (const BulkImport::SourceRow &s : batch.sources)
            m_sources.push_back(m_bulk.addSource(s));
    }

    void addRow(MappedRow &row)
    {
        BulkImport::EventRow &e = row.event;
        e.place = resolve(row.place, m_places).value;
        if (const ActorId a1 = resolve(row.actor1, m_actors); a1.isValid())
            e.actors.push_back({a1, ActorRole::Initiator});
        if (const ActorId a2 = resolve(row.actor2, m_actors); a2.isValid())
            e.actors.push_back({a2, ActorRole::Target});
        const EventId id = m_bulk.addEvent(e);
        m_imported.addEvent(id, e);
        m_bulk.addGdeltRecord(id, gdeltRecord(row, resolve(row.source, m_sources)));
    }

    BulkImport &m_bulk;
    ImportedTimeIndex &m_imported;
    std::vector<ActorId> m_actors; // the ids the new entities got, in the order of Ref
    std::vector<PlaceId> m_places;
    std::vector<SourceId> m_sources;
    std::int64_t m_rowsWritten = 0;
};

// One import's transaction: the batches written as the parser hands them over, then the commit.
// A step that ends the import early says why in the result and returns false; the transaction
// then rolls back as the BulkImport goes.
class GdeltWrite {
public:
    GdeltWrite(const GdeltImportOptions &options, GdeltImportResult &result) : m_options(options), m_result(result) {}

    // Writes every row and commits; false (the result saying why) when nothing was imported.
    bool rowsAndCommit(const QStringList &files, Document &into, std::int64_t expectedRows,
                       std::optional<QByteArray> &timeIndexSnapshot)
    {
        BulkImport bulk(into, expectedRows);
        bulk.setCancelFlag(m_options.cancel);
        ImportedTimeIndex imported(bulk.database(), expectedRows);
        ParsePipeline pipeline(files, knownEntities(bulk.database()));
        BatchWriter writer(bulk, imported);
        if (!writeBatches(pipeline, writer) || notEventFile(writer) || stopped(m_result.lines, kProgressFinishing))
            return false; // the pipeline stops and BulkImport rolls back
        imported.startBuilding(); // while the commit rebuilds the document's indexes
        m_result.ids = bulk.commit();
        timeIndexSnapshot = imported.takeSnapshot();
        return true;
    }

    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }

    void setCancelled()
    {
        m_result.outcome = GdeltImportResult::Outcome::Cancelled;
        m_result.error = QStringLiteral("the import was cancelled; nothing was imported");
    }

private:
    bool writeBatches(ParsePipeline &pipeline, BatchWriter &writer)
    {
        WriterClock clock;
        while (std::unique_ptr<Batch> batch = clock.next(pipeline)) {
            if (refusedProblems(*batch))
                return false;
            writer.write(*batch);
            m_result.lines = batch->linesRead;
            m_result.duplicates += batch->duplicates;
            const std::int64_t expected = estimatedLines(m_result.lines, batch->bytesRead, pipeline.totalBytes());
            pipeline.recycle(std::move(batch));
            if (stopped(m_result.lines, std::max(expected, m_result.lines)))
                return false;
        }
        clock.report();
        return true;
    }

    // Takes the batch's problems into the result; true when they stop the import (ImportNothing).
    bool refusedProblems(Batch &batch)
    {
        for (ImportProblem &p : batch.problems)
            m_result.problems.push_back(std::move(p));
        if (m_options.policy == ImportPolicy::ImportNothing && !m_result.problems.empty()) {
            m_result.error = QStringLiteral("%1 problem(s) in the input; nothing was imported (first: %2)")
                                 .arg(m_result.problems.size()).arg(m_result.problems.front().message);
            return true;
        }
        return false;
    }

    // Not a row written or merged, and problems: the input is no GDELT event file.
    bool notEventFile(const BatchWriter &writer)
    {
        if (writer.rowsWritten() == 0 && m_result.duplicates == 0 && !m_result.problems.empty()) {
            m_result.error = QStringLiteral("no row is a GDELT event; nothing was imported (first: %1)")
                                 .arg(m_result.problems.front().message);
            return true;
        }
        return false;
    }

    // Whether the cancel flag or the progress callback stops the import (then it is cancelled).
    bool stopped(std::int64_t done, std::int64_t total)
    {
        if (cancelled() || (m_options.progress && !m_options.progress(done, total))) {
            setCancelled();
            return true;
        }
        return false;
    }

    const GdeltImportOptions &m_options;
    GdeltImportResult &m_result;
};

} // namespace

QStringList gdeltInputFiles(const QStringList &paths, QString *error)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList names = QDir(path).entryList({QStringLiteral("*.csv"), QStringLiteral("*.CSV"),
                                                            QStringLiteral("*.tsv"), QStringLiteral("*.txt"),
                                                            QStringLiteral("*.zip"), QStringLiteral("*.gz")},
                                                           QDir::Files, QDir::Name);
            for (const QString &name : names)
                files.append(QDir(path).filePath(name));
        } else if (info.isFile()) {
            files.append(path);
        } else {
            if (error)
                *error = QStringLiteral("%1: no such file or directory").arg(path);
            return {};
        }
    }
    if (files.isEmpty() && error)
        *error = QStringLiteral("no GDELT files found in %1").arg(paths.join(QStringLiteral(", ")));
    return files;
}

GdeltImportResult importGdelt(const QStringList &files, Document &into, const GdeltImportOptions &options)
{
    GdeltImportResult result;
    result.files = files;
    if (into.isReadOnly()) {
        result.error = importIntoReadOnly(into.path());
        return result;
    }
    const std::int64_t expectedRows = expectedRowCount(files);
    // BulkImport advises the heap for a large import; this covers the time index snapshot too.
    std::optional<store::HeapAdvice> heapAdvice;
    if (expectedRows >= kLargeImportRows)
        heapAdvice.emplace();
    GdeltWrite write(options, result);
    std::optional<QByteArray> timeIndexSnapshot;
    try {
        if (!write.rowsAndCommit(files, into, expectedRows, timeIndexSnapshot))
            return result;
    } catch (const StoreError &e) {
        if (write.cancelled()) { // the cancel flag interrupted a statement
            write.setCancelled();
            return result;
        }
        result.outcome = GdeltImportResult::Outcome::Failed;
        result.error = importWriteFailure(e, into.path());
        return result;
    }
    result.outcome = GdeltImportResult::Outcome::Imported;
    result.events = result.ids.events.count;
    result.actors = result.ids.actors.count;
    result.places = result.ids.places.count;
    result.sources = result.ids.sources.count;
    storeIndexSnapshot(into, timeIndexSnapshot);
    return result;
}

} // namespace dateline
