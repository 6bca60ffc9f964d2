#include "core/io/thetimelineproj/thetimelineproj.h"
#include "interchangetest.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

class TestTheTimelineProj : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripAwkward();
    void fuzzyEnds_data();
    void fuzzyEnds();
    void events_data();
    void events();
    void containersAndSources();
    void erasAndNotes();
    void rejectedRowsWithLines_data();
    void rejectedRowsWithLines();
    void refusesOtherTimeTypes();
    void shapesOfOtherWriters();
    void hostileInput_data();
    void hostileInput();
    void realSample();
    void exportValidatesAgainstSchema_data();
    void exportValidatesAgainstSchema();
    void exportContainersAndCategories();
    void viewCoversTheEvents_data();
    void viewCoversTheEvents();
    void roundTrip_data();
    void roundTrip();
    void sniffing_data();
    void sniffing();

private:
    static std::unique_ptr<Document> source(const QString &which);
};

std::unique_ptr<Document> TestTheTimelineProj::source(const QString &which)
{
    if (which == u"sample")
        return sampleDocument();
    if (which == u"awkward")
        return awkwardDocument();
    return documentFrom(readTheTimelineProj(fixture(u"thetimelineproj/features.timeline"_s)));
}

void TestTheTimelineProj::events_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("days, inclusive end") << u"Moscow talks"_s << u"2008-03-17/2008-03-18"_s << QStringList{u"Diplomacy"_s};
    QTest::newRow("times, child category") << u"Press conference"_s << u"2008-03-17T14:30/2008-03-17T16:00"_s
                                           << QStringList{u"Diplomacy/Summits"_s};
    QTest::newRow("fuzzy, protected text") << u"(not a subevent) Interview"_s << u"2008-03-26~"_s << QStringList();
    QTest::newRow("milestone") << u"Sochi summit"_s << u"2008-04-06"_s
                               << QStringList{u"Diplomacy/Summits"_s, u"milestone"_s};
    QTest::newRow("ends today") << u"Missile defence dispute"_s << u"2008-03-01/.."_s << QStringList();
    QTest::newRow("negative year") << u"Antiquity"_s << u"-0099-03-15"_s << QStringList();
    QTest::newRow("fuzzy with a time") << u"Fuzzy with a time"_s << u"2012-07-04~"_s << QStringList();
}

void TestTheTimelineProj::events()
{
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    QFETCH(QStringList, tags);
    const ImportedContent imported = readTheTimelineProj(fixture(u"thetimelineproj/features.timeline"_s));
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.size(), size_t(7));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
    QCOMPARE(e->tags, tags);
}

void TestTheTimelineProj::fuzzyEnds_data()
{
    QTest::addColumn<QByteArray>("flags"); // the event's fuzzy elements
    QTest::addColumn<QString>("edtf");
    QTest::newRow("fuzzy") << QByteArray("<fuzzy>True</fuzzy>") << u"1500-01-01~/1550-01-01~"_s;
    QTest::newRow("fuzzy start only") << QByteArray("<fuzzy>False</fuzzy><fuzzy_start>True</fuzzy_start><fuzzy_end>False</fuzzy_end>")
                                      << u"1500-01-01~/1550-01-01"_s;
    QTest::newRow("fuzzy end only") << QByteArray("<fuzzy>False</fuzzy><fuzzy_start>False</fuzzy_start><fuzzy_end>True</fuzzy_end>")
                                    << u"1500-01-01/1550-01-01~"_s;
    QTest::newRow("exact") << QByteArray("<fuzzy>False</fuzzy>") << u"1500-01-01/1550-01-01"_s;
}

// Timeline 2 marks either end of an event fuzzy on its own (fuzzy_start, fuzzy_end).
void TestTheTimelineProj::fuzzyEnds()
{
    QFETCH(QByteArray, flags);
    QFETCH(QString, edtf);
    const ImportedContent imported = readTheTimelineProj(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><timeline><version>2.6.0</version><timetype>gregoriantime</timetype>"
        "<eras></eras><categories></categories><events><event><start>1500-01-01 00:00:00</start>"
        "<end>1550-01-01 00:00:00</end><text>Renaissance</text>" + flags + "</event></events></timeline>");
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.size(), std::size_t(1));
    QCOMPARE(imported.content.events[0].date.toEdtf(), edtf);
}

void TestTheTimelineProj::containersAndSources()
{
    const ImportedContent imported = readTheTimelineProj(fixture(u"thetimelineproj/features.timeline"_s));
    const Event *talks = eventTitled(imported, u"Moscow talks"_s);
    const Event *press = eventTitled(imported, u"Press conference"_s);
    QVERIFY(talks && press);
    QCOMPARE(talks->description, u"Two days of talks & a press conference."_s);
    QCOMPARE(imported.content.relations.size(), size_t(1));
    const Relation &r = imported.content.relations[0];
    QCOMPARE(r.kind, RelationKind::PartOf);
    QCOMPARE(r.from, press->id);
    QCOMPARE(r.to, talks->id);
    QCOMPARE(imported.content.sources.size(), size_t(1));
    QCOMPARE(imported.content.sources[0].url, u"https://example.org/talks"_s);
}

void TestTheTimelineProj::erasAndNotes()
{
    const ImportedContent imported = readTheTimelineProj(fixture(u"thetimelineproj/features.timeline"_s));
    QCOMPARE(imported.content.eras.size(), size_t(2));
    QCOMPARE(imported.content.eras[0].name, u"Second term"_s);
    QCOMPARE(imported.content.eras[0].span.toEdtf(), u"2004-05-07/2008-05-07"_s);
    QCOMPARE(imported.content.eras[0].color, u"#ff8000"_s);
    QCOMPARE(imported.content.eras[1].span.toEdtf(), u"2012-05-07/.."_s);
    const QString notes = imported.notes.join(u'\n');
    QVERIFY2(notes.contains(u"Diplomacy (255,0,0), Diplomacy/Summits (0,128,0)"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"fuzzy events with times of day, kept to the day (as fuzzy dates are): 1"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"alerts left out: 1"_s), qPrintable(notes));
}

void TestTheTimelineProj::rejectedRowsWithLines_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("words") << 0 << qint64(97) << u"\"17 March 2008\" is not \"YYYY-MM-DD HH:MM:SS\""_s;
    QTest::newRow("30 February") << 1 << qint64(102) << u"day 30"_s;
    QTest::newRow("ends before it starts") << 2 << qint64(107) << u"2008-03-18 00:00:00 to 2008-03-17 00:00:00"_s;
}

void TestTheTimelineProj::rejectedRowsWithLines()
{
    QFETCH(int, index);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    const ImportedContent imported = readTheTimelineProj(fixture(u"thetimelineproj/features.timeline"_s));
    QCOMPARE(imported.rejected.size(), size_t(3));
    QCOMPARE(imported.rejected.at(size_t(index)).line, line);
    QVERIFY2(imported.rejected.at(size_t(index)).message.contains(reason), qPrintable(imported.rejected.at(size_t(index)).message));
}

void TestTheTimelineProj::refusesOtherTimeTypes()
{
    const ImportedContent numeric = readTheTimelineProj(fixture(u"thetimelineproj/numeric.timeline"_s));
    QVERIFY(numeric.fatal);
    QVERIFY(numeric.content.events.empty());
    QCOMPARE(numeric.rejected.size(), size_t(1));
    QCOMPARE(numeric.rejected[0].line, qint64(4));
    QVERIFY2(numeric.rejected[0].message.contains(u"numeric timeline"_s), qPrintable(numeric.rejected[0].message));
    const ImportedContent coptic = readTheTimelineProj("<timeline><version>2.0.0</version><timetype>coptic</timetype></timeline>");
    QVERIFY(coptic.fatal);
    QVERIFY(coptic.rejected[0].message.contains(u"coptic"_s));
}

void TestTheTimelineProj::shapesOfOtherWriters()
{
    // Comments, CDATA, thousands of character references, attributes and unknown elements, no eras
    // and no timetype (old files): all read.
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<timeline>\n<version>0.21.1</version>\n"
                           "<!-- categories -->\n<categories><category><name>A</name><color>1,2,3</color>"
                           "<future_field>x</future_field></category></categories>\n<events>\n"
                           "<event id=\"e1\"><start>-500-01-01 00:00:00</start><end>100-01-01 00:00:00</end>"
                           "<text>Long</text><category>A</category><description><![CDATA[a <b>literal</b> & text]]></description>"
                           "<custom_extension>secret</custom_extension></event>\n"
                           "<event><start>2000-01-01 00:00:00</start><end>2000-01-01 00:00:00</end><text>Many</text><description>"
                           + QByteArray("a&#10;").repeated(3000) + "</description></event>\n</events>\n</timeline>\n";
    const ImportedContent imported = readTheTimelineProj(xml);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(2));
    QCOMPARE(imported.content.events[0].date.toEdtf(), u"-0500-01-01/0100-01-01"_s);
    QCOMPARE(imported.content.events[0].description, u"a <b>literal</b> & text"_s);
    QCOMPARE(imported.content.events[0].tags, QStringList{u"A"_s});
    QCOMPARE(imported.content.events[1].description.count(u'\n'), 2999); // trailing newline trimmed
}

void TestTheTimelineProj::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"not well-formed"_s;
    QTest::newRow("billion laughs") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE timeline [\n <!ENTITY a \"aaaaaaaaaa\">\n"
        " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
        " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n]>\n<timeline><events><event><start>2008-01-01 00:00:00</start>"
        "<end>2008-01-01 00:00:00</end><text>&d;&d;&d;&d;</text></event></events></timeline>")
                                    << u"DTD"_s;
    QTest::newRow("external entity") << QByteArray("<!DOCTYPE timeline [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                                   "<timeline><events><event><text>&x;</text></event></events></timeline>")
                                     << u"DTD"_s;
    QTest::newRow("not well-formed") << QByteArray("<timeline>\n<events>\n<event><start>2008-01-01 00:00:00</start>\n</events>")
                                     << u"not well-formed"_s;
    QTest::newRow("other root") << QByteArray("<data><event start=\"2008\"/></data>") << u"not a .timeline file"_s;
    QTest::newRow("text format before 0.10") << QByteArray("# Written by Timeline 0.5.0 on 2009-06-01 10:00:00\n"
                                                           "EVENT:2009-06-01 10:00:00;2009-06-01 12:00:00;Meeting\n# END\n")
                                             << u"text format of Timeline versions before 0.10"_s;
}

void TestTheTimelineProj::hostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const ImportedContent imported = readTheTimelineProj(data);
    QVERIFY(imported.fatal);
    QVERIFY(imported.content.events.empty());
    QCOMPARE(imported.rejected.size(), size_t(1));
    QVERIFY2(imported.rejected[0].message.contains(reason), qPrintable(imported.rejected[0].message));
}

void TestTheTimelineProj::realSample()
{
    QFile f(sharedData(u"formats/thetimelineproj/example.timeline"_s));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("the shared .timeline sample is not present");
    const QByteArray data = f.readAll();
    QVERIFY(looksLikeTheTimelineProj(data.left(4096)));
    const ImportedContent imported = readTheTimelineProj(data);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(1));
    const Event &e = imported.content.events[0];
    QCOMPARE(e.title, u"Test"_s);
    QCOMPARE(e.date.toEdtf(), u"2012-07-04T13:20"_s);
    QCOMPARE(e.tags, QStringList{u"Test"_s});
    QVERIFY(imported.notes.join(u'\n').contains(u"Test (255,0,0)"_s));
}

void TestTheTimelineProj::exportValidatesAgainstSchema_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("sample") << u"sample"_s;
    QTest::newRow("fixture") << u"fixture"_s;
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("awkward") << u"awkward"_s;
}

void TestTheTimelineProj::exportValidatesAgainstSchema()
{
    QFETCH(QString, which);
    const QString xsd = sharedData(u"formats/thetimelineproj/timeline.xsd"_s);
    const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
    if (!QFile::exists(xsd) || xmllint.isEmpty())
        QSKIP("needs xmllint (libxml2-utils) and the shared timeline.xsd");
    const auto doc = which == u"empty" ? Document::createInMemory() : source(which);
    QTemporaryDir dir;
    QFile out(dir.filePath(u"export.timeline"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(writeTheTimelineProj(*doc, nullptr));
    out.close();
    QProcess lint;
    lint.start(xmllint, {u"--noout"_s, u"--nonet"_s, u"--schema"_s, xsd, out.fileName()});
    QVERIFY(lint.waitForFinished(10000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
}

void TestTheTimelineProj::exportContainersAndCategories()
{
    const auto doc = source(u"fixture"_s);
    ExportReport report;
    const QString xml = QString::fromUtf8(writeTheTimelineProj(*doc, &report));
    QVERIFY(xml.contains(u"<text>[1]Moscow talks</text>"_s));
    QVERIFY(xml.contains(u"<text>(1)Press conference</text>"_s));
    QVERIFY(xml.indexOf(u"[1]Moscow talks"_s) < xml.indexOf(u"(1)Press conference"_s));
    QVERIFY(xml.contains(u"<text> (not a subevent) Interview</text>"_s));
    QVERIFY(xml.contains(u"<name>Summits</name>"_s));
    QVERIFY(xml.contains(u"<parent>Diplomacy</parent>"_s));
    QVERIFY(xml.contains(u"<milestone>True</milestone>"_s));
    QVERIFY(!xml.contains(u"<category>milestone</category>"_s));
    QVERIFY(xml.contains(u"<start>-99-03-15 00:00:00</start>"_s));
    QVERIFY(xml.contains(u"<color>255,128,0</color>"_s));
    const QString omissions = report.omissions.join(u'\n');
    QVERIFY2(omissions.contains(u"sources are not part of .timeline events: 1"_s), qPrintable(omissions));

    const auto sample = sampleDocument();
    ExportReport sampleReport;
    writeTheTimelineProj(*sample, &sampleReport);
    const QString sampleOmissions = sampleReport.omissions.join(u'\n');
    QVERIFY2(sampleOmissions.contains(u"quotes are not part of .timeline: %1 quotes left out"_s.arg(sample->quotes().size())),
             qPrintable(sampleOmissions));
}

void TestTheTimelineProj::roundTrip_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("sample") << u"sample"_s;
    QTest::newRow("fixture") << u"fixture"_s;
}

void TestTheTimelineProj::roundTrip()
{
    QFETCH(QString, which);
    const auto doc = source(which);
    const QByteArray first = writeTheTimelineProj(*doc, nullptr);
    const ImportedContent imported = readTheTimelineProj(first);
    QVERIFY2(imported.rejected.empty(), qPrintable(describe(imported)));
    const auto again = documentFrom(imported);
    QCOMPARE(QString::fromUtf8(writeTheTimelineProj(*again, nullptr)), QString::fromUtf8(first));
    QCOMPARE(again->events().size(), doc->events().size());
    if (which == u"fixture") { // everything the format carries comes back as it was
        for (size_t k = 0; k < doc->events().size(); ++k) {
            QCOMPARE(again->events()[k].date, doc->events()[k].date);
            QCOMPARE(again->events()[k].tags, doc->events()[k].tags);
        }
        QCOMPARE(again->relations().size(), doc->relations().size());
    }
}

void TestTheTimelineProj::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("expected");
    QTest::newRow("timeline") << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<timeline>\n  <version>1.0.0</version>") << true;
    QTest::newRow("timelines root") << QByteArray("<timelines><version>1.0.0</version>") << false;
    QTest::newRow("simile") << QByteArray("<data>\n<event start=\"2008\" title=\"x\"/>") << false;
    QTest::newRow("json") << QByteArray("{\"timeline\": {}}") << false;
    QTest::newRow("text format before 0.10") << QByteArray("# Written by Timeline 0.5.0 on 2009-06-01 10:00:00\n") << true;
}

void TestTheTimelineProj::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, expected);
    QCOMPARE(looksLikeTheTimelineProj(head), expected);
}

void TestTheTimelineProj::roundTripAwkward()
{
    const auto doc = awkwardDocument();
    ExportReport report;
    const QByteArray first = writeTheTimelineProj(*doc, &report);
    QVERIFY(!report.omissions.isEmpty());
    const ImportedContent imported = readTheTimelineProj(first);
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    const auto again = documentFrom(imported);
    const QByteArray second = writeTheTimelineProj(*again, nullptr);
    QVERIFY2(second == first, qPrintable(firstDifference(first, second)));
    // Titles are text in every format: markup in them comes back as the same text.
    bool script = false;
    for (const Event &e : again->events())
        script |= e.title.startsWith(u"<script>alert(1)</script>"_s);
    QVERIFY(script);
}

void TestTheTimelineProj::viewCoversTheEvents_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::newRow("days") << QStringList{u"2008-03-17/2008-03-18"_s, u"2008-04-06"_s}
                          << u"2008-03-17 00:00:00"_s << u"2008-04-07 00:00:00"_s;
    // An open end is drawn to today; the view need not run to the end of the app's calendar.
    QTest::newRow("open end") << QStringList{u"2008-03/.."_s, u"2008-04-06"_s}
                              << u"2008-03-01 00:00:00"_s << u"2008-04-07 00:00:00"_s;
    QTest::newRow("only an open end") << QStringList{u"2008-03/.."_s} << u"2008-03-01 00:00:00"_s << u"2008-03-01 00:00:00"_s;
}

void TestTheTimelineProj::viewCoversTheEvents()
{
    QFETCH(QStringList, dates);
    QFETCH(QString, start);
    QFETCH(QString, end);
    auto doc = Document::createInMemory();
    for (const QString &edtf : std::as_const(dates)) {
        Event e;
        e.title = edtf;
        e.date = FuzzyDate::fromEdtf(edtf);
        QVERIFY(e.date.isValid());
        doc->addEvent(e);
    }
    const QString xml = QString::fromUtf8(writeTheTimelineProj(*doc, nullptr));
    const qsizetype view = xml.indexOf(u"<displayed_period>"_s);
    QVERIFY(view > 0);
    QVERIFY2(xml.mid(view).contains(u"<start>%1</start>"_s.arg(start)), qPrintable(xml.mid(view)));
    QVERIFY2(xml.mid(view).contains(u"<end>%1</end>"_s.arg(end)), qPrintable(xml.mid(view)));
}

QTEST_GUILESS_MAIN(TestTheTimelineProj)
#include "tst_thetimelineproj.moc"
