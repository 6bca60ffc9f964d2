// The timeline's vertical scroll bar (both ways with Viewport::scrollY) and where a freshly opened
// document starts: at the top of its lanes, whatever the initial selection.
#include "app/gui/documentcontroller.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelinenavigation.h"
#include "app/gui/timelineview.h"
#include "core/index/timeindex.h"
#include "core/io/sample.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace dateline;

class TestTimelineViewScroll : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void barFollowsTheContent_data();
    void barFollowsTheContent();
    void movingTheBarScrollsTheLanes_data();
    void movingTheBarScrollsTheLanes();
    void wheelAndKeysMoveTheBar_data();
    void wheelAndKeysMoveTheBar();
    void barFollowsLaneChanges();
    void sampleOpensAtTheTopLane();

private:
    void verifyBarMatchesLayout();

    QTemporaryDir m_dir;
    QString m_fixturePath;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineViewScroll::initTestCase()
{
    useTestSettings(u"tst_timelineviewscroll"_s);
    QVERIFY(m_dir.isValid());
    m_fixturePath = m_dir.filePath(u"fixture.dateline"_s);
    TestDocument::create(m_fixturePath);
}

void TestTimelineViewScroll::init()
{
    m_controller = std::make_unique<DocumentController>();
    m_view = std::make_unique<TimelineView>(m_controller.get());
    m_view->resize(1000, 220); // the fixture's lanes do not fit in 220 - axis - overview
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_controller->openDocument(m_fixturePath));
    m_view->setFocus();
}

void TestTimelineViewScroll::cleanup()
{
    m_view.reset();
    m_controller.reset();
}

// The bar's range and position against the frame's own geometry.
void TestTimelineViewScroll::verifyBarMatchesLayout()
{
    const Layout &layout = m_view->currentLayout();
    const QScrollBar *bar = m_view->verticalScrollBar();
    const double overflow = layout.contentHeight - layout.laneArea.height();
    QCOMPARE(bar->isVisible(), overflow > 0);
    QCOMPARE(bar->maximum(), overflow > 0 ? int(std::ceil(overflow)) : 0);
    QCOMPARE(bar->value(), int(std::lround(m_view->scrollY())));
    if (bar->isVisible()) {
        QCOMPARE(bar->pageStep(), int(layout.laneArea.height()));
        // beside the lane area, not over it, and neither over the axis nor the overview band
        QVERIFY(bar->geometry().left() >= layout.laneArea.right());
        QCOMPARE(bar->geometry().right(), m_view->width() - 1);
        QCOMPARE(double(bar->geometry().top()), layout.laneArea.top());
        QVERIFY(bar->geometry().bottom() <= layout.laneArea.bottom());
    } else {
        QCOMPARE(layout.viewport.size.width(), double(m_view->width()));
    }
}

void TestTimelineViewScroll::barFollowsTheContent_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("visible");
    QTest::newRow("lanes overflow") << 220 << true;
    QTest::newRow("just overflow") << 300 << true;
    QTest::newRow("everything fits") << 700 << false;
}

void TestTimelineViewScroll::barFollowsTheContent()
{
    QFETCH(int, height);
    QFETCH(bool, visible);
    m_view->resize(1000, height);
    QCOMPARE(m_view->verticalScrollBar()->isVisible(), visible);
    verifyBarMatchesLayout();
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (visible) {
        const LayoutOptions &o = m_view->currentLayout().options;
        QCOMPARE(bar->singleStep(), int(o.rowsPerLane * o.rowHeight + 2 * o.lanePadding)); // one lane
    }
}

void TestTimelineViewScroll::movingTheBarScrollsTheLanes_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("to the end") << int(QAbstractSlider::SliderToMaximum);
    QTest::newRow("a lane down") << int(QAbstractSlider::SliderSingleStepAdd);
    QTest::newRow("a page down") << int(QAbstractSlider::SliderPageStepAdd);
}

void TestTimelineViewScroll::movingTheBarScrollsTheLanes()
{
    QFETCH(int, action);
    QScrollBar *bar = m_view->verticalScrollBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(m_view->scrollY(), 0.0);
    const QString firstLane = m_view->currentLayout().lanes.at(0).key;
    bar->triggerAction(QAbstractSlider::SliderAction(action));
    QVERIFY(bar->value() > 0);
    QCOMPARE(m_view->scrollY(), double(bar->value()));
    const Layout &layout = m_view->currentLayout();
    QCOMPARE(layout.viewport.scrollY, double(bar->value()));
    QVERIFY(layout.lanes.at(0).key != firstLane || layout.lanes.at(0).body.top() < layout.laneArea.top());
    if (action != int(QAbstractSlider::SliderPageStepAdd))
        QVERIFY(layout.lanes.at(0).key != firstLane); // a whole lane or more scrolled away
    verifyBarMatchesLayout();
    bar->triggerAction(QAbstractSlider::SliderToMinimum);
    QCOMPARE(m_view->scrollY(), 0.0);
    QCOMPARE(m_view->currentLayout().lanes.at(0).key, firstLane);
}

void TestTimelineViewScroll::wheelAndKeysMoveTheBar_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("ctrl+wheel") << u"wheel"_s;
    QTest::newRow("down arrow") << u"down"_s;
    QTest::newRow("page down") << u"pagedown"_s;
    QTest::newRow("drag") << u"drag"_s;
}

void TestTimelineViewScroll::wheelAndKeysMoveTheBar()
{
    QFETCH(QString, how);
    const QScrollBar *bar = m_view->verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    if (how == u"wheel") {
        const QPointF pos(500, 100);
        QWheelEvent wheel(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view.get(), &wheel);
    } else if (how == u"down") {
        QTest::keyClick(m_view.get(), Qt::Key_Down);
    } else if (how == u"pagedown") {
        QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    } else {
        const QPoint from(600, 150);
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
        QTest::mouseMove(m_view.get(), from - QPoint(0, 20));
        QTest::mouseMove(m_view.get(), from - QPoint(0, 40));
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, from - QPoint(0, 40));
    }
    QVERIFY(m_view->scrollY() > 0);
    QCOMPARE(bar->value(), int(std::lround(m_view->scrollY())));
    verifyBarMatchesLayout();
}

void TestTimelineViewScroll::barFollowsLaneChanges()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const QStringList keys = TimelineNavigation::laneOrder(*m_view->index(), m_view->laneState());
    QVERIFY(keys.size() >= 3);
    const int expandedMaximum = bar->maximum();
    bar->setValue(bar->maximum());

    // collapsing lanes shrinks the content: the range follows and the offset stays inside it
    m_view->toggleLane(keys.at(0));
    QVERIFY(bar->maximum() < expandedMaximum);
    QVERIFY(m_view->scrollY() <= bar->maximum());
    verifyBarMatchesLayout();
    for (const QString &key : keys.mid(1))
        m_view->toggleLane(key);
    QVERIFY(!bar->isVisible()); // all collapsed: everything fits
    QCOMPARE(m_view->scrollY(), 0.0);
    verifyBarMatchesLayout();
    for (const QString &key : keys)
        m_view->toggleLane(key);
    QCOMPARE(bar->maximum(), expandedMaximum);
    verifyBarMatchesLayout();

    // one lane fits; another grouping brings the bar back
    m_view->setGrouping(LaneGrouping::None);
    QVERIFY(!bar->isVisible());
    verifyBarMatchesLayout();
    m_view->setGrouping(LaneGrouping::Actor);
    QVERIFY(bar->isVisible());
    verifyBarMatchesLayout();

    // closing hides it, opening shows it again at the top
    bar->setValue(bar->maximum());
    m_controller->closeDocument();
    QVERIFY(!bar->isVisible());
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), 0);
    verifyBarMatchesLayout();
}

void TestTimelineViewScroll::sampleOpensAtTheTopLane()
{
    m_view.reset();
    const QString samplePath = m_dir.filePath(u"sample.dateline"_s);
    QString error;
    QVERIFY2(createSampleDocument(samplePath, &error), qPrintable(error));

    MainWindow window(m_controller.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.timelineView();
    QVERIFY(m_controller->openDocument(samplePath));

    // The window picks an initial event; the lanes still start at the top.
    const EventId initial = m_controller->currentEvent();
    QVERIFY(initial.isValid());
    QVERIFY(view->verticalScrollBar()->isVisible()); // the sample's lanes do not all fit here
    QCOMPARE(view->scrollY(), 0.0);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    const Layout &layout = view->currentLayout();
    QCOMPARE(layout.lanes.at(0).key, view->index()->lane(0).key);
    QCOMPARE(layout.lanes.at(0).body.top(), layout.laneArea.top());
    QCOMPARE(m_controller->currentEvent(), initial);
    QCOMPARE(EventId(window.tableView()->currentIndex().data(EventTableModel::EventIdRole).toLongLong()), initial);

    // A selection the user makes in the table still scrolls to an event in a lane below the fold
    // (in the sample, the initial event itself is one).
    const TimeIndex &index = *view->index();
    EventId below;
    for (std::uint32_t i = 0; i < index.eventCount() && !below.isValid(); ++i) {
        const auto lane = TimelineNavigation::laneOfEvent(index, view->laneState(), layout.options, i);
        if (lane && lane->top + lane->height > layout.laneArea.height())
            below = index.eventId(i);
    }
    QVERIFY(below.isValid());
    auto *model = qobject_cast<EventTableModel *>(window.tableView()->model());
    QVERIFY(model && model->rowOf(below) >= 0);
    window.tableView()->setCurrentIndex(model->index(model->rowOf(below) == 0 ? 1 : 0, 0));
    QVERIFY(m_controller->currentEvent() != below);
    view->verticalScrollBar()->setValue(0);
    QCOMPARE(view->scrollY(), 0.0);
    window.tableView()->setCurrentIndex(model->index(model->rowOf(below), 0));
    QCOMPARE(m_controller->currentEvent(), below);
    QVERIFY(view->scrollY() > 0);
    QCOMPARE(view->verticalScrollBar()->value(), int(std::lround(view->scrollY())));
    const EventShape *shape = view->currentLayout().shapeOf(below);
    QVERIFY(shape && shape->selected);
    QVERIFY(view->currentLayout().laneArea.contains(shape->rect.center()));

    // and so does Tab, from the top
    view->verticalScrollBar()->setValue(0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    const EventId next = m_controller->currentEvent();
    QVERIFY(next.isValid() && next != below);
    shape = view->currentLayout().shapeOf(next);
    QVERIFY(shape && shape->selected);
    QVERIFY(view->currentLayout().laneArea.contains(shape->rect.center()));
}

QTEST_MAIN(TestTimelineViewScroll)
#include "tst_timelineviewscroll.moc"
