// Tables of text (spreadsheets, JSON records) through the CSV import.
#include "core/io/csv/texttable.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

void appendField(QByteArray &csv, const QString &text)
{
    csv += '"';
    csv += QString(text).replace(u'"', u"\"\""_s).toUtf8();
    csv += '"';
}

// "Events!B4", or "'Sheet one'!B4" for a sheet whose name is not one word.
QString sheetCell(const QString &sheet, const QString &cell)
{
    static const QRegularExpression word(u"^[A-Za-z_][A-Za-z0-9_.]*$"_s);
    if (sheet.isEmpty())
        return cell;
    const QString name = sheet.left(60);
    return (word.match(name).hasMatch() ? name : u"'%1'"_s.arg(QString(name).replace(u'\'', u"''"_s))) + u'!' + cell;
}

} // namespace

void TextTable::addUncomputedFormulas(qint64 column, qint64 row, qint64 count)
{
    if (uncomputedFormulas == 0)
        firstUncomputedFormula = cellReference(column, row);
    uncomputedFormulas += count;
}

QString cellReference(qint64 column, qint64 row)
{
    QString letters;
    for (qint64 c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + int((c - 1) % 26)));
    return letters + QString::number(row);
}

std::optional<size_t> headerRowOf(const std::vector<TableRow> &rows)
{
    for (size_t i = 0; i < rows.size() && i < 10; ++i) {
        const CsvMapping m = CsvMapping::guess(rows[i].cells);
        if (m.has(CsvField::Title) && (m.has(CsvField::Date) || m.has(CsvField::Year)))
            return i;
    }
    return std::nullopt;
}

QString numberText(const QString &stored)
{
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return stored;
    if (v == std::floor(v) && std::abs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

TableAsCsv tableAsCsv(TextTable table, bool findHeaderRow)
{
    TableAsCsv out;
    out.notes = table.notes;
    out.rejected = table.rejected;
    const size_t first = findHeaderRow ? headerRowOf(table.rows).value_or(0) : 0;
    if (first > 0) {
        const qint64 from = table.rows.front().number, to = table.rows[first - 1].number;
        const QString above = from == to ? u"row %1"_s.arg(from) : u"rows %1 to %2"_s.arg(from).arg(to);
        out.notes << u"%1, above the header row %2, not read"_s.arg(above).arg(table.rows[first].number);
        out.title = loneCell(table.rows.front().cells); // the table's title
    }
    // Cells beyond the header's last name are unnamed columns, not a broken row.
    qsizetype width = 0;
    for (size_t i = first; i < table.rows.size(); ++i)
        width = std::max(width, table.rows[i].cells.size());
    if (first < table.rows.size())
        while (table.rows[first].cells.size() < width)
            table.rows[first].cells << QString();
    if (table.formulaErrors > 0)
        out.notes << u"cells holding formula errors (#N/A, #REF! ...), kept as that text: %1"_s.arg(table.formulaErrors);
    if (table.uncomputedFormulas > 0)
        out.notes << u"formulas without a saved result, read as empty cells (open and save the file in a spreadsheet "
                     u"program to compute them): %1, the first in %2"_s.arg(table.uncomputedFormulas)
                         .arg(sheetCell(table.name, table.firstUncomputedFormula));
    for (size_t i = first; i < table.rows.size(); ++i) {
        const TableRow &row = table.rows[i];
        qsizetype lines = 1;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (c > 0)
                out.csv += ',';
            appendField(out.csv, row.cells[c]);
            lines += row.cells[c].count(u'\n');
        }
        out.csv += '\n';
        for (qsizetype k = 0; k < lines; ++k)
            out.rowOfLine.push_back(row.number);
    }
    return out;
}

ImportedContent readTableAsCsv(const TableAsCsv &table, const CsvOptions &options, const ImportProgress &progress)
{
    CsvOptions csv = options;
    csv.encoding = TextEncoding::Utf8;
    csv.delimiter = u',';
    ImportedContent imported = readCsv(table.csv, csv, progress);
    for (ImportProblem &p : imported.rejected)
        if (p.line >= 1 && size_t(p.line) <= table.rowOfLine.size())
            p.line = table.rowOfLine[size_t(p.line - 1)];
    if (!table.rejected.empty() && !imported.fatal) {
        imported.rejected.insert(imported.rejected.end(), table.rejected.begin(), table.rejected.end());
        std::stable_sort(imported.rejected.begin(), imported.rejected.end(),
                         [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    }
    // The CSV reader's note on encoding and delimiter says nothing about a table that was not CSV.
    imported.notes.removeIf([](const QString &n) { return n.startsWith(u"read as "_s); });
    imported.notes = table.notes + imported.notes;
    if (imported.content.title.isEmpty())
        imported.content.title = table.title;
    return imported;
}

ImportedContent refusedTable(const QString &reason)
{
    ImportedContent failed;
    failed.fatal = true;
    failed.rejected.push_back({0, reason});
    return failed;
}

ImportedContent readConvertedTable(const QByteArray &data, TableConverter convert, const CsvOptions &options,
                                   const ImportProgress &progress)
{
    QString error;
    const std::optional<TableAsCsv> table = convert(data, &error);
    if (!table)
        return refusedTable(error);
    return readTableAsCsv(*table, options, progress);
}

} // namespace dateline
