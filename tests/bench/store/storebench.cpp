// dateline-storebench [--events N] [--dir DIR]: builds an N-event document (default 1,000,000:
// a title and two actor links per event, one BulkEdit) and prints JSON with the insert rate, the
// open time, the time-index scan rate, overlap and full-text query times.
#include "core/date/calendar.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Query timings in milliseconds: p50, p95 and max.
QJsonObject timings(const std::vector<double> &ms)
{
    return {{u"p50_ms"_s, percentile(ms, 0.5)}, {u"p95_ms"_s, percentile(ms, 0.95)},
            {u"max_ms"_s, *std::max_element(ms.begin(), ms.end())}};
}

const QStringList kVerbs = {u"meets"_s, u"criticises"_s, u"visits"_s, u"signs accord with"_s, u"hosts"_s,
                            u"threatens"_s, u"praises"_s, u"negotiates with"_s, u"sanctions"_s, u"calls"_s};

QString word(QRandomGenerator &rng)
{
    static const char *syllables[] = {"ka", "ro", "mi", "tel", "sa", "vo", "dan", "ri", "po", "len", "gu", "sha"};
    QString w;
    const int n = 2 + int(rng.bounded(2));
    for (int i = 0; i < n; ++i)
        w += QLatin1StringView(syllables[rng.bounded(12)]);
    return w;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Store benchmark: creates a document of N events and prints JSON figures."_s);
    parser.addHelpOption();
    const QCommandLineOption eventsOpt(u"events"_s, u"Number of events."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption dirOpt(u"dir"_s, u"Where the document goes (default: the temporary folder)."_s, u"DIR"_s);
    parser.addOptions({eventsOpt, dirOpt});
    parser.process(app);
    bool ok = false;
    const qint64 count = parser.value(eventsOpt).toLongLong(&ok);
    if (!ok || count <= 0) {
        std::fprintf(stderr, "dateline-storebench: --events needs a positive number\n");
        return 2;
    }
    const QString dirPath = parser.value(dirOpt);
    QTemporaryDir temp(dirPath.isEmpty() ? QDir::tempPath() + u"/storebench-XXXXXX"_s : dirPath + u"/storebench-XXXXXX"_s);
    const QString path = temp.filePath(u"bench.dateline"_s);
    QJsonObject out{{u"events"_s, count}};
    QRandomGenerator rng(42);
    QElapsedTimer timer;

    {
        QString error;
        auto doc = Document::create(path, &error);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::vector<ActorId> actors;
        std::vector<QString> names;
        for (int i = 0; i < 200; ++i) {
            Actor a;
            a.label = word(rng) + u' ' + word(rng);
            names.push_back(a.label);
            actors.push_back(doc->addActor(a));
        }
        QStringList vocabulary;
        for (int i = 0; i < 3000; ++i)
            vocabulary << word(rng);
        const std::int64_t firstDay = calendar::daysFromCivil({1979, 1, 1});
        // Prepare the rows first: the figure is the store's, not the random generator's.
        std::vector<Event> rows(static_cast<size_t>(count));
        for (Event &e : rows) {
            const size_t a = rng.bounded(200), b = rng.bounded(200);
            e.title = names[a] + u' ' + kVerbs[rng.bounded(10)] + u' ' + names[b] + u" on "_s
                + vocabulary[rng.bounded(3000)];
            e.date = FuzzyDate::fromDay(calendar::civilFromDays(firstDay + rng.bounded(16000)));
            e.cameoCode = u"0%1"_s.arg(10 + rng.bounded(80));
            e.importance = int(rng.bounded(101));
            e.actors = {{actors[a], ActorRole::Initiator}, {actors[b], ActorRole::Target}};
        }
        timer.start();
        Document::BulkEdit bulk(*doc);
        for (const Event &e : rows)
            doc->addEvent(e);
        bulk.commit();
        const double s = double(timer.nsecsElapsed()) / 1e9;
        out[u"insert_s"_s] = s;
        out[u"insert_rows_per_s"_s] = double(count) / s;
        timer.start();
        doc.reset(); // close: checkpoints the WAL into the file
        out[u"close_s"_s] = double(timer.nsecsElapsed()) / 1e9;
    }
    out[u"file_mb"_s] = double(QFileInfo(path).size()) / 1e6;

    {
        Database raw(path, Database::Access::ReadOnly);
        timer.start();
        Statement check = raw.prepare("PRAGMA quick_check");
        check.step();
        out[u"quick_check_s"_s] = double(timer.nsecsElapsed()) / 1e9;
    }

    timer.start();
    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    out[u"open_ms"_s] = double(timer.nsecsElapsed()) / 1e6;

    timer.start();
    qint64 spans = 0;
    std::int64_t checksum = 0;
    doc->forEachEventSpan([&](const EventSpan &s) {
        ++spans;
        checksum += s.bounds.earliestStart;
    });
    double s = double(timer.nsecsElapsed()) / 1e9;
    out[u"span_scan_ms"_s] = s * 1e3;
    out[u"span_scan_rows_per_s"_s] = double(spans) / s;
    timer.start();
    const auto links = doc->actorLinks();
    out[u"actor_links_ms"_s] = double(timer.nsecsElapsed()) / 1e6;
    out[u"actor_links"_s] = qint64(links.size());
    timer.start();
    const auto tags = doc->eventTags();
    out[u"event_tags_ms"_s] = double(timer.nsecsElapsed()) / 1e6;

    struct Range {
        const char *name;
        TimePoint width;
    };
    QJsonObject overlap;
    const TimePoint start = calendar::toTimePoint(CivilDate{1979, 1, 1});
    for (const Range &r : {Range{"day", kSecondsPerDay}, Range{"month", 30 * kSecondsPerDay},
                           Range{"year", 365 * kSecondsPerDay}}) {
        std::vector<double> ms;
        size_t hits = 0;
        for (int i = 0; i < 100; ++i) {
            const TimePoint from = start + TimePoint(rng.bounded(15000)) * kSecondsPerDay;
            timer.start();
            hits += doc->eventIdsOverlapping(from, from + r.width).size();
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        QJsonObject o = timings(ms);
        o[u"mean_hits"_s] = double(hits) / 100.0;
        overlap[QLatin1StringView(r.name)] = o;
    }
    out[u"overlap_ids"_s] = overlap;

    QJsonObject search;
    const std::vector<std::pair<QString, QString>> queries = {
        {u"common_word"_s, u"meets"_s}, {u"actor_name"_s, doc->actors().front().label},
        {u"rare_word"_s, doc->event(EventId(count / 2))->title.section(u' ', -1)},
        {u"prefix"_s, u"kar*"_s}};
    for (const auto &[name, query] : queries) {
        std::vector<double> ms;
        size_t hits = 0;
        for (int i = 0; i < 20; ++i) {
            timer.start();
            hits = doc->search(query, 100).size();
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        QJsonObject o = timings(ms);
        o[u"query"_s] = query;
        o[u"hits"_s] = qint64(hits);
        search[name] = o;
    }
    out[u"search_first_100"_s] = search;

    // Document::info(): the first call after a bulk write counts the tables (remembering the counts
    // with the revision), later calls reuse them; the extent always comes from two indexes.
    QJsonObject info;
    auto timeInfo = [&](const char *name) {
        timer.start();
        const DocumentInfo i = doc->info();
        info[QLatin1StringView(name)] = double(timer.nsecsElapsed()) / 1e6;
        return i;
    };
    timeInfo("first_ms");
    timeInfo("again_ms");
    doc->setTitle(u"bench"_s); // a new revision: the counts are counted again
    timeInfo("after_edit_ms");
    doc->storeSnapshot(u"bench"_s, QByteArray("x")); // as the app stores its time index: the counts go with it
    doc.reset();
    doc = Document::open(path, OpenMode::ReadWrite, &error);
    const DocumentInfo reopened = timeInfo("after_reopen_ms");
    info[u"events"_s] = reopened.events;
    out[u"document_info"_s] = info;
    out[u"checksum"_s] = qint64(checksum % 1000000);

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
