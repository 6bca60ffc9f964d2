#pragma once
// Internal to the workbook import: one worksheet as rows of text, whatever the file format.

#include <QString>
#include <QStringList>

#include <vector>

namespace dateline::workbook {

struct SheetRow {
    qint64 number = 0; // the row number the spreadsheet shows
    QStringList cells; // cell text by column, from column A; empty cells are ""
};

struct Sheet {
    QString name;
    QStringList otherSheets; // names of the sheets after the first, not read
    std::vector<SheetRow> rows; // rows with at least one cell that is not empty
    qsizetype formulaErrors = 0; // cells holding #N/A, #REF! ... (kept as that text)
};

// Cells beyond this column are not read (Excel's last column is XFD, 16,384).
inline constexpr int kMaxColumns = 16384;
// A sheet that would hold more cells is refused: a few bytes of "repeat this row a million times"
// must not take all memory. A million rows of 40 columns fit.
inline constexpr qint64 kMaxCells = 40'000'000;

// A stored number as the shortest text that reads back as it at 15 significant digits: 55.7558, not
// 55.755800000000001; whole numbers without a decimal point. Other text is returned as it is.
QString numberText(const QString &stored);

} // namespace dateline::workbook
