// The revision counter, the index snapshot cache and the real v1 -> v2 migration.
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"
#include "core/store/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

Event makeEvent(const QString &title, const QString &edtf = u"2008-03-17"_s)
{
    Event e;
    e.title = title;
    e.date = FuzzyDate::fromEdtf(edtf);
    return e;
}

// A real v1 file, as v1 code wrote it: one event linked to one actor.
QString makeVersion(const QTemporaryDir &dir, const QString &name, int version)
{
    const QString path = dir.filePath(name);
    Database db(path, Database::Access::Create);
    Transaction transaction(db);
    schema::createVersion(db, version);
    db.exec("INSERT INTO actors(id, label, country) VALUES (7, 'Lavrov', 'RUS');"
            "INSERT INTO events(id, title, date_edtf, start_min, start_max, end_min, end_max, span_class, created, "
            "updated) VALUES (3, 'kept', '2008-03-17', 1205712000, 1205712000, 1205798400, 1205798400, 17, '', '');"
            "INSERT INTO event_actors(event_id, position, actor_id, role) VALUES (3, 0, 7, 2)");
    transaction.commit();
    return path;
}

QString makeV1(const QTemporaryDir &dir, const QString &name)
{
    return makeVersion(dir, name, 1);
}

} // namespace

class TestStoreSnapshot : public QObject {
    Q_OBJECT
private slots:
    void init();
    void editsBumpRevision_data();
    void editsBumpRevision();
    void failedEditKeepsRevision();
    void bulkEditBumpsOnce();
    void snapshotRoundTrip();
    void editInvalidatesSnapshot();
    void staleSnapshotsDropped();
    void revisionPersists();
    void readOnlyStoresNothing();
    void migrateV1ToCurrent();
    void readOnlyV1OpensWithoutWriting();
    void v6SnapshotsNotTrusted();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    EventId m_event;
    ActorId m_actor;
};

void TestStoreSnapshot::init()
{
    m_doc = Document::createInMemory();
    m_actor = m_doc->addActor(Actor{ActorId(), u"Rice"_s, ActorKind::Person, u"USA"_s, {}, {}});
    m_event = m_doc->addEvent(makeEvent(u"2+2"_s));
}

void TestStoreSnapshot::editsBumpRevision_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit : {"addEvent", "updateEvent", "removeEvent", "addActor", "updateActor", "removeActor",
                             "addQuote", "linkActor", "tagEvent", "setTitle", "addRelation"})
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestStoreSnapshot::editsBumpRevision()
{
    QFETCH(QString, edit);
    const qint64 before = m_doc->revision();
    QVERIFY(before > 0);
    Event e = *m_doc->event(m_event);
    if (edit == u"addEvent") {
        m_doc->addEvent(makeEvent(u"Sochi"_s, u"2008-04-06"_s));
    } else if (edit == u"updateEvent") {
        e.date = FuzzyDate::fromEdtf(u"2008-03-18"_s);
        m_doc->updateEvent(e);
    } else if (edit == u"removeEvent") {
        m_doc->removeEvent(m_event);
    } else if (edit == u"addActor") {
        m_doc->addActor(Actor{ActorId(), u"Lavrov"_s, ActorKind::Person, u"RUS"_s, {}, {}});
    } else if (edit == u"updateActor") {
        Actor a = *m_doc->actor(m_actor);
        a.country = u"RUS"_s; // country lanes depend on it
        m_doc->updateActor(a);
    } else if (edit == u"removeActor") {
        m_doc->removeActor(m_actor);
    } else if (edit == u"addQuote") {
        Quote q;
        q.text = u"We agreed"_s;
        q.events = {m_event}; // quote counts are in the index
        m_doc->addQuote(q);
    } else if (edit == u"linkActor") {
        e.actors = {ActorLink{m_actor, ActorRole::Host}};
        m_doc->updateEvent(e);
    } else if (edit == u"tagEvent") {
        e.tags = QStringList{u"missile defence"_s};
        m_doc->updateEvent(e);
    } else if (edit == u"setTitle") {
        m_doc->setTitle(u"Moscow 2+2"_s);
    } else if (edit == u"addRelation") {
        const EventId other = m_doc->addEvent(makeEvent(u"Sochi"_s, u"2008-04-06"_s));
        m_doc->addRelation(Relation{RelationId(), other, m_event, RelationKind::FollowUpOf});
    }
    QVERIFY2(m_doc->revision() > before, qPrintable(edit));
}

void TestStoreSnapshot::failedEditKeepsRevision()
{
    const qint64 before = m_doc->revision();
    Event missing = makeEvent(u"nowhere"_s);
    missing.id = EventId(999);
    QVERIFY_THROWS_EXCEPTION(StoreError, m_doc->updateEvent(missing));
    {
        Document::BulkEdit bulk(*m_doc);
        m_doc->addEvent(makeEvent(u"rolled back"_s));
    } // not committed
    QCOMPARE(m_doc->revision(), before);
    QCOMPARE(m_doc->info().events, 1);
}

void TestStoreSnapshot::bulkEditBumpsOnce()
{
    const qint64 before = m_doc->revision();
    Document::BulkEdit bulk(*m_doc);
    for (int i = 0; i < 100; ++i)
        m_doc->addEvent(makeEvent(u"bulk %1"_s.arg(i)));
    QCOMPARE(m_doc->revision(), before); // not yet committed
    bulk.commit();
    QCOMPARE(m_doc->revision(), before + 1);
}

void TestStoreSnapshot::snapshotRoundTrip()
{
    QVERIFY(!m_doc->snapshot(u"timeindex/actor"_s));
    const qint64 revision = m_doc->revision();
    QByteArray data(100000, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 7);
    m_doc->storeSnapshot(u"timeindex/actor"_s, data);
    QCOMPARE(m_doc->revision(), revision); // a cache write is not an edit
    QCOMPARE(m_doc->snapshot(u"timeindex/actor"_s), std::optional<QByteArray>(data));
    QVERIFY(!m_doc->snapshot(u"timeindex/tag"_s));
    m_doc->storeSnapshot(u"timeindex/actor"_s, QByteArray("replaced"));
    QCOMPARE(m_doc->snapshot(u"timeindex/actor"_s), std::optional<QByteArray>("replaced"));
    m_doc->storeSnapshot(u"empty"_s, QByteArray());
    QCOMPARE(m_doc->snapshot(u"empty"_s), std::optional<QByteArray>(QByteArray()));
}

void TestStoreSnapshot::editInvalidatesSnapshot()
{
    m_doc->storeSnapshot(u"timeindex/none"_s, QByteArray("index"));
    QVERIFY(m_doc->snapshot(u"timeindex/none"_s));
    m_doc->addEvent(makeEvent(u"later"_s));
    QVERIFY(!m_doc->snapshot(u"timeindex/none"_s));
}

void TestStoreSnapshot::staleSnapshotsDropped()
{
    m_doc->storeSnapshot(u"a"_s, QByteArray(1000, 'a'));
    m_doc->setTitle(u"edit"_s);
    m_doc->storeSnapshot(u"b"_s, QByteArray("b"));
    Statement s = m_doc->database().prepare("SELECT group_concat(key) FROM index_snapshots");
    QVERIFY(s.step());
    QCOMPARE(s.text(0), u"b"_s);
}

void TestStoreSnapshot::revisionPersists()
{
    const QString path = m_dir.filePath(u"persist.dateline"_s);
    qint64 revision = 0;
    {
        QString error;
        auto doc = Document::create(path, &error);
        QVERIFY2(doc, qPrintable(error));
        doc->addEvent(makeEvent(u"one"_s));
        doc->addEvent(makeEvent(u"two"_s));
        revision = doc->revision();
        doc->storeSnapshot(u"k"_s, QByteArray("v"));
    }
    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->revision(), revision);
    QCOMPARE(doc->snapshot(u"k"_s), std::optional<QByteArray>("v"));
}

void TestStoreSnapshot::readOnlyStoresNothing()
{
    const QString path = m_dir.filePath(u"ro.dateline"_s);
    {
        QString error;
        auto doc = Document::create(path, &error);
        QVERIFY2(doc, qPrintable(error));
        doc->addEvent(makeEvent(u"one"_s));
        doc->storeSnapshot(u"kept"_s, QByteArray("old"));
    }
    const QByteArray before = hashOf(path);
    {
        QString error;
        auto doc = Document::open(path, OpenMode::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->snapshot(u"kept"_s), std::optional<QByteArray>("old"));
        doc->storeSnapshot(u"new"_s, QByteArray("x")); // silently nothing
        QVERIFY(!doc->snapshot(u"new"_s));
    }
    QCOMPARE(hashOf(path), before);
}

void TestStoreSnapshot::migrateV1ToCurrent()
{
    const QString path = makeV1(m_dir, u"v1-rw.dateline"_s);
    {
        QString error;
        auto doc = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->info().schemaVersion, schema::kCurrentVersion);
        QVERIFY(doc->hasJournal());
        const std::optional<Event> e = doc->event(EventId(3));
        QVERIFY(e);
        QCOMPARE(e->title, u"kept"_s);
        QCOMPARE(e->actors.size(), size_t(1));
        QCOMPARE(doc->actor(ActorId(7))->country, u"RUS"_s);
        const qint64 revision = doc->revision();
        doc->storeSnapshot(u"k"_s, QByteArray("v"));
        QCOMPARE(doc->snapshot(u"k"_s), std::optional<QByteArray>("v"));
        doc->addEvent(makeEvent(u"new"_s));
        QCOMPARE(doc->revision(), revision + 1);
    }
    Database db(path, Database::Access::ReadOnly);
    QCOMPARE(db.pragma("user_version"), std::int64_t(schema::kCurrentVersion));
    QVERIFY(schema::check(db).problem == schema::Problem::None); // same layout as a new file
}

void TestStoreSnapshot::readOnlyV1OpensWithoutWriting()
{
    const QString path = makeV1(m_dir, u"v1-ro.dateline"_s);
    const QByteArray before = hashOf(path);
    {
        QString error;
        auto doc = Document::open(path, OpenMode::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->info().schemaVersion, 1);
        QCOMPARE(doc->event(EventId(3))->title, u"kept"_s);
        QCOMPARE(doc->revision(), 0);
        QVERIFY(!doc->snapshot(u"k"_s));
        doc->storeSnapshot(u"k"_s, QByteArray("v"));
    }
    QCOMPARE(hashOf(path), before);
}

// Schema 6 recorded a checksum with its snapshots; 7 counts writes in triggers. A v6 snapshot is
// never read: read-only, the file has no counter (its index is built at every open); upgraded, the
// counter starts now and the old record is gone, so the index is built once and stored again.
void TestStoreSnapshot::v6SnapshotsNotTrusted()
{
    const QString path = makeVersion(m_dir, u"v6.dateline"_s, 6);
    {
        Database db(path, Database::Access::ReadWrite);
        db.exec("INSERT INTO index_snapshots(key, revision, data) VALUES ('k', 0, 'old');"
                "INSERT INTO meta(key, value) VALUES ('snapshot_fingerprint', '0 1:2;')");
    }
    {
        QString error;
        auto doc = Document::open(path, OpenMode::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->info().schemaVersion, 6);
        QVERIFY(!doc->snapshot(u"k"_s));
    }
    QString error;
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->info().schemaVersion, schema::kCurrentVersion);
    QVERIFY(!doc->snapshot(u"k"_s));
    Statement old = doc->database().prepare("SELECT count(*) FROM meta WHERE key = 'snapshot_fingerprint'");
    QVERIFY(old.step());
    QCOMPARE(old.int64(0), 0);
    doc->storeSnapshot(u"k"_s, QByteArray("new"));
    QCOMPARE(doc->snapshot(u"k"_s), std::optional<QByteArray>("new"));
}

QTEST_GUILESS_MAIN(TestStoreSnapshot)
#include "tst_storesnapshot.moc"
