// MainWindow wiring: controller -> table -> detail pane and back, filter, sorting, title, status
// bar, failures, and remembered layout.
#include "app/gui/documentcontroller.h"
#include "app/gui/eventdetailpane.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/filters/filtercontroller.h"
#include "app/gui/inspector/inspectordock.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelineview.h"
#include "app/gui/wrappedtext.h"
#include "app/gui/search/searchdock.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheOpenDocument();
    void keyboardSelectionUpdatesDetailPane();
    void controllerSelectionUpdatesTable();
    void deleteKeyInTheTableDeletesTheSelection();
    void newEventOpensTheInspectorOnIt();
    void deletingASelectionPicksNoOtherEvent();
    void selectAllInTheTable_data();
    void selectAllInTheTable();
    void sortingByHeader_data();
    void sortingByHeader();
    void filterAndStatusBar_data();
    void filterAndStatusBar();
    void markupInTitlesIsLiteral();
    void windowTitleKeepsItsOrder_data();
    void windowTitleKeepsItsOrder();
    void openFailureKeepsWindowUsable();
    void closeEmptiesTheWindow();
    void readOnlyDocumentSaysSo();
    void layoutIsRemembered();
    void firstRunGivesTheTimelineTheRoom();
    void narrowWindowKeepsRoomForTheTimeline();
    void openingAnotherDocumentUnderFilters();
    void filterDeselectsWhatItHides_data();
    void filterDeselectsWhatItHides();
    void filterOnOpenShowsTheFirstKeptEvent_data();
    void filterOnOpenShowsTheFirstKeptEvent();
    void searchKeepsTheTimelineTall();
    void olderLayoutMovesTheSearchBeside();

private:
    void openWritableCopy(const QString &name);
    QString paneTitle() const;
    QString statusText() const;

    QTemporaryDir m_dir;
    QString m_fixturePath;
    TestDocument m_ids; // ids only; its document is closed
    QStringList m_errors;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    useTestSettings(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
    m_fixturePath = m_dir.filePath(u"fixture.dateline"_s);
    m_ids = TestDocument::create(m_fixturePath);
    m_ids.document.reset();
}

void TestMainWindow::init()
{
    m_errors.clear();
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([this](const QString &title, const QString &message) {
        m_errors.append(title + u'\n' + message);
    });
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_controller->openDocument(m_fixturePath));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_controller.reset();
}

// Opens a copy of the fixture that may be edited, the window active (for keys).
void TestMainWindow::openWritableCopy(const QString &path)
{
    QFile::remove(path);
    QVERIFY(QFile::copy(m_fixturePath, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(m_controller->openDocument(path));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString TestMainWindow::paneTitle() const
{
    const auto *heading = m_window->detailPane()->findChild<WrappedText *>(u"title"_s);
    return heading ? heading->text() : QString();
}

QString TestMainWindow::statusText() const
{
    const auto *label = m_window->statusBar()->findChild<QLabel *>(u"summary"_s);
    return label ? label->text() : QString();
}

void TestMainWindow::showsTheOpenDocument()
{
    QCOMPARE(m_window->windowTitle(), u"Moscow, March 2008 — Dateline"_s);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
    QCOMPARE(m_window->tableView()->model()->columnCount(), 5);
    // The first event is selected so the pane is never blank on open.
    QCOMPARE(m_controller->currentEvent(), m_ids.meeting);
    QCOMPARE(paneTitle(), u"2+2 meeting in Moscow"_s);
    QVERIFY2(statusText().startsWith(u"5 events · "_s), qPrintable(statusText()));
    QVERIFY(statusText().contains(FuzzyDate::fromEdtf(u"2008-04-06").toDisplayString()));
}

void TestMainWindow::keyboardSelectionUpdatesDetailPane()
{
    QTableView *table = m_window->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(m_controller->currentEvent(), m_ids.pressConference);
    QCOMPARE(paneTitle(), u"Joint press conference"_s);
    const auto *speaker = m_window->detailPane()->findChild<WrappedText *>(u"quoteSpeaker"_s);
    QVERIFY(speaker);
    QCOMPARE(speaker->text(), u"— Sergey Lavrov"_s);
    const auto *citation = m_window->detailPane()->findChild<WrappedText *>(u"quoteCitation"_s);
    QVERIFY(citation && citation->text().contains(u"Rice and Gates in Moscow"_s));

    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(m_controller->currentEvent(), m_ids.summit); // reached, not selected: after the view is done
    QCOMPARE(paneTitle(), u"Sochi summit"_s);
}

void TestMainWindow::controllerSelectionUpdatesTable()
{
    // What the timeline will do: set the current event on the controller.
    m_controller->setCurrentEvent(m_ids.interview);
    const QModelIndex current = m_window->tableView()->currentIndex();
    QCOMPARE(current.data(EventTableModel::EventIdRole).toLongLong(), m_ids.interview.value);
    QVERIFY(m_window->tableView()->selectionModel()->isRowSelected(current.row(), {}));
    QCOMPARE(paneTitle(), u"Bush interview at the White House"_s);

    // A multi-selection (Ctrl+click on the timeline) shows as that many rows, the current one current.
    m_controller->setSelection({m_ids.interview, m_ids.summit, m_ids.meeting});
    QItemSelectionModel *rows = m_window->tableView()->selectionModel();
    QCOMPARE(rows->selectedRows().size(), 3);
    QCOMPARE(rows->currentIndex().data(EventTableModel::EventIdRole).toLongLong(), m_ids.interview.value);
    QCOMPARE(m_controller->selection().size(), std::size_t(3)); // the table did not collapse it
    // A row picked in the table is the one event again.
    QTableView *table = m_window->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_PageUp); // a row reached with the keys alone: the first
    QTRY_COMPARE(rows->selectedRows().size(), 1);
    QCOMPARE(m_controller->selection().size(), std::size_t(1));
    QCOMPARE(m_controller->currentEvent(), m_ids.meeting);
}

// Edit showed "Delete Events  Del", but Del in the table did nothing: only the timeline took it.
// In a large document the table takes rows out one by one (it re-reads a small one), and its
// current row moved on to a neighbour: deleting a selection made that unrelated event current
// and the timeline scrolled away to it. Nothing is current after the selection is deleted.
void TestMainWindow::deletingASelectionPicksNoOtherEvent()
{
    const QString path = m_dir.filePath(u"large.dateline"_s);
    QFile::remove(path);
    QString error;
    QVERIFY2(writeManyEvents(path, 50100, &error), qPrintable(error)); // more than the table re-reads on each change
    QVERIFY(m_controller->openDocument(path));
    const std::vector<EventId> ids = m_controller->document()->eventIdsInTimeOrder();
    const std::vector<EventId> doomed{ids[20000], ids[20001], ids[20002]};
    m_controller->setSelection(doomed);
    QCOMPARE(m_controller->eventsToActOn(), doomed);
    QVERIFY(m_controller->edit([&](Editor &editor) { commands::removeEvents(editor, doomed); }));
    QCoreApplication::processEvents(); // what the table queued
    QCOMPARE(m_window->tableView()->model()->rowCount(), 50097);
    QCOMPARE(m_controller->currentEvent(), EventId());
    QVERIFY(m_controller->selection().empty());
}

void TestMainWindow::selectAllInTheTable_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("selected"); // 0: Ctrl+A; else the first rows, as Shift+click selects them
    QTest::addColumn<bool>("deleted");
    QTest::newRow("Ctrl+A, 300 events") << 300 << 0 << true;
    // the table of a large document takes many removed rows out in one pass
    QTest::newRow("2,000 of 50,100 events") << 50100 << 2000 << true;
    // more than a step of other kinds may act on: a delete goes set-based
    QTest::newRow("Ctrl+A, 10,001 events") << 10001 << 0 << true;
    // more than one delete may act on: refused with a message, nothing deleted
    QTest::newRow("Ctrl+A, 100,001 events") << 100001 << 0 << false;
}

// The table was single-selection, so Ctrl+A did nothing there. Rows selected in it (Ctrl+A,
// Shift+click) become the controller's selection, which Delete deletes as one undoable step,
// within the limit of a step; beyond it a message says why and what to do instead.
void TestMainWindow::selectAllInTheTable()
{
    QFETCH(int, events);
    QFETCH(int, selected);
    QFETCH(bool, deleted);
    const QString path = m_dir.filePath(u"many-%1.dateline"_s.arg(events));
    QFile::remove(path);
    QString error;
    QVERIFY2(writeManyEvents(path, events, &error), qPrintable(error));
    QVERIFY(m_controller->openDocument(path));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *table = m_window->tableView();
    table->setFocus();
    if (selected == 0) {
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    } else {
        const QItemSelection rows(table->model()->index(0, 0), table->model()->index(selected - 1, 0));
        table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const int chosen = selected == 0 ? events : selected;
    QCOMPARE(int(m_controller->selection().size()), chosen);
    QCOMPARE(int(m_controller->eventsToActOn().size()), chosen);
    const qint64 steps = m_controller->document()->journalSize();
    QTest::keyClick(table, Qt::Key_Delete);
    QCoreApplication::processEvents();
    if (!deleted) {
        QCOMPARE(table->model()->rowCount(), events);
        QCOMPARE(m_controller->document()->journalSize(), steps);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.front().contains(u"100,001 events are selected; this step acts on at most 100,000"_s),
                 qPrintable(m_errors.front()));
        return;
    }
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(table->model()->rowCount(), events - chosen);
    QCOMPARE(m_controller->document()->journalSize(), steps + 1);
    QVERIFY(m_controller->selection().empty());
    QVERIFY(m_controller->undo());
    QCOMPARE(table->model()->rowCount(), events);
}

void TestMainWindow::deleteKeyInTheTableDeletesTheSelection()
{
    const QString path = m_dir.filePath(u"delete.dateline"_s);
    openWritableCopy(path);
    QTableView *table = m_window->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down); // a row picked with the keys
    QCOMPARE(m_controller->currentEvent(), m_ids.pressConference);
    const qint64 steps = m_controller->document()->journalSize();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!m_controller->document()->event(m_ids.pressConference));
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(m_controller->document()->journalSize(), steps + 1); // one step, as on the timeline
    QVERIFY(m_controller->undo());
    QVERIFY(m_controller->document()->event(m_ids.pressConference));
    QCOMPARE(table->model()->rowCount(), 5);
    // Duplicate and New Event have their keys in the table too.
    m_controller->setCurrentEvent(m_ids.pressConference);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(table->model()->rowCount(), 6);
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(table->model()->rowCount(), 7);
    QCOMPARE(m_controller->document()->journalSize(), steps + 2);

    // Just opened: the first event is current and shown selected, though nothing was picked;
    // Delete acts on it (Edit > Delete Events was greyed out).
    QVERIFY(m_controller->openDocument(path));
    QVERIFY(m_controller->selection().empty());
    QCOMPARE(m_controller->currentEvent(), m_ids.meeting);
    QAction *remove = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->text() == u"&Delete Events"_s)
            remove = a;
    QVERIFY(remove && remove->isEnabled());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!m_controller->document()->event(m_ids.meeting));
}

// Insert (or Edit > New Event) made a "New event" and left the user to find View > Inspector to
// name it: the Inspector opens on it, its title selected for typing.
void TestMainWindow::newEventOpensTheInspectorOnIt()
{
    openWritableCopy(m_dir.filePath(u"new-event.dateline"_s));
    QVERIFY(!m_window->inspector()->isVisible());
    QTableView *table = m_window->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    QCOMPARE(table->model()->rowCount(), 6);
    QTRY_VERIFY(m_window->inspector()->isVisible());
    auto *title = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(title);
    QCOMPARE(title->objectName(), u"title"_s);
    QCOMPARE(title->selectedText(), u"New event"_s);
    QVERIFY(m_window->inspector()->isAncestorOf(title));
}

void TestMainWindow::sortingByHeader_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("firstTitle");
    QTest::newRow("date ascending") << int(EventTableModel::DateColumn) << Qt::AscendingOrder
                                    << u"2+2 meeting in Moscow"_s;
    QTest::newRow("date descending") << int(EventTableModel::DateColumn) << Qt::DescendingOrder << u"Sochi summit"_s;
    QTest::newRow("title ascending") << int(EventTableModel::TitleColumn) << Qt::AscendingOrder
                                     << u"2+2 meeting in Moscow"_s;
    QTest::newRow("title descending") << int(EventTableModel::TitleColumn) << Qt::DescendingOrder
                                      << u"Sochi summit"_s;
    QTest::newRow("actors ascending") << int(EventTableModel::ActorsColumn) << Qt::AscendingOrder
                                      << u"2+2 meeting in Moscow"_s;
}

void TestMainWindow::sortingByHeader()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, firstTitle);
    m_window->tableView()->sortByColumn(column, order);
    QCOMPARE(m_window->tableView()->model()->index(0, EventTableModel::TitleColumn).data().toString(), firstTitle);
    // Sorting keeps the current event selected.
    QCOMPARE(m_window->tableView()->currentIndex().data(EventTableModel::EventIdRole).toLongLong(),
             m_ids.meeting.value);
}

void TestMainWindow::filterAndStatusBar_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("actor") << u"lavrov"_s << 2;
    QTest::newRow("title") << u"summit"_s << 1;
    QTest::newRow("nothing") << u"zzz"_s << 0;
}

void TestMainWindow::filterAndStatusBar()
{
    QFETCH(QString, filter);
    QFETCH(int, rows);
    // Ctrl+Shift+F goes to the filter; Ctrl+F opens the search.
    m_window->tableView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->filterEdit()->hasFocus());
    auto *search = m_window->findChild<SearchDock *>();
    QVERIFY(search && !search->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->isVisible());
    QVERIFY(search->field()->hasFocus());
    search->closeSearch();
    m_window->filterEdit()->setFocus();
    QTest::keyClicks(m_window->filterEdit(), filter);
    QCOMPARE(m_window->tableView()->model()->rowCount(), rows);
    QVERIFY2(statusText().startsWith(u"%1 of 5 events shown"_s.arg(rows)), qPrintable(statusText()));
    m_window->filterEdit()->clear();
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
    QVERIFY(statusText().startsWith(u"5 events"_s));
}

void TestMainWindow::windowTitleKeepsItsOrder_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("window");
    QTest::newRow("override") << u"Talks \u202Eevil"_s << u"\u2068Talks \u202Eevil\u2069 \u2014 Dateline"_s;
    QTest::newRow("line break") << u"Talks\nin Sochi"_s << u"Talks in Sochi \u2014 Dateline"_s;
    QTest::newRow("Arabic") << u"\u0642\u0645\u0629"_s << u"\u200E\u2068\u0642\u0645\u0629\u2069 \u2014 Dateline"_s;
}

// The document's title in the window's: a U+202E in it reversed " — Dateline" ("enilteD —"), an
// Arabic title put it on the left, a line break made two lines of the title bar.
void TestMainWindow::windowTitleKeepsItsOrder()
{
    QFETCH(QString, title);
    QFETCH(QString, window);
    Document *doc = m_controller->document();
    const auto restore = qScopeGuard([&] {
        doc->setTitle(u"Moscow, March 2008"_s);
        m_controller->notifyDocumentEdited();
    });
    doc->setTitle(title);
    m_controller->notifyDocumentEdited();
    QCOMPARE(m_window->windowTitle(), window);
}

void TestMainWindow::markupInTitlesIsLiteral()
{
    Document *doc = m_controller->document();
    Event event;
    event.title = u"<b>x</b>"_s;
    event.date = FuzzyDate::fromEdtf(u"2008-05-01");
    const EventId id = doc->addEvent(event);
    doc->setTitle(u"<i>Doc</i>"_s);
    m_controller->notifyDocumentEdited();
    m_controller->setCurrentEvent(id);

    QCOMPARE(paneTitle(), u"<b>x</b>"_s);
    QCOMPARE(m_window->tableView()->currentIndex().siblingAtColumn(EventTableModel::TitleColumn).data().toString(),
             u"<b>x</b>"_s);
    QCOMPARE(m_window->windowTitle(), u"<i>Doc</i> — Dateline"_s);
    doc->removeEvent(id);
    doc->setTitle(u"Moscow, March 2008"_s);
}

void TestMainWindow::openFailureKeepsWindowUsable()
{
    const QString bad = m_dir.filePath(u"not-a-timeline.dateline"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();

    QVERIFY(!m_controller->openDocument(bad));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(u"not-a-timeline.dateline"_s));
    QCOMPARE(m_window->windowTitle(), u"Moscow, March 2008 — Dateline"_s);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 5);
}

void TestMainWindow::closeEmptiesTheWindow()
{
    m_controller->closeDocument();
    QCOMPARE(m_window->windowTitle(), u"Dateline"_s);
    QCOMPARE(m_window->tableView()->model()->rowCount(), 0);
    QCOMPARE(paneTitle(), QString());
    QCOMPARE(statusText(), u"No document open"_s);
}

void TestMainWindow::readOnlyDocumentSaysSo()
{
    m_controller->closeDocument();
    const QString copy = m_dir.filePath(u"readonly.dateline"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_fixturePath, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(m_controller->openDocument(copy));
    if (!m_controller->document()->isReadOnly())
        QSKIP("file permissions do not restrict this user (root?)");
    QCOMPARE(m_window->windowTitle(), u"Moscow, March 2008 (read-only) — Dateline"_s);
}

void TestMainWindow::layoutIsRemembered()
{
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    m_window->resize(1400, 900); // wide enough for the detail pane (a narrow window folds it)
    QTRY_COMPARE(splitter->width() > 760, true);
    splitter->setSizes({700, 300});
    const QList<int> sizes = splitter->sizes();
    m_window->close(); // saves

    MainWindow second(m_controller.get());
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), m_window->size());
    QCOMPARE(second.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

// With no saved layout the timeline has two thirds of the height (the table had as much as it,
// mostly empty rows) and no dock stands beside the views: the Inspector, History and Library wait
// on the right as tabs, the Inspector in front, for the View menu or F2.
void TestMainWindow::firstRunGivesTheTimelineTheRoom()
{
    m_window.reset();
    QSettings().remove(u"mainWindow"_s);
    MainWindow window(m_controller.get());
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int timeline = window.timelineView()->height();
    const int table = window.tableView()->height();
    QVERIFY2(timeline >= 1.6 * table, qPrintable(u"timeline %1, table %2"_s.arg(timeline).arg(table)));
    QVERIFY(table >= 8 * window.tableView()->verticalHeader()->defaultSectionSize()); // not squeezed out
    QVERIFY(window.detailPane()->isVisible());

    QList<QAction *> viewMenu;
    for (QAction *menu : window.menuBar()->actions())
        viewMenu += menu->menu()->actions();
    QDockWidget *inspector = window.inspector();
    const QStringList names{u"inspector"_s, u"historyDock"_s, u"libraryDock"_s};
    for (const QString &name : names) {
        auto *dock = window.findChild<QDockWidget *>(name);
        QVERIFY2(dock && !dock->isVisible(), qPrintable(name));
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        QVERIFY2(viewMenu.contains(dock->toggleViewAction()), qPrintable(name));
    }
    window.inspector()->editEventAction()->trigger(); // F2
    QTRY_VERIFY(inspector->isVisible());
    auto *history = window.findChild<QDockWidget *>(u"historyDock"_s);
    history->toggleViewAction()->trigger(); // View > History: a tab beside it, not a second panel
    QTRY_VERIFY(history->isVisible());
    QVERIFY(window.tabifiedDockWidgets(history).contains(inspector));
}

// At 800 pixels the docks and the detail pane left the timeline some 60 pixels: the detail pane
// folds away while the window is narrow and comes back when it is wide again.
void TestMainWindow::narrowWindowKeepsRoomForTheTimeline()
{
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    m_window->inspector()->show(); // the docks take their share of the width
    m_window->resize(1600, 1000);
    QTRY_VERIFY(splitter->sizes().value(1) > 0);
    m_window->resize(800, 600);
    QTRY_COMPARE(splitter->sizes().value(1), 0);
    QVERIFY2(m_window->timelineView()->width() >= 350, qPrintable(QString::number(m_window->timelineView()->width())));
    m_window->resize(1600, 1000);
    QTRY_VERIFY(splitter->sizes().value(1) > 200);

    MainWindow small(m_controller.get()); // opened narrow from the start
    small.resize(800, 600);
    small.inspector()->show();
    small.show();
    QVERIFY(QTest::qWaitForWindowExposed(&small));
    QTRY_COMPARE(small.findChild<QSplitter *>(u"mainSplitter"_s)->sizes().value(1), 0);
}

// File dialogs open in the directory of the last document opened, never in the application's data
// directory where the bundled sample is written.
// A chip filter and a filter text set, then another document: the cleared filter filtered the
// table again from the document just replaced, which had been freed (a crash, or rows of garbage).
void TestMainWindow::openingAnotherDocumentUnderFilters()
{
    FilterController *filters = m_window->filters();
    EventFilter onlyLavrov;
    onlyLavrov.actors = {m_ids.lavrov};
    filters->setFilter(onlyLavrov);
    QTRY_VERIFY(filters->hiddenCount() > 0);
    auto *text = m_window->findChild<QLineEdit *>(u"filter"_s);
    QVERIFY(text);
    text->setText(u"a"_s);
    auto *model = qobject_cast<EventTableModel *>(m_window->tableView()->model());
    QVERIFY(model && model->isFiltered());

    const QString other = m_dir.filePath(u"another.dateline"_s);
    TestDocument::create(other);
    QVERIFY(m_controller->openDocument(other));
    QVERIFY(!filters->isActive());
    QCOMPARE(model->filterText(), u"a"_s);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, EventTableModel::TitleColumn).data().toString().contains(u'a', Qt::CaseInsensitive)
                || model->index(row, EventTableModel::ActorsColumn).data().toString().contains(u'a', Qt::CaseInsensitive));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

// A filter that hides selected events takes them out of the selection: the detail pane, the
// Inspector and the table showed an event that was on neither the timeline nor the table.
void TestMainWindow::filterDeselectsWhatItHides_data()
{
    QTest::addColumn<QStringList>("selected"); // the first is current; none: the current event alone
    QTest::addColumn<QString>("current");      // when nothing is selected (as a document opens)
    QTest::addColumn<QStringList>("kept");
    // the app's own pick gives way to the first event the filter keeps, as a document opens on the first
    QTest::newRow("current only, hidden") << QStringList{} << u"summit"_s << QStringList{u"meeting"_s};
    QTest::newRow("current only, kept") << QStringList{} << u"meeting"_s << QStringList{u"meeting"_s};
    QTest::newRow("one, hidden") << QStringList{u"summit"_s} << QString() << QStringList{};
    QTest::newRow("one, kept") << QStringList{u"meeting"_s} << QString() << QStringList{u"meeting"_s};
    QTest::newRow("several, the current one hidden") << QStringList{u"summit"_s, u"meeting"_s, u"interview"_s}
                                                     << QString() << QStringList{u"meeting"_s};
    QTest::newRow("several, the current one kept") << QStringList{u"press"_s, u"summit"_s, u"meeting"_s}
                                                   << QString() << QStringList{u"press"_s, u"meeting"_s};
    QTest::newRow("several, all hidden") << QStringList{u"summit"_s, u"interview"_s} << QString() << QStringList{};
}

void TestMainWindow::filterDeselectsWhatItHides()
{
    QFETCH(QStringList, selected);
    QFETCH(QString, current);
    QFETCH(QStringList, kept);
    const QHash<QString, EventId> ids{{u"meeting"_s, m_ids.meeting}, {u"press"_s, m_ids.pressConference},
                                      {u"interview"_s, m_ids.interview}, {u"summit"_s, m_ids.summit}};
    const auto events = [&ids](const QStringList &names) {
        std::vector<EventId> out;
        for (const QString &name : names)
            out.push_back(ids.value(name));
        return out;
    };
    const std::vector<EventId> selection = events(selected);
    if (selection.empty()) {
        m_controller->setSelection({});
        m_controller->setAutomaticCurrentEvent(ids.value(current));
    } else {
        m_controller->setCurrentEvent(selection.front());
        m_controller->setSelection(selection);
    }
    EventFilter onlyLavrov; // keeps the meeting and the press conference
    onlyLavrov.actors = {m_ids.lavrov};
    m_window->filters()->setFilter(onlyLavrov);

    const std::vector<EventId> expected = events(kept);
    QTRY_COMPARE(m_controller->eventsToActOn(), expected);
    QCOMPARE(m_controller->currentEvent(), expected.empty() ? EventId() : expected.front());
    QCOMPARE(m_window->tableView()->selectionModel()->selectedRows().size(), qsizetype(expected.size()));
    QCOMPARE(paneTitle().isEmpty(), expected.empty());

    m_window->filters()->clear(); // what was deselected stays so
    QCOMPARE(m_controller->eventsToActOn(), expected);
}

// `dateline --filter JSON FILE`: the document opens on its first event, then the filter arrives.
// One that hides the first event left the detail pane blank; the first event it keeps is shown, as
// the first event is without a filter, and a filter that keeps none says so in the pane.
void TestMainWindow::filterOnOpenShowsTheFirstKeptEvent_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("title"); // empty: none kept
    QTest::newRow("Bush's events") << u"{\"actors\":[%1]}"_s << u"Putin invites Bush to Sochi"_s;
    QTest::newRow("April only") << u"{\"dateRange\":\"2008-04\"}"_s << u"Sochi summit"_s;
    QTest::newRow("the first kept") << u"{\"actors\":[%2]}"_s << u"2+2 meeting in Moscow"_s;
    QTest::newRow("none kept") << u"{\"tags\":[\"no such tag\"]}"_s << QString();
}

void TestMainWindow::filterOnOpenShowsTheFirstKeptEvent()
{
    QFETCH(QString, json);
    QFETCH(QString, title);
    QCOMPARE(m_controller->currentEvent(), m_ids.meeting); // opened on the first event
    QString error;
    const QJsonObject object = QJsonDocument::fromJson(json.arg(m_ids.bush.value).arg(m_ids.lavrov.value).toUtf8()).object();
    const std::optional<EventFilter> filter = EventFilter::fromJson(object, &error);
    QVERIFY2(filter, qPrintable(error));
    m_window->filters()->setFilter(*filter); // as main() does for --filter
    const auto placeholder = [this] {
        const auto *label = m_window->detailPane()->findChild<QLabel *>(u"placeholder"_s);
        return label ? label->text() : QString();
    };
    if (title.isEmpty()) {
        QTRY_VERIFY2(placeholder().contains(u"filters hide every event"_s), qPrintable(placeholder()));
        QVERIFY(!m_controller->currentEvent().isValid());
        m_window->filters()->clear();
        QTRY_VERIFY2(placeholder().startsWith(u"Select an event"_s), qPrintable(placeholder()));
        return;
    }
    QTRY_COMPARE(paneTitle(), title);
    QCOMPARE(m_window->tableView()->currentIndex().row(), 0);
    QVERIFY(m_controller->selection().empty()); // nothing the user picked
}

// Ctrl+F opens the search beside the views, where the docks are, not under them as wide as the
// window: the timeline keeps its height, and the hits have the width of a readable line.
void TestMainWindow::searchKeepsTheTimelineTall()
{
    m_window.reset();
    QSettings().remove(u"mainWindow"_s);
    MainWindow window(m_controller.get());
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int before = window.timelineView()->height();
    auto *search = window.findChild<SearchDock *>();
    QVERIFY(search && !search->isVisible());
    search->findAction()->trigger();
    QTRY_VERIFY(search->isVisible());
    QCOMPARE(window.dockWidgetArea(search), Qt::RightDockWidgetArea);
    QTRY_VERIFY(search->width() >= 350);
    QCOMPARE(window.timelineView()->height(), before);
    QVERIFY2(window.timelineView()->height() >= window.height() / 2, qPrintable(QString::number(before)));
    QVERIFY2(window.timelineView()->width() >= 500, qPrintable(QString::number(window.timelineView()->width())));
    QVERIFY(window.tabifiedDockWidgets(search).contains(window.inspector())); // one column of tabs
}

// A layout saved before the search moved (version 0, the search under the views) keeps the user's
// docks where they were left, and the search joins the right-hand docks.
void TestMainWindow::olderLayoutMovesTheSearchBeside()
{
    auto *search = m_window->findChild<SearchDock *>();
    m_window->addDockWidget(Qt::BottomDockWidgetArea, search);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_window->inspector());
    m_window->inspector()->show();
    QSettings settings;
    settings.setValue(u"mainWindow/state"_s, m_window->saveState(0));
    settings.sync();
    m_window.reset();

    MainWindow window(m_controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.dockWidgetArea(window.inspector()), Qt::LeftDockWidgetArea); // as the user left it
    QVERIFY(window.inspector()->isVisible());
    QCOMPARE(window.dockWidgetArea(window.findChild<SearchDock *>()), Qt::RightDockWidgetArea);
    window.close(); // saves the current version, which is restored as it is
    MainWindow again(m_controller.get());
    QCOMPARE(again.dockWidgetArea(again.findChild<SearchDock *>()), Qt::RightDockWidgetArea);
    QCOMPARE(again.dockWidgetArea(again.inspector()), Qt::LeftDockWidgetArea);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
