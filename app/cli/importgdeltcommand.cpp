// dateline-cli import gdelt INPUT... FILE: GDELT event files into a document, with progress.
#include "app/cli/command.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/gdelt/gdeltimport.h"
#include "core/store/document.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace dateline::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true); // lock-free: safe in a signal handler
}

// Ctrl+C cancels the import (nothing is written) instead of killing the process mid-write.
class InterruptGuard {
public:
    InterruptGuard() { m_previous = std::signal(SIGINT, onInterrupt); }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

// Rates over less than a second say more about the clock than about the import ("0.0 s (2439
// rows/s)" for two rows), so they are left out.
constexpr qint64 kMeasurableMs = 1000;

QString perSecond(std::int64_t rows, qint64 ms)
{
    return QString::number(double(rows) * 1000.0 / double(ms), 'f', 0);
}

// ", 52000 rows/s reading": the rate of reading rows so far (the indexes are built after that).
QString readingRate(std::int64_t rows, qint64 ms)
{
    return ms < kMeasurableMs ? QString() : QStringLiteral(", %1 rows/s reading").arg(perSecond(rows, ms));
}

// " in 41 ms" or " in 32.6 s (30700 rows/s end to end)": the whole import, indexes included.
QString totalTime(std::int64_t rows, qint64 ms)
{
    if (ms < kMeasurableMs)
        return QStringLiteral(" in %1 ms").arg(ms);
    return QStringLiteral(" in %1 s (%2 rows/s end to end)").arg(QString::number(double(ms) / 1000.0, 'f', 1), perSecond(rows, ms));
}

// Import progress on stderr: one line rewritten in place on a terminal (5 times a second at most),
// a line at each quarter otherwise (a log file), and a last line when the rows are read and the
// indexes are built.
class ProgressPrinter {
public:
    explicit ProgressPrinter(Io &io)
        : m_io(io)
        , m_terminal(isatty(fileno(stderr)) == 1)
    {
        m_clock.start();
    }
    qint64 elapsed() const { return m_clock.elapsed(); }
    void end()
    {
        if (m_lineOpen)
            m_io.err << '\n';
    }

    bool report(qint64 done, qint64 total)
    {
        const qint64 ms = m_clock.elapsed();
        if (total == kProgressFinishing) {
            m_io.err << (m_lineOpen ? "\r" : "") << "importing: " << done << " rows read" << readingRate(done, ms)
                     << "; building the indexes and the search index\n";
            m_io.err.flush();
            m_lineOpen = false;
            return true;
        }
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        if (m_terminal && ms - m_lastReport >= 200) {
            m_io.err << "\rimporting: " << percent << "%, " << done << " rows read" << readingRate(done, ms) << "   ";
            m_io.err.flush();
            m_lastReport = ms;
            m_lineOpen = true;
        } else if (!m_terminal && percent / 25 > m_lastQuarter) {
            m_lastQuarter = percent / 25;
            m_io.err << "importing: " << percent << "%, " << done << " rows read" << readingRate(done, ms) << '\n';
            m_io.err.flush();
        }
        return true;
    }

private:
    Io &m_io;
    const bool m_terminal;
    QElapsedTimer m_clock;
    qint64 m_lastReport = -1;
    int m_lastQuarter = 0;
    bool m_lineOpen = false; // a terminal's progress line, rewritten in place
};

void printProblems(const GdeltImportResult &result, Io &io)
{
    constexpr std::size_t kShownProblems = 200; // a wrong file of a million rows must not print a million lines
    for (std::size_t i = 0; i < result.problems.size() && i < kShownProblems; ++i)
        io.err << "dateline-cli: " << result.problems[i].message << '\n';
    if (result.problems.size() > kShownProblems)
        io.err << "dateline-cli: ... and " << (result.problems.size() - kShownProblems) << " more rows skipped\n";
}

} // namespace

int runGdeltImport(const QStringList &args, Io &io)
{
    g_interrupted = false;
    const InterruptGuard guard; // from the start: a Ctrl+C while the document is created cancels too
    QStringList positional;
    GdeltImportOptions options;
    for (const QString &a : args) {
        if (a == u"--strict")
            options.policy = ImportPolicy::ImportNothing;
        else if (a.startsWith(u"--"))
            return io.err << "dateline-cli: import gdelt: unknown option " << a << '\n', int(ExitUsage);
        else
            positional.append(a);
    }
    if (positional.size() < 2) {
        io.err << "usage: dateline-cli import gdelt INPUT... FILE [--strict]\n";
        return int(ExitUsage);
    }
    const QString docPath = positional.takeLast();
    QString error;
    const QStringList files = gdeltInputFiles(positional, &error);
    if (files.isEmpty()) {
        io.err << "dateline-cli: " << error << '\n';
        return int(ExitFailure);
    }
    const bool existed = QFileInfo::exists(docPath);
    auto document = existed ? Document::open(docPath, OpenMode::ReadWrite, &error) : Document::create(docPath, &error);
    if (!document) {
        io.err << "dateline-cli: " << error << '\n';
        return int(ExitFailure);
    }

    ProgressPrinter progress(io);
    options.cancel = &g_interrupted;
    options.progress = [&progress](qint64 done, qint64 total) { return progress.report(done, total); };
    GdeltImportResult result;
    {
        Editor editor(*document); // one undoable step in the document's history
        const QString from = files.size() == 1 ? QFileInfo(files.front()).fileName()
                                               : QStringLiteral("%1 GDELT files").arg(files.size());
        commands::importWith(editor, from, [&] {
            result = importGdelt(files, *document, options);
            return result.ok();
        });
    }
    const qint64 ms = progress.elapsed();
    progress.end();
    printProblems(result, io);
    if (!result.ok()) {
        io.err << "dateline-cli: " << result.error << '\n';
        if (!existed) { // do not leave an empty document behind
            document.reset();
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(docPath + QLatin1StringView(suffix));
        }
        return int(ExitFailure);
    }
    using labels::count;
    io.out << "imported " << count(result.events, "event", "events") << " from " << count(result.lines, "line", "lines")
           << " of " << count(files.size(), "file", "files") << " into " << docPath << totalTime(result.lines, ms)
           << ": " << count(result.actors, "new actor", "new actors") << ", "
           << count(result.places, "new place", "new places") << ", " << count(result.sources, "new source", "new sources")
           << ", " << count(result.duplicates, "duplicate row", "duplicate rows") << " merged, "
           << count(qsizetype(result.problems.size()), "row", "rows") << " skipped\n";
    return int(ExitOk);
}

} // namespace dateline::cli
