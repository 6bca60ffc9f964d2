// CRUD round trips for every entity and link, cascades, stamps, read-only refusal of writes.
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/schema.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

FuzzyDate date(const char *edtf)
{
    QString error;
    FuzzyDate d = FuzzyDate::fromEdtf(QString::fromLatin1(edtf), &error);
    if (!d.isValid())
        qFatal("bad test date %s: %s", edtf, qPrintable(error));
    return d;
}

} // namespace

class TestStoreCrud : public QObject {
    Q_OBJECT
private slots:
    void eventRoundTrip_data();
    void eventRoundTrip();
    void eventUpdate();
    void eventKeepsGivenId();
    void entitiesRoundTrip();
    void quotesAndRelations();
    void cascadeOnDelete();
    void bulkEditRollsBack();
    void failedEditInsideBulkUndoesOnlyItself();
    void constraintsReject_data();
    void constraintsReject();
    void fileRoundTrip();
    void sourcesMatching_data();
    void statementRebindsAfterItsLastRow();
    void interruptStopsARunningStatement();
    void sourcesMatching();
};

void TestStoreCrud::eventRoundTrip_data()
{
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("cameo");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("day") << u"2008-03-17"_s << u"2+2 talks"_s << u"042"_s << 0 << QStringList{u"missile defence"_s};
    QTest::newRow("interval") << u"2008-03-17/2008-03-18"_s << u"Moscow"_s << u"0421"_s << 1
                              << QStringList{u"b"_s, u"a"_s};
    QTest::newRow("open start") << u"../2008-03-26"_s << u"Invitation"_s << QString() << 2 << QStringList{};
    QTest::newRow("month uncertain") << u"2008-03?"_s << u"Unicode \u00e9\u4e2d"_s << u"190"_s << 4 << QStringList{};
    QTest::newRow("deep time") << u"-0099"_s << QString() << QString() << 3 << QStringList{};
    QTest::newRow("undated") << QString() << u"no date"_s << QString() << 0 << QStringList{};
}

void TestStoreCrud::eventRoundTrip()
{
    QFETCH(QString, edtf);
    QFETCH(QString, title);
    QFETCH(QString, cameo);
    QFETCH(int, status);
    QFETCH(QStringList, tags);
    auto doc = Document::createInMemory();
    Actor rice;
    rice.label = u"Condoleezza Rice"_s;
    const ActorId riceId = doc->addActor(rice);
    Actor lavrov;
    lavrov.label = u"Sergei Lavrov"_s;
    const ActorId lavrovId = doc->addActor(lavrov);
    Place moscow;
    moscow.name = u"Moscow"_s;
    const PlaceId moscowId = doc->addPlace(moscow);

    Event e;
    e.title = title;
    e.description = u"Long text"_s;
    if (!edtf.isEmpty())
        e.date = FuzzyDate::fromEdtf(edtf);
    e.status = EventStatus(status);
    e.cameoCode = cameo;
    e.place = moscowId;
    e.importance = 77;
    e.tags = tags;
    e.sortKey = -5;
    e.actors = {{riceId, ActorRole::Visitor}, {lavrovId, ActorRole::Host}};
    const EventId id = doc->addEvent(e);
    QVERIFY(id.isValid());

    const auto back = doc->event(id);
    QVERIFY(back.has_value());
    QCOMPARE(back->title, title.isNull() ? QString(u""_s) : title);
    QCOMPARE(back->description, e.description);
    QCOMPARE(back->date.isValid(), !edtf.isEmpty());
    if (!edtf.isEmpty()) {
        QCOMPARE(back->date.toEdtf(), e.date.toEdtf());
        QVERIFY(back->date.bounds() == e.date.bounds());
    }
    QCOMPARE(int(back->status), status);
    QCOMPARE(back->cameoCode, cameo);
    QCOMPARE(back->place, moscowId);
    QCOMPARE(back->importance, 77);
    QCOMPARE(back->tags, tags);
    QCOMPARE(back->sortKey, std::int64_t(-5));
    QVERIFY(back->actors == e.actors);
    QVERIFY(back->created.isValid());
    QCOMPARE(back->created.timeSpec(), Qt::UTC);
    QCOMPARE(back->updated, back->created);
    QVERIFY(qAbs(back->created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(doc->events().size(), size_t(1));
    QCOMPARE(doc->info().events, 1);

    QCOMPARE(doc->actorLinks().size(), size_t(2));
    QCOMPARE(doc->eventTags().size(), size_t(tags.size()));
    int spans = 0;
    doc->forEachEventSpan([&](const EventSpan &span) {
        ++spans;
        QCOMPARE(span.id, id);
        QVERIFY(span.bounds == e.date.bounds());
        QCOMPARE(span.importance, std::uint8_t(77));
        QCOMPARE(int(span.status), status);
        QCOMPARE(span.sortKey, std::int64_t(-5));
    });
    QCOMPARE(spans, edtf.isEmpty() ? 0 : 1); // undated events have no span
}

void TestStoreCrud::eventUpdate()
{
    auto doc = Document::createInMemory();
    Event e;
    e.title = u"Before"_s;
    e.date = date("2008-03-17");
    e.tags = {u"x"_s, u"y"_s};
    e.created = QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    e.updated = e.created;
    e.id = doc->addEvent(e);
    QCOMPARE(doc->event(e.id)->created, e.created); // a given stamp is kept (lossless import)
    QCOMPARE(doc->event(e.id)->updated, e.created);

    e.title = u"After"_s;
    e.date = date("2008-04-06");
    e.tags = {u"z"_s};
    e.created = {};
    doc->updateEvent(e);
    const Event back = *doc->event(e.id);
    QCOMPARE(back.title, u"After"_s);
    QCOMPARE(back.date.toEdtf(), u"2008-04-06"_s);
    QCOMPARE(back.tags, QStringList{u"z"_s});
    QCOMPARE(back.created, QDateTime(QDate(2001, 2, 3), QTime(4, 5, 6, 789), Qt::UTC));
    QVERIFY(back.updated > back.created); // refreshed on update

    Event missing = e;
    missing.id = EventId(999);
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->updateEvent(missing));
}

void TestStoreCrud::eventKeepsGivenId()
{
    auto doc = Document::createInMemory();
    Event e;
    e.title = u"forty-two"_s;
    e.id = EventId(42);
    QCOMPARE(doc->addEvent(e), EventId(42));
    e.id = EventId();
    QCOMPARE(doc->addEvent(e), EventId(43));
    e.id = EventId(42);
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->addEvent(e)); // duplicate id
    QCOMPARE(doc->info().events, 2);
}

void TestStoreCrud::entitiesRoundTrip()
{
    auto doc = Document::createInMemory();
    Actor a;
    a.label = u"Vladimir Putin"_s;
    a.kind = ActorKind::Person;
    a.country = u"RUS"_s;
    a.cameoCode = u"RUSGOV"_s;
    a.aliases = {u"Putin"_s, u"\u041f\u0443\u0442\u0438\u043d"_s};
    a.id = doc->addActor(a);
    Actor ab = *doc->actor(a.id);
    QCOMPARE(ab.label, a.label);
    QCOMPARE(ab.kind, a.kind);
    QCOMPARE(ab.country, a.country);
    QCOMPARE(ab.cameoCode, a.cameoCode);
    QCOMPARE(ab.aliases, a.aliases);
    a.aliases.clear();
    a.kind = ActorKind::State;
    doc->updateActor(a);
    QCOMPARE(doc->actor(a.id)->aliases, QStringList());
    QCOMPARE(doc->actor(a.id)->kind, ActorKind::State);

    Place p;
    p.name = u"Sochi"_s;
    p.country = u"RUS"_s;
    p.latitude = 43.6;
    p.longitude = 39.73;
    p.id = doc->addPlace(p);
    Place pb = *doc->place(p.id);
    QCOMPARE(pb.name, p.name);
    QCOMPARE(*pb.latitude, 43.6);
    QCOMPARE(*pb.longitude, 39.73);
    p.latitude.reset();
    doc->updatePlace(p);
    QVERIFY(!doc->place(p.id)->latitude.has_value());

    Source s;
    s.title = u"Rice, Gates in Moscow"_s;
    s.publication = u"Wire"_s;
    s.author = u"A. Reporter"_s;
    s.issued = date("2008-03-27");
    s.url = u"https://example.org/a"_s;
    s.accessed = date("2024-01-02");
    s.reliability = QLatin1Char('B');
    s.id = doc->addSource(s);
    Source sb = *doc->source(s.id);
    QCOMPARE(sb.title, s.title);
    QCOMPARE(sb.publication, s.publication);
    QCOMPARE(sb.author, s.author);
    QVERIFY(sb.issued == s.issued);
    QCOMPARE(sb.url, s.url);
    QVERIFY(sb.accessed == s.accessed);
    QCOMPARE(sb.reliability, QLatin1Char('B'));
    s.accessed = FuzzyDate();
    doc->updateSource(s);
    QVERIFY(!doc->source(s.id)->accessed.isValid());

    Era era;
    era.name = u"Putin's second term"_s;
    era.span = date("2004-05-07/2008-05-07");
    era.color = u"#336699"_s;
    era.id = doc->addEra(era);
    QCOMPARE(doc->eras().size(), size_t(1));
    QCOMPARE(doc->eras().front().name, era.name);
    QVERIFY(doc->eras().front().span == era.span);
    QCOMPARE(doc->eras().front().color, era.color);
    era.name = u"renamed"_s;
    doc->updateEra(era);
    QCOMPARE(doc->eras().front().name, u"renamed"_s);
    doc->removeEra(era.id);
    QVERIFY(doc->eras().empty());

    doc->setTitle(u"March 2008"_s);
    QCOMPARE(doc->title(), u"March 2008"_s);
    const DocumentInfo info = doc->info();
    QCOMPARE(info.actors, 1);
    QCOMPARE(info.places, 1);
    QCOMPARE(info.sources, 1);
    QCOMPARE(info.schemaVersion, schema::kCurrentVersion);
}

void TestStoreCrud::quotesAndRelations()
{
    auto doc = Document::createInMemory();
    Actor lavrov;
    lavrov.label = u"Lavrov"_s;
    lavrov.id = doc->addActor(lavrov);
    Source src;
    src.title = u"Article"_s;
    src.id = doc->addSource(src);
    Event a, b;
    a.title = u"2+2"_s;
    a.date = date("2008-03-17/2008-03-18");
    b.title = u"Sochi"_s;
    b.date = date("2008-04-06");
    a.id = doc->addEvent(a);
    b.id = doc->addEvent(b);

    Quote q;
    q.text = u"We have agreed to continue."_s;
    q.speaker = lavrov.id;
    q.source = src.id;
    q.locator = u"para 4"_s;
    q.credibility = 2;
    q.events = {b.id, a.id};
    q.id = doc->addQuote(q);
    Quote qb = *doc->quote(q.id);
    QCOMPARE(qb.text, q.text);
    QCOMPARE(qb.speaker, lavrov.id);
    QCOMPARE(qb.source, src.id);
    QCOMPARE(qb.locator, q.locator);
    QCOMPARE(qb.credibility, 2);
    QVERIFY(qb.events == q.events);
    QCOMPARE(doc->quotesForEvent(a.id).size(), size_t(1));
    QCOMPARE(doc->quotes().size(), size_t(1));
    int quoteCount = -1;
    doc->forEachEventSpan([&](const EventSpan &s) {
        if (s.id == a.id)
            quoteCount = s.quoteCount;
    });
    QCOMPARE(quoteCount, 1);

    q.events = {b.id};
    doc->updateQuote(q);
    QVERIFY(doc->quotesForEvent(a.id).empty());
    doc->forEachEventSpan([&](const EventSpan &s) {
        if (s.id == a.id)
            quoteCount = s.quoteCount;
    });
    QCOMPARE(quoteCount, 0);

    Relation r;
    r.from = b.id;
    r.to = a.id;
    r.kind = RelationKind::FollowUpOf;
    r.id = doc->addRelation(r);
    QCOMPARE(doc->relations().size(), size_t(1));
    QCOMPARE(doc->relations().front().from, b.id);
    QCOMPARE(doc->relations().front().to, a.id);
    QCOMPARE(doc->relations().front().kind, RelationKind::FollowUpOf);
    doc->removeRelation(r.id);
    QVERIFY(doc->relations().empty());
    doc->removeQuote(q.id);
    QVERIFY(!doc->quote(q.id));
}

void TestStoreCrud::cascadeOnDelete()
{
    auto doc = Document::createInMemory();
    Actor actor;
    actor.label = u"Bush"_s;
    actor.id = doc->addActor(actor);
    Place place;
    place.name = u"Washington"_s;
    place.id = doc->addPlace(place);
    Source src;
    src.id = doc->addSource(src);
    Event a, b;
    a.date = b.date = date("2008-03-26");
    a.actors = {{actor.id, ActorRole::Initiator}};
    a.place = place.id;
    a.tags = {u"t"_s};
    a.id = doc->addEvent(a);
    b.id = doc->addEvent(b);
    Relation r;
    r.from = a.id;
    r.to = b.id;
    doc->addRelation(r);
    Quote q;
    q.text = u"text"_s;
    q.speaker = actor.id;
    q.source = src.id;
    q.events = {a.id, b.id};
    q.id = doc->addQuote(q);

    doc->removePlace(place.id); // events keep existing, without a place
    QVERIFY(!doc->event(a.id)->place.isValid());
    doc->removeSource(src.id);  // quotes keep existing, without a source
    QVERIFY(!doc->quote(q.id)->source.isValid());
    doc->removeActor(actor.id); // links go, the quote loses its speaker
    QVERIFY(doc->event(a.id)->actors.empty());
    QVERIFY(doc->actorLinks().empty());
    QVERIFY(!doc->quote(q.id)->speaker.isValid());

    doc->removeEvent(a.id);     // tags, relations and quote links go with it
    QVERIFY(!doc->event(a.id));
    QVERIFY(doc->eventTags().empty());
    QVERIFY(doc->relations().empty());
    QVERIFY(doc->quote(q.id)->events == std::vector<EventId>{b.id});
}

void TestStoreCrud::bulkEditRollsBack()
{
    auto doc = Document::createInMemory();
    {
        Document::BulkEdit bulk(*doc);
        for (int i = 0; i < 10; ++i)
            doc->addEvent(Event{});
    }
    QCOMPARE(doc->info().events, 0);
    {
        Document::BulkEdit bulk(*doc);
        for (int i = 0; i < 10; ++i)
            doc->addEvent(Event{});
        bulk.commit();
    }
    QCOMPARE(doc->info().events, 10);
}

void TestStoreCrud::failedEditInsideBulkUndoesOnlyItself()
{
    auto doc = Document::createInMemory();
    Document::BulkEdit bulk(*doc);
    doc->addEvent(Event{});
    Event bad;
    bad.actors = {{ActorId(12345), ActorRole::Host}}; // no such actor: the event row must go too
    QVERIFY_THROWS_EXCEPTION(StoreError, doc->addEvent(bad));
    doc->addEvent(Event{});
    bulk.commit();
    QCOMPARE(doc->info().events, 2);
}

void TestStoreCrud::constraintsReject_data()
{
    QTest::addColumn<int>("credibility");
    QTest::addColumn<QChar>("reliability");
    QTest::newRow("credibility 0") << 0 << QChar(u'A');
    QTest::newRow("credibility 7") << 7 << QChar(u'A');
    QTest::newRow("reliability G") << 3 << QChar(u'G');
}

void TestStoreCrud::constraintsReject()
{
    QFETCH(int, credibility);
    QFETCH(QChar, reliability);
    auto doc = Document::createInMemory();
    if (credibility >= 1 && credibility <= 6) {
        Source s;
        s.reliability = reliability;
        QVERIFY_THROWS_EXCEPTION(StoreError, doc->addSource(s));
        QCOMPARE(doc->info().sources, 0);
    } else {
        Quote q;
        q.credibility = credibility;
        QVERIFY_THROWS_EXCEPTION(StoreError, doc->addQuote(q));
        QCOMPARE(doc->info().quotes, 0);
    }
}

void TestStoreCrud::fileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.dateline"_s);
    QString error;
    EventId id;
    {
        auto doc = Document::create(path, &error);
        QVERIFY2(doc, qPrintable(error));
        Event e;
        e.title = u"kept"_s;
        e.date = date("2008-03-17");
        id = doc->addEvent(e); // committed at once: no save
    }
    QVERIFY(!Document::create(path, &error));
    QVERIFY(error.contains(u"already exists"_s));
    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(doc->path(), path);
    QCOMPARE(doc->event(id)->title, u"kept"_s);
    Statement mode = doc->database().prepare("PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), u"wal"_s);
}

void TestStoreCrud::sourcesMatching_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("titles");
    const QStringList all = {u"Kremlin readout"_s, u"Élysée statement"_s, u"Press conference"_s, u"Untitled"_s,
                             u"Poll: 52% back the talks"_s};
    QTest::newRow("title, any case") << u"KREMLIN"_s << 10 << QStringList{u"Kremlin readout"_s};
    QTest::newRow("accents folded by case only") << u"élysée"_s << 10 << QStringList{u"Élysée statement"_s};
    QTest::newRow("publication") << u"tass"_s << 10 << QStringList{u"Kremlin readout"_s};
    QTest::newRow("url") << u"example.org/2008"_s << 10 << QStringList{u"Untitled"_s};
    QTest::newRow("several, in id order") << u"e"_s << 10 << all;
    QTest::newRow("limited") << u"e"_s << 2 << all.mid(0, 2);
    QTest::newRow("empty text: all") << u" "_s << 10 << all;
    QTest::newRow("nothing") << u"zzz"_s << 10 << QStringList{};
    QTest::newRow("% is a character") << u"2%"_s << 10 << QStringList{u"Poll: 52% back the talks"_s};
    QTest::newRow("_ is a character") << u"_"_s << 10 << QStringList{};
    QTest::newRow("backslash") << u"\\"_s << 10 << QStringList{};
}

void TestStoreCrud::sourcesMatching()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QStringList, titles);
    auto doc = Document::createInMemory();
    doc->addSource({SourceId(), u"Kremlin readout"_s, u"TASS"_s, {}, {}, {}, {}, QLatin1Char('B')});
    doc->addSource({SourceId(), u"Élysée statement"_s, {}, {}, {}, {}, {}, QLatin1Char('A')});
    doc->addSource({SourceId(), u"Press conference"_s, {}, {}, {}, {}, {}, QLatin1Char('C')});
    doc->addSource({SourceId(), u"Untitled"_s, {}, {}, {}, u"https://example.org/2008/03/x"_s, {}, QLatin1Char('F')});
    doc->addSource({SourceId(), u"Poll: 52% back the talks"_s, {}, {}, {}, {}, {}, QLatin1Char('C')});
    QStringList found;
    for (const Source &s : doc->sourcesMatching(text, limit))
        found << s.title;
    QCOMPARE(found, titles);
}

// A lookup loop skips ids that find nothing (`if (!s.step()) continue;`); the next bind must work.
void TestStoreCrud::statementRebindsAfterItsLastRow()
{
    auto db = Database::inMemory();
    db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); INSERT INTO t VALUES (1, 'one'), (3, 'three')");
    Statement &lookup = db->cached("SELECT v FROM t WHERE id = ?1");
    QStringList found;
    for (std::int64_t id : {2, 1, 4, 3}) {
        lookup.bind(1, id);
        if (!lookup.step())
            continue;
        found << lookup.text(0);
        lookup.reset();
    }
    QCOMPARE(found, (QStringList{u"one"_s, u"three"_s}));
}

// Database::interrupt() from another thread stops a statement that would run for minutes; the
// connection then works as before.
void TestStoreCrud::interruptStopsARunningStatement()
{
    const auto db = Database::inMemory();
    std::atomic<bool> done = false;
    bool interrupted = false;
    std::thread runner([&] {
        try {
            Statement s = db->prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 2000000000) "
                                      "SELECT count(*) FROM n");
            s.step();
        } catch (const StoreError &error) {
            interrupted = error.wasInterrupted();
        }
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 60000) { // until the statement has started and stopped
        db->interrupt();
        QThread::msleep(5);
    }
    runner.join();
    QVERIFY(interrupted);
    Statement after = db->prepare("SELECT 41 + 1");
    QVERIFY(after.step());
    QCOMPARE(after.int64(0), 42);
}

QTEST_GUILESS_MAIN(TestStoreCrud)
#include "tst_storecrud.moc"
