// Steps on many events (delete, tagging, their undo and redo) through both of the store's paths:
// one event at a time below kSetBasedEvents, set-based from there on. The document must come back
// exactly (native JSON export, search hits), links, quotes, relations, tags and sources included.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/edit/entitystates.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// The bundled sample (quotes, relations, sources, actors) and `extra` events more, each with tags,
// actor links and a place, every fifth quoted, every seventh the follow-up of the one before.
// Their titles hold the word "zorblax" (none of the sample's do).
struct Fixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<Editor> editor;

    explicit Fixture(int extra)
    {
        path = dir.filePath(u"large.dateline"_s);
        QString error;
        document = Document::create(path, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY2(importNativeJson(sampleTimelineJson(), *document, &error), qPrintable(error));
        const std::vector<Actor> actors = document->actors();
        const std::vector<Source> sources = document->sources();
        QVERIFY(actors.size() >= 2 && !sources.empty());
        Document::BulkEdit bulk(*document);
        Place place;
        place.name = u"Vienna"_s;
        const PlaceId vienna = document->addPlace(place);
        EventId previous;
        for (int i = 0; i < extra; ++i) {
            Event e;
            e.title = u"zorblax talks %1"_s.arg(i);
            e.description = u"Round %1 of the talks."_s.arg(i);
            e.date = FuzzyDate::fromEdtf(u"2009-%1-%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(1 + i % 28, 2, 10, QChar(u'0')));
            e.tags = {u"round"_s, u"t%1"_s.arg(i % 3)};
            e.actors = {{actors[std::size_t(i) % actors.size()].id, ActorRole::Initiator},
                        {actors[std::size_t(i + 1) % actors.size()].id, ActorRole::Target}};
            e.place = vienna;
            e.sortKey = i;
            const EventId id = document->addEvent(e);
            if (i % 5 == 0) {
                Quote q;
                q.text = u"We spoke for %1 hours."_s.arg(i);
                q.speaker = actors.front().id;
                q.source = sources.front().id;
                q.events = {id};
                document->addQuote(q);
            }
            if (i % 7 == 0 && previous.isValid())
                document->addRelation({RelationId(), id, previous, RelationKind::FollowUpOf});
            previous = id;
        }
        bulk.commit();
        editor = std::make_unique<Editor>(*document);
    }
    // A copy of the file, opened on its own (the same events, for a step taken another way).
    std::unique_ptr<Document> openCopy() const
    {
        const QString copyPath = dir.filePath(u"copy.dateline"_s);
        document->saveCopy(copyPath);
        QString error;
        std::unique_ptr<Document> copy = Document::open(copyPath, OpenMode::ReadWrite, &error);
        if (!copy)
            qFatal("cannot open the copy: %s", qPrintable(error));
        return copy;
    }
    QByteArray json() const { return exportNativeJson(*document); }
    std::size_t hits(const QString &query) const { return document->search(query, 100000).size(); }
    // Every other event in id order, the sample's included: scattered, as one actor's are.
    std::vector<EventId> everyOther() const
    {
        std::vector<EventId> ids;
        Statement s = document->database().prepare("SELECT id FROM events ORDER BY id");
        for (int i = 0; s.step(); ++i) {
            if (i % 2 == 0)
                ids.push_back(EventId(s.int64(0)));
        }
        return ids;
    }
    void checkIntegrity() const
    {
        Statement integrity = document->database().prepare("PRAGMA integrity_check");
        QVERIFY(integrity.step());
        QCOMPARE(integrity.text(0), u"ok"_s);
        Statement fk = document->database().prepare("PRAGMA foreign_key_check");
        QVERIFY(!fk.step());
        // Every event has one search key, and no key is left of a deleted event.
        Statement keys = document->database().prepare(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM search_keys), "
            "(SELECT count(*) FROM search_keys WHERE event_id NOT IN (SELECT id FROM events))");
        QVERIFY(keys.step());
        QCOMPARE(keys.int64(1), keys.int64(0));
        QCOMPARE(keys.int64(2), 0);
    }
};

} // namespace

class TestLargeSteps : public QObject {
    Q_OBJECT
private slots:
    void deleteUndoRedo_data();
    void deleteUndoRedo();
    void bothPathsRecordTheSameStep();
    void tagUndoRedo_data();
    void tagUndoRedo();
    void bothPathsTagAlike();
    void failedLargeStepChangesNothing();
};

void TestLargeSteps::deleteUndoRedo_data()
{
    QTest::addColumn<int>("extra");
    QTest::newRow("one by one") << int(kSetBasedEvents) / 2; // with the sample's, below the threshold
    QTest::newRow("set-based") << 3000;
}

void TestLargeSteps::deleteUndoRedo()
{
    QFETCH(int, extra);
    Fixture f(extra);
    const std::vector<EventId> ids = f.everyOther();
    QCOMPARE(ids.size() >= kSetBasedEvents, extra > int(kSetBasedEvents));
    const QByteArray original = f.json();
    const std::size_t words = f.hits(u"zorblax"_s), quoted = f.hits(u"hours"_s), vienna = f.hits(u"Vienna"_s);
    QCOMPARE(words, std::size_t(extra));
    std::size_t deletedWords = 0;
    for (const Event &e : f.document->events(ids))
        deletedWords += e.title.contains(u"zorblax"_s) ? 1 : 0;
    const qint64 total = f.document->info().events;

    std::vector<DocumentChange> notices;
    f.editor->addListener([&](const DocumentChange &c) { notices.push_back(c); });
    commands::removeEvents(*f.editor, ids);
    const QByteArray deleted = f.json();
    QCOMPARE(f.document->info().events, total - qint64(ids.size()));
    QVERIFY(f.document->events(ids).empty());
    QCOMPARE(f.hits(u"zorblax"_s), words - deletedWords);
    QCOMPARE(notices.back().eventsRemoved.size(), ids.size());
    f.checkIntegrity();

    f.editor->undo();
    QCOMPARE(f.json(), original);
    QCOMPARE(f.hits(u"zorblax"_s), words);
    QCOMPARE(f.hits(u"hours"_s), quoted);
    QCOMPARE(f.hits(u"Vienna"_s), vienna);
    QCOMPARE(notices.back().eventsAdded.size(), ids.size());
    f.checkIntegrity();

    f.editor->redo();
    QCOMPARE(f.json(), deleted);
    f.checkIntegrity();

    // The journal is in the file: the step undoes after reopening it too.
    f.editor.reset();
    f.document.reset();
    QString error;
    f.document = Document::open(f.path, OpenMode::ReadWrite, &error);
    QVERIFY2(f.document, qPrintable(error));
    f.editor = std::make_unique<Editor>(*f.document);
    f.editor->undo();
    QCOMPARE(f.json(), original);
    QCOMPARE(f.hits(u"zorblax"_s), words);
    f.checkIntegrity();
}

void TestLargeSteps::bothPathsRecordTheSameStep()
{
    // The same events deleted one by one (as below the threshold) and set-based, in copies of one
    // file: the same document, the same journal fragments (but for the order of the states).
    Fixture one(1000);
    std::unique_ptr<Document> setDocument = one.openCopy();
    Editor setEditor(*setDocument);
    const std::vector<EventId> ids = one.everyOther();
    QCOMPARE(exportNativeJson(*setDocument), one.json());
    one.editor->perform({u"remove-events"_s, u"Delete"_s}, [&] {
        for (EventId id : ids)
            one.document->removeEvent(id);
    });
    setEditor.perform({u"remove-events"_s, u"Delete"_s}, [&] { setDocument->removeEvents(ids); });
    QCOMPARE(exportNativeJson(*setDocument), one.json());
    auto states = [](const Document &document, bool before) {
        const auto entry = document.journalEntry(document.newestJournalEntry(JournalState::Done)->seq);
        auto decoded = decodeStates(before ? entry->before : entry->after, nullptr);
        std::sort(decoded->present.events.begin(), decoded->present.events.end(),
                  [](const Event &a, const Event &b) { return a.id < b.id; });
        std::sort(decoded->present.quotes.begin(), decoded->present.quotes.end(),
                  [](const Quote &a, const Quote &b) { return a.id < b.id; });
        std::sort(decoded->present.relations.begin(), decoded->present.relations.end(),
                  [](const Relation &a, const Relation &b) { return a.id < b.id; });
        std::sort(decoded->absent.begin(), decoded->absent.end());
        return encodeStates(*decoded);
    };
    QCOMPARE(states(*setDocument, true), states(*one.document, true));
    QCOMPARE(states(*setDocument, false), states(*one.document, false));
    one.editor->undo();
    setEditor.undo();
    QCOMPARE(exportNativeJson(*setDocument), one.json());
}

void TestLargeSteps::tagUndoRedo_data()
{
    deleteUndoRedo_data();
}

void TestLargeSteps::tagUndoRedo()
{
    // "t1", which a third of the extra events have, added to every other event; "round", which
    // all of them have before their "t<n>", taken out of every other event.
    QFETCH(int, extra);
    Fixture f(extra);
    const std::vector<EventId> ids = f.everyOther();
    const QByteArray original = f.json();
    const std::vector<Event> before = f.document->events();
    const std::size_t words = f.hits(u"zorblax"_s);
    auto tagsOf = [](const std::vector<Event> &events) {
        std::map<EventId, QStringList> tags;
        for (const Event &e : events)
            tags[e.id] = e.tags;
        return tags;
    };
    const std::map<EventId, QStringList> oldTags = tagsOf(before);
    const std::set<EventId> picked(ids.begin(), ids.end());

    struct Case {
        std::function<void()> step;
        std::function<QStringList(QStringList)> change;
    };
    const Case cases[] = {
        {[&] { commands::addTag(*f.editor, ids, u"t1"_s); },
         [](QStringList tags) {
             if (!tags.contains(u"t1"_s))
                 tags.append(u"t1"_s);
             return tags;
         }},
        {[&] { commands::removeTag(*f.editor, ids, u"round"_s); },
         [](QStringList tags) {
             tags.removeAll(u"round"_s);
             return tags;
         }},
    };
    for (const Case &c : cases) {
        c.step();
        const QByteArray changed = f.json();
        for (const auto &[id, tags] : tagsOf(f.document->events()))
            QCOMPARE(tags, picked.count(id) ? c.change(oldTags.at(id)) : oldTags.at(id));
        QCOMPARE(f.hits(u"zorblax"_s), words);
        f.checkIntegrity();
        f.editor->undo();
        QCOMPARE(f.json(), original);
        f.editor->redo();
        QCOMPARE(f.json(), changed);
        f.editor->undo();
        QCOMPARE(f.json(), original);
        QCOMPARE(f.hits(u"zorblax"_s), words);
        f.checkIntegrity();
    }
}

void TestLargeSteps::bothPathsTagAlike()
{
    // A tag added to and taken from the same events one by one and set-based, in copies of one
    // file: the same tags, the same events in the journal's before states, which are alike.
    Fixture one(1000);
    std::unique_ptr<Document> setDocument = one.openCopy();
    Editor setEditor(*setDocument);
    const std::vector<EventId> ids = one.everyOther();
    auto oneByOne = [&](const std::function<void(QStringList &)> &edit) {
        one.editor->perform({u"tag"_s, u"Tag"_s}, [&] {
            for (Event e : one.document->events(ids)) {
                QStringList tags = e.tags;
                edit(e.tags);
                if (e.tags != tags)
                    one.document->updateEvent(e);
            }
        });
    };
    auto beforeStates = [](const Document &document) {
        const auto entry = document.journalEntry(document.newestJournalEntry(JournalState::Done)->seq);
        auto decoded = decodeStates(entry->before, nullptr);
        std::sort(decoded->present.events.begin(), decoded->present.events.end(),
                  [](const Event &a, const Event &b) { return a.id < b.id; });
        return encodeStates(*decoded);
    };
    auto sameTags = [&] {
        const std::vector<Event> a = one.document->events(), b = setDocument->events();
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[i].tags, a[i].tags);
    };
    oneByOne([](QStringList &tags) {
        if (!tags.contains(u"t2"_s))
            tags.append(u"t2"_s);
    });
    setEditor.perform({u"tag"_s, u"Tag"_s}, [&] { setDocument->addEventTag(ids, u"t2"_s); });
    sameTags();
    QCOMPARE(beforeStates(*setDocument), beforeStates(*one.document));
    oneByOne([](QStringList &tags) { tags.removeAll(u"round"_s); });
    setEditor.perform({u"untag"_s, u"Untag"_s}, [&] { setDocument->removeEventTag(ids, u"round"_s); });
    sameTags();
    // the same events (their times of change, set by the step before, differ between the copies)
    auto refs = [](const Document &document) {
        const auto entry = document.journalEntry(document.newestJournalEntry(JournalState::Done)->seq);
        return decodeStates(entry->before, nullptr)->refs();
    };
    QCOMPARE(refs(*setDocument), refs(*one.document));
}

void TestLargeSteps::failedLargeStepChangesNothing()
{
    Fixture f(2000);
    const std::vector<EventId> ids = f.everyOther();
    commands::removeEvents(*f.editor, ids);
    const QByteArray deleted = f.json();
    f.editor.reset();
    f.document.reset();
    QFile::setPermissions(f.path, QFile::ReadOwner | QFile::ReadGroup);
    QString error;
    f.document = Document::open(f.path, OpenMode::ReadWrite, &error);
    QVERIFY2(f.document && f.document->isReadOnly(), qPrintable(error));
    Editor editor(*f.document);
    QVERIFY_THROWS_EXCEPTION(StoreError, commands::removeEvents(editor, f.everyOther()));
    QVERIFY_THROWS_EXCEPTION(StoreError, editor.undo());
    QCOMPARE(f.json(), deleted);

    // A step that fails half-way (a quote the store refuses, after the events are gone) leaves
    // the events and the journal as they were.
    QFile::setPermissions(f.path, QFile::ReadOwner | QFile::WriteOwner);
    f.document = Document::open(f.path, OpenMode::ReadWrite, &error);
    QVERIFY2(f.document && !f.document->isReadOnly(), qPrintable(error));
    f.editor = std::make_unique<Editor>(*f.document);
    const qint64 steps = f.document->journalSize();
    QVERIFY_THROWS_EXCEPTION(StoreError, f.editor->perform({u"remove-events"_s, u"Delete"_s}, [&] {
        f.document->removeEvents(f.everyOther());
        Quote bad;
        bad.text = u"x"_s;
        bad.credibility = 9; // the store's CHECK constraint refuses it
        f.document->addQuote(bad);
    }));
    QCOMPARE(f.json(), deleted);
    QCOMPARE(f.document->journalSize(), steps);
    f.checkIntegrity();
    f.editor->undo();
    QCOMPARE(f.hits(u"zorblax"_s), std::size_t(2000));
}

QTEST_GUILESS_MAIN(TestLargeSteps)
#include "tst_largesteps.moc"
