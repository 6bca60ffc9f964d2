#include "core/date/calendar.h"
#include "core/render/ticks.h"

#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestTicks : public QObject {
    Q_OBJECT
private slots:
    void tiers_data();
    void tiers();
    void monthsNamedUnderYears();
    void yearLabels_data();
    void yearLabels();
    void bceCenturies();
    void ticksAreSortedAndSpaced_data();
    void ticksAreSortedAndSpaced();
};

namespace {

// 7 px per character: a stand-in for font metrics, deterministic across machines
double charWidth(const QString &s)
{
    return 7.0 * double(s.size());
}

qint64 at(std::int64_t y, int m = 1, int d = 1)
{
    return calendar::toTimePoint(CivilDate{y, m, d});
}

TickSet ticksFor(TimePoint from, TimePoint to, double width = 1600)
{
    return TickGenerator::generate(TimeScale::fitting(from, to, 0, width), 0, width, charWidth);
}

} // namespace

void TestTicks::tiers_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("minorUnit");
    QTest::addColumn<int>("majorUnit");
    QTest::addColumn<QString>("someMinor");
    QTest::addColumn<QString>("someMajor");
    QTest::newRow("one day: hours under days") << at(2008, 3, 17) << at(2008, 3, 18) << int(TickUnit::Hour)
                                               << int(TickUnit::Day) << QStringLiteral("14:00")
                                               << QStringLiteral("17 Mar 2008");
    QTest::newRow("an hour: minutes under hours") << at(2008, 3, 17) + 14 * 3600LL << at(2008, 3, 17) + 15 * 3600LL
                                                  << int(TickUnit::Minute) << int(TickUnit::Hour)
                                                  << QStringLiteral("14:30") << QStringLiteral("17 Mar 2008 14:00");
    QTest::newRow("two weeks: hours under days") << at(2008, 3, 10) << at(2008, 3, 24) << int(TickUnit::Hour)
                                                 << int(TickUnit::Day) << QStringLiteral("12:00")
                                                 << QStringLiteral("17 Mar 2008");
    QTest::newRow("two months: days under months") << at(2008, 3, 1) << at(2008, 5, 1) << int(TickUnit::Day)
                                                   << int(TickUnit::Month) << QStringLiteral("17")
                                                   << QStringLiteral("April 2008");
    QTest::newRow("years: months under years") << at(2006) << at(2010) << int(TickUnit::Month)
                                               << int(TickUnit::Year) << QStringLiteral("Apr")
                                               << QStringLiteral("2008");
    QTest::newRow("centuries: years") << at(1500) << at(2025) << int(TickUnit::Year) << int(TickUnit::Year)
                                      << QStringLiteral("1800") << QStringLiteral("1900");
    QTest::newRow("BCE decades") << at(-350) << at(-150) << int(TickUnit::Year) << int(TickUnit::Year)
                                 << QStringLiteral("200 BCE") << QStringLiteral("300 BCE");
    QTest::newRow("deep time") << at(-14'000'000'000LL) << at(-1'000'000'000LL) << int(TickUnit::Year)
                               << int(TickUnit::Year) << QStringLiteral("5 Ga") << QStringLiteral("10 Ga");
    QTest::newRow("dinosaurs") << at(-250'000'000LL) << at(-60'000'000LL) << int(TickUnit::Year)
                               << int(TickUnit::Year) << QStringLiteral("170 Ma") << QStringLiteral("200 Ma");
}

void TestTicks::tiers()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, minorUnit);
    QFETCH(int, majorUnit);
    QFETCH(QString, someMinor);
    QFETCH(QString, someMajor);
    const TickSet set = ticksFor(from, to);
    QCOMPARE(int(set.minorStep.unit), minorUnit);
    QCOMPARE(int(set.majorStep.unit), majorUnit);
    QVERIFY(!set.minor.empty());
    auto has = [](const std::vector<Tick> &ticks, const QString &label) {
        return std::any_of(ticks.begin(), ticks.end(), [&](const Tick &t) { return t.label == label; });
    };
    QStringList minors, majors;
    for (const Tick &t : set.minor)
        minors << t.label;
    for (const Tick &t : set.major)
        majors << t.label;
    QVERIFY2(has(set.minor, someMinor), qPrintable(minors.join(u'|')));
    QVERIFY2(has(set.major, someMajor), qPrintable(majors.join(u'|')));
    QVERIFY(!set.context.isEmpty());
}

// Months too narrow for "September 2008" as major ticks: the days under the years name the first
// of each month, so every month on screen is named.
void TestTicks::monthsNamedUnderYears()
{
    const auto wideFont = [](const QString &text) { return 10.0 * double(text.size()); }; // "September 2008" is wide
    const TickSet set =
        TickGenerator::generate(TimeScale::fitting(at(2008, 3, 1), at(2008, 8, 1), 0, 600), 0, 600, wideFont);
    QCOMPARE(set.minorStep.unit, TickUnit::Day);
    QCOMPARE(set.majorStep.unit, TickUnit::Year);
    QStringList firsts;
    for (const Tick &t : set.minor) {
        if (calendar::toCivil(t.time).date.day == 1)
            firsts << t.label;
    }
    QCOMPARE(firsts, (QStringList{u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s, u"Jul"_s}));
}

void TestTicks::yearLabels_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<QString>("label");
    QTest::newRow("2008") << qint64(2008) << QStringLiteral("2008");
    QTest::newRow("1 CE") << qint64(1) << QStringLiteral("1");
    QTest::newRow("year 0 is 1 BCE") << qint64(0) << QStringLiteral("1 BCE");
    QTest::newRow("-99 is 100 BCE") << qint64(-99) << QStringLiteral("100 BCE");
    QTest::newRow("12,000 BCE") << qint64(-11999) << QStringLiteral("12,000 BCE");
    QTest::newRow("far future") << qint64(25000) << QStringLiteral("25,000");
}

void TestTicks::yearLabels()
{
    QFETCH(qint64, year);
    QFETCH(QString, label);
    QCOMPARE(TickGenerator::yearLabel(year), label);
}

// Century ticks across the era boundary: no year 0, "1 CE" marks the start of the era.
void TestTicks::bceCenturies()
{
    const TickSet set = ticksFor(at(-520), at(480), 700);
    QStringList labels;
    for (const Tick &t : set.minor)
        labels << t.label;
    QVERIFY2(labels.contains(QStringLiteral("100 BCE")), qPrintable(labels.join(u'|')));
    QVERIFY(labels.contains(QStringLiteral("1 CE")));
    QVERIFY(labels.contains(QStringLiteral("200")));
    QVERIFY(!labels.contains(QStringLiteral("0")));
    for (const Tick &t : set.minor) {
        if (t.label == QStringLiteral("100 BCE"))
            QCOMPARE(t.time, at(-99));
    }
}

void TestTicks::ticksAreSortedAndSpaced_data()
{
    QTest::addColumn<double>("secondsPerPixel");
    for (double spp : {0.05, 1.0, 30.0, 600.0, 3600.0, 86400.0, 3e6, 3e7, 3e8, 3e9, 3e11, 3e13, 3e15})
        QTest::newRow(qPrintable(QString::number(spp))) << spp;
}

// At every zoom, minor ticks are ascending, inside the range and at least a label apart.
void TestTicks::ticksAreSortedAndSpaced()
{
    QFETCH(double, secondsPerPixel);
    const TimeScale scale(at(1990) - TimePoint(secondsPerPixel * 800), secondsPerPixel);
    const TickSet set = TickGenerator::generate(scale, 0, 1600, charWidth);
    QVERIFY(!set.minor.empty() || !set.major.empty());
    for (std::size_t i = 1; i < set.minor.size(); ++i) {
        QVERIFY(set.minor[i].time > set.minor[i - 1].time);
        QVERIFY(set.minor[i].x - set.minor[i - 1].x >= charWidth(set.minor[i - 1].label));
    }
    for (const Tick &t : set.minor)
        QVERIFY(t.x >= -0.5 && t.x <= 1600.5);
    QVERIFY(set.minor.size() < 400);
}

QTEST_GUILESS_MAIN(TestTicks)
#include "tst_ticks.moc"
