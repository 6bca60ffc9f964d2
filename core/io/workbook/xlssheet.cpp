// The worksheets of an .xls (MS-XLS, BIFF8): the workbook globals (shared strings, number formats,
// cell formats, the date system, the sheets), then each worksheet's cell records.
#include "core/io/workbook/xlssheet.h"

#include "core/io/littleendian.h"
#include "core/io/workbook/compoundfile.h"
#include "core/io/workbook/xlsxsheet.h"

#include <QHash>

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace dateline::xls {
namespace {

using xlsx::FormatKind;

enum RecordType : std::uint16_t {
    kFormula = 0x0006, kEof = 0x000A, kDateMode = 0x0022, kFilePass = 0x002F, kContinue = 0x003C,
    kBoundSheet = 0x0085, kMulRk = 0x00BD, kRString = 0x00D6, kXf = 0x00E0, kSst = 0x00FC,
    kLabelSst = 0x00FD, kNumber = 0x0203, kLabel = 0x0204, kBoolErr = 0x0205, kString = 0x0207,
    kRk = 0x027E, kFormat = 0x041E, kBof = 0x0809,
};
constexpr std::uint16_t kBiff8 = 0x0600, kWorksheet = 0x0010;

QString damaged(const QString &what)
{
    return u"the workbook is damaged (%1)"_s.arg(what);
}

// A record's data and that of the CONTINUE records right after it, which extend it past the
// 8,224 bytes a record may hold.
struct Record {
    std::uint16_t type = 0;
    std::vector<QByteArrayView> parts;
    QByteArrayView data() const { return parts.front(); }
};

// The records of a BIFF stream from an offset on.
struct Records {
    QByteArrayView stream;
    qsizetype pos = 0;
    bool cutShort = false; // a record ran past the end of the stream

    bool next(Record *r)
    {
        std::uint16_t type = 0;
        QByteArrayView data;
        if (!at(pos, &type, &data)) {
            cutShort = pos < stream.size();
            return false;
        }
        *r = {type, {data}};
        for (pos += 4 + data.size(); at(pos, &type, &data) && type == kContinue; pos += 4 + data.size())
            r->parts.push_back(data);
        return true;
    }
    bool at(qsizetype offset, std::uint16_t *type, QByteArrayView *data) const
    {
        if (offset + 4 > stream.size() || offset + 4 + le16(stream.data() + offset + 2) > stream.size())
            return false;
        *type = le16(stream.data() + offset);
        *data = stream.sliced(offset + 4, le16(stream.data() + offset + 2));
        return true;
    }
};

// Reads across a record and its CONTINUE records; a read past the end gives zeros and sets failed.
class Reader {
public:
    explicit Reader(std::vector<QByteArrayView> parts) : m_parts(std::move(parts)) {}
    std::uint8_t u8()
    {
        for (; m_part < m_parts.size(); ++m_part, m_pos = 0)
            if (m_pos < m_parts[m_part].size())
                return std::uint8_t(m_parts[m_part][m_pos++]);
        failed = true;
        return 0;
    }
    // Low byte first: the two reads are sequenced, as the operands of | would not be.
    std::uint16_t u16()
    {
        const std::uint8_t low = u8();
        return std::uint16_t(low | u8() << 8);
    }
    std::uint32_t u32()
    {
        const std::uint16_t low = u16();
        return low | std::uint32_t(u16()) << 16;
    }
    void skip(std::uint64_t n) // byte by byte: never more than the record holds
    {
        for (; n > 0 && !failed; --n)
            u8();
    }
    // count characters, one byte each (the first 256 code points) or UTF-16. Where the record ends
    // inside them, its CONTINUE starts with a new flags byte: the rest may be stored the other way.
    QString chars(int count, bool wide)
    {
        QString out;
        out.reserve(count);
        while (out.size() < count && !failed) {
            const QByteArrayView p = m_part < m_parts.size() ? m_parts[m_part] : QByteArrayView();
            const qsizetype n = std::min<qsizetype>(count - out.size(), (p.size() - m_pos) / (wide ? 2 : 1));
            for (qsizetype k = 0; k < n; ++k)
                out += QChar(wide ? char16_t(le16(p.data() + m_pos + 2 * k)) : char16_t(std::uint8_t(p[m_pos + k])));
            m_pos += wide ? 2 * n : n;
            if (out.size() < count) { // on in the next part, after its flags byte; half a character is damage
                failed = m_pos != p.size() || m_part + 1 >= m_parts.size();
                m_pos = p.size();
                wide = u8() & 0x01;
            }
        }
        return out;
    }
    // An XLUnicodeString (16-bit length) or ShortXLUnicodeString (8-bit), with the rich-text runs and
    // phonetic data an SST string may carry skipped.
    QString string(bool shortLength = false)
    {
        const int count = shortLength ? u8() : u16();
        const std::uint8_t flags = u8();
        const std::uint16_t runs = flags & 0x08 ? u16() : 0;
        const std::uint32_t extra = flags & 0x04 ? u32() : 0;
        QString text = failed ? QString() : chars(count, flags & 0x01);
        skip(std::uint64_t(runs) * 4 + extra);
        return text;
    }
    bool failed = false;

private:
    std::vector<QByteArrayView> m_parts;
    size_t m_part = 0;
    qsizetype m_pos = 0;
};

double ieee(const char *p)
{
    return std::bit_cast<double>(std::uint64_t(le32(p)) | std::uint64_t(le32(p + 4)) << 32);
}

// An RK number: the upper 30 bits of a double, or a signed integer; either divided by 100.
double rkValue(std::uint32_t rk)
{
    double v = rk & 0x02 ? double(std::int32_t(rk) >> 2) : std::bit_cast<double>(std::uint64_t(rk & 0xFFFFFFFC) << 32);
    return rk & 0x01 ? v / 100 : v;
}

QString errorText(std::uint8_t code)
{
    static const std::pair<std::uint8_t, QStringView> kErrors[] = {
        {0x00, u"#NULL!"}, {0x07, u"#DIV/0!"}, {0x0F, u"#VALUE!"}, {0x17, u"#REF!"},
        {0x1D, u"#NAME?"}, {0x24, u"#NUM!"},   {0x2A, u"#N/A"},
    };
    for (const auto &[c, text] : kErrors)
        if (c == code)
            return text.toString();
    return u"#GETTING_DATA"_s;
}

struct Sheet {
    QString name;
    std::uint32_t offset = 0; // of its BOF record in the stream
};

struct Globals {
    QStringList strings;
    QHash<int, FormatKind> customFormats; // by format id
    std::vector<std::uint16_t> xfFormat;  // each cell format's number format id
    bool date1904 = false;
    std::vector<Sheet> sheets;

    // A number as its cell format shows it: a date or time as ISO 8601, to the year, month or day shown.
    QString number(double value, int xf) const
    {
        const int id = xf >= 0 && size_t(xf) < xfFormat.size() ? xfFormat[size_t(xf)] : -1;
        const FormatKind kind = customFormats.contains(id) ? customFormats.value(id) : xlsx::builtInFormatKind(id);
        const QString iso = xlsx::serialToIso(value, date1904, kind);
        return iso.isEmpty() ? numberText(QString::number(value, 'g', 17)) : iso;
    }
};

// The shared strings: as many as the SST holds of the count it claims.
QStringList sharedStrings(const Record &sst)
{
    Reader r(sst.parts);
    r.skip(4); // the count of uses
    const std::uint32_t unique = r.u32();
    QStringList out;
    while (std::uint32_t(out.size()) < unique && !r.failed) {
        const QString s = r.string();
        if (!r.failed)
            out << s;
    }
    return out;
}

// The workbook globals, from the stream's first BOF to its EOF.
bool readGlobals(QByteArrayView stream, Globals *g, QString *error)
{
    Records records{stream, 0};
    Record rec;
    if (!records.next(&rec) || rec.type != kBof || rec.data().size() < 4) {
        *error = damaged(u"it does not start with a BOF record"_s);
        return false;
    }
    if (le16(rec.data().data()) < kBiff8) {
        *error = u"this is an Excel 5.0/95 workbook (or older), which Dateline does not read: save it as .xlsx or CSV"_s;
        return false;
    }
    while (records.next(&rec) && rec.type != kEof) {
        const QByteArrayView d = rec.data();
        Reader r(rec.parts);
        switch (rec.type) {
        case kFilePass:
            *error = u"this workbook is password-protected: Dateline cannot decrypt it; save it without a password, "
                     "as .xlsx or CSV"_s;
            return false;
        case kSst: g->strings = sharedStrings(rec); break;
        case kDateMode: g->date1904 = d.size() >= 2 && le16(d.data()) == 1; break;
        case kXf: g->xfFormat.push_back(d.size() >= 4 ? le16(d.data() + 2) : 0); break;
        case kFormat: {
            const int id = r.u16();
            const QString code = r.string();
            if (!r.failed)
                g->customFormats.insert(id, xlsx::numberFormatKind(code));
            break;
        }
        case kBoundSheet: {
            const std::uint32_t offset = r.u32();
            r.u8(); // visibility: hidden sheets are read as the others
            const std::uint8_t kind = r.u8();
            const QString name = r.string(true);
            if (!r.failed && kind == 0) // a worksheet; not a macro, chart or module sheet
                g->sheets.push_back({name, offset});
            break;
        }
        default: break;
        }
    }
    if (rec.type != kEof) {
        *error = damaged(u"its globals end before their EOF record"_s);
        return false;
    }
    return true;
}

struct Cell {
    std::uint16_t row = 0, column = 0;
    QString text;
};

// The shortest data of each cell record (row, column, cell format, value); 0 for other records.
qsizetype cellRecordSize(std::uint16_t type)
{
    switch (type) {
    case kNumber: return 14;
    case kRk: case kLabelSst: return 10;
    case kLabel: case kRString: return 9;
    case kBoolErr: return 8;
    case kFormula: return 20;
    case kMulRk: return 12;
    default: return 0;
    }
}

// One worksheet's cells, record by record; a formula's text result comes in the STRING record
// after it.
struct SheetCells {
    const Globals &g;
    std::vector<Cell> cells;
    qsizetype damaged = 0, errors = 0;
    std::optional<std::pair<std::uint16_t, std::uint16_t>> pendingString; // the formula's row and column

    void add(std::uint16_t row, std::uint16_t column, const QString &text)
    {
        if (column < kMaxColumns && !text.isEmpty())
            cells.push_back({row, column, text});
    }
    QString error(std::uint8_t code)
    {
        ++errors;
        return errorText(code);
    }
    void record(const Record &rec);
};

void SheetCells::record(const Record &rec)
{
    const QByteArrayView d = rec.data();
    const char *p = d.data();
    const qsizetype minimum = cellRecordSize(rec.type);
    if (minimum == 0) {
        if (rec.type == kString && pendingString) {
            Reader r(rec.parts);
            const QString text = r.string();
            r.failed ? void(++damaged) : add(pendingString->first, pendingString->second, text);
            pendingString.reset();
        }
        return;
    }
    pendingString.reset();
    if (d.size() < minimum) {
        ++damaged;
        return;
    }
    const std::uint16_t row = le16(p), column = le16(p + 2), xf = le16(p + 4);
    switch (rec.type) {
    case kNumber: add(row, column, g.number(ieee(p + 6), xf)); break;
    case kRk: add(row, column, g.number(rkValue(le32(p + 6)), xf)); break;
    case kMulRk: // (cell format, RK) pairs from the first column, then the last column
        for (qsizetype at = 4, c = column; at + 6 <= d.size() - 2 && c < kMaxColumns; at += 6, ++c)
            add(row, std::uint16_t(c), g.number(rkValue(le32(p + at + 2)), le16(p + at)));
        break;
    case kLabelSst: {
        const std::uint32_t index = le32(p + 6);
        index < std::uint32_t(g.strings.size()) ? add(row, column, g.strings[qsizetype(index)]) : void(++damaged);
        break;
    }
    case kLabel:
    case kRString: {
        Reader r({d.sliced(6)});
        const QString text = r.string();
        r.failed ? void(++damaged) : add(row, column, text);
        break;
    }
    case kBoolErr: add(row, column, p[7] ? error(std::uint8_t(p[6])) : p[6] ? u"TRUE"_s : u"FALSE"_s); break;
    case kFormula: // the last computed value: a number, or a type and its value
        // xlwt saves no result, as the type "empty text" (0x03): the same as Excel's for a formula
        // that gives "", so it cannot be told apart and counted as an .xlsx's missing result is.
        if (le16(p + 12) != 0xFFFF)
            add(row, column, g.number(ieee(p + 6), xf));
        else if (p[6] == 0x00)
            pendingString.emplace(row, column);
        else if (p[6] == 0x01)
            add(row, column, p[8] ? u"TRUE"_s : u"FALSE"_s);
        else if (p[6] == 0x02)
            add(row, column, error(std::uint8_t(p[8])));
        break;
    default: break;
    }
}

// One worksheet's rows; cells counts the workbook's cells so far, empty ones between included.
// budget is what is left of the stream's size to read: sheets that overlap (a damaged or hostile
// list of sheets) cannot make the reading take the square of the file's size.
bool readSheet(QByteArrayView stream, const Sheet &sheet, const Globals &g, TextTable &table, qint64 &cells,
               qint64 &budget, QString *error)
{
    Records records{stream, sheet.offset};
    Record rec;
    if (sheet.offset >= stream.size() || !records.next(&rec) || rec.type != kBof || rec.data().size() < 4) {
        *error = damaged(u"the sheet \"%1\" does not start where the workbook says"_s.arg(sheet.name.left(60)));
        return false;
    }
    if (le16(rec.data().data() + 2) != kWorksheet)
        return true; // a chart or dialog sheet listed as a worksheet: no cells
    SheetCells reader{g, {}, 0, 0, {}};
    int depth = 1; // an embedded chart is a BOF ... EOF of its own inside the sheet
    while (depth > 0 && records.next(&rec)) {
        if (records.pos - qsizetype(sheet.offset) > budget) {
            *error = damaged(u"its sheets overlap"_s);
            return false;
        }
        if (rec.type == kBof)
            ++depth;
        else if (rec.type == kEof)
            --depth;
        else if (depth == 1)
            reader.record(rec);
    }
    if (depth > 0) {
        *error = damaged(records.cutShort ? u"a record is cut short"_s : u"the sheet \"%1\" has no end"_s.arg(sheet.name.left(60)));
        return false;
    }
    budget -= records.pos - qsizetype(sheet.offset);
    // Rows in order, a cell written twice its later value, empty rows left out.
    std::stable_sort(reader.cells.begin(), reader.cells.end(),
                     [](const Cell &a, const Cell &b) { return a.row != b.row ? a.row < b.row : a.column < b.column; });
    for (size_t k = 0; k < reader.cells.size();) {
        TableRow row{qint64(reader.cells[k].row) + 1, {}};
        for (; k < reader.cells.size() && reader.cells[k].row + 1 == row.number; ++k) {
            const Cell &c = reader.cells[k];
            cells += c.column + 1 - row.cells.size();
            if (cells > kMaxCells) {
                *error = u"the workbook holds more than %1 million cells, more than Dateline reads"_s.arg(kMaxCells / 1'000'000);
                return false;
            }
            while (row.cells.size() <= c.column)
                row.cells << QString();
            row.cells[c.column] = c.text;
        }
        table.rows.push_back(std::move(row));
    }
    table.formulaErrors = reader.errors;
    if (reader.damaged > 0)
        table.notes << u"damaged cells, left empty: %1"_s.arg(reader.damaged);
    return true;
}

// The BIFF8 stream, or the reason there is none to read.
std::optional<QByteArray> workbookStream(const CompoundFile &file, QString *error)
{
    if (file.contains(u"Workbook"_s)) {
        std::optional<QByteArray> stream = file.stream(u"Workbook"_s, error);
        if (!stream)
            *error = u"an Excel 97-2003 workbook (.xls) that cannot be read: "_s + *error;
        return stream;
    }
    if (file.contains(u"EncryptedPackage"_s) || file.contains(u"EncryptionInfo"_s))
        *error = u"this is a password-protected Excel workbook (.xlsx): Dateline cannot decrypt it; save it without a "
                 "password, or as CSV"_s;
    else if (file.contains(u"Book"_s))
        *error = u"this is an Excel 5.0/95 workbook, which Dateline does not read: save it as .xlsx or CSV"_s;
    else
        *error = u"this OLE file holds no Excel workbook (a Word or other Office 97-2003 document?)"_s;
    return std::nullopt;
}

} // namespace

std::vector<TextTable> readSheets(const QByteArray &data, QString *error)
{
    // What the file was taken for, before why it cannot be read: an OLE file comes here whatever its name.
    QString why;
    const std::optional<CompoundFile> file = CompoundFile::open(data, &why);
    const std::optional<QByteArray> stream = file ? workbookStream(*file, &why) : std::nullopt;
    if (!stream) {
        *error = file ? why : u"an Excel 97-2003 workbook (.xls) or other OLE file that cannot be read: "_s + why;
        return {};
    }
    Globals g;
    if (!readGlobals(*stream, &g, error))
        return {};
    if (g.sheets.empty()) {
        *error = u"the workbook has no worksheet"_s;
        return {};
    }
    std::vector<TextTable> out;
    qint64 cells = 0, budget = stream->size();
    for (const Sheet &sheet : g.sheets) {
        TextTable table;
        table.name = sheet.name;
        if (!readSheet(*stream, sheet, g, table, cells, budget, error))
            return {};
        out.push_back(std::move(table));
    }
    return out;
}

} // namespace dateline::xls
