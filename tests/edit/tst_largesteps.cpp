// Steps on many events (delete, tagging, status, type and actor changes, their undo and redo, and
// the undo of an import) through both of the store's paths: one event at a time below
// kSetBasedEvents, set-based from there on. The document must come back
// exactly (native JSON export, search hits), links, quotes, relations, tags and sources included.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/edit/entitystates.h"
#include "core/io/nativejson.h"
#include "core/io/nativejsonreader.h"
#include "core/io/sample.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/searchindex.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

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
        // Each key is on its event's day (a search within dates reads the keys' days).
        std::map<EventId, std::int64_t> days;
        Statement keyDays = document->database().prepare("SELECT event_id, key FROM search_keys");
        while (keyDays.step())
            days[EventId(keyDays.int64(0))] = store::SearchIndex::dayOfKey(keyDays.int64(1));
        for (const Event &e : document->events()) {
            const std::int64_t day = e.date.isValid() ? store::SearchIndex::dayOf(sortTime(e.date.bounds()))
                                                      : store::SearchIndex::kUndatedDay;
            QCOMPARE(days[e.id], day);
        }
    }
};

// What a bulk change gives an event: its status, type, actors and date (the rest stays as it was).
QString bulkFields(const Event &e)
{
    QStringList actors;
    for (const ActorLink &link : e.actors)
        actors.append(u"%1:%2"_s.arg(link.actor.value).arg(int(link.role)));
    return u"%1 %2 [%3] %4"_s.arg(statusName(e.status), e.cameoCode, actors.join(u' '), e.date.toEdtf());
}

// A document's export with the events' times of change left out (two copies edited apart).
QByteArray withoutUpdated(QByteArray json)
{
    static const QRegularExpression updated(uR"("updated": *"[^"]*",?)"_s);
    return QString::fromUtf8(json).remove(updated).toUtf8();
}

// Counts, while it lives, the statements SQLite runs on a connection (FTS5's own included, triggers
// not) that write events or their links, those that write a block of the full-text index, and
// those that delete actors, places or sources or unlink GDELT records from their sources.
class StatementCount {
public:
    explicit StatementCount(Database &db) : m_db(db.handle())
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, &StatementCount::traced, this);
    }
    ~StatementCount() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    StatementCount(const StatementCount &) = delete;
    StatementCount &operator=(const StatementCount &) = delete;

    int eventWrites = 0;
    int indexBlocks = 0;
    int entityDeletes = 0; // of actors, places and sources
    int gdeltUnlinks = 0;  // passes over the GDELT records that forget a removed source

private:
    static int traced(unsigned type, void *self, void *statement, void *expanded)
    {
        auto *count = static_cast<StatementCount *>(self);
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        if (type == SQLITE_TRACE_PROFILE) { // once a statement's run ends (a foreign key's action
            // on each row is traced at its start like a trigger, but with the statement's own text)
            const std::string_view text(sql ? sql : "");
            for (std::string_view remove : {"DELETE FROM actors ", "DELETE FROM places ", "DELETE FROM sources "})
                count->entityDeletes += text.starts_with(remove) ? 1 : 0;
            count->gdeltUnlinks += text.starts_with("UPDATE gdelt_events SET source_id = NULL") ? 1 : 0;
            return 0;
        }
        // A trigger's run is traced with its statement's SQL and "-- TRIGGER name" as the text:
        // the schema's per-row counting triggers are not statements the step ran.
        if (!sql || (expanded && std::string_view(static_cast<const char *>(expanded)).starts_with("--")))
            return 0;
        const std::string_view text(sql);
        for (std::string_view write : {"UPDATE events ", "INSERT INTO event_", "DELETE FROM event_"})
            count->eventWrites += text.starts_with(write) ? 1 : 0;
        if (text.find("_data'(id, block)") != std::string_view::npos)
            ++count->indexBlocks;
        return 0;
    }
    sqlite3 *m_db;
};

// Native JSON for `count` events, each with an actor, a place and a source (quoted) of its own.
QByteArray manyNewEntities(int count)
{
    QStringList actors, places, sources, events, quotes;
    for (int i = 1; i <= count; ++i) {
        actors.append(u"{\"id\": %1, \"label\": \"Envoy %1\", \"kind\": \"person\"}"_s.arg(i));
        places.append(u"{\"id\": %1, \"name\": \"Town %1\"}"_s.arg(i));
        sources.append(u"{\"id\": %1, \"title\": \"Wire %1\"}"_s.arg(i));
        events.append(u"{\"id\": %1, \"title\": \"quorvex visit %1\", \"date\": \"2012-05-%2\", \"place\": %1, "
                      "\"actors\": [{\"actor\": %1, \"role\": \"visitor\"}]}"_s.arg(i).arg(1 + i % 28, 2, 10, QChar(u'0')));
        quotes.append(u"{\"id\": %1, \"text\": \"Visit %1 went well\", \"speaker\": %1, \"source\": %1, "
                      "\"events\": [%1]}"_s.arg(i));
    }
    return u"{\"format\": \"dateline\", \"version\": 1, \"actors\": [%1], \"places\": [%2], \"sources\": [%3], "
           "\"events\": [%4], \"quotes\": [%5]}"_s
        .arg(actors.join(u", "_s), places.join(u", "_s), sources.join(u", "_s), events.join(u", "_s), quotes.join(u", "_s))
        .toUtf8();
}

// The Inspector's bulk changes (and a move), each with what it does to one event.
struct BulkChange {
    std::function<void(Editor &, const std::vector<EventId> &)> step;
    std::function<void(Event &)> change;
};

BulkChange bulkChange(const QString &name, ActorId actor)
{
    if (name == u"status"_s)
        return {[](Editor &editor, const std::vector<EventId> &ids) { commands::setStatus(editor, ids, EventStatus::Denied); },
                [](Event &e) { e.status = EventStatus::Denied; }};
    if (name == u"type"_s || name == u"no type"_s) {
        const QString code = name == u"type"_s ? u"0874"_s : QString();
        return {[code](Editor &editor, const std::vector<EventId> &ids) { commands::setCameoCode(editor, ids, code); },
                [code](Event &e) { e.cameoCode = code; }};
    }
    if (name == u"another day"_s) { // a drag of the selection, its undo and redo set-based
        const auto move = [](Event &e) { e.date = FuzzyDate::fromEdtf(u"2011-05-17"_s); };
        return {[move](Editor &editor, const std::vector<EventId> &ids) {
                    std::vector<Event> moved = editor.document().events(ids);
                    std::for_each(moved.begin(), moved.end(), move);
                    commands::updateEvents(editor, moved, u"Move"_s);
                },
                move};
    }
    return {[actor](Editor &editor, const std::vector<EventId> &ids) {
                commands::addActor(editor, ids, {actor, ActorRole::Visitor});
            },
            [actor](Event &e) {
                if (std::none_of(e.actors.begin(), e.actors.end(), [&](const ActorLink &l) { return l.actor == actor; }))
                    e.actors.push_back({actor, ActorRole::Visitor});
            }};
}

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
    void bulkChangeUndoRedo_data();
    void bulkChangeUndoRedo();
    void bulkChangesAreSetBased();
    void bothPathsBulkAlike();
    void failedLargeStepChangesNothing();
    void importUndoIsSetBased();
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

void TestLargeSteps::bulkChangeUndoRedo_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<QString>("change");
    for (const QString &change :
         {u"status"_s, u"type"_s, u"no type"_s, u"new actor"_s, u"actor of some"_s, u"another day"_s}) {
        QTest::addRow("%s, one by one", qPrintable(change)) << int(kSetBasedEvents) / 2 << change;
        QTest::addRow("%s, set-based", qPrintable(change)) << 400 << change;
    }
}

void TestLargeSteps::bulkChangeUndoRedo()
{
    // A status, a type or an actor given to every other event: those events change and no other,
    // search finds a new actor in them and, after undo, nowhere; undo gives the same file back.
    QFETCH(int, extra);
    QFETCH(QString, change);
    Fixture f(extra);
    const std::vector<EventId> ids = f.everyOther();
    QCOMPARE(ids.size() >= kSetBasedEvents, extra > int(kSetBasedEvents));
    // "actor of some": the fixture's first actor, which some of the events name already
    const ActorId actor = change == u"new actor"_s ? f.document->addActor({ActorId(), u"Quuxley Envoy"_s, ActorKind::Person, {}, {}, {}})
                                                  : f.document->actors().front().id;
    const BulkChange bulk = bulkChange(change, actor);
    const QByteArray original = f.json();
    const std::set<EventId> picked(ids.begin(), ids.end());
    std::map<EventId, QString> expected;
    for (Event e : f.document->events()) {
        if (picked.count(e.id))
            bulk.change(e);
        expected[e.id] = bulkFields(e);
    }
    const std::size_t words = f.hits(u"zorblax"_s), actorHits = f.hits(u"Quuxley"_s);
    QCOMPARE(actorHits, std::size_t(0));

    bulk.step(*f.editor, ids);
    const QByteArray changed = f.json();
    for (const Event &e : f.document->events())
        QCOMPARE(bulkFields(e), expected.at(e.id));
    const std::size_t found = change == u"new actor"_s ? ids.size() : 0;
    QCOMPARE(f.hits(u"Quuxley"_s), found);
    QCOMPARE(f.hits(u"zorblax"_s), words);
    f.checkIntegrity();
    f.editor->undo();
    QCOMPARE(f.json(), original);
    QCOMPARE(f.hits(u"Quuxley"_s), std::size_t(0));
    f.editor->redo();
    QCOMPARE(f.json(), changed);
    QCOMPARE(f.hits(u"Quuxley"_s), found);
    f.editor->undo();
    QCOMPARE(f.json(), original);
    QCOMPARE(f.hits(u"Quuxley"_s), std::size_t(0));
    QCOMPARE(f.hits(u"zorblax"_s), words);
    f.checkIntegrity();
    f.document->database().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
}

void TestLargeSteps::bulkChangesAreSetBased()
{
    // From kSetBasedEvents on, a bulk change writes the events with a statement per table, not
    // a few per event; a status or type leaves the full-text index unwritten; an actor added,
    // and its undo, write the index in key order: a page of a segment for every few events (0.4
    // and 0.15 here), where one event at a time wrote a segment for each (7 and 4 blocks an event).
    Fixture f(1200);
    const std::vector<EventId> ids = f.everyOther(); // 600 and some
    const ActorId envoy = f.document->addActor({ActorId(), u"Quuxley Envoy"_s, ActorKind::Person, {}, {}, {}});
    const int fewBlocks = int(ids.size());
    for (const QString &change : {u"status"_s, u"type"_s, u"new actor"_s}) {
        const bool searched = change == u"new actor"_s;
        const BulkChange bulk = bulkChange(change, envoy);
        {
            StatementCount count(f.document->database());
            bulk.step(*f.editor, ids);
            QVERIFY2(count.eventWrites <= 3, qPrintable(u"%1: %2 writes"_s.arg(change).arg(count.eventWrites)));
            QVERIFY2(searched ? count.indexBlocks < fewBlocks : count.indexBlocks == 0,
                     qPrintable(u"%1: %2 index blocks"_s.arg(change).arg(count.indexBlocks)));
        }
        StatementCount count(f.document->database());
        f.editor->undo();
        QVERIFY2(searched ? count.indexBlocks < fewBlocks : count.indexBlocks == 0,
                 qPrintable(u"undo %1: %2 index blocks"_s.arg(change).arg(count.indexBlocks)));
    }
    QCOMPARE(f.hits(u"Quuxley"_s), std::size_t(0));
    f.checkIntegrity();
}

void TestLargeSteps::bothPathsBulkAlike()
{
    // The same changes one event at a time and set-based, in copies of one file: the same
    // documents (but for the times of change) and the same events' states before each step.
    Fixture one(1000);
    std::unique_ptr<Document> setDocument = one.openCopy();
    Editor setEditor(*setDocument);
    const std::vector<EventId> ids = one.everyOther();
    const ActorId some = one.document->actors().front().id;
    auto beforeStates = [](const Document &document) {
        const auto entry = document.journalEntry(document.newestJournalEntry(JournalState::Done)->seq);
        auto decoded = decodeStates(entry->before, nullptr);
        std::sort(decoded->present.events.begin(), decoded->present.events.end(),
                  [](const Event &a, const Event &b) { return a.id < b.id; });
        for (Event &e : decoded->present.events)
            e.updated = QDateTime(); // set by the step before, which the copies took apart
        return encodeStates(*decoded);
    };
    const struct {
        std::function<void(Event &)> oneByOne;
        std::function<void()> setBased;
    } steps[] = {
        {[](Event &e) { e.status = EventStatus::Planned; }, [&] { setDocument->setEventStatus(ids, EventStatus::Planned); }},
        {[](Event &e) { e.cameoCode = u"042"_s; }, [&] { setDocument->setEventCameoCode(ids, u"042"_s); }},
        {[](Event &e) { e.cameoCode.clear(); }, [&] { setDocument->setEventCameoCode(ids, QString()); }},
        {bulkChange(u"actor"_s, some).change, [&] { setDocument->addEventActor(ids, {some, ActorRole::Visitor}); }},
    };
    for (const auto &step : steps) {
        one.editor->perform({u"bulk"_s, u"Bulk"_s}, [&] {
            for (Event e : one.document->events(ids)) {
                const QString fields = bulkFields(e);
                step.oneByOne(e);
                if (bulkFields(e) != fields)
                    one.document->updateEvent(e);
            }
        });
        setEditor.perform({u"bulk"_s, u"Bulk"_s}, step.setBased);
        QCOMPARE(withoutUpdated(exportNativeJson(*setDocument)), withoutUpdated(one.json()));
        QCOMPARE(beforeStates(*setDocument), beforeStates(*one.document));
    }
    const QString name = one.document->actor(some)->label.split(u' ').front();
    QCOMPARE(setDocument->search(name, 100000).size(), one.hits(name));
    QVERIFY(one.hits(name) >= ids.size());
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

    // An actor the document does not hold, refused after the events' search rows were taken out
    // for it: they are all back, and nothing else changed.
    const QByteArray restored = f.json();
    const std::size_t vienna = f.hits(u"Vienna"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, commands::addActor(*f.editor, f.everyOther(), {ActorId(999999), ActorRole::Host}));
    QCOMPARE(f.json(), restored);
    QCOMPARE(f.hits(u"Vienna"_s), vienna);
    QCOMPARE(f.hits(u"zorblax"_s), std::size_t(2000));
    f.checkIntegrity();
    f.document->database().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
}

void TestLargeSteps::importUndoIsSetBased()
{
    // Undoing an import takes back every actor, place and source it created with a statement per
    // table for each kind, and one pass over the GDELT records (their source column has no index).
    // A removal each took over 20 minutes for a 300,000-row GDELT import: 150,000 sources, each a
    // scan of every GDELT record.
    Fixture f(0);
    const QByteArray before = f.json();
    NativeJsonReader reader;
    std::optional<NativeJsonContent> content = reader.read(manyNewEntities(300));
    QVERIFY2(content, qPrintable(reader.problems().join(u"; "_s)));
    const WriteCounts written = commands::importContent(*f.editor, *content, IdPolicy::AssignNewIds, u"many.json"_s);
    QCOMPARE(written.events, 300);
    QCOMPARE(written.sources, 300);
    QCOMPARE(f.hits(u"quorvex"_s), std::size_t(300));
    QCOMPARE(f.hits(u"Envoy"_s), std::size_t(300));
    {
        StatementCount count(f.document->database());
        f.editor->undo();
        QCOMPARE(count.entityDeletes, 3);
        QCOMPARE(count.gdeltUnlinks, 1);
    }
    QCOMPARE(f.json(), before);
    QCOMPARE(f.hits(u"quorvex"_s), std::size_t(0));
    QCOMPARE(f.hits(u"Envoy"_s), std::size_t(0));
    f.checkIntegrity();
}

QTEST_GUILESS_MAIN(TestLargeSteps)
#include "tst_largesteps.moc"
