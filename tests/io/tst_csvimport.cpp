#include "core/io/csv/csvreader.h"
#include "core/io/csv/csvwriter.h"
#include "core/io/dataformats.h"
#include "core/io/dataimport.h"
#include "core/io/sample.h"
#include "core/store/document.h"
#include "gdeltrows.h"
#include "interchangetest.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;
using dateline::testing::eventTitled;
using dateline::testing::rejectedLines;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA "/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "title, date, ignore" for a mapping.
QString names(const CsvMapping &mapping)
{
    QStringList out;
    for (CsvField f : mapping.columns)
        out << csvFieldName(f);
    return out.join(u", "_s);
}

} // namespace

class TestCsvImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hyphenatedYearRanges_data();
    void hyphenatedYearRanges();
    void guessMapping_data();
    void guessMapping();
    void applyMapping_data();
    void applyMapping();
    void rejectedRowsHaveLineNumbers();
    void unreadColumnsNoted_data();
    void unreadColumnsNoted();
    void rowsAboveHeaderLeftOut_data();
    void rowsAboveHeaderLeftOut();
    void controlCharactersRemoved();
    void unreadableBytesNotedWithTheirLine();
    void fatal_data();
    void fatal();
    void spreadsheetExports_data();
    void spreadsheetExports();
    void headerlessRealTsv();
    void dayOrderOption();
    void noHeader();
    void allOrNothingWritesNothing();
    void goodRowsIntoExistingDocument();
    void garbageNeverCrashes();
    void progressCanCancel();
};

void TestCsvImport::guessMapping_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("own export") << QStringList{u"id"_s, u"title"_s, u"date"_s, u"cameo code"_s, u"sort key"_s, u"source url"_s}
                                << u"id, title, date, cameo code, sort key, source url"_s;
    QTest::newRow("spreadsheet words") << QStringList{u"Headline"_s, u"Start Date"_s, u"End_Date"_s, u"Who"_s, u"Location"_s, u"Link"_s}
                                       << u"title, date, end date, actors, place, source url"_s;
    QTest::newRow("title beats name") << QStringList{u"Name"_s, u"Title"_s, u"When"_s}
                                      << u"ignore, title, date"_s;
    QTest::newRow("unknown ignored") << QStringList{u"Title"_s, u"Date"_s, u"Colour"_s, u""_s}
                                     << u"title, date, ignore, ignore"_s;
    QTest::newRow("repeating actors") << QStringList{u"Event"_s, u"Date"_s, u"Actor1"_s, u"Actor2"_s}
                                      << u"title, date, actors, actors"_s;
    QTest::newRow("first date wins") << QStringList{u"Title"_s, u"Date"_s, u"Start"_s}
                                     << u"title, date, ignore"_s;
    QTest::newRow("timelinejs template") << QStringList{u"Year"_s, u"Month"_s, u"Day"_s, u"Time"_s, u"End Year"_s, u"Headline"_s, u"Text"_s, u"Group"_s}
                                         << u"year, month, day, time, end year, title, description, tags"_s;
    QTest::newRow("lone day is the date") << QStringList{u"Day"_s, u"Title"_s} << u"date, title"_s;
    QTest::newRow("a year beside whole dates") << QStringList{u"Title"_s, u"Year"_s, u"Event Date"_s}
                                               << u"title, ignore, date"_s;
    QTest::newRow("ACLED") << QStringList{u"event_date"_s, u"year"_s, u"disorder_type"_s, u"event_type"_s, u"sub_event_type"_s,
                                          u"actor1"_s, u"assoc_actor_1"_s, u"actor2"_s, u"country"_s, u"location"_s,
                                          u"latitude"_s, u"longitude"_s, u"source"_s, u"notes"_s, u"fatalities"_s}
                           << u"date, ignore, tags, tags, tags, actors, actors, actors, country, place, latitude, "
                              u"longitude, source title, description, ignore"_s;
    QTest::newRow("ICEWS") << QStringList{u"Event ID"_s, u"Event Date"_s, u"Source Name"_s, u"Event Text"_s, u"CAMEO Code"_s,
                                          u"Target Name"_s, u"Publisher"_s, u"City"_s, u"Country"_s}
                           << u"id, date, actors, tags, cameo code, actors, source title, place, country"_s;
    QTest::newRow("source name without a target is a source")
        << QStringList{u"Title"_s, u"Date"_s, u"Source Name"_s} << u"title, date, source title"_s;
    QTest::newRow("case and punctuation") << QStringList{u"  EVENT TITLE "_s, u"date-start"_s, u"Source (URL)"_s}
                                          << u"title, date, source url"_s;
    QTest::newRow("German") << QStringList{u"Titel"_s, u"Datum"_s, u"Enddatum"_s, u"Beschreibung"_s, u"Ort"_s, u"Quelle"_s}
                            << u"title, date, end date, description, place, source title"_s;
    QTest::newRow("French") << QStringList{u"Titre"_s, u"Date de début"_s, u"Date de fin"_s, u"Lieu"_s, u"Pays"_s, u"Acteurs"_s}
                            << u"title, date, end date, place, country, actors"_s;
    QTest::newRow("Spanish") << QStringList{u"Título"_s, u"Fecha"_s, u"Descripción"_s, u"Lugar"_s, u"Fuente"_s}
                             << u"title, date, description, place, source title"_s;
    QTest::newRow("Russian") << QStringList{u"Событие"_s, u"Дата"_s, u"Описание"_s, u"Место"_s}
                             << u"title, date, description, place"_s;
    QTest::newRow("coordinates, German") << QStringList{u"Titel"_s, u"Datum"_s, u"Breitengrad"_s, u"Längengrad"_s}
                                         << u"title, date, latitude, longitude"_s;
    QTest::newRow("coordinates, Spanish, Italian, Russian")
        << QStringList{u"Latitud"_s, u"Longitud"_s, u"Latitudine"_s, u"Longitudine"_s, u"Широта"_s, u"Долгота"_s, u"Título"_s, u"Fecha"_s}
        << u"latitude, longitude, ignore, ignore, ignore, ignore, title, date"_s;
    QTest::newRow("English names first") << QStringList{u"Title"_s, u"Date"_s, u"Data"_s}
                                         << u"title, date, ignore"_s;
}

void TestCsvImport::guessMapping()
{
    QFETCH(QStringList, header);
    QFETCH(QString, expected);
    QCOMPARE(names(CsvMapping::guess(header)), expected);
}

void TestCsvImport::applyMapping_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected"); // the mapping, or "error: " and the start of the message
    QTest::newRow("by name") << u"title=Notes,date=When"_s << u"ignore, title, date, actors"_s;
    QTest::newRow("by number") << u"title=2,actors=3"_s << u"ignore, title, actors, actors"_s;
    QTest::newRow("case and underscores") << u"END_DATE=when"_s << u"title, description, end date, actors"_s;
    QTest::newRow("moves a field") << u"date=Notes"_s << u"title, date, ignore, actors"_s;
    QTest::newRow("ignore") << u"ignore=Summary"_s << u"ignore, description, date, actors"_s;
    QTest::newRow("unknown field") << u"colour=Notes"_s << u"error: unknown field \"colour\""_s;
    QTest::newRow("unknown column") << u"title=Nope"_s << u"error: no column \"Nope\" (columns: Summary, Notes, When, Who)"_s;
    QTest::newRow("column out of range") << u"title=9"_s << u"error: no column \"9\""_s;
    QTest::newRow("no equals") << u"title"_s << u"error: \"title\": expected FIELD=COLUMN"_s;
}

void TestCsvImport::applyMapping()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const QStringList header{u"Summary"_s, u"Notes"_s, u"When"_s, u"Who"_s};
    CsvMapping mapping = CsvMapping::guess(header);
    QCOMPARE(names(mapping), u"title, description, date, actors"_s);
    QString error;
    const bool ok = mapping.apply(spec, header, &error);
    if (expected.startsWith(u"error: "_s)) {
        QVERIFY(!ok);
        QVERIFY2(error.startsWith(expected.mid(7)), qPrintable(error));
    } else {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(names(mapping), expected);
    }
}

void TestCsvImport::rejectedRowsHaveLineNumbers()
{
    const QByteArray csv = "title,date,importance\r\n"
                           "ok,2008-03-17,10\r\n"
                           "\"multi\r\nline\r\ntitle\",2008-03-18,20\r\n" // lines 3-5
                           "bad date,31/02/2008,30\r\n"                   // line 6
                           "\r\n"                                         // line 7: blank, skipped
                           "bad importance,2008,huge\r\n"                 // line 8
                           ",2008,1\r\n"                                  // line 9
                           "too many,2008,1,extra\r\n"                    // line 10
                           "trailing empty fields are fine,2008,1,,\r\n"  // line 11
                           "\"open quote,2008,1\r\n"                      // line 12: a stray quote
                           "after the stray quote,2008,2\r\n";             // line 13
    CsvOptions options;
    options.dayOrder = DayOrder::DayFirst;
    const ImportedContent imported = readCsv(csv, options);
    QVERIFY(!imported.fatal);
    QCOMPARE(rejectedLines(imported),
             (QStringList{u"6: date \"31/02/2008\": February 2008 has no day 31"_s,
                          u"8: importance \"huge\" is not a whole number from 0 to 100 or a priority word (high, normal, low)"_s,
                          u"9: no title"_s,
                          u"10: 4 fields, but the header has 3 (a delimiter inside an unquoted field?)"_s}));
    QCOMPARE(imported.content.events.size(), size_t(5));
    QVERIFY(eventTitled(imported, u"multi\nline\ntitle"_s)); // line ends inside a cell become LF
    // A quote that encloses nothing is an ordinary character, said in a note; the rows after it stay.
    QVERIFY(eventTitled(imported, u"\"open quote"_s));
    QVERIFY(eventTitled(imported, u"after the stray quote"_s));
    QVERIFY(imported.notes.contains(u"quotes that enclose no field, read as ordinary characters: 1 (the first on line 12)"_s));
    QCOMPARE(rejectedRowLines(imported, 2).size(), 3);
    QCOMPARE(rejectedRowLines(imported, 2).last(), u"... and 2 more"_s);
}

// A file that mixes encodings (rows appended by a program that writes the other one) is read row
// by row in each: a UTF-8 file's Windows-1252 row keeps its "é" (it was U+FFFD), a Windows-1252
// file's UTF-8 row too (it was "Ã©"); the note says so and names the first line. An encoding the
// user chose is applied to the whole file.
void TestCsvImport::unreadableBytesNotedWithTheirLine()
{
    QByteArray csv = "title,date\n";
    for (int i = 0; i < 40; ++i)
        csv += "Caf\xc3\xa9 talks " + QByteArray::number(i) + ",2008-03-17\n";
    csv += "Caf\xe9 in Latin-1,2008-03-18\n"; // line 42
    const ImportedContent imported = readCsv(csv, {});
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.back().title, u"Café in Latin-1"_s);
    QCOMPARE(imported.content.events.front().title, u"Café talks 0"_s);
    QVERIFY2(imported.notes.contains(u"the file mixes encodings: it is UTF-8, and bytes that are not UTF-8 were read as "
                                     "Windows-1252 (\"caf\\xE9\" as \"café\"): 1 (the first on line 42)"_s),
             qPrintable(imported.notes.join(u'\n')));
    CsvOptions chosen;
    chosen.encoding = TextEncoding::Utf8;
    const ImportedContent strict = readCsv(csv, chosen);
    QCOMPARE(strict.content.events.back().title, u"Caf\uFFFD in Latin-1"_s);
    QVERIFY2(strict.notes.contains(u"characters that could not be read (bytes not in UTF-8), shown as \uFFFD: 1 (the first on line 42)"_s),
             qPrintable(strict.notes.join(u'\n')));

    // The other way round: Windows-1252 with a row of UTF-8.
    QByteArray western = "title,date,place\n";
    for (int i = 0; i < 40; ++i)
        western += "Caf\xe9 talks " + QByteArray::number(i) + ",2008-03-17,Gen\xe8ve\n";
    const QByteArray mixed = western + "Caf\xc3\xa9 in UTF-8,2008-03-18,Z\xc3\xbcrich\n"; // line 42
    const ImportedContent read = readCsv(mixed, {});
    const QString notes = read.notes.join(u'\n');
    QVERIFY2(notes.contains(u"read as Windows-1252"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"the file mixes encodings: it is Windows-1252, and fields written in UTF-8 were read as UTF-8: "
                            "2 (the first on line 42)"_s),
             qPrintable(notes));
    QCOMPARE(read.content.events.front().title, u"Café talks 0"_s);
    QCOMPARE(read.content.events.back().title, u"Café in UTF-8"_s);
    QCOMPARE(read.content.places.back().name, u"Zürich"_s);
    QVERIFY(!readCsv(western, {}).notes.join(u'\n').contains(u"mixes encodings"_s)); // none in plain 1252
}

// "1914-18" in a table is the years 1914 to 1918 (it was refused: there is no month 18).
// "1918-21" stays EDTF's spring 1918 (Dateline's own export writes seasons so), but among plain
// years a note says how it was read and how to write the range.
void TestCsvImport::hyphenatedYearRanges_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QString>("note"); // empty: no note about seasons
    QTest::newRow("years and a short end") << QByteArray("title,date\nWar,1914-18\nPeace,1919\nLater,1939-45\n")
                                           << QStringList{u"1914/1918"_s, u"1919"_s, u"1939/1945"_s} << QString();
    QTest::newRow("a season among years")
        << QByteArray("title,date\nWar,1914-18\nPeace,1919\nEpidemic,1918-21\nAgain,1918-22\n")
        << QStringList{u"1914/1918"_s, u"1919"_s, u"1918-21"_s, u"1918-22"_s}
        << u"cells read as EDTF seasons in a column of years: 2 (the first \"1918-21\" on line 4, read as Spring 1918); "
           "for the years 1918 to 1921, write 1918–21 or 1918-1921"_s;
    QTest::newRow("a season among days") << QByteArray("title,date\nTalks,2008-03-17\nSpring,2008-21\n")
                                         << QStringList{u"2008-03-17"_s, u"2008-21"_s} << QString();
}

void TestCsvImport::hyphenatedYearRanges()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, dates);
    QFETCH(QString, note);
    const ImportedContent imported = readCsv(csv, {});
    QVERIFY2(imported.rejected.empty(), qPrintable(dateline::testing::describe(imported)));
    QStringList read;
    for (const Event &e : imported.content.events)
        read << e.date.toEdtf();
    QCOMPARE(read, dates);
    const QString notes = imported.notes.join(u'\n');
    if (note.isEmpty())
        QVERIFY2(!notes.contains(u"seasons"_s), qPrintable(notes));
    else
        QVERIFY2(imported.notes.contains(note), qPrintable(notes));
}

// Cells are untrusted: a bell or an escape sequence in a title reached terminals (dateline-cli list)
// and iCalendar exports as written.
void TestCsvImport::controlCharactersRemoved()
{
    const QByteArray csv = "title,date,description\n"
                           "bell\x07 esc\x1b[31m red\x1b]0;pwned\x07,2008-03-17,\"one\r\ntwo\tthree\x7f\"\n"
                           "\x1b[2J,2008-03-18,\n";
    const ImportedContent imported = readCsv(csv, {});
    QVERIFY(!imported.fatal);
    const Event *event = eventTitled(imported, u"bell esc[31m red]0;pwned"_s);
    QVERIFY(event);
    QCOMPARE(event->description, u"one\ntwo\tthree"_s);
    QVERIFY(eventTitled(imported, u"[2J"_s));
}

void TestCsvImport::fatal_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("header only") << QByteArray("title,date\r\n") << u"the file has no rows"_s;
    QTest::newRow("no title column") << QByteArray("a,date\n1,2008\n") << u"no column is mapped to the title (columns: a, date)"_s;
    QTest::newRow("no date column") << QByteArray("title,b\nx,2008\n") << u"no column is mapped to the date (columns: title, b)"_s;
    QTest::newRow("binary") << QByteArray("title,date\n\x01\x00\x02,2008\n", 19) << u"this is not a text file (it contains NUL characters)"_s;
    QTest::newRow("gdelt events") << gdelttest::line(gdelttest::Row{}) + "\n"
                                  << u"this is a GDELT event file: import it with File > Import GDELT Events\u2026 (dateline-cli import gdelt)"_s;
}

void TestCsvImport::fatal()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const ImportedContent imported = readCsv(data, {});
    QVERIFY(imported.fatal);
    QCOMPARE(rejectedLines(imported), QStringList{u"0: "_s + message});
    QVERIFY(imported.content.events.empty());
}

void TestCsvImport::spreadsheetExports_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("events");
    QTest::addColumn<QStringList>("rejected");
    QTest::addColumn<QString>("title");   // an event that must be there
    QTest::addColumn<QString>("edtf");    // its date
    QTest::addColumn<QString>("note");    // one of the notes
    QTest::newRow("excel semicolon cp1252") << fixture("excel-semicolon-cp1252.csv") << 2 << QStringList()
                                            << u"Café talks – “informal”"_s << u"2008-03-18"_s
                                            << u"read as Windows-1252, fields separated by ';'"_s;
    QTest::newRow("excel unicode text") << fixture("excel-unicode.txt") << 2 << QStringList()
                                        << u"Лавров meets Rice"_s << u"2008-03-17"_s
                                        << u"read as UTF-16LE, fields separated by tabs"_s;
    QTest::newRow("libreoffice") << fixture("libreoffice.csv") << 3 << QStringList()
                                 << u"Missile defence talks"_s << u"2008-03"_s << u"read as UTF-8, fields separated by ','"_s;
    QTest::newRow("google sheets") << fixture("google-sheets.csv") << 3
                                   << QStringList{u"4: date \"31/02/2008\": February 2008 has no day 31"_s,
                                                  u"5: dates 2008-03-18 to 2008-03-17: The interval ends (2008-03-17) before it starts (2008-03-18)."_s,
                                                  u"6: no title"_s}
                                   << u"2+2 meeting"_s << u"2008-03-17/2008-03-18"_s
                                   << u"numeric dates read day first (03/04/2008 = 3 April 2008)"_s;
    QTest::newRow("timelinejs template") << fixture("timelinejs-template.csv") << 3
                                         << QStringList{u"5: month \"13\" is not a month"_s}
                                         << u"Ides of March"_s << u"-0043-03-15"_s << u"read as UTF-8, fields separated by ','"_s; // -44 is 44 BCE
}

void TestCsvImport::spreadsheetExports()
{
    QFETCH(QByteArray, data);
    QFETCH(int, events);
    QFETCH(QStringList, rejected);
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    QFETCH(QString, note);
    QVERIFY(!data.isEmpty());
    const DataFormat *format = detectDataFormat(data);
    QVERIFY(format);
    const ImportedContent imported = format->read(data, {});
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.size(), size_t(events));
    QCOMPARE(rejectedLines(imported), rejected);
    const Event *event = eventTitled(imported, title);
    QVERIFY2(event, qPrintable(title));
    QCOMPARE(event->date.toEdtf(), edtf);
    int withCoordinates = 0;
    for (const Place &place : imported.content.places) { // decimal commas read as decimals
        if (place.latitude) {
            QCOMPARE(*place.latitude, 55.7558);
            QCOMPARE(*place.longitude, 37.6173);
            ++withCoordinates;
        }
    }
    QCOMPARE(withCoordinates, qstrcmp(QTest::currentDataTag(), "excel semicolon cp1252") == 0 ? 1 : 0);
    QVERIFY2(imported.notes.contains(note), qPrintable(imported.notes.join(u'\n')));
}

void TestCsvImport::headerlessRealTsv()
{
    QFile file(QStringLiteral(DATELINE_SHARED_DATA "/formats/gdelt/gdelt2-events-sample.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("shared sample data not present");
    const QByteArray data = file.readAll();
    QCOMPARE(detectDataFormat(data)->name, u"tsv"_s);
    DataReadOptions options;
    options.csv.header = CsvHeader::None;
    options.csv.mapSpec = u"title=7,date=2,actors=17,cameo code=27,source url=61"_s;
    const ImportedContent imported = dataFormat(u"tsv")->read(data, options);
    QVERIFY(!imported.fatal);
    const qsizetype lines = data.count('\n');
    QCOMPARE(qsizetype(imported.content.events.size() + imported.rejected.size()), lines);
    for (const ImportProblem &p : imported.rejected) {
        QVERIFY(p.line >= 1 && p.line <= lines);
        QCOMPARE(p.message, u"no title"_s); // rows without an Actor1Name
    }
    for (const Event &e : imported.content.events) {
        QVERIFY(e.date.isValid());
        QVERIFY(e.date.toEdtf().startsWith(u"20"_s));
        QCOMPARE(e.cameoCode.size() >= 2, true);
    }
}

void TestCsvImport::dayOrderOption()
{
    const QByteArray csv = "title,date\na,03/04/2008\nb,05/06/2008\n";
    CsvOptions options;
    QCOMPARE(readCsv(csv, options).content.events[0].date.toEdtf(), u"2008-03-04"_s); // default month first
    QVERIFY(readCsv(csv, options).notes.contains(u"numeric dates read month first (03/04/2008 = March 4, 2008)"_s));
    options.dayOrder = DayOrder::DayFirst;
    const ImportedContent dayFirst = readCsv(csv, options);
    QCOMPARE(dayFirst.content.events[0].date.toEdtf(), u"2008-04-03"_s);
    QVERIFY(!dayFirst.notes.join(u' ').contains(u"numeric dates"_s)); // chosen, not guessed

    // Rows in both orders: read month first, and said, since 05/04/2008 may then be wrong; the
    // hint to try the other order is given only where that order makes a date.
    const ImportedContent mixed = readCsv("title,date\na,17/03/2008\nb,03/17/2008\nc,05/04/2008\nd,31/02/2008\n", {});
    QVERIFY2(mixed.notes.join(u'\n').contains(u"numeric dates are written in both orders"_s), qPrintable(mixed.notes.join(u'\n')));
    QCOMPARE(rejectedLines(mixed), (QStringList{u"2: date \"17/03/2008\": there is no month 17 (dates are read month first; try day first)"_s,
                                                u"5: date \"31/02/2008\": there is no month 31"_s}));

    // The guess reads every row: 250 ambiguous rows, then one that can only be day first. The
    // first 200 alone had the file read month first, the ambiguous rows wrong and the last refused.
    QByteArray late = "title,date\n";
    for (int i = 0; i < 250; ++i)
        late += "ambiguous,01/10/2008\n";
    late += "clear,17/03/2008\n";
    const ImportedContent guessed = readCsv(late, {});
    QVERIFY(guessed.rejected.empty());
    QCOMPARE(guessed.content.events.front().date.toEdtf(), u"2008-10-01"_s);
    QVERIFY(guessed.notes.contains(u"numeric dates read day first (03/04/2008 = 3 April 2008)"_s));
}

void TestCsvImport::noHeader()
{
    CsvOptions options;
    options.header = CsvHeader::None;
    options.mapSpec = u"title=2,date=1"_s;
    const ImportedContent imported = readCsv("2008-03-17,First\n2008-03-18,Second\n", options);
    QVERIFY(imported.rejected.empty());
    QCOMPARE(imported.content.events.size(), size_t(2));
    QCOMPARE(imported.content.events[0].title, u"First"_s);
    const CsvPreview preview = previewCsv("2008-03-17,First\n", options);
    QCOMPARE(preview.header, (QStringList{u"Column 1"_s, u"Column 2"_s}));
}

void TestCsvImport::allOrNothingWritesNothing()
{
    QTemporaryDir dir;
    QString error;
    auto document = createSampleDocument(dir.filePath(u"s.dateline"_s), &error);
    QVERIFY2(document, qPrintable(error));
    const DocumentInfo before = document->info();
    const qint64 revision = document->revision();
    ImportedContent imported = readCsv("title,date\ngood,2008\nbad,2008-02-30\n", {});
    QCOMPARE(imported.rejected.size(), size_t(1));
    const ImportWrite written = writeImport(imported, *document, ImportPolicy::ImportNothing);
    QVERIFY(!written.written);
    QCOMPARE(written.error, u"1 rows were rejected; nothing was imported"_s);
    QCOMPARE(document->info().events, before.events);
    QCOMPARE(document->revision(), revision);
}

void TestCsvImport::goodRowsIntoExistingDocument()
{
    QTemporaryDir dir;
    QString error;
    auto document = createSampleDocument(dir.filePath(u"s.dateline"_s), &error);
    QVERIFY(document);
    const qint64 events = document->info().events;
    // Ids 1 and 2 exist in the sample: into a non-empty document they get new ones.
    ImportedContent imported = readCsv("id,title,date\n1,first,2008\n2,second,2009\n3,bad,2008-02-30\n", {});
    // Progress of the write: entities written, then the indexes; a stop there keeps nothing.
    std::vector<qint64> totals;
    const ImportWrite stopped = writeImport(imported, *document, ImportPolicy::ImportGoodRows, [&](qint64, qint64 total) {
        totals.push_back(total);
        return total != kProgressFinishing;
    });
    QVERIFY(!stopped.written);
    QCOMPARE(stopped.error, u"cancelled; nothing was imported"_s);
    QVERIFY(totals.size() >= 2);
    QCOMPARE(totals.back(), kProgressFinishing);
    QCOMPARE(document->info().events, events);
    const ImportWrite written = writeImport(imported, *document, ImportPolicy::ImportGoodRows);
    QVERIFY2(written.written, qPrintable(written.error));
    QCOMPARE(written.counts.events, 2);
    QCOMPARE(written.counts.eventsAlreadyPresent, 0);
    QCOMPARE(document->info().events, events + 2);
    // The same file again: added (an import only adds), and counted as already there.
    ImportedContent again = readCsv("id,title,date\n1,first,2008\n2,second,2009\n3,third,\n", {});
    const ImportWrite twice = writeImport(again, *document, ImportPolicy::ImportGoodRows);
    QCOMPARE(twice.counts.events, 3);
    QCOMPARE(twice.counts.eventsAlreadyPresent, 2);
    ImportedContent undated = readCsv("title,date\nthird,\nfourth,2009\n", {});
    QCOMPARE(writeImport(undated, *document, ImportPolicy::ImportGoodRows).counts.eventsAlreadyPresent, 1);
}

void TestCsvImport::garbageNeverCrashes()
{
    // Random bytes, random CSV-ish text and truncations of a real file: always an answer.
    QRandomGenerator random(20080317);
    const QByteArray real = fixture("google-sheets.csv");
    const QByteArray alphabet("\",;\t|\r\n ab1/-.\xC3\xA9\xFF\x00");
    for (int round = 0; round < 300; ++round) {
        QByteArray data;
        const int kind = round % 3;
        if (kind == 0) {
            data.resize(random.bounded(400));
            for (char &c : data)
                c = char(random.bounded(256));
        } else if (kind == 1) {
            data = "title,date\n";
            for (int i = random.bounded(400); i > 0; --i)
                data += alphabet.at(random.bounded(int(alphabet.size())));
        } else {
            data = real.left(random.bounded(int(real.size()) + 1));
        }
        const ImportedContent imported = readCsv(data, {});
        for (const ImportProblem &p : imported.rejected)
            QVERIFY(!p.message.isEmpty());
        QVERIFY(imported.fatal || !imported.content.events.empty() || !imported.rejected.empty());
        (void)detectDataFormat(data);
    }
}

void TestCsvImport::progressCanCancel()
{
    QByteArray csv = "title,date\n";
    for (int i = 0; i < 5000; ++i)
        csv += "event " + QByteArray::number(i) + ",2008-03-17\n";
    qint64 calls = 0, lastDone = -1, total = 0;
    bool monotonic = true;
    const ImportedContent all = readCsv(csv, {}, [&](qint64 done, qint64 t) {
        ++calls;
        monotonic &= done >= lastDone;
        lastDone = done;
        total = t;
        return true;
    });
    QCOMPARE(all.content.events.size(), size_t(5000));
    QVERIFY(calls >= 2);
    QVERIFY(monotonic);
    QCOMPARE(lastDone, total);
    const ImportedContent cancelled = readCsv(csv, {}, [](qint64, qint64) { return false; });
    QVERIFY(cancelled.fatal);
    QVERIFY(cancelled.content.events.empty());
    QCOMPARE(cancelled.rejected.front().message, u"cancelled"_s);
}

void TestCsvImport::unreadColumnsNoted_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("note"); // empty: no note on columns
    QTest::newRow("all read") << QByteArray("Title,Date\nx,2008\n") << QString();
    QTest::newRow("unknown name") << QByteArray("Title,Date,Reviewer\nx,2008,ann\n") << u"columns not read: \"Reviewer\""_s;
    QTest::newRow("second of a name") << QByteArray("Title,Date,date\nx,2008,2009\n")
                                      << u"columns not read: \"date\" (a second column of that name)"_s;
    QTest::newRow("unnamed column with data") << QByteArray("Title,Date,\nx,2008,y\n")
                                              << u"columns not read: column 3 (no name in the header)"_s;
    QTest::newRow("unnamed empty columns") << QByteArray("Title,Date,,\nx,2008,,\nz,2009,,\n") << QString();
}

void TestCsvImport::unreadColumnsNoted()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, note);
    const ImportedContent imported = readCsv(csv, {});
    QVERIFY(!imported.fatal);
    QString found;
    for (const QString &n : imported.notes)
        if (n.startsWith(u"columns not read"_s))
            found = n;
    QCOMPARE(found, note);
}

void TestCsvImport::rowsAboveHeaderLeftOut_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("note");  // empty: nothing left out
    QTest::addColumn<QString>("title"); // the document's title taken from the rows above
    QTest::newRow("title and a blank row")
        << QByteArray("Summit chronology;;\r\n;;\r\nTitle;Date;Place\r\n2+2 talks;17.03.2008;Moscow\r\nSummit;06.04.2008;Sochi\r\n")
        << u"lines 1 to 2, above the header on line 3, not read"_s << u"Summit chronology"_s;
    QTest::newRow("two lines of words above") << QByteArray("Exported 2008-04-07,,\nby the desk,,\nTitle,Date,Place\nSummit,2008-04-06,Sochi\n")
                                              << u"lines 1 to 2, above the header on line 3, not read"_s
                                              << u"Exported 2008-04-07"_s;
    QTest::newRow("header first") << QByteArray("Title,Date\nSummit,2008-04-06\n") << QString() << QString();
}

// A spreadsheet's export with a title above its header reads as the sheet would: the rows above
// the header are left out (and said so), a lone cell among them titles the document.
void TestCsvImport::rowsAboveHeaderLeftOut()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, note);
    QFETCH(QString, title);
    const ImportedContent imported = readCsv(csv, {});
    QVERIFY2(!imported.fatal, qPrintable(imported.rejected.empty() ? QString() : imported.rejected.front().message));
    QVERIFY(imported.rejected.empty());
    QCOMPARE(imported.content.title, title);
    QString found;
    for (const QString &n : imported.notes)
        if (n.contains(u"above the header"_s))
            found = n;
    QCOMPARE(found, note);
    QCOMPARE(imported.content.events.back().title, u"Summit"_s);
    QCOMPARE(imported.content.events.back().date.toEdtf(), u"2008-04-06"_s);
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
