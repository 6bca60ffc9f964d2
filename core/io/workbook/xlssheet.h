#pragma once
// Internal to the workbook import: the worksheets of an Excel 97-2003 workbook (.xls: BIFF8 records
// in the "Workbook" stream of an OLE2 compound file, as Excel 97 to 2003, LibreOffice and most
// exporters write it) as rows of text.

#include "core/io/csv/texttable.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace dateline::xls {

// Cells become text as for .xlsx (xlsxsheet.h): shared and inline strings as written, numbers
// without binary noise, numbers whose cell format is a date or time as ISO 8601 (the 1904 date
// system when the workbook says so), booleans TRUE/FALSE, error values (#N/A) as that text and
// counted, formulas as their last computed value. The worksheets in the workbook's order (chart,
// macro and module sheets left out); none, with a reason, for an encrypted workbook, an Excel 5.0/95
// one, an OLE file that holds no workbook, or a damaged file.
std::vector<TextTable> readSheets(const QByteArray &data, QString *error);

} // namespace dateline::xls
