#pragma once

#include "core/io/csv/csvreader.h"
#include "core/io/importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

// The first sheet of a spreadsheet (Excel .xlsx or OpenDocument .ods) as the CSV text the CSV
// import reads: every cell quoted, dates as ISO 8601, rows above the header row (a title, a blank
// line) left out.
struct WorkbookAsCsv {
    QByteArray csv;                 // UTF-8, comma-separated, header first
    std::vector<qint64> sheetRowOf; // spreadsheet row number of each CSV line (index 0 = line 1)
    QStringList notes;              // which sheet was read, what was left out
    QString title;                  // a lone cell above the header row ("Summit timeline")
};
std::optional<WorkbookAsCsv> workbookAsCsv(const QByteArray &data, QString *error);

// Reads the first sheet with the CSV import's mapping of columns to fields: options give the
// header, mapping and day order (encoding and delimiter do not apply). Rejected rows carry the
// spreadsheet's row numbers. An .xls or password-protected workbook is refused with a reason.
ImportedContent readWorkbook(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress = {});

// A ZIP whose first parts are an Excel workbook's (xl/...), or an OLE file (.xls, an encrypted
// .xlsx), which readWorkbook refuses with a reason rather than leaving the user with "unknown format".
bool looksLikeXlsx(const QByteArray &head);
// A ZIP whose "mimetype" part says OpenDocument spreadsheet.
bool looksLikeOds(const QByteArray &head);

} // namespace dateline
