// GDELT reading: column-count detection, record fields, FIPS -> ISO, CAMEO verbs, plain/.gz/.zip.
#include "core/io/countrycodes.h"
#include "core/io/gdelt/cameoverbs.h"
#include "core/io/gdelt/fipscountries.h"
#include "core/io/gdelt/gdeltinput.h"
#include "core/io/gdelt/gdeltmapper.h"
#include "core/io/gdelt/gdeltrecord.h"
#include "core/model/isocountries.h"
#include "gdeltarchives.h"
#include "gdeltrows.h"

#include <QTemporaryDir>
#include <QTest>


using namespace dateline;
using namespace dateline::gdelt;
using namespace Qt::StringLiterals;

namespace {

QByteArrayList readAll(const QString &path, QString *error)
{
    InputFile file(path);
    QByteArrayList lines;
    if (!file.open(error))
        return lines;
    QByteArrayView line;
    while (file.next(line))
        lines.append(line.toByteArray());
    *error = file.error();
    return lines;
}

} // namespace

class TestGdeltRead : public QObject {
    Q_OBJECT
private slots:
    void columnCount_data();
    void columnCount();
    void layoutColumns();
    void badRows_data();
    void badRows();
    void fipsToIso_data();
    void fipsToIso();
    void fipsTableMatchesCountryInfo();
    void fipsTableCountriesAreKnown();
    void verbs_data();
    void verbs();
    void titleCase();
    void inputFormats_data();
    void inputFormats();
    void truncatedGzip();
    void damagedZip();
    void recognisedByContent_data();
    void recognisedByContent();

private:
    QTemporaryDir m_dir;
};

void TestGdeltRead::columnCount_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1.0 historical") << 57 << true;
    QTest::newRow("1.0 daily") << 58 << true;
    QTest::newRow("2.0") << 61 << true;
    QTest::newRow("56") << 56 << false;
    QTest::newRow("59") << 59 << false;
    QTest::newRow("60") << 60 << false;
    QTest::newRow("62") << 62 << false;
}

void TestGdeltRead::columnCount()
{
    QFETCH(int, columns);
    QFETCH(bool, valid);
    gdelttest::Row spec;
    spec.columns = columns < 57 ? 57 : columns > 61 ? 61 : columns;
    QByteArray text = gdelttest::line(spec);
    while (text.count('\t') + 1 > columns)
        text.chop(text.size() - text.lastIndexOf('\t'));
    while (text.count('\t') + 1 < columns)
        text += '\t';
    Record record;
    QString error;
    QCOMPARE(parseRecord(text, record, &error), valid);
    if (valid)
        QCOMPARE(int(record.layout), columns);
    else
        QVERIFY2(error.contains(QString::number(columns)) && error.contains(u"61"_s), qPrintable(error));
}

// The columns that move between layouts land in the right fields.
void TestGdeltRead::layoutColumns()
{
    for (int columns : {57, 58, 61}) {
        gdelttest::Row spec;
        spec.columns = columns;
        spec.id = 410412347;
        spec.eventCode = "0421";
        const QByteArray line = gdelttest::line(spec); // the record's views point into it
        Record r;
        QString error;
        QVERIFY2(parseRecord(line, r, &error), qPrintable(error));
        QCOMPARE(r.globalId, 410412347);
        QCOMPARE(r.year * 10000 + r.month * 100 + r.day, 20250101);
        QCOMPARE(r.actor1.name, QByteArrayView("UNITED STATES"));
        QCOMPARE(r.actor2.code, QByteArrayView("RUS"));
        QCOMPARE(r.eventCode, QByteArrayView("0421")); // leading zero kept
        QCOMPARE(r.mentions, 10);
        QCOMPARE(r.tone, -3.25);
        QCOMPARE(r.geoType, 4);
        QCOMPARE(r.geoName, QByteArrayView("Moscow, Moskva, Russia"));
        QCOMPARE(r.geoCountry, QByteArrayView("RS"));
        QCOMPARE(r.latitude.value_or(0), 55.7522);
        QCOMPARE(r.longitude.value_or(0), 37.6156);
        QCOMPARE(r.sourceUrl, columns == 57 ? QByteArrayView() : QByteArrayView("https://example.org/news/1"));
        QCOMPARE(r.dateAdded.size(), columns == 61 ? 14 : 8);
    }
}

void TestGdeltRead::badRows_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("id not a number") << QByteArray("id") << QByteArray("x12") << u"GLOBALEVENTID"_s;
    QTest::newRow("date too short") << QByteArray("date") << QByteArray("2025011") << u"SQLDATE"_s;
    QTest::newRow("no 30 February") << QByteArray("date") << QByteArray("20250230") << u"SQLDATE"_s;
    QTest::newRow("month 13") << QByteArray("date") << QByteArray("20251301") << u"SQLDATE"_s;
}

void TestGdeltRead::badRows()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, message);
    gdelttest::Row spec;
    QByteArrayList fields = gdelttest::line(spec).split('\t');
    fields[field == "id" ? 0 : 1] = value;
    Record r;
    QString error;
    QVERIFY(!parseRecord(fields.join('\t'), r, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestGdeltRead::fipsToIso_data()
{
    QTest::addColumn<QByteArray>("fips");
    QTest::addColumn<QString>("iso");
    QTest::newRow("UK") << QByteArray("UK") << u"GBR"_s;
    QTest::newRow("GM is Germany") << QByteArray("GM") << u"DEU"_s;
    QTest::newRow("RS is Russia") << QByteArray("RS") << u"RUS"_s;
    QTest::newRow("SF is South Africa") << QByteArray("SF") << u"ZAF"_s;
    QTest::newRow("AS is Australia") << QByteArray("AS") << u"AUS"_s;
    QTest::newRow("KV Kosovo") << QByteArray("KV") << u"XKX"_s;
    QTest::newRow("Gaza") << QByteArray("GZ") << u"PSE"_s;
    QTest::newRow("oceans: none") << QByteArray("OS") << QString();
    QTest::newRow("unknown") << QByteArray("QQ") << QString();
    QTest::newRow("too long") << QByteArray("USA") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestGdeltRead::fipsToIso()
{
    QFETCH(QByteArray, fips);
    QFETCH(QString, iso);
    QCOMPARE(QString(fipsToIso3(fips)), iso);
}

// Our table agrees with GeoNames' countryInfo.txt wherever that file gives a FIPS code.
void TestGdeltRead::fipsTableMatchesCountryInfo()
{
    QFile file(QStringLiteral(DATELINE_SHARED_DATA "/reference/countryInfo.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("countryInfo.txt is not present");
    int checked = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('#') || line.startsWith("ISO\t"))
            continue;
        const QByteArrayList f = line.split('\t');
        if (f.size() < 5 || f[3].isEmpty())
            continue;
        QVERIFY2(QString(fipsToIso3(f[3])) == QString::fromLatin1(f[1]),
                 qPrintable(u"%1 (%2): ours %3, countryInfo %4"_s.arg(QString::fromLatin1(f[3]), QString::fromUtf8(f[4]),
                                                                       QString(fipsToIso3(f[3])), QString::fromLatin1(f[1]))));
        ++checked;
    }
    QVERIFY(checked > 200);
    const auto table = fipsTable();
    for (std::size_t i = 1; i < table.size(); ++i)
        QVERIFY(table[i - 1].first < table[i].first); // sorted: the lookup is a binary search
}

// Every country a GDELT place gets is one Dateline names and reads back (a CSV written from a
// GDELT import said "SCG", "XKX" and "ANT", and its import rejected those rows).
void TestGdeltRead::fipsTableCountriesAreKnown()
{
    if (isoCountries().empty())
        QSKIP("iso-codes is not installed");
    for (const auto &[fips, iso] : fipsTable()) {
        const QString code(iso);
        QVERIFY2(countryAlpha3(code) == code, qPrintable(code));
        QVERIFY2(countryDisplayName(code) != code, qPrintable(code));
    }
}

void TestGdeltRead::verbs_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("verb");
    QTest::newRow("root 13") << u"13"_s << u"threatens"_s;
    QTest::newRow("base 130") << u"130"_s << u"threatens"_s;
    QTest::newRow("042 visits") << u"042"_s << u"visits"_s;
    QTest::newRow("four digits use the base") << u"0874"_s << u"de-escalates with"_s;
    QTest::newRow("unknown base falls back to the root") << u"199"_s << u"fights"_s;
    QTest::newRow("leading zero matters") << u"42"_s << QString();
    QTest::newRow("not a code") << u"abc"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestGdeltRead::verbs()
{
    QFETCH(QString, code);
    QFETCH(QString, verb);
    QCOMPARE(QString(cameoVerb(code)), verb);
    QCOMPARE(QString(verbAlone(QLatin1StringView("appeals to"))), u"appeals"_s);
    QCOMPARE(QString(verbAlone(QLatin1StringView("threatens"))), u"threatens"_s);
}

void TestGdeltRead::titleCase()
{
    QCOMPARE(gdelt::titleCase("UNITED STATES"), u"United States"_s);
    QCOMPARE(gdelt::titleCase("GUINEA-BISSAU"), u"Guinea-Bissau"_s);
    QCOMPARE(gdelt::titleCase("ÉLYSÉE"), u"Élysée"_s);
}

void TestGdeltRead::inputFormats_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain") << u"plain"_s;
    QTest::newRow("plain CRLF, no final newline") << u"crlf"_s;
    QTest::newRow("gzip") << u"gz"_s;
    QTest::newRow("gzip, two members") << u"gz2"_s;
    QTest::newRow("zip, deflated") << u"zip"_s;
    QTest::newRow("zip, stored, two entries") << u"zipstored"_s;
}

void TestGdeltRead::inputFormats()
{
    QFETCH(QString, kind);
    QByteArrayList rows;
    for (int i = 1; i <= 3000; ++i) { // several MB decompressed: more than one read buffer
        gdelttest::Row spec;
        spec.id = i;
        spec.url = "https://example.org/" + QByteArray(400, 'x') + QByteArray::number(i);
        rows.append(gdelttest::line(spec));
    }
    const QByteArray text = rows.join('\n') + '\n';
    const QByteArray half1 = rows.mid(0, 1500).join('\n') + '\n', half2 = rows.mid(1500).join('\n') + '\n';
    QByteArray data;
    if (kind == u"plain")
        data = text;
    else if (kind == u"crlf")
        data = rows.join("\r\n");
    else if (kind == u"gz")
        data = gdelttest::deflateBytes(text, false);
    else if (kind == u"gz2")
        data = gdelttest::deflateBytes(half1, false) + gdelttest::deflateBytes(half2, false);
    else if (kind == u"zip")
        data = gdelttest::zipOf({{"a.CSV", text}}, true);
    else
        data = gdelttest::zipOf({{"a.CSV", half1}, {"b.CSV", half2.chopped(1)}}, false);
    const QString path = m_dir.filePath(kind + u".data"_s); // the kind is told by the bytes, not the name
    QVERIFY(gdelttest::writeFile(path, data));
    QString error;
    const QByteArrayList lines = readAll(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lines.size(), rows.size());
    QCOMPARE(lines.first(), rows.first());
    QCOMPARE(lines.last(), rows.last());
}

void TestGdeltRead::truncatedGzip()
{
    QByteArrayList rows;
    for (int i = 1; i <= 2000; ++i) {
        gdelttest::Row spec;
        spec.id = i;
        rows.append(gdelttest::line(spec));
    }
    const QByteArray gz = gdelttest::deflateBytes(rows.join('\n') + '\n', false);
    const QString path = m_dir.filePath(u"cut.gz"_s);
    QVERIFY(gdelttest::writeFile(path, gz.left(gz.size() / 2)));
    QString error;
    const QByteArrayList lines = readAll(path, &error);
    QVERIFY2(error.contains(u"truncated"_s), qPrintable(error));
    QVERIFY(lines.size() > 0 && lines.size() < rows.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        QCOMPARE(lines[i], rows[i]); // complete lines only, never a cut one
}

void TestGdeltRead::damagedZip()
{
    const QByteArray text = gdelttest::line({}) + '\n';
    QByteArray zip = gdelttest::zipOf({{"a.CSV", text}}, false);
    zip[30 + 5 + 3] = 'X'; // a byte of the stored data: the CRC no longer matches
    const QString path = m_dir.filePath(u"bad.zip"_s);
    QVERIFY(gdelttest::writeFile(path, zip));
    QString error;
    readAll(path, &error);
    QVERIFY2(error.contains(u"checksum"_s), qPrintable(error));
}

// `dateline-cli import IN FILE` sends GDELT files to their own import by their first bytes: a
// record, gzip, or a ZIP whose first member is a .CSV; never a spreadsheet's ZIP or another CSV.
void TestGdeltRead::recognisedByContent_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("gdelt");
    const QByteArray row = gdelttest::line(gdelttest::Row{});
    QTest::newRow("a record") << row + "\r\n" << true;
    QTest::newRow("gzip") << gdelttest::deflateBytes(row, false) << true;
    QTest::newRow("zip of a CSV") << gdelttest::zipOf({{"20150218230000.export.CSV", row}}, true) << true;
    QTest::newRow("xlsx") << gdelttest::zipOf({{"[Content_Types].xml", "<Types/>"}}, false) << false;
    QTest::newRow("another CSV") << QByteArray("title,date\nTalks,2008-03-17\n") << false;
    QTest::newRow("a cut ZIP header") << QByteArray("PK\x03\x04\x14\x00", 6) << false;
}

void TestGdeltRead::recognisedByContent()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, gdelt);
    QCOMPARE(gdelt::looksLikeGdeltEvents(head), gdelt);
}

QTEST_GUILESS_MAIN(TestGdeltRead)
#include "tst_gdeltread.moc"
