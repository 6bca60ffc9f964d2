#include "core/io/dateforms.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

Q_DECLARE_METATYPE(dateline::DayOrder)

class TestDateForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void twoDigitYears_data();
    void twoDigitYears();
    void hyphenYearRanges_data();
    void hyphenYearRanges();
    void guessOrder_data();
    void guessOrder();
};

void TestDateForms::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DayOrder>("order");
    QTest::addColumn<QString>("edtf");
    const auto M = DayOrder::MonthFirst, D = DayOrder::DayFirst;
    // EDTF passes through untouched (normalized).
    QTest::newRow("edtf day") << u"2008-03-17"_s << M << u"2008-03-17"_s;
    QTest::newRow("edtf month") << u"2008-03"_s << M << u"2008-03"_s;
    QTest::newRow("edtf interval") << u"2008-03-17/2008-03-18"_s << M << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("edtf before") << u"[..2008-03-26]"_s << M << u"[..2008-03-26]"_s;
    QTest::newRow("edtf bce") << u"-0099"_s << M << u"-0099"_s;
    // timestamps as programs write them (JavaScript's toISOString, pandas, PostgreSQL)
    // ISO 8601 week dates
    QTest::newRow("iso week") << u"2008-W12"_s << M << u"2008-03-17/2008-03-23"_s;
    QTest::newRow("iso week day") << u"2008-W12-1"_s << M << u"2008-03-17"_s;
    QTest::newRow("iso week basic") << u"2008W127"_s << M << u"2008-03-23"_s;
    QTest::newRow("iso week of the year before") << u"2009-W01"_s << M << u"2008-12-29/2009-01-04"_s;
    QTest::newRow("iso week 53") << u"2015-W53"_s << M << u"2015-12-28/2016-01-03"_s;
    // month and weekday names in the other languages analysts' spreadsheets are written in
    QTest::newRow("french") << u"17 mars 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("french first of the month") << u"1er avril 2008"_s << M << u"2008-04-01"_s;
    QTest::newRow("french weekday") << u"lundi 17 mars 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("french without accent") << u"17 fevrier 2008"_s << M << u"2008-02-17"_s;
    QTest::newRow("french abbreviation") << u"févr. 2008"_s << M << u"2008-02"_s;
    QTest::newRow("german") << u"Montag, 17. März 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("german am, no umlaut") << u"am 17. Marz 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("german abbreviation") << u"Okt. 2008"_s << M << u"2008-10"_s;
    QTest::newRow("spanish") << u"lunes, 17 de marzo de 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("spanish ordinal") << u"1º de abril de 2008"_s << M << u"2008-04-01"_s;
    QTest::newRow("italian") << u"17 marzo 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("portuguese") << u"17 de março de 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("dutch") << u"17 mrt 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("russian genitive") << u"17 марта 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("russian month") << u"Март 2008"_s << M << u"2008-03"_s;
    QTest::newRow("months with a hyphen") << u"Jan-Mar 2008"_s << M << u"2008-01/2008-03"_s;
    QTest::newRow("full months with a hyphen") << u"March-April 2008"_s << M << u"2008-03/2008-04"_s;
    QTest::newRow("a month of a two-digit year is no range") << u"Mar-2008"_s << M << u"2008-03"_s;
    QTest::newRow("french months range") << u"mars–avril 2008"_s << M << u"2008-03/2008-04"_s;
    QTest::newRow("iso with milliseconds") << u"2008-03-17T14:00:00.000Z"_s << M << u"2008-03-17T14:00:00Z"_s;
    QTest::newRow("iso with microseconds") << u"2008-03-17 14:30:00.123456"_s << M << u"2008-03-17T14:30:00"_s;
    QTest::newRow("space and offset") << u"2008-03-17 14:30:00+00:00"_s << M << u"2008-03-17T14:30:00+00:00"_s;
    QTest::newRow("offset without colon") << u"2008-03-17T14:30:00+0300"_s << M << u"2008-03-17T14:30:00+03:00"_s;
    QTest::newRow("hour offset") << u"2008-03-17 14:30:00-05"_s << M << u"2008-03-17T14:30:00-05:00"_s;
    QTest::newRow("edtf approximate") << u"1550~"_s << M << u"1550~"_s;
    QTest::newRow("surrounding spaces") << u"  2008-03-17 "_s << M << u"2008-03-17"_s;
    // ISO with a time as spreadsheets write it.
    QTest::newRow("iso space time") << u"2008-03-17 14:30"_s << M << u"2008-03-17T14:30"_s;
    QTest::newRow("iso seconds") << u"2008-03-17 14:30:05"_s << M << u"2008-03-17T14:30:05"_s;
    QTest::newRow("pm") << u"3/17/2008 2:30 PM"_s << M << u"2008-03-17T14:30"_s;
    QTest::newRow("12 am") << u"3/17/2008 12:05 am"_s << M << u"2008-03-17T00:05"_s;
    // Apple's date and time styles (macOS and iOS exports, Numbers) join them with a word.
    QTest::newRow("at, US") << u"March 17, 2008 at 2:30 PM"_s << M << u"2008-03-17T14:30"_s;
    QTest::newRow("at, UK") << u"17 Mar 2008 at 14:30"_s << M << u"2008-03-17T14:30"_s;
    QTest::newRow("um") << u"17. März 2008 um 14:30"_s << M << u"2008-03-17T14:30"_s;
    QTest::newRow("à") << u"17 mars 2008 à 14:30"_s << M << u"2008-03-17T14:30"_s;
    QTest::newRow("locale string") << u"17/03/2008, 14:30:00"_s << D << u"2008-03-17T14:30:00"_s; // JavaScript's toLocaleString
    // Month names.
    QTest::newRow("us long") << u"March 17, 2008"_s << D << u"2008-03-17"_s;
    QTest::newRow("us no comma") << u"Mar 17 2008"_s << D << u"2008-03-17"_s;
    QTest::newRow("day month year") << u"17 Mar 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("day full month") << u"17 March 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("ordinal") << u"17th March 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("ordinal of") << u"1st of April 2008"_s << M << u"2008-04-01"_s;
    QTest::newRow("us ordinal") << u"April 2nd, 2008"_s << M << u"2008-04-02"_s;
    QTest::newRow("excel dashes") << u"17-Mar-2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("weekday") << u"Monday, March 17, 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("since") << u"since March 2008"_s << M << u"2008-03/.."_s;
    QTest::newRow("dash after") << u"2008–"_s << M << u"2008/.."_s;
    QTest::newRow("hyphen after") << u"2008-"_s << M << u"2008/.."_s;
    QTest::newRow("to the present") << u"17 March 2008 - present"_s << M << u"2008-03-17/.."_s;
    QTest::newRow("to date") << u"2008 to date"_s << M << u"2008/.."_s;
    QTest::newRow("until") << u"until May 2008"_s << M << u"../2008-05"_s;
    QTest::newRow("from, as Dateline shows an open end") << u"from Mar 2008"_s << M << u"2008-03/.."_s;
    QTest::newRow("from ... to ...") << u"from 17 March to 6 April 2008"_s << M << u"2008-03-17/2008-04-06"_s;
    QTest::newRow("dash before") << u"– 26 Mar 2008"_s << M << u"../2008-03-26"_s;
    QTest::newRow("minus is a year, not an open start") << u"-2008"_s << M << u"-2008"_s;
    QTest::newRow("weekday abbreviated") << u"Thu 1 Jan 1970"_s << M << u"1970-01-01"_s;
    QTest::newRow("weekday, leap day") << u"Friday 29 February 2008"_s << M << u"2008-02-29"_s;
    QTest::newRow("weekday before a year") << u"Sun., Dec. 31, 1899"_s << M << u"1899-12-31"_s;
    QTest::newRow("weekday in the Julian years") << u"Friday, 13 October 1307"_s << M << u"1307-10-13"_s;
    QTest::newRow("short weekday") << u"Mon 17 Mar 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("upper case") << u"17 MARCH 2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("sept") << u"Sept 1, 2008"_s << M << u"2008-09-01"_s;
    QTest::newRow("abbrev dot") << u"Mar. 2008"_s << M << u"2008-03"_s;
    QTest::newRow("month year") << u"March 2008"_s << M << u"2008-03"_s;
    QTest::newRow("year month day names") << u"2008 Mar 17"_s << M << u"2008-03-17"_s;
    // Numbers.
    QTest::newRow("slashes day first") << u"17/03/2008"_s << D << u"2008-03-17"_s;
    QTest::newRow("slashes month first") << u"03/17/2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("ambiguous day first") << u"03/04/2008"_s << D << u"2008-04-03"_s;
    QTest::newRow("ambiguous month first") << u"03/04/2008"_s << M << u"2008-03-04"_s;
    QTest::newRow("no leading zeros") << u"3/4/2008"_s << M << u"2008-03-04"_s;
    QTest::newRow("dashes day first") << u"17-03-2008"_s << D << u"2008-03-17"_s;
    QTest::newRow("dots always day first") << u"17.03.2008"_s << M << u"2008-03-17"_s;
    QTest::newRow("year first slashes") << u"2008/03/17"_s << D << u"2008-03-17"_s;
    QTest::newRow("month slash year") << u"03/2008"_s << M << u"2008-03"_s;
    QTest::newRow("leap day") << u"29/02/2008"_s << D << u"2008-02-29"_s;
    QTest::newRow("iso basic") << u"20080317"_s << M << u"2008-03-17"_s;
    QTest::newRow("edtf long year") << u"Y12000"_s << M << u"Y12000"_s;
    // Years and eras.
    QTest::newRow("year") << u"1550"_s << M << u"1550"_s;
    QTest::newRow("three-digit year") << u"850"_s << M << u"0850"_s;
    QTest::newRow("bc") << u"1550 BC"_s << M << u"-1549"_s;
    QTest::newRow("bce") << u"1550 BCE"_s << M << u"-1549"_s;
    QTest::newRow("b.c.") << u"44 B.C."_s << M << u"-0043"_s;
    QTest::newRow("1 bc is year 0") << u"1 BC"_s << M << u"0000"_s;
    QTest::newRow("ad before") << u"AD 33"_s << M << u"0033"_s;
    QTest::newRow("ad after") << u"33 AD"_s << M << u"0033"_s;
    QTest::newRow("ce") << u"33 CE"_s << M << u"0033"_s;
    QTest::newRow("full date bc") << u"15 March 44 BC"_s << M << u"-0043-03-15"_s;
    QTest::newRow("deep past") << u"12000 BC"_s << M << u"Y-11999"_s;
    // A minus before the year is astronomical, as in EDTF, however many digits (it was read as a
    // separator: "-500" became 500 AD).
    QTest::newRow("minus three digits") << u"-500"_s << M << u"-0500"_s;
    QTest::newRow("minus two digits") << u"-44"_s << M << u"-0044"_s;
    QTest::newRow("minus with a space before") << u" -500"_s << M << u"-0500"_s;
    QTest::newRow("minus full date") << u"-500-03-15"_s << M << u"-0500-03-15"_s;
    QTest::newRow("minus month") << u"-44-03"_s << M << u"-0044-03"_s;
    QTest::newRow("minus five digits") << u"-12000"_s << M << u"Y-12000"_s;
    QTest::newRow("minus approximate") << u"c. -500"_s << M << u"-0500~"_s;
    // Qualifiers.
    QTest::newRow("c.") << u"c. 1550"_s << M << u"1550~"_s;
    QTest::newRow("circa") << u"circa 1550"_s << M << u"1550~"_s;
    QTest::newRow("ca") << u"ca. March 2008"_s << M << u"2008-03~"_s;
    QTest::newRow("about bc") << u"about 1550 BC"_s << M << u"-1549~"_s;
    QTest::newRow("uncertain") << u"17 March 2008?"_s << M << u"2008-03-17?"_s;
    QTest::newRow("both") << u"c. 1550?"_s << M << u"1550%"_s;
    QTest::newRow("before") << u"before 26 March 2008"_s << M << u"[..2008-03-26]"_s;
    QTest::newRow("after") << u"after 1760"_s << M << u"[1760..]"_s;
    // Ranges.
    QTest::newRow("iso range") << u"2008-03-17 - 2008-03-18"_s << M << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("en dash") << u"17 March 2008 – 6 April 2008"_s << M << u"2008-03-17/2008-04-06"_s;
    QTest::newRow("start borrows year") << u"17 March – 6 April 2008"_s << M << u"2008-03-17/2008-04-06"_s;
    QTest::newRow("start borrows month") << u"17–18 Mar 2008"_s << M << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("to") << u"1914 to 1918"_s << M << u"1914/1918"_s;
    QTest::newRow("numeric range") << u"17/03/2008 - 18/03/2008"_s << D << u"2008-03-17/2008-03-18"_s;
    // Ranges written with a hyphen, and the US order's day range.
    QTest::newRow("hyphen day range") << u"17-18 March 2008"_s << M << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("hyphen day range abbreviated") << u"17-18 Mar 2008"_s << M << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("us day range") << u"March 17–18, 2008"_s << M << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("us hyphen day range") << u"March 17-18, 2008"_s << D << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("hyphen year range") << u"1914-1918"_s << M << u"1914/1918"_s;
    QTest::newRow("edtf month not a range") << u"1914-12"_s << M << u"1914-12"_s;
    QTest::newRow("numeric dashes not a range") << u"17-03-2008"_s << D << u"2008-03-17"_s;
    // An era after a range belongs to both ends.
    QTest::newRow("bc range") << u"200–100 BC"_s << M << u"-0199/-0099"_s;
    QTest::newRow("bc range of short years") << u"44–42 BC"_s << M << u"-0043/-0041"_s;
    QTest::newRow("bce hyphen range") << u"1200-1100 BCE"_s << M << u"-1199/-1099"_s;
    QTest::newRow("bc to ad") << u"100 BC – 100 AD"_s << M << u"-0099/0100"_s;
    // Years with a thousands separator.
    QTest::newRow("year with comma") << u"1,850"_s << M << u"1850"_s;
    QTest::newRow("year with thin space") << u"1 850"_s << M << u"1850"_s;
    QTest::newRow("year with dot") << u"1.850"_s << M << u"1850"_s;
    QTest::newRow("large bc year with comma") << u"12,000 BC"_s << M << u"Y-11999"_s;
    // Time zones after a time, as logs, e-mail and RSS write them.
    QTest::newRow("utc word") << u"2008-03-17 14:30:00 UTC"_s << M << u"2008-03-17T14:30:00Z"_s;
    QTest::newRow("gmt word") << u"17 Mar 2008 14:30 GMT"_s << M << u"2008-03-17T14:30Z"_s;
    QTest::newRow("rfc 2822") << u"Mon, 17 Mar 2008 14:30:00 +0000"_s << M << u"2008-03-17T14:30:00Z"_s;
    QTest::newRow("us zone") << u"3/17/2008 2:30 PM EST"_s << M << u"2008-03-17T14:30-05:00"_s;
    QTest::newRow("european zone") << u"17.03.2008 14:30 CET"_s << M << u"2008-03-17T14:30+01:00"_s;
    QTest::newRow("date in utc") << u"2008-03-17 UTC"_s << M << u"2008-03-17"_s;
    // A year range with the end's century left out.
    QTest::newRow("short end year") << u"1990-95"_s << M << u"1990/1995"_s;
    QTest::newRow("short end year, dash") << u"1990–95"_s << M << u"1990/1995"_s;
    // Written out in words, as Dateline shows dates and as people write them.
    QTest::newRow("decade") << u"1850s"_s << M << u"185X"_s;
    QTest::newRow("the decade") << u"the 1850s"_s << M << u"185X"_s;
    QTest::newRow("century") << u"19th century"_s << M << u"18XX"_s;
    QTest::newRow("late decade") << u"late 1990s"_s << M << u"1997/1999"_s;
    QTest::newRow("the century") << u"the 20th century"_s << M << u"19XX"_s;
    QTest::newRow("season") << u"Spring 2008"_s << M << u"2008-21"_s;
    QTest::newRow("season of") << u"summer of 2008"_s << M << u"2008-22"_s;
    QTest::newRow("early year") << u"early 2008"_s << M << u"2008-01/2008-04"_s;
    QTest::newRow("mid month") << u"mid-March 2008"_s << M << u"2008-03-11/2008-03-20"_s;
    QTest::newRow("quarter") << u"Q1 2008"_s << M << u"2008-01/2008-03"_s;
    QTest::newRow("half year") << u"first half of 2008"_s << M << u"2008-01/2008-06"_s;
    QTest::newRow("approximate decade") << u"c. the 1850s"_s << M << u"185X~"_s;
    QTest::newRow("decades range") << u"1980s – 1990s"_s << M << u"198X/199X"_s;
}

void TestDateForms::valid()
{
    QFETCH(QString, text);
    QFETCH(DayOrder, order);
    QFETCH(QString, edtf);
    QString error;
    const FuzzyDate date = parseDateForm(text, order, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QCOMPARE(date.toEdtf(), edtf);
    QVERIFY(error.isEmpty());
}

void TestDateForms::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DayOrder>("order");
    QTest::addColumn<QString>("reason"); // a part of the message
    const auto M = DayOrder::MonthFirst, D = DayOrder::DayFirst;
    QTest::newRow("empty") << u""_s << M << u"no date"_s;
    QTest::newRow("feb 31") << u"31/02/2008"_s << D << u"February 2008 has no day 31"_s;
    QTest::newRow("feb 29 not leap") << u"29 Feb 2007"_s << M << u"February 2007 has no day 29"_s;
    QTest::newRow("april 31") << u"April 31, 2008"_s << M << u"April 2008 has no day 31"_s;
    QTest::newRow("month 17 month first") << u"17/03/2008"_s << M << u"try day first"_s;
    QTest::newRow("month 13 day first") << u"03/13/2008"_s << D << u"try month first"_s;
    QTest::newRow("two-digit year") << u"17/03/08"_s << D << u"two-digit year"_s;
    QTest::newRow("two-digit year names") << u"17-Mar-08"_s << M << u"two-digit year"_s;
    QTest::newRow("bare small number") << u"12"_s << M << u"alone is not a date"_s;
    QTest::newRow("word") << u"yesterday"_s << M << u"unknown word \"yesterday\""_s;
    QTest::newRow("joining word without a time") << u"17 Mar 2008 at"_s << M << u"unknown word \"at\""_s;
    QTest::newRow("not a month") << u"17 Marchember 2008"_s << M << u"unknown word"_s;
    QTest::newRow("no week 53") << u"2008-W53"_s << M << u"2008 has no week 53"_s;
    QTest::newRow("no week 0") << u"2008-W00"_s << M << u"2008 has no week 00"_s;
    QTest::newRow("foreign weekday contradicts") << u"mardi 17 mars 2008"_s << M << u"not a Tuesday"_s;
    QTest::newRow("year zero bc") << u"0 BC"_s << M << u"no year 0"_s;
    QTest::newRow("minus and era") << u"-500 BC"_s << M << u"a minus sign and an era"_s;
    QTest::newRow("minus after the month") << u"March -500"_s << M << u"a negative year comes first"_s;
    QTest::newRow("minus before a month name") << u"-500 March 15"_s << M << u"a negative year comes first"_s;
    QTest::newRow("minus day too large") << u"-500-02-30"_s << M << u"February -0500 has no day 30"_s;
    QTest::newRow("bad time") << u"2008-03-17 25:00"_s << M << u"no hour 25"_s;
    QTest::newRow("bad 12-hour time") << u"3/17/2008 13:30 PM"_s << M << u"not a time of day"_s;
    QTest::newRow("bad timestamp") << u"2008-02-30T14:00:00.000Z"_s << M << u""_s;
    QTest::newRow("range backwards") << u"2008-03-18 - 2008-03-17"_s << M << u""_s;
    QTest::newRow("range bad start") << u"someday - 18 Mar 2008"_s << M << u"start \"someday\""_s;
    QTest::newRow("range bad end") << u"2008-03-17 - soon"_s << M << u"end \"soon\""_s;
    QTest::newRow("excel serial") << u"39524"_s << M << u"a spreadsheet's day number"_s;
    QTest::newRow("iso basic bad day") << u"20080231"_s << M << u"February 2008 has no day 31"_s;
    QTest::newRow("symbols") << u"2008#03#17"_s << M << u"unexpected character"_s;
    QTest::newRow("four numbers") << u"1/2/3/2008"_s << M << u"not a date form"_s;
    QTest::newRow("weekday contradicts") << u"Tuesday, March 17, 2008"_s << M << u"17 March 2008 was a Monday, not a Tuesday"_s;
    QTest::newRow("weekday says the other order") << u"Tue 04/03/2008"_s << M << u"try day first"_s;
    QTest::newRow("open end of a range") << u"since 2008 - 2009"_s << M << u""_s;
    QTest::newRow("open end of nothing") << u"since"_s << M << u""_s;
    QTest::newRow("day and month, no year") << u"17/3"_s << D << u"without a year"_s;
    QTest::newRow("german day and month") << u"17.03."_s << D << u"without a year"_s;
    QTest::newRow("month 13 of a year") << u"13/2008"_s << D << u"there is no month 13"_s;
    // Words the article tagger reads relative to a day: a cell has none.
    QTest::newRow("relative season") << u"last spring"_s << M << u"unknown word"_s;
    QTest::newRow("relative year") << u"next year"_s << M << u"unknown word"_s;
    QTest::newRow("words after the date") << u"the 5th century BC"_s << M << u""_s;
    QTest::newRow("span with a qualifier") << u"c. early 2008"_s << M << u""_s;
    QTest::newRow("short end year before the start") << u"1995-90"_s << M << u""_s;
    QTest::newRow("hyphen before a month number") << u"2008-13"_s << M << u""_s;
    QTest::newRow("unknown zone") << u"2008-03-17 14:30 XYZ"_s << M << u"unknown word \"XYZ\""_s;
    QTest::newRow("grouped digits not a year") << u"12,34"_s << M << u""_s;
}

void TestDateForms::invalid()
{
    QFETCH(QString, text);
    QFETCH(DayOrder, order);
    QFETCH(QString, reason);
    QString error;
    const FuzzyDate date = parseDateForm(text, order, &error);
    QVERIFY2(!date.isValid(), qPrintable(date.toEdtf()));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

// With a window of a hundred years, two-digit years read as spreadsheets write them; a lone
// number, "03/08" (a day and a month?) and "March 17" (a day) never become years; without a
// window they are refused.
void TestDateForms::twoDigitYears_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<DayOrder>("order");
    QTest::addColumn<QString>("edtf"); // empty: refused
    const auto M = DayOrder::MonthFirst, D = DayOrder::DayFirst;
    QTest::newRow("day first, 1930") << u"17/03/08"_s << 1930 << D << u"2008-03-17"_s;
    QTest::newRow("month first, 1930") << u"03/17/45"_s << 1930 << M << u"1945-03-17"_s;
    QTest::newRow("window edge, 29") << u"01.01.29"_s << 1930 << D << u"2029-01-01"_s;
    QTest::newRow("window edge, 30") << u"01.01.30"_s << 1930 << D << u"1930-01-01"_s;
    QTest::newRow("1900-1999") << u"17/03/08"_s << 1900 << D << u"1908-03-17"_s;
    QTest::newRow("2000-2099") << u"17/03/95"_s << 2000 << D << u"2095-03-17"_s;
    QTest::newRow("one digit") << u"17/3/8"_s << 1950 << D << u"2008-03-17"_s;
    QTest::newRow("Excel d-mmm-yy") << u"17-Mar-08"_s << 1930 << M << u"2008-03-17"_s;
    QTest::newRow("Excel mmm-yy") << u"Mar-08"_s << 1930 << M << u"2008-03"_s;
    QTest::newRow("month name, day, year") << u"March 17, 61"_s << 1930 << M << u"1961-03-17"_s;
    QTest::newRow("a range") << u"17/03/08 - 18/03/08"_s << 1930 << D << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("four digits stay") << u"17/03/1908"_s << 1930 << D << u"1908-03-17"_s;
    QTest::newRow("era stays") << u"33 AD"_s << 1930 << D << u"0033"_s;
    QTest::newRow("March 17 is a day") << u"March 17"_s << 1930 << M << QString();
    QTest::newRow("03/08 is refused") << u"03/08"_s << 1930 << D << QString();
    QTest::newRow("a lone number") << u"08"_s << 1930 << D << QString();
    QTest::newRow("no window") << u"17/03/08"_s << 0 << D << QString();
    QTest::newRow("no window, mmm-yy") << u"Mar-08"_s << 0 << M << QString();
}

void TestDateForms::twoDigitYears()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(DayOrder, order);
    QFETCH(QString, edtf);
    QString error;
    const FuzzyDate d = parseDateForm(text, DateReading{order, from}, &error);
    if (edtf.isEmpty()) {
        QVERIFY2(!d.isValid(), qPrintable(d.toEdtf()));
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(d.isValid(), qPrintable(error));
        QCOMPARE(d.toEdtf(), edtf);
    }
}

// "1914-18": two digits after a hyphen that are no EDTF month (01–12) nor season (21–41) end a
// range of years in a table's reading; a date field's reading refuses them as a mistyped month.
// EDTF's months and seasons keep their meaning in both.
void TestDateForms::hyphenYearRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("yearRanges");
    QTest::addColumn<QString>("edtf"); // empty: refused
    QTest::newRow("world war") << u"1914-18"_s << true << u"1914/1918"_s;
    QTest::newRow("end 13") << u"2008-13"_s << true << u"2008/2013"_s;
    QTest::newRow("end 20, spaced") << u"2008 - 20"_s << true << u"2008/2020"_s;
    QTest::newRow("month stays a month") << u"2008-12"_s << true << u"2008-12"_s;
    QTest::newRow("season stays a season") << u"1918-21"_s << true << u"1918-21"_s;
    QTest::newRow("quarter-like 41 stays EDTF") << u"1918-41"_s << true << u"1918-41"_s;
    QTest::newRow("above 41 was a range already") << u"1939-45"_s << true << u"1939/1945"_s;
    QTest::newRow("end before the start") << u"1918-14"_s << true << QString();
    QTest::newRow("a date field refuses") << u"1914-18"_s << false << QString();
    QTest::newRow("a date field refuses 13") << u"2008-13"_s << false << QString();
    QTest::newRow("a date field keeps above 41") << u"1939-45"_s << false << u"1939/1945"_s;
}

void TestDateForms::hyphenYearRanges()
{
    QFETCH(QString, text);
    QFETCH(bool, yearRanges);
    QFETCH(QString, edtf);
    QString error;
    DateReading reading;
    reading.hyphenYearRanges = yearRanges;
    const FuzzyDate d = parseDateForm(text, reading, &error);
    if (edtf.isEmpty()) {
        QVERIFY2(!d.isValid(), qPrintable(d.toEdtf()));
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(d.isValid(), qPrintable(error));
        QCOMPARE(d.toEdtf(), edtf);
    }
}

void TestDateForms::guessOrder_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<DayOrder>("expected");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<bool>("decisive"); // the samples decide, not the fallback
    QTest::newRow("day first") << QStringList{u"03/04/2008"_s, u"17/03/2008"_s} << DayOrder::DayFirst << true << true;
    QTest::newRow("month first") << QStringList{u"03/04/2008"_s, u"03/17/2008"_s} << DayOrder::MonthFirst << true << true;
    QTest::newRow("ambiguous keeps fallback") << QStringList{u"03/04/2008"_s} << DayOrder::DayFirst << true << false;
    QTest::newRow("contradicting keeps fallback") << QStringList{u"17/03/2008"_s, u"03/17/2008"_s} << DayOrder::DayFirst << true << false;
    QTest::newRow("no numeric dates") << QStringList{u"March 17, 2008"_s, u"2008-03-17"_s} << DayOrder::DayFirst << false << false;
}

void TestDateForms::guessOrder()
{
    QFETCH(QStringList, samples);
    QFETCH(DayOrder, expected);
    QFETCH(bool, numeric);
    QFETCH(bool, decisive);
    bool sawNumeric = false;
    QCOMPARE(guessDayOrder(samples, DayOrder::DayFirst, &sawNumeric), expected);
    QCOMPARE(sawNumeric, numeric);
    // The fallback decides only when the samples do not.
    const bool decided = guessDayOrder(samples, DayOrder::MonthFirst) == guessDayOrder(samples, DayOrder::DayFirst);
    QCOMPARE(decided, decisive);
}

QTEST_GUILESS_MAIN(TestDateForms)
#include "tst_dateforms.moc"
