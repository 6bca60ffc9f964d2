#pragma once

#include "core/io/csv/texttable.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dateline {

// The sheet of a spreadsheet (Excel .xlsx or .xls, OpenDocument .ods) that holds the timeline — the one
// named sheet, or without a name the first whose columns name a title and a date, else the first —
// as the CSV text the CSV import reads (core/io/csv/texttable.h): dates as ISO 8601, the header
// found below a title; with the names of all sheets. A sheet name the workbook lacks is an error.
std::optional<TableAsCsv> workbookAsCsv(const QByteArray &data, const QString &sheet, QString *error);

// Reads that sheet (options.sheet) with the CSV import's mapping of columns to fields: options give
// the header, mapping and day order (encoding and delimiter do not apply). Rejected rows carry the
// spreadsheet's row numbers. A password-protected workbook (.xlsx or .xls), an Excel 5.0/95 one or
// a damaged file is refused with a reason.
ImportedContent readWorkbook(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress = {});

// A ZIP whose first parts are an Excel workbook's (xl/...), or an OLE file: an .xls, or an encrypted
// .xlsx that readWorkbook refuses with a reason rather than leaving the user with "unknown format".
bool looksLikeXlsx(const QByteArray &head);
// A ZIP whose "mimetype" part says OpenDocument spreadsheet.
bool looksLikeOds(const QByteArray &head);

} // namespace dateline
