// The History panel: a lazy model of the journal (checked by QAbstractItemModelTester), newest
// first, undone steps marked, readable times, and double-click undo/redo through the dock.
#include "app/gui/documentcontroller.h"
#include "app/gui/history/historydock.h"
#include "app/gui/history/historymodel.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestHistoryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newestFirstWithUndoneMarked();
    void pagesThroughALongJournal();
    void unreadableJournalIsEmpty();
    void timeText_data();
    void timeText();
    void refreshesOnEdits();
    void doubleClickUndoesAndRedoes();
    void readOnlyDoesNothing();

private:
    void addActors(int count);

    QTemporaryDir m_dir;
    QString m_path;
    TestDocument m_ids;
    QStringList m_errors;
    std::unique_ptr<DocumentController> m_controller;
};

void TestHistoryModel::initTestCase()
{
    useTestSettings(u"tst_historymodel"_s);
    QVERIFY(m_dir.isValid());
}

void TestHistoryModel::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"doc%1.dateline"_s.arg(++n));
    m_ids = TestDocument::create(m_path);
    m_ids.document.reset();
    m_errors.clear();
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([this](const QString &t, const QString &m) { m_errors << t + u'\n' + m; });
    QVERIFY(m_controller->openDocument(m_path));
}

void TestHistoryModel::cleanup()
{
    m_controller.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestHistoryModel::addActors(int count)
{
    // One outer transaction for speed; each command is still its own journal step.
    Document::BulkEdit bulk(*m_controller->document());
    for (int i = 0; i < count; ++i) {
        Actor actor;
        actor.label = u"Actor %1"_s.arg(i);
        commands::addActor(*m_controller->editor(), actor);
    }
    bulk.commit();
}

void TestHistoryModel::newestFirstWithUndoneMarked()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_controller->document());
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(m_controller->edit([](Editor &e) { commands::setTitle(e, u"First"_s); }));
    QVERIFY(m_controller->edit([this](Editor &e) { commands::removeActor(e, m_ids.bush); }));
    QVERIFY(m_controller->undo());
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex newest = model.index(0);
    const QModelIndex older = model.index(1);
    QVERIFY2(newest.data().toString().contains(u"George W. Bush"_s), qPrintable(newest.data().toString()));
    QVERIFY2(older.data().toString().contains(u"First"_s), qPrintable(older.data().toString()));
    QVERIFY(newest.data(HistoryModel::SeqRole).toLongLong() > older.data(HistoryModel::SeqRole).toLongLong());
    QVERIFY(newest.data(HistoryModel::UndoneRole).toBool());
    QVERIFY(!older.data(HistoryModel::UndoneRole).toBool());
    QVERIFY(newest.data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(!older.data(Qt::FontRole).isValid());
    QVERIFY(newest.data(Qt::ForegroundRole).isValid());
    QCOMPARE(older.data(HistoryModel::CommandRole).toString(), u"set-title"_s);
    QVERIFY(older.data(HistoryModel::TimeRole).toDateTime().secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(older.data(HistoryModel::TimeTextRole).toString().size(), 5); // "HH:mm": made today
    QVERIFY(!model.index(2).isValid());
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModel::pagesThroughALongJournal()
{
    const int steps = HistoryModel::kPageSize * 20 + 7; // more pages than the model caches
    addActors(steps);
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_controller->document());
    QCOMPARE(model.rowCount(), steps);
    QCOMPARE(model.index(0).data().toString(), u"Add actor “Actor %1”"_s.arg(steps - 1));
    QCOMPARE(model.index(steps - 1).data().toString(), u"Add actor “Actor 0”"_s);
    // Every row, in order, across evictions: seqs strictly fall.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < steps; row += 37) {
        const qint64 seq = model.index(row).data(HistoryModel::SeqRole).toLongLong();
        QVERIFY(seq < previous);
        previous = seq;
        QCOMPARE(model.index(row).data().toString(), u"Add actor “Actor %1”"_s.arg(steps - 1 - row));
    }
    const qint64 seq = model.index(1000).data(HistoryModel::SeqRole).toLongLong();
    HistoryModel fresh;
    fresh.setDocument(m_controller->document());
    QCOMPARE(fresh.rowOfSeq(seq), 1000);
    QCOMPARE(fresh.rowOfSeq(-5), -1);
}

// The journal's size read inside the reset: a failed read (a damaged file) threw out of it and
// left the reset begun without its end.
void TestHistoryModel::unreadableJournalIsEmpty()
{
    addActors(3);
    HistoryModel model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(m_controller->document());
    QCOMPARE(model.rowCount(), 3);
    sqlite3 *db = m_controller->document()->database().handle();
    sqlite3_progress_handler(db, 1, [](void *) { return 1; }, nullptr); // every statement fails
    model.refresh();
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    QCOMPARE(reset.size(), aboutToReset.size());
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 3);
}

void TestHistoryModel::timeText_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");
    const QTimeZone utc = QTimeZone::utc();
    const QDateTime now(QDate(2026, 12, 3), QTime(14, 30), utc);
    QTest::newRow("today") << QDateTime(QDate(2026, 12, 3), QTime(14, 3), utc) << now << u"14:03"_s;
    QTest::newRow("just after midnight") << QDateTime(QDate(2026, 12, 3), QTime(0, 1), utc) << now << u"00:01"_s;
    QTest::newRow("yesterday") << QDateTime(QDate(2026, 12, 2), QTime(9, 12), utc) << now << u"Yesterday 09:12"_s;
    QTest::newRow("this year") << QDateTime(QDate(2026, 3, 17), QTime(8, 5), utc) << now << u"17 Mar 08:05"_s;
    QTest::newRow("new year's eve") << QDateTime(QDate(2025, 12, 31), QTime(23, 0), utc)
                                    << QDateTime(QDate(2026, 1, 1), QTime(9, 0), utc) << u"Yesterday 23:00"_s;
    QTest::newRow("last year") << QDateTime(QDate(2025, 11, 30), QTime(8, 5), utc) << now << u"30 Nov 2025"_s;
    QTest::newRow("in another zone") << QDateTime(QDate(2026, 12, 3), QTime(23, 30), utc)
                                     << QDateTime(QDate(2026, 12, 4), QTime(10, 0), QTimeZone(3600)) << u"00:30"_s;
    QTest::newRow("clock moved back") << QDateTime(QDate(2026, 12, 5), QTime(9, 0), utc) << now << u"5 Dec 2026"_s;
    QTest::newRow("invalid") << QDateTime() << now << QString();
}

void TestHistoryModel::timeText()
{
    QFETCH(QDateTime, when);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(HistoryModel::timeText(when, now), expected);
}

void TestHistoryModel::refreshesOnEdits()
{
    HistoryDock dock(m_controller.get());
    QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dock.model()->rowCount(), 0);
    QVERIFY(m_controller->edit([](Editor &e) { commands::setTitle(e, u"One"_s); }));
    QCOMPARE(dock.model()->rowCount(), 1);
    QVERIFY(m_controller->undo());
    QVERIFY(dock.model()->index(0).data(HistoryModel::UndoneRole).toBool());
    QVERIFY(m_controller->redo());
    QVERIFY(!dock.model()->index(0).data(HistoryModel::UndoneRole).toBool());
    m_controller->closeDocument();
    QCOMPARE(dock.model()->rowCount(), 0);
    QVERIFY(m_controller->openDocument(m_path)); // the journal is in the file
    QCOMPARE(dock.model()->rowCount(), 1);
}

void TestHistoryModel::doubleClickUndoesAndRedoes()
{
    HistoryDock dock(m_controller.get());
    addActors(5); // rows 0..4: Actor 4 (newest) .. Actor 0
    m_controller->notifyDocumentEdited();
    dock.model()->refresh();
    Document *doc = m_controller->document();
    const qsizetype actors = qsizetype(doc->actors().size());

    // Double-click "Actor 1" (row 3): it and everything after it are undone.
    QVERIFY(dock.activate(3));
    QCOMPARE(qsizetype(doc->actors().size()), actors - 4);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(dock.model()->index(row).data(HistoryModel::UndoneRole).toBool(), row <= 3);

    // Double-click the struck-out "Actor 2" (row 2): redone up to it.
    QVERIFY(dock.activate(2));
    QCOMPARE(qsizetype(doc->actors().size()), actors - 2);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(dock.model()->index(row).data(HistoryModel::UndoneRole).toBool(), row <= 1);

    // Through the view, as a user would.
    QListView *view = dock.view();
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QRect rect = view->visualRect(dock.model()->index(0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(qsizetype(doc->actors().size()), actors - 2); // one click selects, nothing more
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(qsizetype(doc->actors().size()), actors);
    QVERIFY(!dock.model()->index(0).data(HistoryModel::UndoneRole).toBool());
    QVERIFY(!dock.activate(99)); // no such row
    QVERIFY(m_controller->undo());
    view->setCurrentIndex(dock.model()->index(0));
    QTest::keyClick(view, Qt::Key_Return); // the keyboard way: redo it
    QCOMPARE(qsizetype(doc->actors().size()), actors);
    QVERIFY(m_errors.isEmpty());
}

void TestHistoryModel::readOnlyDoesNothing()
{
    QVERIFY(m_controller->edit([](Editor &e) { commands::setTitle(e, u"Changed"_s); }));
    m_controller->closeDocument();
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QVERIFY(m_controller->openDocument(m_path));
    HistoryDock dock(m_controller.get());
    QCOMPARE(dock.model()->rowCount(), 1);
    QVERIFY(!dock.activate(0));
    QCOMPARE(m_controller->document()->title(), u"Changed"_s);
    QVERIFY(!dock.model()->index(0).data(HistoryModel::UndoneRole).toBool());
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
