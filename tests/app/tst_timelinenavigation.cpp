// Geometry helpers of the timeline view: finite spans of open dates, scrolling, lane order.
#include "app/gui/timelinenavigation.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"
#include "testdocument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;
namespace Nav = dateline::TimelineNavigation;

class TestTimelineNavigation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void finiteSpan_data();
    void finiteSpan();
    void scrollToShow_data();
    void scrollToShow();
    void laneOrderAndMoves();
    void laneOfEvent();
};

void TestTimelineNavigation::finiteSpan_data()
{
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("day") << u"2008-03-17"_s << u"2008-03-17"_s << u"2008-03-18"_s;
    QTest::newRow("range") << u"2008-03-17/2008-03-18"_s << u"2008-03-17"_s << u"2008-03-19"_s;
    QTest::newRow("on or before") << u"[..2008-03-26]"_s << u"2008-03-26"_s << u"2008-03-27"_s;
    QTest::newRow("open end") << u"2008-03/.."_s << u"2008-03-01"_s << u"2008-03-02"_s;
    QTest::newRow("open start") << u"../2008-03-26"_s << u"2008-03-26"_s << u"2008-03-27"_s;
}

void TestTimelineNavigation::finiteSpan()
{
    QFETCH(QString, edtf);
    QFETCH(QString, from);
    QFETCH(QString, to);
    const auto day = [](const QString &s) { return FuzzyDate::fromEdtf(s).bounds().earliestStart; };
    const FuzzyDate date = FuzzyDate::fromEdtf(edtf);
    QVERIFY(date.isValid());
    const auto [f, t] = Nav::finiteSpan(date.bounds());
    QCOMPARE(f, day(from));
    QCOMPARE(t, day(to));
}

void TestTimelineNavigation::scrollToShow_data()
{
    QTest::addColumn<double>("scroll");
    QTest::addColumn<double>("top");
    QTest::addColumn<double>("height");
    QTest::addColumn<double>("expected");
    QTest::newRow("already visible") << 100.0 << 150.0 << 50.0 << 100.0;
    QTest::newRow("above") << 100.0 << 20.0 << 50.0 << 20.0;
    QTest::newRow("below") << 0.0 << 500.0 << 50.0 << 250.0; // bottom aligned in 300 px
    QTest::newRow("taller than the view") << 0.0 << 500.0 << 400.0 << 500.0;
}

void TestTimelineNavigation::scrollToShow()
{
    QFETCH(double, scroll);
    QFETCH(double, top);
    QFETCH(double, height);
    QFETCH(double, expected);
    QCOMPARE(Nav::scrollToShow(scroll, top, height, 300), expected);
}

void TestTimelineNavigation::laneOrderAndMoves()
{
    QTemporaryDir dir;
    TestDocument t = TestDocument::create(dir.filePath(u"n.dateline"_s));
    const TimeIndex index = TimeIndex::load(*t.document, LaneGrouping::Actor);
    QCOMPARE(index.laneCount(), 3);
    LaneState state;
    const QStringList defaults = Nav::laneOrder(index, state);
    QCOMPARE(defaults.size(), 3);

    state.order = {defaults.at(2), u"actor:999"_s}; // unknown keys are ignored
    QCOMPARE(Nav::laneOrder(index, state), (QStringList{defaults.at(2), defaults.at(0), defaults.at(1)}));

    state.order = Nav::movedLane(index, state, defaults.at(1), Nav::LaneMove::ToTop);
    QCOMPARE(state.order, (QStringList{defaults.at(1), defaults.at(2), defaults.at(0)}));
    state.order = Nav::movedLane(index, state, defaults.at(1), Nav::LaneMove::Up); // already first
    QCOMPARE(state.order.first(), defaults.at(1));
    state.order = Nav::movedLane(index, state, defaults.at(1), Nav::LaneMove::Down);
    QCOMPARE(state.order, (QStringList{defaults.at(2), defaults.at(1), defaults.at(0)}));

    state.collapsed.insert(defaults.at(2));
    LayoutOptions options;
    const auto spans = Nav::laneSpans(index, state, options);
    QCOMPARE(spans.size(), std::size_t(3));
    QCOMPARE(spans[0].height, options.collapsedHeight);
    QCOMPARE(spans[1].top, options.collapsedHeight);
    QVERIFY(spans[1].height > options.collapsedHeight);
}

void TestTimelineNavigation::laneOfEvent()
{
    QTemporaryDir dir;
    TestDocument t = TestDocument::create(dir.filePath(u"n.dateline"_s));
    const TimeIndex index = TimeIndex::load(*t.document, LaneGrouping::Actor);
    const LaneState state;
    const LayoutOptions options;
    const auto lane = Nav::laneOfEvent(index, state, options, *index.ordinalOf(t.summit));
    QVERIFY(lane);
    QCOMPARE(index.lane(lane->lane).label, u"George W. Bush"_s);
    QVERIFY(!Nav::laneOfEvent(index, state, options, index.eventCount()));
}

QTEST_MAIN(TestTimelineNavigation)
#include "tst_timelinenavigation.moc"
