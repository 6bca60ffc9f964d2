// dateline-loaderbench FILE [--grouping G] [--after MS,MS,...] [--runs N]: how long the window's
// thread waits on the timeline's background load. FILE (e.g. a document dateline-importbench made)
// is opened read-only, so that nothing is stored and every load builds its index from the rows,
// as after an edit or a change of lane grouping (the default grouping, country, has no snapshot in
// an imported file; actor has). A TimelineModel starts a load and, MS milliseconds into it, the
// window does one of three things, timed: opens another document (another connection to FILE),
// reloads the same one (as after an edit the index cannot follow), or quits (the model is
// destroyed). Prints one JSON line per MS with the longest and the median wait of each over the
// runs (default 3), and how long a whole load takes.
#include "core/index/lanegrouping.h"
#include "core/render/timelinemodel.h"
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

void waitForIndex(TimelineModel &model)
{
    QEventLoop loop;
    QObject::connect(&model, &TimelineModel::indexLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &TimelineModel::loadFailed, &loop, &QEventLoop::quit);
    loop.exec();
}

enum class Next { Open, Reload, Quit };

struct Bench {
    const Document *first = nullptr;
    const Document *second = nullptr;
    LaneGrouping grouping = LaneGrouping::Country;

    std::unique_ptr<TimelineModel> startLoad() const
    {
        auto model = std::make_unique<TimelineModel>();
        model->setBackgroundLoadThreshold(0);
        model->setGrouping(grouping);
        model->setDocument(first);
        return model;
    }

    // Milliseconds the calling (window's) thread spends on `next`, `after` ms into a load.
    double waitOn(Next next, int after) const
    {
        std::unique_ptr<TimelineModel> model = startLoad();
        QThread::msleep(static_cast<unsigned long>(after));
        QElapsedTimer timer;
        timer.start();
        if (next == Next::Open)
            model->setDocument(second);
        else if (next == Next::Reload)
            model->setDocument(first, TimelineModel::IndexReuse::KeepUntilLoaded);
        else
            model.reset();
        const double waited = double(timer.nsecsElapsed()) / 1e6;
        if (model) // the newer load ends before the next run starts
            waitForIndex(*model);
        return waited;
    }

    double wholeLoad() const
    {
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<TimelineModel> model = startLoad();
        waitForIndex(*model);
        return double(timer.nsecsElapsed()) / 1e6;
    }
};

QJsonArray longestAndMedian(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return QJsonArray{qRound(ms.back() * 10) / 10.0, qRound(ms[ms.size() / 2] * 10) / 10.0};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // runs headless with QT_QPA_PLATFORM=offscreen
    QCommandLineParser parser;
    parser.setApplicationDescription(u"How long the window waits on the timeline's background load; prints JSON."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, u"A Dateline document (opened read-only)."_s);
    const QCommandLineOption groupingOpt(u"grouping"_s, u"Lane grouping (none, actor, type, country, tag)."_s,
                                         u"G"_s, u"country"_s);
    const QCommandLineOption afterOpt(u"after"_s, u"Milliseconds into the load, comma-separated."_s, u"MS"_s,
                                      u"300,1000,2000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Runs of each."_s, u"N"_s, u"3"_s);
    parser.addOptions({groupingOpt, afterOpt, runsOpt});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);
    const QString path = parser.positionalArguments().constFirst();
    QString error;
    const std::unique_ptr<Document> first = Document::open(path, OpenMode::ReadOnly, &error);
    const std::unique_ptr<Document> second = first ? Document::open(path, OpenMode::ReadOnly, &error) : nullptr;
    bool known = false;
    const LaneGrouping grouping = laneGroupingFromName(parser.value(groupingOpt), &known);
    if (!first || !second || !known) {
        std::fprintf(stderr, "%s\n", qPrintable(known ? error : u"unknown grouping"_s));
        return 1;
    }
    const Bench bench{first.get(), second.get(), grouping};
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    std::vector<double> loads;
    for (int i = 0; i < runs; ++i)
        loads.push_back(bench.wholeLoad());
    std::printf("%s\n", QJsonDocument(QJsonObject{{u"events"_s, double(first->info().events)},
                                                  {u"load_ms"_s, longestAndMedian(loads)}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    for (const QString &item : parser.value(afterOpt).split(u',')) {
        const int after = item.toInt();
        QJsonObject line{{u"after_ms"_s, after}};
        const std::pair<Next, QString> nexts[] = {
            {Next::Open, u"open_wait_ms"_s}, {Next::Reload, u"reload_wait_ms"_s}, {Next::Quit, u"quit_wait_ms"_s}};
        for (const auto &[next, key] : nexts) {
            std::vector<double> waits;
            for (int i = 0; i < runs; ++i)
                waits.push_back(bench.waitOn(next, after));
            line.insert(key, longestAndMedian(waits));
        }
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
    return 0;
}
