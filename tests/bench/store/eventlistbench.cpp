// dateline-eventlistbench FILE [--runs N] [--only PREFIX]: opens an existing document read-only and prints JSON
// with what the GUI's lists cost on it: the events table's orders (every column, both ways), the
// Library's list of sources, and the quote editor's source search for a few needles.
// Point it at a big document (a GDELT import) to see what an analyst waits for.
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// The best of runs, in milliseconds (the first run also pays for a cold page cache).
double bestOf(int runs, const std::function<void()> &work)
{
    double best = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        best = i == 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Event list and search benchmark on an existing document; prints JSON."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, u"The document (opened read-only)."_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Best of N runs per figure."_s, u"N"_s, u"2"_s);
    const QCommandLineOption onlyOpt(u"only"_s, u"Measure only the figures whose name starts with PREFIX."_s, u"PREFIX"_s);
    parser.addOptions({runsOpt, onlyOpt});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().front();
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const QString only = parser.value(onlyOpt);
    QJsonObject out;
    std::size_t count = 0;
    const auto measure = [&](const QString &name, const std::function<void()> &work) {
        if (name.startsWith(only))
            out[name] = bestOf(runs, work);
    };
    QString error;
    const auto doc = Document::open(path, OpenMode::ReadOnly, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    measure(u"time_order_ms"_s, [&] { count = doc->eventIdsInTimeOrder().size(); });
    const std::pair<const char *, EventListKey> keys[] = {{"title", EventListKey::Title},
                                                          {"cameo_code", EventListKey::CameoCode},
                                                          {"quote_count", EventListKey::QuoteCount},
                                                          {"first_actor", EventListKey::FirstActor}};
    for (const auto &[name, key] : keys) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QString label = QString::fromLatin1(name) + (order == Qt::AscendingOrder ? u"_asc_ms"_s : u"_desc_ms"_s);
            measure(label, [&] { count = doc->eventIdsOrderedBy(key, order).size(); });
        }
    }
    measure(u"sources_ms"_s, [&] { doc->sources(); });
    measure(u"source_list_rows_ms"_s, [&] { doc->sourceListRows(); });
    for (const QString &needle : {u"r"_s, u"reuters"_s, u"no such source"_s, u"ü"_s}) {
        // A first keystroke, on a connection of its own: later calls reuse what a call found.
        measure(u"sources_matching_"_s + needle + u"_ms"_s, [&] {
            Document::open(path, OpenMode::ReadOnly, &error)->sourcesMatching(needle, 50);
        });
    }
    // Typing into a source picker: one search per keystroke; the slowest keystroke and the total.
    for (const QString &typed : {u"story-654321.html"_s, u"reuters"_s, u"über"_s}) {
        const QString name = u"typing_"_s + typed;
        if (!name.startsWith(only))
            continue;
        double total = 0, slowest = 0;
        const auto typing = Document::open(path, OpenMode::ReadOnly, &error);
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            typing->sourcesMatching(typed.left(n), 50);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            total += ms;
            slowest = std::max(slowest, ms);
        }
        out[name + u"_slowest_keystroke_ms"_s] = slowest;
        out[name + u"_total_ms"_s] = total;
    }
    const DocumentInfo info = doc->info();
    out[u"events"_s] = double(info.events);
    out[u"sources"_s] = double(info.sources);
    std::printf("%s", QJsonDocument(out).toJson().constData());
    return 0;
}
