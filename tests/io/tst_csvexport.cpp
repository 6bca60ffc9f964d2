// CSV/TSV export and the format registry: what is written, what is left out, round trips.
#include "gdeltrows.h"

#include "core/io/csv/csvreader.h"
#include "core/io/csv/csvwriter.h"
#include "core/io/dataformats.h"
#include "core/io/dataimport.h"
#include "core/io/gdelt/gdeltimport.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

class TestCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsStable_data();
    void roundTripIsStable();
    void trickyContentRoundTrip();
    void formulasAreWrittenAsText_data();
    void formulasAreWrittenAsText();
    void exportReportSaysWhatIsLeftOut();
    void gdeltEventsKeepTheirArticle();
    void registry();
};

void TestCsvExport::roundTripIsStable_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("tsv") << u"tsv"_s;
}

void TestCsvExport::roundTripIsStable()
{
    QFETCH(QString, format);
    const DataFormat *f = dataFormat(format);
    QVERIFY(f && f->canRead() && f->canWrite());
    QTemporaryDir dir;
    QString error;
    auto sample = createSampleDocument(dir.filePath(u"s.dateline"_s), &error);
    QVERIFY(sample);
    ExportReport report;
    const QByteArray first = f->write(*sample, &report);
    QVERIFY(first.startsWith("\xEF\xBB\xBF"));

    auto copy = Document::create(dir.filePath(u"c.dateline"_s), &error);
    ImportedContent imported = f->read(first, {});
    QVERIFY2(imported.rejected.empty(), qPrintable(rejectedRowLines(imported, 5).join(u'\n')));
    QCOMPARE(qint64(imported.content.events.size()), sample->info().events);
    QVERIFY(writeImport(imported, *copy, ImportPolicy::ImportNothing).written);
    ExportReport second;
    const QByteArray again = f->write(*copy, &second);
    QCOMPARE(again, first);

    // Detection finds the format by content alone.
    QCOMPARE(detectDataFormat(first), f);
}

void TestCsvExport::trickyContentRoundTrip()
{
    // Everything a cell can make hard: delimiters, quotes, line breaks, leading spaces, markup,
    // formulas, scripts, BCE and open dates, no date, roles, coordinates.
    auto document = Document::createInMemory();
    Place place;
    place.name = u"Sochi, \"Bocharov Ruchey\""_s;
    place.country = u"RUS"_s;
    place.latitude = 43.5855;
    place.longitude = 39.7231;
    const PlaceId placeId = document->addPlace(place);
    Actor putin;
    putin.label = u"Путин"_s;
    const ActorId putinId = document->addActor(putin);
    Actor bush;
    bush.label = u"George W. Bush"_s;
    const ActorId bushId = document->addActor(bush);
    Actor korea;
    korea.label = u"Korea, Republic of"_s; // alone in its cell, its comma must not split it
    const ActorId koreaId = document->addActor(korea);
    Source source;
    source.title = u"Kommersant, 7 April"_s;
    source.url = u"https://example.org/a?b=1&c=2"_s;
    const SourceId sourceId = document->addSource(source);
    const QStringList titles{u"Summit, \"final\" day"_s, u"  leading spaces"_s, u"line\nbreak\r\nand CRLF"_s,
                             u"=SUM(A1:A2)"_s, u"<script>alert(1)</script>"_s, u"\t tab"_s};
    const QStringList dates{u"2008-04-06"_s, u"-0043-03-15"_s, u"[..2008-03-26]"_s, u"2008-03-17/2008-03-18"_s,
                            u"1550~"_s, QString()};
    for (int i = 0; i < titles.size(); ++i) {
        Event e;
        e.title = titles[i];
        e.date = FuzzyDate::fromEdtf(dates[i]);
        e.description = u"desc \"%1\"; with, commas\n\nand a blank line"_s.arg(i);
        e.status = EventStatus(i % 5);
        e.cameoCode = i % 2 ? u"042"_s : u"1712"_s;
        e.importance = i * 10;
        e.sortKey = -i;
        e.tags = QStringList{u"tag one"_s, u"δ"_s};
        e.place = placeId;
        e.actors = {{putinId, ActorRole::Host}, {bushId, ActorRole::Visitor}};
        if (i == 0) {
            e.actors = {{koreaId, ActorRole::Participant}};
            e.tags = QStringList{u"talks, bilateral"_s};
        }
        const EventId id = document->addEvent(e);
        Quote q;
        q.text = u"He said: \"yes, \"\"no\"\"\""_s;
        q.source = sourceId;
        q.events = {id};
        document->addQuote(q);
    }
    for (QChar delimiter : {u',', u'\t', u';'}) {
        const QByteArray first = writeCsv(*document, delimiter, nullptr);
        CsvOptions options;
        if (delimiter == u';')
            options.delimiter = delimiter; // not detected: the header has no ';' but every row does
        ImportedContent imported = readCsv(first, options);
        QVERIFY2(imported.rejected.empty(), qPrintable(rejectedRowLines(imported, 5).join(u'\n')));
        QCOMPARE(imported.content.events.size(), size_t(titles.size()));
        auto copy = Document::createInMemory();
        QVERIFY(writeImport(imported, *copy, ImportPolicy::ImportNothing).written);
        QCOMPARE(writeCsv(*copy, delimiter, nullptr), first);
        const std::vector<Event> events = copy->events();
        QStringList got;
        for (const Event &e : events)
            got << e.title;
        for (QString t : titles) // a cell's line ends are written as LF
            QVERIFY2(got.contains(t.replace(u"\r\n"_s, u"\n"_s)), qPrintable(t));
        QCOMPARE(copy->places().front().latitude, std::optional(43.5855));
        QStringList labels;
        for (const Actor &a : copy->actors())
            labels << a.label;
        labels.sort();
        QCOMPARE(labels, (QStringList{u"George W. Bush"_s, u"Korea, Republic of"_s, u"Путин"_s}));
    }
}

// A title a spreadsheet would run as a formula is written with an apostrophe before it (its
// mark of text), and read back without it: opening an export runs nothing, a round trip loses
// nothing. Numbers stay numbers.
void TestCsvExport::formulasAreWrittenAsText_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("cell"); // as the file holds it, unquoted
    QTest::newRow("equals") << u"=HYPERLINK(\"http://evil.example\";\"x\")"_s << u"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")"_s;
    QTest::newRow("at") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s << u"'@SUM(1+1)*cmd|' /C calc'!A0"_s;
    QTest::newRow("plus") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("negative number") << u"-12.5"_s << u"-12.5"_s;
    QTest::newRow("already marked") << u"'=A1"_s << u"''=A1"_s;
    QTest::newRow("apostrophe, no formula") << u"'Tis the season"_s << u"'Tis the season"_s;
    QTest::newRow("dash and words") << u"- Summit"_s << u"'- Summit"_s;
}

void TestCsvExport::formulasAreWrittenAsText()
{
    QFETCH(QString, title);
    QFETCH(QString, cell);
    auto document = Document::createInMemory();
    Event e;
    e.title = title;
    e.date = FuzzyDate::fromEdtf(u"-0043-03-15"_s); // a spreadsheet computes -43-3-15 = -61
    document->addEvent(e);
    const QString csv = QString::fromUtf8(writeCsv(*document, u',', nullptr));
    const QString row = csv.split(u"\r\n"_s).at(1);
    QVERIFY2(row.contains(u","_s + cell + u","_s) || row.contains(u",\""_s + cell + u"\","_s), qPrintable(row));
    QVERIFY2(row.contains(u",'-0043-03-15,"_s), qPrintable(row));
    const ImportedContent imported = readCsv(csv.toUtf8(), {});
    QVERIFY2(imported.rejected.empty(), qPrintable(rejectedRowLines(imported, 5).join(u'\n')));
    QCOMPARE(imported.content.events.size(), std::size_t(1));
    QCOMPARE(imported.content.events.front().title, title);
    QCOMPARE(imported.content.events.front().date.toEdtf(), u"-0043-03-15"_s);
}

void TestCsvExport::exportReportSaysWhatIsLeftOut()
{
    QTemporaryDir dir;
    QString error;
    auto sample = createSampleDocument(dir.filePath(u"s.dateline"_s), &error);
    QVERIFY(sample);
    ExportReport report;
    writeCsv(*sample, u',', &report);
    const QString all = report.omissions.join(u'\n');
    QVERIFY2(all.contains(u"relations between events"_s), qPrintable(all));
    QVERIFY2(all.contains(u"speaker, locator or credibility"_s), qPrintable(all));
    QVERIFY2(all.contains(u"the document title: CSV has no place for it"_s), qPrintable(all));
    ExportReport tabs; // a TSV export's report names TSV
    writeCsv(*sample, u'\t', &tabs);
    QVERIFY2(tabs.omissions.contains(u"the document title: TSV has no place for it"_s), qPrintable(tabs.omissions.join(u'\n')));

    auto empty = Document::createInMemory();
    ExportReport none;
    const QByteArray header = writeCsv(*empty, u',', &none);
    QVERIFY(none.omissions.isEmpty());
    QCOMPARE(header, QByteArray("\xEF\xBB\xBFid,title,date,status,description,actors,place,country,latitude,longitude,tags,"
                                "cameo code,importance,sort key,source title,source url,quote,created,updated\r\n"));
}

void TestCsvExport::gdeltEventsKeepTheirArticle()
{
    QTemporaryDir dir;
    QString error;
    auto doc = Document::create(dir.filePath(u"g.dateline"_s), &error);
    QVERIFY2(doc, qPrintable(error));
    gdelttest::Row withUrl;
    withUrl.url = "https://example.org/news/77";
    gdelttest::Row historical; // 1.0 historical files have no SOURCEURL
    historical.columns = 57;
    historical.id = 2;
    const QString file = dir.filePath(u"rows.CSV"_s);
    QVERIFY(gdelttest::writeFile(file, gdelttest::line(withUrl) + '\n' + gdelttest::line(historical) + '\n'));
    QCOMPARE(importGdelt({file}, *doc).events, 2);

    ExportReport report;
    const QString csv = QString::fromUtf8(writeCsv(*doc, u',', &report));
    QCOMPARE(csv.count(u"https://example.org/news/77"_s), 1);
    const QString all = report.omissions.join(u'\n');
    QVERIFY2(all.contains(u"Goldstein scale, tone and coverage of 2 GDELT events"_s), qPrintable(all));
    QVERIFY2(!all.contains(u"no quote cites"_s), qPrintable(all)); // the article is cited by its row
}

void TestCsvExport::registry()
{
    QCOMPARE(dataFormatForFile(u"a/b/events.TSV"_s)->name, u"tsv"_s);
    QCOMPARE(dataFormatForFile(u"events.csv"_s)->name, u"csv"_s);
    QCOMPARE(dataFormatForFile(u"events.json"_s)->name, u"json"_s);
    QCOMPARE(dataFormatForFile(u"events.xlsx"_s)->name, u"xlsx"_s);
    QVERIFY(!dataFormatForFile(u"events.docx"_s));
    QVERIFY(!dataFormatForFile(u"noextension"_s));
    QCOMPARE(dataFormat(u"CSV")->name, u"csv"_s);
    QVERIFY(!dataFormat(u"xml"));
    QCOMPARE(detectDataFormat(sampleTimelineJson())->name, u"json"_s);
    QCOMPARE(detectDataFormat("title\tdate\nx\t2008\n")->name, u"tsv"_s);
    QCOMPARE(detectDataFormat("title;date\nx;2008\n")->name, u"csv"_s);
    QCOMPARE(detectDataFormat("{\"events\": []}")->name, u"timelinejs"_s); // TimelineJS's shape
    // saved by Notepad: a byte order mark before the brace
    QCOMPARE(detectDataFormat("\xEF\xBB\xBF{\"events\": []}", u"t.json"_s)->name, u"timelinejs"_s);
    QCOMPARE(detectDataFormat("\xEF\xBB\xBF" + sampleTimelineJson())->name, u"json"_s);
    QCOMPARE(detectDataFormat("{\"events\": [{\"start\": \"1963\", \"title\": \"x\"}]}")->name, u"simile"_s); // SIMILE's
    QCOMPARE(detectDataFormat("{\"events\": [{\"start_date\": {\"year\": 1963}}]}")->name, u"timelinejs"_s);
    QVERIFY(!detectDataFormat("{\"rows\": []}"));             // JSON that is neither
    QVERIFY(!detectDataFormat(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
    for (const DataFormat &f : dataFormats()) { // every registered format does something: no placeholders
        QVERIFY2(f.detect && (f.canRead() || f.canWrite()), qPrintable(f.name));
        QVERIFY2(!f.extensions.isEmpty() && !f.title.isEmpty(), qPrintable(f.name));
    }
    for (const QString &name : {u"json"_s, u"csv"_s, u"tsv"_s})
        QVERIFY(dataFormat(name)->canRead() && dataFormat(name)->canWrite());
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
