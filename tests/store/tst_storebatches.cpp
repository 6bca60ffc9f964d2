// Streaming reads (Document::forEach*Batch) and the lookups of one batch: the same rows as the
// whole-table reads, in the same order, whatever the batch size; a visitor can stop the read.
#include "core/io/jsonwriter.h"
#include "core/io/nativejsonentitywriter.h"
#include "core/store/bulkimport.h"
#include "core/store/document.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

namespace {

// Entities compared through their native JSON form (every field, links included).
template <typename T>
QByteArray jsonOf(const std::vector<T> &items)
{
    JsonWriter w;
    w.beginArray();
    for (const T &item : items)
        writeJson(w, item);
    w.endArray();
    return w.result();
}

template <typename T, typename ForEach>
std::vector<T> collect(ForEach forEach, int *batches = nullptr)
{
    std::vector<T> all;
    forEach([&](const std::vector<T> &batch) {
        if (batches)
            ++*batches;
        all.insert(all.end(), batch.begin(), batch.end());
        return true;
    });
    return all;
}

template <typename T>
std::vector<T> sortedById(std::vector<T> items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return items;
}

} // namespace

class TestStoreBatches : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameRowsAsWholeReads_data();
    void sameRowsAsWholeReads();
    void visitorStops();
    void lookups();

private:
    std::unique_ptr<Document> m_doc;
    std::vector<EventId> m_gdeltEvents;
};

void TestStoreBatches::initTestCase()
{
    m_doc = Document::createInMemory();
    Document &doc = *m_doc;
    std::vector<ActorId> actors;
    for (int i = 0; i < 5; ++i) {
        Actor a;
        a.label = u"Actor %1 — Актор"_s.arg(i);
        a.aliases = {u"A%1"_s.arg(i)};
        actors.push_back(doc.addActor(a));
    }
    doc.removeActor(actors[2]); // a gap in the ids
    Place place;
    place.name = u"Moscow"_s;
    place.latitude = 55.75;
    const PlaceId moscow = doc.addPlace(place);
    Source source;
    source.title = u"Source"_s;
    const SourceId cited = doc.addSource(source);
    std::vector<EventId> events;
    for (int i = 0; i < 23; ++i) {
        Event e;
        e.title = u"Event %1"_s.arg(i);
        // Times run against the ids; some undated, one open start, equal dates ordered by sort key.
        if (i % 7 != 3)
            e.date = FuzzyDate::fromEdtf(i == 5 ? u"[..2001-01-01]"_s : u"%1-03-01"_s.arg(2030 - (i % 11)));
        e.sortKey = i % 4;
        e.tags = {u"t%1"_s.arg(i % 3), u"x"_s};
        e.actors = {{actors[size_t(i % 2)], ActorRole::Host}, {actors[3], ActorRole::Target}};
        e.place = i % 2 ? moscow : PlaceId();
        events.push_back(doc.addEvent(e));
    }
    doc.removeEvent(events[9]); // a gap in the ids (no quote or relation names it)
    for (int i = 0; i < 9; ++i) {
        Quote q;
        q.text = u"Quote %1"_s.arg(i);
        q.source = i % 2 ? cited : SourceId();
        q.events = {events[size_t(2 * i)], events[size_t(22 - i)]};
        doc.addQuote(q);
    }
    for (int i = 0; i < 6; ++i)
        doc.addRelation({RelationId(), events[size_t(i)], events[size_t(i + 11)], RelationKind::ResponseTo});
    BulkImport bulk(doc);
    for (int i = 0; i < 4; ++i) {
        Event e;
        e.title = u"GDELT %1"_s.arg(i);
        e.date = FuzzyDate::fromEdtf(u"2015-02-18"_s);
        e.sortKey = 900 + i; // the GLOBALEVENTID, as the GDELT importer sets it
        const EventId id = bulk.addEvent(e);
        GdeltRecord record;
        record.globalEventId = 900 + i;
        record.source = cited;
        record.goldstein = -2.5 * i;
        bulk.addGdeltRecord(id, record);
        m_gdeltEvents.push_back(id);
    }
    bulk.commit();
}

void TestStoreBatches::sameRowsAsWholeReads_data()
{
    QTest::addColumn<int>("batchSize");
    for (const int size : {1, 2, 5, 1000})
        QTest::addRow("%d", size) << size;
}

void TestStoreBatches::sameRowsAsWholeReads()
{
    QFETCH(int, batchSize);
    const Document &doc = *m_doc;
    int batches = 0;
    const auto byId = collect<Event>([&](const BatchVisitor<Event> &v) { return doc.forEachEventBatch(EventOrder::Id, v, batchSize); }, &batches);
    QCOMPARE(jsonOf(byId), jsonOf(sortedById(doc.events())));
    QCOMPARE(batches, (int(byId.size()) + batchSize - 1) / batchSize);
    const auto byTime = collect<Event>([&](const BatchVisitor<Event> &v) { return doc.forEachEventBatch(EventOrder::Time, v, batchSize); });
    QCOMPARE(jsonOf(byTime), jsonOf(doc.events()));
    QCOMPARE(jsonOf(collect<Actor>([&](const BatchVisitor<Actor> &v) { return doc.forEachActorBatch(v, batchSize); })),
             jsonOf(doc.actors()));
    QCOMPARE(jsonOf(collect<Place>([&](const BatchVisitor<Place> &v) { return doc.forEachPlaceBatch(v, batchSize); })),
             jsonOf(doc.places()));
    QCOMPARE(jsonOf(collect<Source>([&](const BatchVisitor<Source> &v) { return doc.forEachSourceBatch(v, batchSize); })),
             jsonOf(doc.sources()));
    QCOMPARE(jsonOf(collect<Quote>([&](const BatchVisitor<Quote> &v) { return doc.forEachQuoteBatch(v, batchSize); })),
             jsonOf(doc.quotes()));
    QCOMPARE(jsonOf(collect<Relation>([&](const BatchVisitor<Relation> &v) { return doc.forEachRelationBatch(v, batchSize); })),
             jsonOf(doc.relations()));
}

void TestStoreBatches::visitorStops()
{
    int calls = 0;
    QVERIFY(!m_doc->forEachEventBatch(EventOrder::Time, [&calls](const std::vector<Event> &batch) {
        ++calls;
        return batch.size() != 3;
    }, 3));
    QCOMPARE(calls, 1);
    calls = 0;
    QVERIFY(!m_doc->forEachActorBatch([&calls](const std::vector<Actor> &) { return ++calls < 2; }, 1));
    QCOMPARE(calls, 2);
    auto empty = Document::createInMemory();
    QVERIFY(empty->forEachEventBatch(EventOrder::Id, [](const std::vector<Event> &) { return false; }));
}

void TestStoreBatches::lookups()
{
    const Document &doc = *m_doc;
    const std::vector<Actor> all = doc.actors();
    // Repeated and unknown ids; the answer is by id, each once.
    const std::vector<Actor> some = doc.actors({all[2].id, all[0].id, ActorId(9999), all[2].id});
    QCOMPARE(jsonOf(some), jsonOf(std::vector<Actor>{all[0], all[2]}));
    QCOMPARE(doc.places({PlaceId(), PlaceId(42)}).size(), size_t(0));
    QCOMPARE(jsonOf(doc.sources({doc.sources().front().id})), jsonOf(std::vector<Source>{doc.sources().front()}));

    // GDELT records of a mixed set of events: only those that have one, by event id.
    const std::vector<Event> events = sortedById(doc.events());
    std::vector<EventId> ids{m_gdeltEvents[2], events.front().id, m_gdeltEvents[0]};
    const auto records = doc.gdeltRecords(ids);
    QCOMPARE(records.size(), size_t(2));
    QCOMPARE(records[0].first, m_gdeltEvents[0]);
    QCOMPARE(records[1].first, m_gdeltEvents[2]);
    QCOMPARE(records[1].second.globalEventId, doc.gdeltRecord(m_gdeltEvents[2])->globalEventId);
    QCOMPARE(records[1].second.goldstein, doc.gdeltRecord(m_gdeltEvents[2])->goldstein);

    // Quotes of some events: each once, with all its links, as quotes() has them.
    std::vector<EventId> page;
    for (std::size_t i = 0; i < 4; ++i)
        page.push_back(events[i].id);
    std::vector<Quote> expected;
    for (const Quote &q : doc.quotes()) {
        if (std::any_of(q.events.begin(), q.events.end(), [&page](EventId e) { return std::find(page.begin(), page.end(), e) != page.end(); }))
            expected.push_back(q);
    }
    QVERIFY(!expected.empty());
    QCOMPARE(jsonOf(doc.quotesOfEvents(page)), jsonOf(expected));
    QVERIFY(doc.quotesOfEvents({}).empty());
}

QTEST_GUILESS_MAIN(TestStoreBatches)
#include "tst_storebatches.moc"
