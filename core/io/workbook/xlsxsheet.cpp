// The worksheets of an .xlsx: package relationships, shared strings, number formats, cells.
#include "core/io/workbook/xlsxsheet.h"

#include "core/date/calendar.h"
#include "core/io/workbook/xmlpart.h"
#include "core/io/workbook/ziparchive.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dateline::xlsx {
namespace {

using workbook::XmlPart;

// "worksheets/sheet1.xml" beside "xl/workbook.xml" -> "xl/worksheets/sheet1.xml"; "/xl/..." as is.
QString resolve(const QString &base, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString dir = base.left(base.lastIndexOf(u'/') + 1);
    QString rest = target;
    while (rest.startsWith(u"../"_s)) {
        rest.remove(0, 3);
        dir = dir.left(dir.lastIndexOf(u'/', dir.size() - 2) + 1);
    }
    return dir + rest;
}

// Relationship id -> (type's last word, target part) from a .rels part.
QHash<QString, std::pair<QString, QString>> relationships(const ZipArchive &zip, const QString &ofPart, QString *error)
{
    QHash<QString, std::pair<QString, QString>> out;
    const qsizetype slash = ofPart.lastIndexOf(u'/');
    const QString relsName = ofPart.left(slash + 1) + u"_rels/"_s + ofPart.mid(slash + 1) + u".rels"_s;
    XmlPart rels(zip, relsName, false, error);
    while (rels.nextStart(error)) {
        if (rels.xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = rels.xml.attributes();
        const QString type = a.value(u"Type"_s).toString();
        out.insert(a.value(u"Id"_s).toString(),
                   {type.mid(type.lastIndexOf(u'/') + 1), resolve(ofPart, a.value(u"Target"_s).toString())});
    }
    return out;
}

// The text of an element with runs (<si>, <is>): its <t> texts, phonetic runs (<rPh>) left out.
QString runText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    // OOXML escapes characters XML cannot hold as _xHHHH_ (Excel writes _x000D_ for a carriage return).
    static const QRegularExpression escaped(u"_x([0-9A-Fa-f]{4})_"_s);
    if (text.contains(u"_x"_s)) {
        QString out;
        qsizetype from = 0;
        for (auto it = escaped.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out += QStringView(text).mid(from, m.capturedStart() - from);
            out += QChar(char16_t(m.captured(1).toUInt(nullptr, 16)));
            from = m.capturedEnd();
        }
        out += QStringView(text).mid(from);
        text = out;
    }
    return text;
}

QStringList sharedStrings(const ZipArchive &zip, const QString &name, QString *error)
{
    QStringList out;
    XmlPart part(zip, name, false, error);
    while (part.nextStart(error)) {
        if (part.xml.name() == u"si")
            out << runText(part.xml);
    }
    return out;
}

// For each cell style (<cellXfs><xf numFmtId>), how its numbers show.
std::vector<FormatKind> cellFormats(const ZipArchive &zip, const QString &name, QString *error)
{
    QHash<int, QString> custom;
    std::vector<FormatKind> out;
    XmlPart part(zip, name, false, error);
    bool inCellXfs = false;
    while (part.next(error)) {
        if (part.xml.isEndElement() && part.xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!part.xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = part.xml.attributes();
        if (part.xml.name() == u"numFmt") {
            custom.insert(a.value(u"numFmtId"_s).toInt(), a.value(u"formatCode"_s).toString());
        } else if (part.xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && part.xml.name() == u"xf") {
            const int id = a.value(u"numFmtId"_s).toInt();
            out.push_back(custom.contains(id) ? numberFormatKind(custom.value(id)) : builtInFormatKind(id));
        }
    }
    return out;
}

// "AB12" -> 27 (0-based column); -1 when there is no column.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

struct CellContext {
    const QStringList &strings;
    const std::vector<FormatKind> &formats;
    bool date1904 = false;
};

// A cell's text; *uncomputed is set for a formula saved without its result (openpyxl and other
// writers that cannot calculate leave <v> out or empty), which is read as empty.
QString cellText(QXmlStreamReader &xml, const CellContext &context, qsizetype *formulaErrors, bool *uncomputed)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QString type = a.value(u"t"_s).toString();
    const int style = a.value(u"s"_s).toInt();
    QString value;
    bool haveValue = false, formula = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"c")
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"v") {
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            haveValue = true;
        } else if (xml.name() == u"is") {
            value = runText(xml);
            haveValue = true;
        } else {
            formula = formula || xml.name() == u"f";
            xml.skipCurrentElement(); // <f> formulas, <extLst>
        }
    }
    // Only a text result can be empty: an empty <v> of a number, boolean or error is no result.
    *uncomputed = formula && (!haveValue || (value.isEmpty() && type != u"str" && type != u"inlineStr"));
    if (!haveValue)
        return QString();
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        return ok && index >= 0 && index < context.strings.size() ? context.strings[index] : QString();
    }
    if (type == u"inlineStr" || type == u"str")
        return value;
    if (type == u"b")
        return value.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"e") {
        ++*formulaErrors;
        return value;
    }
    if (type == u"d") // ISO 8601 (strict OOXML, some writers): midnight is the day
        return value.endsWith(u"T00:00:00"_s) ? value.left(value.size() - 9) : value;
    const FormatKind kind = style >= 0 && size_t(style) < context.formats.size() ? context.formats[size_t(style)] : FormatKind::Number;
    if (kind != FormatKind::Number) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok) {
            const QString iso = serialToIso(serial, context.date1904, kind);
            if (!iso.isEmpty())
                return iso;
        }
    }
    return numberText(value);
}

} // namespace

FormatKind builtInFormatKind(int id)
{
    // ECMA-376's built-in formats (18.8.30). 27-36 and 50-58 are East Asian dates whose codes
    // depend on the writer's locale: 34 and 35 are a month or a day in some, a time in others.
    if (id == 17) // mmm-yy
        return FormatKind::Month;
    if ((id >= 14 && id <= 16) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 58))
        return FormatKind::Day;
    if (id == 22 || id == 34 || id == 35)
        return FormatKind::DateTime;
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return FormatKind::Time;
    return FormatKind::Number;
}

namespace {

// One of a format's own codes: a run of one letter ("yyyy", "mm", "d"), or an elapsed time ("[h]").
struct FormatCode {
    QChar letter;
    qsizetype length = 1;
    bool elapsed = false;
};

// A format section's codes, leaving out text in quotes, escaped characters, padding and fill
// characters and other brackets ("[$-409]", "[Red]").
std::vector<FormatCode> formatCodes(const QString &section)
{
    static const QRegularExpression elapsed(u"^(h+|m+|s+)$"_s);
    std::vector<FormatCode> codes;
    qsizetype lastLetter = -2;
    for (qsizetype i = 0; i < section.size(); ++i) {
        const QChar c = section[i];
        if (c == u'"') {
            const qsizetype close = section.indexOf(u'"', i + 1);
            i = close < 0 ? section.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a padding width, a fill character
        } else if (c == u'[') {
            const qsizetype close = section.indexOf(u']', i + 1);
            const QString inside = section.mid(i + 1, close < 0 ? -1 : close - i - 1);
            if (elapsed.match(inside).hasMatch())
                codes.push_back({inside.front(), inside.size(), true});
            i = close < 0 ? section.size() : close;
        } else if (c.isLetter()) {
            if (lastLetter == i - 1 && codes.back().letter == c)
                ++codes.back().length;
            else
                codes.push_back({c});
            lastLetter = i;
        }
    }
    return codes;
}

} // namespace

FormatKind numberFormatKind(const QString &code)
{
    QString section = code.section(u';', 0, 0).toLower();
    if (section.trimmed() == u"general" || section.trimmed() == u"@")
        return FormatKind::Number;
    section.replace(u"am/pm"_s, QString()).replace(u"a/p"_s, QString());
    const std::vector<FormatCode> codes = formatCodes(section);
    bool day = false, month = false, year = false, time = false;
    for (size_t k = 0; k < codes.size(); ++k) {
        const QChar c = codes[k].letter;
        if (codes[k].elapsed || c == u'h' || c == u's') {
            time = true;
        } else if (c == u'd') {
            day = true;
        } else if (c == u'y') {
            year = true;
        } else if (c == u'm') {
            // As Excel reads it: "m" or "mm" right after an hour or right before seconds is the minute.
            const bool minute = codes[k].length <= 2
                                && ((k > 0 && codes[k - 1].letter == u'h') || (k + 1 < codes.size() && codes[k + 1].letter == u's'));
            if (minute)
                time = true;
            else
                month = true;
        }
    }
    if (!day && !month && !year)
        return time ? FormatKind::Time : FormatKind::Number;
    if (time)
        return FormatKind::DateTime;
    return day ? FormatKind::Day : month ? FormatKind::Month : FormatKind::Year;
}

QString serialToIso(double serial, bool date1904, FormatKind kind)
{
    if (kind == FormatKind::Number || !std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31 is serial 2958465
        return QString();
    std::int64_t whole = std::int64_t(std::floor(serial));
    std::int64_t seconds = std::llround((serial - double(whole)) * 86400.0);
    if (seconds == 86400) {
        ++whole;
        seconds = 0;
    }
    auto time = [&] {
        QString t = u"%1:%2"_s.arg(seconds / 3600, 2, 10, QChar(u'0')).arg(seconds / 60 % 60, 2, 10, QChar(u'0'));
        if (seconds % 60)
            t += u":%1"_s.arg(seconds % 60, 2, 10, QChar(u'0'));
        return t;
    };
    if (kind == FormatKind::Time || (!date1904 && whole == 0))
        return time();
    std::int64_t days;
    if (date1904)
        days = calendar::daysFromCivil(CivilDate{1904, 1, 1}) + whole;
    else if (whole == 60)
        return QString(); // 29 February 1900, which Excel counts and the calendar never had
    else
        days = calendar::daysFromCivil(CivilDate{1899, 12, whole < 60 ? 31 : 30}) + whole;
    const CivilDate d = calendar::civilFromDays(days);
    if (d.year < 1 || d.year > 9999)
        return QString();
    // Only as much as the sheet shows: "March 2008" is the month, not its first day.
    QString iso = u"%1"_s.arg(d.year, 4, 10, QChar(u'0'));
    if (kind == FormatKind::Year)
        return iso;
    iso += u"-%1"_s.arg(d.month, 2, 10, QChar(u'0'));
    if (kind == FormatKind::Month)
        return iso;
    iso += u"-%1"_s.arg(d.day, 2, 10, QChar(u'0'));
    if (kind == FormatKind::DateTime && seconds != 0)
        iso += u'T' + time();
    return iso;
}

namespace {

// One worksheet part's rows; cells counts the workbook's cells so far.
bool readSheetPart(const ZipArchive &zip, const QString &partName, const CellContext &context, TextTable &sheet,
                   qint64 &cells, QString *error)
{
    XmlPart part(zip, partName, true, error);
    qint64 rowNumber = 0;
    while (part.nextStart(error)) {
        if (part.xml.name() != u"row")
            continue;
        bool ok = false;
        const qint64 r = part.xml.attributes().value(u"r"_s).toLongLong(&ok);
        rowNumber = ok && r > rowNumber ? r : rowNumber + 1;
        TableRow row{rowNumber, {}};
        int nextColumn = 0;
        while (!part.xml.atEnd()) {
            part.xml.readNext();
            if (part.xml.isEndElement() && part.xml.name() == u"row")
                break;
            if (!part.xml.isStartElement() || part.xml.name() != u"c")
                continue;
            int column = columnOf(part.xml.attributes().value(u"r"_s));
            if (column < 0)
                column = nextColumn;
            if (column >= kMaxColumns)
                break;
            bool uncomputed = false;
            const QString text = cellText(part.xml, context, &sheet.formulaErrors, &uncomputed);
            if (uncomputed)
                sheet.addUncomputedFormulas(column, rowNumber);
            while (row.cells.size() < column)
                row.cells << QString();
            if (row.cells.size() == column)
                row.cells << text;
            else
                row.cells[column] = text; // a column written twice: the later cell
            nextColumn = column + 1;
        }
        while (!row.cells.isEmpty() && row.cells.back().isEmpty())
            row.cells.removeLast();
        cells += row.cells.size();
        if (cells > kMaxCells) {
            *error = u"the workbook holds more than %1 million cells, more than Dateline reads"_s.arg(kMaxCells / 1'000'000);
            return false;
        }
        if (!row.cells.isEmpty())
            sheet.rows.push_back(std::move(row));
    }
    return error->isEmpty();
}

} // namespace

std::vector<TextTable> readSheets(const QByteArray &data, QString *error)
{
    std::optional<ZipArchive> zip = ZipArchive::open(data, error);
    if (!zip)
        return {};

    // The package says where the workbook is; its relationships say where the rest is.
    QString workbookName = u"xl/workbook.xml"_s;
    for (const auto &[type, target] : relationships(*zip, QString(), error))
        if (type == u"officeDocument")
            workbookName = target;
    if (!error->isEmpty())
        return {};
    const auto rels = relationships(*zip, workbookName, error);
    QString stringsName, stylesName;
    for (const auto &[type, target] : rels) {
        if (type == u"sharedStrings")
            stringsName = target;
        else if (type == u"styles")
            stylesName = target;
    }

    std::vector<std::pair<QString, QString>> sheets; // name, part
    bool date1904 = false;
    {
        XmlPart workbook(*zip, workbookName, true, error);
        while (workbook.nextStart(error)) {
            const QXmlStreamAttributes a = workbook.xml.attributes();
            if (workbook.xml.name() == u"workbookPr") {
                const QString v = a.value(u"date1904"_s).toString().toLower();
                date1904 = v == u"1" || v == u"true";
            } else if (workbook.xml.name() == u"sheet") {
                QString id;
                for (const QXmlStreamAttribute &attr : a)
                    if (attr.name() == u"id") // r:id, whatever the prefix
                        id = attr.value().toString();
                if (rels.contains(id)) // chart sheets and others without a part are not tables
                    sheets.emplace_back(a.value(u"name"_s).toString(), rels.value(id).second);
            }
        }
        if (!error->isEmpty())
            return {};
    }
    if (sheets.empty()) {
        *error = u"the workbook has no worksheet"_s;
        return {};
    }

    const QStringList strings = stringsName.isEmpty() ? QStringList() : sharedStrings(*zip, stringsName, error);
    const std::vector<FormatKind> formats = stylesName.isEmpty() ? std::vector<FormatKind>() : cellFormats(*zip, stylesName, error);
    if (!error->isEmpty())
        return {};
    const CellContext context{strings, formats, date1904};
    std::vector<TextTable> out;
    qint64 cells = 0;
    for (const auto &[name, partName] : sheets) {
        TextTable sheet;
        sheet.name = name;
        if (!readSheetPart(*zip, partName, context, sheet, cells, error))
            return {};
        out.push_back(std::move(sheet));
    }
    return out;
}

} // namespace dateline::xlsx
