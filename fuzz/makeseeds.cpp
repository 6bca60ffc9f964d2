// Writes the fuzz seeds that are not text: TimeIndex snapshots of small built indexes (every lane
// grouping, wide ids, fuzzy and open bounds) and GDELT rows as plain text, gzip and zip.
// Usage: dateline-fuzzseeds CORPUS_DIR (writes CORPUS_DIR/timeindex/ and CORPUS_DIR/gdelt/).
#include "core/date/calendar.h"
#include "core/index/indexbuilder.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"
#include "tests/io/gdeltarchives.h"
#include "tests/io/gdeltrows.h"

#include <QDir>
#include <QFile>


#include <cstdio>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

TimeIndex smallIndex(LaneGrouping grouping, int events, bool wideIds)
{
    IndexBuilder builder;
    const TimePoint d = calendar::toTimePoint(CivilDate{2008, 3, 17});
    for (int i = 0; i < events; ++i) {
        EventSpan s;
        s.id = EventId(wideIds && i % 3 == 0 ? (std::int64_t(1) << 40) + i : std::int64_t(i + 1));
        const TimePoint start = d + TimePoint(i) * (i % 4 ? kSecondsPerHour : 40 * kSecondsPerDay);
        s.bounds = {start, start + (i % 5) * kSecondsPerDay, start + kSecondsPerHour,
                    start + (1 + i % 7) * 3 * kSecondsPerDay};
        if (i == 2)
            s.bounds.earliestStart = kTimeMin;
        if (i == 3)
            s.bounds.latestEnd = kTimeMax;
        s.cameoRoot = std::uint8_t(i % 21);
        builder.addEvent(s);
        builder.addActorLink(s.id, ActorId(1 + i % 3));
        builder.addTag(s.id, i % 2 ? u"summit"_s : u"договор"_s);
    }
    builder.addActor(Actor{ActorId(1), u"Lavrov"_s, ActorKind::Person, u"RUS"_s, {}, {}});
    builder.addActor(Actor{ActorId(2), u"Rice"_s, ActorKind::Person, u"USA"_s, {}, {}});
    return builder.build(grouping);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: dateline-fuzzseeds CORPUS_DIR\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    corpus.mkpath(u"timeindex"_s);
    corpus.mkpath(u"gdelt"_s);
    bool ok = true;
    const std::pair<LaneGrouping, const char *> groupings[] = {{LaneGrouping::None, "none"},
        {LaneGrouping::Actor, "actor"}, {LaneGrouping::EventType, "eventtype"},
        {LaneGrouping::Country, "country"}, {LaneGrouping::Tag, "tag"}};
    for (const auto &[grouping, name] : groupings) {
        ok &= writeFile(corpus.filePath(u"timeindex/%1-12.snapshot"_s.arg(QLatin1StringView(name))),
                        smallIndex(grouping, 12, false).serialize());
        ok &= writeFile(corpus.filePath(u"timeindex/%1-wide-30.snapshot"_s.arg(QLatin1StringView(name))),
                        smallIndex(grouping, 30, true).serialize());
    }
    ok &= writeFile(corpus.filePath(u"timeindex/empty.snapshot"_s), smallIndex(LaneGrouping::Actor, 0, false).serialize());

    QByteArray rows;
    for (int columns : {61, 58, 57}) {
        gdelttest::Row r;
        r.columns = columns;
        r.id = 1000 + columns;
        QByteArray one = gdelttest::line(r) + '\n';
        ok &= writeFile(corpus.filePath(u"gdelt/row-%1.csv"_s.arg(columns)), one);
        rows += one;
    }
    gdelttest::Row bare;
    bare.actor2Code = bare.actor2Name = bare.actor2Country = bare.geoName = bare.lat = bare.lon = {};
    rows += gdelttest::line(bare) + "\r\n";
    ok &= writeFile(corpus.filePath(u"gdelt/rows.csv"_s), rows);
    ok &= writeFile(corpus.filePath(u"gdelt/rows.csv.gz"_s), gdelttest::deflateBytes(rows, false));
    ok &= writeFile(corpus.filePath(u"gdelt/rows.zip"_s), gdelttest::zipOf({{"rows.csv", rows}}, false));
    if (!ok)
        std::fprintf(stderr, "could not write every seed under %s\n", argv[1]);
    return ok ? 0 : 1;
}
