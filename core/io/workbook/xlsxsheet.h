#pragma once
// Internal to the workbook import: the worksheets of an Excel workbook (.xlsx, Office Open
// XML, as Excel, LibreOffice, Google Sheets and Numbers write it) as rows of text.

#include "core/io/csv/texttable.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dateline::xlsx {


// Cells become text as the spreadsheet shows their value: shared and inline strings as written,
// numbers without binary noise (55.7558, not 55.755800000000001), numbers formatted as dates as
// ISO 8601 ("2008-03-17", "2008-03-17T14:30", a time alone "14:30"), booleans TRUE/FALSE.
// The sheets in the workbook's order; none, with a reason, for anything that is not a readable workbook.
std::vector<TextTable> readSheets(const QByteArray &xlsx, QString *error);

// A date serial as ISO 8601 text: days since 1899-12-30 (Excel's 1900 system, with its phantom
// 29 February 1900 as serial 60) or since 1904-01-01, a fraction being the time of day. With
// dateOnly the fraction is dropped; without a date part (serial below 1) only the time is given.
// Empty for serials outside years 1 to 9999.
QString serialToIso(double serial, bool date1904, bool dateOnly, bool timeOnly);

// Whether a number format code shows a date or time, and which parts: "d/m/yyyy", "[$-409]mmmm d,
// yyyy", "h:mm AM/PM", "yyyy-mm-dd hh:mm"; not "0.00", "#,##0", "\"days\" 0", "[Red]0".
struct FormatKind {
    bool date = false, time = false;
};
FormatKind numberFormatKind(const QString &formatCode);
FormatKind builtInFormatKind(int numFmtId);

} // namespace dateline::xlsx
