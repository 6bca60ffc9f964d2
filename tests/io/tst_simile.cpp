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
    void textLinksAndNotes();
    void rejectedRowsWithLines_data();
    void rejectedRowsWithLines();
    void linesOfTagsOverSeveralLines();
    void hostileInput_data();
    void hostileInput();
    void importsIntoADocument();
    void sniffing_data();
    void sniffing();
};

void TestSimile::dates_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("JavaScript date with offset") << u"Dallas motorcade"_s << u"1963-11-22T12:30:00-06:00"_s;
    QTest::newRow("weekday") << u"With a weekday"_s << u"1963-11-22"_s;
    QTest::newRow("duration, GMT") << u"Writing documentation"_s << u"2006-05-28T09:00:00Z/2006-06-15T09:00:00Z"_s;
    QTest::newRow("latestStart, earliestEnd") << u"Fuzzy ends"_s << u"2006-05-XX/2006-06-XX"_s;
    QTest::newRow("fuzzy years") << u"Fuzzy decade start"_s << u"199X/2004"_s;
    QTest::newRow("BC") << u"Ides of March, roughly"_s << u"-0043"_s;
    QTest::newRow("negative year") << u"Minus five hundred"_s << u"-0500"_s;
    QTest::newRow("AD") << u"Anno Domini"_s << u"0200"_s;
    QTest::newRow("ISO 8601") << u"ISO with a time"_s << u"2008-03-17T14:30:00Z"_s;
    QTest::newRow("year/month/day") << u"Year first with slashes"_s << u"1963-11-22"_s;
    QTest::newRow("month/day/year") << u"Month first with slashes"_s << u"1963-11-22"_s;
    QTest::newRow("full month name") << u"Full month name"_s << u"1963-11-22"_s;
    QTest::newRow("PM and EST") << u"Day first, twelve-hour clock"_s << u"1963-11-22T13:15-05:00"_s;
    QTest::newRow("month precision") << u"Month and year"_s << u"1963-11"_s;
    QTest::newRow("imprecise instant") << u"Imprecise instant"_s << u"[2008-03-17..2008-03-19]"_s;
    QTest::newRow("durationEvent") << u"durationEvent alias"_s << u"2008-06-01/2008-06-03"_s;
}

void TestSimile::dates()
{
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    const ImportedContent imported = readSimile(fixture(u"simile/features.xml"_s));
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.size(), size_t(16));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
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
    QVERIFY(imported.notes.join(u'\n').contains(u"1 images left out"_s));
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

void TestSimile::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("simile") << QByteArray("<?xml version=\"1.0\"?>\n<data wiki-url=\"x\">\n<event start=\"2008\"/>") << true;
    QTest::newRow("bare") << QByteArray("<data>\n  <event start=\"2008\" title=\"x\">") << true;
    QTest::newRow("timeline") << QByteArray("<timeline>\n<version>1.0.0</version>") << false;
    QTest::newRow("database") << QByteArray("<database><table/>") << false;
}

void TestSimile::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(looksLikeSimile(head), expected);
}

QTEST_GUILESS_MAIN(TestSimile)
#include "tst_simile.moc"
