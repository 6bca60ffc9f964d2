// Every command: do, undo, redo, reopen the file, undo again; labels, merging, the redo branch,
// cascades restored, notices, refusal on read-only documents and damaged journal rows.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/edit/entitystates.h"
#include "core/io/contentwriter.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/bulkimport.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

FuzzyDate date(const QString &edtf)
{
    return FuzzyDate::fromEdtf(edtf);
}

// A file-backed copy of the bundled sample, and an editor on it.
struct Fixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<Editor> editor;

    Fixture()
    {
        path = dir.filePath(u"t.dateline"_s);
        QString error;
        document = Document::create(path, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY2(importNativeJson(sampleTimelineJson(), *document, &error), qPrintable(error));
        editor = std::make_unique<Editor>(*document);
    }
    void reopen()
    {
        editor.reset();
        document.reset();
        QString error;
        document = Document::open(path, OpenMode::ReadWrite, &error);
        QVERIFY2(document, qPrintable(error));
        editor = std::make_unique<Editor>(*document);
    }
    QByteArray json() const { return exportNativeJson(*document); }
    EventId firstEvent() const { return document->events().front().id; }
};

using Command = std::function<void(Editor &)>;

} // namespace

Q_DECLARE_METATYPE(Command)

class TestEditor : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void mergesConsecutiveChangesOfOneField();
    void newStepDropsRedoBranch();
    void removeEventRestoresCascades();
    void noticesNameEvents();
    void readOnlyDocumentRefuses();
    void damagedJournalEntryIsReported();
    void failedStepLeavesNoTrace();
    void importIsOneStep();
    void largeImportRecordsIdRuns();
    void absentIdRuns_data();
    void absentIdRuns();
    void fileIdsIntoEmptyDocument_data();
    void fileIdsIntoEmptyDocument();
};

void TestEditor::roundTrip_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("label");
    auto row = [](const char *name, const QString &label, Command c) { QTest::newRow(name) << c << label; };
    row("set title", u"Rename document to \u201cNew\u201d"_s, [](Editor &e) { commands::setTitle(e, u"New"_s); });
    row("add event", u"Add event \u201cTalks\u201d"_s, [](Editor &e) {
        Event ev;
        ev.title = u"Talks"_s;
        ev.date = date(u"2008-03-20"_s);
        ev.tags = {u"x"_s};
        ev.actors = {{e.document().actors().front().id, ActorRole::Host}};
        commands::addEvent(e, ev);
    });
    row("update event date", QString(), [](Editor &e) {
        Event ev = e.document().events().front();
        ev.date = date(u"2008-02-01/2008-02-03"_s);
        commands::updateEvent(e, ev);
    });
    row("update event fields", QString(), [](Editor &e) {
        Event ev = e.document().events().back();
        ev.title = u"Changed"_s;
        ev.status = EventStatus::Denied;
        ev.tags.append(u"more"_s);
        ev.actors.clear();
        commands::updateEvent(e, ev);
    });
    row("remove events", QString(), [](Editor &e) {
        const auto events = e.document().events();
        commands::removeEvents(e, {events[0].id, events[2].id});
    });
    row("duplicate", QString(), [](Editor &e) {
        commands::duplicateEvents(e, {e.document().events().back().id});
    });
    row("add tag", QString(), [](Editor &e) {
        const auto events = e.document().events();
        commands::addTag(e, {events[0].id, events[1].id}, u"summit"_s);
    });
    row("rename tag", QString(), [](Editor &e) {
        commands::addTag(e, {e.document().events()[1].id}, u"old"_s); // its own step
        commands::renameTag(e, u"old"_s, u"new"_s);
    });
    row("status", QString(), [](Editor &e) {
        commands::setStatus(e, {e.document().events()[0].id}, EventStatus::Denied);
    });
    row("type", QString(), [](Editor &e) { commands::setCameoCode(e, {e.document().events()[0].id}, u"0421"_s); });
    row("add actor link", QString(), [](Editor &e) {
        Actor a;
        a.label = u"Sarkozy"_s;
        const ActorId id = commands::addActor(e, a);
        commands::addActor(e, {e.document().events()[0].id, e.document().events()[1].id}, {id, ActorRole::Target});
    });
    row("actor add/update/remove", QString(), [](Editor &e) {
        Actor a;
        a.label = u"Merkel"_s;
        a.id = commands::addActor(e, a);
        a.country = u"DEU"_s;
        commands::updateActor(e, a);
        commands::removeActor(e, e.document().actors().front().id); // linked to events and quotes
    });
    row("place", QString(), [](Editor &e) {
        Place p;
        p.name = u"Sochi"_s;
        p.latitude = 43.6;
        p.id = commands::addPlace(e, p);
        p.name = u"Sochi, Russia"_s;
        commands::updatePlace(e, p);
        if (!e.document().places().empty())
            commands::removePlace(e, e.document().places().front().id);
    });
    row("source", QString(), [](Editor &e) {
        Source s;
        s.title = u"Wire"_s;
        s.reliability = u'B';
        s.id = commands::addSource(e, s);
        commands::removeSource(e, e.document().sources().front().id);
    });
    row("era", QString(), [](Editor &e) {
        Era era;
        era.name = u"Thaw"_s;
        era.span = date(u"2008/2009"_s);
        era.id = commands::addEra(e, era);
        era.color = u"#336699"_s;
        commands::updateEra(e, era);
        commands::removeEra(e, e.document().eras().front().id);
    });
    row("quote", QString(), [](Editor &e) {
        Quote q;
        q.text = u"We agreed."_s;
        q.speaker = e.document().actors().front().id;
        q.events = {e.document().events().front().id};
        q.id = commands::addQuote(e, q);
        commands::linkQuote(e, q.id, e.document().events().back().id);
        commands::unlinkQuote(e, q.id, e.document().events().front().id);
        q = *e.document().quote(q.id);
        q.credibility = 2;
        commands::updateQuote(e, q);
        commands::removeQuote(e, e.document().quotes().front().id);
    });
    row("save view", u"Save view \u201cSummit\u201d"_s, [](Editor &e) {
        SavedView v;
        v.name = u"Summit"_s;
        v.grouping = LaneGrouping::Actor;
        v.filter.actors = {e.document().actors().front().id};
        v.filter.tags = {u"summit"_s};
        v.visibleFrom = 1000;
        v.visibleTo = 500000;
        v.palette = u"print"_s;
        commands::saveView(e, v);
    });
    row("update view", u"Update view \u201cA\u201d"_s, [](Editor &e) {
        SavedView v;
        v.name = u"A"_s;
        commands::saveView(e, v);
        v.palette = u"dark"_s;
        commands::saveView(e, v);
    });
    row("rename and remove views", u"Delete view \u201cC\u201d"_s, [](Editor &e) {
        SavedView v;
        v.name = u"A"_s;
        commands::saveView(e, v);
        v.name = u"B"_s;
        commands::saveView(e, v);
        commands::renameView(e, u"A"_s, u"C"_s);
        QCOMPARE(e.document().savedViews().front().name, u"C"_s); // keeps its place
        commands::removeView(e, u"C"_s);
    });
    row("bookmarks", u"Rename bookmark \u201cBucharest\u201d to \u201cNATO summit\u201d"_s, [](Editor &e) {
        commands::addBookmark(e, {u"Sochi"_s, date(u"2008-04-06"_s)});
        commands::addBookmark(e, {u"Bucharest"_s, date(u"2008-04-02/2008-04-04"_s)});
        commands::addBookmark(e, {u"Sochi"_s, date(u"2008-04-06/2008-04-07"_s)});
        commands::removeBookmark(e, u"Sochi"_s);
        commands::renameBookmark(e, u"Bucharest"_s, u"NATO summit"_s);
    });
    row("relation", QString(), [](Editor &e) {
        const auto events = e.document().events();
        Relation r{RelationId(), events[0].id, events[1].id, RelationKind::Contradicts};
        r.id = commands::addRelation(e, r);
        r.kind = RelationKind::ResponseTo;
        commands::updateRelation(e, r);
        commands::removeRelation(e, e.document().relations().front().id);
    });
}

void TestEditor::roundTrip()
{
    QFETCH(Command, command);
    QFETCH(QString, label);
    Fixture f;
    const QByteArray original = f.json();
    const qint64 stepsBefore = f.document->journalSize();
    command(*f.editor);
    const QByteArray changed = f.json();
    QVERIFY(changed != original);
    const qint64 steps = f.document->journalSize() - stepsBefore;
    QVERIFY(steps >= 1);
    if (!label.isEmpty())
        QCOMPARE(f.editor->undoLabel(), label);

    for (qint64 i = 0; i < steps; ++i)
        f.editor->undo();
    QCOMPARE(f.json(), original);
    for (qint64 i = 0; i < steps; ++i)
        f.editor->redo();
    QCOMPARE(f.json(), changed);
    QVERIFY(!f.editor->canRedo());

    // The journal is part of the file: undo works after reopening it.
    f.reopen();
    QCOMPARE(f.json(), changed);
    QVERIFY(f.editor->canUndo());
    for (qint64 i = 0; i < steps; ++i)
        f.editor->undo();
    QCOMPARE(f.json(), original);
    const QString integrity = [&] {
        Statement s = f.document->database().prepare("PRAGMA integrity_check");
        return s.step() ? s.text(0) : QString();
    }();
    QCOMPARE(integrity, u"ok"_s);
    Statement fk = f.document->database().prepare("PRAGMA foreign_key_check");
    QVERIFY(!fk.step());
}

void TestEditor::mergesConsecutiveChangesOfOneField()
{
    Fixture f;
    const QByteArray original = f.json();
    const qint64 before = f.document->journalSize();
    Event e = f.document->events().front();
    for (int day = 1; day <= 3; ++day) {
        e.date = date(u"2008-01-0%1"_s.arg(day));
        commands::updateEvent(*f.editor, e);
    }
    QCOMPARE(f.document->journalSize(), before + 1);
    QVERIFY(f.editor->undoLabel().startsWith(u"Change date of"_s));
    e.title = u"Other"_s; // another field: a step of its own
    commands::updateEvent(*f.editor, e);
    QCOMPARE(f.document->journalSize(), before + 2);
    QVERIFY(f.editor->undoLabel().startsWith(u"Rename"_s));
    f.editor->undo();
    f.editor->undo();
    QCOMPARE(f.json(), original);
}

void TestEditor::newStepDropsRedoBranch()
{
    Fixture f;
    commands::setTitle(*f.editor, u"A"_s);
    commands::addTag(*f.editor, {f.firstEvent()}, u"t"_s);
    f.editor->undo();
    QVERIFY(f.editor->canRedo());
    const qint64 size = f.document->journalSize();
    commands::addTag(*f.editor, {f.firstEvent()}, u"u"_s);
    QVERIFY(!f.editor->canRedo());
    QCOMPARE(f.document->journalSize(), size); // one dropped, one added
    QVERIFY(f.editor->undoLabel().contains(u"\u201cu\u201d"_s));
}

void TestEditor::removeEventRestoresCascades()
{
    Fixture f;
    // The event with the most relations and quotes.
    EventId target;
    std::size_t most = 0;
    for (const Event &e : f.document->events()) {
        const std::size_t links = f.document->relationsOf(e.id).size() + f.document->quotesForEvent(e.id).size();
        if (links > most) {
            most = links;
            target = e.id;
        }
    }
    QVERIFY(most >= 2);
    const QByteArray original = f.json();
    commands::removeEvents(*f.editor, {target});
    QVERIFY(!f.document->event(target));
    QVERIFY(f.document->relationsOf(target).empty());
    f.editor->undo();
    QCOMPARE(f.json(), original);
    QCOMPARE(f.document->relationsOf(target).size() + f.document->quotesForEvent(target).size(), most);
}

void TestEditor::noticesNameEvents()
{
    Fixture f;
    std::vector<DocumentChange> notices;
    f.editor->addListener([&](const DocumentChange &c) { notices.push_back(c); });
    Event e;
    e.title = u"N"_s;
    e.date = date(u"2008-05-01"_s);
    const EventId id = commands::addEvent(*f.editor, e);
    QCOMPARE(notices.size(), 1u);
    QCOMPARE(notices.back().eventsAdded, std::vector<EventId>{id});
    f.editor->undo();
    QCOMPARE(notices.back().eventsRemoved, std::vector<EventId>{id});
    f.editor->redo();
    QCOMPARE(notices.back().eventsAdded, std::vector<EventId>{id});
    Quote q;
    q.text = u"Q"_s;
    q.events = {id};
    commands::addQuote(*f.editor, q);
    QCOMPARE(notices.back().eventsChanged, std::vector<EventId>{id}); // its quote marker
    QVERIFY(notices.back().touches(EntityKind::Quote));
    QVERIFY(!notices.back().touches(EntityKind::Actor));
}

void TestEditor::readOnlyDocumentRefuses()
{
    Fixture f;
    commands::setTitle(*f.editor, u"Edited"_s);
    f.editor.reset();
    f.document.reset();
    QFile::setPermissions(f.path, QFile::ReadOwner | QFile::ReadGroup);
    QString error;
    auto doc = Document::open(f.path, OpenMode::ReadWrite, &error);
    QVERIFY(doc && doc->isReadOnly());
    Editor editor(*doc);
    QVERIFY(!editor.canUndo());
    QVERIFY_THROWS_EXCEPTION(StoreError, commands::setTitle(editor, u"No"_s));
    QCOMPARE(doc->title(), u"Edited"_s);
}

void TestEditor::damagedJournalEntryIsReported()
{
    Fixture f;
    commands::setTitle(*f.editor, u"A"_s);
    const QByteArray json = f.json();
    f.document->database().exec("UPDATE journal SET before = '{\"events\": [{\"id\": \"x\"}]}' "
                                "WHERE seq = (SELECT max(seq) FROM journal)");
    try {
        f.editor->undo();
        QFAIL("undo of a damaged entry must throw");
    } catch (const StoreError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(u"damaged"_s), e.what());
    }
    QCOMPARE(f.json(), json);
    QVERIFY(f.editor->canUndo()); // still there, still not undone
}

void TestEditor::failedStepLeavesNoTrace()
{
    Fixture f;
    const QByteArray json = f.json();
    const qint64 size = f.document->journalSize();
    Quote bad;
    bad.text = u"x"_s;
    bad.credibility = 9; // the store's CHECK constraint refuses it
    QVERIFY_THROWS_EXCEPTION(StoreError, commands::addQuote(*f.editor, bad));
    QCOMPARE(f.json(), json);
    QCOMPARE(f.document->journalSize(), size);
    commands::setTitle(*f.editor, u"still works"_s);
    QCOMPARE(f.document->title(), u"still works"_s);
}

void TestEditor::importIsOneStep()
{
    Fixture f;
    const QByteArray before = f.json();
    const qint64 size = f.document->journalSize();
    QString error;
    // Refused (invalid file): nothing written, no step.
    QVERIFY(!commands::importWith(*f.editor, u"bad.json"_s, [&] { return importNativeJson("{", *f.document, &error); }));
    QCOMPARE(f.json(), before);
    QCOMPARE(f.document->journalSize(), size);
    // The sample again, with new ids: one step, undone at once.
    QVERIFY(commands::importWith(*f.editor, u"moscow.json"_s,
                                 [&] { return importNativeJson(sampleTimelineJson(), *f.document, &error); }));
    QCOMPARE(f.document->journalSize(), size + 1);
    QCOMPARE(f.editor->undoLabel(), u"Import \u201cmoscow.json\u201d"_s);
    QVERIFY(f.json() != before);
    f.editor->undo();
    QCOMPARE(f.json(), before);
}

// Past Editor::kMaxRecordedCreations an import's step records its new ids as runs, not one by one;
// undo still deletes every one of them.
void TestEditor::largeImportRecordsIdRuns()
{
    Fixture f;
    const QByteArray before = f.json();
    const qint64 existing = f.document->info().events;
    const int events = int(Editor::kMaxRecordedCreations) + 5000;
    f.editor->performBulk({u"import"_s, u"Import big"_s}, [&] {
        BulkImport bulk(*f.document, events);
        Actor a;
        a.label = u"Bulk actor"_s;
        const ActorId actor = bulk.addActor(a);
        for (int i = 0; i < events; ++i) {
            Event e;
            e.title = u"bulk %1"_s.arg(i);
            e.date = date(u"2020-01-02"_s);
            e.actors = {{actor, ActorRole::Initiator}};
            bulk.addEvent(e);
        }
        bulk.commit();
    });
    QCOMPARE(f.document->info().events, existing + events);
    Statement step = f.document->database().prepare("SELECT before, after FROM journal ORDER BY seq DESC LIMIT 1");
    QVERIFY(step.step());
    const QString recorded = step.text(0);
    QVERIFY2(recorded.size() < 200, qPrintable(recorded)); // runs, not 25,000 ids
    QVERIFY(recorded.contains(u"["_s));
    QVERIFY(step.text(1).isEmpty());
    step.reset();
    f.reopen(); // undo works from the file
    f.editor->undo();
    QCOMPARE(f.json(), before);
}

void TestEditor::absentIdRuns_data()
{
    QTest::addColumn<QByteArray>("fragment");
    QTest::addColumn<int>("events"); // -1: refused as damaged
    QTest::newRow("ids") << QByteArray(R"({"absent": {"events": [1, 2, 7]}})") << 3;
    QTest::newRow("run and id") << QByteArray(R"({"absent": {"events": [[1, 3], 7]}})") << 4;
    QTest::newRow("run of one") << QByteArray(R"({"absent": {"events": [[5, 5]]}})") << 1;
    QTest::newRow("reversed run") << QByteArray(R"({"absent": {"events": [[3, 1]]}})") << -1;
    QTest::newRow("run from 0") << QByteArray(R"({"absent": {"events": [[0, 2]]}})") << -1;
    QTest::newRow("three numbers") << QByteArray(R"({"absent": {"events": [[1, 2, 3]]}})") << -1;
    QTest::newRow("huge run") << QByteArray(R"({"absent": {"events": [[1, 1000000000000]]}})") << -1;
    QTest::newRow("text in run") << QByteArray(R"({"absent": {"events": [["1", 2]]}})") << -1;
}

void TestEditor::absentIdRuns()
{
    QFETCH(QByteArray, fragment);
    QFETCH(int, events);
    QString error;
    const std::optional<EntityStates> states = decodeStates(fragment, &error);
    QCOMPARE(states.has_value(), events >= 0);
    if (!states) {
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        return;
    }
    QCOMPARE(int(states->absent.size()), events);
    // Encoding gives the same ids back, runs written as runs.
    const std::optional<EntityStates> again = decodeStates(encodeStates(*states), &error);
    QVERIFY(again);
    QCOMPARE(again->refs(), states->refs());
}

// An import into an empty document keeps the file's ids when they are compact; ids far apart or
// past JSON's exact integers are renumbered, since undo records the import by its id range (the
// ids 1 and 10^12 once made it walk a trillion ids until memory ran out).
void TestEditor::fileIdsIntoEmptyDocument_data()
{
    QTest::addColumn<QList<qint64>>("fileIds");
    QTest::addColumn<QList<qint64>>("stored");
    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("adjacent") << QList<qint64>{1, 2} << QList<qint64>{1, 2};
    QTest::newRow("a gap within the slack") << QList<qint64>{3, 500000} << QList<qint64>{3, 500000};
    QTest::newRow("far apart") << QList<qint64>{1, 1000000000000} << QList<qint64>{1, 2};
    QTest::newRow("one past exact integers") << QList<qint64>{(qint64(1) << 53) + 1} << QList<qint64>{1};
    QTest::newRow("the largest id") << QList<qint64>{max} << QList<qint64>{1};
    QTest::newRow("the largest and the next") << QList<qint64>{max - 1, max} << QList<qint64>{1, 2};
}

void TestEditor::fileIdsIntoEmptyDocument()
{
    QFETCH(QList<qint64>, fileIds);
    QFETCH(QList<qint64>, stored);
    QTemporaryDir dir;
    QString error;
    auto document = Document::create(dir.filePath(u"e.dateline"_s), &error);
    QVERIFY2(document, qPrintable(error));
    Editor editor(*document);
    NativeJsonContent content;
    for (qint64 id : fileIds) {
        Event e;
        e.id = EventId(id);
        e.title = u"event %1"_s.arg(id);
        e.date = date(u"2008-03-17"_s);
        content.events.push_back(e);
    }
    editor.performBulk({u"import"_s, u"Import ids"_s},
                       [&] { writeContent(content, *document, IdPolicy::KeepFileIds); });
    QList<qint64> ids;
    for (const Event &e : document->events())
        ids.push_back(e.id.value);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, stored);
    editor.undo();
    QCOMPARE(document->info().events, 0);
    editor.redo();
    QCOMPARE(document->info().events, qint64(stored.size()));
}

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
