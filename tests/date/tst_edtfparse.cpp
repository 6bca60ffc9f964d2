// EDTF parsing, normalization, precision and bounds, with the specification's own examples.
#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"
#include "core/date/isoformat.h"

#include <QTest>

using namespace dateline;

class TestEdtfParse : public QObject {
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void normalization_data();
    void normalization();
    void flags();
    void valueSemantics();
    void fromDay();
};

namespace {
const QString kOpen = QStringLiteral("..");
}

void TestEdtfParse::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("earliestStart");
    QTest::addColumn<QString>("latestStart");
    QTest::addColumn<QString>("earliestEnd");
    QTest::addColumn<QString>("latestEnd");

    auto row = [](const char *input, const char *precision, const char *es, const char *ls,
                  const char *ee, const char *le) {
        QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(precision)
                             << QString::fromUtf8(es) << QString::fromUtf8(ls)
                             << QString::fromUtf8(ee) << QString::fromUtf8(le);
    };
    // Level 0: dates, date-times, intervals
    row("1985-04-12", "day", "1985-04-12", "1985-04-12", "1985-04-13", "1985-04-13");
    row("1985-04", "month", "1985-04-01", "1985-04-01", "1985-05-01", "1985-05-01");
    row("1985", "year", "1985-01-01", "1985-01-01", "1986-01-01", "1986-01-01");
    row("1985-04-12T23:20:30", "second", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30Z",
        "1985-04-12T23:20:31Z", "1985-04-12T23:20:31Z");
    row("1985-04-12T23:20:30Z", "second", "1985-04-12T23:20:30Z", "1985-04-12T23:20:30Z",
        "1985-04-12T23:20:31Z", "1985-04-12T23:20:31Z");
    row("1985-04-12T23:20:30-04:00", "second", "1985-04-13T03:20:30Z", "1985-04-13T03:20:30Z",
        "1985-04-13T03:20:31Z", "1985-04-13T03:20:31Z");
    row("1985-04-12T23:20:30+04:00", "second", "1985-04-12T19:20:30Z", "1985-04-12T19:20:30Z",
        "1985-04-12T19:20:31Z", "1985-04-12T19:20:31Z");
    row("2008-03-17T14:30", "minute", "2008-03-17T14:30:00Z", "2008-03-17T14:30:00Z",
        "2008-03-17T14:31:00Z", "2008-03-17T14:31:00Z");
    row("1964/2008", "year", "1964-01-01", "1964-01-01", "2009-01-01", "2009-01-01");
    row("2004-06/2006-08", "month", "2004-06-01", "2004-06-01", "2006-09-01", "2006-09-01");
    row("2004-02-01/2005-02-08", "day", "2004-02-01", "2004-02-01", "2005-02-09", "2005-02-09");
    row("2004-02-01/2005-02", "month", "2004-02-01", "2004-02-01", "2005-03-01", "2005-03-01");
    row("2004-02-01/2005", "year", "2004-02-01", "2004-02-01", "2006-01-01", "2006-01-01");
    row("2005/2006-02", "year", "2005-01-01", "2005-01-01", "2006-03-01", "2006-03-01");
    row("2008-03-17/2008-03-18", "day", "2008-03-17", "2008-03-17", "2008-03-19", "2008-03-19");
    // Level 1: long years, seasons, qualifiers, unspecified digits, open and unknown ends
    row("Y170000002", "year", "Y170000002-01-01", "Y170000002-01-01", "Y170000003-01-01",
        "Y170000003-01-01");
    row("Y-200000", "year", "Y-200000-01-01", "Y-200000-01-01", "Y-199999-01-01", "Y-199999-01-01");
    row("Y-13800000000", "year", "Y-13800000000-01-01", "Y-13800000000-01-01",
        "Y-13799999999-01-01", "Y-13799999999-01-01");
    row("2001-21", "season", "2001-03-01", "2001-03-01", "2001-06-01", "2001-06-01");
    row("2001-22", "season", "2001-06-01", "2001-06-01", "2001-09-01", "2001-09-01");
    row("2001-23", "season", "2001-09-01", "2001-09-01", "2001-12-01", "2001-12-01");
    row("2001-24", "season", "2001-12-01", "2001-12-01", "2002-03-01", "2002-03-01");
    row("1984?", "year", "1984-01-01", "1984-01-01", "1985-01-01", "1985-01-01");
    row("2004-06~", "month", "2004-05-01", "2004-06-01", "2004-07-01", "2004-08-01");
    row("2004-06-11%", "day", "2004-06-10", "2004-06-11", "2004-06-12", "2004-06-13");
    row("201X", "decade", "2010-01-01", "2019-01-01", "2011-01-01", "2020-01-01");
    row("20XX", "century", "2000-01-01", "2099-01-01", "2001-01-01", "2100-01-01");
    row("2004-XX", "year", "2004-01-01", "2004-12-01", "2004-02-01", "2005-01-01");
    row("1985-04-XX", "month", "1985-04-01", "1985-04-30", "1985-04-02", "1985-05-01");
    row("1985-XX-XX", "year", "1985-01-01", "1985-12-31", "1985-01-02", "1986-01-01");
    row("1985-XX-12", "year", "1985-01-12", "1985-12-12", "1985-01-13", "1985-12-13");
    row("1985-04-12/..", "day", "1985-04-12", "1985-04-12", "..", "..");
    row("1985-04/..", "month", "1985-04-01", "1985-04-01", "..", "..");
    row("1985/..", "year", "1985-01-01", "1985-01-01", "..", "..");
    row("../1985-04-12", "day", "..", "..", "1985-04-13", "1985-04-13");
    row("../1985-04", "month", "..", "..", "1985-05-01", "1985-05-01");
    row("../1985", "year", "..", "..", "1986-01-01", "1986-01-01");
    row("1985-04-12/", "day", "1985-04-12", "1985-04-12", "1985-04-13", "1985-04-13");
    row("1985-04/", "month", "1985-04-01", "1985-04-01", "1985-05-01", "1985-05-01");
    row("/1985-04-12", "day", "1985-04-12", "1985-04-12", "1985-04-13", "1985-04-13");
    row("/1985", "year", "1985-01-01", "1985-01-01", "1986-01-01", "1986-01-01");
    row("-1985", "year", "-1985-01-01", "-1985-01-01", "-1984-01-01", "-1984-01-01");
    row("1984~/2004-06", "year", "1983-01-01", "1984-01-01", "2004-07-01", "2004-07-01");
    row("1984/2004-06~", "year", "1984-01-01", "1984-01-01", "2004-07-01", "2004-08-01");
    row("1984~/2004~", "year", "1983-01-01", "1984-01-01", "2005-01-01", "2006-01-01");
    row("1984?/2004%", "year", "1984-01-01", "1984-01-01", "2005-01-01", "2006-01-01");
    row("1984-06?/2004-08?", "month", "1984-06-01", "1984-06-01", "2004-09-01", "2004-09-01");
    row("1984-08-02~/2004-06-08?", "day", "1984-08-01", "1984-08-02", "2004-06-09", "2004-06-09");
    row("1984-06-02?/2004-08-08~", "day", "1984-06-02", "1984-06-02", "2004-08-09", "2004-08-10");
    row("1984-06-02?/", "day", "1984-06-02", "1984-06-02", "1984-06-03", "1984-06-03");
    // Astronomical years
    row("0000", "year", "0000-01-01", "0000-01-01", "0001-01-01", "0001-01-01");
    row("-0099", "year", "-0099-01-01", "-0099-01-01", "-0098-01-01", "-0098-01-01");
    row("0000-02-29", "day", "0000-02-29", "0000-02-29", "0000-03-01", "0000-03-01");
    // Level 2: sets, qualified components, exponent years, more seasons
    row("[..2008-03-26]", "day", "..", "2008-03-26", "..", "2008-03-27");
    row("[2008-03-17,2008-03-18]", "day", "2008-03-17", "2008-03-18", "2008-03-18", "2008-03-19");
    row("[1667,1668,1670..1672]", "year", "1667-01-01", "1672-01-01", "1668-01-01", "1673-01-01");
    row("[..1760-12-03]", "day", "..", "1760-12-03", "..", "1760-12-04");
    row("[1760-12..]", "month", "1760-12-01", "..", "1761-01-01", "..");
    row("[1760..]", "year", "1760-01-01", "..", "1761-01-01", "..");
    row("[1760-01,1760-02,1760-12..]", "month", "1760-01-01", "..", "1760-02-01", "..");
    row("{1667,1668,1670..1672}", "year", "1667-01-01", "1667-01-01", "1671-01-01", "1673-01-01");
    row("{1960,1961-12}", "year", "1960-01-01", "1960-01-01", "1962-01-01", "1962-01-01");
    row("2004-06~-11", "day", "2004-05-11", "2004-06-11", "2004-06-12", "2004-07-12");
    row("?2004-06-~11", "day", "2004-06-10", "2004-06-11", "2004-06-12", "2004-06-13");
    row("2004?-06-11", "day", "2004-06-11", "2004-06-11", "2004-06-12", "2004-06-12");
    row("2004~-06-11", "day", "2003-06-11", "2004-06-11", "2004-06-12", "2005-06-12");
    row("Y-17E7", "year", "Y-170000000-01-01", "Y-170000000-01-01", "Y-169999999-01-01",
        "Y-169999999-01-01");
    row("156X~", "decade", "1550-01-01", "1569-01-01", "1561-01-01", "1580-01-01");
    row("15XX", "century", "1500-01-01", "1599-01-01", "1501-01-01", "1600-01-01");
    row("1XXX", "millennium", "1000-01-01", "1999-01-01", "1001-01-01", "2000-01-01");
    row("-15XX", "century", "-1599-01-01", "-1500-01-01", "-1598-01-01", "-1499-01-01");
    row("XXXX-02-29", "millennium", "0000-02-29", "9996-02-29", "0000-03-01", "9996-03-01");
    row("2001-33", "season", "2001-01-01", "2001-01-01", "2001-04-01", "2001-04-01");
    row("2001-29", "season", "2001-09-01", "2001-09-01", "2001-12-01", "2001-12-01");
    row("2001-40", "season", "2001-01-01", "2001-01-01", "2001-07-01", "2001-07-01");
    row("2001-21~", "season", "2000-12-01", "2001-03-01", "2001-06-01", "2001-09-01");
}

void TestEdtfParse::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, precision);
    QString error = QStringLiteral("stale");
    const FuzzyDate date = FuzzyDate::fromEdtf(input, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(precisionName(date.precision()), precision);
    const DateBounds b = date.bounds();
    QTEST(formatIsoDateTime(b.earliestStart), "earliestStart");
    QTEST(formatIsoDateTime(b.latestStart), "latestStart");
    QTEST(formatIsoDateTime(b.earliestEnd), "earliestEnd");
    QTEST(formatIsoDateTime(b.latestEnd), "latestEnd");
    QVERIFY(b.earliestStart <= b.latestStart);
    QVERIFY(b.earliestEnd <= b.latestEnd);
    QVERIFY(b.earliestStart < b.latestEnd);

    // The normalized form parses back to the same date and is a fixed point.
    const QString edtf = date.toEdtf();
    const FuzzyDate again = FuzzyDate::fromEdtf(edtf, &error);
    QVERIFY2(again.isValid(), qPrintable(edtf + u' ' + error));
    QCOMPARE(again, date);
    QCOMPARE(again.toEdtf(), edtf);
    QCOMPARE(again.bounds(), b);
}

void TestEdtfParse::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions");
    auto row = [](const char *input, const char *mentions) {
        QTest::newRow(*input ? input : "(empty)") << QString::fromUtf8(input) << QString::fromUtf8(mentions);
    };
    row("2008-02-30", "February 2008 has no day 30");
    row("2008-04-31", "April 2008 has no day 31");
    row("1900-02-29", "February 1900 has no day 29");
    row("2008-13", "no month 13");
    row("2008-00", "no month 00");
    row("2008-03-00", "no day 00");
    row("2008-03-32", "no day 32");
    row("1985-04-12/1985-04-01", "before it starts");
    row("2008/2007", "before it starts");
    row("[1672..1670]", "ends before it starts");
    row("", "empty");
    row("   ", "empty");
    row("garbage", "expected a four-digit year");
    row("2008-03-17xyz", "Unexpected “xyz”");
    row("2008-03-17 ", "Unexpected");
    row("2008-03-17/2008-03-18/", "Unexpected “/”");
    row("12345", "“Y” prefix");
    row("Y", "digits of a year");
    row("Y-99999999999", "too far");
    row("1985-04-12T25:00:00", "no hour 25");
    row("1985-04-12T23:61:00", "no minute 61");
    row("1985-04-12T23:20:30?", "cannot apply to a time");
    row("1985-04T10:00:00", "needs a full date");
    row("2001-21-03", "season cannot have a day");
    row("2008-02-3X", "No real date matches");
    row("2008-2X", "No month matches");
    row("../..", "needs a date");
    row("/", "needs a date");
    row("[]", "year");
    row("[2008,..2009]", "first member");
    row("[2008..,2009]", "last member");
    row("[2008", "ends too early");
    row("2008-", "Unexpected");
    row("85-04-12", "four-digit year");
    row("2008-3-17", "two-digit month");
}

void TestEdtfParse::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    QString error;
    const FuzzyDate date = FuzzyDate::fromEdtf(input, &error);
    QVERIFY(!date.isValid());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(date.toEdtf().isEmpty());
    QVERIFY(date.toDisplayString().isEmpty());
}

void TestEdtfParse::normalization_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("edtf");
    auto row = [](const char *input, const char *edtf) {
        QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(edtf);
    };
    row("1985-04-12", "1985-04-12");
    row("1985-04-12T23:20:30-0400", "1985-04-12T23:20:30-04:00");
    row("1985-04-12T23:20:30+05", "1985-04-12T23:20:30+05:00");
    row("~2004-~06-~11", "2004-06-11~");
    row("2004~-06~-11~", "2004-06-11~");
    row("2004-06~-11", "2004-06~-11");
    row("?2004-06-~11", "2004?-06-~11");
    row("2004-~06", "2004-~06");
    row("%2004-06-11", "2004%-06-11");
    row("2004?-06~", "2004%-~06");
    row("[1667, 1668, 1670..1672]", "[1667,1668,1670..1672]");
    row("{ 1667,1668 }", "{1667,1668}");
    row("Y-17E7", "Y-170000000");
    row("Y2008", "2008");
    row("201x", "201X");
    row("1985-xx-12", "1985-XX-12");
    row("-0000", "0000");
    row("1985-04-12/", "1985-04-12/");
    row("/1985-04-12", "/1985-04-12");
    row("../1985", "../1985");
}

void TestEdtfParse::normalization()
{
    QFETCH(QString, input);
    QFETCH(QString, edtf);
    QString error;
    const FuzzyDate date = FuzzyDate::fromEdtf(input, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QCOMPARE(date.toEdtf(), edtf);
    QCOMPARE(FuzzyDate::fromEdtf(edtf).toEdtf(), edtf);
}

void TestEdtfParse::flags()
{
    const auto parse = [](const char *text) { return FuzzyDate::fromEdtf(QString::fromUtf8(text)); };
    QVERIFY(parse("1964/2008").isInterval());
    QVERIFY(!parse("1964").isInterval());
    QVERIFY(parse("[1964,1965]").isSet());
    QVERIFY(parse("1984?").isUncertain());
    QVERIFY(!parse("1984?").isApproximate());
    QVERIFY(parse("1984~").isApproximate());
    QVERIFY(!parse("1984~").isUncertain());
    QVERIFY(parse("1984%").isUncertain() && parse("1984%").isApproximate());
    QVERIFY(parse("1984/2004-06~").isApproximate());
    QVERIFY(parse("../1985").hasOpenStart());
    QVERIFY(!parse("../1985").hasOpenEnd());
    QVERIFY(parse("1985/..").hasOpenEnd());
    QVERIFY(!parse("1985/").hasOpenEnd());
    QVERIFY(parse("1985/").hasUnknownEnd());
    QVERIFY(!parse("1985/").hasUnknownStart());
    QVERIFY(parse("/1985").hasUnknownStart());
    QVERIFY(!parse("1985/..").hasUnknownEnd());
    QVERIFY(!parse("1985").hasUnknownEnd());
    QVERIFY(parse("[..2008-03-26]").hasOpenStart());
    QVERIFY(parse("[1760..]").hasOpenEnd());
}

void TestEdtfParse::valueSemantics()
{
    const FuzzyDate a = FuzzyDate::fromEdtf(u"2008-03-17/2008-03-18");
    FuzzyDate b = a;
    QCOMPARE(b, a);
    FuzzyDate c = std::move(b);
    QCOMPARE(c, a);
    QVERIFY(!FuzzyDate().isValid());
    QCOMPARE(FuzzyDate(), FuzzyDate());
    QVERIFY(!(FuzzyDate() == a));
    QVERIFY(!(FuzzyDate::fromEdtf(u"2008") == FuzzyDate::fromEdtf(u"2008?")));
    QCOMPARE(FuzzyDate::fromEdtf(u"2008-03-17T10:00:00+01:00"),
             FuzzyDate::fromEdtf(u"2008-03-17T10:00:00+0100"));
}

void TestEdtfParse::fromDay()
{
    const FuzzyDate d = FuzzyDate::fromDay(CivilDate{2008, 3, 17});
    QCOMPARE(d.toEdtf(), QStringLiteral("2008-03-17"));
    QCOMPARE(d, FuzzyDate::fromEdtf(u"2008-03-17"));
    QCOMPARE(d.precision(), DatePrecision::Day);
    QCOMPARE(FuzzyDate::fromDay(CivilDate{-99, 1, 1}).toEdtf(), QStringLiteral("-0099-01-01"));
    QVERIFY(!FuzzyDate::fromDay(CivilDate{2008, 2, 30}).isValid());
}

QTEST_GUILESS_MAIN(TestEdtfParse)
#include "tst_edtfparse.moc"
