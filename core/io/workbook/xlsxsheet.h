#pragma once
// Internal to the workbook import: the worksheets of an Excel workbook (.xlsx, Office Open
// XML, as Excel, LibreOffice, Google Sheets and Numbers write it) as rows of text.

#include "core/io/csv/texttable.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline::xlsx {


// Cells become text as the spreadsheet shows their value: shared and inline strings as written,
// numbers without binary noise (55.7558, not 55.755800000000001), numbers formatted as dates as
// ISO 8601 as far as the format shows them ("2008-03-17", "2008-03" for "mmmm yyyy",
// "2008-03-17T14:30", a time alone "14:30"), booleans TRUE/FALSE.
// The sheets in the workbook's order; none, with a reason, for anything that is not a readable workbook.
std::vector<TextTable> readSheets(const QByteArray &xlsx, QString *error);

// How a number format shows a date serial: as a number (not a date), a time of day alone, a
// date to the year ("yyyy"), the month ("mmmm yyyy", "mmm-yy") or the day, or a date and time.
enum class FormatKind : std::uint8_t { Number, Time, Year, Month, Day, DateTime };

// A date serial as ISO 8601 text as far as the format shows it: days since 1899-12-30 (Excel's
// 1900 system, with its phantom 29 February 1900 as serial 60) or since 1904-01-01, a fraction
// being the time of day. Year and Month give "2008" and "2008-03"; Day drops the fraction;
// DateTime keeps it unless it is midnight; without a date part (serial below 1 in the 1900
// system) or for Time, only the time is given. Empty for Number and for serials outside years
// 1 to 9999.
QString serialToIso(double serial, bool date1904, FormatKind kind);

// The kind of a number format code, from its own codes (not text in quotes, escaped characters or
// brackets such as the locale prefix "[$-409]"; "m" beside h or s is the minute): "d/m/yyyy",
// "[$-409]mmmm d, yyyy" are days, "mmm-yy" a month, "h:mm AM/PM" a time, "yyyy-mm-dd hh:mm" a date
// and time; "0.00", "#,##0", "\"days\" 0", "[Red]0" numbers.
FormatKind numberFormatKind(const QString &formatCode);
FormatKind builtInFormatKind(int numFmtId);

} // namespace dateline::xlsx
