// Proleptic Gregorian calendar on 64-bit day numbers, year 0 and deep time included.
#include "core/date/calendar.h"
#include "core/date/isoformat.h"

#include <QTest>

using namespace dateline;

class TestCalendar : public QObject {
    Q_OBJECT
private slots:
    void knownDays_data();
    void knownDays();
    void roundTrip_data();
    void roundTrip();
    void leapYears_data();
    void leapYears();
    void timePoints();
    void isoFormat_data();
    void isoFormat();
};

void TestCalendar::knownDays_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<qint64>("days");
    QTest::newRow("epoch") << qint64(1970) << 1 << 1 << qint64(0);
    QTest::newRow("day before epoch") << qint64(1969) << 12 << 31 << qint64(-1);
    QTest::newRow("2000-03-01") << qint64(2000) << 3 << 1 << qint64(11017);
    QTest::newRow("2008-03-17") << qint64(2008) << 3 << 17 << qint64(13955);
    QTest::newRow("0000-01-01") << qint64(0) << 1 << 1 << qint64(-719528);
    QTest::newRow("0001-01-01") << qint64(1) << 1 << 1 << qint64(-719162);
    QTest::newRow("-0001-12-31") << qint64(-1) << 12 << 31 << qint64(-719529);
}

void TestCalendar::knownDays()
{
    QFETCH(qint64, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(qint64, days);
    const CivilDate date{year, month, day};
    QCOMPARE(calendar::daysFromCivil(date), days);
    QCOMPARE(calendar::civilFromDays(days), date);
}

void TestCalendar::roundTrip_data()
{
    QTest::addColumn<qint64>("year");
    for (qint64 year : {qint64(-10'000'000'000), qint64(-13'800'000'000), qint64(-170'000'000),
                        qint64(-4713), qint64(-100), qint64(-99), qint64(-1), qint64(0), qint64(1),
                        qint64(1582), qint64(1900), qint64(2000), qint64(2008), qint64(9999),
                        qint64(170'000'002), qint64(10'000'000'000)})
        QTest::newRow(qPrintable(QString::number(year))) << year;
}

void TestCalendar::roundTrip()
{
    QFETCH(qint64, year);
    std::int64_t previous = calendar::daysFromCivil(CivilDate{year, 1, 1}) - 1;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= calendar::daysInMonth(year, month); ++day) {
            const CivilDate date{year, month, day};
            QVERIFY(calendar::isValid(date));
            const std::int64_t days = calendar::daysFromCivil(date);
            QCOMPARE(days, previous + 1); // consecutive, no gaps
            QCOMPARE(calendar::civilFromDays(days), date);
            previous = days;
        }
    }
    const std::int64_t yearLength = calendar::daysFromCivil(CivilDate{year + 1, 1, 1})
        - calendar::daysFromCivil(CivilDate{year, 1, 1});
    QCOMPARE(yearLength, calendar::isLeapYear(year) ? 366 : 365);
    const TimePoint noon = calendar::toTimePoint(CivilDateTime{CivilDate{year, 6, 30}, 12, 34, 56});
    const CivilDateTime back = calendar::toCivil(noon);
    QCOMPARE(back.date, (CivilDate{year, 6, 30}));
    QCOMPARE(back.hour, 12);
    QCOMPARE(back.minute, 34);
    QCOMPARE(back.second, 56);
    QVERIFY(noon > kTimeMin && noon < kTimeMax);
}

void TestCalendar::leapYears_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<bool>("leap");
    QTest::newRow("2000") << qint64(2000) << true;
    QTest::newRow("1900") << qint64(1900) << false;
    QTest::newRow("2008") << qint64(2008) << true;
    QTest::newRow("2007") << qint64(2007) << false;
    QTest::newRow("0 (1 BCE)") << qint64(0) << true;
    QTest::newRow("-4 (5 BCE)") << qint64(-4) << true;
    QTest::newRow("-1 (2 BCE)") << qint64(-1) << false;
    QTest::newRow("-100") << qint64(-100) << false;
    QTest::newRow("-400") << qint64(-400) << true;
}

void TestCalendar::leapYears()
{
    QFETCH(qint64, year);
    QFETCH(bool, leap);
    QCOMPARE(calendar::isLeapYear(year), leap);
    QCOMPARE(calendar::daysInMonth(year, 2), leap ? 29 : 28);
    QCOMPARE(calendar::isValid(CivilDate{year, 2, 29}), leap);
}

void TestCalendar::timePoints()
{
    QCOMPARE(calendar::toTimePoint(CivilDate{1970, 1, 1}), TimePoint(0));
    QCOMPARE(calendar::toTimePoint(CivilDateTime{CivilDate{2008, 3, 17}, 14, 30, 0}),
             TimePoint(1205764200));
    const CivilDateTime before = calendar::toCivil(-1);
    QCOMPARE(before.date, (CivilDate{1969, 12, 31}));
    QCOMPARE(before.hour, 23);
    QCOMPARE(before.second, 59);
    // 13.8 billion years ago fits comfortably inside the axis.
    const TimePoint bigBang = calendar::toTimePoint(CivilDate{-13'800'000'000, 1, 1});
    QVERIFY(bigBang > kTimeMin);
    QCOMPARE(calendar::toCivil(bigBang).date, (CivilDate{-13'800'000'000, 1, 1}));
    QCOMPARE(calendar::floorDiv(-1, 86400), std::int64_t(-1));
    QCOMPARE(calendar::floorDiv(86399, 86400), std::int64_t(0));
    QVERIFY(!calendar::isValid(CivilDate{2008, 13, 1}));
    QVERIFY(!calendar::isValid(CivilDate{2008, 4, 31}));
    QCOMPARE(calendar::daysInMonth(2008, 0), 0);
}

void TestCalendar::isoFormat_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("iso");
    QTest::newRow("2008") << qint64(2008) << 3 << 17 << QStringLiteral("2008-03-17");
    QTest::newRow("0") << qint64(0) << 1 << 1 << QStringLiteral("0000-01-01");
    QTest::newRow("-99") << qint64(-99) << 1 << 1 << QStringLiteral("-0099-01-01");
    QTest::newRow("-9999") << qint64(-9999) << 12 << 31 << QStringLiteral("-9999-12-31");
    QTest::newRow("big bang") << qint64(-13'800'000'000) << 1 << 1
                              << QStringLiteral("Y-13800000000-01-01");
    QTest::newRow("far future") << qint64(170'000'002) << 1 << 1 << QStringLiteral("Y170000002-01-01");
}

void TestCalendar::isoFormat()
{
    QFETCH(qint64, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, iso);
    const TimePoint t = calendar::toTimePoint(CivilDate{year, month, day});
    QCOMPARE(formatIsoDay(t), iso);
    QCOMPARE(formatIsoDay(t + kSecondsPerDay - 1), iso); // the whole day maps to it
    QCOMPARE(formatIsoDateTime(t), iso);
    QCOMPARE(formatIsoDateTime(t + 3600), iso + QStringLiteral("T01:00:00Z"));
    QCOMPARE(formatIsoDay(kTimeMin), QStringLiteral(".."));
    QCOMPARE(formatIsoDay(kTimeMax), QStringLiteral(".."));
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
