#pragma once
// A table of text cells read from a file that is not CSV (a spreadsheet's sheet, JSON records),
// and its conversion to the CSV text the CSV import reads: one mapping of columns to fields, one
// preview, one set of rules for every tabular format, with the file's own row numbers kept.

#include "core/io/csv/csvreader.h"
#include "core/io/importprogress.h"
#include "core/io/importresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

struct TableRow {
    qint64 number = 0; // the row (or line) number the file shows
    QStringList cells; // cell text by column, from the first; empty cells are ""
};

struct TextTable {
    QString name;               // a sheet's name; empty for other tables
    std::vector<TableRow> rows; // rows with at least one cell that is not empty
    qsizetype formulaErrors = 0; // cells holding #N/A, #REF! ... (kept as that text)
    // Formulas saved without a result (by writers that cannot calculate), read as empty cells, and
    // the first one's cell ("B4").
    qint64 uncomputedFormulas = 0;
    QString firstUncomputedFormula;
    QStringList notes;          // what the reader adapted
    std::vector<ImportProblem> rejected; // rows the reader itself could not read

    // Counts `count` more such formulas, naming the cell (0-based column, row number) if they are the first.
    void addUncomputedFormulas(qint64 column, qint64 row, qint64 count = 1);
};

// A cell as a spreadsheet names it: column 0 of row 4 is "A4", column 27 "AB4".
QString cellReference(qint64 column, qint64 row);

// Cells beyond this column are not read (Excel's last column is XFD, 16,384).
inline constexpr int kMaxColumns = 16384;
// A table that would hold more cells is refused: a few bytes of "repeat this row a million times"
// must not take all memory. A million rows of 40 columns fit.
inline constexpr qint64 kMaxCells = 40'000'000;

// A stored number as the shortest text that reads back as it at 15 significant digits: 55.7558, not
// 55.755800000000001; whole numbers without a decimal point. Other text is returned as it is.
QString numberText(const QString &stored);

// The table as CSV text: every cell quoted, the rows' numbers kept for each line. With
// findHeaderRow, the header is the first of the first ten rows whose names give a title and a date
// (rows above it, a title and a blank line, are left out, noted; a lone cell in the first of them
// becomes the title); otherwise the first row.
struct TableAsCsv {
    QByteArray csv;               // UTF-8, comma-separated, header first
    std::vector<qint64> rowOfLine; // the table's row number of each CSV line (index 0 = line 1)
    QStringList notes;            // which sheet was read, what was left out
    QString title;                // a lone cell above the header row ("Summit timeline")
    QStringList sheets;           // a workbook's sheets in order (for a choice), and the one read
    QString sheet;
    std::vector<ImportProblem> rejected; // the table's own rejected rows, added to the import's
};
TableAsCsv tableAsCsv(TextTable table, bool findHeaderRow);
// The index of the first of the first ten rows whose names give a title and a date; none when no
// row does.
std::optional<size_t> headerRowOf(const std::vector<TableRow> &rows);

// Reads the CSV text with the CSV import (options give the header, mapping and day order; encoding
// and delimiter do not apply) and gives rejected rows the table's row numbers.
ImportedContent readTableAsCsv(const TableAsCsv &table, const CsvOptions &options, const ImportProgress &progress);
// A file that gives no table: fatal, with the reason as its one rejected row.
ImportedContent refusedTable(const QString &reason);
// The same for the table a converter makes of a file, or the file refused with its reason.
using TableConverter = std::optional<TableAsCsv> (*)(const QByteArray &data, QString *error);
ImportedContent readConvertedTable(const QByteArray &data, TableConverter convert, const CsvOptions &options,
                                   const ImportProgress &progress);

} // namespace dateline
