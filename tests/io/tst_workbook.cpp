#include "core/io/dataformats.h"
#include "core/io/workbook/workbook.h"
#include "core/io/workbook/xlsxsheet.h"
#include "core/io/workbook/ziparchive.h"
#include "gdeltarchives.h"
#include "interchangetest.h"

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

namespace {

const QString kOdsNamespaces = u"xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                               u"xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                               u"xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                               u"xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                               u"xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""_s;

// An .ods whose first table has the given rows, with these automatic styles in content.xml and,
// when given, these common styles in styles.xml; mimetypeFirst as LibreOffice writes it.
QByteArray odsOf(const QString &rows, bool mimetypeFirst, const QString &automaticStyles, const QString &commonStyles)
{
    const QByteArray content = (u"<?xml version=\"1.0\"?><office:document-content "_s + kOdsNamespaces
                                + u"><office:automatic-styles>"_s + automaticStyles
                                + u"</office:automatic-styles><office:body><office:spreadsheet><table:table table:name=\"S\">"_s
                                + rows + u"</table:table></office:spreadsheet></office:body></office:document-content>"_s)
                                   .toUtf8();
    const std::pair<QByteArray, QByteArray> mimetype{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"};
    QList<std::pair<QByteArray, QByteArray>> parts{{"content.xml", content}};
    if (!commonStyles.isEmpty())
        parts.append({"styles.xml", (u"<?xml version=\"1.0\"?><office:document-styles "_s + kOdsNamespaces
                                     + u"><office:styles>"_s + commonStyles + u"</office:styles></office:document-styles>"_s)
                                        .toUtf8()});
    if (mimetypeFirst)
        parts.prepend(mimetype);
    else
        parts.append(mimetype);
    return gdelttest::zipOf(parts, !mimetypeFirst);
}

QByteArray odsWithRows(const QString &rows, bool mimetypeFirst = true)
{
    return odsOf(rows, mimetypeFirst, QString(), QString());
}

QString inlineCell(const QString &reference, const QString &text)
{
    return u"<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>"_s.arg(reference, text);
}

// A one-sheet .xlsx ("Sheet1") of these rows (<row> elements), with the workbook's own number
// formats (<numFmt> elements) and its cell styles' numFmtIds: s="1" is the first of them.
QByteArray xlsxOf(const QString &rows, const QString &numFmts, const QList<int> &cellFormats)
{
    const QByteArray workbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                            "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas."
                            "openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>";
    QString xfs = u"<xf numFmtId=\"0\"/>"_s;
    for (const int id : cellFormats)
        xfs += u"<xf numFmtId=\"%1\" applyNumberFormat=\"1\"/>"_s.arg(id);
    const QString styles = u"<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"_s
                           + numFmts + u"</numFmts><cellXfs>"_s + xfs + u"</cellXfs></styleSheet>"_s;
    const QString sheet = u"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"_s
                          + rows + u"</sheetData></worksheet>"_s;
    return gdelttest::zipOf({{"xl/workbook.xml", workbook},
                             {"xl/_rels/workbook.xml.rels", rels},
                             {"xl/styles.xml", styles.toUtf8()},
                             {"xl/worksheets/sheet1.xml", sheet.toUtf8()}},
                            true);
}

// The one event of a sheet of a Title and a Date column.
QString onlyEventDate(const ImportedContent &imported)
{
    if (imported.fatal || imported.content.events.size() != 1)
        return u"not one event: "_s + describe(imported);
    return imported.content.events[0].date.toEdtf();
}

} // namespace

class TestWorkbook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dates_data();
    void dates();
    void notesTitleAndRows();
    void otherWriters();
    void openDocumentRowsAndNotes();
    void coverSheetSkipped();
    void sheetChosenByName_data();
    void sheetChosenByName();
    void odsFromOtherWriters();
    void serials_data();
    void serials();
    void numberFormats_data();
    void numberFormats();
    void builtInFormats_data();
    void builtInFormats();
    void datesAsFormatted_data();
    void datesAsFormatted();
    void odsDatesAsStyled_data();
    void odsDatesAsStyled();
    void uncomputedFormulas_data();
    void uncomputedFormulas();
    void cellReferences_data();
    void cellReferences();
    void refused_data();
    void refused();
    void sizeLimit();
    void detected();
};

void TestWorkbook::dates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    const QString xlsx = u"excel.xlsx"_s, ods = u"calc.ods"_s;
    QTest::newRow("built-in date format") << xlsx << u"2+2 talks"_s << u"2008-03-17"_s;
    QTest::newRow("date and time") << xlsx << u"Interview"_s << u"2008-03-26T14:30"_s;
    QTest::newRow("custom date format") << xlsx << u"Sochi summit"_s << u"2008-04-06"_s;
    QTest::newRow("rich text title") << xlsx << u"Rich title"_s << u"2008-06-01"_s;
    QTest::newRow("cells without references") << xlsx << u"Talk \u201cquoted\u201d"_s << u"2008-05-07"_s;
    // office:date-value, not the locale's display text ("17/03/08").
    QTest::newRow("ods: date") << ods << u"2+2 talks"_s << u"2008-03-17"_s;
    QTest::newRow("ods: date and time") << ods << u"Interview"_s << u"2008-03-26T14:30"_s;
    QTest::newRow("ods: after repeated empty columns") << ods << u"Sochi summit"_s << u"2008-04-06"_s;
}

void TestWorkbook::dates()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    const ImportedContent imported = readWorkbook(fixture(u"workbook/"_s + file), {});
    QVERIFY2(!imported.fatal, qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(5));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
}

void TestWorkbook::notesTitleAndRows()
{
    const ImportedContent imported = readWorkbook(fixture(u"workbook/excel.xlsx"_s), {});
    // The row numbers are the spreadsheet's, header three rows down or not.
    QCOMPARE(imported.rejected.size(), size_t(1));
    QCOMPARE(imported.rejected[0].line, qint64(7));
    QVERIFY2(imported.rejected[0].message.contains(u"sometime"_s), qPrintable(imported.rejected[0].message));
    QCOMPARE(imported.content.title, u"Summit timeline (draft)"_s);
    const QString notes = imported.notes.join(u'\n');
    QVERIFY2(notes.contains(u"read the first sheet, \"Events\"; not read: \"Sources\""_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"row 1, above the header row 3, not read"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"formula errors (#N/A, #REF! ...), kept as that text: 1"_s), qPrintable(notes));
    QVERIFY2(!notes.contains(u"read as"_s), qPrintable(notes)); // no word of encodings
    // Shared strings: an escaped carriage return, phonetic runs left out; numbers without noise.
    const Event *talks = eventTitled(imported, u"2+2 talks"_s);
    QVERIFY(talks);
    QCOMPARE(talks->description, u"Line one\nline two"_s);
    QCOMPARE(eventTitled(imported, u"Rich title"_s)->description, u"#N/A"_s);
    QCOMPARE(imported.content.places.size(), size_t(2));
    QCOMPARE(imported.content.places[0].name, u"Moscow"_s);
    QCOMPARE(*imported.content.places[0].latitude, 55.7558);
    QCOMPARE(imported.content.places[1].name, u"Sochi"_s); // a formula's cached text
    QCOMPARE(imported.content.actors.size(), size_t(4));
}

void TestWorkbook::otherWriters()
{
    // Inline strings, absolute part names, the 1904 date system, ISO dates in t="d" cells.
    const ImportedContent imported = readWorkbook(fixture(u"workbook/inline-1904.xlsx"_s), {});
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(2));
    QCOMPARE(eventTitled(imported, u"Talks"_s)->date.toEdtf(), u"2008-03-17/2008-03-18"_s);
    QCOMPARE(eventTitled(imported, u"Summit"_s)->date.toEdtf(), u"2008-04-06"_s);
    QVERIFY(imported.notes.join(u'\n').contains(u"read the sheet \"Timeline\""_s));
}

void TestWorkbook::openDocumentRowsAndNotes()
{
    const ImportedContent imported = readWorkbook(fixture(u"workbook/calc.ods"_s), {});
    // A repeated row is as many rows; the empty rows Calc writes a million of cost nothing.
    QCOMPARE(imported.content.events.size(), size_t(5));
    QCOMPARE(imported.rejected.size(), size_t(1));
    QCOMPARE(imported.rejected[0].line, qint64(10)); // after two blank rows and a repeated one
    QCOMPARE(imported.content.title, u"Summit timeline"_s);
    const Event *talks = eventTitled(imported, u"2+2 talks"_s);
    QCOMPARE(talks->description, u"First  paragraph\nsecond one"_s); // <text:s c="2"/>; no comment
    QCOMPARE(imported.content.places.size(), size_t(1));
    QCOMPARE(*imported.content.places[0].latitude, 55.7558); // office:value, not "55,7558"
    QCOMPARE(eventTitled(imported, u"Sochi summit"_s)->description, u"#N/A"_s);
    const QString notes = imported.notes.join(u'\n');
    QVERIFY2(notes.contains(u"read the first sheet, \"Events\"; not read: \"Sources\""_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"row 1, above the header row 4, not read"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"formula errors (#N/A, #REF! ...), kept as that text: 1"_s), qPrintable(notes));
}

void TestWorkbook::coverSheetSkipped()
{
    // The first sheet whose columns name a title and a date, not the cover sheet before it.
    const ImportedContent xlsx = readWorkbook(fixture(u"workbook/cover-sheet.xlsx"_s), {});
    QVERIFY2(!xlsx.fatal, qPrintable(describe(xlsx)));
    QCOMPARE(xlsx.content.events.size(), size_t(1));
    QCOMPARE(xlsx.content.events[0].title, u"Talks"_s);
    const QString notes = xlsx.notes.join(u'\n');
    QVERIFY2(notes.contains(u"read the sheet \"Events\", the first whose columns name a title and a date; not read: "
                            u"\"About\", \"Later\""_s),
             qPrintable(notes));

    const ImportedContent ods = readWorkbook(
        odsWithRows(u"<table:table-row><table:table-cell><text:p>Cover</text:p></table:table-cell></table:table-row>"
                    u"</table:table><table:table table:name=\"Timeline\"><table:table-row><table:table-cell><text:p>Title"
                    u"</text:p></table:table-cell><table:table-cell><text:p>Date</text:p></table:table-cell></table:table-row>"
                    u"<table:table-row><table:table-cell><text:p>Talks</text:p></table:table-cell><table:table-cell "
                    u"office:value-type=\"date\" office:date-value=\"2008-03-17\"/></table:table-row>"_s),
        {});
    QVERIFY2(!ods.fatal, qPrintable(describe(ods)));
    QCOMPARE(ods.content.events.size(), size_t(1));
    QCOMPARE(ods.content.events[0].date.toEdtf(), u"2008-03-17"_s);
    QVERIFY(ods.notes.join(u'\n').contains(u"read the sheet \"Timeline\""_s));
}

// A writer that compresses "mimetype" or puts it later: read by its content.xml (the extension
// brought it here; the first bytes do not say).
void TestWorkbook::sheetChosenByName_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("read");  // the sheet read; empty when refused
    QTest::addColumn<QString>("title"); // its event, or the reason it was refused
    QTest::newRow("none: the first with a title and a date") << QString() << u"2008"_s << u"Talks"_s;
    QTest::newRow("by name") << u"2009"_s << u"2009"_s << u"Summit"_s;
    QTest::newRow("name in another case") << u"later"_s << u"Later"_s << u"Visit"_s;
    QTest::newRow("no such sheet") << u"2010"_s << QString()
                                   << u"the workbook has no sheet named \"2010\"; its sheets: \"S\", \"2008\", "
                                      u"\"2009\", \"Later\""_s;
}

// A workbook of several timelines: the sheet named in the options is read (CLI --sheet, the
// import dialog's sheet menu), and the table lists every sheet for that choice.
void TestWorkbook::sheetChosenByName()
{
    QFETCH(QString, sheet);
    QFETCH(QString, read);
    QFETCH(QString, title);
    auto table = [](const QString &name, const QString &event, const QString &date) {
        return u"</table:table><table:table table:name=\"%1\"><table:table-row><table:table-cell><text:p>Title</text:p>"
               u"</table:table-cell><table:table-cell><text:p>Date</text:p></table:table-cell></table:table-row>"
               u"<table:table-row><table:table-cell><text:p>%2</text:p></table:table-cell><table:table-cell "
               u"office:value-type=\"date\" office:date-value=\"%3\"/></table:table-row>"_s.arg(name, event, date);
    };
    // odsWithRows names the first table, the cover, "S"
    QByteArray data = odsWithRows(u"<table:table-row><table:table-cell><text:p>Cover</text:p></table:table-cell>"
                                  u"</table:table-row>"_s + table(u"2008"_s, u"Talks"_s, u"2008-03-17"_s)
                                  + table(u"2009"_s, u"Summit"_s, u"2009-04-02"_s) + table(u"Later"_s, u"Visit"_s, u"2010-05-01"_s));
    QString error;
    const std::optional<TableAsCsv> shown = workbookAsCsv(data, sheet, &error);
    QCOMPARE(shown.has_value(), !read.isEmpty());
    CsvOptions options;
    options.sheet = sheet;
    const ImportedContent imported = readWorkbook(data, options);
    if (read.isEmpty()) {
        QCOMPARE(error, title);
        QVERIFY(imported.fatal);
        QCOMPARE(imported.rejected.at(0).message, title);
        return;
    }
    QCOMPARE(shown->sheets, (QStringList{u"S"_s, u"2008"_s, u"2009"_s, u"Later"_s}));
    QCOMPARE(shown->sheet, read);
    QVERIFY2(!imported.fatal, qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(1));
    QCOMPARE(imported.content.events[0].title, title);
    QVERIFY2(imported.notes.join(u'\n').contains(u"read the sheet \"%1\""_s.arg(read)), qPrintable(imported.notes.join(u'\n')));
}

void TestWorkbook::odsFromOtherWriters()
{
    const QByteArray data = odsWithRows(u"<table:table-row><table:table-cell><text:p>Title</text:p></table:table-cell>"
                                        u"<table:table-cell><text:p>Date</text:p></table:table-cell></table:table-row>"
                                        u"<table:table-row><table:table-cell><text:p>Talks</text:p></table:table-cell>"
                                        u"<table:table-cell><text:p>2008-03-17</text:p></table:table-cell></table:table-row>"_s,
                                        false);
    QVERIFY(!looksLikeOds(data));
    QCOMPARE(dataFormatForFile(u"events.ods"_s)->name, u"ods"_s);
    const ImportedContent imported = readWorkbook(data, {});
    QVERIFY2(!imported.fatal, qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(1));
    QCOMPARE(imported.content.events[0].date.toEdtf(), u"2008-03-17"_s);
}

void TestWorkbook::serials_data()
{
    using K = xlsx::FormatKind;
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<xlsx::FormatKind>("kind");
    QTest::addColumn<QString>("iso");
    QTest::newRow("first day") << 1.0 << false << K::Day << u"1900-01-01"_s;
    QTest::newRow("before the phantom day") << 59.0 << false << K::Day << u"1900-02-28"_s;
    QTest::newRow("29 February 1900") << 60.0 << false << K::Day << QString();
    QTest::newRow("after the phantom day") << 61.0 << false << K::Day << u"1900-03-01"_s;
    QTest::newRow("a day") << 39524.0 << false << K::Day << u"2008-03-17"_s;
    QTest::newRow("date and time") << 39533.604166666664 << false << K::DateTime << u"2008-03-26T14:30"_s;
    QTest::newRow("seconds") << 39524.5000115741 << false << K::DateTime << u"2008-03-17T12:00:01"_s;
    QTest::newRow("midnight: a day") << 39524.0 << false << K::DateTime << u"2008-03-17"_s;
    QTest::newRow("a date format drops the time") << 39524.75 << false << K::Day << u"2008-03-17"_s;
    QTest::newRow("a month format shows the month") << 39524.75 << false << K::Month << u"2008-03"_s;
    QTest::newRow("a year format shows the year") << 39524.0 << false << K::Year << u"2008"_s;
    QTest::newRow("rounds into the next day") << 39524.999999999 << false << K::DateTime << u"2008-03-18"_s;
    QTest::newRow("rounds into the next year") << 39813.999999999 << false << K::Year << u"2009"_s;
    QTest::newRow("time alone") << 0.5 << false << K::DateTime << u"12:00"_s;
    QTest::newRow("time format") << 39524.25 << false << K::Time << u"06:00"_s;
    QTest::newRow("1904 system") << 38062.0 << true << K::Day << u"2008-03-17"_s;
    QTest::newRow("1904 system, a month") << 38062.0 << true << K::Month << u"2008-03"_s;
    QTest::newRow("1904 day zero") << 0.0 << true << K::Day << u"1904-01-01"_s;
    QTest::newRow("last day") << 2958465.0 << false << K::Day << u"9999-12-31"_s;
    QTest::newRow("beyond") << 2958467.0 << false << K::Day << QString();
    QTest::newRow("negative") << -1.0 << false << K::Day << QString();
    QTest::newRow("a number") << 39524.0 << false << K::Number << QString();
}

void TestWorkbook::serials()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(xlsx::FormatKind, kind);
    QFETCH(QString, iso);
    QCOMPARE(xlsx::serialToIso(serial, date1904, kind), iso);
}

void TestWorkbook::numberFormats_data()
{
    using K = xlsx::FormatKind;
    QTest::addColumn<QString>("code");
    QTest::addColumn<xlsx::FormatKind>("kind");
    QTest::newRow("d/m/yyyy") << u"d/m/yyyy"_s << K::Day;
    QTest::newRow("locale prefix") << u"[$-409]mmmm d, yyyy;@"_s << K::Day;
    QTest::newRow("escaped spaces") << u"d\\ mmmm\\ yyyy"_s << K::Day;
    QTest::newRow("day and month name") << u"d-mmm"_s << K::Day;
    QTest::newRow("weekday") << u"dddd, mmmm d, yyyy"_s << K::Day;
    QTest::newRow("month and year") << u"mmmm yyyy"_s << K::Month;
    QTest::newRow("month and two-digit year") << u"mmm-yy"_s << K::Month;
    QTest::newRow("month and year, locale prefix") << u"[$-409]mmm yyyy"_s << K::Month;
    QTest::newRow("month and year, in capitals") << u"MMMM YYYY"_s << K::Month;
    QTest::newRow("month number and year") << u"mm/yyyy"_s << K::Month;
    QTest::newRow("month name") << u"mmm"_s << K::Month;
    QTest::newRow("a lone mm is the month") << u"mm"_s << K::Month;
    // The letters of quoted or escaped text are not codes: "dated" holds no day.
    QTest::newRow("quoted text") << u"\"dated \"mmmm yyyy"_s << K::Month;
    QTest::newRow("escaped letters") << u"\\d\\a\\y yyyy"_s << K::Year;
    QTest::newRow("year") << u"yyyy"_s << K::Year;
    QTest::newRow("year, with a colour") << u"[Blue]yyyy"_s << K::Year;
    QTest::newRow("twelve-hour time") << u"h:mm AM/PM"_s << K::Time;
    QTest::newRow("date and time") << u"yyyy-mm-dd hh:mm"_s << K::DateTime;
    QTest::newRow("month and minutes") << u"mmm d, h:mm"_s << K::DateTime;
    QTest::newRow("minutes and seconds") << u"mm:ss"_s << K::Time;
    QTest::newRow("elapsed hours") << u"[h]:mm:ss"_s << K::Time;
    QTest::newRow("elapsed hours and minutes") << u"[h]:mm"_s << K::Time;
    QTest::newRow("elapsed minutes") << u"[mm]"_s << K::Time;
    QTest::newRow("decimals") << u"0.00"_s << K::Number;
    QTest::newRow("thousands") << u"#,##0"_s << K::Number;
    QTest::newRow("quoted word") << u"0\" days\""_s << K::Number;
    QTest::newRow("colour") << u"[Red]0.00;[Blue]-0.00"_s << K::Number;
    QTest::newRow("general") << u"General"_s << K::Number;
    QTest::newRow("scientific") << u"0.00E+00"_s << K::Number;
}

void TestWorkbook::numberFormats()
{
    QFETCH(QString, code);
    QFETCH(xlsx::FormatKind, kind);
    QCOMPARE(xlsx::numberFormatKind(code), kind);
}

void TestWorkbook::builtInFormats_data()
{
    using K = xlsx::FormatKind;
    QTest::addColumn<int>("id");
    QTest::addColumn<xlsx::FormatKind>("kind");
    QTest::newRow("0 General") << 0 << K::Number;
    QTest::newRow("14 m/d/yyyy") << 14 << K::Day;
    QTest::newRow("15 d-mmm-yy") << 15 << K::Day;
    QTest::newRow("17 mmm-yy") << 17 << K::Month;
    QTest::newRow("20 h:mm") << 20 << K::Time;
    QTest::newRow("22 m/d/yyyy h:mm") << 22 << K::DateTime;
    QTest::newRow("47 mmss.0") << 47 << K::Time;
    QTest::newRow("49 text") << 49 << K::Number;
}

void TestWorkbook::builtInFormats()
{
    QFETCH(int, id);
    QFETCH(xlsx::FormatKind, kind);
    QCOMPARE(xlsx::builtInFormatKind(id), kind);
}

// A date cell gives the date as far as its number format shows it: a cell that shows "March 2008"
// is the month, not 1 March (the serial holds a day whatever the format shows).
void TestWorkbook::datesAsFormatted_data()
{
    QTest::addColumn<int>("numFmtId");
    QTest::addColumn<QString>("code"); // the workbook's own format numFmtId, or none for a built-in one
    QTest::addColumn<double>("serial");
    QTest::addColumn<QString>("edtf");
    const double march1 = 39508.0, march1At1430 = 39508.604166666664;
    QTest::newRow("mmmm yyyy") << 164 << u"mmmm yyyy"_s << march1 << u"2008-03"_s;
    QTest::newRow("built-in mmm-yy") << 17 << QString() << march1 << u"2008-03"_s;
    QTest::newRow("locale prefix") << 164 << u"[$-409]mmm yyyy"_s << march1 << u"2008-03"_s;
    QTest::newRow("quoted text") << 164 << u"\"dated \"mmmm yyyy"_s << march1 << u"2008-03"_s;
    QTest::newRow("yyyy") << 164 << u"yyyy"_s << march1 << u"2008"_s;
    QTest::newRow("a time of day does not make it a day") << 164 << u"mmmm yyyy"_s << march1At1430 << u"2008-03"_s;
    QTest::newRow("built-in day") << 14 << QString() << march1 << u"2008-03-01"_s;
    QTest::newRow("d mmmm yyyy") << 164 << u"d mmmm yyyy"_s << march1 << u"2008-03-01"_s;
    QTest::newRow("date and time") << 164 << u"yyyy-mm-dd hh:mm"_s << march1At1430 << u"2008-03-01T14:30"_s;
}

void TestWorkbook::datesAsFormatted()
{
    QFETCH(int, numFmtId);
    QFETCH(QString, code);
    QFETCH(double, serial);
    QFETCH(QString, edtf);
    const QString numFmt = code.isEmpty() ? QString()
                                          : u"<numFmt numFmtId=\"%1\" formatCode=\"%2\"/>"_s.arg(numFmtId).arg(code.toHtmlEscaped());
    const QString rows = u"<row r=\"1\">"_s + inlineCell(u"A1"_s, u"Title"_s) + inlineCell(u"B1"_s, u"Date"_s)
                         + u"</row><row r=\"2\">"_s + inlineCell(u"A2"_s, u"Talks"_s)
                         + u"<c r=\"B2\" s=\"1\"><v>%1</v></c></row>"_s.arg(QString::number(serial, 'g', 17));
    QCOMPARE(onlyEventDate(readWorkbook(xlsxOf(rows, numFmt, {numFmtId}), {})), edtf);
}

// The same for an .ods: its date cells hold a day (office:date-value) whatever their data style
// (number:date-style) shows. The style is the cell's own, its column's default, or a named style
// of styles.xml that the cell's style derives from.
void TestWorkbook::odsDatesAsStyled_data()
{
    QTest::addColumn<QString>("dateStyle"); // the parts of the number:date-style
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("edtf");
    const QString monthYear = u"<number:month number:textual=\"true\" number:style=\"long\"/><number:text> </number:text>"
                              u"<number:year number:style=\"long\"/>"_s;
    const QString dayMonthYear = u"<number:day/><number:text>/</number:text><number:month/><number:text>/</number:text>"
                                 u"<number:year number:style=\"long\"/>"_s;
    const QString stamp = dayMonthYear + u"<number:text> </number:text><number:hours/><number:text>:</number:text><number:minutes/>"_s;
    QTest::newRow("month and year") << monthYear << u"cell"_s << u"2008-03-01"_s << u"2008-03"_s;
    QTest::newRow("year") << u"<number:year number:style=\"long\"/>"_s << u"cell"_s << u"2008-03-01"_s << u"2008"_s;
    QTest::newRow("month and year, a time of day") << monthYear << u"cell"_s << u"2008-03-01T14:30:00"_s << u"2008-03"_s;
    QTest::newRow("day, month and year") << dayMonthYear << u"cell"_s << u"2008-03-01"_s << u"2008-03-01"_s;
    QTest::newRow("date and time") << stamp << u"cell"_s << u"2008-03-01T14:30:00"_s << u"2008-03-01T14:30"_s;
    QTest::newRow("the column's default style") << monthYear << u"column"_s << u"2008-03-01"_s << u"2008-03"_s;
    QTest::newRow("a named style in styles.xml") << monthYear << u"common"_s << u"2008-03-01"_s << u"2008-03"_s;
}

void TestWorkbook::odsDatesAsStyled()
{
    QFETCH(QString, dateStyle);
    QFETCH(QString, placement);
    QFETCH(QString, value);
    QFETCH(QString, edtf);
    const QString dataStyle = u"<number:date-style style:name=\"N1\">"_s + dateStyle + u"</number:date-style>"_s;
    QString automatic, common, columns, cellStyle;
    if (placement == u"common") {
        common = dataStyle + u"<style:style style:name=\"Month\" style:family=\"table-cell\" style:data-style-name=\"N1\"/>"_s;
        automatic = u"<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Month\"/>"_s;
    } else {
        automatic = dataStyle + u"<style:style style:name=\"ce1\" style:family=\"table-cell\" style:data-style-name=\"N1\"/>"_s;
    }
    if (placement == u"column")
        columns = u"<table:table-column/><table:table-column table:default-cell-style-name=\"ce1\"/>"_s;
    else
        cellStyle = u" table:style-name=\"ce1\""_s;
    const QString rows = columns
                         + u"<table:table-row><table:table-cell><text:p>Title</text:p></table:table-cell><table:table-cell>"
                           u"<text:p>Date</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell>"
                           u"<text:p>Talks</text:p></table:table-cell><table:table-cell%1 office:value-type=\"date\" "
                           u"office:date-value=\"%2\"><text:p>shown</text:p></table:table-cell></table:table-row>"_s.arg(cellStyle, value);
    QCOMPARE(onlyEventDate(readWorkbook(odsOf(rows, true, automatic, common), {})), edtf);
}

// Writers that cannot calculate (openpyxl, odfpy) save formulas without their result. Such cells
// are read as empty, as before, but a note counts them and names the first.
void TestWorkbook::uncomputedFormulas_data()
{
    QTest::addColumn<QByteArray>("workbook");
    QTest::addColumn<QString>("note"); // how many and the first; empty for no note
    const QString header = u"<row r=\"1\">"_s + inlineCell(u"A1"_s, u"Title"_s) + inlineCell(u"B1"_s, u"Date"_s)
                           + u"</row><row r=\"2\">"_s + inlineCell(u"A2"_s, u"Talks"_s) + u"<c r=\"B2\" s=\"1\"><v>39508</v></c></row>"_s;
    auto xlsxRow = [](int row, const QString &cell) {
        return u"<row r=\"%1\">"_s.arg(row) + inlineCell(u"A%1"_s.arg(row), u"Event %1"_s.arg(row)) + cell + u"</row>"_s;
    };
    QTest::newRow("xlsx: no <v>, and an empty one as openpyxl writes")
        << xlsxOf(header + xlsxRow(3, u"<c r=\"B3\" s=\"1\"><f>YEAR(B2)</f></c>"_s)
                      + xlsxRow(4, u"<c r=\"B4\" s=\"1\"><f>B2</f><v></v></c>"_s),
                  QString(), {14})
        << u"2, the first in Sheet1!B3"_s;
    QTest::newRow("xlsx: results, one of them empty text")
        << xlsxOf(header + xlsxRow(3, u"<c r=\"B3\" s=\"1\"><f>B2</f><v>39508</v></c>"_s)
                      + xlsxRow(4, u"<c r=\"B4\" t=\"str\"><f>\"\"</f><v></v></c>"_s),
                  QString(), {14})
        << QString();
    const QString odsHeader = u"<table:table-row><table:table-cell><text:p>Title</text:p></table:table-cell><table:table-cell>"
                              u"<text:p>Date</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell>"
                              u"<text:p>Talks</text:p></table:table-cell><table:table-cell office:value-type=\"date\" "
                              u"office:date-value=\"2008-03-01\"/></table:table-row>"_s;
    auto odsRow = [](int row, const QString &cell) {
        return u"<table:table-row><table:table-cell><text:p>Event %1</text:p></table:table-cell>%2</table:table-row>"_s.arg(row).arg(cell);
    };
    QTest::newRow("ods: no value type, in one cell and two repeated")
        << odsWithRows(odsHeader + odsRow(3, u"<table:table-cell table:formula=\"of:=YEAR([.B2])\"/>"_s)
                       + odsRow(4, u"<table:table-cell table:formula=\"of:=[.B2]\" table:number-columns-repeated=\"2\"/>"_s))
        << u"3, the first in S!B3"_s;
    QTest::newRow("ods: results, one of them empty text")
        << odsWithRows(odsHeader
                       + odsRow(3, u"<table:table-cell table:formula=\"of:=YEAR([.B2])\" office:value-type=\"float\" "
                                   u"office:value=\"2008\"><text:p>2008</text:p></table:table-cell>"_s)
                       + odsRow(4, u"<table:table-cell table:formula=\"of:=&quot;&quot;\" office:value-type=\"string\" "
                                   u"office:string-value=\"\"><text:p/></table:table-cell>"_s))
        << QString();
}

void TestWorkbook::uncomputedFormulas()
{
    QFETCH(QByteArray, workbook);
    QFETCH(QString, note);
    const ImportedContent imported = readWorkbook(workbook, {});
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(3));
    QCOMPARE(imported.content.events[0].date.toEdtf(), u"2008-03-01"_s);
    const QString notes = imported.notes.join(u'\n');
    const QString about = u"formulas without a saved result, read as empty cells (open and save the file in a spreadsheet "
                          u"program to compute them): "_s;
    if (note.isEmpty())
        QVERIFY2(!notes.contains(about), qPrintable(notes));
    else
        QVERIFY2(notes.contains(about + note), qPrintable(notes));
}

void TestWorkbook::cellReferences_data()
{
    QTest::addColumn<qint64>("column");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QString>("reference");
    QTest::newRow("first") << qint64(0) << qint64(4) << u"A4"_s;
    QTest::newRow("Z") << qint64(25) << qint64(1) << u"Z1"_s;
    QTest::newRow("AA") << qint64(26) << qint64(1) << u"AA1"_s;
    QTest::newRow("AB") << qint64(27) << qint64(12) << u"AB12"_s;
    QTest::newRow("last column") << qint64(16383) << qint64(1048576) << u"XFD1048576"_s;
}

void TestWorkbook::cellReferences()
{
    QFETCH(qint64, column);
    QFETCH(qint64, row);
    QFETCH(QString, reference);
    QCOMPARE(cellReference(column, row), reference);
    // A sheet name of more than a word is quoted, as a spreadsheet quotes it.
    TextTable table;
    table.name = u"Sheet one's"_s;
    table.rows.push_back({1, {u"Title"_s, u"Date"_s}});
    table.addUncomputedFormulas(column, row);
    const QString notes = tableAsCsv(table, true).notes.join(u'\n');
    QVERIFY2(notes.contains(u": 1, the first in 'Sheet one''s'!"_s + reference), qPrintable(notes));
}

void TestWorkbook::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    const QByteArray excel = fixture(u"workbook/excel.xlsx"_s);
    QByteArray corrupt = excel;
    corrupt[excel.indexOf("xl/worksheets/sheet1.xml") + 40] ^= 0x55; // inside the sheet's compressed data
    QTest::newRow("empty") << QByteArray() << u"not a ZIP archive"_s;
    QTest::newRow("a cut-short OLE file") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12)
                                         << u"Excel 97-2003 workbook (.xls) or other OLE file that cannot be read"_s;
    QTest::newRow("truncated") << excel.left(excel.size() / 2) << u"truncated"_s;
    QTest::newRow("corrupt") << corrupt << u"damaged"_s;
    QTest::newRow("declares a DTD") << fixture(u"workbook/dtd.xlsx"_s) << u"DTD"_s;
    QTest::newRow("a sheet that repeats a row without end")
        << odsWithRows(u"<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell "
                      u"table:number-columns-repeated=\"1000\"><text:p>x</text:p></table:table-cell></table:table-row>"_s)
        << u"more than 40 million cells"_s;
    QTest::newRow("a zip of something else") << fixture(u"workbook/excel.xlsx"_s).replace("xl/workbook.xml", "xl/workbook.xmz")
                                             << u"xl/workbook.xml is missing"_s;
}

void TestWorkbook::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const ImportedContent imported = readWorkbook(data, {});
    QVERIFY(imported.fatal);
    QVERIFY(imported.content.events.empty());
    QCOMPARE(imported.rejected.size(), size_t(1));
    QVERIFY2(imported.rejected[0].message.contains(reason), qPrintable(imported.rejected[0].message));
}

void TestWorkbook::sizeLimit()
{
    QByteArray data = fixture(u"workbook/excel.xlsx"_s);
    QString error;
    std::optional<ZipArchive> zip = ZipArchive::open(data, &error);
    QVERIFY2(zip, qPrintable(error));
    QVERIFY(zip->read(u"xl/worksheets/sheet1.xml"_s, &error));
    QVERIFY(!zip->read(u"xl/worksheets/sheet1.xml"_s, &error, 100));
    QVERIFY2(error.contains(u"larger than"_s), qPrintable(error));

    // A directory that understates a part's size cannot make it inflate past the limit.
    const QByteArray name = "xl/worksheets/sheet1.xml";
    const qsizetype central = data.lastIndexOf(name) - 46;
    QCOMPARE(data.mid(central, 4), QByteArray("PK\x01\x02"));
    data[central + 24] = 10;
    data[central + 25] = data[central + 26] = data[central + 27] = 0;
    zip = ZipArchive::open(data, &error);
    QVERIFY(zip);
    error.clear();
    QVERIFY(!zip->read(u"xl/worksheets/sheet1.xml"_s, &error, 100));
    QVERIFY2(error.contains(u"inflates to more than"_s), qPrintable(error));
}

void TestWorkbook::detected()
{
    QCOMPARE(detectDataFormat(fixture(u"workbook/excel.xlsx"_s))->name, u"xlsx"_s);
    QCOMPARE(detectDataFormat(fixture(u"workbook/inline-1904.xlsx"_s))->name, u"xlsx"_s);
    QCOMPARE(detectDataFormat(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))->name, u"xlsx"_s);
    QCOMPARE(dataFormatForFile(u"Events.XLSX"_s)->name, u"xlsx"_s);
    QCOMPARE(detectDataFormat(fixture(u"workbook/calc.ods"_s))->name, u"ods"_s);
    QCOMPARE(dataFormatForFile(u"events.ods"_s)->name, u"ods"_s);
    // Through the registry, as the app and the CLI read it.
    const ImportedContent imported = dataFormat(u"xlsx")->read(fixture(u"workbook/excel.xlsx"_s), {});
    QCOMPARE(imported.content.events.size(), size_t(5));
}

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
