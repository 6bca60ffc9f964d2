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
};

void TestContentWriter::progressAndRanges()
{
    auto doc = Document::createInMemory();
    Event existing = content(1).events[0];
    existing.actors.clear();
    doc->addEvent(existing);
    NativeJsonContent c = content(10000);
    qint64 last = -1, total = 0;
    int calls = 0;
    const WriteCounts counts = writeContent(c, *doc, IdPolicy::AssignNewIds, [&](qint64 done, qint64 all) {
        ++calls;
        if (done < last)
            return false; // never backwards
        last = done;
        total = all;
        return true;
    });
    QVERIFY(calls >= 3);
    QCOMPARE(total, 10002); // actor, events, relation
    QCOMPARE(last, total);
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

QTEST_GUILESS_MAIN(TestContentWriter)
#include "tst_contentwriter.moc"
