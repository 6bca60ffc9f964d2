// Overlap queries against brute force, query plans, full-text search and migrations.
#include "core/date/calendar.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "core/store/transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

TimePoint day(std::int64_t year, int month, int d)
{
    return calendar::toTimePoint(CivilDate{year, month, d});
}

QString two(int n)
{
    return u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

// A random EDTF date of many shapes: days, months, years, intervals, open ends, uncertainty,
// "on or before" sets and deep time.
QString randomEdtf(QRandomGenerator &rng)
{
    const int year = 1990 + int(rng.bounded(30));
    const QString d1 = u"%1-%2-%3"_s.arg(year).arg(two(1 + int(rng.bounded(12)))).arg(two(1 + int(rng.bounded(28))));
    const QString d2 = u"%1-%2-%3"_s.arg(year + 1 + int(rng.bounded(3))).arg(two(1 + int(rng.bounded(12)))).arg(two(1 + int(rng.bounded(28))));
    switch (rng.bounded(10)) {
    case 0: return u"%1-%2"_s.arg(year).arg(two(1 + int(rng.bounded(12))));
    case 1: return QString::number(year);
    case 2: return d1 + u'/' + d2;
    case 3: return u"../"_s + d1;
    case 4: return d1 + u"/.."_s;
    case 5: return d1 + u'?';
    case 6: return u"[.."_s + d1 + u']';
    case 7: return u"-0%1"_s.arg(100 + rng.bounded(800));
    case 8: return u"%1-%2~"_s.arg(year).arg(two(1 + int(rng.bounded(12))));
    default: return d1;
    }
}

} // namespace

class TestStoreQuery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void overlapMatchesBruteForce_data();
    void overlapMatchesBruteForce();
    void overlapUsesTheIndex();
    void alreadyPresent_data();
    void alreadyPresent();
    void spanScanNeedsNoSort();
    void spansInTimeOrder();
    void search_data();
    void search();
    void searchFollowsEdits();
    void searchManyMatches();
    void migrateV1ToV2();
    void failedMigrationLeavesV1();

private:
    std::unique_ptr<Document> m_doc;
    std::vector<Event> m_events; // as stored, with ids
};

void TestStoreQuery::initTestCase()
{
    m_doc = Document::createInMemory();
    QRandomGenerator rng(20080317);
    Document::BulkEdit bulk(*m_doc);
    for (int i = 0; i < 3000; ++i) {
        Event e;
        const QString edtf = randomEdtf(rng);
        QString error;
        e.date = FuzzyDate::fromEdtf(edtf, &error);
        QVERIFY2(e.date.isValid(), qPrintable(edtf + u": "_s + error));
        e.title = u"event %1"_s.arg(i);
        e.sortKey = rng.bounded(3);
        e.id = m_doc->addEvent(e);
        m_events.push_back(e);
    }
    Event undated;
    undated.title = u"undated"_s;
    m_doc->addEvent(undated);
    bulk.commit();
}

void TestStoreQuery::overlapMatchesBruteForce_data()
{
    QTest::addColumn<TimePoint>("from");
    QTest::addColumn<TimePoint>("to");
    QTest::newRow("one day") << day(2008, 3, 17) << day(2008, 3, 18);
    QTest::newRow("one second") << day(2000, 1, 1) << day(2000, 1, 1) + 1;
    QTest::newRow("a month") << day(1995, 6, 1) << day(1995, 7, 1);
    QTest::newRow("a year") << day(2010, 1, 1) << day(2011, 1, 1);
    QTest::newRow("a decade") << day(1990, 1, 1) << day(2000, 1, 1);
    QTest::newRow("everything") << kTimeMin << kTimeMax;
    QTest::newRow("open start") << kTimeMin << day(1991, 1, 1);
    QTest::newRow("open end") << day(2019, 6, 1) << kTimeMax;
    QTest::newRow("deep past") << day(-500, 1, 1) << day(-400, 1, 1);
    QTest::newRow("before any event") << day(-100000, 1, 1) << day(-99999, 1, 1);
    QTest::newRow("far future") << day(3000, 1, 1) << day(3001, 1, 1);
    QTest::newRow("empty range") << day(2000, 1, 1) << day(2000, 1, 1);
    QTest::newRow("extreme ints") << std::numeric_limits<TimePoint>::min() << std::numeric_limits<TimePoint>::max();
}

void TestStoreQuery::overlapMatchesBruteForce()
{
    QFETCH(TimePoint, from);
    QFETCH(TimePoint, to);
    std::vector<const Event *> expected;
    for (const Event &e : m_events) {
        const DateBounds b = e.date.bounds();
        if (from < to && b.earliestStart < to && b.latestEnd > from) // an empty range overlaps nothing
            expected.push_back(&e);
    }
    std::sort(expected.begin(), expected.end(), [](const Event *a, const Event *b) {
        return std::tuple(sortTime(a->date.bounds()), a->sortKey, a->id)
            < std::tuple(sortTime(b->date.bounds()), b->sortKey, b->id);
    });
    std::vector<EventId> expectedIds;
    for (const Event *e : expected)
        expectedIds.push_back(e->id);

    const std::vector<EventId> ids = m_doc->eventIdsOverlapping(from, to);
    QCOMPARE(ids.size(), expectedIds.size());
    QVERIFY(ids == expectedIds);
    if (ids.size() < 400) {
        const std::vector<Event> events = m_doc->eventsOverlapping(from, to);
        QCOMPARE(events.size(), ids.size());
        for (size_t i = 0; i < events.size(); ++i)
            QCOMPARE(events[i].id, ids[i]);
    }
}

// Events an import would add that the document has already (same date and title), counted as
// a scan of the stored events says: same start but another EDTF ("2008" and "2008-01-01"), or
// same date and another title, are not there; undated ones compare among themselves.
void TestStoreQuery::alreadyPresent_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("mixed 1") << 1;
    QTest::newRow("mixed 2") << 2;
    QTest::newRow("mixed 3") << 3;
}

void TestStoreQuery::alreadyPresent()
{
    QFETCH(int, seed);
    QRandomGenerator rng{quint32(seed)};
    std::vector<Event> incoming;
    for (int i = 0; i < 400; ++i) {
        Event e = m_events[rng.bounded(quint32(m_events.size()))];
        switch (rng.bounded(5)) {
        case 0: e.title += u" (2)"_s; break;                          // another title
        case 1: e.date = FuzzyDate::fromEdtf(e.date.toEdtf().left(4)); break; // its year: often the same start
        case 2: e.date = FuzzyDate(); e.title = rng.bounded(2) ? u"undated"_s : u"other"_s; break;
        default: break;                                                 // as stored
        }
        incoming.push_back(e);
    }
    qsizetype want = 0;
    for (const Event &e : incoming) {
        const bool stored = std::any_of(m_events.begin(), m_events.end(), [&](const Event &s) {
                                return s.title == e.title && s.date.toEdtf() == e.date.toEdtf();
                            })
                            || (!e.date.isValid() && e.title == u"undated"_s);
        want += stored ? 1 : 0;
    }
    QVERIFY(want > 0 && want < qsizetype(incoming.size()));
    QCOMPARE(m_doc->countEventsAlreadyPresent(incoming), want);
}

void TestStoreQuery::overlapUsesTheIndex()
{
    Statement plan = m_doc->database().prepare(QByteArray("EXPLAIN QUERY PLAN ") + schema::kOverlapQuery);
    QStringList details;
    while (plan.step())
        details << plan.text(3);
    const QString all = details.join(u" | "_s);
    QVERIFY2(all.contains(u"SEARCH events USING COVERING INDEX events_span (span_class=? AND start_min>? AND start_min<?)"_s),
             qPrintable(all));
    QVERIFY2(!all.contains(u"SCAN"_s), qPrintable(all));
}

void TestStoreQuery::spanScanNeedsNoSort()
{
    Statement plan = m_doc->database().prepare(QByteArray("EXPLAIN QUERY PLAN ") + schema::kSpanScanQuery);
    QStringList details;
    while (plan.step())
        details << plan.text(3);
    const QString all = details.join(u" | "_s);
    QVERIFY2(all.contains(u"COVERING INDEX events_time"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"TEMP B-TREE"_s), qPrintable(all));
}

void TestStoreQuery::spansInTimeOrder()
{
    std::vector<EventSpan> spans;
    m_doc->forEachEventSpan([&](const EventSpan &s) { spans.push_back(s); });
    QCOMPARE(spans.size(), m_events.size()); // the undated event has no span
    QVERIFY(std::is_sorted(spans.begin(), spans.end(), [](const EventSpan &a, const EventSpan &b) {
        return std::tuple(a.bounds.earliestStart, a.sortKey, a.id) < std::tuple(b.bounds.earliestStart, b.sortKey, b.id);
    }));
    const std::vector<Event> events = m_doc->events();
    QCOMPARE(events.size(), m_events.size() + 1);
    QCOMPARE(events.back().title, u"undated"_s); // undated last
    // Lists use sortTime() order: an open start sorts at its latest start.
    std::stable_sort(spans.begin(), spans.end(), [](const EventSpan &a, const EventSpan &b) {
        return std::tuple(sortTime(a.bounds), a.sortKey, a.id) < std::tuple(sortTime(b.bounds), b.sortKey, b.id);
    });
    for (size_t i = 0; i < spans.size(); ++i)
        QCOMPARE(events[i].id, spans[i].id);
}

void TestStoreQuery::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected"); // indexes into the fixture below, any order
    QTest::newRow("title word") << u"Sochi"_s << QList<int>{1};
    QTest::newRow("case and accents") << u"sÓCHI"_s << QList<int>{1};
    QTest::newRow("description") << u"interceptors"_s << QList<int>{2};
    QTest::newRow("quote text") << u"agreed"_s << QList<int>{0, 1};
    QTest::newRow("two words") << u"missile Poland"_s << QList<int>{2};
    QTest::newRow("prefix") << u"Mosc*"_s << QList<int>{0};
    QTest::newRow("no implicit prefix") << u"Mosc"_s << QList<int>{};
    QTest::newRow("words of title and quote") << u"Sochi agreed"_s << QList<int>{1};
    QTest::newRow("OR") << u"Sochi OR Poland"_s << QList<int>{1, 2};
    QTest::newRow("NOT") << u"agreed NOT Sochi"_s << QList<int>{0};
    QTest::newRow("phrase") << u"\"meet again\""_s << QList<int>{0, 1};
    QTest::newRow("phrase in order only") << u"\"again meet\""_s << QList<int>{};
    QTest::newRow("punctuation is literal") << u"2+2"_s << QList<int>{0};
    QTest::newRow("malformed: no hits") << u"AND OR NOT ( \" *"_s << QList<int>{};
    QTest::newRow("no match") << u"zanzibar"_s << QList<int>{};
    QTest::newRow("blank") << u"   "_s << QList<int>{};
}

void TestStoreQuery::search()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    auto doc = Document::createInMemory();
    std::vector<EventId> ids;
    for (auto [title, text] : {std::pair(u"2+2 talks in Moscow"_s, u"Rice and Gates meet Lavrov"_s),
                               std::pair(u"Summit in Sochi"_s, u"Planned"_s),
                               std::pair(u"Missile defence"_s, u"Interceptors in Poland"_s)}) {
        Event e;
        e.title = title;
        e.description = text;
        ids.push_back(doc->addEvent(e));
    }
    Quote q;
    q.text = u"We have agreed to meet again."_s;
    q.events = {ids[0], ids[1]};
    doc->addQuote(q);
    std::vector<EventId> found = doc->search(query);
    std::vector<EventId> want;
    for (int i : expected)
        want.push_back(ids[size_t(i)]);
    std::sort(found.begin(), found.end());
    std::sort(want.begin(), want.end());
    QVERIFY(found == want);
}

void TestStoreQuery::searchFollowsEdits()
{
    auto doc = Document::createInMemory();
    Event e;
    e.title = u"Bush interview"_s;
    e.id = doc->addEvent(e);
    Quote q;
    q.text = u"I accepted the invitation"_s;
    q.events = {e.id};
    q.id = doc->addQuote(q);
    QCOMPARE(doc->search(u"interview"_s).size(), size_t(1));
    QCOMPARE(doc->search(u"invitation"_s).size(), size_t(1));
    QCOMPARE(doc->search(u"invitation interview"_s).size(), size_t(1)); // title and quote of one event

    e.title = u"White House statement"_s;
    doc->updateEvent(e);
    QVERIFY(doc->search(u"interview"_s).empty());
    QCOMPARE(doc->search(u"statement"_s).size(), size_t(1));

    q.text = u"I declined"_s;
    doc->updateQuote(q);
    QVERIFY(doc->search(u"invitation"_s).empty());
    QCOMPARE(doc->search(u"declined"_s).size(), size_t(1));

    doc->removeQuote(q.id);
    QVERIFY(doc->search(u"declined"_s).empty());
    doc->removeEvent(e.id);
    QVERIFY(doc->search(u"statement"_s).empty());
    // The index is consistent after all of this, and forgot every row.
    doc->database().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
    Statement rows = doc->database().prepare("SELECT count(*) FROM search_keys");
    QVERIFY(rows.step());
    QCOMPARE(rows.int64(0), 0);
}

void TestStoreQuery::searchManyMatches()
{
    // Hits come in time order, not in id order: here the newest event is the earliest.
    auto doc = Document::createInMemory();
    Document::BulkEdit bulk(*doc);
    std::vector<EventId> ids;
    for (int i = 0; i < 2100; ++i) {
        Event e;
        e.title = u"talks round %1"_s.arg(i);
        e.date = FuzzyDate::fromEdtf(QStringLiteral("%1").arg(4000 - i));
        ids.push_back(doc->addEvent(e));
    }
    bulk.commit();
    const std::vector<EventId> found = doc->search(u"talks"_s, 5);
    QVERIFY(found == std::vector<EventId>(ids.rbegin(), ids.rbegin() + 5));
    QCOMPARE(doc->search(u"talks round"_s, 3000).size(), size_t(2100));
    QCOMPARE(doc->search(u"round 2099"_s).size(), size_t(1));
}

namespace {

std::vector<schema::Migration> testMigrations(bool failing)
{
    return {{1, [failing](Database &db) {
                 db.exec("ALTER TABLE events ADD COLUMN confidence INTEGER NOT NULL DEFAULT 3;"
                         "CREATE TABLE event_notes (event_id INTEGER REFERENCES events(id) ON DELETE CASCADE,"
                         " note TEXT);"
                         "INSERT INTO event_notes SELECT id, 'migrated ' || title FROM events");
                 if (failing)
                     db.exec("SELECT no_such_function()");
             }}};
}

// A real v1 file (the layout before index snapshots), with one event written as v1 code did.
QString makeV1(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database db(path, Database::Access::Create);
    Transaction transaction(db);
    schema::createVersion(db, 1);
    Statement insert = db.prepare(
        "INSERT INTO events(title, date_edtf, start_min, start_max, end_min, end_max, span_class, created, updated) "
        "VALUES ('kept', '2008-03-17/2008-03-18', ?1, ?1, ?2, ?2, 18, '', '')");
    insert.bind(1, day(2008, 3, 17)).bind(2, day(2008, 3, 19)).execute();
    transaction.commit();
    return path;
}

} // namespace

void TestStoreQuery::migrateV1ToV2()
{
    QTemporaryDir dir;
    const QString path = makeV1(dir, u"v1.dateline"_s);
    Database db(path, Database::Access::ReadWrite);
    QCOMPARE(db.pragma("user_version"), 1);
    QCOMPARE(schema::upgrade(db, testMigrations(false), 2), 1);
    QCOMPARE(db.pragma("user_version"), 2);
    Statement s = db.prepare("SELECT e.title, e.confidence, n.note, e.start_min FROM events e JOIN event_notes n ON n.event_id = e.id");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), u"kept"_s);
    QCOMPARE(s.integer(1), 3);
    QCOMPARE(s.text(2), u"migrated kept"_s);
    QCOMPARE(s.int64(3), day(2008, 3, 17));
    QCOMPARE(schema::upgrade(db, testMigrations(false), 2), 0); // already there
    QVERIFY_THROWS_EXCEPTION(StoreError, schema::upgrade(db, testMigrations(false), 3)); // no step 2 -> 3
    QCOMPARE(db.pragma("user_version"), 2);
}

void TestStoreQuery::failedMigrationLeavesV1()
{
    QTemporaryDir dir;
    const QString path = makeV1(dir, u"v1.dateline"_s);
    Database db(path, Database::Access::ReadWrite);
    QVERIFY_THROWS_EXCEPTION(StoreError, schema::upgrade(db, testMigrations(true), 2));
    QCOMPARE(db.pragma("user_version"), 1);
    Statement s = db.prepare("SELECT count(*) FROM pragma_table_info('events') WHERE name = 'confidence'");
    QVERIFY(s.step());
    QCOMPARE(s.integer(0), 0); // the half-done step was rolled back
    QVERIFY(schema::check(db).problem == schema::Problem::None);
}

QTEST_GUILESS_MAIN(TestStoreQuery)
#include "tst_storequery.moc"
