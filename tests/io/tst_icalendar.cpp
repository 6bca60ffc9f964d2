#include "core/io/icalendar/icalendar.h"
#include "interchangetest.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

class TestICalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripAwkward();
    void events_data();
    void events();
    void textFieldsAndFolding();
    void placesTagsAndSources();
    void placeCoordinates_data();
    void placeCoordinates();
    void htmlDescriptionBecomesText();
    void htmlLinksBecomeSources_data();
    void htmlLinksBecomeSources();
    void eventEnds_data();
    void eventEnds();
    void mixedValueTypes_data();
    void mixedValueTypes();
    void zoneNames_data();
    void zoneNames();
    void zonesDefinedInTheFile();
    void zoneRulesDefinedInTheFile_data();
    void zoneRulesDefinedInTheFile();
    void vCalendarValues_data();
    void vCalendarValues();
    void vCalendarFile_data();
    void vCalendarFile();
    void eightBitText_data();
    void eightBitText();
    void occurrencesOnTheirOwn_data();
    void occurrencesOnTheirOwn();
    void cancelledFirstOccurrence_data();
    void cancelledFirstOccurrence();
    void rejectedRowsWithLines_data();
    void rejectedRowsWithLines();
    void notes();
    void hostileInput_data();
    void hostileInput();
    void exportIsValidICalendar();
    void exportDates_data();
    void exportDates();
    void roundTripSample();
    void roundTripFixture();
    void sniffing_data();
    void sniffing();
};

void TestICalendar::events_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("all-day span, DTEND exclusive") << u"Two-plus-two talks"_s << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("TZID") << u"Press conference"_s << u"2008-03-17T14:30:00+03:00/2008-03-17T16:00:00+03:00"_s;
    QTest::newRow("UTC") << u"Interview (UTC)"_s << u"2008-03-26T15:00:00Z"_s;
    QTest::newRow("floating with DURATION") << u"Sochi summit (floating)"_s << u"2008-04-06T10:00:00/2008-04-06T12:30:00"_s;
    QTest::newRow("all-day DURATION") << u"Bucharest summit"_s << u"2008-04-01/2008-04-03"_s;
    QTest::newRow("unknown zone kept local") << u"Unknown zone"_s << u"2008-04-10T09:00:00"_s;
}

void TestICalendar::events()
{
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    if (!QTimeZone("Europe/Moscow").isValid() && title == u"Press conference")
        QSKIP("no time zone database on this machine");
    const ImportedContent imported = readICalendar(fixture(u"icalendar/features.ics"_s));
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.size(), size_t(6));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
}

void TestICalendar::textFieldsAndFolding()
{
    const ImportedContent imported = readICalendar(fixture(u"icalendar/features.ics"_s));
    QCOMPARE(imported.content.title, u"Diplomatic calendar, 2008"_s);
    const Event *talks = eventTitled(imported, u"Two-plus-two talks"_s);
    QVERIFY(talks);
    QCOMPARE(talks->description,
             u"Ministers met in Moscow.\nSecond line; with a semicolon, a comma and a backslash \\ \u2013 and a long "
             "line folded in the middle of nothing in particular."_s);
    const Event *sochi = eventTitled(imported, u"Sochi summit (floating)"_s);
    QVERIFY(sochi);
    QCOMPARE(sochi->status, EventStatus::Planned);
    QCOMPARE(eventTitled(imported, u"Interview (UTC)"_s)->status, EventStatus::Occurred);
    // Neither the alarm's description nor the to-do becomes an event.
    QVERIFY(!eventTitled(imported, u"A to-do, not an event"_s));
    for (const Event &e : imported.content.events)
        QVERIFY(e.description != u"Not an event"_s);
}

void TestICalendar::placesTagsAndSources()
{
    const ImportedContent imported = readICalendar(fixture(u"icalendar/features.ics"_s));
    const Event *talks = eventTitled(imported, u"Two-plus-two talks"_s);
    QCOMPARE(talks->tags, (QStringList{u"Diplomacy"_s, u"Arms control"_s}));
    QCOMPARE(imported.content.places.size(), size_t(2));
    const Place &moscow = imported.content.places.at(size_t(talks->place.value - 1));
    QCOMPARE(moscow.name, u"Moscow"_s);
    QCOMPARE(moscow.latitude.value_or(0), 55.7558);
    QCOMPARE(moscow.longitude.value_or(0), 37.6173);
    QCOMPARE(imported.content.sources.size(), size_t(1));
    QCOMPARE(imported.content.sources[0].url, u"https://example.org/talks"_s);
    QCOMPARE(imported.content.sources[0].title, u"Two-plus-two talks"_s);
}

void TestICalendar::placeCoordinates_data()
{
    QTest::addColumn<QByteArray>("lines"); // LOCATION, GEO, X-APPLE-STRUCTURED-LOCATION as written
    QTest::addColumn<QString>("place");   // "name (latitude, longitude)"
    const QByteArray apple = "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=";
    QTest::newRow("GEO") << QByteArray("LOCATION:Moscow\r\nGEO:55.75;37.61") << u"Moscow (55.75, 37.61)"_s;
    // Apple writes the venue's address on further lines of LOCATION; X-TITLE is its name.
    QTest::newRow("Apple, X-TITLE names the place")
        << QByteArray("LOCATION:Caf\xC3\xA9 Milano\\n3251 Prospect St NW\\nWashington\\, DC 20007\r\n" + apple
                      + "\"Caf\xC3\xA9 Milano\";X-ADDRESS=\"3251 Prospect St NW\\\\nWashington, DC 20007\":geo:38.904918,-77.062557")
        << u"Caf\u00e9 Milano (38.904918, -77.062557)"_s;
    QTest::newRow("Apple, without X-TITLE") << QByteArray("LOCATION:Moscow\r\nX-APPLE-STRUCTURED-LOCATION;VALUE=URI:geo:55.75,37.61")
                                            << u"Moscow (55.75, 37.61)"_s;
    QTest::newRow("Apple, without LOCATION") << QByteArray(apple + "Moscow:geo:55.75,37.61") << u"Moscow (55.75, 37.61)"_s;
    QTest::newRow("geo URI with altitude and uncertainty") << QByteArray(apple + "Moscow:GEO:55.75,37.61,150;u=20")
                                                           << u"Moscow (55.75, 37.61)"_s;
    QTest::newRow("GEO before the geo URI") << QByteArray("GEO:55.7558;37.6173\r\n" + apple + "Moscow:geo:55.75,37.61")
                                            << u"Moscow (55.7558, 37.6173)"_s;
    QTest::newRow("bad GEO, good geo URI") << QByteArray("GEO:999;abc\r\n" + apple + "Moscow:geo:55.75,37.61")
                                           << u"Moscow (55.75, 37.61)"_s;
    QTest::newRow("not a geo URI") << QByteArray(apple + "Moscow:https://maps.example.org/?q=55.75,37.61") << u"Moscow"_s;
    QTest::newRow("out of range") << QByteArray(apple + "Moscow:geo:95.0,37.61") << u"Moscow"_s;
}

void TestICalendar::placeCoordinates()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, place);
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20080317T100000Z\r\nSUMMARY:x\r\n"
                                                   + lines + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY2(imported.rejected.empty() && imported.content.places.size() == 1, qPrintable(describe(imported)));
    const Place &p = imported.content.places[0];
    QCOMPARE(imported.content.events.at(0).place, p.id);
    QString found = p.name;
    if (p.latitude && p.longitude)
        found += u" (%1, %2)"_s.arg(*p.latitude, 0, 'g', 10).arg(*p.longitude, 0, 'g', 10);
    QCOMPARE(found, place);
}

void TestICalendar::htmlDescriptionBecomesText()
{
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20080317\r\nSUMMARY:x\r\n"
                                                   "DESCRIPTION:First<br>second <a href=\"https://example.org\">link</a>"
                                                   "<script>alert(1)</script>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QCOMPARE(imported.content.events.size(), size_t(1));
    QCOMPARE(imported.content.events[0].description, u"First\nsecond link"_s);
    // Plain descriptions that merely mention a "<" stay as they are.
    const ImportedContent plain = readICalendar("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20080317\nSUMMARY:x\n"
                                                "DESCRIPTION:a < b and c > d\nEND:VEVENT\nEND:VCALENDAR\n");
    QCOMPARE(plain.content.events[0].description, u"a < b and c > d"_s);
}

void TestICalendar::htmlLinksBecomeSources_data()
{
    QTest::addColumn<QByteArray>("description"); // as written in the file
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sources"); // "title <url>"
    QTest::newRow("link") << QByteArray(R"(<p>See the <a href="https://example.org/report">full report</a> for details.</p>)")
                          << u"See the full report for details."_s << QStringList{u"full report <https://example.org/report>"_s};
    // iCalendar escapes come off before the HTML is read: the address has its comma back.
    QTest::newRow("escaped comma in the address") << QByteArray(R"(<a href="https://example.org/a?b=1\,2">one\, two</a>)")
                                                  << u"one, two"_s << QStringList{u"one, two <https://example.org/a?b=1,2>"_s};
    QTest::newRow("the same link twice") << QByteArray(R"(<a href="https://example.org/a">a</a><br><a href="https://example.org/a">a</a>)")
                                         << u"a\na"_s << QStringList{u"a <https://example.org/a>"_s};
    QTest::newRow("scripts are no sources") << QByteArray(R"html(<a href="javascript:alert(1)">click</a> here)html") << u"click here"_s
                                            << QStringList();
}

void TestICalendar::htmlLinksBecomeSources()
{
    QFETCH(QByteArray, description);
    QFETCH(QString, text);
    QFETCH(QStringList, sources);
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20080317T100000Z\r\n"
                                                   "SUMMARY:x\r\nDESCRIPTION:" + description + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY2(imported.rejected.empty() && imported.content.events.size() == 1, qPrintable(describe(imported)));
    QCOMPARE(imported.content.events[0].description, text);
    QStringList found;
    for (const Source &s : imported.content.sources)
        found << u"%1 <%2>"_s.arg(s.title, s.url);
    QCOMPARE(found, sources);
}

void TestICalendar::eventEnds_data()
{
    QTest::addColumn<QByteArray>("start"); // the DTSTART line
    QTest::addColumn<QByteArray>("end");   // the DTEND or DURATION line
    QTest::addColumn<QString>("result");   // the date, or the rejection with its line
    const QByteArray march17 = "DTSTART;VALUE=DATE:20080317";
    // DTEND is exclusive, but producers write it equal to DTSTART for a one-day event too.
    QTest::newRow("one day, DTEND equal to DTSTART") << march17 << QByteArray("DTEND;VALUE=DATE:20080317") << u"2008-03-17"_s;
    QTest::newRow("one day, DTEND the next day") << march17 << QByteArray("DTEND;VALUE=DATE:20080318") << u"2008-03-17"_s;
    QTest::newRow("three days") << march17 << QByteArray("DTEND;VALUE=DATE:20080320") << u"2008-03-17/2008-03-19"_s;
    QTest::newRow("one day, P0D") << march17 << QByteArray("DURATION:P0D") << u"2008-03-17"_s;
    QTest::newRow("days ending before they start") << march17 << QByteArray("DTEND;VALUE=DATE:20080310")
                                                   << u"line 4: DTEND \"20080310\" is before DTSTART \"20080317\""_s;
    QTest::newRow("zero-length time") << QByteArray("DTSTART:20080317T100000") << QByteArray("DTEND:20080317T100000")
                                      << u"2008-03-17T10:00:00"_s;
    QTest::newRow("zero-length time in UTC") << QByteArray("DTSTART:20080317T100000Z") << QByteArray("DTEND:20080317T100000Z")
                                             << u"2008-03-17T10:00:00Z"_s;
    QTest::newRow("zero DURATION") << QByteArray("DTSTART:20080317T100000Z") << QByteArray("DURATION:PT0S")
                                   << u"2008-03-17T10:00:00Z"_s;
    QTest::newRow("time ending before it starts") << QByteArray("DTSTART:20080317T100000Z") << QByteArray("DTEND:20080317T090000Z")
                                                  << u"line 4: DTEND \"20080317T090000Z\" is before DTSTART \"20080317T100000Z\""_s;
    // Zones count: 08:30 UTC is 09:30 in Berlin, before 10:00 there; 09:30 UTC is after it.
    QTest::newRow("zones, ending before") << QByteArray("DTSTART;TZID=Europe/Berlin:20080317T100000")
                                          << QByteArray("DTEND:20080317T083000Z")
                                          << u"line 4: DTEND \"20080317T083000Z\" is before DTSTART \"20080317T100000\" (Europe/Berlin)"_s;
    QTest::newRow("zones, ending after") << QByteArray("DTSTART;TZID=Europe/Berlin:20080317T100000")
                                         << QByteArray("DTEND:20080317T093000Z") << u"2008-03-17T10:00:00+01:00/2008-03-17T09:30:00Z"_s;
    QTest::newRow("beyond the year 9999") << QByteArray("DTSTART:99991231T000000Z") << QByteArray("DURATION:P2D")
                                          << u"line 4: DURATION \"P2D\" ends after the year 9999"_s;
    // Outlook's all-day events: flagged, written from local midnight to midnight.
    const QByteArray outlookStart = "DTSTART;TZID=Europe/Berlin:20080317T000000";
    QTest::newRow("Outlook all day") << outlookStart
                                     << QByteArray("DTEND;TZID=Europe/Berlin:20080318T000000\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
                                     << u"2008-03-17"_s;
    QTest::newRow("Outlook two days") << outlookStart
                                      << QByteArray("DTEND;TZID=Europe/Berlin:20080319T000000\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
                                      << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("midnight without the flag") << outlookStart << QByteArray("DTEND;TZID=Europe/Berlin:20080318T000000")
                                               << u"2008-03-17T00:00:00+01:00/2008-03-18T00:00:00+01:00"_s;
    QTest::newRow("the flag on times of day") << QByteArray("DTSTART;TZID=Europe/Berlin:20080317T093000")
                                              << QByteArray("DTEND;TZID=Europe/Berlin:20080317T100000\r\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE")
                                              << u"2008-03-17T09:30:00+01:00/2008-03-17T10:00:00+01:00"_s;
}

void TestICalendar::eventEnds()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, end);
    QFETCH(QString, result);
    if (start.contains("TZID") && !QTimeZone("Europe/Berlin").isValid())
        QSKIP("no time zone database on this machine");
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + start + "\r\n" + end
                                                   + "\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    if (!imported.rejected.empty())
        QCOMPARE(u"line %1: %2"_s.arg(imported.rejected[0].line).arg(imported.rejected[0].message), result);
    else
        QCOMPARE(imported.content.events.at(0).date.toEdtf(), result);
}

// RFC 5545 wants DTEND of DTSTART's value type; files that mix a DATE and a DATE-TIME are read
// with each end as written (a DATE end exclusive, as always) and a note. A DATE start with a
// DATE-TIME end lost the end's day and time before: it was taken for an exclusive day.
void TestICalendar::mixedValueTypes_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("end");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("date to date-time") << QByteArray("DTSTART;VALUE=DATE:20080317") << QByteArray("DTEND:20080319T150000Z")
                                       << u"2008-03-17/2008-03-19T15:00:00Z"_s;
    QTest::newRow("date to floating date-time") << QByteArray("DTSTART:20080317") << QByteArray("DTEND:20080318T090000")
                                                << u"2008-03-17/2008-03-18T09:00:00"_s;
    QTest::newRow("date to a time that day") << QByteArray("DTSTART;VALUE=DATE:20080317") << QByteArray("DTEND:20080317T150000")
                                             << u"2008-03-17"_s;
    QTest::newRow("date-time to date") << QByteArray("DTSTART:20080317T100000Z") << QByteArray("DTEND;VALUE=DATE:20080320")
                                       << u"2008-03-17T10:00:00Z/2008-03-19"_s;
    QTest::newRow("date-time to the next date") << QByteArray("DTSTART:20080317T100000Z") << QByteArray("DTEND;VALUE=DATE:20080318")
                                                << u"2008-03-17T10:00:00Z"_s;
    QTest::newRow("ending before") << QByteArray("DTSTART;VALUE=DATE:20080317") << QByteArray("DTEND:20080310T150000Z")
                                   << QString();
    QTest::newRow("date-time ending on an earlier date") << QByteArray("DTSTART:20080317T100000Z")
                                                         << QByteArray("DTEND;VALUE=DATE:20080310") << QString();
}

void TestICalendar::mixedValueTypes()
{
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, end);
    QFETCH(QString, edtf);
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n" + start + "\r\n" + end
                                                   + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    if (edtf.isEmpty()) {
        QCOMPARE(imported.rejected.size(), size_t(1));
        QVERIFY2(imported.notes.isEmpty(), qPrintable(imported.notes.join(u'\n'))); // the rejection says it all
        QCOMPARE(imported.rejected[0].message, u"DTEND \"%1\" is before DTSTART \"%2\""_s.arg(
                                                   QString::fromLatin1(end.mid(end.indexOf(':') + 1)),
                                                   QString::fromLatin1(start.mid(start.indexOf(':') + 1))));
        return;
    }
    QVERIFY(imported.rejected.empty());
    QCOMPARE(imported.content.events.at(0).date.toEdtf(), edtf);
    QVERIFY2(imported.notes.contains(u"events whose DTSTART and DTEND are of different value types (a date and a date-time, "
                                     "which RFC 5545 does not allow), each end read as written: 1 (the first DTEND on line 5)"_s),
             qPrintable(imported.notes.join(u'\n')));
}

void TestICalendar::zoneNames_data()
{
    QTest::addColumn<QString>("tzid");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("edtf");
    const QString march17 = u"20080317T090000"_s;
    QTest::newRow("IANA") << u"Europe/Berlin"_s << march17 << u"2008-03-17T09:00:00+01:00"_s;
    QTest::newRow("quoted Windows name") << u"\"W. Europe Standard Time\""_s << march17 << u"2008-03-17T09:00:00+01:00"_s;
    QTest::newRow("vendor prefix") << u"/mozilla.org/20050126_1/Europe/Berlin"_s << march17 << u"2008-03-17T09:00:00+01:00"_s;
    QTest::newRow("summer time") << u"America/New_York"_s << march17 << u"2008-03-17T09:00:00-04:00"_s;
    // The hour the clocks go back happens twice: RFC 5545 means the first (Qt's own reading gave
    // the second, an hour late); the hour they skip reads with the offset before it.
    QTest::newRow("repeated hour, New York") << u"America/New_York"_s << u"20081102T013000"_s << u"2008-11-02T01:30:00-04:00"_s;
    QTest::newRow("repeated hour, London") << u"Europe/London"_s << u"20081026T013000"_s << u"2008-10-26T01:30:00+01:00"_s;
    QTest::newRow("after the repeated hour") << u"Europe/London"_s << u"20081026T023000"_s << u"2008-10-26T02:30:00+00:00"_s;
    QTest::newRow("skipped hour") << u"America/New_York"_s << u"20080309T023000"_s << u"2008-03-09T02:30:00-05:00"_s;
}

void TestICalendar::zoneNames()
{
    QFETCH(QString, tzid);
    QFETCH(QString, local);
    QFETCH(QString, edtf);
    if (!QTimeZone("Europe/Berlin").isValid())
        QSKIP("no time zone database on this machine");
    const QByteArray ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=" + tzid.toUtf8() + ':' + local.toUtf8()
                           + "\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ImportedContent imported = readICalendar(ics);
    QCOMPARE(imported.content.events.size(), size_t(1));
    QCOMPARE(imported.content.events[0].date.toEdtf(), edtf);
    QVERIFY(imported.notes.isEmpty());
}

void TestICalendar::zonesDefinedInTheFile()
{
    // A name no time zone database knows, defined by the file with one offset, is used; one with
    // summer time is not guessed at.
    const QByteArray ics = "BEGIN:VCALENDAR\r\n"
                           "BEGIN:VTIMEZONE\r\nTZID:(UTC+03:00) Moscow Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
                           "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                           "BEGIN:VTIMEZONE\r\nTZID:Custom Europe\r\nBEGIN:STANDARD\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
                           "BEGIN:DAYLIGHT\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
                           "BEGIN:VEVENT\r\nDTSTART;TZID=\"(UTC+03:00) Moscow Time\":20080317T143000\r\nSUMMARY:a\r\nEND:VEVENT\r\n"
                           "BEGIN:VEVENT\r\nDTSTART;TZID=Custom Europe:20080317T143000\r\nSUMMARY:b\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n";
    const ImportedContent imported = readICalendar(ics);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(2));
    QCOMPARE(imported.content.events[0].date.toEdtf(), u"2008-03-17T14:30:00+03:00"_s);
    QCOMPARE(imported.content.events[1].date.toEdtf(), u"2008-03-17T14:30:00"_s);
    QVERIFY(imported.notes.join(u'\n').contains(u"Custom Europe"_s));
}

void TestICalendar::zoneRulesDefinedInTheFile_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("summer time") << u"20080317T090000"_s << u"2008-03-17T09:00:00-04:00"_s;
    QTest::newRow("winter") << u"20081215T090000"_s << u"2008-12-15T09:00:00-05:00"_s;
    QTest::newRow("repeated hour") << u"20081102T013000"_s << u"2008-11-02T01:30:00-04:00"_s;
}

void TestICalendar::zoneRulesDefinedInTheFile()
{
    // Outlook names zones after their display names and gives their rules in a VTIMEZONE.
    QFETCH(QString, local);
    QFETCH(QString, edtf);
    const QByteArray ics = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:(UTC-05:00) Eastern Time (US & Canada)\r\n"
                           "BEGIN:STANDARD\r\nDTSTART:16011104T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"
                           "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n"
                           "BEGIN:DAYLIGHT\r\nDTSTART:16010311T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"
                           "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
                           "BEGIN:VEVENT\r\nDTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":" + local.toUtf8()
                           + "\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const ImportedContent imported = readICalendar(ics);
    QVERIFY2(imported.rejected.empty() && imported.notes.isEmpty(), qPrintable(describe(imported) + imported.notes.join(u'\n')));
    QCOMPARE(imported.content.events.at(0).date.toEdtf(), edtf);
}

void TestICalendar::vCalendarValues_data()
{
    QTest::addColumn<QByteArray>("summary"); // the SUMMARY line as written
    QTest::addColumn<QString>("title");
    QTest::newRow("quoted-printable, UTF-8 by default") << QByteArray("SUMMARY;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9") << u"Caf\u00e9"_s;
    QTest::newRow("Windows-1252") << QByteArray("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=WINDOWS-1252:=80 5 caf=E9")
                                  << u"\u20ac 5 caf\u00e9"_s;
    QTest::newRow("ISO-8859-1") << QByteArray("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caf=E9") << u"Caf\u00e9"_s;
    QTest::newRow("lower-case hex") << QByteArray("SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=c3=a9") << u"Caf\u00e9"_s;
    QTest::newRow("bare parameter") << QByteArray("SUMMARY;QUOTED-PRINTABLE;CHARSET=UTF-8:Caf=C3=A9") << u"Caf\u00e9"_s;
    QTest::newRow("soft line break") << QByteArray("SUMMARY;ENCODING=QUOTED-PRINTABLE:Long =\r\ntitle") << u"Long title"_s;
    // The next line's leading space is text, not folding, after a soft break.
    QTest::newRow("soft line break before a space") << QByteArray("SUMMARY;ENCODING=QUOTED-PRINTABLE:Long=\r\n title") << u"Long title"_s;
    QTest::newRow("'=' encoding nothing") << QByteArray("SUMMARY;ENCODING=QUOTED-PRINTABLE:1=2 =3D 3") << u"1=2 = 3"_s;
    QTest::newRow("8-bit text in its CHARSET") << QByteArray("SUMMARY;CHARSET=Windows-1252:Caf\xE9") << u"Caf\u00e9"_s;
    QTest::newRow("no encoding: as written") << QByteArray("SUMMARY:Caf=C3=A9") << u"Caf=C3=A9"_s;
}

void TestICalendar::vCalendarValues()
{
    QFETCH(QByteArray, summary);
    QFETCH(QString, title);
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nDTSTART:20080317T100000Z\r\n"
                                                   + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY2(imported.rejected.empty() && imported.notes.isEmpty(), qPrintable(describe(imported) + imported.notes.join(u'\n')));
    QCOMPARE(imported.content.events.at(0).title, title);
}

void TestICalendar::vCalendarFile_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("description");
    QTest::newRow("quoted-printable, UTC") << u"Caf\u00e9 meeting"_s << u"2008-03-17T10:00:00Z/2008-03-17T12:00:00Z"_s
                                           << u"Agenda:\n1. Missile defence\n2. START follow-on"_s;
    QTest::newRow("Latin-1, local time") << u"R\u00e9union \u00e0 Bucarest"_s << u"2008-04-02T09:30:00/2008-04-02T11:00:00"_s << QString();
    QTest::newRow("unknown character set") << u"Sochi"_s << u"2008-04-06T15:00:00"_s << QString();
}

void TestICalendar::vCalendarFile()
{
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    QFETCH(QString, description);
    const ImportedContent imported = readICalendar(fixture(u"icalendar/vcalendar10.vcs"_s));
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.notes, QStringList{u"unknown character sets KOI8-R: their texts were read as UTF-8"_s});
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
    QCOMPARE(e->description, description);
}

void TestICalendar::eightBitText_data()
{
    // Files that are not UTF-8 and name no CHARSET: older Outlook, Lotus Notes and scripts write
    // the system's code page. Read as UTF-8, every accented letter became U+FFFD without a word.
    QTest::addColumn<QByteArray>("summary"); // the SUMMARY line's bytes
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("note"); // "" when there is none
    QTest::newRow("Windows-1252") << QByteArray("SUMMARY:Caf\xE9 \xE0 Gen\xE8ve\x85") << u"Caf\u00e9 \u00e0 Gen\u00e8ve\u2026"_s
                                  << u"read as Windows-1252: 2 (the first on line 2)"_s;
    // In a file that is otherwise UTF-8, a stray byte is one Windows-1252 character, and the
    // line's UTF-8 stays UTF-8.
    QTest::newRow("a stray byte in UTF-8") << QByteArray("SUMMARY:R\xC3\xA9union \xE0 Gen\xC3\xA8ve")
                                           << u"R\u00e9union \u00e0 Gen\u00e8ve"_s << u"read as Windows-1252: 1 (the first on line 5)"_s;
    QTest::newRow("UTF-8: no note") << QByteArray("SUMMARY:R\xC3\xA9union") << u"R\u00e9union"_s << QString();
}

void TestICalendar::eightBitText()
{
    QFETCH(QByteArray, summary);
    QFETCH(QString, title);
    QFETCH(QString, note);
    // The calendar's name is in the same encoding as the event (or plain ASCII).
    const QByteArray name = summary.contains("\xC3") ? QByteArray("Diplomacy") : QByteArray("Agenda \xE0 Gen\xE8ve");
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nX-WR-CALNAME:" + name + "\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                                                   + summary + "\r\nDTSTART;VALUE=DATE:20080317\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.at(0).title, title);
    const QString notes = imported.notes.join(u'\n');
    if (note.isEmpty())
        QVERIFY2(notes.isEmpty(), qPrintable(notes));
    else
        QVERIFY2(notes.contains(u"naming no CHARSET, "_s + note), qPrintable(notes));
    if (!summary.contains("\xC3"))
        QCOMPARE(imported.content.title, u"Agenda \u00e0 Gen\u00e8ve"_s);
}

void TestICalendar::occurrencesOnTheirOwn_data()
{
    // Google Calendar and Outlook write a moved or changed occurrence of a series as a VEVENT of
    // the series' UID with RECURRENCE-ID, the start it replaces. Only a series' first occurrence
    // is imported: when that one was moved, the series' own start did not happen.
    QTest::addColumn<QByteArray>("instance"); // the occurrence's UID and RECURRENCE-ID lines
    QTest::addColumn<bool>("first");          // written before the series
    QTest::addColumn<QString>("titles");      // the events, in file order
    QTest::newRow("first occurrence moved") << QByteArray("UID:weekly@example.org\r\nRECURRENCE-ID:20080317T100000Z") << false
                                            << u"Sync (moved): 2008-03-17T14:00:00Z"_s;
    QTest::newRow("written before its series") << QByteArray("UID:weekly@example.org\r\nRECURRENCE-ID:20080317T100000Z") << true
                                               << u"Sync (moved): 2008-03-17T14:00:00Z"_s;
    QTest::newRow("a later occurrence moved") << QByteArray("UID:weekly@example.org\r\nRECURRENCE-ID:20080324T100000Z") << false
                                              << u"Sync: 2008-03-17T10:00:00Z; Sync (moved): 2008-03-17T14:00:00Z"_s;
    QTest::newRow("another series") << QByteArray("UID:other@example.org\r\nRECURRENCE-ID:20080317T100000Z") << false
                                    << u"Sync: 2008-03-17T10:00:00Z; Sync (moved): 2008-03-17T14:00:00Z"_s;
}

void TestICalendar::occurrencesOnTheirOwn()
{
    QFETCH(QByteArray, instance);
    QFETCH(bool, first);
    QFETCH(QString, titles);
    const QByteArray series = "BEGIN:VEVENT\r\nUID:weekly@example.org\r\nDTSTART:20080317T100000Z\r\nRRULE:FREQ=WEEKLY\r\n"
                              "SUMMARY:Sync\r\nBEGIN:VALARM\r\nTRIGGER:-PT10M\r\nEND:VALARM\r\nEND:VEVENT\r\n";
    const QByteArray moved = "BEGIN:VEVENT\r\n" + instance + "\r\nDTSTART:20080317T140000Z\r\nSUMMARY:Sync (moved)\r\nEND:VEVENT\r\n";
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + (first ? moved + series : series + moved)
                                                   + "END:VCALENDAR\r\n");
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QStringList events;
    for (const Event &e : imported.content.events)
        events << e.title + u": "_s + e.date.toEdtf();
    QCOMPARE(events.join(u"; "_s), titles);
    const QString notes = imported.notes.join(u'\n');
    const bool replaced = imported.content.events.size() == 1;
    QVERIFY2(notes.contains(u"imported as that occurrence: 1"_s) == replaced, qPrintable(notes));
    QVERIFY2(notes.contains(u"recurrence rules not expanded, each event imported once at its first date: 1"_s) != replaced,
             qPrintable(notes));
}

void TestICalendar::cancelledFirstOccurrence_data()
{
    // A series whose first occurrence EXDATE cancels did not happen then; only first occurrences
    // are imported, so the series is left out (and said).
    QTest::addColumn<QByteArray>("lines"); // DTSTART, RRULE and EXDATE
    QTest::addColumn<bool>("kept");
    const QByteArray weekly = "DTSTART:20080317T100000Z\r\nRRULE:FREQ=WEEKLY\r\n";
    QTest::newRow("first cancelled") << weekly + "EXDATE:20080317T100000Z" << false;
    QTest::newRow("first in a list") << weekly + "EXDATE:20080310T100000Z,20080317t100000z" << false;
    QTest::newRow("on a second line") << weekly + "EXDATE:20080331T100000Z\r\nEXDATE:20080317T100000Z" << false;
    QTest::newRow("a later one cancelled") << weekly + "EXDATE:20080324T100000Z" << true;
    QTest::newRow("in its zone") << QByteArray("DTSTART;TZID=Europe/Berlin:20080317T100000\r\nRRULE:FREQ=WEEKLY\r\n"
                                               "EXDATE;TZID=Europe/Berlin:20080317T100000")
                                 << false;
    QTest::newRow("same digits, another zone") << QByteArray("DTSTART;TZID=Europe/Berlin:20080317T100000\r\nRRULE:FREQ=WEEKLY\r\n"
                                                             "EXDATE;TZID=America/New_York:20080317T100000")
                                               << true;
    QTest::newRow("all-day") << QByteArray("DTSTART;VALUE=DATE:20080317\r\nRRULE:FREQ=DAILY\r\nEXDATE;VALUE=DATE:20080317") << false;
    QTest::newRow("not a series") << QByteArray("DTSTART:20080317T100000Z\r\nEXDATE:20080317T100000Z") << true;
}

void TestICalendar::cancelledFirstOccurrence()
{
    QFETCH(QByteArray, lines);
    QFETCH(bool, kept);
    const ImportedContent imported = readICalendar("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:s@example.org\r\n" + lines
                                                   + "\r\nSUMMARY:Sync\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20080401T100000Z\r\n"
                                                     "SUMMARY:Other\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QStringList titles;
    for (const Event &e : imported.content.events)
        titles << e.title;
    const QStringList expected = kept ? QStringList{u"Sync"_s, u"Other"_s} : QStringList{u"Other"_s};
    QCOMPARE(titles, expected);
    const QString notes = imported.notes.join(u'\n');
    QVERIFY2(notes.contains(u"first occurrence the file cancels (EXDATE), left out since only a series' first date is "
                            "imported: 1"_s) != kept, qPrintable(notes));
}

void TestICalendar::rejectedRowsWithLines_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no DTSTART") << 0 << qint64(70) << u"without DTSTART"_s;
    QTest::newRow("30 February") << 1 << qint64(74) << u"day 30"_s;
    QTest::newRow("ends before it starts") << 2 << qint64(79) << u"DTEND"_s;
    QTest::newRow("words") << 3 << qint64(83) << u"\"tomorrow\" is not an iCalendar date"_s;
    QTest::newRow("no colon") << 4 << qint64(86) << u"not an iCalendar content line"_s;
}

void TestICalendar::rejectedRowsWithLines()
{
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    const ImportedContent imported = readICalendar(fixture(u"icalendar/features.ics"_s));
    QCOMPARE(imported.rejected.size(), size_t(5));
    const ImportProblem &p = imported.rejected.at(size_t(index));
    QCOMPARE(p.line, line);
    QVERIFY2(p.message.contains(reason), qPrintable(p.message));
}

void TestICalendar::notes()
{
    const QString notes = readICalendar(fixture(u"icalendar/features.ics"_s)).notes.join(u'\n');
    QVERIFY2(notes.contains(u"Mars/Olympus_Mons"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"recurrence rules not expanded, each event imported once at its first date: 1"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"1 component other than an event"_s), qPrintable(notes));
}

void TestICalendar::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<int>("events");
    QTest::newRow("empty") << QByteArray() << true << 0;
    QTest::newRow("not a calendar") << QByteArray("hello\nworld\n") << true << 0;
    QTest::newRow("truncated") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20080101") << false << 0;
    QTest::newRow("deep nesting") << (QByteArray("BEGIN:VCALENDAR\n") + QByteArray("BEGIN:X\n").repeated(10000)) << true << 0;
    QTest::newRow("huge duration") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20080101T000000Z\n"
                                                 "DURATION:P999999999W\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n")
                                   << false << 0;
    QTest::newRow("bad GEO and quoted params") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;X-A=\"a;b:c\":20080101\n"
                                                             "GEO:999;abc\nLOCATION;LANGUAGE=en:Here\nSUMMARY:<script>x</script>\n"
                                                             "END:VEVENT\nEND:VCALENDAR\n")
                                               << false << 1;
    QTest::newRow("unterminated quote") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;X=\"abc:20080101\nEND:VEVENT\nEND:VCALENDAR\n")
                                        << false << 0;
}

void TestICalendar::hostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, fatal);
    QFETCH(int, events);
    const ImportedContent imported = readICalendar(data);
    QCOMPARE(imported.fatal, fatal);
    QCOMPARE(int(imported.content.events.size()), events);
    if (fatal || events == 0)
        QVERIFY(!imported.rejected.empty());
    for (const Place &p : imported.content.places)
        QVERIFY(!p.latitude || std::abs(*p.latitude) <= 90);
}

void TestICalendar::exportIsValidICalendar()
{
    const auto doc = sampleDocument();
    ExportReport report;
    const QByteArray ics = writeICalendar(*doc, &report);
    QVERIFY(looksLikeICalendar(ics));
    const QList<QByteArray> lines = ics.split('\n');
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    int events = 0, uids = 0, stamps = 0;
    for (const QByteArray &l : lines) {
        if (l.isEmpty())
            continue;
        QVERIFY2(l.endsWith('\r'), l.constData());      // CRLF everywhere
        QVERIFY2(l.size() - 1 <= 75, l.constData());     // folded at 75 octets
        events += l.startsWith("BEGIN:VEVENT");
        uids += l.startsWith("UID:");
        stamps += l.startsWith("DTSTAMP:");
    }
    QCOMPARE(events, int(doc->events().size()));
    QCOMPARE(uids, events);
    QCOMPARE(stamps, events);
    const QString omissions = report.omissions.join(u'\n');
    QVERIFY2(omissions.contains(u"quotes are not part of iCalendar: %1 quotes left out"_s.arg(doc->quotes().size())),
             qPrintable(omissions));
    QVERIFY2(omissions.contains(u"eras are not part of iCalendar"_s), qPrintable(omissions));
    QVERIFY2(omissions.contains(u"fuzzy or coarse dates"_s), qPrintable(omissions));
}

void TestICalendar::exportDates_data()
{
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("expected"); // the DTSTART and DTEND lines
    QTest::addColumn<QString>("omission"); // the report's line on the date, if any
    QTest::newRow("day") << u"2008-03-26"_s << u"DTSTART;VALUE=DATE:20080326|DTEND;VALUE=DATE:20080327"_s << QString();
    QTest::newRow("days") << u"2008-03-17/2008-03-18"_s << u"DTSTART;VALUE=DATE:20080317|DTEND;VALUE=DATE:20080319"_s << QString();
    QTest::newRow("month") << u"2008-03"_s << u"DTSTART;VALUE=DATE:20080301|DTEND;VALUE=DATE:20080401"_s << u"1 fuzzy or coarse dates"_s;
    QTest::newRow("utc") << u"2008-03-17T14:30:00Z"_s << u"DTSTART:20080317T143000Z"_s << QString();
    QTest::newRow("offset to utc") << u"2008-03-17T14:30+03:00/2008-03-17T16:00+03:00"_s
                                   << u"DTSTART:20080317T113000Z|DTEND:20080317T130000Z"_s << QString();
    QTest::newRow("floating") << u"2008-04-06T10:00"_s << u"DTSTART:20080406T100000"_s << QString();
    QTest::newRow("from a month") << u"2008-03/.."_s << u"DTSTART;VALUE=DATE:20080301|DTEND;VALUE=DATE:20080401"_s << u"1 open-ended dates"_s;
    QTest::newRow("until a month") << u"../2008-05"_s << u"DTSTART;VALUE=DATE:20080501|DTEND;VALUE=DATE:20080601"_s << u"1 open-ended dates"_s;
    QTest::newRow("before") << u"[..2008-03-26]"_s << u"DTSTART;VALUE=DATE:20080326|DTEND;VALUE=DATE:20080327"_s << u"1 fuzzy or coarse dates"_s;
}

void TestICalendar::exportDates()
{
    QFETCH(QString, edtf);
    QFETCH(QString, expected);
    QFETCH(QString, omission);
    const auto doc = Document::createInMemory();
    Event e;
    e.title = u"x"_s;
    e.date = FuzzyDate::fromEdtf(edtf);
    QVERIFY(e.date.isValid());
    doc->addEvent(e);
    ExportReport report;
    const QString ics = QString::fromUtf8(writeICalendar(*doc, &report));
    QStringList dates;
    for (const QString &l : ics.split(u"\r\n"_s))
        if (l.startsWith(u"DTSTART"_s) || l.startsWith(u"DTEND"_s))
            dates << l;
    QCOMPARE(dates.join(u'|'), expected);
    const QString omissions = report.omissions.join(u'\n');
    if (omission.isEmpty())
        QVERIFY2(!omissions.contains(u"dates"_s), qPrintable(omissions));
    else
        QVERIFY2(omissions.contains(omission), qPrintable(omissions));
}

void TestICalendar::roundTripSample()
{
    const auto doc = sampleDocument();
    const QByteArray first = writeICalendar(*doc, nullptr);
    const ImportedContent imported = readICalendar(first);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    const auto again = documentFrom(imported);
    QCOMPARE(QString::fromUtf8(writeICalendar(*again, nullptr)), QString::fromUtf8(first));
    QCOMPARE(again->title(), doc->title());
    QCOMPARE(again->events().size(), doc->events().size());
}

void TestICalendar::roundTripFixture()
{
    const auto doc = documentFrom(readICalendar(fixture(u"icalendar/features.ics"_s)));
    const QByteArray first = writeICalendar(*doc, nullptr);
    const auto again = documentFrom(readICalendar(first));
    QCOMPARE(QString::fromUtf8(writeICalendar(*again, nullptr)), QString::fromUtf8(first));
    // Exact dates come back exactly.
    for (size_t k = 0; k < doc->events().size(); ++k)
        QCOMPARE(again->events()[k].date.bounds(), doc->events()[k].date.bounds());
}

void TestICalendar::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") << true;
    QTest::newRow("bom and lower case") << QByteArray("\xEF\xBB\xBF" "begin:vcalendar\n") << true;
    QTest::newRow("vcard") << QByteArray("BEGIN:VCARD\r\n") << false;
    QTest::newRow("json") << QByteArray("{\"events\": []}") << false;
}

void TestICalendar::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(looksLikeICalendar(head), expected);
}

void TestICalendar::roundTripAwkward()
{
    const auto doc = awkwardDocument();
    ExportReport report;
    const QByteArray first = writeICalendar(*doc, &report);
    QVERIFY(!report.omissions.isEmpty());
    const ImportedContent imported = readICalendar(first);
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    const auto again = documentFrom(imported);
    const QByteArray second = writeICalendar(*again, nullptr);
    QVERIFY2(second == first, qPrintable(firstDifference(first, second)));
    // Titles are text in every format: markup in them comes back as the same text.
    bool script = false;
    for (const Event &e : again->events())
        script |= e.title.startsWith(u"<script>alert(1)</script>"_s);
    QVERIFY(script);
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
