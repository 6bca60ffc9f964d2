#pragma once
// Internal to the workbook import: the sheets of an OpenDocument spreadsheet (.ods, as LibreOffice
// Calc and others save it) as rows of text.

#include "core/io/csv/texttable.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dateline::ods {

// Cells become text as for .xlsx: dates ISO 8601 from office:date-value ("2008-03-17",
// "2008-03-26T14:30"; "2008-03" or "2008" when the cell's data style shows only the month and year
// or the year), times from office:time-value ("14:30"), numbers from office:value (not the
// locale's display, "55,7558" in German), booleans TRUE/FALSE, text as written (paragraphs joined by
// line breaks). Repeated rows and columns are expanded where they hold something. The sheets in the
// file's order; none, with a reason, for anything that is not a readable spreadsheet.
std::vector<TextTable> readSheets(const QByteArray &ods, QString *error);

// The MIME type an OpenDocument spreadsheet's "mimetype" part holds.
inline constexpr char kOdsMimeType[] = "application/vnd.oasis.opendocument.spreadsheet";

} // namespace dateline::ods
