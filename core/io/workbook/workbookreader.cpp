// .xlsx or .ods -> CSV text -> the CSV import, with the spreadsheet's row numbers.
#include "core/io/workbook/workbook.h"

#include "core/io/workbook/odssheet.h"
#include "core/io/workbook/xlsxsheet.h"
#include "core/io/workbook/ziparchive.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

const QByteArray kOleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

void appendField(QByteArray &csv, const QString &text)
{
    csv += '"';
    csv += QString(text).replace(u'"', u"\"\""_s).toUtf8();
    csv += '"';
}

// The header row: the first of the first ten rows whose names give a title and a date, so that a
// title or a note typed above the table does not become the header. The first row otherwise.
size_t headerRow(const std::vector<workbook::SheetRow> &rows)
{
    for (size_t i = 0; i < rows.size() && i < 10; ++i) {
        const CsvMapping m = CsvMapping::guess(rows[i].cells);
        if (m.has(CsvField::Title) && (m.has(CsvField::Date) || m.has(CsvField::Year)))
            return i;
    }
    return 0;
}

} // namespace

std::optional<WorkbookAsCsv> workbookAsCsv(const QByteArray &data, QString *error)
{
    if (data.startsWith(kOleSignature)) {
        *error = u"this is an Excel 97-2003 workbook (.xls) or a password-protected one: Dateline reads .xlsx; "
                 "save it as an Excel workbook (.xlsx) without a password, or as CSV"_s;
        return std::nullopt;
    }
    std::optional<workbook::Sheet> sheet = looksLikeOds(data) ? ods::readFirstSheet(data, error) : xlsx::readFirstSheet(data, error);
    if (!sheet)
        return std::nullopt;
    WorkbookAsCsv out;
    QStringList others;
    for (const QString &name : sheet->otherSheets.mid(0, 10))
        others << u"\"%1\""_s.arg(name.left(60));
    if (sheet->otherSheets.size() > 10)
        others << u"and %1 more"_s.arg(sheet->otherSheets.size() - 10);
    out.notes << (others.isEmpty() ? u"read the sheet \"%1\""_s.arg(sheet->name.left(60))
                                   : u"read the first sheet, \"%1\"; not read: %2"_s.arg(sheet->name.left(60), others.join(u", "_s)));
    const size_t first = headerRow(sheet->rows);
    if (first > 0) {
        const qint64 from = sheet->rows.front().number, to = sheet->rows[first - 1].number;
        const QString above = from == to ? u"row %1"_s.arg(from) : u"rows %1 to %2"_s.arg(from).arg(to);
        out.notes << u"%1, above the header row %2, not read"_s.arg(above).arg(sheet->rows[first].number);
        // A lone cell in the first row is the table's title.
        const QStringList &top = sheet->rows.front().cells;
        auto filled = [](const QString &c) { return !c.trimmed().isEmpty(); };
        if (std::count_if(top.cbegin(), top.cend(), filled) == 1)
            out.title = std::find_if(top.cbegin(), top.cend(), filled)->simplified();
    }
    // Cells beyond the header's last name are unnamed columns, not a broken row.
    qsizetype width = 0;
    for (size_t i = first; i < sheet->rows.size(); ++i)
        width = std::max(width, sheet->rows[i].cells.size());
    if (first < sheet->rows.size())
        while (sheet->rows[first].cells.size() < width)
            sheet->rows[first].cells << QString();
    if (sheet->formulaErrors > 0)
        out.notes << u"cells holding formula errors (#N/A, #REF! ...), kept as that text: %1"_s.arg(sheet->formulaErrors);
    for (size_t i = first; i < sheet->rows.size(); ++i) {
        const workbook::SheetRow &row = sheet->rows[i];
        qsizetype lines = 1;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (c > 0)
                out.csv += ',';
            appendField(out.csv, row.cells[c]);
            lines += row.cells[c].count(u'\n');
        }
        out.csv += '\n';
        for (qsizetype k = 0; k < lines; ++k)
            out.sheetRowOf.push_back(row.number);
    }
    return out;
}

ImportedContent readWorkbook(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress)
{
    QString error;
    const std::optional<WorkbookAsCsv> workbook = workbookAsCsv(data, &error);
    if (!workbook) {
        ImportedContent failed;
        failed.fatal = true;
        failed.rejected.push_back({0, error});
        return failed;
    }
    CsvOptions csv = options;
    csv.encoding = TextEncoding::Utf8;
    csv.delimiter = u',';
    ImportedContent imported = readCsv(workbook->csv, csv, progress);
    for (ImportProblem &p : imported.rejected)
        if (p.line >= 1 && size_t(p.line) <= workbook->sheetRowOf.size())
            p.line = workbook->sheetRowOf[size_t(p.line - 1)];
    // The CSV reader's note on encoding and delimiter says nothing about a workbook.
    imported.notes.removeIf([](const QString &n) { return n.startsWith(u"read as "_s); });
    imported.notes = workbook->notes + imported.notes;
    if (imported.content.title.isEmpty())
        imported.content.title = workbook->title;
    return imported;
}

bool looksLikeXlsx(const QByteArray &head)
{
    return head.startsWith(kOleSignature) || (startsLikeZip(head) && head.contains("xl/") && !looksLikeOds(head));
}

bool looksLikeOds(const QByteArray &head)
{
    // The package's first part is "mimetype", stored: its name and content sit side by side.
    return startsLikeZip(head) && head.left(200).contains(QByteArray("mimetype") + ods::kOdsMimeType);
}

} // namespace dateline
