// Saved views and date bookmarks in the app: Save View As captures the timeline, applying a view
// restores grouping, range, palette and filter (through the hook), bookmarks jump, the dock lists
// both and deletes and renames through undoable steps; the View menu entries.
#include "app/gui/documentcontroller.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelineview.h"
#include "app/gui/views/savedviewactions.h"
#include "app/gui/views/viewsdock.h"
#include "core/edit/editor.h"
#include "core/render/layout.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestSavedViews : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveAndApplyView();
    void filterGoesThroughTheHook();
    void bookmarkAtCurrentEventAndJump();
    void dockListsDeletesAndRenames();
    void dockTextFitsItsDefaultWidth();
    void viewMenuEntries();
    void readOnlyDisablesSaving();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_errors;
    QStringList m_answers; // what the name prompt answers, in order
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    SavedViewActions *m_actions = nullptr;
};

void TestSavedViews::initTestCase()
{
    useTestSettings(u"tst_savedviews"_s);
    QVERIFY(m_dir.isValid());
}

void TestSavedViews::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"doc%1.dateline"_s.arg(++n));
    TestDocument::create(m_path);
    m_errors.clear();
    m_controller = std::make_unique<DocumentController>();
    m_controller->setErrorReporter([this](const QString &t, const QString &m) { m_errors << t + u'\n' + m; });
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(m_controller->openDocument(m_path));
    m_actions = m_window->viewActions();
    QVERIFY(m_actions);
    m_actions->setNamePrompt([this](QWidget *, const QString &, const QString &, const QString &) {
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    });
}

void TestSavedViews::cleanup()
{
    m_window.reset();
    m_controller.reset();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
}

void TestSavedViews::saveAndApplyView()
{
    TimelineView *timeline = m_window->timelineView();
    timeline->setGrouping(LaneGrouping::Tag);
    timeline->setPaletteMode(TimelineView::PaletteMode::Dark);
    const TimePoint from = 1'205'000'000, to = 1'207'000'000;
    timeline->showRange(from, to);
    m_answers = {u"Briefing"_s};
    m_actions->saveViewAs();
    const auto saved = m_controller->document()->savedView(u"Briefing"_s);
    QVERIFY(saved);
    QCOMPARE(saved->grouping, LaneGrouping::Tag);
    QCOMPARE(saved->palette, u"dark"_s);
    // The captured range is what is visible: the shown range plus the view's small margins.
    QVERIFY(saved->visibleFrom <= from && saved->visibleFrom > from - (to - from) / 5);
    QVERIFY(saved->visibleTo >= to && saved->visibleTo < to + (to - from) / 5);
    QCOMPARE(m_controller->editor()->undoLabel(), u"Save view \u201cBriefing\u201d"_s);

    // Elsewhere, then back.
    timeline->setGrouping(LaneGrouping::Actor);
    timeline->setPaletteMode(TimelineView::PaletteMode::Light);
    timeline->fitAll();
    QVERIFY(m_actions->applyView(u"Briefing"_s));
    QCOMPARE(timeline->grouping(), LaneGrouping::Tag);
    QCOMPARE(timeline->timelinePalette().kind, Palette::Kind::Dark);
    const SavedView again = m_actions->currentView(u"Briefing"_s);
    const TimePoint slack = (to - from) / 50;
    QVERIFY(std::abs(again.visibleFrom - saved->visibleFrom) <= slack);
    QVERIFY(std::abs(again.visibleTo - saved->visibleTo) <= slack);
    QVERIFY(!m_actions->applyView(u"missing"_s));

    // A view of every event is saved without a range: it grows with the document.
    timeline->fitAll();
    const SavedView all = m_actions->currentView(u"All"_s);
    QCOMPARE(all.visibleFrom, all.visibleTo);
    timeline->showRange(from, to);
    m_actions->applyView(all);
    const SavedView fitted = m_actions->currentView(u"All"_s);
    QCOMPARE(fitted.visibleFrom, fitted.visibleTo); // applying it fits all events

    // Cancelling the name prompt saves nothing.
    const qint64 steps = m_controller->document()->journalSize();
    m_answers.clear();
    m_actions->saveViewAs();
    QCOMPARE(m_controller->document()->journalSize(), steps);
}

void TestSavedViews::filterGoesThroughTheHook()
{
    EventFilter windowFilter;
    windowFilter.tags = {u"summit"_s};
    EventFilter applied;
    m_actions->setFilterHook({[&] { return windowFilter; }, [&](const EventFilter &f) { applied = f; }});
    m_answers = {u"Filtered"_s};
    m_actions->saveViewAs();
    QCOMPARE(m_controller->document()->savedView(u"Filtered"_s)->filter, windowFilter);
    QVERIFY(m_actions->applyView(u"Filtered"_s));
    QCOMPARE(applied, windowFilter);
}

void TestSavedViews::bookmarkAtCurrentEventAndJump()
{
    const Document *doc = m_controller->document();
    const Event summit = doc->events().back();
    m_controller->setCurrentEvent(summit.id);
    m_answers = {u"Sochi"_s};
    m_actions->addBookmark();
    const auto bookmark = doc->bookmark(u"Sochi"_s);
    QVERIFY(bookmark);
    QCOMPARE(bookmark->date, summit.date);

    // Without a current event: the day in the middle of the view.
    m_controller->setCurrentEvent(EventId());
    TimelineView *timeline = m_window->timelineView();
    timeline->showRange(1'100'000'000, 1'100'000'000 + 10 * 86400);
    const auto here = m_actions->bookmarkHere();
    QVERIFY(here);
    const DateBounds b = here->date.bounds();
    QCOMPARE(b.latestEnd - b.earliestStart, TimePoint(86400));
    QVERIFY(b.earliestStart >= 1'100'000'000 + 3 * 86400 && b.earliestStart <= 1'100'000'000 + 6 * 86400);

    timeline->fitAll();
    QVERIFY(m_actions->jumpToBookmark(u"Sochi"_s));
    const TimePoint middle = timeline->scale().toTime(timeline->currentLayout().laneArea.center().x());
    const DateBounds s = summit.date.bounds();
    QVERIFY(middle >= s.earliestStart - 86400 && middle <= s.latestEnd + 86400);
}

void TestSavedViews::dockListsDeletesAndRenames()
{
    auto *dock = m_window->findChild<ViewsDock *>();
    QVERIFY(dock);
    m_answers = {u"One"_s, u"Two"_s, u"Mark"_s};
    m_actions->saveViewAs();
    m_actions->saveViewAs();
    m_actions->addBookmark();
    QTreeWidget *tree = dock->tree();
    QTreeWidgetItem *views = tree->topLevelItem(0), *bookmarks = tree->topLevelItem(1);
    QCOMPARE(views->childCount(), 2);
    QCOMPARE(views->child(1)->text(0), u"Two"_s);
    QCOMPARE(bookmarks->childCount(), 1);

    tree->setCurrentItem(views->child(0));
    dock->removeSelected();
    QCOMPARE(m_controller->editor()->undoLabel(), u"Delete view \u201cOne\u201d"_s);
    QCOMPARE(views->childCount(), 1);
    QVERIFY(m_controller->undo());
    QCOMPARE(views->childCount(), 2); // the dock follows undo
    QCOMPARE(views->child(0)->text(0), u"One"_s);

    tree->setCurrentItem(bookmarks->child(0));
    m_answers = {u"Renamed"_s};
    dock->renameSelected();
    QCOMPARE(bookmarks->child(0)->text(0), u"Renamed"_s);
    QVERIFY(m_controller->document()->bookmark(u"Renamed"_s));

    // Return on a view applies it.
    m_window->timelineView()->setGrouping(LaneGrouping::Country);
    tree->setCurrentItem(views->child(0));
    dock->activateSelected();
    QCOMPARE(m_window->timelineView()->grouping(), m_controller->document()->savedView(u"One"_s)->grouping);
}

// At the dock's default width every text shows whole: the empty groups' "none yet" beside them,
// and how to add entries wrapped below (the tree's column cut it: "none yet: View > Save Vi…").
void TestSavedViews::dockTextFitsItsDefaultWidth()
{
    m_actions->manageViews();
    auto *dock = m_window->findChild<ViewsDock *>();
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible() && dock->width() > 50);
    QTreeWidget *tree = dock->tree();
    QVERIFY(dock->width() < 320); // the default: not widened to fit
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = tree->topLevelItem(i);
        QCOMPARE(group->childCount(), 0);
        const QRect cell = tree->visualItemRect(group).intersected(tree->viewport()->rect());
        const int left = tree->header()->sectionViewportPosition(1) + tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 2;
        const int room = cell.right() - left;
        const int needed = QFontMetrics(group->font(1)).horizontalAdvance(group->text(1));
        QVERIFY2(needed <= room, qPrintable(u"%1: %2 needs %3 px, has %4"_s.arg(group->text(0), group->text(1)).arg(needed).arg(room)));
    }
    const auto *hint = dock->findChild<QLabel *>(u"viewsHint"_s);
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->wordWrap());
    QVERIFY(hint->text().contains(u"Save View As"_s));
    QVERIFY(hint->geometry().right() <= dock->widget()->width());
    QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
             qPrintable(u"%1 high, needs %2"_s.arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
}

void TestSavedViews::viewMenuEntries()
{
    m_answers = {u"A & B"_s};
    m_actions->saveViewAs();
    QMenu *menu = m_actions->viewsMenu();
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QCOMPARE(menu->actions().front()->text(), u"A && B"_s); // not a mnemonic
    m_window->timelineView()->setGrouping(LaneGrouping::Country);
    menu->actions().front()->trigger();
    QCOMPARE(m_window->timelineView()->grouping(), LaneGrouping::Actor);
    QCOMPARE(m_actions->addBookmarkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    // A bookmark's name keeps to its side of the dash: isolated, one line, the line left to right.
    m_controller->document()->putBookmark({u"\u05E9\u05DC\u05D5\u05DD\n&"_s, FuzzyDate::fromEdtf(u"2008-03-20")});
    QMenu *bookmarks = m_actions->bookmarksMenu();
    emit bookmarks->aboutToShow();
    QCOMPARE(bookmarks->actions().size(), 1);
    QCOMPARE(bookmarks->actions().front()->text(),
             u"\u200E\u2068\u05E9\u05DC\u05D5\u05DD &&\u2069 \u2014 "_s + FuzzyDate::fromEdtf(u"2008-03-20").toDisplayString());
    bool found = false;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && a->text() == u"&View"_s)
            found = a->menu()->actions().contains(m_actions->saveViewAction());
    }
    QVERIFY(found);
}

void TestSavedViews::readOnlyDisablesSaving()
{
    m_controller->closeDocument();
    QVERIFY(m_controller->openDocument(m_path, OpenMode::ReadOnly));
    QVERIFY(!m_actions->saveViewAction()->isEnabled());
    QVERIFY(!m_actions->addBookmarkAction()->isEnabled());
    m_answers = {u"X"_s};
    m_actions->saveViewAs();
    QVERIFY(m_controller->document()->savedViews().empty());
}

// DATELINE_SCREENSHOT=N: the window with views, bookmarks, the sidebar and the View menu open for
// N seconds, for a screen capture.
void TestSavedViews::screenshot()
{
    if (qEnvironmentVariableIsEmpty("DATELINE_SCREENSHOT"))
        QSKIP("set DATELINE_SCREENSHOT to show the views for a screen capture");
    m_errors.clear();
    TimelineView *timeline = m_window->timelineView();
    m_window->move(0, 0);
    m_window->resize(1500, 900);
    const std::vector<Event> events = m_controller->document()->events();
    m_answers = {u"Whole story"_s, u"Moscow talks by tag"_s, u"2+2 meeting"_s, u"Sochi summit"_s};
    timeline->fitAll();
    m_actions->saveViewAs();
    timeline->setGrouping(LaneGrouping::Tag);
    timeline->showRange(events.front().date.bounds().earliestStart - 86400, events.front().date.bounds().latestEnd + 3 * 86400);
    m_actions->saveViewAs();
    m_controller->setCurrentEvent(events.front().id);
    m_actions->addBookmark();
    m_controller->setCurrentEvent(events.back().id);
    m_actions->addBookmark();
    m_actions->manageViews();
    if (auto *dock = m_window->findChild<ViewsDock *>())
        m_window->resizeDocks({dock}, {330}, Qt::Horizontal);
    QTest::qWait(300);
    QMenu *view = nullptr;
    for (QAction *a : m_window->menuBar()->actions()) {
        if (a->menu() && a->text() == u"&View"_s)
            view = a->menu();
    }
    QVERIFY(view);
    view->popup(m_window->mapToGlobal(QPoint(60, 30)));
    QTest::qWait(300);
    m_actions->viewsMenu()->popup(view->geometry().topRight() + QPoint(0, view->actionGeometry(view->actions().at(view->actions().indexOf(m_actions->viewsMenu()->menuAction()))).top()));
    // First half with the menus open, then the sidebar alone.
    QTest::qWait(qEnvironmentVariableIntValue("DATELINE_SCREENSHOT") * 500);
    m_actions->viewsMenu()->hide();
    view->hide();
    QTest::qWait(qEnvironmentVariableIntValue("DATELINE_SCREENSHOT") * 500);
}

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
