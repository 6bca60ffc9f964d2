// 1,000 random edits through the command layer, then undo all of them: the document's native
// JSON export is byte for byte what it was; redo all: byte for byte the edited document.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestEditRandom : public QObject {
    Q_OBJECT
private slots:
    void randomEditsUndoToTheSameBytes_data();
    void randomEditsUndoToTheSameBytes();
};

namespace {

// One random command on the document; the kinds are weighted towards events, as in real use.
void randomEdit(Editor &editor, QRandomGenerator &rng, int step)
{
    Document &doc = editor.document();
    const std::vector<Event> events = doc.events();
    const std::vector<Actor> actors = doc.actors();
    auto anyEvent = [&] { return events[rng.bounded(int(events.size()))]; };
    const QString word = u"w%1"_s.arg(step);
    switch (events.size() < 3 ? 0 : rng.bounded(13)) {
    case 0: {
        Event e;
        e.title = u"Event "_s + word;
        e.date = FuzzyDate::fromEdtf(u"%1-%2-%3"_s.arg(1990 + rng.bounded(30)).arg(1 + rng.bounded(12), 2, 10, QChar(u'0'))
                                         .arg(1 + rng.bounded(28), 2, 10, QChar(u'0')));
        if (!actors.empty())
            e.actors = {{actors[rng.bounded(int(actors.size()))].id, ActorRole(rng.bounded(5))}};
        commands::addEvent(editor, e);
        break;
    }
    case 1: {
        Event e = anyEvent();
        e.title = u"Renamed "_s + word;
        commands::updateEvent(editor, e);
        break;
    }
    case 2: {
        Event e = anyEvent();
        e.date = FuzzyDate::fromEdtf(u"%1-0%2/%1-0%3"_s.arg(2000 + rng.bounded(20)).arg(1 + rng.bounded(4)).arg(5 + rng.bounded(4)));
        commands::updateEvent(editor, e);
        break;
    }
    case 3: commands::removeEvents(editor, {anyEvent().id}); break;
    case 4: commands::duplicateEvents(editor, {anyEvent().id}); break;
    case 5: commands::addTag(editor, {anyEvent().id, anyEvent().id}, u"tag%1"_s.arg(rng.bounded(5))); break;
    case 6: commands::removeTag(editor, {anyEvent().id}, u"tag%1"_s.arg(rng.bounded(5))); break;
    case 7: {
        Quote q;
        q.text = u"Quote "_s + word;
        q.credibility = 1 + rng.bounded(6);
        q.events = {anyEvent().id};
        commands::addQuote(editor, q);
        break;
    }
    case 8: {
        Actor a;
        a.label = u"Actor "_s + word;
        if (rng.bounded(2) && !actors.empty())
            commands::removeActor(editor, actors[rng.bounded(int(actors.size()))].id);
        else
            commands::addActor(editor, a);
        break;
    }
    case 9: {
        const EventId a = anyEvent().id, b = anyEvent().id;
        if (a != b)
            commands::addRelation(editor, {RelationId(), a, b, RelationKind(rng.bounded(4))});
        break;
    }
    case 10: commands::setStatus(editor, {anyEvent().id}, EventStatus(rng.bounded(5))); break;
    case 11: { // saved views and bookmarks: put, rename or remove one of a few names
        const QString name = u"n%1"_s.arg(rng.bounded(3));
        switch (rng.bounded(4)) {
        case 0: {
            SavedView v;
            v.name = name;
            v.filter.tags = {u"tag%1"_s.arg(rng.bounded(5))};
            v.grouping = LaneGrouping(rng.bounded(3));
            commands::saveView(editor, v);
            break;
        }
        case 1:
            if (editor.document().savedView(name) && !editor.document().savedView(name + u"x"_s))
                commands::renameView(editor, name, name + u"x"_s);
            break;
        case 2: commands::removeView(editor, name); break;
        default: {
            const FuzzyDate date = anyEvent().date;
            commands::addBookmark(editor, {name, date.isValid() ? date : FuzzyDate::fromEdtf(u"2001"_s)});
            break;
        }
        }
        break;
    }
    default: commands::setTitle(editor, u"Title "_s + word); break;
    }
}

} // namespace

void TestEditRandom::randomEditsUndoToTheSameBytes_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2008") << 2008u;
}

void TestEditRandom::randomEditsUndoToTheSameBytes()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"r.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    QVERIFY(importNativeJson(sampleTimelineJson(), *doc, &error));
    const QByteArray original = exportNativeJson(*doc);
    Editor editor(*doc);
    QRandomGenerator rng(seed);
    for (int i = 0; i < 1000; ++i)
        randomEdit(editor, rng, i);
    const QByteArray edited = exportNativeJson(*doc);
    QVERIFY(edited != original);
    int undos = 0;
    while (editor.canUndo()) {
        editor.undo();
        ++undos;
    }
    QVERIFY(undos > 500); // few steps merge (a rename of the same event twice in a row)
    QCOMPARE(exportNativeJson(*doc), original);
    while (editor.canRedo())
        editor.redo();
    QCOMPARE(exportNativeJson(*doc), edited);
}

QTEST_GUILESS_MAIN(TestEditRandom)
#include "tst_editrandom.moc"
