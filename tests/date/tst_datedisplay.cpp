// Human display of fuzzy dates: compact English for analysts.
#include "core/date/fuzzydate.h"

#include <QTest>

using namespace dateline;

class TestDateDisplay : public QObject {
    Q_OBJECT
private slots:
    void display_data();
    void display();
    void precisionNames();
};

void TestDateDisplay::display_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *input, const char *expected) {
        QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(expected);
    };
    row("2008-03-17", "17 Mar 2008");
    row("2008-03", "Mar 2008");
    row("2008", "2008");
    row("2008-03-17/2008-03-18", "17–18 Mar 2008");
    row("2008-03-17/2008-04-02", "17 Mar – 2 Apr 2008");
    row("2007-12-30/2008-01-02", "30 Dec 2007 – 2 Jan 2008");
    row("2008-03-17/2008-03-17", "17 Mar 2008");
    row("2008-03/2008-05", "Mar–May 2008");
    row("2004-06/2006-08", "Jun 2004 – Aug 2006");
    row("1964/2008", "1964–2008");
    row("2004-02-01/2005", "1 Feb 2004 – 2005");
    row("1550~", "c. 1550");
    row("2008-03-26?", "26 Mar 2008?");
    row("2008-03%", "c. Mar 2008?");
    row("1984~/2004-06", "c. 1984 – Jun 2004");
    row("1984?/2004%", "1984? – c. 2004?");
    row("2004-06~-11", "c. 11 Jun 2004");
    row("[..2008-03-26]", "before 26 Mar 2008");
    row("[1760..]", "after 1760");
    row("[2008-03-17,2008-03-18]", "17 or 18 Mar 2008");
    row("[2008-03-17,2008-04-18]", "17 Mar 2008 or 18 Apr 2008");
    row("[1667,1668,1670..1672]", "1667, 1668 or 1670–1672");
    row("{1667,1668,1670..1672}", "1667, 1668 and 1670–1672");
    row("[..1760-12-03,1762]", "before 3 Dec 1760 or 1762");
    row("-0099", "100 BCE");
    row("0000", "1 BCE");
    row("-1985-04-12", "12 Apr 1986 BCE");
    row("156X", "1560s");
    row("15XX", "16th century");
    row("20XX", "21st century");
    row("1XXX", "2nd millennium");
    row("-15XX", "16th century BCE");
    row("156X~", "c. 1560s");
    row("2001-21", "Spring 2001");
    row("2001-22", "Summer 2001");
    row("2001-23", "Autumn 2001");
    row("2001-24", "Winter 2001");
    row("2001-33", "Q1 2001");
    row("2008/..", "from 2008");
    row("../1985-04-12", "until 12 Apr 1985");
    row("1985-04-12/", "12 Apr 1985 – ?");
    row("/1985-04-12", "? – 12 Apr 1985");
    row("Y-13800000000", "13.8 billion years ago");
    row("Y-170000000", "170 million years ago");
    row("Y-4540000000", "4.54 billion years ago");
    row("Y-10000", "12 thousand years ago");
    row("Y-999998000", "1 billion years ago");
    row("Y170000002", "170,000,002");
    row("2008-03-17T14:30:00", "17 Mar 2008 14:30");
    row("2008-03-17T14:30", "17 Mar 2008 14:30");
    row("2008-03-17T14:30:05", "17 Mar 2008 14:30:05");
    row("2008-03-17T14:30:00Z", "17 Mar 2008 14:30 UTC");
    row("2008-03-17T14:30:00+03:00", "17 Mar 2008 14:30 UTC+03:00");
    row("1985-04-12T23:20:30-04:00", "12 Apr 1985 23:20:30 UTC-04:00");
    row("1985-04-XX", "Apr 1985, day unknown");
    row("2004-XX", "2004, month unknown");
    row("1985-XX-XX", "1985, month and day unknown");
    row("1985-XX-12", "12 ??? 1985");
}

void TestDateDisplay::display()
{
    QFETCH(QString, input);
    QString error;
    const FuzzyDate date = FuzzyDate::fromEdtf(input, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QTEST(date.toDisplayString(), "expected");
}

void TestDateDisplay::precisionNames()
{
    QCOMPARE(precisionName(DatePrecision::Day), QStringLiteral("day"));
    QCOMPARE(precisionName(DatePrecision::Season), QStringLiteral("season"));
    QCOMPARE(precisionName(DatePrecision::Millennium), QStringLiteral("millennium"));
    QVERIFY(DatePrecision::Minute < DatePrecision::Day);
    QVERIFY(DatePrecision::Year < DatePrecision::Decade);
}

QTEST_GUILESS_MAIN(TestDateDisplay)
#include "tst_datedisplay.moc"
