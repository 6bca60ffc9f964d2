// The time zones an iCalendar file defines itself (VTIMEZONE), for names no database knows.
#include "core/io/icalendar/vtimezone.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::ical;

namespace {

// A VTIMEZONE named "Z" around the given STANDARD and DAYLIGHT parts.
QByteArray vtimezone(const QByteArray &parts)
{
    return "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Z\r\n" + parts + "END:VTIMEZONE\r\nEND:VCALENDAR\r\n";
}

QByteArray part(const char *kind, const char *start, const char *from, const char *to, const char *rule = nullptr)
{
    QByteArray p = "BEGIN:" + QByteArray(kind) + "\r\nDTSTART:" + start + "\r\nTZOFFSETFROM:" + from + "\r\nTZOFFSETTO:" + to + "\r\n";
    if (rule)
        p += "RRULE:" + QByteArray(rule) + "\r\n";
    return p + "END:" + kind + "\r\n";
}

// As Outlook writes them: the rules since 2007, starting in 1601.
const QByteArray usEastern = vtimezone(part("STANDARD", "16011104T020000", "-0400", "-0500", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11")
                                       + part("DAYLIGHT", "16010311T020000", "-0500", "-0400", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"));
// Summer from the first Sunday in October to the first Sunday in April.
const QByteArray sydney = vtimezone(part("STANDARD", "20080406T030000", "+1100", "+1000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU")
                                    + part("DAYLIGHT", "20081005T020000", "+1000", "+1100", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"));
// Last Sundays, at 01:00 UTC.
const QByteArray centralEurope = vtimezone(part("STANDARD", "19961027T030000", "+0200", "+0100", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")
                                           + part("DAYLIGHT", "19810329T020000", "+0100", "+0200", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"));
const QByteArray india = vtimezone(part("STANDARD", "16010101T000000", "+0530", "+0530"));
// Moscow kept summer time from March 2011 to October 2014: single onsets, no rules.
const QByteArray moscow = vtimezone(part("STANDARD", "19700101T000000", "+0300", "+0300")
                                    + part("DAYLIGHT", "20110327T020000", "+0300", "+0400")
                                    + part("STANDARD", "20141026T020000", "+0400", "+0300"));
// The same with the return to standard time as an RDATE of the first STANDARD part.
const QByteArray moscowWithRdate = vtimezone(part("STANDARD", "19700101T000000", "+0400", "+0300").replace("END:STANDARD", "RDATE:20141026T020000\r\nEND:STANDARD")
                                             + part("DAYLIGHT", "20110327T020000", "+0300", "+0400"));
// The US rules before 2007 (first Sunday in April to the last in October) ended by UNTIL.
const QByteArray usEasternHistory = vtimezone(
    part("DAYLIGHT", "19870405T020000", "-0500", "-0400", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z")
    + part("STANDARD", "19671029T020000", "-0400", "-0500", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z")
    + part("DAYLIGHT", "20070311T020000", "-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
    + part("STANDARD", "20071104T020000", "-0400", "-0500", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"));
// The RFC 2445 way of saying "the first Sunday": a weekday among days of the month.
const QByteArray monthDays = vtimezone(part("STANDARD", "19671029T020000", "-0400", "-0500", "FREQ=YEARLY;BYMONTH=10;BYDAY=SU;BYMONTHDAY=25,26,27,28,29,30,31")
                                       + part("DAYLIGHT", "19870405T020000", "-0500", "-0400", "FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=1,2,3,4,5,6,7"));

QHash<QString, ZoneDefinition> zonesIn(const QByteArray &ics)
{
    return zoneDefinitions(parseContentLines(ics, nullptr));
}

CivilDateTime localTime(const QString &text) // "2008-03-09 01:59"
{
    CivilDateTime t;
    t.date = {text.mid(0, 4).toLongLong(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt()};
    t.hour = text.mid(11, 2).toInt();
    t.minute = text.mid(14, 2).toInt();
    return t;
}

} // namespace

class TestVTimeZone : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void offsets_data();
    void offsets();
    void unreadableZonesAreLeftOut_data();
    void unreadableZonesAreLeftOut();
};

void TestVTimeZone::offsets_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("local");
    QTest::addColumn<int>("offset"); // minutes east of UTC
    // 2008: summer time from 9 March 02:00 (to 03:00) to 2 November 02:00 (back to 01:00).
    QTest::newRow("US, winter, from last year's onset") << usEastern << u"2008-01-15 12:00"_s << -300;
    QTest::newRow("US, before spring forward") << usEastern << u"2008-03-09 01:59"_s << -300;
    QTest::newRow("US, skipped hour") << usEastern << u"2008-03-09 02:30"_s << -300; // RFC 5545: the offset before the gap
    QTest::newRow("US, after spring forward") << usEastern << u"2008-03-09 03:00"_s << -240;
    QTest::newRow("US, summer") << usEastern << u"2008-07-04 12:00"_s << -240;
    QTest::newRow("US, repeated hour") << usEastern << u"2008-11-02 01:30"_s << -240; // its first occurrence
    QTest::newRow("US, after fall back") << usEastern << u"2008-11-02 02:00"_s << -300;
    QTest::newRow("US, December") << usEastern << u"2008-12-15 09:00"_s << -300;
    // 2008: summer time until 6 April 03:00, again from 5 October 02:00.
    QTest::newRow("Sydney, January") << sydney << u"2009-01-15 12:00"_s << 660;
    QTest::newRow("Sydney, repeated hour") << sydney << u"2009-04-05 02:30"_s << 660;
    QTest::newRow("Sydney, winter") << sydney << u"2008-07-01 12:00"_s << 600;
    QTest::newRow("Sydney, before summer starts") << sydney << u"2008-10-05 01:59"_s << 600;
    QTest::newRow("Sydney, summer") << sydney << u"2008-10-05 03:00"_s << 660;
    QTest::newRow("Sydney, before its first onset") << sydney << u"2008-04-06 01:30"_s << 660;
    // 2008: last Sundays, 30 March and 26 October.
    QTest::newRow("Europe, before the last Sunday in March") << centralEurope << u"2008-03-29 12:00"_s << 60;
    QTest::newRow("Europe, the last Sunday in March") << centralEurope << u"2008-03-30 03:00"_s << 120;
    QTest::newRow("Europe, the last Sunday in October, first 02:30") << centralEurope << u"2008-10-26 02:30"_s << 120;
    QTest::newRow("Europe, after the last Sunday in October") << centralEurope << u"2008-10-26 03:00"_s << 60;
    QTest::newRow("fixed offset") << india << u"2008-07-01 12:00"_s << 330;
    QTest::newRow("fixed offset, long before its DTSTART") << india << u"1200-07-01 12:00"_s << 330;
    QTest::newRow("no rules, before the change") << moscow << u"2010-07-01 12:00"_s << 180;
    QTest::newRow("no rules, kept summer time") << moscow << u"2012-12-01 12:00"_s << 240;
    QTest::newRow("no rules, after") << moscow << u"2015-07-01 12:00"_s << 180;
    QTest::newRow("RDATE, kept summer time") << moscowWithRdate << u"2012-12-01 12:00"_s << 240;
    QTest::newRow("RDATE, after") << moscowWithRdate << u"2015-07-01 12:00"_s << 180;
    QTest::newRow("UNTIL, old rules in October") << usEasternHistory << u"2006-10-15 12:00"_s << -240;
    QTest::newRow("UNTIL, old rules after October") << usEasternHistory << u"2006-11-01 12:00"_s << -300;
    QTest::newRow("UNTIL, new rules in March") << usEasternHistory << u"2008-03-20 12:00"_s << -240;
    QTest::newRow("UNTIL, new rules in early November") << usEasternHistory << u"2008-11-01 12:00"_s << -240;
    QTest::newRow("weekday among days, April") << monthDays << u"2006-04-02 03:00"_s << -240;
    QTest::newRow("weekday among days, late October") << monthDays << u"2006-10-29 02:00"_s << -300;
    QTest::newRow("weekday among days, before") << monthDays << u"2006-10-28 12:00"_s << -240;
}

void TestVTimeZone::offsets()
{
    QFETCH(QByteArray, zone);
    QFETCH(QString, local);
    QFETCH(int, offset);
    const QHash<QString, ZoneDefinition> zones = zonesIn(zone);
    QVERIFY(zones.contains(u"Z"_s));
    QCOMPARE(zones.value(u"Z"_s).offsetAt(localTime(local)), offset);
}

void TestVTimeZone::unreadableZonesAreLeftOut_data()
{
    QTest::addColumn<QByteArray>("zone");
    const QByteArray standard = part("STANDARD", "16011104T020000", "-0400", "-0500", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11");
    QTest::newRow("monthly rule") << vtimezone(standard + part("DAYLIGHT", "16010311T020000", "-0500", "-0400", "FREQ=MONTHLY;BYDAY=2SU"));
    QTest::newRow("every Sunday in March") << vtimezone(standard + part("DAYLIGHT", "16010311T020000", "-0500", "-0400", "FREQ=YEARLY;BYDAY=SU;BYMONTH=3"));
    QTest::newRow("two months") << vtimezone(standard + part("DAYLIGHT", "16010311T020000", "-0500", "-0400", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3,4"));
    QTest::newRow("no DTSTART") << vtimezone(standard + "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n");
    QTest::newRow("no TZOFFSETTO") << vtimezone("BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nEND:STANDARD\r\n");
    QTest::newRow("bad offset") << vtimezone(part("STANDARD", "16010101T000000", "+0100", "one hour"));
    QTest::newRow("no parts") << vtimezone(QByteArray());
    QByteArray rdates = "RDATE:20000101T000000";
    for (int year = 2001; year < 4500; ++year)
        rdates += ',' + QByteArray::number(year) + "0101T000000";
    QTest::newRow("thousands of onsets") << vtimezone(standard + part("DAYLIGHT", "16010311T020000", "-0500", "-0400").replace("END:DAYLIGHT", rdates + "\r\nEND:DAYLIGHT"));
}

void TestVTimeZone::unreadableZonesAreLeftOut()
{
    QFETCH(QByteArray, zone);
    QVERIFY(zonesIn(zone).isEmpty());
}

QTEST_GUILESS_MAIN(TestVTimeZone)
#include "tst_vtimezone.moc"
