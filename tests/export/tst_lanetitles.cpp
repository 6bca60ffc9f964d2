// Lane headers of actors that share a label (GDELT has a "Sanor" in Congo and one in Sweden):
// each names its code (GDELT's actor code, else its country), only where labels collide, in the index built from a real file, after
// a patch, from an older snapshot, and in the SVG, PDF and PNG exports.
#include "exportfixture.h"

#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/index/indexpatch.h"
#include "core/model/isocountries.h"

#include <QBuffer>
#include <QProcess>
#include <QStandardPaths>

#include <cstring>

using namespace dateline;
using namespace dateline::test;
using namespace Qt::StringLiterals;

namespace {

struct ActorSpec {
    QString label;
    QString country;
    bool hasEvent = true;
    QString cameoCode = {}; // GDELT's actor code, which says more than the country ("USAGOV")
};
using ActorSpecs = std::vector<ActorSpec>;

// A document file with one event in March 2008 per actor that has one.
std::unique_ptr<Document> documentWith(const QString &path, const ActorSpecs &actors)
{
    QString error;
    auto doc = Document::create(path, &error);
    if (!doc)
        return nullptr;
    int day = 1;
    for (const ActorSpec &spec : actors) {
        Actor a;
        a.label = spec.label;
        a.country = spec.country;
        a.cameoCode = spec.cameoCode;
        const ActorId id = doc->addActor(a);
        if (!spec.hasEvent)
            continue;
        Event e;
        e.title = u"Talks %1"_s.arg(day);
        e.date = FuzzyDate::fromEdtf(u"2008-03-%1"_s.arg(day++, 2, 10, QLatin1Char('0')));
        e.actors = {{id, ActorRole::Initiator}};
        doc->addEvent(e);
    }
    return doc;
}

QStringList laneTitles(const TimeIndex &index)
{
    QStringList out;
    for (int lane = 0; lane < index.laneCount(); ++lane)
        out << laneTitle(index.lane(lane));
    out.sort();
    return out;
}

// A document's timeline in actor lanes (or another grouping), to export at 1600 × 600.
struct ActorTimeline {
    TimeIndex index;
    EventTextCache texts;
    Scene scene;
    explicit ActorTimeline(Document &doc, LaneGrouping grouping = LaneGrouping::Actor)
        : index(TimeIndex::load(doc, grouping))
        , texts(doc)
    {
        scene.index = &index;
        scene.texts = &texts;
    }
    ExportRequest request(ExportFormat format) const
    {
        ExportRequest r;
        r.format = format;
        r.pixelSize = QSize(1600, 600);
        return r;
    }
};

const ActorSpecs kTwoSanors = {{u"Sanor"_s, u"SWE"_s}, {u"Sanor"_s, u"COD"_s}, {u"Volen"_s, u"COG"_s}};

} // namespace

Q_DECLARE_METATYPE(ActorSpecs)

class TestLaneTitles : public QObject {
    Q_OBJECT
private slots:
    void titles_data();
    void titles();
    void patchedIndexRetitles();
    void olderSnapshotIsRebuilt();
    void countryLanesAreNamed();
    void countryLaneHeaderIsTheEverydayName();
    void exports_data();
    void exports();
    void elidedHeaderKeepsCountry_data();
    void elidedHeaderKeepsCountry();
};

void TestLaneTitles::titles_data()
{
    QTest::addColumn<ActorSpecs>("actors");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two of one label") << kTwoSanors << QStringList{u"Sanor — COD"_s, u"Sanor — SWE"_s, u"Volen"_s};
    QTest::newRow("one of each") << ActorSpecs{{u"Sanor"_s, u"SWE"_s}, {u"Volen"_s, u"COG"_s}}
                                 << QStringList{u"Sanor"_s, u"Volen"_s};
    QTest::newRow("one without country")
        << ActorSpecs{{u"Sanor"_s, u"SWE"_s}, {u"Sanor"_s, QString()}} << QStringList{u"Sanor"_s, u"Sanor — SWE"_s};
    // lanes are what the reader compares: an actor with no event has no lane to mistake
    QTest::newRow("namesake without events")
        << ActorSpecs{{u"Sanor"_s, u"SWE"_s}, {u"Sanor"_s, u"COD"_s, false}} << QStringList{u"Sanor"_s};
    // GDELT's state and its government: one label, one country, two codes
    QTest::newRow("one country, two codes")
        << ActorSpecs{{u"United States"_s, u"USA"_s, true, u"USA"_s}, {u"United States"_s, u"USA"_s, true, u"USAGOV"_s}}
        << QStringList{u"United States — USA"_s, u"United States — USAGOV"_s};
    QTest::newRow("a code and a country")
        << ActorSpecs{{u"Sanor"_s, u"COD"_s, true, u"CODREB"_s}, {u"Sanor"_s, u"SWE"_s}}
        << QStringList{u"Sanor — CODREB"_s, u"Sanor — SWE"_s};
    QTest::newRow("right-to-left label isolated")
        << ActorSpecs{{u"سانور"_s, u"SWE"_s}, {u"سانور"_s, u"COD"_s}}
        << QStringList{u"\u2068سانور\u2069 — COD"_s, u"\u2068سانور\u2069 — SWE"_s};
}

void TestLaneTitles::titles()
{
    QFETCH(ActorSpecs, actors);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    auto doc = documentWith(dir.filePath(u"doc.dateline"_s), actors);
    QVERIFY(doc);
    const TimeIndex built = TimeIndex::load(*doc, LaneGrouping::Actor); // builds and stores the snapshot
    QCOMPARE(laneTitles(built), expected);
    const TimeIndex stored = TimeIndex::load(*doc, LaneGrouping::Actor); // reads it
    QCOMPARE(laneTitles(stored), expected);
    QCOMPARE(laneTitles(stored.filtered(std::vector<std::uint8_t>(stored.eventCount(), 1))), expected);
    // other groupings are untouched
    QVERIFY(!laneTitles(TimeIndex::load(*doc, LaneGrouping::Country)).join(u' ').contains(u"—"_s));
}

// An edit links a second "Sanor": the patched index names both countries; undone, neither.
void TestLaneTitles::patchedIndexRetitles()
{
    QTemporaryDir dir;
    auto doc = documentWith(dir.filePath(u"doc.dateline"_s),
                            {{u"Sanor"_s, u"SWE"_s}, {u"Sanor"_s, u"COD"_s, false}});
    QVERIFY(doc);
    TimeIndex index = TimeIndex::load(*doc, LaneGrouping::Actor);
    QCOMPARE(laneTitles(index), QStringList{u"Sanor"_s});
    Editor editor(*doc);
    Event e;
    e.title = u"Visit"_s;
    e.date = FuzzyDate::fromEdtf(u"2008-04-02"_s);
    e.actors = {{ActorId(2), ActorRole::Initiator}};
    const EventId added = commands::addEvent(editor, e);
    index.apply(IndexPatch::read(*doc, LaneGrouping::Actor, {}, {added}));
    QCOMPARE(laneTitles(index), (QStringList{u"Sanor — COD"_s, u"Sanor — SWE"_s}));
    index.apply(IndexPatch::read(*doc, LaneGrouping::Actor, {added}, {}));
    QCOMPARE(laneTitles(index), QStringList{u"Sanor"_s});
}

// A snapshot written before lanes held their actor's country (format 2) is not read: the index
// is built anew, with the countries, and stored in the current format.
void TestLaneTitles::olderSnapshotIsRebuilt()
{
    QTemporaryDir dir;
    auto doc = documentWith(dir.filePath(u"doc.dateline"_s), kTwoSanors);
    QVERIFY(doc);
    const QString key = TimeIndex::snapshotKey(LaneGrouping::Actor);
    const QByteArray current = TimeIndex::load(*doc, LaneGrouping::Actor).serialize();
    QByteArray older = current;
    const std::uint32_t version = 2;
    std::memcpy(older.data() + 4, &version, sizeof version);
    doc->storeSnapshot(key, older);
    QCOMPARE(doc->snapshot(key), std::optional<QByteArray>(older));
    const TimeIndex loaded = TimeIndex::load(*doc, LaneGrouping::Actor);
    QCOMPARE(laneTitles(loaded), (QStringList{u"Sanor — COD"_s, u"Sanor — SWE"_s, u"Volen"_s}));
    QCOMPARE(doc->snapshot(key), std::optional<QByteArray>(current));
}

// Country lanes are titled as the filter names countries, by name; a code the system does not know
// stays a code. Built, and read back from the stored snapshot.
void TestLaneTitles::countryLanesAreNamed()
{
    if (knownCountries().empty())
        QSKIP("needs the iso-codes package");
    QTemporaryDir dir;
    auto doc = documentWith(dir.filePath(u"doc.dateline"_s), {{u"Volen"_s, u"SWE"_s}, {u"Sanor"_s, u"XQZ"_s}});
    QVERIFY(doc);
    const QStringList expected{u"Sweden"_s, u"XQZ"_s};
    QCOMPARE(laneTitles(TimeIndex::load(*doc, LaneGrouping::Country)), expected);
    QCOMPARE(laneTitles(TimeIndex::load(*doc, LaneGrouping::Country)), expected);
}

// A lane by country is headed as an analyst names the country: "Russia", not ISO's "Russian
// Federation" (an older snapshot, which stored that name, is rebuilt: format 5).
void TestLaneTitles::countryLaneHeaderIsTheEverydayName()
{
    if (knownCountries().empty())
        QSKIP("needs the iso-codes package");
    QTemporaryDir dir;
    auto doc = documentWith(dir.filePath(u"doc.dateline"_s), {{u"Lavrov"_s, u"RUS"_s}, {u"Ban"_s, u"KOR"_s}});
    QVERIFY(doc);
    const ActorTimeline timeline(*doc, LaneGrouping::Country);
    QByteArray svg;
    QBuffer buffer(&svg);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(ImageExporter(doc.get(), timeline.scene).write(timeline.request(ExportFormat::Svg), buffer, &error), qPrintable(error));
    const QStringList shown = svgTexts(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(shown.contains(u"Russia"_s), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(u"South Korea"_s), qPrintable(shown.join(u'|')));
    QVERIFY2(!shown.join(u'|').contains(u"Federation"_s), qPrintable(shown.join(u'|')));
}

void TestLaneTitles::exports_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("svg") << int(ExportFormat::Svg);
    QTest::newRow("pdf") << int(ExportFormat::Pdf);
    QTest::newRow("png") << int(ExportFormat::Png);
}

void TestLaneTitles::exports()
{
    QFETCH(int, format);
    QTemporaryDir dir;
    auto doc = documentWith(dir.filePath(u"doc.dateline"_s), kTwoSanors);
    QVERIFY(doc);
    const ActorTimeline timeline(*doc);
    const ExportRequest r = timeline.request(ExportFormat(format));
    const ImageExporter exporter(doc.get(), timeline.scene);
    const QString path = dir.filePath(u"out"_s);
    QString error;
    QVERIFY2(exporter.write(r, path, &error), qPrintable(error));
    QStringList shown;
    if (r.format == ExportFormat::Svg) {
        shown = svgTexts(readAll(path), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else if (r.format == ExportFormat::Pdf) {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext not installed");
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        shown = QString::fromUtf8(p.readAllStandardOutput()).split(u"  "_s, Qt::SkipEmptyParts);
        for (QString &s : shown)
            s = s.trimmed();
    } else {
        // two lanes of one label drew the same header: the pixels of the two must differ
        const QImage image(path, "PNG");
        QVERIFY(!image.isNull());
        const auto plan = exporter.plan(r);
        const TimelineTile &tile = plan->tiles().front();
        std::vector<QImage> sanors;
        for (const LaneItem &lane : tile.layout.lanes) {
            if (lane.label.startsWith(u"Sanor"_s))
                sanors.push_back(image.copy(lane.header.translated(tile.rect.topLeft()).toRect()));
        }
        QCOMPARE(sanors.size(), std::size_t(2));
        QCOMPARE(sanors[0].size(), sanors[1].size());
        QVERIFY(sanors[0] != sanors[1]);
        return;
    }
    QVERIFY2(shown.contains(u"Sanor — SWE"_s), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(u"Sanor — COD"_s), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(u"Volen"_s), qPrintable(shown.join(u'|')));
}

// A title too long for the header column: the name comes first, whole where it can be; the code
// that tells namesakes apart keeps its end ("…REB"), or stays whole beside a long name cut short.
// (A million GDELT events showed "S… — COGREB" for "Sanor".)
void TestLaneTitles::elidedHeaderKeepsCountry_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<double>("headerWidth");
    QTest::addColumn<bool>("nameWhole");
    QTest::newRow("a long name") << u"Bedantel Ponorrosa Kanor Norvodanro"_s << QStringList{u"SCG"_s, u"LVA"_s} << 170.0
                                 << false;
    QTest::newRow("a name a little too long") << u"South African"_s << QStringList{u"ZAF"_s, u"ZAFCVL"_s} << 170.0
                                              << false;
    // the width left to a title beside a seven-digit count in the 170 px column
    QTest::newRow("a short name, a long code") << u"Sanor"_s << QStringList{u"COGREB"_s, u"COGGOV"_s} << 140.0 << true;
}

void TestLaneTitles::elidedHeaderKeepsCountry()
{
    QFETCH(QString, name);
    QFETCH(QStringList, codes);
    QFETCH(double, headerWidth);
    QFETCH(bool, nameWhole);
    QTemporaryDir dir;
    auto doc = documentWith(dir.filePath(u"doc.dateline"_s), {{name, {}, true, codes[0]}, {name, {}, true, codes[1]}});
    QVERIFY(doc);
    ActorTimeline timeline(*doc);
    timeline.scene.options.headerWidth = headerWidth;
    QByteArray svg;
    QBuffer buffer(&svg);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(ImageExporter(doc.get(), timeline.scene).write(timeline.request(ExportFormat::Svg), buffer, &error), qPrintable(error));
    const QStringList shown = svgTexts(svg, &error);
    const QString separator = u" — "_s;
    QStringList headers;
    for (const QString &code : codes) {
        const auto header = std::find_if(shown.begin(), shown.end(), [&](const QString &t) {
            const qsizetype at = t.indexOf(separator);
            if (at < 0 || !t.startsWith(nameWhole ? name + separator : name.left(4)))
                return false;
            const QString shownCode = t.mid(at + separator.size());
            return shownCode == code || (shownCode.startsWith(QChar(0x2026)) && code.endsWith(shownCode.mid(1)));
        });
        QVERIFY2(header != shown.end(), qPrintable(code + u": "_s + shown.join(u'|')));
        QCOMPARE(header->startsWith(name + separator), nameWhole);
        headers << *header;
    }
    QVERIFY2(headers[0] != headers[1], qPrintable(headers.join(u'|')));
}

QTEST_MAIN(TestLaneTitles)
#include "tst_lanetitles.moc"
