#include "core/io/csv/csvtokenizer.h"
#include "core/io/csv/textencoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

Q_DECLARE_METATYPE(dateline::TextEncoding)

namespace {

// Every record as fields joined by '|', with its line number: "1:a|b"; the stray quotes as
// "count@first line".
QStringList tokenize(const QString &text, QChar delimiter, QString *stray = nullptr)
{
    CsvTokenizer tokenizer(text, delimiter);
    CsvRecord record;
    QStringList out;
    while (tokenizer.next(record))
        out << u"%1:%2"_s.arg(record.line).arg(record.fields.join(u'|'));
    if (stray)
        *stray = u"%1@%2"_s.arg(tokenizer.strayQuotes()).arg(tokenizer.firstStrayQuoteLine());
    return out;
}

} // namespace

class TestCsvTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void records_data();
    void records();
    void strayQuotes_data();
    void strayQuotes();
    void sepLine();
    void delimiter_data();
    void delimiter();
    void encoding_data();
    void encoding();
    void windows1252();
    void singleByteOrStrayBytes_data();
    void singleByteOrStrayBytes();
    void mixedEncodings_data();
    void mixedEncodings();
};

void TestCsvTokenizer::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("records");
    QTest::newRow("plain") << u"a,b,c\n1,2,3\n"_s << QStringList{u"1:a|b|c"_s, u"2:1|2|3"_s};
    QTest::newRow("no final newline") << u"a,b\n1,2"_s << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("crlf") << u"a,b\r\n1,2\r\n"_s << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("lone cr") << u"a,b\r1,2\r"_s << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("empty fields") << u",,\n"_s << QStringList{u"1:||"_s};
    QTest::newRow("quoted delimiter") << u"\"a,b\",c\n"_s << QStringList{u"1:a,b|c"_s};
    QTest::newRow("doubled quotes") << u"\"say \"\"hi\"\"\",x\n"_s << QStringList{u"1:say \"hi\"|x"_s};
    QTest::newRow("only a doubled quote") << u"\"\"\"\"\n"_s << QStringList{u"1:\""_s};
    QTest::newRow("empty quoted") << u"\"\",x\n"_s << QStringList{u"1:|x"_s};
    QTest::newRow("embedded newline counts lines") << u"h\n\"one\ntwo\"\nnext\n"_s
                                                   << QStringList{u"1:h"_s, u"2:one\ntwo"_s, u"4:next"_s};
    QTest::newRow("embedded crlf kept") << u"\"a\r\nb\",c\r\nd\r\n"_s << QStringList{u"1:a\r\nb|c"_s, u"3:d"_s};
    QTest::newRow("blank line kept as record") << u"a\n\nb\n"_s << QStringList{u"1:a"_s, u"2:"_s, u"3:b"_s};
    QTest::newRow("quote inside unquoted field") << u"5\" disk,x\n"_s << QStringList{u"1:5\" disk|x"_s};
    QTest::newRow("space after closing quote") << u"\"a\" ,c\n"_s << QStringList{u"1:a |c"_s};
    QTest::newRow("space before quote") << u"a, \"b,c\"\n"_s << QStringList{u"1:a|b,c"_s};
    QTest::newRow("ragged rows") << u"a,b,c\n1\n1,2,3,4\n"_s << QStringList{u"1:a|b|c"_s, u"2:1"_s, u"3:1|2|3|4"_s};
    QTest::newRow("unicode") << u"Лавров,北京,القاهرة\n"_s << QStringList{u"1:Лавров|北京|القاهرة"_s};
}

void TestCsvTokenizer::records()
{
    QFETCH(QString, text);
    QFETCH(QStringList, records);
    QString stray;
    QCOMPARE(tokenize(text, u',', &stray), records);
    QCOMPARE(stray, u"0@0"_s);
}

// A quote that encloses no field is an ordinary character: one typed at the start of a title
// once swallowed every line after it (or, with a second one lines later, merged them).
void TestCsvTokenizer::strayQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("stray");
    QTest::newRow("never closed") << u"a,b\n1,\"open\n2,3\n"_s << QChar(u',')
                                  << QStringList{u"1:a|b"_s, u"2:1|\"open"_s, u"3:2|3"_s} << u"1@2"_s;
    QTest::newRow("never closed, last line") << u"a,b\n1,\"open"_s << QChar(u',')
                                             << QStringList{u"1:a|b"_s, u"2:1|\"open"_s} << u"1@2"_s;
    QTest::newRow("closed lines later with text after") << u"d,t\n1,\"Stray open\n2,Row\n3,Closing\" here\n4,x\n"_s
                                                        << QChar(u',')
                                                        << QStringList{u"1:d|t"_s, u"2:1|\"Stray open"_s, u"3:2|Row"_s,
                                                                       u"4:3|Closing\" here"_s, u"5:4|x"_s}
                                                        << u"1@2"_s;
    QTest::newRow("text after closing quote") << u"\"a\"b,c\n"_s << QChar(u',') << QStringList{u"1:\"a\"b|c"_s} << u"1@1"_s;
    QTest::newRow("tsv quoted words") << u"t\td\n\"Peace\" says minister\t2008\n\"Open\t2009\nLast\t2010\n"_s << QChar(u'\t')
                                      << QStringList{u"1:t|d"_s, u"2:\"Peace\" says minister|2008"_s, u"3:\"Open|2009"_s,
                                                     u"4:Last|2010"_s}
                                      << u"2@2"_s;
    QTest::newRow("quoted field across lines stays") << u"a,\"x\ny\",b\nc\n"_s << QChar(u',')
                                                     << QStringList{u"1:a|x\ny|b"_s, u"3:c"_s} << u"0@0"_s;
}

void TestCsvTokenizer::strayQuotes()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, records);
    QFETCH(QString, stray);
    QString found;
    QCOMPARE(tokenize(text, delimiter, &found), records);
    QCOMPARE(found, stray);
}

void TestCsvTokenizer::sepLine()
{
    const QString text = u"sep=;\r\na;b\r\n1;2\r\n"_s;
    CsvTokenizer tokenizer(text, u';');
    QCOMPARE(tokenizer.consumeSepLine(), QChar(u';'));
    CsvRecord record;
    QVERIFY(tokenizer.next(record));
    QCOMPARE(record.fields, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(record.line, 2);
    // Ordinary data that happens to start with "sep=" is left alone.
    CsvTokenizer data(u"sep=x,y\n"_s, u',');
    QVERIFY(data.consumeSepLine().isNull());
    QVERIFY(data.next(record));
    QCOMPARE(record.fields, (QStringList{u"sep=x"_s, u"y"_s}));
}

void TestCsvTokenizer::delimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << u"title,date\nA,2008\nB,2009\n"_s << QChar(u',');
    QTest::newRow("semicolon with decimal commas") << u"title;date;lat\nA;2008;55,75\nB;2009;43,6\n"_s << QChar(u';');
    QTest::newRow("tab") << u"title\tdate\nA, B\t2008\n"_s << QChar(u'\t');
    QTest::newRow("pipe") << u"title|date\nA|2008\n"_s << QChar(u'|');
    QTest::newRow("comma with semicolons in text") << u"title,actors\n\"A\",\"x; y; z\"\n"_s << QChar(u',');
    QTest::newRow("quoted delimiters do not count") << u"a;b\n\"x,y,z\";2\n"_s << QChar(u';');
    QTest::newRow("single column defaults to comma") << u"title\nA\n"_s << QChar(u',');
}

void TestCsvTokenizer::delimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);
    QCOMPARE(detectDelimiter(text), expected);
}

void TestCsvTokenizer::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("expected");
    const QString text = u"title,date\nЛавров – “Sochi”,2008\n"_s;
    QStringEncoder le(QStringConverter::Utf16LE), be(QStringConverter::Utf16BE);
    QTest::newRow("utf-8") << text.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + QByteArray(le(text)) << TextEncoding::Utf16LE;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + QByteArray(be(text)) << TextEncoding::Utf16BE;
    QTest::newRow("utf-16le no bom") << QByteArray(QStringEncoder(QStringConverter::Utf16LE)(u"title,date\nA,2008\n"_s))
                                     << TextEncoding::Utf16LE;
    QTest::newRow("ascii is utf-8") << QByteArray("a,b\n1,2\n") << TextEncoding::Utf8;
}

void TestCsvTokenizer::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, expected);
    QCOMPARE(detectEncoding(bytes), expected);
    const QString decoded = decodeText(bytes, expected);
    QVERIFY(decoded.startsWith(u"title,date\n"_s) || decoded.startsWith(u"a,b"_s)); // BOM dropped
    if (bytes.size() > 30)
        QVERIFY(decoded.contains(u"Лавров – “Sochi”"_s) || decoded.contains(u"A,2008"_s));
}

void TestCsvTokenizer::windows1252()
{
    // "Café – “Moscow” €5" as Windows-1252 bytes.
    const QByteArray bytes("Caf\xE9 \x96 \x93Moscow\x94 \x80" "5");
    QCOMPARE(detectEncoding(bytes), TextEncoding::Windows1252);
    QCOMPARE(decodeText(bytes, TextEncoding::Windows1252), u"Café – “Moscow” €5"_s);
    TextEncoding e;
    QVERIFY(encodingFromName(u"cp1252", &e));
    QCOMPARE(e, TextEncoding::Windows1252);
    QVERIFY(!encodingFromName(u"ebcdic", &e));
}

// Bytes that are not UTF-8: a few strays in a UTF-8 file become U+FFFD (reading the whole file as
// Windows-1252 turned every "é" into "Ã©"); Cyrillic words in single bytes are Windows-1251, as
// Russian Excel saves "CSV"; other single-byte text is Windows-1252.
void TestCsvTokenizer::singleByteOrStrayBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("expected");
    QTest::addColumn<QString>("text");
    QTest::newRow("utf-8 with a stray byte") << u"Лавров, café"_s.toUtf8() + QByteArray(" na\xEFve")
                                             << TextEncoding::Utf8 << u"Лавров, café na\uFFFDve"_s;
    QTest::newRow("stray bytes outnumber utf-8") << QByteArray("caf\xC3\xA9 na\xEFve \xE0 Gen\xE8ve")
                                                 << TextEncoding::Windows1252 << u"cafÃ© naïve à Genève"_s;
    QTest::newRow("windows-1251") << QByteArray("\xC2\xF1\xF2\xF0\xE5\xF7\xE0 \xE2 \xCC\xEE\xF1\xEA\xE2\xE5 \xB9 5 \x97 \xAB\xCB\xE0\xE2\xF0\xEE\xE2\xBB")
                                  << TextEncoding::Windows1251 << u"Встреча в Москве № 5 — «Лавров»"_s;
    QTest::newRow("windows-1252 accents") << QByteArray("R\xE9union \xE0 Gen\xE8ve, M\xFCnchen, S\xE3o Paulo")
                                          << TextEncoding::Windows1252 << u"Réunion à Genève, München, São Paulo"_s;
    QTest::newRow("windows-1252 apostrophes and quotes") << QByteArray("don\x92t \x93go\x94 \x96 caf\xE9")
                                                         << TextEncoding::Windows1252 << u"don’t “go” – café"_s;
    QTest::newRow("mac roman letters") << QByteArray("R\x8Eunion \x88 Gen\x8Fve, M\x9Fnchen, Z\x9Frich")
                                       << TextEncoding::MacRoman << u"Réunion à Genève, München, Zürich"_s;
    QTest::newRow("mac roman line ends") << QByteArray("title,date\rSommet \xD2Sochi\xD3 \xD0 fin,2008\r")
                                         << TextEncoding::MacRoman << u"title,date\rSommet “Sochi” – fin,2008\r"_s;
}

void TestCsvTokenizer::singleByteOrStrayBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, expected);
    QFETCH(QString, text);
    QCOMPARE(detectEncoding(bytes), expected);
    QCOMPARE(decodeText(bytes, expected), text);
    TextEncoding named;
    QVERIFY(encodingFromName(encodingName(expected), &named));
    QCOMPARE(named, expected);
}

// A file appended to by a program that writes the other encoding holds UTF-8 and Windows-1252:
// each piece is read in its own. In mostly UTF-8 text a stray byte is a Windows-1252 letter (it
// was U+FFFD); in mostly Windows-1252 text a field whose high bytes are all well-formed UTF-8 is
// UTF-8 (it was "Ã©"), while a field with a stray byte stays Windows-1252 even where two of its
// bytes happen to form UTF-8 ("«CAFÉ»": É» is C9 BB).
void TestCsvTokenizer::mixedEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("main");
    QTest::addColumn<bool>("mixed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("otherPieces");
    QTest::newRow("windows-1252 with a utf-8 row")
        << QByteArray("Caf\xE9 talks,1\nR\xE9union \xE0 Gen\xE8ve,2\nCaf\xC3\xA9 in UTF-8,3\n") << TextEncoding::Windows1252
        << true << u"Café talks,1\nRéunion à Genève,2\nCafé in UTF-8,3\n"_s << 1;
    QTest::newRow("utf-8 field quoted, in a windows-1252 row")
        << QByteArray("\"Gen\xE8ve\",\xE0 \xE9t\xE9;\"Z\xC3\xBCrich, Schweiz\"|x\r\n") << TextEncoding::Windows1252 << true
        << u"\"Genève\",à été;\"Zürich, Schweiz\"|x\r\n"_s << 1;
    QTest::newRow("a stray byte keeps its field windows-1252")
        << QByteArray("\xAB" "CAF\xC9\xBB,R\xE9union \xE0 Gen\xE8ve\n") << TextEncoding::Windows1252 << true
        << u"«CAFÉ»,Réunion à Genève\n"_s << 0;
    QTest::newRow("four-byte utf-8")
        << QByteArray("caf\xE9 \xE0 \xE8,ok \xF0\x9F\x98\x80\n") << TextEncoding::Windows1252 << true
        << u"café à è,ok \U0001F600\n"_s << 1;
    QTest::newRow("utf-8 with a windows-1252 row")
        << u"Лавров,1\nCafé,2\n"_s.toUtf8() + QByteArray("Na\xEFve \x93quote\x94,3\n") << TextEncoding::Utf8 << true
        << u"Лавров,1\nCafé,2\nNaïve “quote”,3\n"_s << 3;
    QTest::newRow("utf-8 with a bom and a windows-1252 row")
        << QByteArray("\xEF\xBB\xBF") + u"Café,1\n"_s.toUtf8() + QByteArray("Caf\xE9,2\n") << TextEncoding::Utf8 << true
        << u"Café,1\nCafé,2\n"_s << 1;
    QTest::newRow("plain windows-1252") << QByteArray("R\xE9union \xE0 Gen\xE8ve\n") << TextEncoding::Windows1252 << false
                                        << u"Réunion à Genève\n"_s << 0;
    QTest::newRow("plain utf-8") << u"Réunion à Genève\n"_s.toUtf8() << TextEncoding::Utf8 << false
                                 << u"Réunion à Genève\n"_s << 0;
}

void TestCsvTokenizer::mixedEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, main);
    QFETCH(bool, mixed);
    QFETCH(QString, text);
    QFETCH(int, otherPieces);
    bool mixes = !mixed;
    QCOMPARE(detectEncoding(bytes, &mixes), main);
    QCOMPARE(mixes, mixed);
    const MixedText decoded = decodeMixed(bytes, main);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.otherPieces, qsizetype(otherPieces));
    if (!mixed)
        QCOMPARE(decodeText(bytes, main), text); // the same as the whole-file decoders
}

QTEST_GUILESS_MAIN(TestCsvTokenizer)
#include "tst_csvtokenizer.moc"
