// ImportedTimeIndex: the time index built from an import's rows is the one built from the
// document after the commit, byte for byte; it is only collected into a document without content.
#include "core/index/indexbuilder.h"
#include "core/io/contentwriter.h"
#include "core/io/gdelt/gdeltimport.h"
#include "core/io/importedtimeindex.h"
#include "core/store/bulkimport.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "gdeltrows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

QByteArray fromDocument(const Document &doc)
{
    return IndexBuilder::fromDocument(doc, LaneGrouping::Actor).serialize();
}

Event anEvent(const QString &edtf, std::vector<ActorLink> actors, EventStatus status = EventStatus::Occurred,
            int importance = 50)
{
    Event e;
    e.title = u"event "_s + edtf;
    e.date = FuzzyDate::fromEdtf(edtf);
    e.actors = std::move(actors);
    e.status = status;
    e.importance = importance;
    return e;
}

Actor anActor(const QString &label, const QString &country)
{
    Actor a;
    a.label = label;
    a.country = country;
    return a;
}

// The events of one import; their actor ids are those the import's actors get in a new document
// (Rice, Lavrov, Putin, an organisation without a country, and one no event names).
using Events = std::vector<Event>;

} // namespace

class TestImportedTimeIndex : public QObject {
    Q_OBJECT
private slots:
    void sameAsTheDocuments_data();
    void sameAsTheDocuments();
    void onlyIntoADocumentWithoutContent_data();
    void onlyIntoADocumentWithoutContent();
    void gdeltImportStoresIt_data();
    void gdeltImportStoresIt();
    void writeContentStoresIt_data();
    void writeContentStoresIt();
};

void TestImportedTimeIndex::sameAsTheDocuments_data()
{
    QTest::addColumn<Events>("events");
    const ActorLink rice{ActorId(1), ActorRole::Initiator}, lavrov{ActorId(2), ActorRole::Target};
    const ActorLink putin{ActorId(3), ActorRole::Host}, nato{ActorId(4), ActorRole::Participant};
    QTest::newRow("days, in time order") << Events{anEvent(u"2008-03-17"_s, {rice, lavrov}), anEvent(u"2008-03-18"_s, {lavrov}),
                                                   anEvent(u"2008-04-06"_s, {putin, rice})};
    QTest::newRow("out of order, equal days") << Events{anEvent(u"2008-04-06"_s, {putin}), anEvent(u"2008-03-17"_s, {rice}),
                                                        anEvent(u"2008-03-17"_s, {lavrov, rice}), anEvent(u"2001"_s, {nato})};
    QTest::newRow("fuzzy, ranges, open ends")
        << Events{anEvent(u"2008-03~"_s, {rice}), anEvent(u"2008-03-17/2008-03-18"_s, {rice, lavrov}),
                  anEvent(u"2008-03/.."_s, {nato}), anEvent(u"../2008-05"_s, {putin}), anEvent(u"2008-21"_s, {lavrov})};
    QTest::newRow("undated, no actors, statuses")
        << Events{anEvent(QString(), {rice}), anEvent(u"2008-03-26"_s, {}, EventStatus::Planned, 90),
                  anEvent(u"2008-04-06T10:00:00"_s, {putin, nato}, EventStatus::Denied, 5), anEvent(QString(), {})};
    Events many;
    const ActorLink links[] = {rice, lavrov, putin, nato};
    for (int i = 0; i < 3000; ++i)
        many.push_back(anEvent(u"2008-%1-%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(1 + i * 7 % 28, 2, 10, QChar(u'0')),
                             {links[i % 4], links[(i / 4 + 1) % 4]}, EventStatus(i % 5), i % 101));
    QTest::newRow("3,000 events, several lanes") << many;
}

void TestImportedTimeIndex::sameAsTheDocuments()
{
    QFETCH(Events, events);
    auto doc = Document::createInMemory();
    std::optional<QByteArray> built;
    {
        BulkImport bulk(*doc, qint64(events.size()));
        ImportedTimeIndex imported(bulk.database(), qint64(events.size()));
        QVERIFY(imported.collecting());
        for (const Actor &a : {anActor(u"Rice"_s, u"USA"_s), anActor(u"Lavrov"_s, u"RUS"_s), anActor(u"Putin"_s, u"RUS"_s),
                               anActor(u"NATO"_s, QString()), anActor(u"Nobody"_s, u"FRA"_s)})
            imported.addActor(bulk.addActor(a), a);
        for (const Event &e : events) {
            const BulkImport::EventRow row = BulkImport::EventRow::from(e);
            imported.addEvent(bulk.addEvent(row), row);
        }
        imported.startBuilding();
        bulk.commit();
        built = imported.takeSnapshot();
    }
    QVERIFY(built);
    const std::optional<TimeIndex> index = TimeIndex::deserialize(*built);
    QVERIFY(index);
    const auto dated = std::count_if(events.begin(), events.end(), [](const Event &e) { return e.date.isValid(); });
    QCOMPARE(index->eventCount(), std::uint32_t(dated));
    QCOMPARE(*built, fromDocument(*doc));
}

void TestImportedTimeIndex::onlyIntoADocumentWithoutContent_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<bool>("collecting");
    QTest::newRow("new document") << QString() << true;
    QTest::newRow("a place only") << u"place"_s << true;
    QTest::newRow("an event") << u"event"_s << false;
    QTest::newRow("an actor") << u"actor"_s << false;
}

void TestImportedTimeIndex::onlyIntoADocumentWithoutContent()
{
    QFETCH(QString, before);
    QFETCH(bool, collecting);
    auto doc = Document::createInMemory();
    if (before == u"place")
        doc->addPlace({PlaceId(), u"Moscow"_s, u"RUS"_s, {}, {}});
    else if (before == u"event")
        doc->addEvent(anEvent(u"2008-03-17"_s, {}));
    else if (before == u"actor")
        doc->addActor(anActor(u"Rice"_s, u"USA"_s));
    BulkImport bulk(*doc, 10);
    ImportedTimeIndex imported(bulk.database(), 10);
    QCOMPARE(imported.collecting(), collecting);
    const Actor rice = anActor(u"Rice"_s, u"USA"_s);
    const ActorId id = bulk.addActor(rice);
    imported.addActor(id, rice);
    const BulkImport::EventRow row = BulkImport::EventRow::from(anEvent(u"2008-03-18"_s, {{id, ActorRole::Visitor}}));
    imported.addEvent(bulk.addEvent(row), row);
    imported.startBuilding();
    bulk.commit();
    const std::optional<QByteArray> built = imported.takeSnapshot();
    QCOMPARE(built.has_value(), collecting);
    if (built)
        QCOMPARE(*built, fromDocument(*doc));
}

// The GDELT import stores what it built from its rows (into a new document) or what it read back
// (into one with content): either way the snapshot the document's content gives.
void TestImportedTimeIndex::gdeltImportStoresIt_data()
{
    QTest::addColumn<bool>("intoContent");
    QTest::newRow("new document") << false;
    QTest::newRow("document with content") << true;
}

void TestImportedTimeIndex::gdeltImportStoresIt()
{
    QFETCH(bool, intoContent);
    QTemporaryDir dir;
    QByteArray rows;
    for (int i = 0; i < 200; ++i) {
        gdelttest::Row r;
        r.id = 1000 + i;
        r.date = QByteArray::number(20250101 + (i * 37) % 28);
        r.columns = i % 3 == 0 ? 57 : 61;
        if (i % 5 == 0)
            r.actor2Code = r.actor2Name = r.actor2Country = {};
        if (i % 7 == 0)
            r.actor1Code = "CHN", r.actor1Name = "CHINA", r.actor1Country = "CHN";
        r.url = "https://example.org/news/" + QByteArray::number(i % 40);
        rows += gdelttest::line(r) + '\n';
    }
    const QString file = dir.filePath(u"rows.CSV"_s);
    QVERIFY(gdelttest::writeFile(file, rows));
    QString error;
    auto doc = Document::create(dir.filePath(u"doc.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    if (intoContent)
        doc->addEvent(anEvent(u"2024-12-31"_s, {}));
    const GdeltImportResult result = importGdelt({file}, *doc);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.events, 200);
    const std::optional<QByteArray> stored = doc->snapshot(TimeIndex::snapshotKey(LaneGrouping::Actor));
    QVERIFY(stored);
    QCOMPARE(*stored, fromDocument(*doc));
}

// writeContent, the write path of the other importers, the same way; quotes count for their events.
void TestImportedTimeIndex::writeContentStoresIt_data()
{
    QTest::addColumn<bool>("intoContent");
    QTest::addColumn<bool>("quotes");
    QTest::newRow("new document") << false << false;
    QTest::newRow("new document, quotes linked to events") << false << true;
    QTest::newRow("document with content, quotes") << true << true;
}

void TestImportedTimeIndex::writeContentStoresIt()
{
    QFETCH(bool, intoContent);
    QFETCH(bool, quotes);
    NativeJsonContent content;
    Actor rice = anActor(u"Rice"_s, u"USA"_s), lavrov = anActor(u"Lavrov"_s, u"RUS"_s);
    rice.id = ActorId(1), lavrov.id = ActorId(2);
    content.actors = {rice, lavrov};
    const ActorLink links[] = {{ActorId(1), ActorRole::Visitor}, {ActorId(2), ActorRole::Host}};
    for (int i = 1; i <= 300; ++i) {
        Event e = anEvent(u"2008-03-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0')), {links[i % 2]}, EventStatus(i % 5), i % 100);
        e.id = EventId(i);
        content.events.push_back(e);
    }
    if (quotes) {
        for (int i = 1; i <= 40; ++i) {
            Quote q;
            q.text = u"quote %1"_s.arg(i);
            q.speaker = ActorId(1 + i % 2);
            q.events = {EventId(1 + i % 7), EventId(2 + i % 5), EventId(1 + i % 7)}; // one event twice
            content.quotes.push_back(q);
        }
    }
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"doc.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    if (intoContent)
        doc->addEvent(anEvent(u"2008-01-01"_s, {}));
    writeContent(content, *doc, intoContent ? IdPolicy::AssignNewIds : IdPolicy::KeepFileIds);
    const std::optional<QByteArray> stored = doc->snapshot(TimeIndex::snapshotKey(LaneGrouping::Actor));
    QVERIFY(stored);
    QCOMPARE(*stored, fromDocument(*doc));
}

QTEST_GUILESS_MAIN(TestImportedTimeIndex)
#include "tst_importedtimeindex.moc"
