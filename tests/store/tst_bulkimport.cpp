// BulkImport: one transaction, id ranges, full text for the new rows, the before-commit hook,
// the revision counter, rollback, index rebuilds, read-only refusal; the same Event as addEvent.
#include "core/date/fuzzydate.h"
#include "core/store/backgroundcheckpoint.h"
#include "core/store/bulkimport.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;

Q_DECLARE_METATYPE(dateline::Source)
using namespace Qt::StringLiterals;

namespace {

Event makeEvent(const QString &title, const char *edtf = "2008-03-17")
{
    Event e;
    e.title = title;
    e.description = u"about "_s + title;
    e.date = FuzzyDate::fromEdtf(QString::fromLatin1(edtf));
    e.cameoCode = u"042"_s;
    e.tags = {u"t1"_s, u"t2"_s};
    return e;
}

std::int64_t scalar(Document &doc, const char *sql)
{
    Statement s = doc.database().prepare(sql);
    return s.step() ? s.int64(0) : -1;
}

QString journalMode(Document &doc)
{
    Statement s = doc.database().prepare("PRAGMA journal_mode");
    return s.step() ? s.text(0) : QString();
}

} // namespace

class TestBulkImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void idRangesAndSearch_data();
    void idRangesAndSearch();
    void sameRowsAsAddEvent();
    void sameSourceRowsAsAddSource_data();
    void sameSourceRowsAsAddSource();
    void hookRunsInsideTheTransaction();
    void throwingHookCommitsNothing();
    void destructorRollsBack();
    void nestedInBulkEdit();
    void readOnlyRefused();
    void danglingReferenceRefused_data();
    void danglingReferenceRefused();
    void settingsRestored();
    void checkpointAfterTheCommit();
    void journalOfANewDocument_data();
    void journalOfANewDocument();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestBulkImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_doc = Document::create(m_dir->filePath(u"d.dateline"_s), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestBulkImport::idRangesAndSearch_data()
{
    QTest::addColumn<int>("indexes");
    QTest::newRow("indexes kept") << int(BulkImport::Indexes::Keep);
    QTest::newRow("indexes rebuilt") << int(BulkImport::Indexes::Rebuild);
}

void TestBulkImport::idRangesAndSearch()
{
    QFETCH(int, indexes);
    const EventId before = m_doc->addEvent(makeEvent(u"existing alpha"_s));
    const ActorId existingActor = m_doc->addActor({ActorId(), u"Old"_s, ActorKind::State, u"RUS"_s, {}, {}});
    const qint64 revision = m_doc->revision();
    const qint64 objects = scalar(*m_doc, "SELECT count(*) FROM sqlite_schema");
    const qint64 inputs = scalar(*m_doc, schema::kIndexInputsVersionQuery);
    BulkImportSummary summary;
    {
        BulkImport bulk(*m_doc, 0, BulkImport::Indexes(indexes));
        const ActorId a = bulk.addActor({ActorId(), u"Lavrov"_s, ActorKind::Person, u"RUS"_s, u"RUSGOV"_s, {u"Sergei"_s}});
        const PlaceId p = bulk.addPlace({PlaceId(), u"Moscow"_s, u"RUS"_s, 55.75, 37.62});
        const SourceId s = bulk.addSource({SourceId(), u"Transcript"_s, {}, {}, {}, u"https://x.example"_s, {}, QLatin1Char('B')});
        std::vector<EventId> added;
        for (int i = 0; i < 50; ++i) {
            Event e = makeEvent(u"bulk bravo %1"_s.arg(i));
            e.place = p;
            e.actors = {{a, ActorRole::Initiator}, {existingActor, ActorRole::Target}};
            added.push_back(bulk.addEvent(e));
        }
        bulk.addQuote({QuoteId(), u"charlie quote"_s, a, s, {}, 2, {added[0], added[1]}});
        bulk.addRelation({RelationId(), added[1], added[0], RelationKind::FollowUpOf});
        bulk.addEra({EraId(), u"Era"_s, FuzzyDate::fromEdtf(u"2008"_s), {}});
        summary = bulk.commit();
    }
    QCOMPARE(summary.events.count, 50);
    QCOMPARE(summary.events.first, before.value + 1); // above the previous maximum
    QCOMPARE(summary.events.last, before.value + 50);
    QCOMPARE(summary.actors.count, 1);
    QVERIFY(summary.actors.first > existingActor.value);
    QCOMPARE(summary.places.count, 1);
    QCOMPARE(summary.sources.count, 1);
    QCOMPARE(summary.quotes.count, 1);
    QCOMPARE(summary.relations.count, 1);
    QCOMPARE(summary.eras.count, 1);
    QCOMPARE(m_doc->revision(), revision + 1); // one import, one committed edit
    QCOMPARE(scalar(*m_doc, "SELECT count(*) FROM sqlite_schema"), objects); // every index and trigger is back
    // The index inputs counter: bumped once for a whole import that dropped its triggers, once per
    // row (events, links, tags) by the triggers otherwise.
    if (BulkImport::Indexes(indexes) == BulkImport::Indexes::Rebuild)
        QCOMPARE(scalar(*m_doc, schema::kIndexInputsVersionQuery), inputs + 1);
    else
        QVERIFY(scalar(*m_doc, schema::kIndexInputsVersionQuery) > inputs + 50);
    QVERIFY(schema::check(m_doc->database()).problem == schema::Problem::None); // the triggers as created
    Statement check = m_doc->database().prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), u"ok"_s);
    // full text: the new rows once each, the old row still there, quotes too
    QCOMPARE(m_doc->search(u"bravo"_s, 1000).size(), std::size_t(50));
    QCOMPARE(m_doc->search(u"alpha"_s), std::vector<EventId>{before});
    QCOMPARE(m_doc->search(u"charlie"_s).size(), std::size_t(2));
    // names: actor labels and aliases, the place, the quote's source
    QCOMPARE(m_doc->search(u"Lavrov"_s, 1000).size(), std::size_t(50));
    QCOMPARE(m_doc->search(u"Sergei Moscow bravo"_s, 1000).size(), std::size_t(50));
    QCOMPARE(m_doc->search(u"Transcript"_s, 1000).size(), std::size_t(2));
    Statement fts = m_doc->database().prepare("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
    fts.execute();
    QCOMPARE(m_doc->quotesForEvent(EventId(before.value + 1)).size(), std::size_t(1));
}

void TestBulkImport::sameSourceRowsAsAddSource_data()
{
    QTest::addColumn<Source>("source");
    QTest::newRow("title only") << Source{SourceId(), u"Kommersant"_s, {}, {}, {}, {}, {}, QLatin1Char('F')};
    QTest::newRow("empty title") << Source{SourceId(), {}, {}, {}, {}, u"https://x.example/a"_s, {}, QLatin1Char('C')};
    QTest::newRow("every column, lower-case grade")
        << Source{SourceId(), u"Интервью"_s, u"Moskovsky Komsomolets"_s, u"A. Reporter"_s,
                  FuzzyDate::fromEdtf(u"2008-03-26"_s), u"https://mk.example/1"_s, FuzzyDate::fromEdtf(u"2008-04~"_s),
                  QLatin1Char('b')};
}

// The stored columns, NULLs included: BulkImport::SourceRow binds what store::bindSource binds.
void TestBulkImport::sameSourceRowsAsAddSource()
{
    QFETCH(Source, source);
    const SourceId direct = m_doc->addSource(source);
    SourceId bulkId;
    {
        BulkImport bulk(*m_doc);
        bulkId = bulk.addSource(BulkImport::SourceRow::from(source));
        bulk.commit();
    }
    Statement row = m_doc->database().prepare("SELECT title, publication, author, issued_edtf, url, accessed_edtf, "
                                              "reliability FROM sources WHERE id = ?1");
    const auto columns = [&](SourceId id) {
        QStringList values;
        row.bind(1, id.value);
        if (row.step()) {
            for (int c = 0; c < row.columnCount(); ++c)
                values.append(row.isNull(c) ? u"NULL"_s : row.text(c));
        }
        row.reset();
        return values;
    };
    QCOMPARE(columns(bulkId), columns(direct));
    QCOMPARE(columns(bulkId).size(), 7);
}

void TestBulkImport::sameRowsAsAddEvent()
{
    Event e = makeEvent(u"same"_s, "2008-03-17/2008-03-18");
    e.importance = 70;
    e.sortKey = 5;
    e.status = EventStatus::Planned;
    const EventId direct = m_doc->addEvent(e);
    EventId bulkId;
    {
        BulkImport bulk(*m_doc);
        bulkId = bulk.addEvent(e);
        bulk.commit();
    }
    Event a = *m_doc->event(direct), b = *m_doc->event(bulkId);
    QCOMPARE(b.title, a.title);
    QCOMPARE(b.description, a.description);
    QCOMPARE(b.date, a.date);
    QCOMPARE(b.cameoCode, a.cameoCode);
    QCOMPARE(b.status, a.status);
    QCOMPARE(b.importance, a.importance);
    QCOMPARE(b.sortKey, a.sortKey);
    QCOMPARE(b.tags, a.tags);
    QCOMPARE(scalar(*m_doc, "SELECT count(DISTINCT span_class || '/' || start_min || '/' || end_max || '/' || cameo_root) FROM events"), 1);
}

void TestBulkImport::hookRunsInsideTheTransaction()
{
    BulkImport bulk(*m_doc);
    bulk.addEvent(makeEvent(u"a"_s));
    bulk.addEvent(makeEvent(u"b"_s));
    IdRange seen;
    bulk.setBeforeCommit([&] {
        QVERIFY(m_doc->database().inTransaction());
        seen = bulk.summary().events;
        // what the journal would do: written with the import, in its transaction
        m_doc->database().exec("INSERT OR REPLACE INTO meta(key, value) VALUES ('hook', 'ran')");
    });
    bulk.commit();
    QCOMPARE(seen.count, 2);
    QCOMPARE(scalar(*m_doc, "SELECT count(*) FROM meta WHERE key = 'hook'"), 1);
}

void TestBulkImport::throwingHookCommitsNothing()
{
    const qint64 revision = m_doc->revision();
    {
        BulkImport bulk(*m_doc);
        bulk.addEvent(makeEvent(u"a"_s));
        bulk.setBeforeCommit([] { throw StoreError("journal full"); });
        QVERIFY_THROWS_EXCEPTION(StoreError, bulk.commit());
    }
    QCOMPARE(m_doc->info().events, 0);
    QCOMPARE(m_doc->revision(), revision);
}

void TestBulkImport::destructorRollsBack()
{
    m_doc->addEvent(makeEvent(u"kept"_s));
    const qint64 revision = m_doc->revision();
    const qint64 objects = scalar(*m_doc, "SELECT count(*) FROM sqlite_schema");
    const qint64 inputs = scalar(*m_doc, schema::kIndexInputsVersionQuery);
    {
        BulkImport bulk(*m_doc, 0, BulkImport::Indexes::Rebuild); // indexes dropped in the transaction
        for (int i = 0; i < 100; ++i)
            bulk.addEvent(makeEvent(u"gone"_s));
    }
    QCOMPARE(m_doc->info().events, 1);
    QCOMPARE(m_doc->revision(), revision);
    QCOMPARE(scalar(*m_doc, "SELECT count(*) FROM sqlite_schema"), objects);
    QCOMPARE(scalar(*m_doc, schema::kIndexInputsVersionQuery), inputs);
    QVERIFY(!m_doc->database().inTransaction());
    QCOMPARE(m_doc->search(u"gone"_s).size(), std::size_t(0));
}

void TestBulkImport::nestedInBulkEdit()
{
    {
        Document::BulkEdit edit(*m_doc);
        m_doc->addEvent(makeEvent(u"outer"_s));
        {
            BulkImport bulk(*m_doc, 1000000); // inside a transaction: a savepoint, indexes kept
            bulk.addEvent(makeEvent(u"inner"_s));
            bulk.commit();
        }
        edit.commit();
    }
    QCOMPARE(m_doc->info().events, 2);
    QCOMPARE(m_doc->search(u"inner"_s).size(), std::size_t(1));
}

void TestBulkImport::readOnlyRefused()
{
    const QString path = m_doc->path();
    m_doc.reset();
    QString error;
    m_doc = Document::open(path, OpenMode::ReadOnly, &error);
    QVERIFY2(m_doc, qPrintable(error));
    QVERIFY_THROWS_EXCEPTION(StoreError, [this] { BulkImport bulk(*m_doc); }());
}

// Foreign keys are off during the bulk phase; BulkImport checks references itself, as they would.
void TestBulkImport::danglingReferenceRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("event place") << u"place"_s;
    QTest::newRow("event actor") << u"actor"_s;
    QTest::newRow("quote speaker") << u"speaker"_s;
    QTest::newRow("quote source") << u"source"_s;
    QTest::newRow("quote event") << u"quote event"_s;
    QTest::newRow("relation") << u"relation"_s;
    QTest::newRow("none (control)") << QString();
}

void TestBulkImport::danglingReferenceRefused()
{
    QFETCH(QString, what);
    const qint64 revision = m_doc->revision();
    bool threw = false;
    try {
        BulkImport bulk(*m_doc, 100000); // large: indexes dropped, settings changed
        Actor actor;
        actor.label = u"A"_s;
        const ActorId a = bulk.addActor(actor);
        Place place;
        place.name = u"P"_s;
        const PlaceId p = bulk.addPlace(place);
        Source source;
        source.title = u"S"_s;
        const SourceId s = bulk.addSource(source);
        Event e = makeEvent(u"e"_s);
        e.place = what == u"place" ? PlaceId(p.value + 100) : p;
        e.actors = {{what == u"actor" ? ActorId(a.value + 100) : a, ActorRole::Initiator}};
        const EventId id = bulk.addEvent(e);
        const EventId other = bulk.addEvent(makeEvent(u"f"_s));
        Quote q;
        q.text = u"q"_s;
        q.speaker = what == u"speaker" ? ActorId(a.value + 100) : a;
        q.source = what == u"source" ? SourceId(s.value + 100) : s;
        q.events = {what == u"quote event" ? EventId(id.value + 100) : id};
        bulk.addQuote(q);
        Relation r;
        r.from = id;
        r.to = what == u"relation" ? EventId(other.value + 100) : other;
        bulk.addRelation(r);
        bulk.commit();
    } catch (const StoreError &) {
        threw = true;
    }
    QCOMPARE(threw, !what.isEmpty());
    QCOMPARE(m_doc->info().events, what.isEmpty() ? 2 : 0);
    QCOMPARE(m_doc->revision() == revision, !what.isEmpty());
    Statement check = m_doc->database().prepare("PRAGMA foreign_key_check");
    QVERIFY(!check.step());
}

// The bulk phase's connection settings are back as they were after a commit and after a rollback.
void TestBulkImport::settingsRestored()
{
    Database &db = m_doc->database();
    const std::int64_t cache = db.pragma("cache_size"), temp = db.pragma("temp_store"),
                       threads = db.pragma("threads"), autoCheckpoint = db.pragma("wal_autocheckpoint");
    QVERIFY(autoCheckpoint > 0);
    QCOMPARE(db.pragma("foreign_keys"), 1);
    for (bool commit : {true, false}) {
        {
            BulkImport bulk(*m_doc, 100000);
            QCOMPARE(db.pragma("foreign_keys"), 0);
            QVERIFY(db.pragma("cache_size") != cache);
            bulk.addEvent(makeEvent(u"x"_s));
            if (commit)
                bulk.commit();
        }
        QCOMPARE(db.pragma("foreign_keys"), 1);
        QCOMPARE(db.pragma("cache_size"), cache);
        QCOMPARE(db.pragma("temp_store"), temp);
        QCOMPARE(db.pragma("threads"), threads);
        QCOMPARE(db.pragma("wal_autocheckpoint"), autoCheckpoint);
    }
}

// The commit leaves the import's pages in the write-ahead log; BackgroundCheckpoint copies them
// into the file on another connection, and the document reads the same before and after.
void TestBulkImport::checkpointAfterTheCommit()
{
    {
        BulkImport bulk(*m_doc, 5000);
        for (int i = 0; i < 5000; ++i)
            bulk.addEvent(makeEvent(u"checkpointed %1"_s.arg(i)));
        bulk.commit();
    }
    const QString path = m_doc->database().path();
    const qint64 before = QFileInfo(path).size();
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 1000 * 1024); // the pages are in the log
    {
        const BackgroundCheckpoint checkpoint(*m_doc);
        QCOMPARE(m_doc->search(u"checkpointed"_s, 10000).size(), std::size_t(5000)); // reads go on meanwhile
    }
    QVERIFY2(QFileInfo(path).size() > before + 1000 * 1024, qPrintable(QString::number(QFileInfo(path).size())));
    QCOMPARE(m_doc->search(u"checkpointed"_s, 10000).size(), std::size_t(5000));
    Statement check = m_doc->database().prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), u"ok"_s);
}

// A large import into a document this object created and that has no content is written with a
// rollback journal (each page once, no checkpoint); every other document stays in WAL mode, so
// that a cancelled import leaves its file byte-identical. Afterwards the file is in WAL mode again.
void TestBulkImport::journalOfANewDocument_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("modeDuring");
    QTest::newRow("created here, empty, large import") << u"created"_s << 100000 << u"delete"_s;
    QTest::newRow("created here, small import") << u"created"_s << 1000 << u"wal"_s;
    QTest::newRow("created here with an event") << u"has an event"_s << 100000 << u"wal"_s;
    QTest::newRow("opened from its file") << u"opened"_s << 100000 << u"wal"_s;
    QTest::newRow("another connection has it open") << u"shared"_s << 100000 << u"wal"_s;
}

void TestBulkImport::journalOfANewDocument()
{
    QFETCH(QString, document);
    QFETCH(int, expected);
    QFETCH(QString, modeDuring);
    const QString path = m_doc->path();
    QString error;
    std::unique_ptr<Document> other;
    if (document == u"has an event")
        m_doc->addEvent(makeEvent(u"kept"_s));
    if (document == u"opened") {
        m_doc.reset();
        m_doc = Document::open(path, OpenMode::ReadWrite, &error);
    } else if (document == u"shared") {
        other = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(other->info().events, 0);
    }
    QVERIFY2(m_doc, qPrintable(error));
    const qint64 eventsBefore = m_doc->info().events;
    const std::int64_t busyTimeout = m_doc->database().pragma("busy_timeout");
    for (bool commit : {false, true}) {
        QString during;
        {
            BulkImport bulk(*m_doc, expected);
            for (int i = 0; i < 300; ++i)
                bulk.addEvent(makeEvent(u"journalled %1"_s.arg(i)));
            during = journalMode(*m_doc);
            if (commit)
                bulk.commit();
        }
        QCOMPARE(during, modeDuring);
        QCOMPARE(journalMode(*m_doc), u"wal"_s);
        QCOMPARE(m_doc->database().pragma("busy_timeout"), busyTimeout);
        QVERIFY(!QFile::exists(path + u"-journal"_s));
        QCOMPARE(m_doc->info().events, eventsBefore + (commit ? 300 : 0));
    }
    other.reset();
    m_doc.reset();
    m_doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(m_doc, qPrintable(error));
    QCOMPARE(journalMode(*m_doc), u"wal"_s);
    QCOMPARE(m_doc->search(u"journalled"_s, 1000).size(), std::size_t(300));
    Statement check = m_doc->database().prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestBulkImport)
#include "tst_bulkimport.moc"
