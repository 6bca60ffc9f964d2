// Crafted .dateline files: each starts as a valid document and is then altered the way another
// program (or an attacker) could, with the sqlite3 C API or on the raw bytes. Each is refused with
// a plain message that names the file, leaving it byte for byte as it was, or opens with what it
// holds; nothing stored in the file runs (a trigger or view that would write to a canary table
// never does), and a time index snapshot made stale by another program is rebuilt.
#include "core/index/indexbuilder.h"
#include "core/index/timeindex.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A real document: events with actors and tags, and a stored index snapshot.
void makeDocument(const QString &path, int events = 300)
{
    QString error;
    auto doc = Document::create(path, &error);
    if (!doc)
        qFatal("create failed: %s", qPrintable(error));
    {
        Document::BulkEdit bulk(*doc);
        Actor actor;
        actor.label = u"Russia"_s;
        const ActorId a = doc->addActor(actor);
        actor.label = u"United States"_s;
        const ActorId b = doc->addActor(actor);
        const PlaceId moscow = doc->addPlace({PlaceId(), u"Moscow"_s, u"RUS"_s, 55.75, 37.62});
        EventId first;
        for (int i = 0; i < events; ++i) {
            Event e;
            e.title = u"Event %1"_s.arg(i);
            e.date = FuzzyDate::fromEdtf(u"20%1-03-%2"_s.arg(10 + i % 12).arg(1 + i % 28, 2, 10, QLatin1Char('0')));
            e.actors = {{i % 2 ? a : b, ActorRole::Participant}};
            e.tags = {u"t%1"_s.arg(i % 3)};
            if (i % 5 == 0)
                e.place = moscow;
            const EventId id = doc->addEvent(e);
            if (i == 0)
                first = id;
        }
        const SourceId source = doc->addSource({SourceId(), u"Transcript"_s, {}, {}, {}, {}, {}, QLatin1Char('B')});
        doc->addQuote({QuoteId(), u"We will meet again"_s, a, source, {}, 2, {first}});
        bulk.commit();
    }
    TimeIndex::load(*doc, LaneGrouping::Actor); // stores the snapshot
}

// Another program's connection: plain SQLite, none of our settings (triggers would run here).
void otherProgram(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

qint64 canaryRows(const QString &path)
{
    Database db(path, Database::Access::ReadOnly);
    Statement s = db.prepare("SELECT count(*) FROM canary");
    return s.step() ? s.int64(0) : -1;
}

// What no message for people should contain.
bool hasJargon(const QString &message)
{
    for (const char *word : {"SQLITE", "sqlite3", "malformed", "disk image", "btree", "Page ", "syntax error",
                             "no such", "constraint", "***"}) {
        if (message.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

void truncateTo(const QString &path, qint64 size)
{
    QVERIFY(QFile::resize(path, size));
}

} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT
private slots:
    void refused_data();
    void refused();
    void hugeRows();
    void hugeSnapshot();
    void changedByAnotherProgram_data();
    void changedByAnotherProgram();

private:
    QTemporaryDir m_dir;
};

void TestHostileFiles::refused_data()
{
    QTest::addColumn<QByteArray>("sql"); // run by "another program" on a valid document
    QTest::addColumn<QString>("bytes");  // or: what happens to the bytes
    QTest::addColumn<QString>("expected");
    const QByteArray canary = "CREATE TABLE canary(x);";
    QTest::newRow("trigger on events") << canary + "CREATE TRIGGER t AFTER UPDATE ON events BEGIN INSERT INTO canary VALUES (1); END"
                                       << QString() << u"trigger \"t\""_s;
    QTest::newRow("trigger on meta (our revision bump)")
        << canary + "CREATE TRIGGER m BEFORE UPDATE ON meta BEGIN INSERT INTO canary VALUES (1); END" << QString()
        << u"trigger \"m\""_s;
    QTest::newRow("our trigger rewritten")
        << canary + "DROP TRIGGER quote_events_ai; CREATE TRIGGER quote_events_ai AFTER INSERT ON quote_events BEGIN "
                    "INSERT INTO canary VALUES (1); END"
        << QString() << u"trigger \"quote_events_ai\""_s;
    QTest::newRow("a counting trigger dropped")
        << canary + "DROP TRIGGER index_inputs_events_au" << QString() << u"trigger \"index_inputs_events_au\""_s;
    QTest::newRow("view") << canary + "CREATE VIEW v AS SELECT title FROM events" << QString() << u"view \"v\""_s;
    QTest::newRow("fts5 table") << canary + "CREATE VIRTUAL TABLE extra USING fts5(x)" << QString()
                                << u"virtual table \"extra\""_s;
    QTest::newRow("rtree table") << canary + "CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1)" << QString()
                                 << u"virtual table \"boxes\""_s;
    QTest::newRow("our full-text table redefined")
        << canary + "DROP TABLE search_fts; CREATE VIRTUAL TABLE search_fts USING fts5(title, body, names, "
                    "content='journal', content_rowid='seq')"
        << QString() << u"virtual table \"search_fts\""_s;
    QTest::newRow("newer schema") << canary + "PRAGMA user_version = 99" << QString() << u"newer version"_s;
    QTest::newRow("wrong application_id") << canary + "PRAGMA application_id = 1234" << QString()
                                          << u"not a Dateline document"_s;
    QTest::newRow("no application row") << canary + "DELETE FROM meta WHERE key = 'application'" << QString()
                                        << u"damaged"_s;
    QTest::newRow("truncated to half") << canary << u"half"_s << u"damaged"_s;
    QTest::newRow("truncated inside a page") << canary << u"page"_s << u"damaged"_s;
    QTest::newRow("a page of zeros") << canary << u"zeros"_s << u"damaged"_s;
    QTest::newRow("not SQLite at all") << QByteArray() << u"text"_s << u"not a Dateline document"_s;
    QTest::newRow("empty file") << QByteArray() << u"empty"_s << u"not a Dateline document"_s;
}

void TestHostileFiles::refused()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, bytes);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".dateline"_s);
    makeDocument(path);
    if (!sql.isEmpty())
        otherProgram(path, sql);
    const qint64 size = QFileInfo(path).size();
    if (bytes == u"half") {
        truncateTo(path, size / 2);
    } else if (bytes == u"page") {
        truncateTo(path, size - 1000);
    } else if (bytes == u"zeros") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(size / 2 / 4096 * 4096));
        file.write(QByteArray(4096, '\0'));
    } else if (bytes == u"text" || bytes == u"empty") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (bytes == u"text")
            file.write("<html><body>Not a timeline</body></html>\n");
    }
    const QByteArray before = hashOf(path);
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        QString error;
        auto doc = Document::open(path, mode, &error);
        QVERIFY2(!doc, "a crafted file was opened");
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(!hasJargon(error), qPrintable(error));
    }
    QCOMPARE(hashOf(path), before);
    if (!sql.isEmpty() && bytes.isEmpty())
        QCOMPARE(canaryRows(path), 0);
}

// A 50 MB title and a 50 MB description blob: the document opens, lists and indexes its events
// without reading them, and gives the text back whole when asked.
void TestHostileFiles::hugeRows()
{
    const QString path = m_dir.filePath(u"huge.dateline"_s);
    makeDocument(path, 20);
    otherProgram(path, "UPDATE events SET title = hex(zeroblob(25000000)) WHERE id = 3;"
                       "UPDATE events SET description = zeroblob(50000000) WHERE id = 4;");
    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->info().events, 20);
    const TimeIndex index = TimeIndex::load(*doc, LaneGrouping::Actor);
    QCOMPARE(index.eventCount(), 20u);
    QCOMPARE(doc->event(EventId(3))->title.size(), qsizetype(50000000));
    const std::vector<EventListRow> rows = doc->eventListRows({EventId(3), EventId(4)});
    QCOMPARE(rows.size(), size_t(2));
    QVERIFY(!doc->search(u"Event"_s).empty());
}

// A snapshot row replaced by 20 MB of garbage: rejected by the reader, rebuilt, stored again.
void TestHostileFiles::hugeSnapshot()
{
    const QString path = m_dir.filePath(u"snapshot.dateline"_s);
    makeDocument(path);
    otherProgram(path, "UPDATE index_snapshots SET data = randomblob(20000000)");
    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    const QByteArray fresh = IndexBuilder::fromDocument(*doc, LaneGrouping::Actor).serialize();
    QCOMPARE(TimeIndex::load(*doc, LaneGrouping::Actor).serialize(), fresh);
    QCOMPARE(doc->snapshot(TimeIndex::snapshotKey(LaneGrouping::Actor)).value_or(QByteArray()), fresh);
}

void TestHostileFiles::changedByAnotherProgram_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<bool>("stale");
    QTest::newRow("nothing changed") << QByteArray("SELECT 1") << false;
    QTest::newRow("only a title changed") << QByteArray("UPDATE events SET title = 'x' WHERE id = 5") << false;
    QTest::newRow("only a description changed") << QByteArray("UPDATE events SET description = 'x' WHERE id = 5") << false;
    QTest::newRow("a source renamed") << QByteArray("UPDATE sources SET title = 'x'") << false;
    QTest::newRow("status changed in place") << QByteArray("UPDATE events SET status = 3 WHERE id = 4") << true;
    QTest::newRow("importance changed in place") << QByteArray("UPDATE events SET importance = 99 WHERE id = 4") << true;
    QTest::newRow("a place's country changed") << QByteArray("UPDATE places SET country = 'FRA'") << true;
    QTest::newRow("a source regraded") << QByteArray("UPDATE sources SET reliability = 'E'") << true;
    QTest::newRow("dates moved") << QByteArray("UPDATE events SET start_min = start_min + 86400 * 400, "
                                               "start_max = start_max + 86400 * 400, end_min = end_min + 86400 * 400, "
                                               "end_max = end_max + 86400 * 400 WHERE id % 3 = 0")
                                 << true;
    QTest::newRow("one start moved by a second") << QByteArray("UPDATE events SET start_min = start_min - 1 WHERE id = 7")
                                                 << true;
    QTest::newRow("two events swap dates")
        << QByteArray("UPDATE events SET start_min = (SELECT start_min FROM events WHERE id = 2), "
                      "start_max = (SELECT start_max FROM events WHERE id = 2), end_min = (SELECT end_min FROM events WHERE id = 2), "
                      "end_max = (SELECT end_max FROM events WHERE id = 2) WHERE id = 1; "
                      "UPDATE events SET start_min = start_min + 86400 * 40, start_max = start_max + 86400 * 40, "
                      "end_min = end_min + 86400 * 40, end_max = end_max + 86400 * 40 WHERE id = 2")
        << true;
    QTest::newRow("event deleted") << QByteArray("DELETE FROM events WHERE id = 10") << true;
    QTest::newRow("event inserted") << QByteArray("INSERT INTO events(title, start_min, start_max, end_min, end_max, "
                                                  "span_class, created, updated) SELECT 'new', start_min, start_max, end_min, "
                                                  "end_max, span_class, created, updated FROM events WHERE id = 1")
                                    << true;
    QTest::newRow("actor link added")
        << QByteArray("INSERT INTO event_actors(event_id, position, actor_id, role) VALUES (11, 1, 2, 2)") << true;
    QTest::newRow("tag removed") << QByteArray("DELETE FROM event_tags WHERE event_id = 12") << true;
    QTest::newRow("actor given a country") << QByteArray("UPDATE actors SET country = 'RUS' WHERE id = 1") << true;
    QTest::newRow("actor renamed") << QByteArray("UPDATE actors SET label = 'Russian Federation' WHERE id = 1") << true;
}

// The revision is ours: another program's write does not bump it. The index inputs counter, kept by
// SQLite triggers whichever program writes, catches it, and the index is rebuilt from the file as
// it is now. Changes to what no index draws (titles, descriptions, source titles) keep the snapshot.
void TestHostileFiles::changedByAnotherProgram()
{
    QFETCH(QByteArray, sql);
    QFETCH(bool, stale);
    const QString path = m_dir.filePath(u"changed-%1.dateline"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    makeDocument(path);
    otherProgram(path, sql);
    const QString key = TimeIndex::snapshotKey(LaneGrouping::Actor);
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        QString error;
        auto doc = Document::open(path, mode, &error);
        QVERIFY2(doc, qPrintable(error));
        const QByteArray fresh = IndexBuilder::fromDocument(*doc, LaneGrouping::Actor).serialize();
        const std::optional<QByteArray> stored = doc->snapshot(key);
        QCOMPARE(stored.has_value(), !stale);
        if (stored)
            QCOMPARE(*stored, fresh);
        QCOMPARE(TimeIndex::load(*doc, LaneGrouping::Actor).serialize(), fresh);
    }
    // Opened writable, the rebuilt index was stored: the next open uses it.
    QString error;
    auto doc = Document::open(path, OpenMode::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->snapshot(key).value_or(QByteArray()), IndexBuilder::fromDocument(*doc, LaneGrouping::Actor).serialize());
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
