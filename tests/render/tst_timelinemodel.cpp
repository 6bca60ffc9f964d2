// TimelineModel on the bundled sample: loading at once and in the background, following edits,
// regrouping, and the export snapshot that outlives the model's own index.
#ifndef Q_MOC_RUN // moc cannot parse <concepts>, which <set> in documentchange.h pulls in
#include "core/edit/documentchange.h"
#endif
#include "core/index/eventtextcache.h"
#include "core/index/timeindex.h"
#include "core/io/sample.h"
#include "core/render/layout.h"
#include "core/render/timelinemodel.h"
#include "core/store/document.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <thread>

using namespace dateline;

namespace {

// Every SQLite connection opened while it lives (the loader's own included) reads slowly, 1 ms
// per 100 steps of its statements, so that a load is still opening or reading when the window
// moves on; an interrupt still stops a statement within a step or so.
class SlowConnections {
public:
    SlowConnections() { sqlite3_auto_extension(reinterpret_cast<void (*)()>(&SlowConnections::install)); }
    ~SlowConnections() { sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(&SlowConnections::install)); }
    SlowConnections(const SlowConnections &) = delete;
    SlowConnections &operator=(const SlowConnections &) = delete;

private:
    static int install(sqlite3 *db, const char **, const void *)
    {
        sqlite3_progress_handler(db, 100, &SlowConnections::pause, nullptr);
        return SQLITE_OK;
    }
    static int pause(void *)
    {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return 0;
    }
};

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void loadsAtOnceBelowTheThreshold();
    void loadsInTheBackgroundAtTheThreshold();
    void supersededLoadGivesWay_data();
    void supersededLoadGivesWay();
    void followsAnEdit_data();
    void followsAnEdit();
    void refusesAPatchItCannotFollow();
    void regroups();
    void snapshotOutlivesTheModel();
    void noDocument();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    int m_run = 0;
};

void TestTimelineModel::init()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_doc = createSampleDocument(m_dir.filePath(QStringLiteral("sample%1.dateline").arg(++m_run)), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestTimelineModel::loadsAtOnceBelowTheThreshold()
{
    TimelineModel model;
    QSignalSpy loaded(&model, &TimelineModel::indexLoaded);
    model.setDocument(m_doc.get());
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!model.isLoading());
    QVERIFY(model.index());
    QCOMPARE(qint64(model.index()->eventCount()), m_doc->info().events);
    QCOMPARE(model.scene().index, model.index());
    QCOMPARE(model.scene().texts, model.texts());
    QCOMPARE(model.scene().relations.size(), m_doc->relations().size());
    QCOMPARE(model.scene().eras.size(), m_doc->eras().size());
    QCOMPARE(model.document(), m_doc.get());
}

void TestTimelineModel::loadsInTheBackgroundAtTheThreshold()
{
    TimelineModel model;
    model.setBackgroundLoadThreshold(1);
    QSignalSpy loaded(&model, &TimelineModel::indexLoaded);
    model.setDocument(m_doc.get());
    QVERIFY(model.isLoading());
    QVERIFY(!model.index()); // a new document: nothing to show meanwhile
    QVERIFY(model.texts());  // titles are read from this connection at once
    QVERIFY(loaded.wait(10000));
    QVERIFY(!model.isLoading());
    QCOMPARE(qint64(model.index()->eventCount()), m_doc->info().events);
    // the same document read again keeps its index in view until the new one is there
    const TimeIndex *before = model.index();
    model.setDocument(m_doc.get(), TimelineModel::IndexReuse::KeepUntilLoaded);
    QVERIFY(model.isLoading());
    QCOMPARE(model.index(), before);
    QVERIFY(loaded.wait(10000));
    QVERIFY(model.index() != nullptr);
}

// A load that another document, closing or quitting made moot gives way instead of running to its
// end with the window waiting for it (seconds at a million events): it is skipped or interrupted,
// so it never stores the snapshot a finished load of a writable document stores.
void TestTimelineModel::supersededLoadGivesWay_data()
{
    QTest::addColumn<QString>("next");
    QTest::newRow("another document") << QStringLiteral("open");
    QTest::newRow("closed") << QStringLiteral("close");
    QTest::newRow("quit") << QStringLiteral("quit");
}

void TestTimelineModel::supersededLoadGivesWay()
{
    QFETCH(QString, next);
    QString error;
    const std::unique_ptr<Document> other = createSampleDocument(m_dir.filePath(QStringLiteral("other%1.dateline").arg(m_run)), &error);
    QVERIFY2(other, qPrintable(error));
    const QString key = TimeIndex::snapshotKey(LaneGrouping::Tag);
    QVERIFY(!m_doc->snapshot(key));
    {
        const SlowConnections slow;
        auto model = std::make_unique<TimelineModel>();
        model->setBackgroundLoadThreshold(1);
        model->setGrouping(LaneGrouping::Tag);
        QSignalSpy loaded(model.get(), &TimelineModel::indexLoaded);
        model->setDocument(m_doc.get());
        QVERIFY(model->isLoading());
        if (next == QLatin1String("open")) {
            model->setDocument(other.get());
            QVERIFY(loaded.wait(10000));
            QCOMPARE(loaded.count(), 1);
            QCOMPARE(qint64(model->index()->eventCount()), other->info().events);
        } else if (next == QLatin1String("close")) {
            model->setDocument(nullptr);
            QVERIFY(!model->isLoading());
        }
        model.reset(); // joins the loader's thread: whatever the first load did is done
        QCOMPARE(loaded.count(), next == QLatin1String("open") ? 1 : 0);
    }
    QVERIFY(!m_doc->snapshot(key));
}

void TestTimelineModel::followsAnEdit_data()
{
    QTest::addColumn<int>("kind"); // 0 add, 1 change, 2 remove
    QTest::newRow("added") << 0;
    QTest::newRow("changed") << 1;
    QTest::newRow("removed") << 2;
}

void TestTimelineModel::followsAnEdit()
{
    QFETCH(int, kind);
    TimelineModel model;
    model.setGrouping(LaneGrouping::EventType); // actor lanes would reload on actor changes
    model.setDocument(m_doc.get());
    const std::uint32_t count = model.index()->eventCount();
    const TimeIndex *index = model.index();
    const EventId first = index->eventId(0);
    QVERIFY(!model.texts()->title(first).isEmpty()); // cached now
    DocumentChange change;
    change.kinds.insert(EntityKind::Event);
    std::uint32_t expected = count;
    if (kind == 0) {
        Event e;
        e.title = QStringLiteral("Added in the test");
        e.date = FuzzyDate::fromEdtf(QStringLiteral("2008-03-20"));
        change.eventsAdded = {m_doc->addEvent(e)};
        ++expected;
    } else if (kind == 1) {
        Event e = *m_doc->event(first);
        e.title = QStringLiteral("Renamed in the test");
        m_doc->updateEvent(e);
        change.eventsChanged = {first};
    } else {
        m_doc->removeEvent(first);
        change.eventsRemoved = {first};
        --expected;
    }
    QVERIFY(model.apply(change));
    QCOMPARE(model.index(), index); // patched in place, not reloaded
    QCOMPARE(model.index()->eventCount(), expected);
    if (kind == 1) {
        QVERIFY(!model.texts()->cachedTitle(first)); // forgotten, so the new title is read
        QCOMPARE(model.texts()->title(first), QStringLiteral("Renamed in the test"));
    }
    // the patched index becomes the snapshot of this revision
    model.storePatchedIndex();
    QVERIFY(m_doc->snapshot(TimeIndex::snapshotKey(LaneGrouping::EventType)).has_value());
}

void TestTimelineModel::refusesAPatchItCannotFollow()
{
    TimelineModel model;
    model.setDocument(m_doc.get());
    const TimeIndex *index = model.index();
    DocumentChange everything;
    everything.everything = true;
    QVERIFY(!model.apply(everything));
    DocumentChange actors; // lanes are named by actors
    actors.kinds.insert(EntityKind::Actor);
    QVERIFY(!model.apply(actors));
    QCOMPARE(model.index(), index); // nothing changed: the caller reloads
}

void TestTimelineModel::regroups()
{
    TimelineModel model;
    model.setDocument(m_doc.get());
    QCOMPARE(model.index()->grouping(), LaneGrouping::Actor);
    QSignalSpy loaded(&model, &TimelineModel::indexLoaded);
    model.setGrouping(LaneGrouping::EventType);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.grouping(), LaneGrouping::EventType);
    QCOMPARE(model.index()->grouping(), LaneGrouping::EventType);
    model.setGrouping(LaneGrouping::EventType);
    QCOMPARE(loaded.count(), 1); // the same grouping: nothing read
}

void TestTimelineModel::snapshotOutlivesTheModel()
{
    TimelineModel::Snapshot snapshot;
    {
        TimelineModel model;
        LayoutOptions options;
        options.textBudgetMs = LayoutOptions::kInteractiveTextBudgetMs;
        model.setOptions(options);
        model.setDocument(m_doc.get());
        model.setSelected(model.index()->eventId(0));
        model.setHovered(model.index()->eventId(1));
        snapshot = model.exportSnapshot();
        model.setDocument(nullptr);
        QVERIFY(!model.index());
    }
    QVERIFY(snapshot.index);
    QCOMPARE(snapshot.scene.index, snapshot.index.get());
    QCOMPARE(snapshot.scene.texts, snapshot.texts.get());
    QCOMPARE(snapshot.scene.options.textBudgetMs, 0.0); // an export draws every label
    QVERIFY(!snapshot.scene.selected.isValid());        // and highlights nothing
    QVERIFY(!snapshot.scene.hovered.isValid());
    Viewport view;
    view.scale = TimeScale::fitting(snapshot.index->earliest(), snapshot.index->latest(), 200, 1200);
    const Layout layout = Layout::compute(view, snapshot.scene);
    QVERIFY(!layout.shapes.empty());
    QVERIFY(!layout.labels.empty());
    QVERIFY(!layout.textPending);
}

void TestTimelineModel::noDocument()
{
    TimelineModel model;
    model.setDocument(nullptr);
    QVERIFY(!model.index());
    QVERIFY(!model.texts());
    QVERIFY(!model.apply(DocumentChange()));
    model.storePatchedIndex(); // nothing to store, no crash
    const Layout layout = Layout::compute(Viewport(), model.scene());
    QVERIFY(layout.shapes.empty());
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
