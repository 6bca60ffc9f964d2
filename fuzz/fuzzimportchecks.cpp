// Checks for the importers: each reader gives content or clear problems (the contract of
// core/io/importresult.h), and the content writer takes whatever a reader gave, into a fresh
// in-memory document, or refuses it with a message.
#include "fuzz/fuzzimportchecks.h"

#include "core/io/csv/csvreader.h"
#include "core/io/dataimport.h"
#include "core/io/gdelt/gdeltinput.h"
#include "core/io/gdelt/gdeltmapper.h"
#include "core/io/gdelt/gdeltrecord.h"
#include "core/io/icalendar/icalendar.h"
#include "core/io/jsonrecords.h"
#include "core/io/simile/simile.h"
#include "tests/io/gdeltarchives.h"
#include "core/io/workbook/workbook.h"
#include "core/io/thetimelineproj/thetimelineproj.h"
#include "core/io/timelinejs/timelinejs.h"
#include "core/store/document.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace dateline::fuzz {
namespace {

QString checkImported(ImportedContent &imported)
{
    if (imported.fatal && imported.rejected.empty())
        return u"a fatal result without a reason"_s;
    for (const ImportProblem &problem : imported.rejected) {
        if (problem.message.isEmpty())
            return u"a rejected row without a message"_s;
        if (problem.line < 0)
            return u"a rejected row with a negative line number"_s;
    }
    if (imported.fatal || imported.content.events.empty())
        return {}; // the writer refuses these before it touches a document (a document costs more than a read)
    const std::unique_ptr<Document> document = Document::createInMemory();
    const ImportWrite write = writeImport(imported, *document, ImportPolicy::ImportGoodRows);
    if (!write.written && write.error.isEmpty())
        return u"an import that wrote nothing and gave no reason"_s;
    if (write.written && write.counts.events != qsizetype(imported.content.events.size()))
        return u"the writer wrote %1 of %2 events"_s.arg(write.counts.events).arg(imported.content.events.size());
    return {};
}

template <typename Detect, typename Read>
QString checkReader(const QByteArray &input, Detect detect, Read read)
{
    (void)detect(input);
    ImportedContent imported = read(input);
    return checkImported(imported);
}

} // namespace

// The first byte picks the options a user can set (encoding, delimiter, day order, header row);
// the rest is the file.
QString checkCsv(const QByteArray &input)
{
    if (input.isEmpty())
        return {};
    const auto choice = std::uint8_t(input[0]);
    const QByteArray file = input.mid(1);
    CsvOptions options;
    constexpr TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
                                           TextEncoding::Windows1252};
    if (choice & 0x04)
        options.encoding = kEncodings[choice & 0x03];
    constexpr char16_t kDelimiters[] = {u',', u'\t', u';', u'|'};
    if (choice & 0x20)
        options.delimiter = QChar(kDelimiters[(choice >> 3) & 0x03]);
    if (choice & 0x40)
        options.dayOrder = choice & 0x80 ? DayOrder::DayFirst : DayOrder::MonthFirst;
    if ((choice & 0xc0) == 0x80)
        options.header = CsvHeader::None;
    (void)looksLikeCsv(file);
    const CsvPreview preview = previewCsv(file, options, 5);
    if (preview.rows.size() > 5)
        return u"the preview has more rows than asked for"_s;
    ImportedContent imported = readCsv(file, options);
    return checkImported(imported);
}

QString checkTimelineJs(const QByteArray &input)
{
    return checkReader(input, looksLikeTimelineJs, readTimelineJs);
}

QString checkTheTimelineProj(const QByteArray &input)
{
    return checkReader(input, looksLikeTheTimelineProj, readTheTimelineProj);
}

QString checkSimile(const QByteArray &input)
{
    return checkReader(input, looksLikeSimile, readSimile);
}

// A ZIP's checksums stop mutated parts at the door, so the XML behind it is fuzzed on its own too:
// an input starting with 'S' is the worksheet of a fixed .xlsx (shared strings, a date style), one
// starting with 'C' the content.xml of an .ods; anything else is the file itself.
QString checkWorkbook(const QByteArray &input)
{
    QByteArray file = input;
    if (input.startsWith('S')) {
        const QByteArray ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
        const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        file = gdelttest::zipOf(
            {{"xl/workbook.xml", "<workbook " + ns + R"( xmlns:r="x"><sheets><sheet name="S" r:id="a"/></sheets></workbook>)"},
             {"xl/_rels/workbook.xml.rels",
              R"(<Relationships><Relationship Id="a" Type=")" + rel + R"(worksheet" Target="sheet.xml"/><Relationship Id="b" Type=")"
                  + rel + R"(sharedStrings" Target="strings.xml"/><Relationship Id="c" Type=")" + rel
                  + R"(styles" Target="styles.xml"/></Relationships>)"},
             {"xl/strings.xml", "<sst " + ns + "><si><t>Title</t></si><si><t>Date</t></si><si><r><t>Tal</t></r><r><t>ks</t></r></si></sst>"},
             {"xl/styles.xml", "<styleSheet " + ns + R"(><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs></styleSheet>)"},
             {"xl/sheet.xml", input.mid(1)}},
            false);
    } else if (input.startsWith('C')) {
        file = gdelttest::zipOf({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", input.mid(1)}}, false);
    }
    auto detect = [](const QByteArray &head) { return looksLikeXlsx(head) || looksLikeOds(head); };
    return checkReader(file, detect, [](const QByteArray &data) { return readWorkbook(data, {}); });
}

QString checkJsonRecords(const QByteArray &input)
{
    return checkReader(input, looksLikeJsonRecords, [](const QByteArray &data) { return readJsonRecords(data, {}); });
}

QString checkICalendar(const QByteArray &input)
{
    return checkReader(input, looksLikeICalendar, readICalendar);
}

// The input goes through InputFile as a file would (plain, gzip or zip, told by its first
// bytes), each line through parseRecord and each parsed row through the bulk import's RowMapper.
QString checkGdelt(const QByteArray &input)
{
    // /dev/shm keeps the per-input file off the disk.
    static QTemporaryDir dir(QFile::exists(u"/dev/shm"_s) ? u"/dev/shm/dateline-fuzz-XXXXXX"_s : QString());
    const QString path = dir.filePath(u"events.csv"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
            return u"cannot write the input file"_s;
    }
    gdelt::InputFile file(path);
    QString error;
    if (!file.open(&error))
        return error.isEmpty() ? u"InputFile::open failed without a message"_s : QString();
    gdelt::RowMapper mapper{gdelt::KnownEntities{}};
    gdelt::Batch batch;
    QByteArrayView line;
    while (file.next(line)) {
        gdelt::Record record;
        QString rowError;
        if (gdelt::parseRecord(line, record, &rowError))
            mapper.map(record, batch);
        else if (rowError.isEmpty())
            return u"parseRecord refused a row without a message"_s;
    }
    return {};
}

} // namespace dateline::fuzz
