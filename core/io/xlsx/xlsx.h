#pragma once

#include "core/io/csv/csvreader.h"
#include "core/io/importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

// The first worksheet of an Excel workbook (.xlsx) as the CSV text the CSV import reads: every
// cell quoted, dates as ISO 8601, rows above the header row (a title, a blank line) left out.
struct WorkbookAsCsv {
    QByteArray csv;                 // UTF-8, comma-separated, header first
    std::vector<qint64> sheetRowOf; // spreadsheet row number of each CSV line (index 0 = line 1)
    QStringList notes;              // which sheet was read, what was left out
    QString title;                  // a lone cell above the header row ("Summit timeline")
};
std::optional<WorkbookAsCsv> workbookAsCsv(const QByteArray &xlsx, QString *error);

// Reads the first worksheet with the CSV import's mapping of columns to fields: options give the
// header, mapping and day order (encoding and delimiter do not apply). Rejected rows carry the
// spreadsheet's row numbers. An .xls or password-protected workbook is refused with a reason.
ImportedContent readXlsx(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress = {});

// A ZIP whose first parts are a workbook's (xl/...), or an OLE file (.xls, encrypted .xlsx),
// which readXlsx refuses with a reason rather than leaving the user with "unknown format".
bool looksLikeXlsx(const QByteArray &head);

} // namespace dateline
