// .xlsx or .ods -> CSV text -> the CSV import, with the spreadsheet's row numbers.
#include "core/io/workbook/workbook.h"

#include "core/io/workbook/odssheet.h"
#include "core/io/workbook/xlsxsheet.h"
#include "core/io/workbook/ziparchive.h"

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

const QByteArray kOleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

} // namespace

std::optional<TableAsCsv> workbookAsCsv(const QByteArray &data, QString *error)
{
    if (data.startsWith(kOleSignature)) {
        *error = u"this is an Excel 97-2003 workbook (.xls) or a password-protected one: Dateline reads .xlsx; "
                 "save it as an Excel workbook (.xlsx) without a password, or as CSV"_s;
        return std::nullopt;
    }
    std::optional<TextTable> sheet = looksLikeOds(data) ? ods::readFirstSheet(data, error) : xlsx::readFirstSheet(data, error);
    if (!sheet)
        return std::nullopt;
    QStringList others;
    for (const QString &name : sheet->otherSheets.mid(0, 10))
        others << u"\"%1\""_s.arg(name.left(60));
    if (sheet->otherSheets.size() > 10)
        others << u"and %1 more"_s.arg(sheet->otherSheets.size() - 10);
    sheet->notes.prepend(others.isEmpty() ? u"read the sheet \"%1\""_s.arg(sheet->name.left(60))
                                          : u"read the first sheet, \"%1\"; not read: %2"_s.arg(sheet->name.left(60), others.join(u", "_s)));
    return tableAsCsv(std::move(*sheet), true);
}

ImportedContent readWorkbook(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress)
{
    return readConvertedTable(data, workbookAsCsv, options, progress);
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
