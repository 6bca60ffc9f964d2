// The tables of an .ods: content.xml's office:spreadsheet, row by row.
#include "core/io/workbook/odssheet.h"

#include "core/date/fuzzydate.h"
#include "core/io/workbook/xmlpart.h"
#include "core/io/workbook/ziparchive.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dateline::ods {
namespace {

using workbook::XmlPart;

constexpr qint64 kMaxRows = 1'048'576; // Calc's and Excel's last row
const QString kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString kStyle = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString kNumber = u"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"_s;

// How much of a date each cell style shows, from the data styles (number:date-style) that
// styles.xml's common styles and content.xml's automatic ones name: "March 2008" is a month.
class DateStyles {
public:
    // Reads the style element xml is on, if it is a date style or a cell style.
    void read(QXmlStreamReader &xml);
    // What a cell of that style (table:style-name) shows of a date: Year, Month, or Day for
    // a day, a time or anything else.
    DatePrecision shown(const QString &cellStyle) const;

private:
    struct CellStyle {
        QString dataStyle, parent;
    };
    QHash<QString, DatePrecision> m_dataStyles;
    QHash<QString, CellStyle> m_cellStyles;
};

// Finer parts (a day, a weekday, a week, a quarter, a time) keep the whole date.
DatePrecision precisionOfDateStyle(QXmlStreamReader &xml)
{
    bool month = false, year = false, finer = false;
    for (int depth = 1; depth > 0 && !xml.atEnd();) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
        } else if (xml.isStartElement()) {
            ++depth;
            const QStringView part = xml.name();
            if (xml.namespaceUri() != kNumber || part == u"text" || part == u"text-content" || part == u"am-pm")
                continue;
            if (part == u"month")
                month = true;
            else if (part == u"year" || part == u"era")
                year = true;
            else
                finer = true; // day, day-of-week, week-of-year, quarter, hours, minutes, seconds
        }
    }
    if (finer || (!month && !year))
        return DatePrecision::Day;
    return month ? DatePrecision::Month : DatePrecision::Year;
}

void DateStyles::read(QXmlStreamReader &xml)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QString name = a.value(kStyle, u"name"_s).toString();
    if (xml.name() == u"date-style" && xml.namespaceUri() == kNumber)
        m_dataStyles.insert(name, precisionOfDateStyle(xml));
    else if (xml.name() == u"style" && xml.namespaceUri() == kStyle && a.value(kStyle, u"family"_s) == u"table-cell")
        m_cellStyles.insert(name, {a.value(kStyle, u"data-style-name"_s).toString(), a.value(kStyle, u"parent-style-name"_s).toString()});
}

DatePrecision DateStyles::shown(const QString &cellStyle) const
{
    // A style without a data style takes its parent's; a loop of parents ends after a few steps.
    QString name = cellStyle;
    for (int step = 0; step < 8 && !name.isEmpty(); ++step) {
        const auto style = m_cellStyles.constFind(name);
        if (style == m_cellStyles.cend())
            break;
        if (!style->dataStyle.isEmpty())
            return m_dataStyles.value(style->dataStyle, DatePrecision::Day);
        name = style->parent;
    }
    return DatePrecision::Day;
}

// The common styles of styles.xml (a named cell style, such as one the user made); none when the
// part is missing.
bool readCommonStyles(const ZipArchive &zip, DateStyles &styles, QString *error)
{
    XmlPart part(zip, u"styles.xml"_s, false, error);
    bool common = false;
    while (part.next(error)) {
        if (part.xml.name() == u"styles" && part.xml.namespaceUri() == kOffice)
            common = part.xml.isStartElement();
        else if (common && part.xml.isStartElement())
            styles.read(part.xml);
    }
    return error->isEmpty();
}

// Each column's default cell style (table:table-column's table:default-cell-style-name), for the
// cells that name none.
class ColumnStyles {
public:
    void add(const QXmlStreamAttributes &a)
    {
        const qint64 count = std::clamp<qint64>(a.value(kTable, u"number-columns-repeated"_s).toLongLong(), 1, kMaxColumns);
        m_end += count;
        m_styles.emplace_back(m_end, a.value(kTable, u"default-cell-style-name"_s).toString());
    }
    QString of(qint64 column) const
    {
        const auto it = std::upper_bound(m_styles.begin(), m_styles.end(), column,
                                         [](qint64 c, const auto &range) { return c < range.first; });
        return it == m_styles.end() ? QString() : it->second;
    }

private:
    qint64 m_end = 0;
    std::vector<std::pair<qint64, QString>> m_styles; // the column after each run, its style
};

// The text of a cell's paragraphs: <text:s text:c="3"/> spaces, tabs, line breaks, spans and links.
QString cellParagraphs(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1, paragraphs = 0;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (name == u"p" || name == u"h") {
                if (paragraphs++ > 0)
                    text += u'\n';
            } else if (name == u"s") {
                const int count = xml.attributes().value(kText, u"c"_s).toInt();
                text += QString(std::clamp(count, 1, 1000), u' ');
            } else if (name == u"tab") {
                text += u'\t';
            } else if (name == u"line-break") {
                text += u'\n';
            } else if (name == u"annotation") {
                xml.skipCurrentElement(); // a comment on the cell, not its value
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && depth >= 2) {
            text += xml.text();
        }
    }
    return text;
}

// "PT14H30M00S" -> "14:30"; "PT14H30M05,5S" -> "14:30:06".
QString timeText(const QString &duration)
{
    static const QRegularExpression form(u"^PT(\\d+)H(\\d+)M(\\d+(?:[.,]\\d+)?)S$"_s);
    const auto m = form.match(duration.trimmed());
    if (!m.hasMatch())
        return QString();
    const qint64 seconds = std::llround(m.captured(3).replace(u',', u'.').toDouble());
    QString t = u"%1:%2"_s.arg(m.captured(1).toInt() % 24, 2, 10, QChar(u'0')).arg(m.captured(2).toInt(), 2, 10, QChar(u'0'));
    if (seconds % 60)
        t += u":%1"_s.arg(seconds % 60, 2, 10, QChar(u'0'));
    return t;
}

// "2008-03-17T00:00:00" -> "2008-03-17"; "2008-03-26T14:30:00" -> "2008-03-26T14:30"; for a
// style that shows only the month or the year, "2008-03" or "2008".
QString dateText(const QString &value, DatePrecision shown)
{
    const qsizetype yearEnd = value.indexOf(u'-', 1); // after a minus sign
    const qsizetype monthEnd = yearEnd < 0 ? -1 : value.indexOf(u'-', yearEnd + 1);
    if (shown == DatePrecision::Year && yearEnd > 0)
        return value.left(yearEnd);
    if (shown == DatePrecision::Month && monthEnd > 0)
        return value.left(monthEnd);
    const qsizetype t = value.indexOf(u'T');
    if (t < 0)
        return value;
    const QString time = value.mid(t + 1);
    if (time.startsWith(u"00:00:00"_s))
        return value.left(t);
    return value.left(t) + u'T' + (time.mid(5, 3) == u":00" || time.size() < 8 ? time.left(5) : time.left(8));
}

// A cell's value as text, a date as far as its style shows it; formulaError is set for an error a
// formula gave (#N/A, Err:502), uncomputed for a formula saved without a result (a value type),
// as writers that cannot calculate leave it.
QString cellValue(QXmlStreamReader &xml, DatePrecision dateShown, bool *formulaError, bool *uncomputed)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QString type = a.value(kOffice, u"value-type"_s).toString();
    const bool formula = a.hasAttribute(kTable, u"formula"_s);
    const QString shown = cellParagraphs(xml);
    QString value;
    if (type == u"float")
        value = numberText(a.value(kOffice, u"value"_s).toString());
    else if (type == u"date")
        value = dateText(a.value(kOffice, u"date-value"_s).toString(), dateShown);
    else if (type == u"time")
        value = timeText(a.value(kOffice, u"time-value"_s).toString());
    else if (type == u"boolean")
        value = a.value(kOffice, u"boolean-value"_s).toString().toLower() == u"true" ? u"TRUE"_s : u"FALSE"_s;
    if (value.isEmpty()) // text as shown; office:string-value where a writer gives it instead
        value = shown.isEmpty() ? a.value(kOffice, u"string-value"_s).toString() : shown;
    static const QRegularExpression error(u"^(#[A-Z0-9/]+[!?]?|Err:\\d+)$"_s);
    *formulaError = formula && error.match(value).hasMatch();
    *uncomputed = formula && type.isEmpty() && value.isEmpty();
    return value;
}

} // namespace

std::vector<TextTable> readSheets(const QByteArray &data, QString *error)
{
    std::optional<ZipArchive> zip = ZipArchive::open(data, error);
    if (!zip)
        return {};
    DateStyles styles;
    if (!readCommonStyles(*zip, styles, error))
        return {};
    XmlPart content(*zip, u"content.xml"_s, true, error);
    std::vector<TextTable> sheets;
    ColumnStyles columnStyles;
    int depth = 0; // tables open: 1 in a sheet, more in a table a cell holds
    qint64 rowNumber = 0, cells = 0;
    QXmlStreamReader &xml = content.xml;
    while (content.next(error)) {
        const bool table = xml.name() == u"table" && xml.namespaceUri() == kTable;
        if (xml.isEndElement() && table)
            --depth;
        if (!xml.isStartElement())
            continue;
        if (table) {
            if (depth++ == 0) {
                sheets.emplace_back();
                sheets.back().name = xml.attributes().value(kTable, u"name"_s).toString();
                rowNumber = 0;
                columnStyles = {};
            }
            continue;
        }
        if (depth == 0) { // the automatic styles, before the tables
            styles.read(xml);
            continue;
        }
        if (depth == 1 && xml.name() == u"table-column" && xml.namespaceUri() == kTable)
            columnStyles.add(xml.attributes());
        if (depth != 1 || xml.name() != u"table-row" || xml.namespaceUri() != kTable)
            continue;
        TextTable &sheet = sheets.back();
        const qint64 repeat = std::max<qint64>(1, xml.attributes().value(kTable, u"number-rows-repeated"_s).toLongLong());
        const QString rowStyle = xml.attributes().value(kTable, u"default-cell-style-name"_s).toString();
        TableRow row;
        qsizetype pendingEmpty = 0; // empty cells since the last cell with text
        while (content.next(error)) {
            if (xml.isEndElement() && xml.name() == u"table-row")
                break;
            if (!xml.isStartElement() || (xml.name() != u"table-cell" && xml.name() != u"covered-table-cell"))
                continue;
            const qint64 columns = std::clamp<qint64>(xml.attributes().value(kTable, u"number-columns-repeated"_s).toLongLong(),
                                                      1, kMaxColumns);
            const qint64 column = row.cells.size() + pendingEmpty;
            // A cell without a style of its own has its row's default style, else its column's.
            QString style = xml.attributes().value(kTable, u"style-name"_s).toString();
            if (style.isEmpty())
                style = rowStyle.isEmpty() ? columnStyles.of(column) : rowStyle;
            bool formulaError = false, uncomputed = false;
            const QString text = cellValue(xml, styles.shown(style), &formulaError, &uncomputed);
            if (uncomputed) // in each repeated cell (of the rows a sheet can have)
                sheet.addUncomputedFormulas(column, rowNumber + 1, columns * std::clamp<qint64>(kMaxRows - rowNumber, 1, repeat));
            if (text.isEmpty()) {
                pendingEmpty += columns;
                continue;
            }
            for (; pendingEmpty > 0 && row.cells.size() < kMaxColumns; --pendingEmpty)
                row.cells << QString();
            pendingEmpty = 0;
            for (qint64 k = 0; k < columns && row.cells.size() < kMaxColumns; ++k) {
                row.cells << text;
                sheet.formulaErrors += formulaError;
            }
        }
        if (!error->isEmpty())
            break;
        if (row.cells.isEmpty()) {
            rowNumber += repeat; // blank rows, however many
            continue;
        }
        for (qint64 k = 0; k < repeat && rowNumber < kMaxRows; ++k) {
            cells += row.cells.size();
            if (cells > kMaxCells) {
                *error = u"the spreadsheet holds more than %1 million cells, more than Dateline reads"_s.arg(kMaxCells / 1'000'000);
                return {};
            }
            row.number = ++rowNumber;
            sheet.rows.push_back(row);
        }
    }
    if (!error->isEmpty())
        return {};
    if (sheets.empty())
        *error = u"the spreadsheet has no sheet"_s;
    return sheets;
}

} // namespace dateline::ods
