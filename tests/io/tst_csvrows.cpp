// What one CSV row becomes: actors and their roles, list cells, sources and quotes, places and
// their countries, calendar exports' rows, the TimelineJS template's rows. Reading the file itself
// (encodings, mapping, rejected rows, writing) is tested in tst_csvimport.
#include "core/io/csv/csvreader.h"
#include "core/io/dataimport.h"
#include "core/model/isocountries.h"
#include "interchangetest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;
using dateline::testing::eventTitled;
using dateline::testing::rejectedLines;

class TestCsvRows : public QObject {
    Q_OBJECT
private slots:
    void rowContents();
    void listCells_data();
    void listCells();
    void calendarExports_data();
    void calendarExports();
    void placesByNameAndCoordinates();
    void placeCountries_data();
    void placeCountries();
    void timelineJsTemplateRows();
    void splitDateNumbers_data();
    void splitDateNumbers();
    void timelineJsDisplayDates_data();
    void timelineJsDisplayDates();
    void unsafeSourceUrlsKeepTheirRow_data();
    void unsafeSourceUrlsKeepTheirRow();
    void unsafeSourceUrlsNamedByLine();
};

void TestCsvRows::rowContents()
{
    const QByteArray csv = "Title,Date,Actors,Place,Country,Tags,Status,CAMEO,Importance,Source,URL,Quote\n"
                           "Meeting,2008-03-17,\"Rice (initiator); Lavrov (target); Gates\",Moscow,Russia,\"summit; missile defence\",planned,042,80,Reuters,https://example.org/a,\"First.\n\nSecond.\"\n"
                           "Again,2008-03-18,Lavrov (host),Moscow,RU,,occurred,,50,Reuters,https://example.org/a,Third.\n"
                           "Bad status,2008,,,,,maybe,,,,,\n"
                           "Bad cameo,2008,,,,,,42,,,,\n"
                           "Bad country,2008,,,Atlantis,,,,,,,\n"
                           "Script link,2008,,,,,,,,,javascript:alert(1),\n"
                           "Windows path,2008,,,,,,,,Memo,C:\\Reports\\memo.pdf,\n"
                           "Address as source,2008,,,,,,,,https://example.org/b,,\n";
    const ImportedContent imported = readCsv(csv, {});
    QCOMPARE(rejectedLines(imported),
             (QStringList{u"6: status \"maybe\" is not one of occurred, planned, announced, reported, denied"_s,
                          u"7: CAMEO code \"42\" is not a CAMEO event code (01-20 and up to two more digits; a spreadsheet may have dropped a leading zero)"_s,
                          u"8: country \"Atlantis\" is not an ISO 3166 country name or code"_s}));
    QVERIFY2(imported.notes.contains(u"source URLs that are not web or mail links (a file path, file:, javascript:), kept as "
                                     "text in the source's title and not as links: 2, on lines 9 and 10"_s),
             qPrintable(imported.notes.join(u'\n')));
    const NativeJsonContent &c = imported.content;
    QCOMPARE(c.events.size(), size_t(5)); // a row with a link that cannot be kept is kept without it
    QCOMPARE(c.sources.size(), size_t(4));
    QCOMPARE(c.sources[1].title, u"javascript:alert(1)"_s); // as text: no title of its own
    QCOMPARE(c.sources[1].url, QString());
    QCOMPARE(c.sources[2].title, u"Memo (C:\\Reports\\memo.pdf)"_s);
    QCOMPARE(c.sources[2].url, QString());
    QCOMPARE(c.sources[3].url, u"https://example.org/b"_s); // an address in the source column is a link
    QCOMPARE(c.actors.size(), size_t(3)); // Lavrov once, shared
    QCOMPARE(c.places.size(), size_t(1)); // "Russia" and "RU" are both RUS
    QCOMPARE(c.places[0].country, u"RUS"_s);
    QCOMPARE(c.quotes.size(), size_t(3));
    const Event &meeting = c.events[0];
    QCOMPARE(meeting.status, EventStatus::Planned);
    QCOMPARE(meeting.cameoCode, u"042"_s);
    QCOMPARE(meeting.importance, 80);
    QCOMPARE(meeting.tags, (QStringList{u"summit"_s, u"missile defence"_s}));
    QCOMPARE(meeting.actors.size(), size_t(3));
    QCOMPARE(meeting.actors[0].role, ActorRole::Initiator);
    QCOMPARE(meeting.actors[1].role, ActorRole::Target);
    QCOMPARE(meeting.actors[2].role, ActorRole::Participant);
    QCOMPARE(c.events[1].actors[0].actor, meeting.actors[1].actor);
    QCOMPARE(c.quotes[0].text, u"First."_s);
    QCOMPARE(c.quotes[1].text, u"Second."_s);
    QCOMPARE(c.quotes[1].events, std::vector<EventId>{meeting.id});
    QCOMPARE(c.quotes[2].events, std::vector<EventId>{c.events[1].id});
    QCOMPARE(c.quotes[2].source, c.sources[0].id);
}

// A real headerless tab-separated file (GDELT 2.0 rows) read with a column mapping, as a user
// would without the GDELT importer.
void TestCsvRows::listCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("actors");
    QTest::newRow("semicolons") << u"Rice (initiator); Lavrov"_s << QStringList{u"Rice"_s, u"Lavrov"_s};
    QTest::newRow("commas") << u"Putin, Bush"_s << QStringList{u"Putin"_s, u"Bush"_s};
    QTest::newRow("line breaks") << u"Putin\nBush\r\nRice"_s << QStringList{u"Putin"_s, u"Bush"_s, u"Rice"_s};
    QTest::newRow("semicolons keep commas") << u"Korea, Republic of; Russia"_s
                                            << QStringList{u"Korea, Republic of"_s, u"Russia"_s};
    QTest::newRow("lone item ended by ';'") << u"Korea, Republic of;"_s << QStringList{u"Korea, Republic of"_s};
    QTest::newRow("repeated once") << u"Putin, Putin ,"_s << QStringList{u"Putin"_s};
}

void TestCsvRows::listCells()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, actors);
    QString quoted = cell;
    quoted.replace(u'"', u"\"\""_s);
    const ImportedContent imported = readCsv((u"Title,Date,Actors,Tags\nMeeting,2008-03-17,\"%1\",\"%1\"\n"_s.arg(quoted)).toUtf8(), {});
    QCOMPARE(imported.content.events.size(), size_t(1));
    QStringList labels;
    for (const ActorLink &link : imported.content.events[0].actors)
        labels << imported.content.actors.at(size_t(link.actor.value - 1)).label;
    QCOMPARE(labels, actors);
    // tags are split alike, but at commas: event types hold them ("Protest violently, riot")
    const bool commaList = !cell.contains(u';') && !cell.contains(u'\n') && cell.contains(u',');
    QCOMPARE(imported.content.events[0].tags.size(), commaList ? 1 : actors.size());
}

void TestCsvRows::calendarExports_data()
{
    // Outlook's "Export to a file" columns (a few of its 22), and Google Calendar's import layout.
    const QByteArray outlook = "\"Subject\",\"Start Date\",\"Start Time\",\"End Date\",\"End Time\",\"All day event\","
                               "\"Meeting Organizer\",\"Required Attendees\",\"Priority\"\n";
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<int>("importance");
    QTest::addColumn<int>("actors");
    QTest::newRow("timed") << outlook + "\"Talks\",\"3/17/2008\",\"10:00:00 AM\",\"3/17/2008\",\"1:00:00 PM\",\"False\",\"Lavrov\",\"Rice;Gates\",\"Normal\""
                           << u"2008-03-17T10:00:00/2008-03-17T13:00:00"_s << 50 << 3;
    QTest::newRow("all day, ends at the next midnight")
        << outlook + "\"Summit\",\"4/6/2008\",\"12:00:00 AM\",\"4/7/2008\",\"12:00:00 AM\",\"True\",,,\"High\""
        << u"2008-04-06"_s << 75 << 0;
    QTest::newRow("all day, three days")
        << outlook + "\"Visit\",\"4/6/2008\",\"12:00:00 AM\",\"4/9/2008\",\"12:00:00 AM\",\"True\",,,\"Low\""
        << u"2008-04-06/2008-04-08"_s << 25 << 0;
    QTest::newRow("google, inclusive end without times")
        << QByteArray("Subject,Start Date,Start Time,End Date,End Time,All Day Event\nVisit,04/06/2008,,04/08/2008,,True\n")
        << u"2008-04-06/2008-04-08"_s << 50 << 0;
}

void TestCsvRows::calendarExports()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, edtf);
    QFETCH(int, importance);
    QFETCH(int, actors);
    const ImportedContent imported = readCsv(csv, {});
    QVERIFY2(imported.rejected.empty(), qPrintable(rejectedRowLines(imported, 5).join(u'\n')));
    QCOMPARE(imported.content.events.size(), size_t(1));
    const Event &e = imported.content.events[0];
    QCOMPARE(e.date.toEdtf(), edtf);
    QCOMPARE(e.importance, importance);
    QCOMPARE(int(e.actors.size()), actors);
}

// Rows naming one place with different coordinates are two places (the second's were dropped);
// coordinates without a name make a place too (they were dropped); a row without coordinates
// shares the named place.
void TestCsvRows::placesByNameAndCoordinates()
{
    const ImportedContent imported = readCsv("title,date,place,country,latitude,longitude\n"
                                             "Illinois,2008-03-17,Springfield,USA,39.78,-89.65\n"
                                             "Massachusetts,2008-03-18,Springfield,USA,42.10,-72.59\n"
                                             "Same spot,2008-03-19,Springfield,USA,39.78,-89.65\n"
                                             "No coordinates,2008-03-20,Springfield,USA,,\n"
                                             "Nameless,2008-03-21,,,48.85,2.35\n",
                                             {});
    QVERIFY(imported.rejected.empty());
    const NativeJsonContent &c = imported.content;
    QCOMPARE(c.places.size(), size_t(3));
    QCOMPARE(c.places[1].latitude, std::optional(42.10));
    QCOMPARE(c.places[2].name, u"48.85, 2.35"_s);
    auto placeOf = [&](const QString &title) {
        const Event *e = eventTitled(imported, title);
        return e ? e->place.value : -1;
    };
    QCOMPARE(placeOf(u"Illinois"_s), 1);
    QCOMPARE(placeOf(u"Massachusetts"_s), 2);
    QCOMPARE(placeOf(u"Same spot"_s), 1);
    QCOMPARE(placeOf(u"No coordinates"_s), 1);
    QCOMPARE(placeOf(u"Nameless"_s), 3);
}

// The TimelineJS spreadsheet template beyond its dates: the Time and End Time columns, the Type
// column's title and era rows, impossible days (which became undated events, silently). Date
// and Time columns of other spreadsheets combine the same way; a time column alone holds dates.
// Codes and names of current countries, Kosovo and former countries (which GDELT's country table
// still gives: a CSV Dateline wrote from a GDELT import reads back whole); a former country's
// two letters were reassigned, and its short name never shadows a current country's.
void TestCsvRows::placeCountries_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("alpha3"); // empty: the row is rejected
    QTest::newRow("alpha-3") << u"RUS"_s << u"RUS"_s;
    QTest::newRow("name") << u"Russian Federation"_s << u"RUS"_s;
    QTest::newRow("alpha-2") << u"ru"_s << u"RUS"_s;
    QTest::newRow("Kosovo's code") << u"XKX"_s << u"XKX"_s;
    QTest::newRow("Kosovo") << u"Kosovo"_s << u"XKX"_s;
    QTest::newRow("Serbia and Montenegro's code") << u"SCG"_s << u"SCG"_s;
    QTest::newRow("Serbia and Montenegro") << u"serbia and montenegro"_s << u"SCG"_s;
    QTest::newRow("Netherlands Antilles' code") << u"ANT"_s << u"ANT"_s;
    QTest::newRow("USSR's code") << u"SUN"_s << u"SUN"_s;
    QTest::newRow("USSR") << u"USSR"_s << u"SUN"_s;
    QTest::newRow("Yugoslavia") << u"Yugoslavia"_s << u"YUG"_s;
    QTest::newRow("GDR's code") << u"DDR"_s << u"DDR"_s;
    QTest::newRow("Yemen is today's") << u"Yemen"_s << u"YEM"_s;
    QTest::newRow("BY is Belarus") << u"BY"_s << u"BLR"_s;
    QTest::newRow("CS is no country now") << u"CS"_s << QString();
    QTest::newRow("unknown") << u"Atlantis"_s << QString();
}

void TestCsvRows::placeCountries()
{
    QFETCH(QString, country);
    QFETCH(QString, alpha3);
    if (isoCountries().empty())
        QSKIP("iso-codes is not installed");
    const QByteArray csv = "title,date,place,country\nmeeting,2008-03-17,Capital,\"" + country.toUtf8() + "\"\n";
    const ImportedContent imported = readCsv(csv, {});
    if (alpha3.isEmpty()) {
        QCOMPARE(imported.rejected.size(), size_t(1));
        return;
    }
    QVERIFY(imported.rejected.empty());
    QCOMPARE(imported.content.places.size(), size_t(1));
    QCOMPARE(imported.content.places[0].country, alpha3);
}

void TestCsvRows::timelineJsTemplateRows()
{
    const ImportedContent imported = readCsv(
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline,Type,Group\n"
        ",,,,,,,,Missile defence 2008,title,\n"
        "2008,3,17,14:30,2008,3,17,16:00,Press conference,,Diplomacy\n"
        "2008,3,17,2:30 PM,,,,,Afternoon,,\n"
        "2008,3,18,,,,,17:00,Ends at five,,\n"
        "2008,3,1,,2008,3,31,,March talks,era,\n"
        "2008,2,30,,,,,,No such day,,\n"
        "2008,3,17,25:00,,,,,No such hour,,\n"
        "2008,3,,10:00,,,,,Time without a day,,\n"
        "2008,4,6,,,,,,Sochi,milestone,\n",
        {});
    QCOMPARE(rejectedLines(imported),
             (QStringList{u"7: day \"30\": 2008-02 has no day 30"_s, u"8: time: \"25:00\" is not a time of day"_s,
                          u"9: time \"10:00\" needs a full date (year, month and day)"_s}));
    const NativeJsonContent &c = imported.content;
    QCOMPARE(c.title, u"Missile defence 2008"_s);
    QCOMPARE(c.events.size(), size_t(4));
    QCOMPARE(eventTitled(imported, u"Press conference"_s)->date.toEdtf(), u"2008-03-17T14:30/2008-03-17T16:00"_s);
    QCOMPARE(eventTitled(imported, u"Afternoon"_s)->date.toEdtf(), u"2008-03-17T14:30"_s);
    QCOMPARE(eventTitled(imported, u"Ends at five"_s)->date.toEdtf(), u"2008-03-18/2008-03-18T17:00"_s);
    QCOMPARE(eventTitled(imported, u"Sochi"_s)->tags, QStringList{u"milestone"_s});
    QCOMPARE(c.eras.size(), size_t(1));
    QCOMPARE(c.eras.front().name, u"March talks"_s);
    QCOMPARE(c.eras.front().span.toEdtf(), u"2008-03-01/2008-03-31"_s);

    // The template's Text is HTML: words for the description, blockquotes for quotes; a blockquote
    // as the Media cites its caption, a picture is a source but cited by nothing.
    const ImportedContent html = readCsv(
        "Year,Month,Day,Headline,Text,Media,Media Credit,Media Caption\n"
        "2008,3,17,Talks,\"<p>Ministers <b>met</b>.</p><blockquote>We agreed.<cite>Lavrov</cite></blockquote>\","
        "https://example.org/photo.jpg,AP,Ministers\n"
        "2008,4,6,Summit,<p>In Sochi.</p>,<blockquote>Nyet.</blockquote>,,Interfax\n",
        {});
    QVERIFY(html.rejected.empty());
    const Event *talks = eventTitled(html, u"Talks"_s);
    QVERIFY(talks);
    QCOMPARE(talks->description, u"Ministers met."_s);
    const NativeJsonContent &h = html.content;
    QCOMPARE(h.quotes.size(), size_t(2));
    QCOMPARE(h.quotes[0].text, u"We agreed."_s);
    QCOMPARE(h.quotes[0].source, SourceId());
    QCOMPARE(h.actors.at(size_t(h.quotes[0].speaker.value - 1)).label, u"Lavrov"_s);
    QCOMPARE(h.quotes[1].text, u"Nyet."_s);
    QCOMPARE(h.sources.at(size_t(h.quotes[1].source.value - 1)).title, u"Interfax"_s);
    QCOMPARE(h.sources.at(0).url, u"https://example.org/photo.jpg"_s);

    const ImportedContent split = readCsv("title,date,time\nmeeting,17/03/2008,09:15\n", {});
    QCOMPARE(split.content.events.front().date.toEdtf(), u"2008-03-17T09:15"_s);
    const ImportedContent alone = readCsv("title,time\nmeeting,2008-03-17 09:15\n", {});
    QCOMPARE(alone.content.events.front().date.toEdtf(), u"2008-03-17T09:15"_s);
}

void TestCsvRows::splitDateNumbers_data()
{
    // Split dates as sheets and scripts write their numbers: a year column formatted as a number
    // shows thousands separators (TimelineJS's sheet reader strips them), and pandas writes a
    // column with empty cells as floats.
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("edtf"); // or the rejected row's reason
    QTest::newRow("plain") << u"2008"_s << u"3"_s << u"17"_s << u"2008-03-17"_s;
    QTest::newRow("thousands comma") << u"\"1,900\""_s << QString() << QString() << u"1900"_s;
    QTest::newRow("thousands dot") << u"1.900"_s << u"5"_s << QString() << u"1900-05"_s;
    QTest::newRow("before the common era") << u"\"-1,500\""_s << QString() << QString() << u"-1499"_s;
    QTest::newRow("no-break space") << u"1\u00a0900"_s << QString() << QString() << u"1900"_s;
    QTest::newRow("cosmological") << u"\"-13,800,000,000\""_s << QString() << QString() << u"Y-13799999999"_s;
    QTest::newRow("pandas floats") << u"2008.0"_s << u"3.0"_s << u"17.0"_s << u"2008-03-17"_s;
    QTest::newRow("mixed separators") << u"\"1,900.500\""_s << QString() << QString() << u"year \"1,900.500\" is not a whole number"_s;
    QTest::newRow("groups of two") << u"\"19,00\""_s << QString() << QString() << u"year \"19,00\" is not a whole number"_s;
    QTest::newRow("a fraction") << u"2008.5"_s << QString() << QString() << u"year \"2008.5\" is not a whole number"_s;
    QTest::newRow("month fraction") << u"2008"_s << u"3.5"_s << QString() << u"month \"3.5\" is not a month"_s;
}

void TestCsvRows::splitDateNumbers()
{
    QFETCH(QString, year);
    QFETCH(QString, month);
    QFETCH(QString, day);
    QFETCH(QString, edtf);
    const QString csv = u"Year,Month,Day,Headline\n%1,%2,%3,Talks\n"_s.arg(year, month, day);
    const ImportedContent imported = readCsv(csv.toUtf8(), {});
    if (imported.content.events.empty()) {
        QCOMPARE(rejectedLines(imported), QStringList{u"2: "_s + edtf});
        return;
    }
    QVERIFY2(imported.rejected.empty(), qPrintable(rejectedLines(imported).join(u'\n')));
    QCOMPARE(imported.content.events.front().date.toEdtf(), edtf);
}

void TestCsvRows::timelineJsDisplayDates_data()
{
    // The template's Display Date column, read as its JSON's display_date: a wording of the same
    // date qualifies it; any other text leaves the Year, Month and Day as they are, with a note.
    QTest::addColumn<QString>("row"); // Year,Month,Day,End Year,Display Date
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<bool>("read");
    QTest::newRow("circa") << u"1550,,,,c. 1550"_s << u"1550~"_s << true;
    QTest::newRow("before") << u"1760,,,,before 1760"_s << u"[..1760]"_s << true;
    QTest::newRow("uncertain day") << u"2008,3,18,,18 Mar 2008?"_s << u"2008-03-18?"_s << true;
    QTest::newRow("a decade over its years") << u"1560,,,1569,1560s"_s << u"156X"_s << true;
    QTest::newRow("HTML") << u"1550,,,,<i>circa</i> 1550"_s << u"1550~"_s << true;
    QTest::newRow("same date") << u"2008,3,17,,17 Mar 2008"_s << u"2008-03-17"_s << true;
    QTest::newRow("other words") << u"2008,3,,,The spring talks"_s << u"2008-03"_s << false;
}

void TestCsvRows::timelineJsDisplayDates()
{
    QFETCH(QString, row);
    QFETCH(QString, edtf);
    QFETCH(bool, read);
    const ImportedContent imported = readCsv((u"Year,Month,Day,End Year,Display Date,Headline\n"_s + row + u",Talks\n"_s).toUtf8(), {});
    QVERIFY2(imported.rejected.empty(), qPrintable(rejectedLines(imported).join(u'\n')));
    QCOMPARE(imported.content.events.front().date.toEdtf(), edtf);
    const bool noted = imported.notes.contains(u"Display Date texts not read as a date, the Year, Month and Day columns used instead: 1"_s);
    QVERIFY2(noted != read, qPrintable(imported.notes.join(u'\n')));
}

// A source URL that is no web or mail link (a file: or javascript: URL, a path) would not open
// safely: the row is imported with its quote, the address kept as text in the source's title,
// and the note names the row.
void TestCsvRows::unsafeSourceUrlsKeepTheirRow_data()
{
    QTest::addColumn<QByteArray>("url"); // the cell as written
    QTest::addColumn<QString>("sourceTitle");
    QTest::newRow("file URL") << QByteArray("file:///etc/passwd") << u"Memo (file:///etc/passwd)"_s;
    QTest::newRow("file URL, upper case") << QByteArray("FILE:///C:/Reports/memo.pdf") << u"Memo (FILE:///C:/Reports/memo.pdf)"_s;
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << u"Memo (javascript:alert(1))"_s;
    QTest::newRow("javascript with spaces") << QByteArray(" JavaScript:alert(1)") << u"Memo (JavaScript:alert(1))"_s;
    QTest::newRow("data URL") << QByteArray("\"data:text/html,<b>x</b>\"") << u"Memo (data:text/html,<b>x</b>)"_s;
    QTest::newRow("vbscript") << QByteArray("vbscript:msgbox(1)") << u"Memo (vbscript:msgbox(1))"_s;
}

void TestCsvRows::unsafeSourceUrlsKeepTheirRow()
{
    QFETCH(QByteArray, url);
    QFETCH(QString, sourceTitle);
    const QByteArray csv = "title,date,source,source url,quote\nFirst,2008,,,\nTalks,2008-03-17,Memo," + url + ",We agreed.\n";
    const ImportedContent imported = readCsv(csv, {});
    QVERIFY(imported.rejected.empty());
    QCOMPARE(imported.content.events.size(), size_t(2));
    QCOMPARE(imported.content.events[1].title, u"Talks"_s);
    QCOMPARE(imported.content.sources.size(), size_t(1));
    QCOMPARE(imported.content.sources[0].title, sourceTitle);
    QCOMPARE(imported.content.sources[0].url, QString());
    QCOMPARE(imported.content.quotes.size(), size_t(1));
    QCOMPARE(imported.content.quotes[0].source, imported.content.sources[0].id);
    QVERIFY2(imported.notes.contains(u"source URLs that are not web or mail links (a file path, file:, javascript:), kept as "
                                     "text in the source's title and not as links: 1, on line 3"_s),
             qPrintable(imported.notes.join(u'\n')));
}

void TestCsvRows::unsafeSourceUrlsNamedByLine()
{
    QByteArray csv = "title,date,url\n";
    for (int i = 0; i < 12; ++i)
        csv += "Row " + QByteArray::number(i) + ",2008,javascript:void(" + QByteArray::number(i) + ")\n";
    const ImportedContent imported = readCsv(csv, {});
    QCOMPARE(imported.content.events.size(), size_t(12));
    QVERIFY2(imported.notes.contains(u"source URLs that are not web or mail links (a file path, file:, javascript:), kept as "
                                     "text in the source's title and not as links: 12, on lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 "
                                     "and 2 more"_s),
             qPrintable(imported.notes.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCsvRows)
#include "tst_csvrows.moc"
