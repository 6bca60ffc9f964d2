#include "core/io/simile/simile.h"
#include "interchangetest.h"

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

class TestSimile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dates_data();
    void dates();
    void fuzzyEnds_data();
    void fuzzyEnds();
    void textLinksAndNotes();
    void rejectedRowsWithLines_data();
    void rejectedRowsWithLines();
    void linesOfTagsOverSeveralLines();
    void hostileInput_data();
    void hostileInput();
    void importsIntoADocument();
    void jsonTextLinesAndNotes();
    void sniffing_data();
    void sniffing();
};

void TestSimile::dates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("JavaScript date with offset") << u"features.xml"_s << u"Dallas motorcade"_s
                                                 << u"1963-11-22T12:30:00-06:00"_s;
    QTest::newRow("weekday") << u"features.xml"_s << u"With a weekday"_s << u"1963-11-22"_s;
    QTest::newRow("duration, GMT") << u"features.xml"_s << u"Writing documentation"_s
                                   << u"2006-05-28T09:00:00Z/2006-06-15T09:00:00Z"_s;
    QTest::newRow("latestStart, earliestEnd") << u"features.xml"_s << u"Fuzzy ends"_s << u"2006-05-XX/2006-06-XX"_s;
    QTest::newRow("fuzzy years") << u"features.xml"_s << u"Fuzzy decade start"_s << u"199X/2004"_s;
    QTest::newRow("BC") << u"features.xml"_s << u"Ides of March, roughly"_s << u"-0043"_s;
    QTest::newRow("negative year") << u"features.xml"_s << u"Minus five hundred"_s << u"-0500"_s;
    QTest::newRow("AD") << u"features.xml"_s << u"Anno Domini"_s << u"0200"_s;
    QTest::newRow("ISO 8601") << u"features.xml"_s << u"ISO with a time"_s << u"2008-03-17T14:30:00Z"_s;
    QTest::newRow("year/month/day") << u"features.xml"_s << u"Year first with slashes"_s << u"1963-11-22"_s;
    QTest::newRow("month/day/year") << u"features.xml"_s << u"Month first with slashes"_s << u"1963-11-22"_s;
    QTest::newRow("full month name") << u"features.xml"_s << u"Full month name"_s << u"1963-11-22"_s;
    QTest::newRow("PM and EST") << u"features.xml"_s << u"Day first, twelve-hour clock"_s
                                << u"1963-11-22T13:15-05:00"_s;
    QTest::newRow("month precision") << u"features.xml"_s << u"Month and year"_s << u"1963-11"_s;
    QTest::newRow("imprecise instant") << u"features.xml"_s << u"Imprecise instant"_s << u"[2008-03-17..2008-03-19]"_s;
    QTest::newRow("durationEvent") << u"features.xml"_s << u"durationEvent alias"_s << u"2008-06-01/2008-06-03"_s;
    // SIMILE's JSON loader makes an event with an end a duration by default.
    QTest::newRow("JSON: duration by default") << u"features.json"_s << u"Two-plus-two talks"_s
                                               << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("JSON: instant") << u"features.json"_s << u"Sochi summit"_s << u"2008-04-06"_s;
    QTest::newRow("JSON: durationEvent false") << u"features.json"_s << u"Imprecise instant"_s
                                               << u"[2008-03-17..2008-03-19]"_s;
    QTest::newRow("JSON: isDuration inverted") << u"features.json"_s << u"isDuration means an instant in JSON"_s
                                               << u"[2008-05-01..2008-05-03]"_s;
    QTest::newRow("JSON: year as a number") << u"features.json"_s << u"A year as a number"_s << u"1963"_s;
    QTest::newRow("JSON: latestStart, earliestEnd") << u"features.json"_s << u"Fuzzy ends"_s
                                                    << u"2006-05-XX/2006-06-XX"_s;
    QTest::newRow("JSON: BC") << u"features.json"_s << u"Ides of March, roughly"_s << u"-0043"_s;
}

void TestSimile::dates()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    const ImportedContent imported = readSimile(fixture(u"simile/"_s + file));
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.size(), size_t(file.endsWith(u".xml") ? 16 : 7));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
}

// latestStart and earliestEnd narrow a duration's ends: its start lies between start and
// latestStart, its end between earliestEnd and end. The ends become the unit the two dates share
// while it is not much longer than the time between them; else the file's start (end), marked
// approximate and noted, never a decade for a week. The event stays an interval.
void TestSimile::fuzzyEnds_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("latestStart");
    QTest::addColumn<QString>("earliestEnd");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<int>("leftOut"); // bounds the note counts as left out
    QTest::newRow("start within a fortnight") << u"2006-05-03"_s << u"2006-05-17"_s << QString() << u"2006-06-20"_s
                                              << u"2006-05-XX/2006-06-20"_s << 0;
    QTest::newRow("end within three weeks") << u"2006-05-03"_s << QString() << u"2006-06-02"_s << u"2006-06-20"_s
                                            << u"2006-05-03/2006-06-XX"_s << 0;
    QTest::newRow("start within six years") << u"1993"_s << u"1998"_s << QString() << u"2004"_s << u"199X/2004"_s << 0;
    QTest::newRow("a day in the start's month") << u"May 2006"_s << u"May 17 2006"_s << QString() << u"Jun 20 2006"_s
                                                << u"2006-05/2006-06-20"_s << 0;
    QTest::newRow("both ends in one decade") << u"1960"_s << u"1964"_s << u"1965"_s << u"1969"_s << u"196X/196X"_s << 0;
    QTest::newRow("a latest start equal to the start") << u"2008"_s << u"2008"_s << QString() << u"2010"_s
                                                       << u"2008/2010"_s << 0;
    // Not "XXXX/2005" (any year at all).
    QTest::newRow("start between 1999 and 2001") << u"1999"_s << u"2001"_s << QString() << u"2005"_s
                                                 << u"1999~/2005"_s << 1;
    // Not "200X" (the whole 2000s).
    QTest::newRow("start within a week over New Year") << u"Dec 28 2007"_s << u"Jan 3 2008"_s << QString()
                                                       << u"Jan 20 2008"_s << u"2007-12-28~/2008-01-20"_s << 1;
    // Not the single date "196X".
    QTest::newRow("a span with fuzzy ends stays a span") << u"1963"_s << u"1964"_s << u"1965"_s << u"1966"_s
                                                         << u"1963~/1966~"_s << 2;
    QTest::newRow("a time is not qualified") << u"2008-03-17T09:00:00Z"_s << u"2008-03-17T09:30:00Z"_s << QString()
                                             << u"2008-03-17T12:00:00Z"_s << u"2008-03-17T09:00:00Z/2008-03-17T12:00:00Z"_s << 1;
    QTest::newRow("a latest start before the start") << u"2008"_s << u"2006"_s << QString() << u"2010"_s
                                                     << u"2008~/2010"_s << 1;
}

void TestSimile::fuzzyEnds()
{
    QFETCH(QString, start);
    QFETCH(QString, latestStart);
    QFETCH(QString, earliestEnd);
    QFETCH(QString, end);
    QFETCH(QString, edtf);
    QFETCH(int, leftOut);
    QString attributes = u"start=\"%1\" end=\"%2\""_s.arg(start, end);
    if (!latestStart.isEmpty())
        attributes += u" latestStart=\"%1\""_s.arg(latestStart);
    if (!earliestEnd.isEmpty())
        attributes += u" earliestEnd=\"%1\""_s.arg(earliestEnd);
    const ImportedContent imported = readSimile(u"<data><event %1 isDuration=\"true\" title=\"Talks\"/></data>"_s.arg(attributes).toUtf8());
    QVERIFY2(!imported.fatal && imported.rejected.empty() && imported.content.events.size() == 1, qPrintable(describe(imported)));
    const FuzzyDate date = imported.content.events[0].date;
    QCOMPARE(date.toEdtf(), edtf);
    QVERIFY(date.isInterval());
    const QString notes = imported.notes.join(u'\n');
    if (leftOut == 0)
        QVERIFY2(!notes.contains(u"left out"_s), qPrintable(notes));
    else
        QVERIFY2(notes.contains(u"latestStart or earliestEnd bounds left out"_s) && notes.contains(u"unless it has a time): %1"_s.arg(leftOut)),
                 qPrintable(notes));
}

void TestSimile::textLinksAndNotes()
{
    const ImportedContent imported = readSimile(fixture(u"simile/features.xml"_s));
    const Event *docs = eventTitled(imported, u"Writing documentation"_s);
    QVERIFY(docs);
    // Escaped HTML in the text is HTML: reduced to its words, scripts dropped.
    QCOMPARE(docs->description, u"A few days to write the guide & its examples."_s);
    QCOMPARE(imported.content.sources.size(), size_t(2));
    QCOMPARE(imported.content.sources[0].url, u"https://example.org/docs"_s);
    QCOMPARE(imported.content.sources[0].title, u"Writing documentation"_s);
    QCOMPARE(imported.content.sources[1].url, u"https://example.org/timeline"_s);
    QCOMPARE(imported.content.sources[1].title, u"the guide"_s);
    QVERIFY(imported.notes.join(u'\n').contains(u"images left out (Dateline keeps no pictures): 1"_s));
}

void TestSimile::rejectedRowsWithLines_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("30 February") << 0 << qint64(26) << u"day 30"_s;
    QTest::newRow("words") << 1 << qint64(27) << u"\"sometime soon\" is not a date"_s;
    QTest::newRow("no start") << 2 << qint64(28) << u"without a start"_s;
    QTest::newRow("ends before it starts") << 3 << qint64(29) << u"Apr 9 2008"_s;
    QTest::newRow("0 BC") << 4 << qint64(30) << u"\"0 BC\""_s;
}

void TestSimile::rejectedRowsWithLines()
{
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    const ImportedContent imported = readSimile(fixture(u"simile/features.xml"_s));
    QCOMPARE(imported.rejected.size(), size_t(5));
    const ImportProblem &p = imported.rejected.at(size_t(index));
    QCOMPARE(p.line, line);
    QVERIFY2(p.message.contains(reason), qPrintable(p.message));
}

void TestSimile::linesOfTagsOverSeveralLines()
{
    // The line is where the event's tag begins, whatever the encoding.
    const QByteArray utf8 = "<?xml version=\"1.0\"?>\n<data>\n<event title=\"\u00e9t\u00e9\"\n  start=\"nonsense\"\n  end=\"2008\"/>\n"
                            "<event start=\"2008\" title=\"ok\"/><event\n start=\"bad\"/>\n</data>\n";
    const ImportedContent a = readSimile(utf8);
    QCOMPARE(a.rejected.size(), size_t(2));
    QCOMPARE(a.rejected[0].line, qint64(3));
    QCOMPARE(a.rejected[1].line, qint64(6));
    QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<data>\n<event title=\"\xe9t\xe9\" start=\"x\"/>\n</data>\n";
    const ImportedContent b = readSimile(latin1);
    QCOMPARE(b.rejected.size(), size_t(1));
    QCOMPARE(b.rejected[0].line, qint64(3));
    const ImportedContent c = readSimile("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<data>\n<event title=\"\xe9t\xe9\" start=\"2008\"/>\n</data>\n");
    QCOMPARE(c.content.events.size(), size_t(1));
    QCOMPARE(c.content.events[0].title, u"\u00e9t\u00e9"_s);
}

void TestSimile::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<int>("events");
    QTest::newRow("empty") << QByteArray() << true << 0;
    QTest::newRow("billion laughs") << QByteArray("<!DOCTYPE data [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                                  "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><data><event start=\"2008\" title=\"&c;\"/></data>")
                                    << true << 0;
    QTest::newRow("other root") << QByteArray("<timeline><version>1.0.0</version></timeline>") << true << 0;
    QTest::newRow("broken") << QByteArray("<data><event start=\"2008\" title=\"x\"></data>") << true << 0;
    QTest::newRow("huge year") << QByteArray("<data><event start=\"99999999999999999999\" title=\"x\"/></data>") << false << 0;
    QTest::newRow("long date") << (QByteArray("<data><event start=\"") + QByteArray(100000, '1') + "\" title=\"x\"/></data>") << false << 0;
    QTest::newRow("script title") << QByteArray("<data><event start=\"2008\" title=\"&lt;script&gt;alert(1)&lt;/script&gt;Hi\"/></data>")
                                  << false << 1;
    // the JSON form
    QTest::newRow("JSON: truncated") << QByteArray("{\"events\": [{\"start\": \"2008\", \"title\": \"x") << true << 0;
    QTest::newRow("JSON: events not a list") << QByteArray("{\"dateTimeFormat\": \"iso8601\", \"events\": 3}") << true << 0;
    QTest::newRow("JSON: wrong types") << QByteArray("{\"events\": [{\"start\": [1], \"title\": {}}, {\"start\": true}]}") << false << 0;
    QTest::newRow("JSON: script title")
        << QByteArray("{\"events\": [{\"start\": \"2008\", \"title\": \"<script>alert(1)</script>Hi\"}]}") << false << 1;
    QTest::newRow("JSON: byte order mark") << QByteArray("\xEF\xBB\xBF{\"events\": [{\"start\": \"2008\", \"title\": \"Hi\"}]}") << false << 1;
}

void TestSimile::hostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, fatal);
    QFETCH(int, events);
    const ImportedContent imported = readSimile(data);
    QCOMPARE(imported.fatal, fatal);
    QCOMPARE(int(imported.content.events.size()), events);
    if (events == 0)
        QVERIFY(!imported.rejected.empty());
    for (const Event &e : imported.content.events)
        QCOMPARE(e.title, u"Hi"_s);
}

void TestSimile::importsIntoADocument()
{
    const auto doc = documentFrom(readSimile(fixture(u"simile/features.xml"_s)));
    QCOMPARE(doc->events().size(), size_t(16));
    // Time order on the one axis: 500 BCE first, 2008 last.
    QCOMPARE(doc->events().front().title, u"Minus five hundred"_s);
    QCOMPARE(doc->events().back().title, u"durationEvent alias"_s);
    QCOMPARE(doc->sources().size(), size_t(2));
}

void TestSimile::jsonTextLinesAndNotes()
{
    const QByteArray data = fixture(u"simile/features.json"_s);
    QVERIFY(looksLikeSimile(data.left(4096)));
    const ImportedContent imported = readSimile(data);
    const Event *talks = eventTitled(imported, u"Two-plus-two talks"_s);
    QVERIFY(talks);
    QCOMPARE(talks->description, u"Rice and Gates in Moscow, see the report."_s);
    QCOMPARE(imported.content.sources.size(), size_t(2));
    QCOMPARE(imported.content.sources[0].url, u"https://example.org/summit"_s);
    QCOMPARE(imported.content.sources[1].url, u"https://example.org/talks"_s);
    QVERIFY(imported.notes.join(u'\n').contains(u"images left out (Dateline keeps no pictures): 1"_s));
    // Rejected entries name the line their object begins on.
    QCOMPARE(imported.rejected.size(), size_t(3));
    QCOMPARE(imported.rejected[0].line, qint64(43));
    QVERIFY2(imported.rejected[0].message.contains(u"day 30"_s), qPrintable(imported.rejected[0].message));
    QCOMPARE(imported.rejected[1].line, qint64(47));
    QVERIFY(imported.rejected[1].message.contains(u"not an object"_s));
    QCOMPARE(imported.rejected[2].line, qint64(48));
    QVERIFY(imported.rejected[2].message.contains(u"without a start"_s));
}

void TestSimile::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("simile") << QByteArray("<?xml version=\"1.0\"?>\n<data wiki-url=\"x\">\n<event start=\"2008\"/>") << true;
    QTest::newRow("bare") << QByteArray("<data>\n  <event start=\"2008\" title=\"x\">") << true;
    QTest::newRow("timeline") << QByteArray("<timeline>\n<version>1.0.0</version>") << false;
    QTest::newRow("database") << QByteArray("<database><table/>") << false;
    QTest::newRow("json") << QByteArray("{\n  \"dateTimeFormat\": \"Gregorian\",\n  \"events\": [") << true;
    QTest::newRow("json events only") << QByteArray("{\"events\": [{\"start\" : \"1963\", \"title\": \"x\"}]}") << true;
    QTest::newRow("timelinejs") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 1963}}]}") << false;
    QTest::newRow("other json") << QByteArray("{\"type\": \"FeatureCollection\", \"features\": []}") << false;
}

void TestSimile::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(looksLikeSimile(head), expected);
}

QTEST_GUILESS_MAIN(TestSimile)
#include "tst_simile.moc"
