// dateline-importbench [--rows N] [--dir DIR [--reuse]]: writes N synthetic GDELT 2.0 rows
// (default 2,000,000), imports them into a new document end to end (parse, insert, indexes,
// full text, time index snapshot) and prints JSON: import_rows_per_s, the sqlite3 shell's
// .import of the same file into a bare 61-column table measured in the same run
// (import_ratio_vs_sqlite3_shell = ours / shell), the file size per million rows, and the first
// open of the document (Document::open + TimeIndex::load from the stored snapshot) in a new process,
// as the app opens it (first_open_same_process_s: in this process, after the import). import_cpu_s
// is the CPU time of both import threads: a figure less sensitive to other load on the machine.
// edits_after_import_ms: the first 30 single-event edits after the import, each in ms.
// --reuse keeps the rows file a previous run left in DIR (same --rows; for comparing versions on one input).
// dateline-importbench --open FILE [--runs N]: only the first open of an existing document, N times
// (default 5), each in a new process, to tell a slow open from a noisy one.
#include "gdeltgenerator.h"

#include "core/index/timeindex.h"
#include "core/io/gdelt/gdeltimport.h"
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <unistd.h>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// Seconds for `sqlite3 DB` to .import the file into a bare table of 61 text columns; -1 on failure.
double sqliteShellImport(const QString &tsv, const QString &db)
{
    QStringList columns;
    for (int i = 1; i <= 61; ++i)
        columns << u"c%1"_s.arg(i);
    const QByteArray script = "CREATE TABLE t(" + columns.join(u", "_s).toUtf8() + ");\n.mode tabs\n.import '"
                              + tsv.toUtf8() + "' t\n";
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(u"sqlite3"_s, {db});
    if (!shell.waitForStarted())
        return -1;
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3: %s\n", shell.readAllStandardError().constData());
        return -1;
    }
    return seconds;
}

// What the app does before its first frame: open, and load the time index from the stored
// snapshot (no rebuild). Seconds; -1 when the document does not open.
double firstOpen(const QString &path, std::size_t *events = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    const TimeIndex index = TimeIndex::load(*doc, LaneGrouping::Actor);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (events)
        *events = index.eventCount();
    return seconds;
}

// The first open as the app meets it: in a process of its own. In a process that has already
// imported, the allocator reuses memory the import freed; a fresh one takes every page of the index
// from the kernel (a page fault each), which made the in-process figure ~0.2 s too low here.
double firstOpenInNewProcess(const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--open"_s, path, u"--runs"_s, u"1"_s});
    if (!child.waitForFinished(120000) || child.exitCode() != 0)
        return -1;
    const QJsonArray seconds = QJsonDocument::fromJson(child.readAllStandardOutput()).object().value(u"first_open_s"_s).toArray();
    return seconds.isEmpty() ? -1 : seconds.first().toDouble();
}

int openOnly(const QString &path, int runs)
{
    QJsonArray seconds;
    for (int i = 0; i < runs; ++i) {
        const double s = runs == 1 ? firstOpen(path) : firstOpenInNewProcess(path);
        if (s < 0)
            return 1;
        seconds.append(s);
    }
    std::printf("%s", QJsonDocument(QJsonObject{{u"first_open_s"_s, seconds}}).toJson(QJsonDocument::Indented).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"GDELT import benchmark: N synthetic GDELT 2.0 rows imported end to end, "
                                     u"against the sqlite3 shell's .import of the same file; prints JSON."_s);
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(u"rows"_s, u"Rows to generate and import."_s, u"N"_s, u"2000000"_s);
    const QCommandLineOption dirOpt(u"dir"_s, u"Where the rows file and the documents go (default: a temporary folder)."_s,
                                    u"DIR"_s);
    const QCommandLineOption reuseOpt(u"reuse"_s, u"Keep the rows file an earlier run left in DIR (same --rows)."_s);
    const QCommandLineOption openOpt(u"open"_s, u"Only time the first open of an existing document."_s, u"FILE"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"With --open: how many opens, each in a new process."_s, u"N"_s, u"5"_s);
    parser.addOptions({rowsOpt, dirOpt, reuseOpt, openOpt, runsOpt});
    parser.process(app);
    bool ok = false;
    const qint64 rows = parser.value(rowsOpt).toLongLong(&ok);
    const int runs = parser.value(runsOpt).toInt();
    if (!ok || rows <= 0 || runs <= 0) {
        std::fprintf(stderr, "dateline-importbench: --rows and --runs need positive numbers\n");
        return 2;
    }
    const QString dirPath = parser.value(dirOpt), openPath = parser.value(openOpt);
    const bool reuse = parser.isSet(reuseOpt);
    if (!openPath.isEmpty())
        return openOnly(openPath, runs);
    QTemporaryDir temp;
    const QString dir = dirPath.isEmpty() ? temp.path() : dirPath;
    const QString tsv = dir + u"/gdelt-bench.export.CSV"_s;
    const QString docPath = dir + u"/gdelt-bench.dateline"_s;
    const QString barePath = dir + u"/gdelt-bench-bare.sqlite"_s;
    for (const QString &p : {docPath, docPath + u"-wal"_s, docPath + u"-shm"_s, barePath})
        QFile::remove(p);

    QElapsedTimer timer;
    timer.start();
    if (!(reuse && !dirPath.isEmpty() && QFileInfo::exists(tsv)) && !bench::writeGdeltRows(tsv, rows)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(tsv));
        return 1;
    }
    const double generateS = double(timer.nsecsElapsed()) / 1e9;

    QString error;
    // Each timed write starts with nothing of the one before left to write back: the kernel writes
    // dirty pages out in the background, and the import's (or the generator's) would otherwise
    // slow the next phase down.
    ::sync();
    timer.restart();
    const std::clock_t cpuBefore = std::clock();
    GdeltImportResult result;
    {
        auto doc = Document::create(docPath, &error);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        result = importGdelt({tsv}, *doc);
    }
    const double importS = double(timer.nsecsElapsed()) / 1e9;
    const double importCpuS = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC; // both threads
    if (!result.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error));
        return 1;
    }

    ::sync();
    const double shellS = sqliteShellImport(tsv, barePath);

    std::size_t openEvents = 0;
    const double openWarmS = firstOpen(docPath, &openEvents);
    const double openS = firstOpenInNewProcess(docPath);
    auto doc = Document::open(docPath, OpenMode::ReadWrite, &error);
    const qint64 revisionAtOpen = doc ? doc->revision() : -1;
    timer.restart();
    const std::vector<EventId> hits = doc ? doc->search(u"threatens"_s) : std::vector<EventId>();
    const double searchMs = double(timer.nsecsElapsed()) / 1e6;
    const bool snapshotWasCurrent = doc && doc->revision() == revisionAtOpen && doc->snapshot(TimeIndex::snapshotKey(LaneGrouping::Actor));
    // The first edits after the import, one title each, as the app makes them one by one: the
    // 13th once rewrote the whole search index (10-19 s at a million rows).
    QJsonArray editMs;
    for (std::size_t i = 0; doc && i < 30 && i < hits.size(); ++i) {
        std::optional<Event> e = doc->event(hits[i]);
        if (!e)
            break;
        e->title += u" again"_s;
        timer.restart();
        doc->updateEvent(*e);
        editMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    doc.reset();

    const double rowsPerS = double(rows) / importS;
    const double shellRowsPerS = shellS > 0 ? double(rows) / shellS : 0;
    const double mb = double(QFileInfo(docPath).size()) / 1e6;
    QJsonObject out{
        {u"rows"_s, rows},
        {u"input_mb"_s, double(QFileInfo(tsv).size()) / 1e6},
        {u"generate_s"_s, generateS},
        {u"import_s"_s, importS},
        {u"import_rows_per_s"_s, rowsPerS},
        {u"import_cpu_s"_s, importCpuS},
        {u"events"_s, qint64(result.events)},
        {u"actors"_s, qint64(result.actors)},
        {u"places"_s, qint64(result.places)},
        {u"sources"_s, qint64(result.sources)},
        {u"sqlite3_shell_import_s"_s, shellS},
        {u"sqlite3_shell_rows_per_s"_s, shellRowsPerS},
        {u"import_ratio_vs_sqlite3_shell"_s, shellRowsPerS > 0 ? rowsPerS / shellRowsPerS : 0},
        {u"file_mb"_s, mb},
        {u"file_mb_per_million_rows"_s, mb * 1e6 / double(rows)},
        {u"bare_table_mb"_s, double(QFileInfo(barePath).size()) / 1e6},
        {u"first_open_s"_s, openS},
        {u"first_open_same_process_s"_s, openWarmS},
        {u"first_open_events"_s, qint64(openEvents)},
        {u"snapshot_current"_s, snapshotWasCurrent},
        {u"search_threatens_ms"_s, searchMs},
        {u"search_threatens_hits"_s, qint64(hits.size())},
        {u"edits_after_import_ms"_s, editMs},
    };
    std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
