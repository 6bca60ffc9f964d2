// Excel 97-2003 workbooks (.xls): the compound file, the BIFF8 records, the cells as text, the
// import through the workbook format; damaged, truncated and encrypted files refused with a reason.
// The fixtures are LibreOffice's (tests/io/data/workbook/make-xls-fixtures.sh); the damage is done here,
// as are the small workbooks of one date cell in each number format.
#include "core/io/dataformats.h"
#include "core/io/littleendian.h"
#include "core/io/workbook/compoundfile.h"
#include "core/io/workbook/workbook.h"
#include "core/io/workbook/xlssheet.h"
#include "interchangetest.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <bit>

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

namespace {

constexpr quint32 kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kNone = 0xFFFFFFFF;

void putLe16(QByteArray &b, qsizetype at, quint16 v)
{
    b[at] = char(v & 0xFF);
    b[at + 1] = char(v >> 8);
}

void putLe32(QByteArray &b, qsizetype at, quint32 v)
{
    putLe16(b, at, quint16(v & 0xFFFF));
    putLe16(b, at + 2, quint16(v >> 16));
}

QByteArray le32Bytes(quint32 v)
{
    QByteArray b(4, '\0');
    putLe32(b, 0, v);
    return b;
}

QByteArray streamOf(const QByteArray &file, const QString &name)
{
    QString error;
    const std::optional<CompoundFile> cf = CompoundFile::open(file, &error);
    if (!cf)
        qFatal("%s", qPrintable(error));
    const std::optional<QByteArray> s = cf->stream(name, &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

// A compound file of these streams as MS-CFB lays one out, with sectors of 1 << shift bytes:
// streams under 4,096 bytes in the mini stream; `padding` free sectors make a FAT long enough to
// need DIFAT sectors beyond the header's 109 entries.
QByteArray compoundFileOf(const QList<std::pair<QString, QByteArray>> &streams, int shift = 9, qint64 padding = 0)
{
    const qint64 size = qint64(1) << shift, perSector = size / 4;
    std::vector<quint32> fat;
    QByteArray body;
    auto allocate = [&](const QByteArray &bytes) -> quint32 {
        if (bytes.isEmpty())
            return kEnd;
        const auto first = quint32(fat.size());
        const qint64 n = (bytes.size() + size - 1) / size;
        for (qint64 k = 0; k < n; ++k)
            fat.push_back(k + 1 < n ? quint32(first + k + 1) : kEnd);
        body += bytes + QByteArray(n * size - bytes.size(), '\0');
        return first;
    };
    QByteArray mini, miniFat;
    std::vector<quint32> starts;
    for (const auto &[name, bytes] : streams) {
        if (bytes.size() >= 4096) {
            starts.push_back(allocate(bytes));
            continue;
        }
        const auto first = quint32(mini.size() / 64);
        const qint64 n = (bytes.size() + 63) / 64;
        for (qint64 k = 0; k < n; ++k)
            miniFat += le32Bytes(k + 1 < n ? quint32(first + k + 1) : kEnd);
        mini += bytes + QByteArray(n * 64 - bytes.size(), '\0');
        starts.push_back(n ? first : kEnd);
    }
    const quint32 miniStart = allocate(mini), miniFatStart = allocate(miniFat);
    QByteArray directory;
    auto entry = [&](const QString &name, int type, quint32 right, quint32 child, quint32 start, qint64 bytes) {
        QByteArray e(128, '\0');
        for (qsizetype k = 0; k < name.size(); ++k)
            putLe16(e, 2 * k, name[k].unicode());
        putLe16(e, 64, quint16(2 * name.size() + 2));
        e[66] = char(type);
        e[67] = 1; // black
        putLe32(e, 68, kNone);
        putLe32(e, 72, right);
        putLe32(e, 76, child);
        putLe32(e, 116, start);
        putLe32(e, 120, quint32(bytes));
        directory += e;
    };
    entry(u"Root Entry"_s, 5, kNone, streams.isEmpty() ? kNone : 1, miniStart, mini.size());
    for (qsizetype k = 0; k < streams.size(); ++k) // a tree leaning right, as valid as a balanced one
        entry(streams[k].first, 2, k + 1 < streams.size() ? quint32(k + 2) : kNone, kNone, starts[size_t(k)], streams[k].second.size());
    const quint32 directoryStart = allocate(directory);
    const qint64 directorySectors = (directory.size() + size - 1) / size;
    for (qint64 k = 0; k < padding; ++k)
        fat.push_back(kFree);
    body += QByteArray(padding * size, '\0');

    // The FAT and DIFAT sectors come last, and need FAT entries of their own.
    qint64 fatSectors = 1, difatSectors = 0;
    for (;; ++fatSectors) {
        difatSectors = fatSectors > 109 ? (fatSectors - 109 + perSector - 2) / (perSector - 1) : 0;
        if (fatSectors * perSector >= qint64(fat.size()) + fatSectors + difatSectors)
            break;
    }
    const auto firstFat = quint32(fat.size());
    fat.insert(fat.end(), size_t(fatSectors), 0xFFFFFFFD);
    const auto firstDifat = quint32(fat.size());
    fat.insert(fat.end(), size_t(difatSectors), 0xFFFFFFFC);
    fat.resize(size_t(fatSectors * perSector), kFree);
    for (const quint32 e : fat)
        body += le32Bytes(e);
    std::vector<quint32> difat;
    for (qint64 k = 0; k < fatSectors; ++k)
        difat.push_back(quint32(firstFat + k));
    for (qint64 d = 0; d < difatSectors; ++d) {
        QByteArray sector;
        for (qint64 k = 0; k < perSector - 1; ++k) {
            const size_t at = size_t(109 + d * (perSector - 1) + k);
            sector += le32Bytes(at < difat.size() ? difat[at] : kFree);
        }
        body += sector + le32Bytes(d + 1 < difatSectors ? quint32(firstDifat + d + 1) : kEnd);
    }

    QByteArray header(size, '\0');
    header.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    putLe16(header, 24, 0x3E);
    putLe16(header, 26, shift == 9 ? 3 : 4);
    putLe16(header, 28, 0xFFFE);
    putLe16(header, 30, quint16(shift));
    putLe16(header, 32, 6);
    putLe32(header, 40, shift == 9 ? 0 : quint32(directorySectors));
    putLe32(header, 44, quint32(fatSectors));
    putLe32(header, 48, directoryStart);
    putLe32(header, 56, 4096);
    putLe32(header, 60, miniFatStart);
    putLe32(header, 64, quint32((miniFat.size() + size - 1) / size));
    putLe32(header, 68, difatSectors ? firstDifat : kEnd);
    putLe32(header, 72, quint32(difatSectors));
    for (int k = 0; k < 109; ++k)
        putLe32(header, 76 + 4 * k, size_t(k) < difat.size() ? difat[size_t(k)] : kFree);
    return header + body;
}

QByteArray le16Bytes(quint16 v)
{
    QByteArray b(2, '\0');
    putLe16(b, 0, v);
    return b;
}

// One BIFF record: its type, its size, its data.
QByteArray biffRecord(quint16 type, const QByteArray &data)
{
    return le16Bytes(type) + le16Bytes(quint16(data.size())) + data;
}

// A BOF record's data for the workbook globals (0x0005) or a worksheet (0x0010), BIFF8.
QByteArray bofData(quint16 kind)
{
    return le16Bytes(0x0600) + le16Bytes(kind) + QByteArray(12, '\0');
}

// An XLUnicodeString (16-bit length) or, with shortLength, a ShortXLUnicodeString, one byte a character.
QByteArray biffString(const QString &text, bool shortLength = false)
{
    const QByteArray length = shortLength ? QByteArray(1, char(text.size())) : le16Bytes(quint16(text.size()));
    return length + QByteArray(1, '\0') + text.toLatin1();
}

QByteArray cellHead(quint16 row, quint16 column, quint16 xf)
{
    return le16Bytes(row) + le16Bytes(column) + le16Bytes(xf);
}

// A workbook stream of one worksheet, "Events": a Title and a Date column and one event, its date
// the serial in a cell of the number format formatId; `code` is that format, a FORMAT record, when
// it is the workbook's own, and empty for a built-in format.
QByteArray workbookWithDate(double serial, quint16 formatId, const QString &code)
{
    QByteArray globals = biffRecord(0x0809, bofData(0x0005));
    if (!code.isEmpty())
        globals += biffRecord(0x041E, le16Bytes(formatId) + biffString(code));
    for (const quint16 format : {quint16(0), formatId}) // cell formats 0 (General) and 1 (the date's)
        globals += biffRecord(0x00E0, le16Bytes(0) + le16Bytes(format) + QByteArray(16, '\0'));
    const QByteArray name = biffString(u"Events"_s, true);
    const quint32 sheetAt = quint32(globals.size() + 4 + 6 + name.size() + 4); // after BOUNDSHEET and EOF
    globals += biffRecord(0x0085, le32Bytes(sheetAt) + QByteArray(2, '\0') + name) + biffRecord(0x000A, {});
    QByteArray sheet = biffRecord(0x0809, bofData(0x0010));
    const QString labels[] = {u"Title"_s, u"Date"_s, u"Talks"_s};
    for (quint16 k = 0; k < 3; ++k)
        sheet += biffRecord(0x0204, cellHead(k / 2, k % 2, 0) + biffString(labels[k]));
    const quint64 bits = qToLittleEndian(std::bit_cast<quint64>(serial));
    sheet += biffRecord(0x0203, cellHead(1, 1, 1) + QByteArray(reinterpret_cast<const char *>(&bits), 8));
    return globals + sheet + biffRecord(0x000A, {});
}

// Where a fixture's directory entry lies in the file (fixtures of 512-byte sectors, one FAT sector).
qsizetype entryOffset(const QByteArray &file, const QString &name)
{
    const QByteArray encoded(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    for (quint32 s = le32(file.constData() + 48); s < 0xFFFFFFFA;) {
        const qsizetype at = (qsizetype(s) + 1) * 512;
        for (qsizetype e = at; e < at + 512; e += 128)
            if (file.mid(e, encoded.size()) == encoded && le16(file.constData() + e + 64) == encoded.size() + 2)
                return e;
        s = le32(file.constData() + (qsizetype(le32(file.constData() + 76)) + 1) * 512 + 4 * s);
    }
    qFatal("no entry %s", qPrintable(name));
}

// The offsets of a BIFF stream's records of a type: where each record's data starts.
QList<qsizetype> recordsOf(const QByteArray &stream, quint16 type)
{
    QList<qsizetype> out;
    for (qsizetype at = 0; at + 4 <= stream.size(); at += 4 + le16(stream.constData() + at + 2))
        if (le16(stream.constData() + at) == type)
            out << at + 4;
    return out;
}

// The strings of strings.xls, as make-xls-fixtures.sh writes them.
QString noteString(int k)
{
    return k % 2 ? u"Note %1: délégation à Genève, réunion %1"_s.arg(k) : u"Communiqué %1 — Moskau «2+2» №%1"_s.arg(k);
}

std::vector<TextTable> sheetsOf(const QByteArray &data, QString *error)
{
    error->clear();
    return xls::readSheets(data, error);
}

// Every result of a damaged file: a reason, or tables.
bool errorOrTables(const QByteArray &data, QString *why)
{
    QString error;
    const std::vector<TextTable> sheets = sheetsOf(data, &error);
    if (sheets.empty() == error.isEmpty()) {
        *why = sheets.empty() ? u"no tables and no reason"_s : u"tables and a reason: "_s + error;
        return false;
    }
    return true;
}

} // namespace

class TestXlsWorkbook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cells_data();
    void cells();
    void sheetsInOrder();
    void events_data();
    void events();
    void importNotes();
    void date1904();
    void datesAsFormatted_data();
    void datesAsFormatted();
    void sharedStringsAcrossContinue();
    void sectorSizesAndDifat_data();
    void sectorSizesAndDifat();
    void refused_data();
    void refused();
    void sharedStringCountTooLarge();
    void truncated();
    void byteFlips();
    void detected();
};

void TestXlsWorkbook::cells_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<qint64>("row");
    QTest::addColumn<QStringList>("cells");
    const QString t = u"timeline.xls"_s;
    QTest::newRow("cover sheet") << t << 0 << qint64(1) << QStringList{u"Diplomatic timeline, 2008 — cover"_s};
    QTest::newRow("cover sheet after a blank row") << t << 0 << qint64(3) << QStringList{u"Compiled by the Moscow desk"_s};
    QTest::newRow("title") << t << 1 << qint64(1) << QStringList{u"Summit timeline"_s};
    QTest::newRow("header") << t << 1 << qint64(3)
                            << QStringList{u"Title"_s, u"Date"_s, u"End date"_s, u"Actors"_s, u"Place"_s, u"Latitude"_s,
                                           u"Confirmed"_s, u"Days"_s, u"Notes"_s};
    // Dates (dd/mm/yyyy) in a MULRK, a number, a boolean, a formula's number, UTF-16 text.
    QTest::newRow("dates, number, boolean, formula")
        << t << 1 << qint64(4)
        << QStringList{u"2+2 talks"_s, u"2008-03-17"_s, u"2008-03-18"_s, u"Lavrov; Rice"_s, u"Moscow"_s, u"55.7558"_s,
                       u"TRUE"_s, u"1"_s, u"Lavrov–Rice talks, Moskau — «2+2»"_s};
    // A date and time (NUMBER), empty cells, FALSE as a cell and as a formula's result, a formula's text (STRING).
    QTest::newRow("date and time, formula text")
        << t << 1 << qint64(5)
        << QStringList{u"Interview"_s, u"2008-03-26T14:30"_s, QString(), u"Lavrov"_s, QString(), QString(), u"FALSE"_s,
                       u"FALSE"_s, u"Radio Echo"_s};
    // "d mmmm yyyy", a formula's text, RK numbers (x100 and integer), TRUE from a formula, #N/A.
    QTest::newRow("long date, RK, error")
        << t << 1 << qint64(6)
        << QStringList{u"Sochi summit"_s, u"2008-04-06"_s, QString(), u"Putin; Bush"_s, u"Sochi"_s, u"43.6"_s, u"TRUE"_s,
                       u"-2.5"_s, u"#N/A"_s};
    QTest::newRow("text date") << t << 1 << qint64(7) << QStringList{u"Press call"_s, u"sometime"_s};
    QTest::newRow("time alone, beyond the header")
        << t << 1 << qint64(8)
        << QStringList{u"Press call 2"_s, u"2008-05-07"_s, QString(), QString(), QString(), QString(), QString(), QString(),
                       u"at"_s, u"09:15"_s};
    QTest::newRow("1904 dates") << u"date1904.xls"_s << 0 << qint64(2) << QStringList{u"Talks"_s, u"2008-03-17"_s};
    QTest::newRow("1904 date and time") << u"date1904.xls"_s << 0 << qint64(3) << QStringList{u"Summit"_s, u"2008-04-06T18:00"_s};
}

void TestXlsWorkbook::cells()
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(qint64, row);
    QFETCH(QStringList, cells);
    QString error;
    const std::vector<TextTable> sheets = sheetsOf(fixture(u"workbook/"_s + file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(size_t(sheet) < sheets.size());
    const std::vector<TableRow> &rows = sheets[size_t(sheet)].rows;
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const TableRow &r) { return r.number == row; });
    QVERIFY2(it != rows.end(), qPrintable(u"no row %1"_s.arg(row)));
    QCOMPARE(it->cells, cells);
}

void TestXlsWorkbook::sheetsInOrder()
{
    QString error;
    const std::vector<TextTable> sheets = sheetsOf(fixture(u"workbook/timeline.xls"_s), &error);
    QCOMPARE(sheets.size(), size_t(2));
    QCOMPARE(sheets[0].name, u"About"_s);
    QCOMPARE(sheets[1].name, u"Events"_s);
    // Blank rows are left out; the others keep the numbers the spreadsheet shows.
    QList<qint64> numbers;
    for (const TableRow &r : sheets[1].rows)
        numbers << r.number;
    QCOMPARE(numbers, (QList<qint64>{1, 3, 4, 5, 6, 7, 8}));
    QCOMPARE(sheets[0].rows.size(), size_t(2));
    QCOMPARE(sheets[1].formulaErrors, qsizetype(1));
    QVERIFY(sheets[1].notes.isEmpty());
    QCOMPARE(sheetsOf(fixture(u"workbook/date1904.xls"_s), &error)[0].name, u"Mac"_s);
}

void TestXlsWorkbook::events_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("date and end date") << u"2+2 talks"_s << u"2008-03-17/2008-03-18"_s;
    QTest::newRow("date and time") << u"Interview"_s << u"2008-03-26T14:30"_s;
    QTest::newRow("custom long date") << u"Sochi summit"_s << u"2008-04-06"_s;
    QTest::newRow("last row") << u"Press call 2"_s << u"2008-05-07"_s;
}

void TestXlsWorkbook::events()
{
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    // Through the registry, as the app and the CLI read a file.
    const ImportedContent imported = dataFormat(u"xlsx")->read(fixture(u"workbook/timeline.xls"_s), {});
    QVERIFY2(!imported.fatal, qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(4));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
}

void TestXlsWorkbook::importNotes()
{
    const ImportedContent imported = readWorkbook(fixture(u"workbook/timeline.xls"_s), {});
    QCOMPARE(imported.content.title, u"Summit timeline"_s);
    QCOMPARE(imported.rejected.size(), size_t(1));
    QCOMPARE(imported.rejected[0].line, qint64(7));
    QVERIFY2(imported.rejected[0].message.contains(u"sometime"_s), qPrintable(imported.rejected[0].message));
    const QString notes = imported.notes.join(u'\n');
    QVERIFY2(notes.contains(u"read the sheet \"Events\", the first whose columns name a title and a date; not read: \"About\""_s),
             qPrintable(notes));
    QVERIFY2(notes.contains(u"row 1, above the header row 3, not read"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"formula errors (#N/A, #REF! ...), kept as that text: 1"_s), qPrintable(notes));
    QCOMPARE(eventTitled(imported, u"2+2 talks"_s)->description, u"Lavrov–Rice talks, Moskau — «2+2»"_s);
    QCOMPARE(eventTitled(imported, u"Sochi summit"_s)->description, u"#N/A"_s);
    QCOMPARE(imported.content.places.size(), size_t(2));
    QCOMPARE(imported.content.places[0].name, u"Moscow"_s);
    QCOMPARE(*imported.content.places[0].latitude, 55.7558);
    QCOMPARE(imported.content.places[1].name, u"Sochi"_s); // a formula's text
    QCOMPARE(imported.content.actors.size(), size_t(4));
    // The sheet asked for by name.
    CsvOptions options;
    options.sheet = u"about"_s;
    const ImportedContent cover = readWorkbook(fixture(u"workbook/timeline.xls"_s), options);
    QVERIFY(cover.notes.join(u'\n').contains(u"read the sheet \"About\", as chosen"_s));
}

void TestXlsWorkbook::date1904()
{
    const ImportedContent imported = readWorkbook(fixture(u"workbook/date1904.xls"_s), {});
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(eventTitled(imported, u"Talks"_s)->date.toEdtf(), u"2008-03-17"_s);
    QCOMPARE(eventTitled(imported, u"Summit"_s)->date.toEdtf(), u"2008-04-06T18:00"_s);
}

// A date cell gives the date as far as its number format shows it, as in an .xlsx: "March 2008" is
// the month, not 1 March.
void TestXlsWorkbook::datesAsFormatted_data()
{
    QTest::addColumn<int>("formatId");
    QTest::addColumn<QString>("code"); // a FORMAT record's, or none for a built-in format
    QTest::addColumn<double>("serial");
    QTest::addColumn<QString>("edtf");
    const double march1 = 39508.0, march1At1430 = 39508.604166666664;
    QTest::newRow("MMMM YYYY") << 164 << u"MMMM YYYY"_s << march1 << u"2008-03"_s;
    QTest::newRow("built-in mmm-yy") << 17 << QString() << march1 << u"2008-03"_s;
    QTest::newRow("YYYY") << 164 << u"YYYY"_s << march1 << u"2008"_s;
    QTest::newRow("DD/MM/YYYY") << 164 << u"DD/MM/YYYY"_s << march1 << u"2008-03-01"_s;
    QTest::newRow("built-in day") << 14 << QString() << march1 << u"2008-03-01"_s;
    QTest::newRow("date and time") << 164 << u"YYYY-MM-DD HH:MM"_s << march1At1430 << u"2008-03-01T14:30"_s;
}

void TestXlsWorkbook::datesAsFormatted()
{
    QFETCH(int, formatId);
    QFETCH(QString, code);
    QFETCH(double, serial);
    QFETCH(QString, edtf);
    const QByteArray file = compoundFileOf({{u"Workbook"_s, workbookWithDate(serial, quint16(formatId), code)}});
    const ImportedContent imported = readWorkbook(file, {});
    QVERIFY2(!imported.fatal && imported.content.events.size() == 1, qPrintable(describe(imported)));
    QCOMPARE(imported.content.events[0].date.toEdtf(), edtf);
}

// The shared strings run over four CONTINUE records. A string cut by a record's end goes on after a
// new flags byte (one byte a character, or UTF-16); check that the fixture really cuts the strings
// this test expects, then that each comes back whole.
void TestXlsWorkbook::sharedStringsAcrossContinue()
{
    const QByteArray file = fixture(u"workbook/strings.xls"_s);
    const QByteArray stream = streamOf(file, u"Workbook"_s);
    const QList<qsizetype> sst = recordsOf(stream, 0x00FC), continues = recordsOf(stream, 0x003C);
    QCOMPARE(sst.size(), 1);
    QVERIFY(continues.size() >= 4);
    const QString longAscii = u"Long: "_s + u"abcdefghij"_s.repeated(830);
    const QString longCyrillic = u"Долгий: "_s + u"переговоры"_s.repeated(420);
    struct Cut {
        QString text;
        bool wide;
    };
    const Cut cuts[] = {{noteString(148), true}, {noteString(289), false}, {longAscii, false}, {longCyrillic, true}};
    QString restOfCut[4];
    for (qsizetype k = 0; k < 4; ++k) {
        // The record before the CONTINUE ends with the string's first characters; the CONTINUE
        // starts with the flags byte, then the rest.
        const Cut &cut = cuts[k];
        auto encode = [&](const QString &text) {
            return cut.wide ? QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2) : text.toLatin1();
        };
        const qsizetype boundary = continues[k];
        bool straddles = false;
        for (qsizetype i = 1; i < cut.text.size() && !straddles; ++i) {
            const QByteArray head = encode(cut.text.left(i)), rest = encode(cut.text.mid(i));
            straddles = stream.mid(boundary - 4 - head.size(), head.size()) == head && stream[boundary] == char(cut.wide)
                        && stream.mid(boundary + 1, rest.size()) == rest;
            if (straddles)
                restOfCut[k] = cut.text.mid(i);
        }
        QVERIFY2(straddles, qPrintable(cut.text.left(40)));
    }

    QString error;
    const std::vector<TextTable> sheets = sheetsOf(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheets.size(), size_t(1));
    const std::vector<TableRow> &rows = sheets[0].rows;
    QCOMPARE(rows.size(), size_t(303));
    QCOMPARE(rows[0].cells, (QStringList{u"Title"_s, u"Date"_s}));
    for (int k = 1; k <= 300; ++k) {
        QCOMPARE(rows[size_t(k)].number, qint64(k + 1));
        QCOMPARE(rows[size_t(k)].cells, (QStringList{noteString(k), QString::number(k)}));
    }
    QCOMPARE(rows[301].cells, QStringList{longAscii});
    QCOMPARE(rows[302].cells, QStringList{longCyrillic});

    // Excel stores the characters after a cut as they need, not always as those before it: the
    // same string, its one-byte start continued as UTF-16. The sheet then starts further on.
    QByteArray switched = stream;
    const QString &rest = restOfCut[1];
    const qsizetype boundary = continues[1];
    switched.replace(boundary, 1 + rest.size(), '\x01' + QByteArray(reinterpret_cast<const char *>(rest.utf16()), rest.size() * 2));
    putLe16(switched, boundary - 2, quint16(le16(switched.constData() + boundary - 2) + rest.size()));
    const qsizetype sheetAt = recordsOf(switched, 0x0085)[0];
    putLe32(switched, sheetAt, quint32(le32(switched.constData() + sheetAt) + rest.size()));
    const std::vector<TextTable> again = sheetsOf(compoundFileOf({{u"Workbook"_s, switched}}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(again[0].rows.size(), size_t(303));
    for (int k = 1; k <= 300; ++k)
        QCOMPARE(again[0].rows[size_t(k)].cells.value(0), noteString(k));
}

void TestXlsWorkbook::sectorSizesAndDifat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("shift");
    QTest::addColumn<qint64>("padding");
    // timeline.xls's workbook stream (3.7 KB) lives in the mini stream, strings.xls's (49 KB) in sectors.
    QTest::newRow("512-byte sectors, mini stream") << u"timeline.xls"_s << 9 << qint64(0);
    QTest::newRow("4096-byte sectors, mini stream") << u"timeline.xls"_s << 12 << qint64(0);
    QTest::newRow("4096-byte sectors") << u"strings.xls"_s << 12 << qint64(0);
    // 14,000 more sectors need 110 FAT sectors: one beyond the header's DIFAT, in a DIFAT sector.
    QTest::newRow("DIFAT sectors") << u"strings.xls"_s << 9 << qint64(14000);
}

void TestXlsWorkbook::sectorSizesAndDifat()
{
    QFETCH(QString, file);
    QFETCH(int, shift);
    QFETCH(qint64, padding);
    const QByteArray original = fixture(u"workbook/"_s + file);
    const QByteArray summary = streamOf(original, u"\x05SummaryInformation"_s);
    const QByteArray rebuilt = compoundFileOf({{u"\x05SummaryInformation"_s, summary}, {u"Workbook"_s, streamOf(original, u"Workbook"_s)}},
                                              shift, padding);
    if (padding > 0)
        QCOMPARE(le32(rebuilt.constData() + 72), quint32(1)); // one DIFAT sector
    QString error;
    const std::optional<CompoundFile> cf = CompoundFile::open(rebuilt, &error);
    QVERIFY2(cf, qPrintable(error));
    QCOMPARE(cf->streamNames(), (QStringList{u"\x05SummaryInformation"_s, u"Workbook"_s}));
    QCOMPARE(cf->stream(u"\x05summaryinformation"_s, &error).value_or(QByteArray()), summary);
    QString expectedError;
    const std::vector<TextTable> expected = sheetsOf(original, &expectedError), actual = sheetsOf(rebuilt, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actual.size(), expected.size());
    for (size_t k = 0; k < actual.size(); ++k) {
        QCOMPARE(actual[k].rows.size(), expected[k].rows.size());
        for (size_t r = 0; r < actual[k].rows.size(); ++r)
            QCOMPARE(actual[k].rows[r].cells, expected[k].rows[r].cells);
    }
}

void TestXlsWorkbook::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    const QByteArray timeline = fixture(u"workbook/timeline.xls"_s), strings = fixture(u"workbook/strings.xls"_s);
    const QByteArray workbook = streamOf(timeline, u"Workbook"_s);
    QTest::newRow("encrypted by LibreOffice") << fixture(u"workbook/encrypted.xls"_s) << u"this workbook is password-protected"_s;
    QByteArray filePass = workbook;
    filePass.insert(recordsOf(workbook, 0x0809)[0] + 16, QByteArray("\x2F\x00\x06\x00\x01\x00\x01\x00\x01\x00", 10));
    QTest::newRow("a FILEPASS record") << compoundFileOf({{u"Workbook"_s, filePass}}) << u"this workbook is password-protected"_s;
    QTest::newRow("an encrypted .xlsx")
        << compoundFileOf({{u"EncryptionInfo"_s, QByteArray(200, 'i')}, {u"EncryptedPackage"_s, QByteArray(5000, 'p')}})
        << u"password-protected Excel workbook (.xlsx)"_s;
    QTest::newRow("Excel 5.0/95 stream") << compoundFileOf({{u"Book"_s, workbook}}) << u"Excel 5.0/95"_s;
    QByteArray biff5 = workbook;
    putLe16(biff5, 4, 0x0500);
    QTest::newRow("Excel 5.0/95 records") << compoundFileOf({{u"Workbook"_s, biff5}}) << u"Excel 5.0/95"_s;
    QTest::newRow("a Word document") << compoundFileOf({{u"WordDocument"_s, QByteArray(5000, 'w')}}) << u"holds no Excel workbook"_s;
    QTest::newRow("a record cut short") << compoundFileOf({{u"Workbook"_s, workbook.chopped(3)}}) << u"damaged (a record is cut short)"_s;
    QTest::newRow("no BOF") << compoundFileOf({{u"Workbook"_s, workbook.mid(20)}}) << u"does not start with a BOF"_s;
    QTest::newRow("header only") << timeline.left(512) << u"truncated"_s;
    QTest::newRow("signature only") << timeline.left(8) << u"truncated"_s;

    // The workbook stream's chain: sector s goes on to s + 1; make s + 1 go back to s.
    const qsizetype entry = entryOffset(strings, u"Workbook"_s);
    const quint32 start = le32(strings.constData() + entry + 116);
    const qsizetype fat = (qsizetype(le32(strings.constData() + 76)) + 1) * 512;
    QCOMPARE(le32(strings.constData() + fat + 4 * (start + 1)), start + 2);
    QByteArray cycle = strings;
    putLe32(cycle, fat + 4 * (start + 1), start);
    QTest::newRow("a chain that loops") << cycle << u"a chain of sectors loops"_s;
    QByteArray outside = strings;
    putLe32(outside, fat + 4 * (start + 1), 0x00FFFFF0);
    QTest::newRow("a chain that leaves the file") << outside << u"points outside the file"_s;
    QByteArray huge = strings;
    putLe32(huge, entry + 120, 0xFFFFFFF0);
    QTest::newRow("a huge stream size") << huge << u"claims to be larger than the file"_s;
    QByteArray longer = strings;
    putLe32(longer, entry + 120, le32(strings.constData() + entry + 120) + 600);
    QTest::newRow("a stream longer than its chain") << longer << u"shorter than its size"_s;
    QByteArray mini = timeline;
    putLe32(mini, entryOffset(timeline, u"Root Entry"_s) + 116, 0x7FFFFFFF);
    QTest::newRow("a mini stream outside the file") << mini << u"outside the file"_s;
    QByteArray fatCount = timeline;
    putLe32(fatCount, 44, 100000);
    QTest::newRow("a FAT larger than the file") << fatCount << u"FAT is larger than the file"_s;
    QByteArray directory = timeline;
    putLe32(directory, 48, 5000);
    QTest::newRow("a directory outside the file") << directory << u"outside the file"_s;
    QByteArray order = timeline;
    putLe16(order, 30, 7);
    QTest::newRow("a sector size of 128") << order << u"not a compound file's"_s;
}

void TestXlsWorkbook::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const ImportedContent imported = readWorkbook(data, {});
    QVERIFY(imported.fatal);
    QVERIFY(imported.content.events.empty());
    QCOMPARE(imported.rejected.size(), size_t(1));
    QVERIFY2(imported.rejected[0].message.contains(reason), qPrintable(imported.rejected[0].message));
}

// An SST that claims more strings than it holds gives those it holds; a cell that points past
// them is left empty and noted.
void TestXlsWorkbook::sharedStringCountTooLarge()
{
    const QByteArray timeline = fixture(u"workbook/timeline.xls"_s);
    QByteArray workbook = streamOf(timeline, u"Workbook"_s);
    const qsizetype sst = recordsOf(workbook, 0x00FC)[0];
    putLe32(workbook, sst + 4, 0x7FFFFFFF);
    QString error;
    std::vector<TextTable> sheets = sheetsOf(compoundFileOf({{u"Workbook"_s, workbook}}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheets[1].rows[1].cells[0], u"Title"_s);

    // Only the first three strings: the cover's two and the title.
    putLe32(workbook, sst + 4, 3);
    sheets = sheetsOf(compoundFileOf({{u"Workbook"_s, workbook}}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sheets[1].rows[0].cells, QStringList{u"Summit timeline"_s});
    QCOMPARE(sheets[1].rows[1].number, qint64(4)); // the header's names are gone
    QCOMPARE(sheets[1].rows[1].cells.value(1), u"2008-03-17"_s);
    QVERIFY2(sheets[1].notes.join(u'\n').contains(u"damaged cells, left empty: "_s), qPrintable(sheets[1].notes.join(u'\n')));
}

// A file cut at any length is refused with a reason or read: never a crash or a read past its end
// (the sanitizer build checks the latter).
void TestXlsWorkbook::truncated()
{
    for (const QString &name : {u"timeline.xls"_s, u"strings.xls"_s}) {
        const QByteArray data = fixture(u"workbook/"_s + name);
        for (qsizetype size = 0; size < data.size(); size += name == u"timeline.xls" ? 7 : 61) {
            QString why;
            QVERIFY2(errorOrTables(data.left(size), &why), qPrintable(u"%1 cut at %2: %3"_s.arg(name).arg(size).arg(why)));
        }
    }
    // The workbook stream itself cut at every length, in a sound compound file.
    const QByteArray workbook = streamOf(fixture(u"workbook/timeline.xls"_s), u"Workbook"_s);
    for (qsizetype size = 0; size < workbook.size(); size += 3) {
        QString why;
        QVERIFY2(errorOrTables(compoundFileOf({{u"Workbook"_s, workbook.left(size)}}), &why), qPrintable(u"cut at %1: %2"_s.arg(size).arg(why)));
    }
}

// Random bytes changed, over and over: a reason or tables, and every import result well formed.
void TestXlsWorkbook::byteFlips()
{
    QRandomGenerator random(20080317);
    const QByteArray workbook = streamOf(fixture(u"workbook/timeline.xls"_s), u"Workbook"_s);
    const QByteArray inputs[] = {fixture(u"workbook/timeline.xls"_s), fixture(u"workbook/strings.xls"_s),
                                 compoundFileOf({{u"Workbook"_s, workbook}})};
    for (int round = 0; round < 3000; ++round) {
        const QByteArray &original = inputs[round % 3];
        QByteArray data = original;
        const int flips = 1 + random.bounded(8);
        for (int k = 0; k < flips; ++k) {
            // Mostly where the structure is: the header, the directory, the records' headers.
            const int at = random.bounded(2) ? random.bounded(int(std::min<qsizetype>(data.size(), 4096)))
                                             : random.bounded(int(data.size()));
            data[at] = char(random.bounded(256));
        }
        QString why;
        QVERIFY2(errorOrTables(data, &why), qPrintable(u"round %1: %2"_s.arg(round).arg(why)));
        if (round % 10 == 0) {
            const ImportedContent imported = readWorkbook(data, {});
            QVERIFY(!imported.fatal || (imported.rejected.size() == 1 && !imported.rejected[0].message.isEmpty()));
        }
    }
}

void TestXlsWorkbook::detected()
{
    QCOMPARE(dataFormatForFile(u"Old timeline.XLS"_s)->name, u"xlsx"_s);
    QVERIFY(dataFormatForFile(u"old.xls"_s)->extensions.contains(u"xls"_s));
    QCOMPARE(detectDataFormat(fixture(u"workbook/timeline.xls"_s))->name, u"xlsx"_s);
    QCOMPARE(detectDataFormat(fixture(u"workbook/timeline.xls"_s), u"events.xls"_s)->name, u"xlsx"_s);
}

QTEST_GUILESS_MAIN(TestXlsWorkbook)
#include "tst_xlsworkbook.moc"
