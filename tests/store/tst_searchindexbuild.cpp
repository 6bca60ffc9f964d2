// A large import into an empty search index builds it on two threads (a scratch FTS5 table copied
// in): it must find exactly what the one-thread build finds, stay consistent under later edits,
// work when this connection searched the empty index before, and leave the shadow tables
// read-only again.
#include "core/date/fuzzydate.h"
#include "core/store/bulkimport.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/storeerror.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// Takes a document back to schema 6's objects: the index inputs counter and its triggers (v7) go.
void dropSchemaV7(Database &db)
{
    QList<QByteArray> triggers;
    Statement names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'index_inputs_%'");
    while (names.step())
        triggers << names.text(0).toUtf8();
    names.reset();
    for (const QByteArray &name : triggers)
        db.exec("DROP TRIGGER " + name);
    db.exec("DROP TABLE index_inputs_version");
}

// Large enough for BulkImport to treat it as a large import (the two-thread build).
constexpr int kEvents = 24000;

const QStringList kVerbs = {u"meets"_s, u"threatens"_s, u"praises"_s, u"visits"_s, u"warns"_s};
const QStringList kCountries = {u"Россия"_s, u"Türkiye"_s, u"France"_s, u"Japan"_s, u"Brazil"_s, u"Egypt"_s};

enum class Quotes : std::uint8_t { Some, None };

// Events with words spread unevenly over titles, descriptions, actors, places and quotes.
// Without quotes, BulkImport takes the search text from its own record of the rows.
void importEvents(Document &doc, Quotes quotes = Quotes::Some)
{
    BulkImport bulk(doc, kEvents);
    std::vector<ActorId> actors;
    for (const QString &c : kCountries)
        actors.push_back(bulk.addActor({ActorId(), c, ActorKind::State, {}, {}, {u"alias"_s + c.left(2)}}));
    const PlaceId geneva = bulk.addPlace({PlaceId(), u"Geneva"_s, u"CHE"_s, 46.2, 6.15});
    const SourceId wire = bulk.addSource({SourceId(), u"Wire service"_s, {}, {}, {}, {}, {}, QLatin1Char('B')});
    for (int i = 0; i < kEvents; ++i) {
        Event e;
        const int a = i % int(actors.size()), b = (i / 7) % int(actors.size());
        e.title = kCountries[a] + u' ' + kVerbs[i % kVerbs.size()] + u' ' + kCountries[b] + u" round"_s
            + QString::number(i % 97);
        e.description = i % 5 == 0 ? u"talks on grain corridor"_s : QString();
        // dates out of file order, several per day, some undated
        e.date = i % 101 == 0 ? FuzzyDate()
                              : FuzzyDate::fromEdtf(u"20%1-%2-%3"_s.arg(10 + (i * 7) % 12)
                                                        .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                                        .arg(1 + (i * 13) % 28, 2, 10, QLatin1Char('0')));
        e.sortKey = (i * 37) % 11; // within a day: not the order of the ids
        if (i % 13 != 0) // some with no actor, some with three
            e.actors = {{actors[std::size_t(a)], ActorRole::Initiator}, {actors[std::size_t(b)], ActorRole::Target}};
        if (i % 17 == 0)
            e.actors.push_back({actors.back(), ActorRole::Participant});
        if (i % 3 == 0)
            e.place = geneva;
        const EventId id = bulk.addEvent(e);
        if (quotes == Quotes::Some && i % 400 == 0)
            bulk.addQuote({QuoteId(), u"“We will not yield,” number %1"_s.arg(i), actors[0], wire, {}, 1, {id}});
    }
    bulk.commit();
}

// One event on a day the import adds events to, keyed before it.
void addPlaceholder(Document &doc)
{
    Event first;
    first.title = u"placeholder"_s;
    first.date = FuzzyDate::fromEdtf(u"2010-01-01"_s);
    doc.addEvent(first);
}

std::unique_ptr<Document> newDocument(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto doc = Document::create(dir.filePath(name), &error);
    if (!doc)
        qFatal("%s", qPrintable(error));
    return doc;
}

QStringList titlesOf(Document &doc, const std::vector<EventId> &ids)
{
    QStringList titles;
    for (const QString &t : doc.eventTitles(ids))
        titles.append(t);
    titles.sort();
    return titles;
}

void checkIndexConsistent(Document &doc)
{
    Statement check = doc.database().prepare("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
    check.execute(); // throws when FTS5 finds the index damaged
}

// Every event has one search key; its high bits are the event's day, and within a day the keys
// follow time (then sort key, then id), the events already keyed before the import first.
void checkKeys(Document &doc, std::int64_t firstNew)
{
    Database &db = doc.database();
    Statement unkeyed = db.prepare("SELECT count(*) FROM events e WHERE NOT EXISTS "
                                   "(SELECT 1 FROM search_keys k WHERE k.event_id = e.id)");
    QVERIFY(unkeyed.step());
    QCOMPARE(unkeyed.int64(0), 0);
    const char *day = "(CASE WHEN e.start_min IS NULL THEN (1 << 43) - 1 WHEN e.start_min >= 0 "
                      "THEN e.start_min / 86400 ELSE (e.start_min + 1) / 86400 - 1 END)";
    Statement wrongDay = db.prepare(QByteArray("SELECT count(*) FROM search_keys k JOIN events e ON e.id = k.event_id "
                                               "WHERE (k.key >> 20) != ") + day);
    QVERIFY(wrongDay.step());
    QCOMPARE(wrongDay.int64(0), 0);
    const auto idsBy = [&](const QByteArray &order) {
        Statement s = db.prepare("SELECT e.id FROM search_keys k JOIN events e ON e.id = k.event_id ORDER BY " + order);
        if (order.contains("?1"))
            s.bind(1, firstNew);
        std::vector<std::int64_t> ids;
        while (s.step())
            ids.push_back(s.int64(0));
        return ids;
    };
    QCOMPARE(idsBy("k.key"), idsBy(QByteArray(day) + ", e.id >= ?1, e.start_min, e.sort_key, e.id"));
}

// A table's rows, every column's bytes, in rowid (or key) order.
QByteArray dump(Document &doc, const char *table)
{
    Statement s = doc.database().prepare(QByteArray("SELECT * FROM ") + table + " ORDER BY 1");
    QByteArray rows;
    while (s.step()) {
        for (int c = 0; c < s.columnCount(); ++c)
            rows += s.blob(c).toHex() + ' ';
        rows += '\n';
    }
    return rows;
}

// SQLite's varint, as FTS5's records use it: big-endian groups of 7 bits, the ninth byte whole.
bool readVarint(const QByteArray &data, qsizetype &at, std::uint64_t &value)
{
    value = 0;
    for (int i = 0; i < 9; ++i) {
        if (at >= data.size())
            return false;
        const auto byte = std::uint8_t(data[at++]);
        if (i == 8) {
            value = (value << 8) | byte;
            return true;
        }
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return true;
    }
    return true;
}

// How many segments each level of the search index holds, from FTS5's structure record (rowid 10
// of search_fts_data: a 4-byte cookie, the level and segment counts, a write counter, then per
// level the merge input count, the segment count and each segment's id and first and last page).
// Empty when the record is not in that form (a later FTS5's).
QList<int> segmentsPerLevel(Document &doc)
{
    Statement s = doc.database().prepare("SELECT block FROM search_fts_data WHERE id = 10");
    if (!s.step())
        return {};
    const QByteArray record = s.blob(0);
    qsizetype at = 4;
    std::uint64_t levels = 0, total = 0, writes = 0;
    if (!readVarint(record, at, levels) || !readVarint(record, at, total) || !readVarint(record, at, writes))
        return {};
    QList<int> counts;
    std::uint64_t seen = 0;
    for (std::uint64_t l = 0; l < levels; ++l) {
        std::uint64_t merging = 0, segments = 0, value = 0;
        if (!readVarint(record, at, merging) || !readVarint(record, at, segments))
            return {};
        for (std::uint64_t i = 0; i < 3 * segments; ++i) {
            if (!readVarint(record, at, value))
                return {};
        }
        counts << int(segments);
        seen += segments;
    }
    return seen == total && at == record.size() ? counts : QList<int>{};
}

} // namespace

class TestSearchIndexBuild : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void keysInTimeOrder(); // first: later tests edit the documents
    void sameHitsAsOneThread_data();
    void sameHitsAsOneThread();
    void editsAfterTheBuild();
    void searchedBeforeTheImport();
    void sameIndexFromMemory_data();
    void sameIndexFromMemory();
    void shadowTablesReadOnlyAgain();
    void noScratchSpace_data();
    void noScratchSpace();
    void builtIndexIsOneSegmentAboveLevelZero_data();
    void builtIndexIsOneSegmentAboveLevelZero();
    void upgradeMakesTheIndexOneSegment();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_parallel; // built into an empty index: two threads
    std::unique_ptr<Document> m_serial;   // one event first: the one-thread path
    std::unique_ptr<Document> m_chunked;  // two threads, the text sorted in many small chunks
};

void TestSearchIndexBuild::initTestCase()
{
    m_parallel = newDocument(m_dir, u"parallel.dateline"_s);
    importEvents(*m_parallel);
    m_serial = newDocument(m_dir, u"serial.dateline"_s);
    addPlaceholder(*m_serial);
    importEvents(*m_serial);
    checkIndexConsistent(*m_parallel);
    // Smaller than a batch of text (4096 rows) and than the import: one segment per chunk.
    qputenv("DATELINE_SEARCH_CHUNK_ROWS", "1000");
    m_chunked = newDocument(m_dir, u"chunked.dateline"_s);
    importEvents(*m_chunked);
    qunsetenv("DATELINE_SEARCH_CHUNK_ROWS");
    checkIndexConsistent(*m_chunked);
}

void TestSearchIndexBuild::keysInTimeOrder()
{
    checkKeys(*m_parallel, 1);
    checkKeys(*m_serial, 2); // after the placeholder, already keyed on 2010-01-01
    checkKeys(*m_chunked, 1);
}

void TestSearchIndexBuild::sameHitsAsOneThread_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("title word") << u"threatens"_s << kEvents / 5;
    QTest::newRow("non-Latin actor") << u"россия"_s << kEvents / 6;
    QTest::newRow("diacritics folded") << u"turkiye"_s << kEvents / 6;
    QTest::newRow("alias") << u"aliasJa"_s << kEvents / 6;
    QTest::newRow("place and title") << u"Geneva praises"_s << kEvents / 20;
    QTest::newRow("description phrase") << u"\"grain corridor\""_s << kEvents / 5;
    QTest::newRow("quote") << u"yield"_s << kEvents / 400;
    QTest::newRow("quote source") << u"\"wire service\""_s << kEvents / 400;
    QTest::newRow("prefix") << u"thr*"_s << kEvents / 5;
    QTest::newRow("number") << u"round42"_s << kEvents / 100;
    QTest::newRow("nothing") << u"placeholder"_s << 0;
}

void TestSearchIndexBuild::sameHitsAsOneThread()
{
    QFETCH(QString, query);
    QFETCH(int, atLeast);
    const std::vector<EventId> parallel = m_parallel->search(query, kEvents + 10);
    QVERIFY2(int(parallel.size()) >= atLeast, qPrintable(QString::number(parallel.size())));
    const QStringList expected = titlesOf(*m_serial, m_serial->search(query, kEvents + 10));
    QStringList withoutPlaceholder = expected;
    withoutPlaceholder.removeAll(u"placeholder"_s);
    QCOMPARE(titlesOf(*m_parallel, parallel), withoutPlaceholder);
    // the first hits come in time order in both
    const std::vector<EventId> first = m_parallel->search(query, 20);
    QCOMPARE(titlesOf(*m_parallel, first), titlesOf(*m_serial, m_serial->search(query, 20)).mid(0, int(first.size())));
    // the same events in the same order, however the text was chunked
    QCOMPARE(m_chunked->search(query, kEvents + 10), parallel);
}

// Edits unindex the old text and index the new one: the copied index must accept both.
void TestSearchIndexBuild::editsAfterTheBuild()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, u"edit.dateline"_s);
    importEvents(*doc);
    const std::vector<EventId> hits = doc->search(u"round13 praises"_s, kEvents);
    QVERIFY(hits.size() > 10);
    Event changed = *doc->event(hits.front());
    changed.title = u"Ceasefire signed"_s;
    doc->updateEvent(changed);
    doc->removeEvent(hits.back());
    QCOMPARE(doc->search(u"round13 praises"_s, kEvents).size(), hits.size() - 2);
    QCOMPARE(doc->search(u"ceasefire"_s), std::vector<EventId>{changed.id});
    checkIndexConsistent(*doc);
    // and another import appends to it (the one-thread path now)
    importEvents(*doc);
    QCOMPARE(doc->search(u"round13 praises"_s, 3 * kEvents).size(), 2 * hits.size() - 2);
    checkIndexConsistent(*doc);
}

// FTS5 caches an index's structure per connection; a search before the import must not leave
// this connection seeing the index as empty afterwards.
void TestSearchIndexBuild::searchedBeforeTheImport()
{
    QTemporaryDir dir;
    auto doc = newDocument(dir, u"cached.dateline"_s);
    QVERIFY(doc->search(u"threatens"_s).empty());
    importEvents(*doc);
    QCOMPARE(doc->search(u"threatens"_s, kEvents).size(), m_parallel->search(u"threatens"_s, kEvents).size());
    // and a fresh connection to the file reads the same
    const QString path = doc->database().path();
    doc.reset();
    QString error;
    auto reopened = Document::open(path, OpenMode::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->search(u"threatens"_s, kEvents).size(), m_parallel->search(u"threatens"_s, kEvents).size());
}

void TestSearchIndexBuild::sameIndexFromMemory_data()
{
    QTest::addColumn<bool>("eventBefore");
    QTest::newRow("empty index: two threads") << false;
    QTest::newRow("an event before: one thread") << true;
}

// Without quotes the import keys and indexes its events from its record of the rows written; the
// keys and the index must be byte for byte those read back from the tables (the text an event is
// later unindexed with).
void TestSearchIndexBuild::sameIndexFromMemory()
{
    QFETCH(bool, eventBefore);
    QTemporaryDir dir;
    const auto build = [&](const QString &name, bool fromTables) {
        auto doc = newDocument(dir, name);
        if (eventBefore)
            addPlaceholder(*doc);
        if (fromTables)
            qputenv("DATELINE_BULK_SEARCH_TEXT", "tables");
        importEvents(*doc, Quotes::None);
        qunsetenv("DATELINE_BULK_SEARCH_TEXT");
        return doc;
    };
    auto fromTables = build(u"tables.dateline"_s, true);
    auto fromMemory = build(u"memory.dateline"_s, false);
    for (const char *table : {"search_keys", "search_fts_data", "search_fts_idx", "search_fts_docsize"}) {
        const QByteArray rows = dump(*fromMemory, table);
        QVERIFY2(rows.count('\n') > 10, table);
        QVERIFY2(rows == dump(*fromTables, table), table);
    }
    checkKeys(*fromMemory, eventBefore ? 2 : 1);
    checkIndexConsistent(*fromMemory);
    // and the text it was indexed with is the text an edit unindexes
    const std::vector<EventId> hits = fromMemory->search(u"aliasJa Geneva"_s, kEvents);
    QVERIFY(hits.size() > 10);
    for (std::size_t i = 0; i < 10; ++i)
        fromMemory->removeEvent(hits[i]);
    QCOMPARE(fromMemory->search(u"aliasJa Geneva"_s, kEvents).size(), hits.size() - 10);
    checkIndexConsistent(*fromMemory);
}

// The copy lifts SQLite's defensive mode for a moment; SQL must not be able to write the shadow
// tables afterwards.
void TestSearchIndexBuild::shadowTablesReadOnlyAgain()
{
    QVERIFY_THROWS_EXCEPTION(StoreError, m_parallel->database().exec("DELETE FROM search_fts_data"));
    QVERIFY(!m_parallel->search(u"threatens"_s).empty());
}

void TestSearchIndexBuild::noScratchSpace_data()
{
    QTest::addColumn<bool>("quotes");
    QTest::newRow("text from the tables") << true;
    QTest::newRow("text from the import's record") << false;
}

// No scratch file can be made (the temporary directory is a file): the import indexes on one
// thread and still finds everything.
void TestSearchIndexBuild::noScratchSpace()
{
    QFETCH(bool, quotes);
    QTemporaryDir dir;
    auto doc = newDocument(dir, u"noscratch.dateline"_s);
    QFile notADirectory(dir.filePath(u"file"_s));
    QVERIFY(notADirectory.open(QIODevice::WriteOnly));
    notADirectory.close();
    const QByteArray tmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", notADirectory.fileName().toLocal8Bit());
    importEvents(*doc, quotes ? Quotes::Some : Quotes::None);
    if (tmp.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", tmp);
    QCOMPARE(titlesOf(*doc, doc->search(u"threatens"_s, kEvents)),
             titlesOf(*m_parallel, m_parallel->search(u"threatens"_s, kEvents)));
    QCOMPARE(doc->search(u"aliasJa Geneva"_s, kEvents), m_parallel->search(u"aliasJa Geneva"_s, kEvents));
    checkIndexConsistent(*doc);
}

// Edits write small segments onto FTS5's level 0 and, at 16 there, it merges the whole level:
// the import's segments sat on it, and the 13th edit after a million-event import rewrote the
// whole index with the window frozen for 10-19 s. The built index is one segment above level 0.
void TestSearchIndexBuild::builtIndexIsOneSegmentAboveLevelZero_data()
{
    QTest::addColumn<QByteArray>("chunkRows"); // DATELINE_SEARCH_CHUNK_ROWS: one segment per chunk
    QTest::addColumn<bool>("placeholder");      // an event first: the one-thread path
    QTest::newRow("one chunk") << QByteArray() << false;
    QTest::newRow("chunks of 1000 rows") << QByteArray("1000") << false;
    QTest::newRow("into a document with one event") << QByteArray() << true;
}

void TestSearchIndexBuild::builtIndexIsOneSegmentAboveLevelZero()
{
    QFETCH(QByteArray, chunkRows);
    QFETCH(bool, placeholder);
    if (!chunkRows.isEmpty())
        qputenv("DATELINE_SEARCH_CHUNK_ROWS", chunkRows);
    QTemporaryDir dir;
    auto doc = newDocument(dir, u"levels.dateline"_s);
    if (placeholder)
        addPlaceholder(*doc);
    importEvents(*doc);
    qunsetenv("DATELINE_SEARCH_CHUNK_ROWS");
    const QList<int> levels = segmentsPerLevel(*doc);
    if (levels.isEmpty())
        QSKIP("This SQLite's FTS5 writes its structure record in another form");
    QCOMPARE(std::accumulate(levels.begin(), levels.end(), 0), 1);
    QCOMPARE(levels.front(), 0);
    // edits after it find what they should
    const std::vector<EventId> hits = doc->search(u"round42"_s, kEvents);
    QVERIFY(hits.size() > 20);
    for (std::size_t i = 0; i < 20; ++i) {
        Event e = *doc->event(hits[i]);
        e.title += u" again"_s;
        doc->updateEvent(e);
    }
    QCOMPARE(doc->search(u"round42"_s, kEvents), hits);
    QCOMPARE(doc->search(u"again"_s, kEvents).size(), std::size_t(20));
    QVERIFY(doc->search(u"x"_s, kEvents).empty()); // the row added to merge is gone
    checkIndexConsistent(*doc);
}

// A document imported by an earlier version has its import's segments on level 0 (the stall
// above, once, after a dozen edits): the upgrade to schema 6 merges the index into one segment.
void TestSearchIndexBuild::upgradeMakesTheIndexOneSegment()
{
    QTemporaryDir dir;
    std::vector<EventId> hits;
    {
        auto doc = newDocument(dir, u"v5.dateline"_s);
        importEvents(*doc, Quotes::None); // no speakers: the text is as schema 5 indexed it
        for (EventId id : doc->search(u"round7"_s, 3)) { // segments on level 0, as edits leave them
            Event e = *doc->event(id);
            e.title += u" again"_s;
            doc->updateEvent(e);
        }
        const QList<int> levels = segmentsPerLevel(*doc);
        if (levels.isEmpty())
            QSKIP("This SQLite's FTS5 writes its structure record in another form");
        QVERIFY(std::accumulate(levels.begin(), levels.end(), 0) > 1);
        hits = doc->search(u"round7"_s, kEvents);
        dropSchemaV7(doc->database());
        doc->database().exec("PRAGMA user_version = 5");
    }
    QString error;
    auto doc = Document::open(dir.filePath(u"v5.dateline"_s), OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    const QList<int> levels = segmentsPerLevel(*doc);
    QCOMPARE(std::accumulate(levels.begin(), levels.end(), 0), 1);
    QCOMPARE(doc->search(u"again"_s, kEvents).size(), std::size_t(3));
    QCOMPARE(doc->search(u"round7"_s, kEvents), hits);
    checkIndexConsistent(*doc);
}

QTEST_GUILESS_MAIN(TestSearchIndexBuild)
#include "tst_searchindexbuild.moc"
