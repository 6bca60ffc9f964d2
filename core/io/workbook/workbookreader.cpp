// .xlsx, .xls or .ods -> CSV text -> the CSV import, with the spreadsheet's row numbers.
#include "core/io/workbook/workbook.h"

#include "core/io/workbook/odssheet.h"
#include "core/io/workbook/xlssheet.h"
#include "core/io/workbook/xlsxsheet.h"
#include "core/io/workbook/ziparchive.h"

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

const QByteArray kOleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

} // namespace

std::optional<TableAsCsv> workbookAsCsv(const QByteArray &data, const QString &wanted, QString *error)
{
    // An OLE file is an .xls (BIFF8), or something the xls reader refuses with its reason.
    const bool ole = data.startsWith(kOleSignature);
    // An OpenDocument spreadsheet by its first part, or, from writers that do not put "mimetype"
    // first, by a content.xml where an Excel workbook would have xl/.
    bool ods = !ole && looksLikeOds(data);
    if (!ole && !ods) {
        QString ignored;
        if (const std::optional<ZipArchive> zip = ZipArchive::open(data, &ignored))
            ods = zip->contains(u"content.xml"_s) && !zip->contains(u"xl/workbook.xml"_s);
    }
    std::vector<TextTable> sheets = ole ? xls::readSheets(data, error) : ods ? ods::readSheets(data, error) : xlsx::readSheets(data, error);
    if (sheets.empty())
        return std::nullopt;
    QStringList names;
    for (const TextTable &t : sheets)
        names << t.name;
    size_t chosen = 0;
    bool found = false;
    if (!wanted.isEmpty()) {
        // the name as written, else one that differs only in case ("--sheet events" for "Events")
        qsizetype at = names.indexOf(wanted);
        for (qsizetype k = 0; at < 0 && k < names.size(); ++k)
            if (names[k].compare(wanted, Qt::CaseInsensitive) == 0)
                at = k;
        if (at < 0) {
            QStringList quoted;
            for (const QString &n : names.mid(0, 20))
                quoted << u"\"%1\""_s.arg(n.left(60));
            *error = u"the workbook has no sheet named \"%1\"; its sheets: %2%3"_s.arg(
                wanted.left(60), quoted.join(u", "_s), names.size() > 20 ? u", …"_s : QString());
            return std::nullopt;
        }
        chosen = size_t(at);
    } else {
        // The first sheet whose columns name a title and a date: a workbook may open on a cover sheet.
        while (chosen < sheets.size() && !headerRowOf(sheets[chosen].rows))
            ++chosen;
        found = chosen < sheets.size();
        if (!found)
            chosen = 0;
    }
    QStringList others;
    for (size_t k = 0; k < sheets.size(); ++k)
        if (k != chosen && others.size() <= 10)
            others << (others.size() < 10 ? u"\"%1\""_s.arg(sheets[k].name.left(60)) : u"…"_s);
    TextTable &sheet = sheets[chosen];
    const QString name = sheet.name.left(60);
    if (others.isEmpty())
        sheet.notes.prepend(u"read the sheet \"%1\""_s.arg(name));
    else if (!wanted.isEmpty())
        sheet.notes.prepend(u"read the sheet \"%1\", as chosen; not read: %2"_s.arg(name, others.join(u", "_s)));
    else if (found && chosen > 0)
        sheet.notes.prepend(u"read the sheet \"%1\", the first whose columns name a title and a date; not read: %2"_s.arg(name, others.join(u", "_s)));
    else
        sheet.notes.prepend(u"read the first sheet, \"%1\"; not read: %2"_s.arg(name, others.join(u", "_s)));
    TableAsCsv table = tableAsCsv(std::move(sheet), true);
    table.sheets = names;
    table.sheet = names[qsizetype(chosen)];
    return table;
}

ImportedContent readWorkbook(const QByteArray &data, const CsvOptions &options, const ImportProgress &progress)
{
    QString error;
    const std::optional<TableAsCsv> table = workbookAsCsv(data, options.sheet, &error);
    if (!table)
        return refusedTable(error);
    return readTableAsCsv(*table, options, progress);
}

bool looksLikeXlsx(const QByteArray &head)
{
    return head.startsWith(kOleSignature) || (startsLikeZip(head) && head.contains("xl/") && !looksLikeOds(head));
}

bool looksLikeOds(const QByteArray &head)
{
    // The package's first part is "mimetype", stored: its name and content sit side by side.
    return startsLikeZip(head) && head.left(200).contains(QByteArray("mimetype") + ods::kOdsMimeType);
}

} // namespace dateline
