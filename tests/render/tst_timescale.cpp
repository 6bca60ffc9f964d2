#include "core/date/calendar.h"
#include "core/render/timescale.h"

#include <QTest>

using namespace dateline;

class TestTimeScale : public QObject {
    Q_OBJECT
private slots:
    void zoomAroundKeepsTimeUnderCursor_data();
    void zoomAroundKeepsTimeUnderCursor();
    void mapsBothWays_data();
    void mapsBothWays();
    void fittingShowsRange();
    void panMovesContent();
};

void TestTimeScale::zoomAroundKeepsTimeUnderCursor_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("steps");
    QTest::newRow("2008 in, minutes") << qint64(2008) << 86400.0 << 640.0 << 0.8 << 60;
    QTest::newRow("2008 out") << qint64(2008) << 60.0 << 100.5 << 1.25 << 80;
    QTest::newRow("100 BCE in") << qint64(-99) << 3e7 << 900.0 << 0.5 << 30;
    QTest::newRow("deep time out") << qint64(-13'800'000'000LL) << 1e6 << 10.0 << 3.0 << 25;
    QTest::newRow("deep time in to minutes") << qint64(-170'000'000LL) << 1e14 << 1500.0 << 0.25 << 30;
}

// The time under the cursor must stay exactly the same (to the second) through many wheel steps.
void TestTimeScale::zoomAroundKeepsTimeUnderCursor()
{
    QFETCH(qint64, year);
    QFETCH(double, secondsPerPixel);
    QFETCH(double, x);
    QFETCH(double, factor);
    QFETCH(int, steps);
    const TimePoint anchor = calendar::toTimePoint(CivilDate{year, 3, 17});
    TimeScale scale(anchor, secondsPerPixel);
    scale.centerOn(anchor, x);
    QCOMPARE(scale.toTime(x), anchor);
    for (int i = 0; i < steps; ++i) {
        scale.zoomAround(x, factor);
        QCOMPARE(scale.toTime(x), anchor);
    }
    QVERIFY(std::abs(scale.toX(anchor) - x) <= 0.5 / scale.secondsPerPixel() + 1e-6 || scale.secondsPerPixel() < 1);
}

void TestTimeScale::mapsBothWays_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::newRow("2008 days") << qint64(2008) << 86400.0;
    QTest::newRow("1500 years") << qint64(1500) << 3e7;
    QTest::newRow("100 BCE") << qint64(-99) << 3600.0;
    QTest::newRow("big bang") << qint64(-13'800'000'000LL) << 1e14;
}

void TestTimeScale::mapsBothWays()
{
    QFETCH(qint64, year);
    QFETCH(double, secondsPerPixel);
    const TimePoint t = calendar::toTimePoint(CivilDate{year, 1, 1});
    const TimeScale scale(t - TimePoint(secondsPerPixel * 200), secondsPerPixel);
    QCOMPARE(scale.toX(t), 200.0);
    QCOMPARE(scale.toTime(200), t);
    QVERIFY(scale.toX(t + TimePoint(secondsPerPixel * 10)) > 209.9);
}

void TestTimeScale::fittingShowsRange()
{
    const TimePoint a = calendar::toTimePoint(CivilDate{2008, 3, 1});
    const TimePoint b = calendar::toTimePoint(CivilDate{2008, 5, 1});
    const TimeScale s = TimeScale::fitting(a, b, 170, 1770);
    QCOMPARE(s.toTime(170), a);
    QVERIFY(std::abs(s.toX(b) - 1770) < 0.01);
}

void TestTimeScale::panMovesContent()
{
    TimeScale s(0, 100);
    const TimePoint t = s.toTime(500);
    s.pan(40);
    QCOMPARE(s.toTime(540), t);
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
