// writeContent, the write path of every importer: progress, cancel, id ranges, the snapshot.
#include "core/index/timeindex.h"
#include "core/io/contentwriter.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

NativeJsonContent content(int events)
{
    NativeJsonContent c;
    c.title = u"Imported"_s;
    c.actors.push_back({ActorId(1), u"Rice"_s, ActorKind::Person, u"USA"_s, {}, {}});
    for (int i = 1; i <= events; ++i) {
        Event e;
        e.id = EventId(i);
        e.title = u"meeting %1"_s.arg(i);
        e.date = FuzzyDate::fromEdtf(u"2008-03-17"_s);
        e.actors = {{ActorId(1), ActorRole::Participant}};
        c.events.push_back(e);
    }
    c.relations.push_back({RelationId(1), EventId(2), EventId(1), RelationKind::FollowUpOf});
    return c;
}

} // namespace

class TestContentWriter : public QObject {
    Q_OBJECT
private slots:
    void progressAndRanges();
    void cancelLeavesDocument();
    void linksToWhatTheDocumentHas();
};

void TestContentWriter::progressAndRanges()
{
    auto doc = Document::createInMemory();
    Event existing = content(1).events[0];
    existing.actors.clear();
    doc->addEvent(existing);
    NativeJsonContent c = content(10000);
    qint64 last = -1, total = 0;
    int calls = 0, finishing = 0;
    const WriteCounts counts = writeContent(c, *doc, IdPolicy::AssignNewIds, [&](qint64 done, qint64 all) {
        ++calls;
        if (done < last || finishing > 0)
            return false; // never backwards, nothing after the last step is announced
        last = done;
        if (all == kProgressFinishing)
            ++finishing;
        else
            total = all;
        return true;
    });
    QVERIFY(calls >= 3);
    QCOMPARE(total, 10002); // actor, events, relation
    QCOMPARE(last, total);
    QCOMPARE(finishing, 1); // then the indexes
    QCOMPARE(counts.events, 10000);
    QCOMPARE(counts.ids.events.count, 10000);
    QCOMPARE(counts.ids.events.first, 2); // above the event already there
    QCOMPARE(counts.ids.events.last, 10001);
    QCOMPARE(counts.ids.relations.count, 1);
    QCOMPARE(doc->info().events, 10001);
    QCOMPARE(doc->title(), u"Imported"_s);
    QCOMPARE(doc->search(u"meeting"_s, 20000).size(), std::size_t(10001));
}

void TestContentWriter::cancelLeavesDocument()
{
    auto doc = Document::createInMemory();
    NativeJsonContent c = content(10000);
    const qint64 revision = doc->revision();
    QVERIFY_THROWS_EXCEPTION(ImportCancelled, writeContent(c, *doc, IdPolicy::KeepFileIds, [](qint64 done, qint64) {
        return done < 5000;
    }));
    QCOMPARE(doc->info().events, 0);
    QCOMPARE(doc->info().actors, 0);
    QVERIFY(doc->title().isEmpty());
    QCOMPARE(doc->revision(), revision);
    QVERIFY(!doc->database().inTransaction());
}

// A second file imported into a document links to the actors, places and sources the document
// already has (each import used to add "Lavrov" and "Moscow" again, splitting the actor lanes);
// a place of the same name elsewhere stays apart.
void TestContentWriter::linksToWhatTheDocumentHas()
{
    auto doc = Document::createInMemory();
    Actor lavrov;
    lavrov.label = u"Sergei Lavrov"_s;
    lavrov.aliases = {u"Lavrov"_s};
    const ActorId lavrovId = doc->addActor(lavrov);
    Actor rice;
    rice.label = u"Condoleezza Rice"_s;
    const ActorId riceId = doc->addActor(rice);
    doc->addActor(rice); // the same label twice: the oldest is linked to
    Place moscow{PlaceId(), u"Moscow"_s, u"RUS"_s, 55.75, 37.62};
    const PlaceId moscowId = doc->addPlace(moscow);
    Place springfield{PlaceId(), u"Springfield"_s, u"USA"_s, 39.78, -89.65};
    const PlaceId springfieldId = doc->addPlace(springfield);
    Source article;
    article.title = u"BMD talks"_s;
    article.url = u"https://example.org/bmd"_s;
    const SourceId articleId = doc->addSource(article);

    NativeJsonContent c;
    c.actors = {{ActorId(1), u"condoleezza RICE"_s, ActorKind::Person, {}, {}, {}},
                {ActorId(2), u"Lavrov"_s, ActorKind::Person, {}, {}, {}},
                {ActorId(3), u"Robert Gates"_s, ActorKind::Person, {}, {}, {}}};
    c.places = {{PlaceId(1), u"Moscow"_s, u"RUS"_s, std::nullopt, std::nullopt},
                {PlaceId(2), u"Springfield"_s, u"USA"_s, 42.10, -72.59}};
    Source sameArticle;
    sameArticle.id = SourceId(1);
    sameArticle.title = u"Another title for it"_s;
    sameArticle.url = article.url;
    c.sources = {sameArticle};
    for (int i = 1; i <= 2; ++i) {
        Event e;
        e.id = EventId(i);
        e.title = u"second batch %1"_s.arg(i);
        e.date = FuzzyDate::fromEdtf(u"2008-05-01"_s);
        e.actors = {{ActorId(i), ActorRole::Participant}, {ActorId(3), ActorRole::Participant}};
        e.place = PlaceId(i);
        c.events.push_back(e);
    }
    Quote q;
    q.text = u"We agreed."_s;
    q.speaker = ActorId(2);
    q.source = SourceId(1);
    q.events = {EventId(1)};
    c.quotes = {q};

    const WriteCounts counts = writeContent(c, *doc, IdPolicy::AssignNewIds);
    QCOMPARE(counts.actors, 1); // Gates only
    QCOMPARE(counts.places, 1); // the other Springfield
    QCOMPARE(counts.sources, 0);
    QCOMPARE(doc->info().actors, 4);
    QCOMPARE(doc->info().places, 3);
    QCOMPARE(doc->info().sources, 1);
    const std::vector<Event> events = doc->events();
    QCOMPARE(events.size(), size_t(2));
    const Event &first = events[0].title.endsWith(u'1') ? events[0] : events[1];
    const Event &second = events[0].title.endsWith(u'1') ? events[1] : events[0];
    QCOMPARE(first.actors.front().actor, riceId);
    QCOMPARE(second.actors.front().actor, lavrovId); // by its alias
    QCOMPARE(first.place, moscowId);
    QVERIFY(second.place != springfieldId);
    const std::vector<Quote> quotes = doc->quotesOfEvents({first.id});
    QCOMPARE(quotes.size(), size_t(1));
    QCOMPARE(quotes.front().speaker, lavrovId);
    QCOMPARE(quotes.front().source, articleId);
}

QTEST_GUILESS_MAIN(TestContentWriter)
#include "tst_contentwriter.moc"
