// Moving and resizing fuzzy dates by calendar amounts, as a drag on the timeline does.
#include "core/date/calendar.h"
#include "core/date/dateshift.h"

#include <QTest>

using namespace dateline;

Q_DECLARE_METATYPE(dateline::DateUnit)
Q_DECLARE_METATYPE(dateline::DateEnd)

namespace {

TimePoint at(const char *edtf)
{
    return FuzzyDate::fromEdtf(QString::fromLatin1(edtf)).bounds().earliestStart;
}

} // namespace

class TestDateShift : public QObject {
    Q_OBJECT
private slots:
    void nearest_data();
    void nearest();
    void shifted_data();
    void shifted();
    void resized_data();
    void resized();
    void refused_data();
    void refused();
    void shiftText();
};

void TestDateShift::nearest_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to"); // where the drag ended (start of this date)
    QTest::addColumn<DateUnit>("unit");
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("count");
    QTest::newRow("3 days") << "2008-03-17" << "2008-03-20" << DateUnit::Day << 1 << qint64(3);
    QTest::newRow("days back") << "2008-03-17" << "2008-03-01" << DateUnit::Day << 1 << qint64(-16);
    QTest::newRow("days in weeks") << "2008-03-17" << "2008-03-28" << DateUnit::Day << 7 << qint64(14);
    QTest::newRow("month, Feb is short") << "2008-01-31" << "2008-02-29" << DateUnit::Month << 1 << qint64(1);
    QTest::newRow("months back") << "2008-03-17" << "2007-12-20" << DateUnit::Month << 1 << qint64(-3);
    QTest::newRow("years") << "2008-03-17" << "2011-01-20" << DateUnit::Year << 1 << qint64(3);
    QTest::newRow("decades") << "2008" << "2031" << DateUnit::Year << 10 << qint64(20);
    QTest::newRow("across year 0") << "0002" << "-0003" << DateUnit::Year << 1 << qint64(-5);
    QTest::newRow("deep time") << "Y-170000000" << "Y-169000000" << DateUnit::Year << 1000000 << qint64(1000000);
    QTest::newRow("hours") << "2008-03-17T10:00" << "2008-03-17T13:20" << DateUnit::Hour << 1 << qint64(3);
    QTest::newRow("15 minutes") << "2008-03-17T10:00" << "2008-03-17T10:20" << DateUnit::Minute << 15 << qint64(15);
}

void TestDateShift::nearest()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(DateUnit, unit);
    QFETCH(int, step);
    QFETCH(qint64, count);
    const TimePoint a = at(from.toLatin1());
    const TimePoint b = at(to.toLatin1());
    const DateShift shift = DateShift::nearest(a, b - a, unit, step);
    QCOMPARE(shift.unit, unit);
    QCOMPARE(shift.count, count);
}

void TestDateShift::shifted_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<DateUnit>("unit");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("expected");
    // whole units of the date's own precision
    QTest::newRow("day by days") << "2008-03-17" << DateUnit::Day << qint64(3) << "2008-03-20";
    QTest::newRow("day across a month") << "2008-03-30" << DateUnit::Day << qint64(3) << "2008-04-02";
    QTest::newRow("day by a month") << "2008-03-17" << DateUnit::Month << qint64(1) << "2008-04-17";
    QTest::newRow("31 Jan + 1 month") << "2008-01-31" << DateUnit::Month << qint64(1) << "2008-02-29";
    QTest::newRow("29 Feb + 1 year") << "2008-02-29" << DateUnit::Year << qint64(1) << "2009-02-28";
    QTest::newRow("month by months") << "2008-03" << DateUnit::Month << qint64(-4) << "2007-11";
    QTest::newRow("year by years") << "2008" << DateUnit::Year << qint64(-2010) << "-0002";
    QTest::newRow("BCE year") << "-0099" << DateUnit::Year << qint64(100) << "0001";
    QTest::newRow("long year") << "Y-170000000" << DateUnit::Year << qint64(-1000000) << "Y-171000000";
    QTest::newRow("minute by hours") << "2008-03-17T10:30" << DateUnit::Hour << qint64(15) << "2008-03-18T01:30";
    QTest::newRow("seconds") << "2008-03-17T10:30:15Z" << DateUnit::Second << qint64(50) << "2008-03-17T10:31:05Z";
    QTest::newRow("zone kept") << "2008-03-17T23:00+03:00" << DateUnit::Hour << qint64(2) << "2008-03-18T01:00+03:00";
    // a finer shift rounds to the date's precision
    QTest::newRow("month by 20 days") << "2008-03" << DateUnit::Day << qint64(20) << "2008-04";
    QTest::newRow("month by 10 days") << "2008-03" << DateUnit::Day << qint64(10) << "2008-03";
    QTest::newRow("year by 200 days") << "2008" << DateUnit::Day << qint64(200) << "2009";
    QTest::newRow("year by 5 months") << "2008" << DateUnit::Month << qint64(-5) << "2008";
    QTest::newRow("minute by seconds") << "2008-03-17T10:30" << DateUnit::Second << qint64(100) << "2008-03-17T10:32";
    // qualifiers stay where they were
    QTest::newRow("uncertain") << "2008-03-26?" << DateUnit::Day << qint64(-1) << "2008-03-25?";
    QTest::newRow("approximate month") << "2008-03~" << DateUnit::Month << qint64(2) << "2008-05~";
    QTest::newRow("component qualifier") << "2004-06~-11" << DateUnit::Day << qint64(30) << "2004-07~-11";
    QTest::newRow("both") << "1550%" << DateUnit::Year << qint64(10) << "1560%";
    // intervals move both ends, by the coarsest end's unit
    QTest::newRow("interval") << "2008-03-17/2008-03-18" << DateUnit::Day << qint64(7) << "2008-03-24/2008-03-25";
    QTest::newRow("interval over month end") << "2008-03-30/2008-04-02" << DateUnit::Day << qint64(2) << "2008-04-01/2008-04-04";
    QTest::newRow("mixed precision") << "2008-03-17/2008-05" << DateUnit::Day << qint64(20) << "2008-04-17/2008-06";
    QTest::newRow("qualified interval") << "2008-03~/2008-06?" << DateUnit::Year << qint64(1) << "2009-03~/2009-06?";
    QTest::newRow("open end stays open") << "2008-03-17/.." << DateUnit::Day << qint64(-17) << "2008-02-29/..";
    QTest::newRow("open start stays open") << "../2008" << DateUnit::Year << qint64(2) << "../2010";
    QTest::newRow("unknown end") << "2008/" << DateUnit::Year << qint64(1) << "2009/";
    // seasons move by whole seasons of their kind
    QTest::newRow("spring by 3 months") << "2001-21" << DateUnit::Month << qint64(3) << "2001-22";
    QTest::newRow("winter into next year") << "2001-24" << DateUnit::Month << qint64(3) << "2002-21";
    QTest::newRow("quarter by 40 days") << "2001-33" << DateUnit::Day << qint64(95) << "2001-34";
    QTest::newRow("southern winter") << "2001-32" << DateUnit::Month << qint64(3) << "2001-29";
    QTest::newRow("semester") << "2001-41" << DateUnit::Month << qint64(6) << "2002-40";
    QTest::newRow("season by a year") << "2001-23" << DateUnit::Year << qint64(-1) << "2000-23";
    // zero stays put
    QTest::newRow("no shift") << "2008-03-17?" << DateUnit::Day << qint64(0) << "2008-03-17?";
}

void TestDateShift::shifted()
{
    QFETCH(QString, date);
    QFETCH(DateUnit, unit);
    QFETCH(qint64, count);
    QFETCH(QString, expected);
    const FuzzyDate input = FuzzyDate::fromEdtf(date);
    QVERIFY(input.isValid());
    QString error;
    const FuzzyDate result = dateline::shifted(input, {unit, count}, &error);
    QVERIFY2(result.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(result.toEdtf(), expected);
    QCOMPARE(result.precision(), input.precision());
    QCOMPARE(result.isUncertain(), input.isUncertain());
    QCOMPARE(result.isApproximate(), input.isApproximate());
    QCOMPARE(result.hasOpenStart(), input.hasOpenStart());
    QCOMPARE(result.hasOpenEnd(), input.hasOpenEnd());
}

void TestDateShift::resized_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<DateEnd>("end");
    QTest::addColumn<DateUnit>("unit");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day grows an end") << "2008-03-17" << DateEnd::End << DateUnit::Day << qint64(2) << "2008-03-17/2008-03-19";
    QTest::newRow("day grows a start") << "2008-03-17" << DateEnd::Start << DateUnit::Day << qint64(-3) << "2008-03-14/2008-03-17";
    QTest::newRow("interval end") << "2008-03-17/2008-03-18" << DateEnd::End << DateUnit::Day << qint64(5) << "2008-03-17/2008-03-23";
    QTest::newRow("interval start") << "2008-03-17/2008-03-18" << DateEnd::Start << DateUnit::Day << qint64(-17) << "2008-02-29/2008-03-18";
    QTest::newRow("ends meet") << "2008-03-17/2008-03-18" << DateEnd::End << DateUnit::Day << qint64(-1) << "2008-03-17";
    QTest::newRow("qualifiers on both") << "2008-03-26?" << DateEnd::End << DateUnit::Day << qint64(1) << "2008-03-26?/2008-03-27?";
    QTest::newRow("month end by days") << "2008-03/2008-05" << DateEnd::End << DateUnit::Day << qint64(40) << "2008-03/2008-06";
    QTest::newRow("only its own unit") << "2008/2008-05-17" << DateEnd::End << DateUnit::Day << qint64(3) << "2008/2008-05-20";
    QTest::newRow("open start, end moves") << "../2008-03-26" << DateEnd::End << DateUnit::Day << qint64(1) << "../2008-03-27";
    QTest::newRow("open end, start moves") << "2008-03-26/.." << DateEnd::Start << DateUnit::Month << qint64(-1) << "2008-02-26/..";
}

void TestDateShift::resized()
{
    QFETCH(QString, date);
    QFETCH(DateEnd, end);
    QFETCH(DateUnit, unit);
    QFETCH(qint64, count);
    QFETCH(QString, expected);
    const FuzzyDate input = FuzzyDate::fromEdtf(date);
    QVERIFY(input.isValid());
    QString error;
    const FuzzyDate result = dateline::resized(input, end, {unit, count}, &error);
    QVERIFY2(result.isValid(), qPrintable(error));
    QCOMPARE(result.toEdtf(), expected);
    // only the dragged end moved
    const DateBounds before = input.bounds();
    const DateBounds after = result.bounds();
    if (end == DateEnd::End) {
        QCOMPARE(after.earliestStart, before.earliestStart);
        QCOMPARE(after.latestStart, before.latestStart);
    } else {
        QCOMPARE(after.earliestEnd, before.earliestEnd);
        QCOMPARE(after.latestEnd, before.latestEnd);
    }
}

void TestDateShift::refused_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("resize");
    QTest::addColumn<DateEnd>("end");
    QTest::addColumn<qint64>("days");
    QTest::addColumn<QString>("reason"); // a word the message must contain
    QTest::newRow("one of a set") << "[2008-03-17,2008-03-18]" << false << DateEnd::End << qint64(1) << "set";
    QTest::newRow("on or before") << "[..2008-03-26]" << false << DateEnd::End << qint64(1) << "set";
    QTest::newRow("all of") << "{2008,2010}" << true << DateEnd::End << qint64(1) << "set";
    QTest::newRow("unspecified digits") << "156X" << false << DateEnd::End << qint64(4000) << "unspecified";
    QTest::newRow("unspecified month") << "2008-XX" << false << DateEnd::End << qint64(400) << "unspecified";
    QTest::newRow("open end") << "2008/.." << true << DateEnd::End << qint64(400) << "open";
    QTest::newRow("unknown end") << "2008/" << true << DateEnd::End << qint64(400) << "unknown";
    QTest::newRow("end before start") << "2008-03-17/2008-03-18" << true << DateEnd::End << qint64(-5) << "before";
    QTest::newRow("start after end") << "2008-03-17/2008-03-18" << true << DateEnd::Start << qint64(5) << "before";
    QTest::newRow("beyond 9999 with a day") << "9999-12-31" << false << DateEnd::End << qint64(1) << "9999";
}

void TestDateShift::refused()
{
    QFETCH(QString, date);
    QFETCH(bool, resize);
    QFETCH(DateEnd, end);
    QFETCH(qint64, days);
    QFETCH(QString, reason);
    const FuzzyDate input = FuzzyDate::fromEdtf(date);
    QVERIFY(input.isValid());
    QString error;
    const DateShift shift{DateUnit::Day, days};
    const FuzzyDate result = resize ? dateline::resized(input, end, shift, &error)
                                    : dateline::shifted(input, shift, &error);
    QVERIFY(!result.isValid());
    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
}

void TestDateShift::shiftText()
{
    QCOMPARE(dateShiftText({DateUnit::Day, 3}), QStringLiteral("+3 days"));
    QCOMPARE(dateShiftText({DateUnit::Month, -1}), QStringLiteral("−1 month"));
    QCOMPARE(dateShiftText({DateUnit::Year, 10}), QStringLiteral("+10 years"));
    // applied() keeps the day of the month where it can
    QCOMPARE(DateShift({DateUnit::Month, 1}).applied(at("2008-01-31")), at("2008-02-29"));
    QCOMPARE(DateShift({DateUnit::Year, -1}).applied(at("2008-03-17")), at("2007-03-17"));
}

QTEST_GUILESS_MAIN(TestDateShift)
#include "tst_dateshift.moc"
