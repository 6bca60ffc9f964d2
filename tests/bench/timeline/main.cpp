// dateline-bench: renderer figures for docs/architecture.md §7 as one JSON object (a program, not a test).
#include "benchgenerator.h"
#include "editbench.h"
#include "filterbench.h"
#include "searchbench.h"

#include "core/date/calendar.h"
#include "core/index/eventtextcache.h"
#include "core/index/timeindex.h"
#include "core/render/rendercache.h"
#include "core/render/timelinepainter.h"
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <ctime>
#include <unistd.h>

using namespace dateline;

namespace {

// CPU time of this thread: a fair figure when other processes compete for the two cores
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toDouble() * double(sysconf(_SC_PAGESIZE)) : 0;
}

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    auto pct = [&v](double p) { return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))]; };
    s.p50 = pct(0.5);
    s.p95 = pct(0.95);
    s.max = v.back();
    return s;
}

QJsonObject toJson(const Stats &s)
{
    return {{QStringLiteral("p50"), s.p50}, {QStringLiteral("p95"), s.p95}, {QStringLiteral("max"), s.max}};
}

struct Run {
    QJsonObject json;
    Stats all;
};

// Opens the file, builds the index, draws the first frame, then walks the scripted path.
struct Options {
    QString pngPrefix;
    Palette::Kind palette = Palette::Kind::Light;
    bool trace = false;
    bool filtersOnly = false; // skip the frame walk and the edits
    double textBudgetMs = LayoutOptions::kInteractiveTextBudgetMs; // as the timeline view
};

Run measure(const QString &path, const Options &options)
{
    Run run;
    // The view loads its fonts when it is created, before any document is opened: timed apart.
    QElapsedTimer fontTimer;
    fontTimer.start();
    RenderCache::preloadFonts(LayoutOptions().fonts());
    const double fontPreloadMs = double(fontTimer.nsecsElapsed()) / 1e6;
    const double rss0 = rssBytes();
    QElapsedTimer timer;
    const double openCpu0 = threadCpuMs();
    timer.start();
    QString error;
    std::unique_ptr<Document> doc = Document::open(path, OpenMode::ReadWrite, &error); // read-write: load() may store the index snapshot
    if (!doc) {
        std::fprintf(stderr, "dateline-bench: %s\n", qPrintable(error));
        std::exit(1);
    }
    const double openDocMs = double(timer.nsecsElapsed()) / 1e6;
    const double rssDoc = rssBytes();
    TimeIndex index = TimeIndex::load(*doc, LaneGrouping::Actor);
    const double indexMs = double(timer.nsecsElapsed()) / 1e6 - openDocMs;
    malloc_trim(0); // give the builder's temporary arrays back before reading RSS
    const double rss1 = rssBytes();
    const EventTextCache texts(*doc);
    Scene scene;
    scene.index = &index;
    scene.texts = qEnvironmentVariableIsSet("DATELINE_BENCH_NO_LABELS") ? nullptr : &texts;
    scene.today = calendar::toTimePoint(CivilDate{2025, 6, 1});
    scene.options.textBudgetMs = options.textBudgetMs;
    const Palette palette = Palette::forKind(options.palette);
    RenderCache cache;
    const TimelinePainter painter(&cache);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    Viewport vp;
    vp.size = QSizeF(1920, 1080);
    const double x0 = scene.options.headerWidth, x1 = 1920;
    vp.scale = TimeScale::fitting(index.earliest(), index.latest(), x0, x1);
    {
        QPainter p(&image);
        painter.render(p, vp, scene, palette);
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const double openCpuMs = threadCpuMs() - openCpu0;

    // scripted path: five zoom levels, each reached by zooming around a point and then panned
    const double fullSpp = vp.scale.secondsPerPixel();
    const TimePoint focus = index.entry(index.eventCount() * 3 / 5).start;
    struct Level {
        const char *name;
        double spp;
    };
    const Level levels[] = {{"all", fullSpp}, {"tenth", fullSpp / 10}, {"hundredth", fullSpp / 100},
                            {"thousandth", fullSpp / 1000}, {"week", 7.0 * kSecondsPerDay / (x1 - x0)}};
    QJsonObject perLevel;
    std::vector<double> allFrames, cpuFrames, layoutFrames;
    std::size_t labels = 0, shapes = 0, frames = 0, pendingFrames = 0;
    for (const Level &level : levels) {
        if (options.filtersOnly)
            break;
        std::vector<double> times;
        vp.scale = TimeScale(focus, level.spp);
        vp.scale.centerOn(focus, (x0 + x1) / 2);
        vp.scrollY = 0;
        for (int f = 0; f < 44; ++f) {
            if (f < 4)
                vp.scale.zoomAround(900 + 50 * f, f % 2 ? 1.1 : 1 / 1.1); // wheel steps
            else
                vp.scale.pan(f % 10 < 5 ? -37 : 23); // drag
            if (f == 20 || f == 32)
                vp.scrollY += 300; // other lanes
            QElapsedTimer t;
            const double cpu0 = threadCpuMs();
            t.start();
            QPainter p(&image);
            const Layout layout = Layout::compute(vp, scene, &cache);
            const double layoutCpu = threadCpuMs() - cpu0;
            layoutFrames.push_back(layoutCpu);
            painter.paint(p, layout, palette);
            p.end();
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            cpuFrames.push_back(threadCpuMs() - cpu0);
            if (options.trace)
                std::fprintf(stderr, "%-10s %2d  frame %6.2f ms  layout cpu %5.2f (events %5.2f labels %5.2f "
                             "callouts %5.2f)  paint cpu %5.2f  labels %3zu%s  shapes %4zu\n",
                             level.name, f, times.back(), layoutCpu, layout.timing.eventsMs, layout.timing.labelsMs,
                             layout.timing.calloutsMs, cpuFrames.back() - layoutCpu, layout.labels.size(),
                             layout.textPending ? "+" : " ", layout.shapes.size());
            pendingFrames += layout.textPending;
            labels += layout.labels.size();
            shapes += layout.shapes.size();
            ++frames;
            if (f == 43 && !options.pngPrefix.isEmpty())
                image.save(QStringLiteral("%1-%2.png").arg(options.pngPrefix, QLatin1StringView(level.name)));
        }
        allFrames.insert(allFrames.end(), times.begin(), times.end());
        perLevel.insert(QLatin1StringView(level.name), toJson(stats(times)));
    }
    run.all = stats(allFrames);
    const Stats cpu = stats(cpuFrames);
    const double n = std::max(1u, index.eventCount());
    run.json = {
        {QStringLiteral("events"), double(index.eventCount())},
        {QStringLiteral("lanes"), index.laneCount()},
        {QStringLiteral("open_ms"), openMs},
        {QStringLiteral("font_preload_ms"), fontPreloadMs}, // once per view, before opening
        {QStringLiteral("open_cpu_ms"), openCpuMs},
        {QStringLiteral("open_document_ms"), openDocMs},
        {QStringLiteral("index_load_ms"), indexMs},
        {QStringLiteral("frames"), double(frames)},
        {QStringLiteral("frame_ms_p50"), run.all.p50},
        {QStringLiteral("frame_ms_p95"), run.all.p95},
        {QStringLiteral("frame_ms_max"), run.all.max},
        {QStringLiteral("frame_cpu_ms_p50"), cpu.p50},
        {QStringLiteral("frame_cpu_ms_p95"), cpu.p95},
        {QStringLiteral("layout_cpu_ms_p50"), stats(layoutFrames).p50},
        {QStringLiteral("layout_cpu_ms_p95"), stats(layoutFrames).p95},
        {QStringLiteral("zoom_levels"), perLevel},
        {QStringLiteral("index_bytes_per_event"), double(index.memoryBytes()) / n},
        // RSS after load minus RSS after opening: the index plus SQLite's page cache filled by the scan
        {QStringLiteral("rss_delta_bytes_per_event"), (rss1 - rssDoc) / n},
        {QStringLiteral("rss_open_bytes_per_event"), (rssDoc - rss0) / n},
        {QStringLiteral("labels_per_frame"), double(labels) / double(frames)},
        // frames that left labels for the next frame (their text was not cached and the frame's
        // text budget was spent), as the view does while zooming; 0 budget: none
        {QStringLiteral("text_budget_ms"), options.textBudgetMs},
        {QStringLiteral("text_pending_frames"), double(pendingFrames)},
        {QStringLiteral("shapes_per_frame"), double(shapes) / double(frames)},
        {QStringLiteral("file_mb"), double(QFileInfo(path).size()) / 1e6},
    };
    const QJsonObject search = measureSearch(*doc);
    for (auto it = search.begin(); it != search.end(); ++it)
        run.json.insert(it.key(), it.value());
    // Filters read the document once (the facet index) and then only the indexes.
    const QJsonObject filters = measureFilters(*doc, index, scene, painter, palette, image);
    for (auto it = filters.begin(); it != filters.end(); ++it)
        run.json.insert(it.key(), it.value());
    if (options.filtersOnly)
        return run;
    // Last: edits change the file (and are undone again), so the next run rebuilds its snapshot.
    const QJsonObject edits = measureEdits(*doc, index, scene, painter, palette, image);
    for (auto it = edits.begin(); it != edits.end(); ++it)
        run.json.insert(it.key(), it.value());
    TimeIndex::load(*doc, LaneGrouping::Actor); // store a snapshot of the document as it is again
    return run;
}

// Bump when the generator or the store schema changes, so cached files are regenerated.
constexpr int kGeneratorVersion = 3;

QString ensureFile(std::uint32_t events, std::uint64_t seed, const QString &dir, double *generateSeconds)
{
    const QString path = QDir(dir).filePath(QStringLiteral("dateline-bench-v%3-%1-%2.dateline").arg(events).arg(seed).arg(kGeneratorVersion));
    if (QFileInfo::exists(path)) {
        QString error;
        if (Document::open(path, OpenMode::ReadOnly, &error))
            return path;
        QFile::remove(path);
    }
    QElapsedTimer t;
    t.start();
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    QString error;
    if (!bench::generateDocument(temp, events, seed, &error)) {
        std::fprintf(stderr, "dateline-bench: cannot generate %s: %s\n", qPrintable(temp), qPrintable(error));
        std::exit(1);
    }
    QFile::rename(temp, path);
    *generateSeconds = double(t.elapsed()) / 1000;
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a benchmark needs no display
    QGuiApplication app(argc, argv); // fonts; runs headless with QT_QPA_PLATFORM=offscreen
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Timeline renderer benchmark (docs/architecture.md §7)"));
    parser.addHelpOption();
    const QCommandLineOption eventsOpt(QStringLiteral("events"), QStringLiteral("Number of events."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Generator seed."), QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption baselineOpt(QStringLiteral("baseline"), QStringLiteral("Also run N events and report frame_ratio."), QStringLiteral("N"));
    const QCommandLineOption dirOpt(QStringLiteral("cache-dir"), QStringLiteral("Where generated files are kept."), QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption pngOpt(QStringLiteral("png"), QStringLiteral("Save the last frame of each zoom level as PREFIX-level.png."), QStringLiteral("PREFIX"));
    const QCommandLineOption darkOpt(QStringLiteral("dark"), QStringLiteral("Use the dark palette."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object (the default output)."));
    const QCommandLineOption traceOpt(QStringLiteral("trace"), QStringLiteral("Print each frame's times to stderr."));
    const QCommandLineOption fullTextOpt(QStringLiteral("all-text-now"),
                                         QStringLiteral("Fetch and shape every label within its frame (no text budget)."));
    const QCommandLineOption filtersOnlyOpt(QStringLiteral("filters-only"),
                                            QStringLiteral("Open, first frame and the filter figures only."));
    parser.addOptions({eventsOpt, seedOpt, baselineOpt, dirOpt, pngOpt, darkOpt, jsonOpt, traceOpt, fullTextOpt, filtersOnlyOpt});
    parser.process(app);

    bool ok = false;
    const std::uint32_t events = parser.value(eventsOpt).toUInt(&ok);
    if (!ok || events == 0) {
        std::fprintf(stderr, "dateline-bench: --events needs a positive number\n");
        return 2;
    }
    const std::uint64_t seed = parser.value(seedOpt).toULongLong();
    Options options;
    options.palette = parser.isSet(darkOpt) ? Palette::Kind::Dark : Palette::Kind::Light;
    options.trace = parser.isSet(traceOpt);
    options.filtersOnly = parser.isSet(filtersOnlyOpt);
    options.pngPrefix = parser.value(pngOpt);
    if (parser.isSet(fullTextOpt))
        options.textBudgetMs = 0;
    double generateSeconds = 0;
    const QString path = ensureFile(events, seed, parser.value(dirOpt), &generateSeconds);
    Run run = measure(path, options);
    run.json.insert(QStringLiteral("seed"), double(seed));
    run.json.insert(QStringLiteral("generate_s"), generateSeconds);
    if (parser.isSet(baselineOpt)) {
        const std::uint32_t base = parser.value(baselineOpt).toUInt();
        double unused = 0;
        Options baseOptions = options;
        baseOptions.trace = false;
        baseOptions.pngPrefix.clear();
        const Run baseRun = measure(ensureFile(base, seed, parser.value(dirOpt), &unused), baseOptions);
        run.json.insert(QStringLiteral("baseline_events"), double(base));
        run.json.insert(QStringLiteral("baseline_frame_ms_p95"), baseRun.all.p95);
        run.json.insert(QStringLiteral("frame_ratio"), baseRun.all.p95 > 0 ? run.all.p95 / baseRun.all.p95 : 0);
    }
    std::printf("%s\n", QJsonDocument(run.json).toJson(QJsonDocument::Indented).constData());
    return 0;
}
