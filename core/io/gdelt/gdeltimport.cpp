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
    const auto cancelled = [&options] { return options.cancel && options.cancel->load(); };
    const auto cancelledResult = [&result] {
        result.outcome = GdeltImportResult::Outcome::Cancelled;
        result.error = QStringLiteral("the import was cancelled; nothing was imported");
        return result;
    };
    std::int64_t bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();
    // A hint for BulkImport's index strategy: ~400 bytes per plain row, ~1/8 of it compressed.
    const std::int64_t expectedRows = bytes / 400;
    // BulkImport advises the heap for a large import; this covers the time index snapshot too.
    std::optional<store::HeapAdvice> heapAdvice;
    if (expectedRows >= kLargeImportRows)
        heapAdvice.emplace();
    std::optional<QByteArray> timeIndexSnapshot;
    try {
        BulkImport bulk(into, expectedRows);
        bulk.setCancelFlag(options.cancel);
        Database &db = bulk.database();
        ImportedTimeIndex imported(db, expectedRows);
        ParsePipeline pipeline(files, knownEntities(db));
        std::vector<ActorId> actors;
        std::vector<PlaceId> places;
        std::vector<SourceId> sources;
        static const bool trace = qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0;
        QElapsedTimer total;
        total.start();
        double waitMs = 0;
        const auto threadCpuMs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
        };
        const double cpuAtStart = threadCpuMs();
        std::int64_t rowsWritten = 0;
        for (;;) {
            QElapsedTimer waiting;
            waiting.start();
            std::unique_ptr<Batch> batch = pipeline.next();
            waitMs += double(waiting.nsecsElapsed()) / 1e6;
            if (!batch)
                break;
            for (ImportProblem &p : batch->problems)
                result.problems.push_back(std::move(p));
            if (options.policy == ImportPolicy::ImportNothing && !result.problems.empty()) {
                result.error = QStringLiteral("%1 problem(s) in the input; nothing was imported (first: %2)")
                                   .arg(result.problems.size()).arg(result.problems.front().message);
                return result; // the pipeline stops and BulkImport rolls back
            }
            for (const Actor &a : batch->actors) {
                actors.push_back(bulk.addActor(a));
                imported.addActor(actors.back(), a);
            }
            for (const Place &p : batch->places)
                places.push_back(bulk.addPlace(p));
            for (const BulkImport::SourceRow &s : batch->sources)
                sources.push_back(bulk.addSource(s));
            rowsWritten += std::int64_t(batch->rows.size());
            for (MappedRow &row : batch->rows) {
                BulkImport::EventRow &e = row.event;
                e.place = resolve(row.place, places).value;
                if (const ActorId a1 = resolve(row.actor1, actors); a1.isValid())
                    e.actors.push_back({a1, ActorRole::Initiator});
                if (const ActorId a2 = resolve(row.actor2, actors); a2.isValid())
                    e.actors.push_back({a2, ActorRole::Target});
                const EventId id = bulk.addEvent(e);
                imported.addEvent(id, e);
                GdeltRecord record;
                record.globalEventId = row.globalId;
                record.dateAdded = row.dateAdded;
                record.source = resolve(row.source, sources);
                record.goldstein = row.goldstein;
                record.tone = row.tone;
                record.mentions = row.mentions;
                record.sources = row.sources;
                record.articles = row.articles;
                bulk.addGdeltRecord(id, record);
            }
            result.lines = batch->linesRead;
            result.duplicates += batch->duplicates;
            const std::int64_t expected = batch->bytesRead > 0 ? std::int64_t(double(result.lines) * double(pipeline.totalBytes())
                                                                  / double(batch->bytesRead))
                                                         : result.lines;
            pipeline.recycle(std::move(batch));
            if (cancelled() || (options.progress && !options.progress(result.lines, std::max(expected, result.lines))))
                return cancelledResult();
        }
        if (trace) {
            std::fprintf(stderr, "bulk import: rows %.0f ms (writer cpu %.0f ms, waiting for the parser %.0f ms)\n",
                         double(total.nsecsElapsed()) / 1e6, threadCpuMs() - cpuAtStart, waitMs);
        }
        if (rowsWritten == 0 && result.duplicates == 0 && !result.problems.empty()) { // not an event file
            result.error = QStringLiteral("no row is a GDELT event; nothing was imported (first: %1)")
                               .arg(result.problems.front().message);
            return result;
        }
        if (cancelled() || (options.progress && !options.progress(result.lines, kProgressFinishing)))
            return cancelledResult();
        imported.startBuilding(); // while the commit rebuilds the document's indexes
        result.ids = bulk.commit();
        timeIndexSnapshot = imported.takeSnapshot();
    } catch (const StoreError &e) {
        if (cancelled()) // the cancel flag interrupted a statement
            return cancelledResult();
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
