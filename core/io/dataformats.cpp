// The registry of interchange formats. Adding a format is one entry in the table below.
#include "core/io/dataformats.h"

#include "core/io/csv/csvwriter.h"
#include "core/io/csv/textencoding.h"
#include "core/io/icalendar/icalendar.h"
#include "core/io/jsonrecords.h"
#include "core/io/nativejson.h"
#include "core/io/nativejsonreader.h"
#include "core/io/simile/simile.h"
#include "core/io/thetimelineproj/thetimelineproj.h"
#include "core/io/timelinejs/timelinejs.h"
#include "core/io/workbook/workbook.h"

#include <QIODevice>

#include <optional>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

// Windows programs that save "Unicode" text (Notepad's choice of that name, PowerShell 5's
// Out-File) write UTF-16 with a byte order mark. The JSON and iCalendar readers read UTF-8, so such
// text is converted for them. XML is passed on as it is: the XML reader reads UTF-16 itself, and a
// declaration saying encoding="UTF-16" must stay true. Workbooks never start with these bytes, and
// the delimited-text reader detects encodings itself.
std::optional<TextEncoding> utf16ByMark(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

QByteArray utf16AsUtf8(const QByteArray &data)
{
    const std::optional<TextEncoding> utf16 = utf16ByMark(data);
    if (!utf16)
        return data;
    const QByteArray utf8 = decodeText(data, *utf16).toUtf8();
    return utf8.trimmed().startsWith('<') ? data : utf8;
}

// Adapts a reader that takes only the bytes.
template <typename Reader>
auto bytesOnly(Reader reader)
{
    return [reader](const QByteArray &data, const DataReadOptions &) { return reader(utf16AsUtf8(data)); };
}

// Adapts a reader of tables through the CSV mapping.
template <typename Reader>
auto readTable(Reader reader)
{
    return [reader](const QByteArray &data, const DataReadOptions &o) { return reader(utf16AsUtf8(data), o.csv, o.progress); };
}

bool looksLikeNativeJson(const QByteArray &head)
{
    const QByteArray start = head.left(4096);
    return start.trimmed().startsWith('{') && start.contains("\"format\"") && start.contains("\"dateline\"");
}

ImportedContent readNativeJson(const QByteArray &data)
{
    ImportedContent result;
    NativeJsonReader reader;
    if (std::optional<NativeJsonContent> content = reader.read(data)) {
        result.content = std::move(*content);
        return result;
    }
    // The native format is all or nothing: any problem makes the whole file unreadable.
    result.fatal = true;
    for (const QString &problem : reader.problems())
        result.rejected.push_back({0, problem});
    return result;
}

bool looksLikeTsv(const QByteArray &head)
{
    if (!looksLikeCsv(head))
        return false;
    CsvOptions options;
    return previewCsv(head, options, 2).delimiter == u'\t';
}

ImportedContent readDelimited(const QByteArray &data, const DataReadOptions &options, QChar delimiter)
{
    CsvOptions csv = options.csv;
    if (!csv.delimiter)
        csv.delimiter = delimiter;
    return readCsv(data, csv, options.progress);
}

std::vector<DataFormat> makeFormats()
{
    std::vector<DataFormat> formats{
        {u"json"_s, u"Dateline JSON (lossless)"_s, {u"json"_s}, looksLikeNativeJson, bytesOnly(readNativeJson),
         [](const Document &d, ExportReport *) { return exportNativeJson(d); },
         [](const Document &d, QIODevice &out, const ExportOptions &o, ExportReport *, QString *error) {
             return exportNativeJson(d, out, o, error);
         },
         {}},
        // Formats with a signature go here, before the delimited text below (tried last).
        // An import-only format leaves write empty ({}); an export-only one leaves read empty. Tables
        // that are not delimited text give asCsv, the last member, for the import dialog's preview.
        // SIMILE before TimelineJS: both are JSON objects with "events".
        {u"simile"_s, u"SIMILE Timeline (XML or JSON)"_s, {u"xml"_s, u"json"_s}, looksLikeSimile, bytesOnly(readSimile), {}, {}, {}},
        {u"timelinejs"_s, u"TimelineJS JSON"_s, {u"json"_s}, looksLikeTimelineJs, bytesOnly(readTimelineJs),
         writeTimelineJs, {}, {}},
        {u"timeline"_s, u"Timeline (thetimelineproj) XML"_s, {u"timeline"_s}, looksLikeTheTimelineProj,
         bytesOnly(readTheTimelineProj), writeTheTimelineProj, {}, {}},
        {u"ical"_s, u"iCalendar"_s, {u"ics"_s, u"ical"_s, u"ifb"_s}, looksLikeICalendar, bytesOnly(readICalendar),
         writeICalendar, {}, {}},
        // One reader for both (the file's VERSION tells); the writers differ. Found by content as
        // "ical" above, so this entry's own detection is only the extension's.
        {u"vcs"_s, u"vCalendar 1.0"_s, {u"vcs"_s}, [](const QByteArray &) { return false; }, bytesOnly(readICalendar),
         writeVCalendar, {}, {}},
        {u"xlsx"_s, u"Excel workbook"_s, {u"xlsx"_s, u"xlsm"_s, u"xls"_s}, looksLikeXlsx, readTable(readWorkbook), {}, {},
         workbookAsCsv},
        {u"ods"_s, u"OpenDocument spreadsheet"_s, {u"ods"_s}, looksLikeOds, readTable(readWorkbook), {}, {},
         workbookAsCsv},
        {u"records"_s, u"JSON records (array of objects, JSON Lines)"_s, {u"jsonl"_s, u"ndjson"_s, u"json"_s},
         looksLikeJsonRecords, readTable(readJsonRecords), {}, {},
         [](const QByteArray &data, const QString &, QString *error) { return jsonRecordsAsCsv(utf16AsUtf8(data), error); }},
        {u"tsv"_s, u"TSV (tab-separated values)"_s, {u"tsv"_s, u"tab"_s}, looksLikeTsv,
         [](const QByteArray &data, const DataReadOptions &o) { return readDelimited(data, o, u'\t'); },
         [](const Document &d, ExportReport *r) { return writeCsv(d, u'\t', r); },
         [](const Document &d, QIODevice &out, const ExportOptions &o, ExportReport *r, QString *error) {
             return writeCsv(d, u'\t', out, o, r, error);
         },
         {}},
        {u"csv"_s, u"CSV (comma-separated values)"_s, {u"csv"_s, u"txt"_s}, looksLikeCsv,
         [](const QByteArray &data, const DataReadOptions &o) { return readCsv(data, o.csv, o.progress); },
         [](const Document &d, ExportReport *r) { return writeCsv(d, u',', r); },
         [](const Document &d, QIODevice &out, const ExportOptions &o, ExportReport *r, QString *error) {
             return writeCsv(d, u',', out, o, r, error);
         },
         {}},
    };
    return formats;
}

} // namespace

bool DataFormat::writeTo(const Document &document, QIODevice &out, const ExportOptions &options, ExportReport *report,
                         QString *error) const
{
    if (stream)
        return stream(document, out, options, report, error);
    const QByteArray data = write(document, report);
    if (out.write(data) == data.size())
        return true;
    if (error)
        *error = out.errorString();
    return false;
}

const std::vector<DataFormat> &dataFormats()
{
    static const std::vector<DataFormat> formats = makeFormats();
    return formats;
}

const DataFormat *dataFormat(QStringView name)
{
    for (const DataFormat &f : dataFormats()) {
        if (f.name.compare(name, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

const DataFormat *dataFormatForFile(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0)
        return nullptr;
    const QString extension = fileName.mid(dot + 1).toLower();
    for (const DataFormat &f : dataFormats()) {
        if (f.extensions.contains(extension))
            return &f;
    }
    return nullptr;
}

const DataFormat *detectDataFormat(const QByteArray &data, const QString &fileName)
{
    // A UTF-8 byte order mark (Notepad writes one) hides a JSON or XML file's first character;
    // UTF-16 text is looked at as UTF-8 (any two bytes are at most three in UTF-8).
    const std::optional<TextEncoding> utf16 = utf16ByMark(data);
    const QByteArray text = utf16 ? decodeText(data.left(kDataFormatHeadSize), *utf16).toUtf8() : data;
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArray head = text.mid(bom, kDataFormatHeadSize);
    for (const DataFormat &f : dataFormats()) {
        if (f.canRead() && f.detect && f.detect(head))
            return &f;
    }
    const DataFormat *byName = dataFormatForFile(fileName);
    return byName && byName->canRead() ? byName : nullptr;
}

} // namespace dateline
