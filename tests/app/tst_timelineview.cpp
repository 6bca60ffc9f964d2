// The timeline widget: navigation, hit-testing and selection sync with the controller.
#include "app/gui/documentcontroller.h"
#include "app/gui/eventdetailpane.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelinenavigation.h"
#include "app/gui/timelinetoolbar.h"
#include "app/gui/timelinetooltip.h"
#include "app/gui/timelineviewsettings.h"
#include "app/gui/timelineview.h"
#include "app/gui/wrappedtext.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace dateline;

namespace {

TimePoint at(const char *edtf)
{
    return FuzzyDate::fromEdtf(QString::fromLatin1(edtf)).bounds().earliestStart;
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void initialViewFitsTheDocument();
    void wheelZoomKeepsTheDateUnderTheCursor_data();
    void wheelZoomKeepsTheDateUnderTheCursor();
    void modifiedWheelScrollsLanes();
    void clickSelectsTheEvent_data();
    void clickSelectsTheEvent();
    void controllerSelectionScrollsToTheEvent_data();
    void controllerSelectionScrollsToTheEvent();
    void keyFFits();
    void tabMovesInTimeOrder();
    void goToDate_data();
    void goToDate();
    void goToDateFitsARange();
    void goToDateZoomsToWhatWasTyped_data();
    void goToDateZoomsToWhatWasTyped();
    void doubleClickZoomsToTheEvent();
    void dragPans();
    void headerColumnResizes();
    void overviewClickMovesTheWindow();
    void laneGrouping_data();
    void laneGrouping();
    void laneToggleAndOrder();
    void renderShowsEventsAtTheirX();
    void paletteFollowsTheSystem();
    void toolTipIsEscaped();
    void mainWindowSelectionSync();
    void backgroundLoad();
    void aRangeShownWhileLoadingStays();
    void regroupingVeilsTheOldLanes();
    void failedRegroupingNamesTheLanesShown();
    void editsPatchTheIndexInPlace();
    void fitShowsAnOpenEventAtItsPrecision_data();
    void fitShowsAnOpenEventAtItsPrecision();

private:
    QPointF shapeCenter(EventId id);

    QTemporaryDir m_dir;
    QString m_fixturePath;
    TestDocument m_ids;
    std::unique_ptr<DocumentController> m_controller;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::initTestCase()
{
    useTestSettings(u"tst_timelineview"_s);
    QVERIFY(m_dir.isValid());
    m_fixturePath = m_dir.filePath(u"fixture.dateline"_s);
    m_ids = TestDocument::create(m_fixturePath);
    m_ids.document.reset();
}

void TestTimelineView::init()
{
    m_controller = std::make_unique<DocumentController>();
    m_view = std::make_unique<TimelineView>(m_controller.get());
    m_view->resize(1000, 500);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QVERIFY(m_controller->openDocument(m_fixturePath));
    m_view->setFocus();
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_controller.reset();
}

QPointF TestTimelineView::shapeCenter(EventId id)
{
    const EventShape *shape = m_view->currentLayout().shapeOf(id);
    return shape ? shape->rect.center() : QPointF(-1, -1);
}

void TestTimelineView::initialViewFitsTheDocument()
{
    const Layout &layout = m_view->currentLayout();
    QVERIFY(layout.visibleFrom < at("2008-03-17"));
    QVERIFY(layout.visibleTo > at("2008-04-07"));
    QVERIFY(layout.visibleFrom > at("2008-02-15")); // with margins, not a lot more
    QVERIFY(layout.visibleTo < at("2008-04-30"));
    for (EventId id : {m_ids.meeting, m_ids.pressConference, m_ids.summit})
        QVERIFY(layout.laneArea.contains(shapeCenter(id)));
}

void TestTimelineView::wheelZoomKeepsTheDateUnderTheCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("delta");
    QTest::addColumn<bool>("zoomsIn");
    QTest::newRow("in, left") << 260.0 << 120 << true;
    QTest::newRow("in, right") << 940.0 << 360 << true;
    QTest::newRow("out, middle") << 600.0 << -120 << false;
    QTest::newRow("out, far") << 333.0 << -480 << false;
}

void TestTimelineView::wheelZoomKeepsTheDateUnderTheCursor()
{
    QFETCH(double, x);
    QFETCH(int, delta);
    QFETCH(bool, zoomsIn);
    const TimeScale before = m_view->scale();
    const QPointF pos(x, 200);
    QWheelEvent wheel(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    const TimeScale after = m_view->scale();
    QCOMPARE(after.secondsPerPixel() < before.secondsPerPixel(), zoomsIn);
    QVERIFY(std::abs(after.toTime(x) - before.toTime(x)) <= 1);
}

void TestTimelineView::modifiedWheelScrollsLanes()
{
    m_view->resize(1000, 220);
    m_view->zoomIn(); // the user has moved: resizing no longer refits
    const TimeScale before = m_view->scale(); // lanes no longer fit
    m_view->currentLayout();
    const QPointF pos(500, 100);
    QWheelEvent wheel(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QVERIFY(m_view->scrollY() > 0);
    QCOMPARE(m_view->scale().secondsPerPixel(), before.secondsPerPixel()); // no zoom
}

void TestTimelineView::clickSelectsTheEvent_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("meeting (range)") << 0;
    QTest::newRow("interview") << 1;
    QTest::newRow("summit (planned)") << 2;
    QTest::newRow("invitation") << 3;
}

void TestTimelineView::clickSelectsTheEvent()
{
    QFETCH(int, which);
    const EventId ids[] = {m_ids.meeting, m_ids.interview, m_ids.summit, m_ids.invitation};
    const EventId id = ids[which];
    m_view->zoomToEvent(id); // far enough in that markers do not touch
    const QPointF p = shapeCenter(id);
    QVERIFY(p.x() >= 0);
    m_controller->setCurrentEvent(EventId());
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, p.toPoint());
    QCOMPARE(m_controller->currentEvent(), id);
    QCOMPARE(m_view->currentLayout().shapeOf(id)->selected, true);
}

void TestTimelineView::controllerSelectionScrollsToTheEvent_data()
{
    QTest::addColumn<bool>("offScreen");
    QTest::newRow("visible: view stays") << false;
    QTest::newRow("off-screen: view centers, same zoom") << true;
}

void TestTimelineView::controllerSelectionScrollsToTheEvent()
{
    QFETCH(bool, offScreen);
    m_controller->setCurrentEvent(EventId());
    // Show about a week around the summit (6 Apr); the meeting (17 Mar) is then off-screen.
    if (offScreen) {
        m_view->showRange(at("2008-04-03"), at("2008-04-10"));
    } else {
        m_view->goToTime(at("2008-03-20"), at("2008-03-21")); // March 17 stays in view
    }
    const TimeScale before = m_view->scale();
    m_controller->setCurrentEvent(m_ids.meeting);
    const TimeScale after = m_view->scale();
    QCOMPARE(after.secondsPerPixel(), before.secondsPerPixel());
    QCOMPARE(after == before, !offScreen);
    const Layout &layout = m_view->currentLayout();
    const EventShape *shape = layout.shapeOf(m_ids.meeting);
    QVERIFY(shape);
    QVERIFY(shape->selected);
    QVERIFY(layout.laneArea.contains(shape->rect.center()));
    if (offScreen)
        QVERIFY(std::abs(shape->rect.center().x() - layout.laneArea.center().x()) < 2);
}

void TestTimelineView::keyFFits()
{
    const TimeScale fitted = m_view->scale();
    m_view->zoomIn();
    m_view->zoomIn();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QVERIFY(!(m_view->scale() == fitted));
    QTest::keyClick(m_view.get(), Qt::Key_F);
    QCOMPARE(m_view->scale(), fitted);
    QTest::keyClick(m_view.get(), Qt::Key_Plus);
    QVERIFY(m_view->scale().secondsPerPixel() < fitted.secondsPerPixel());
    QTest::keyClick(m_view.get(), Qt::Key_Minus);
    QVERIFY(std::abs(m_view->scale().secondsPerPixel() / fitted.secondsPerPixel() - 1) < 1e-9);
}

void TestTimelineView::tabMovesInTimeOrder()
{
    m_controller->setCurrentEvent(m_ids.meeting);
    const EventId expected[] = {m_ids.pressConference, m_ids.invitation, m_ids.interview, m_ids.summit,
                                m_ids.summit}; // stays on the last one
    for (EventId id : expected) {
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_controller->currentEvent(), id);
        QVERIFY(m_view->hasFocus());
    }
    QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_controller->currentEvent(), m_ids.interview);
}

void TestTimelineView::goToDate_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("moves");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("valid day") << QStringList{u"2008-03-26"_s} << true << QString();
    QTest::newRow("written day") << QStringList{u"26 March 2008"_s} << true << QString();
    QTest::newRow("invalid, then valid") << QStringList{u"2008-02-30"_s, u"2008-03-26"_s} << true
                                         << u"2008-02-30"_s;
    QTest::newRow("invalid, then cancel") << QStringList{u"next tuesday"_s, QString()} << false
                                          << u"next tuesday"_s;
    QTest::newRow("cancel") << QStringList{QString()} << false << QString();
}

void TestTimelineView::goToDate()
{
    QFETCH(QStringList, answers);
    QFETCH(bool, moves);
    QFETCH(QString, errorPart);
    m_view->zoomToEvent(m_ids.summit);
    const TimeScale before = m_view->scale();
    QStringList messages;
    m_view->setDatePrompt([&](QWidget *, const QString &message, const QString &) {
        messages.append(message);
        return answers.isEmpty() ? QString() : answers.takeFirst();
    });
    QTest::keyClick(m_view.get(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(answers.isEmpty());
    if (!errorPart.isEmpty())
        QVERIFY2(messages.value(1).contains(errorPart), qPrintable(messages.value(1)));
    if (moves) {
        const TimePoint center = m_view->scale().toTime(m_view->currentLayout().laneArea.center().x());
        QVERIFY(center >= at("2008-03-26") && center < at("2008-03-27"));
    } else {
        QCOMPARE(m_view->scale(), before);
    }
}

// A range typed into Go to Date is shown whole and fills the view.
void TestTimelineView::goToDateFitsARange()
{
    m_view->zoomToEvent(m_ids.summit);
    m_view->setDatePrompt([](QWidget *, const QString &, const QString &) { return u"1914-1918"_s; });
    QTest::keyClick(m_view.get(), Qt::Key_G, Qt::ControlModifier);
    const QRectF area = m_view->currentLayout().laneArea;
    const TimePoint left = m_view->scale().toTime(area.left()), right = m_view->scale().toTime(area.right());
    QVERIFY(left <= at("1914-01-01") && right >= at("1919-01-01"));
    QVERIFY(right - left < 6 * 366 * 86400LL); // fitted, not the whole timeline
}

// At decade zoom, Go to Date only re-centred: the day typed was a hairline. What was typed is
// shown at its own precision, centred: a year, a month, a day with three days either side.
void TestTimelineView::goToDateZoomsToWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("day") << u"26 March 2008"_s << u"2008-03-23"_s << u"2008-03-30"_s;
    QTest::newRow("month") << u"March 2008"_s << u"2008-03-01"_s << u"2008-04-01"_s;
    QTest::newRow("year") << u"1917"_s << u"1917-01-01"_s << u"1918-01-01"_s;
}

void TestTimelineView::goToDateZoomsToWhatWasTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QRectF area = m_view->currentLayout().laneArea;
    m_view->setScale(TimelineNavigation::fitting(at("2000-01-01"), at("2010-01-01"), area));
    m_view->setDatePrompt([&](QWidget *, const QString &, const QString &) { return typed; });
    QTest::keyClick(m_view.get(), Qt::Key_G, Qt::ControlModifier);
    const TimePoint left = m_view->scale().toTime(area.left()), right = m_view->scale().toTime(area.right());
    const TimePoint first = at(from.toLatin1().constData()), end = at(to.toLatin1().constData());
    QVERIFY2(left <= first && right >= end, qPrintable(u"%1 .. %2"_s.arg(left).arg(right)));
    QVERIFY(right - left < (end - first) * 5 / 4); // zoomed to it, not just centred
}

void TestTimelineView::doubleClickZoomsToTheEvent()
{
    const double fitted = m_view->scale().secondsPerPixel();
    const QPointF p = shapeCenter(m_ids.summit);
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, p.toPoint());
    QCOMPARE(m_controller->currentEvent(), m_ids.summit);
    QVERIFY(m_view->scale().secondsPerPixel() < fitted / 10);
    const Layout &layout = m_view->currentLayout();
    QVERIFY(layout.visibleFrom < at("2008-04-06") && layout.visibleTo > at("2008-04-07"));
    QVERIFY(layout.visibleTo - layout.visibleFrom < 3 * kSecondsPerDay);
}

void TestTimelineView::dragPans()
{
    // from empty space (dragging an event moves it: tst_timelineedit)
    const Layout &layout = m_view->currentLayout();
    int y = int(layout.laneArea.top()) + 4;
    while (y < layout.laneArea.bottom() && layout.hitTest(QPointF(500, y)).kind == HitKind::Event)
        y += 3;
    QVERIFY(layout.hitTest(QPointF(500, y)).kind != HitKind::Event);
    const TimePoint before = m_view->scale().toTime(500);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(500, y));
    QTest::mouseMove(m_view.get(), QPoint(520, y));
    QTest::mouseMove(m_view.get(), QPoint(600, y));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(600, y));
    // The time that was under the mouse followed it.
    QVERIFY(std::abs(m_view->scale().toTime(600) - before) <= 1);
}

// Lane titles of a million GDELT events were cut to "B… — …BUS" in the 170 px header column:
// its right edge drags wider (or narrower, to a minimum), and the width is remembered.
void TestTimelineView::headerColumnResizes()
{
    const auto useDefault = qScopeGuard([] { QSettings().remove(u"timeline/headerWidth"_s); }); // for the other tests
    const double edge = m_view->currentLayout().laneArea.left();
    const int y = int(m_view->currentLayout().laneArea.top()) + 10;
    const TimePoint first = m_view->currentLayout().visibleFrom, last = m_view->currentLayout().visibleTo;
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(int(edge), y));
    QTest::mouseMove(m_view.get(), QPoint(int(edge) + 20, y));
    QTest::mouseMove(m_view.get(), QPoint(int(edge) + 90, y));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(int(edge) + 90, y));
    QCOMPARE(m_view->currentLayout().laneArea.left(), edge + 90);
    QCOMPARE(m_view->currentLayout().headerColumn.width(), edge + 90);
    QVERIFY(std::abs(m_view->currentLayout().visibleFrom - first) <= 60); // the same dates in view
    QVERIFY(std::abs(m_view->currentLayout().visibleTo - last) <= 60);
    TimelineView next(m_controller.get()); // remembered for the next window
    QCOMPARE(next.currentLayout().laneArea.left(), edge + 90);
    // not narrower than a short title needs
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(int(edge) + 90, y));
    QTest::mouseMove(m_view.get(), QPoint(10, y));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(10, y));
    QCOMPARE(m_view->currentLayout().laneArea.left(), TimelineViewSettings::kMinHeaderWidth);
}

void TestTimelineView::overviewClickMovesTheWindow()
{
    m_view->zoomToEvent(m_ids.summit);
    const Layout &layout = m_view->currentLayout();
    QVERIFY(layout.overview.rect.height() > 0);
    const QPointF target(layout.overview.scale.toX(at("2008-03-18")), layout.overview.rect.center().y());
    QCOMPARE(layout.hitTest(target).kind, HitKind::Overview);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, target.toPoint());
    const Layout &after = m_view->currentLayout();
    QVERIFY(after.visibleFrom < at("2008-03-19") && after.visibleTo > at("2008-03-18"));
}

void TestTimelineView::laneGrouping_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("lanes");
    QTest::newRow("single lane") << 0 << 1;
    QTest::newRow("actor") << 1 << 3;
    QTest::newRow("event type") << 2 << 3; // roots 01, 03, 04
    QTest::newRow("tag") << 4 << 1;
}

void TestTimelineView::laneGrouping()
{
    QFETCH(int, row);
    QFETCH(int, lanes);
    TimelineToolBar toolbar(m_view.get());
    QComboBox *combo = toolbar.groupingCombo();
    combo->setCurrentIndex(row);
    Q_EMIT combo->activated(row);
    QCOMPARE(int(m_view->grouping()), combo->itemData(row).toInt());
    QCOMPARE(m_view->index()->laneCount(), lanes);
    QCOMPARE(int(m_view->currentLayout().lanes.size()), lanes);
    m_view->setGrouping(LaneGrouping::Country);
    QCOMPARE(combo->currentData().toInt(), int(LaneGrouping::Country));
}

void TestTimelineView::laneToggleAndOrder()
{
    const Layout &layout = m_view->currentLayout();
    QVERIFY(layout.lanes.size() >= 2);
    const QString first = layout.lanes.at(0).key;
    const QString second = layout.lanes.at(1).key;
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, layout.lanes.at(0).toggle.center().toPoint());
    QVERIFY(m_view->laneState().collapsed.contains(first));
    QVERIFY(m_view->currentLayout().lanes.at(0).collapsed);
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->currentLayout().lanes.at(0).toggle.center().toPoint());
    QVERIFY(m_view->laneState().collapsed.isEmpty());

    m_view->moveLane(second, TimelineNavigation::LaneMove::Up);
    QCOMPARE(m_view->currentLayout().lanes.at(0).key, second);
    m_view->moveLane(second, TimelineNavigation::LaneMove::Down);
    QCOMPARE(m_view->currentLayout().lanes.at(0).key, first);
    const QString last = m_view->currentLayout().lanes.back().key;
    m_view->moveLane(last, TimelineNavigation::LaneMove::ToTop);
    QCOMPARE(m_view->currentLayout().lanes.at(0).key, last);
}

void TestTimelineView::renderShowsEventsAtTheirX()
{
    m_view->setPaletteMode(TimelineView::PaletteMode::Light);
    const QImage image = m_view->grab().toImage();
    const Layout &layout = m_view->currentLayout();
    const Palette &palette = m_view->timelinePalette();
    const qreal dpr = image.devicePixelRatio();
    for (EventId id : {m_ids.meeting, m_ids.interview, m_ids.summit}) {
        const EventShape *shape = layout.shapeOf(id);
        QVERIFY(shape);
        const double x = m_view->scale().toX(m_view->index()->bounds(*m_view->index()->ordinalOf(id)).latestStart);
        QVERIFY(x >= shape->rect.left() - 1 && x <= shape->rect.right() + 1);
        int painted = 0;
        for (int dy = int(shape->rect.top()); dy <= int(shape->rect.bottom()); ++dy) {
            const QColor c = image.pixelColor(QPoint(int(shape->rect.center().x() * dpr), int(dy * dpr)));
            if (c != palette.background && c != palette.laneBackground)
                ++painted;
        }
        QVERIFY2(painted > 0, qPrintable(QString::number(id.value)));
    }
}

void TestTimelineView::paletteFollowsTheSystem()
{
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    m_view->setPalette(dark);
    QCOMPARE(m_view->timelinePalette().kind, Palette::Kind::Dark);
    QPalette light = m_view->palette();
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    m_view->setPalette(light);
    QCOMPARE(m_view->timelinePalette().kind, Palette::Kind::Light);
    m_view->setPaletteMode(TimelineView::PaletteMode::Dark);
    QCOMPARE(m_view->timelinePalette().kind, Palette::Kind::Dark);
}

void TestTimelineView::toolTipIsEscaped()
{
    Document *document = m_controller->document();
    Event event = *document->event(m_ids.interview);
    event.title = u"<b>x</b> & <img src=y>"_s;
    document->updateEvent(event);
    const QString tip = timelineToolTip(*document, m_ids.interview);
    QVERIFY(tip.contains(u"&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src=y&gt;"_s));
    QVERIFY(!tip.contains(u"<img"_s));
    QVERIFY(tip.contains(u"26 Mar 2008"_s));
    QVERIFY(tip.contains(u"George W. Bush"_s) || tip.contains(u"Bush"_s));
    QVERIFY(tip.contains(u"1 quote"_s));
    QVERIFY(timelineToolTip(*document, EventId(99999)).isEmpty());

    // hovering the event shows it
    m_view->zoomToEvent(m_ids.interview);
    const QPoint p = shapeCenter(m_ids.interview).toPoint();
    QHelpEvent help(QEvent::ToolTip, p, m_view->mapToGlobal(p));
    QApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"&lt;b&gt;x"_s));
    QToolTip::hideText();
}

void TestTimelineView::mainWindowSelectionSync()
{
    m_view.reset();
    MainWindow window(m_controller.get());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.timelineView();
    QVERIFY(view);
    const auto tableCurrent = [&window] {
        return EventId(window.tableView()->currentIndex().data(EventTableModel::EventIdRole).toLongLong());
    };
    const auto paneTitle = [&window] {
        const auto *heading = window.detailPane()->findChild<WrappedText *>(u"title"_s);
        return heading ? heading->text() : QString();
    };

    // timeline -> controller -> table and detail pane
    const QPointF p = view->currentLayout().shapeOf(m_ids.summit)->rect.center();
    QTest::mouseClick(view, Qt::LeftButton, {}, p.toPoint());
    QCOMPARE(m_controller->currentEvent(), m_ids.summit);
    QCOMPARE(tableCurrent(), m_ids.summit);
    QCOMPARE(paneTitle(), u"Sochi summit"_s);

    // table -> timeline, which scrolls to an off-screen event
    view->zoomToEvent(m_ids.summit);
    const double spp = view->scale().secondsPerPixel();
    QTableView *table = window.tableView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (EventId(index.data(EventTableModel::EventIdRole).toLongLong()) == m_ids.meeting)
            table->setCurrentIndex(index);
    }
    QCOMPARE(m_controller->currentEvent(), m_ids.meeting);
    const Layout &layout = view->currentLayout();
    const EventShape *shape = layout.shapeOf(m_ids.meeting);
    QVERIFY(shape && shape->selected);
    QVERIFY(layout.laneArea.contains(shape->rect.center()));
    QCOMPARE(view->scale().secondsPerPixel(), spp);

    // the View menu carries the timeline's keys
    QVERIFY(window.findChild<TimelineToolBar *>());
    QCOMPARE(view->action(TimelineView::Command::Fit)->shortcut(), QKeySequence(Qt::Key_F));
}

void TestTimelineView::backgroundLoad()
{
    m_controller->closeDocument();
    QVERIFY(!m_view->index());
    m_view->setBackgroundLoadThreshold(0); // every file loads in the background
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QVERIFY(m_view->isLoading());
    QVERIFY(!m_view->index());
    m_view->grab(); // paints "Loading…" without an index
    QTRY_VERIFY(!m_view->isLoading());
    QVERIFY(m_view->index());
    QCOMPARE(m_view->index()->eventCount(), 5u);
    // fitted once the index arrived, and the view still works
    const Layout &layout = m_view->currentLayout();
    QVERIFY(layout.visibleFrom < at("2008-03-17") && layout.visibleTo > at("2008-04-07"));
    m_view->setGrouping(LaneGrouping::None); // a reload of the same document keeps the old index meanwhile
    QVERIFY(m_view->index());
    QTRY_COMPARE(m_view->index()->laneCount(), 1);
    m_controller->closeDocument(); // while nothing is pending; and the destructor waits for a running load
    QVERIFY(m_controller->openDocument(m_fixturePath));
    m_view.reset();
}

// `dateline --view RANGE FILE` shows its range 0.3 s after the start, and a user may go to a date,
// zoom or pan before a large file's index arrives: the fit that waits for the index left it out.
void TestTimelineView::aRangeShownWhileLoadingStays()
{
    m_controller->closeDocument();
    m_view->setBackgroundLoadThreshold(0); // every file loads in the background
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QVERIFY(m_view->isLoading());
    m_view->showRange(at("2008-03-20"), at("2008-03-22"));
    QTRY_VERIFY(!m_view->isLoading());
    QVERIFY(m_view->index());
    const Layout &layout = m_view->currentLayout();
    QVERIFY2(layout.visibleFrom > at("2008-03-19") && layout.visibleTo < at("2008-03-23"),
             qPrintable(u"%1 .. %2"_s.arg(layout.visibleFrom).arg(layout.visibleTo)));
    // the next document is fitted again
    QVERIFY(m_controller->openDocument(m_fixturePath));
    QTRY_VERIFY(!m_view->isLoading() && m_view->index());
    const Layout &fitted = m_view->currentLayout();
    QVERIFY(fitted.visibleFrom < at("2008-03-17") && fitted.visibleTo > at("2008-04-07"));
}

// Another grouping of a large document loads for seconds while the Lanes box already names it:
// the previous grouping's lanes fade behind a message rather than pass for the new ones.
void TestTimelineView::regroupingVeilsTheOldLanes()
{
    m_view->setBackgroundLoadThreshold(0); // every file loads in the background
    const QPoint bar = shapeCenter(m_ids.meeting).toPoint();
    const QRgb drawn = m_view->grab().toImage().pixel(bar);
    QVERIFY(!m_view->isRegrouping());
    m_view->setGrouping(LaneGrouping::Country);
    QVERIFY(m_view->isLoading());
    QVERIFY(m_view->isRegrouping());
    QVERIFY(m_view->index()); // the old lanes are still there, behind the veil
    QVERIFY(m_view->grab().toImage().pixel(bar) != drawn);
    QTRY_VERIFY(!m_view->isLoading());
    QVERIFY(!m_view->isRegrouping());
    const QPoint newBar = shapeCenter(m_ids.meeting).toPoint();
    QVERIFY(newBar.x() >= 0);
    QCOMPARE(m_view->grab().toImage().pixel(newBar), drawn); // the same bar, unveiled in its new lane
}

// The new grouping's index cannot be read (here the file was moved away while open): the old lanes
// stayed under the new grouping's name in the Lanes box, and a saved view or the remembered lane
// state took them for it. The box goes back to what is drawn, and the user is told why.
void TestTimelineView::failedRegroupingNamesTheLanesShown()
{
    const QString path = m_dir.filePath(u"moved.dateline"_s);
    QVERIFY(QFile::copy(m_fixturePath, path));
    QVERIFY(m_controller->openDocument(path));
    QStringList errors;
    m_controller->setErrorReporter([&errors](const QString &title, const QString &message) { errors << title + u'\n' + message; });
    TimelineToolBar toolbar(m_view.get());
    auto *lanes = toolbar.findChild<QComboBox *>(u"laneGrouping"_s);
    QVERIFY(lanes);
    QCOMPARE(lanes->currentData().toInt(), int(LaneGrouping::Actor));
    const QRect shown = m_view->currentLayout().shapeOf(m_ids.meeting)->rect.toRect();
    const QImage before = m_view->grab().toImage().copy(shown);

    m_view->setBackgroundLoadThreshold(0); // the new grouping is read on a connection of its own
    QVERIFY(QFile::rename(path, path + u".away"_s));
    const int country = lanes->findData(int(LaneGrouping::Country));
    lanes->setCurrentIndex(country);
    Q_EMIT lanes->activated(country); // as a user's pick
    QCOMPARE(m_view->grouping(), LaneGrouping::Country);
    QTRY_VERIFY(!m_view->isLoading());

    QCOMPARE(m_view->grouping(), LaneGrouping::Actor);
    QCOMPARE(lanes->currentData().toInt(), int(LaneGrouping::Actor));
    QVERIFY(!m_view->isRegrouping());
    QCOMPARE(m_view->grab().toImage().copy(shown), before); // the old lanes, unveiled
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.front().contains(u"could not be grouped by country, so they stay by actor"_s), qPrintable(errors.front()));
    QVERIFY2(errors.front().contains(u"moved.dateline"_s), qPrintable(errors.front())); // what went wrong

    QVERIFY(QFile::rename(path + u".away"_s, path)); // back: the next pick works
    Q_EMIT lanes->activated(country);
    QTRY_VERIFY(!m_view->isLoading());
    QCOMPARE(m_view->grouping(), LaneGrouping::Country);
    QCOMPARE(errors.size(), 1);
}

void TestTimelineView::editsPatchTheIndexInPlace()
{
    const TimeIndex *index = m_view->index();
    QVERIFY(index);
    const std::uint32_t count = index->eventCount();
    Document &doc = *m_controller->document();
    Event summit = *doc.event(m_ids.summit);
    summit.date = FuzzyDate::fromEdtf(u"2008-03-25"_s);
    QVERIFY(m_controller->edit([&](Editor &e) { commands::updateEvent(e, summit); }));
    Event added;
    added.title = u"Added"_s;
    added.date = FuzzyDate::fromEdtf(u"2008-03-20"_s);
    EventId addedId;
    QVERIFY(m_controller->edit([&](Editor &e) { addedId = commands::addEvent(e, added); }));
    QVERIFY(m_controller->edit([&](Editor &e) { commands::removeEvents(e, {m_ids.meeting}); }));

    QCOMPARE(m_view->index(), index); // patched, not reloaded
    QCOMPARE(index->eventCount(), count); // one added, one removed
    const double x = m_view->scale().toX(at("2008-03-25"));
    QVERIFY2(std::abs(shapeCenter(m_ids.summit).x() - x) < 30, qPrintable(u"%1 vs %2"_s.arg(shapeCenter(m_ids.summit).x()).arg(x)));
    QVERIFY(m_view->currentLayout().shapeOf(addedId));
    QVERIFY(!m_view->currentLayout().shapeOf(m_ids.meeting));

    for (int i = 0; i < 3; ++i)
        QVERIFY(m_controller->undo());
    QVERIFY(m_view->currentLayout().shapeOf(m_ids.meeting));
    QVERIFY(!m_view->currentLayout().shapeOf(addedId));
    QCOMPARE(index->eventCount(), count);
}

// A document of one event open at one end (or a filter leaving one) has a single instant as its
// finite extent: the fit showed a day at hour scale. It shows the unit of the known bound, as a
// closed event of that precision is shown.
void TestTimelineView::fitShowsAnOpenEventAtItsPrecision_data()
{
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("from"); // what the view must show, and not much more
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("days"); // the least a double-click on it zooms to (its unit)
    QTest::newRow("a day") << u"2008-03-17"_s << u"2008-03-17"_s << u"2008-03-18"_s << 1;
    QTest::newRow("a month") << u"2008-03"_s << u"2008-03"_s << u"2008-04"_s << 29;
    QTest::newRow("from a month") << u"2008-03/.."_s << u"2008-03"_s << u"2008-04"_s << 29;
    QTest::newRow("until a month") << u"../2008-03"_s << u"2008-03"_s << u"2008-05"_s << 29; // April for its label
    QTest::newRow("from a day") << u"2008-03-17/.."_s << u"2008-03-17"_s << u"2008-03-18"_s << 1;
    QTest::newRow("on or before a day") << u"[..2008-03-26]"_s << u"2008-03-26"_s << u"2008-03-28"_s << 1;
    QTest::newRow("on or after a year") << u"[2008..]"_s << u"2008"_s << u"2009"_s << 330;
}

void TestTimelineView::fitShowsAnOpenEventAtItsPrecision()
{
    QFETCH(QString, edtf);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const QString path = m_dir.filePath(u"one %1.dateline"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(m_controller->newDocument(path));
    Event event;
    event.title = u"Missile-defence sites planned"_s;
    event.date = FuzzyDate::fromEdtf(edtf);
    QVERIFY(event.date.isValid());
    QVERIFY(m_controller->edit([&](Editor &e) { commands::addEvent(e, event); }));
    QVERIFY(m_controller->openDocument(path)); // the initial fit
    QTRY_VERIFY(m_view->index() && m_view->index()->eventCount() == 1);

    const TimePoint start = at(from.toLatin1().constData());
    const TimePoint end = at(to.toLatin1().constData());
    const Layout &layout = m_view->currentLayout();
    const auto shows = [&] {
        return u"shows %1 to %2"_s.arg(QDateTime::fromSecsSinceEpoch(layout.visibleFrom, Qt::UTC).toString(Qt::ISODate),
                                       QDateTime::fromSecsSinceEpoch(layout.visibleTo, Qt::UTC).toString(Qt::ISODate));
    };
    QVERIFY2(layout.visibleFrom <= start && layout.visibleTo >= end, qPrintable(shows()));
    QVERIFY2(layout.visibleTo - layout.visibleFrom < 1.5 * double(end - start), qPrintable(shows()));

    const TimeScale fitted = m_view->scale();
    m_view->zoomIn();
    QTest::keyClick(m_view.get(), Qt::Key_F); // Fit All Events does the same
    QCOMPARE(m_view->scale(), fitted);

    // a double-click (Zoom to Event) shows its unit too, not an hour of its first day
    QFETCH(int, days);
    m_view->zoomToEvent(m_view->index()->eventId(0));
    const Layout &zoomed = m_view->currentLayout();
    QVERIFY2(zoomed.visibleTo - zoomed.visibleFrom >= double(days) * kSecondsPerDay, qPrintable(shows()));
    QVERIFY2(zoomed.visibleFrom <= start && zoomed.visibleTo >= start, qPrintable(shows()));
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
