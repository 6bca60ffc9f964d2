// dateline-cli extract: JSON shape, code point offsets in the text as read, HTML offsets into
// the stripped text, errors.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using dateline::test::runCli;

class TestExtractCli : public QObject {
    Q_OBJECT
private slots:
    void jsonOffsetsAreCodePoints_data();
    void jsonOffsetsAreCodePoints();
    void htmlOffsetsIndexThePlainText();
    void listingAndErrors();
    void actorsFromDocument();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestExtractCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestExtractCli::jsonOffsetsAreCodePoints_data()
{
    // The file's text as a reader decoding it as UTF-8 sees it: CR LF is two code points, a byte order
    // mark one (U+FEFF).
    QTest::addColumn<QString>("text");
    const QString article = QStringLiteral("\U0001F30D Z\u00FCrich: \u201CWe agree,\u201D said Foreign Minister Sergei Lavrov on March 17, 2008.\n");
    QTest::newRow("plain") << article;
    QTest::newRow("byte order mark") << QChar(0xFEFF) + article;
    QTest::newRow("CR LF line breaks") << QStringLiteral("Moscow talks\r\n\r\nBy A. Reporter\r\n\r\n") + article;
}

void TestExtractCli::jsonOffsetsAreCodePoints()
{
    QFETCH(QString, text);
    const auto run = runCli({QStringLiteral("extract"), QStringLiteral("--dct"), QStringLiteral("2008-03-28"), QStringLiteral("--json"),
                             write(QStringLiteral("a.txt"), text.toUtf8())});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray timexes = root.value(QStringLiteral("timexes")).toArray();
    QCOMPARE(timexes.size(), 1);
    QVERIFY(!root.contains(QStringLiteral("plainText"))); // offsets refer to the file itself
    const QJsonObject t = timexes.at(0).toObject();
    const QList<uint> ucs4 = text.toUcs4();
    const int start = t.value(QStringLiteral("start")).toInt();
    const int end = t.value(QStringLiteral("end")).toInt();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start), QStringLiteral("March 17, 2008"));
    QCOMPARE(t.value(QStringLiteral("type")).toString(), QStringLiteral("DATE"));
    QCOMPARE(t.value(QStringLiteral("value")).toString(), QStringLiteral("2008-03-17"));
    QCOMPARE(t.value(QStringLiteral("edtf")).toString(), QStringLiteral("2008-03-17"));
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    const QJsonArray quotes = events.at(0).toObject().value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.at(0).toObject().value(QStringLiteral("speaker")).toString(), QStringLiteral("Sergei Lavrov"));
    QCOMPARE(quotes.at(0).toObject().value(QStringLiteral("start")).toInt(), int(ucs4.indexOf(0x201C)) + 1);
}

void TestExtractCli::htmlOffsetsIndexThePlainText()
{
    const QByteArray html = "<html><body><p>Talks &amp; dinner on <b>March 17</b>.</p></body></html>";
    const auto run = runCli({QStringLiteral("extract"), QStringLiteral("--dct"), QStringLiteral("2008-03-28"), QStringLiteral("--json"),
                             write(QStringLiteral("a.html"), html)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject t = root.value(QStringLiteral("timexes")).toArray().at(0).toObject();
    QCOMPARE(root.value(QStringLiteral("plainText")).toString(), QStringLiteral("Talks & dinner on March 17."));
    QCOMPARE(t.value(QStringLiteral("start")).toInt(), 18);
    QCOMPARE(t.value(QStringLiteral("end")).toInt(), 26);
    QCOMPARE(t.value(QStringLiteral("text")).toString(), QStringLiteral("March 17"));
    QVERIFY(!root.contains(QStringLiteral("furniture")));

    // A page's menu is furniture: listed in code points of plainText, and its date proposes nothing.
    const QByteArray page = "<html><body><nav>Ménu — March 3</nav><p>Talks ended on March 17.</p></body></html>";
    const auto paged = runCli({QStringLiteral("extract"), QStringLiteral("--dct"), QStringLiteral("2008-03-28"),
                               QStringLiteral("--json"), write(QStringLiteral("b.html"), page)});
    QCOMPARE(paged.exitCode, 0);
    const QJsonObject pageRoot = QJsonDocument::fromJson(paged.out.toUtf8()).object();
    const QJsonArray furniture = pageRoot.value(QStringLiteral("furniture")).toArray();
    QCOMPARE(furniture.size(), 1);
    const QString plain = pageRoot.value(QStringLiteral("plainText")).toString();
    QCOMPARE(furniture.at(0).toObject().value(QStringLiteral("start")).toInt(), 0);
    QCOMPARE(furniture.at(0).toObject().value(QStringLiteral("end")).toInt(), plain.indexOf(u'\n'));
    QCOMPARE(pageRoot.value(QStringLiteral("events")).toArray().size(), 1);
}


void TestExtractCli::listingAndErrors()
{
    const QString file = write(QStringLiteral("b.txt"), "The ministers met on Tuesday in Moscow.\n");
    const auto listing = runCli({QStringLiteral("extract"), QStringLiteral("--dct"), QStringLiteral("2008-03-28"), file});
    QCOMPARE(listing.exitCode, 0);
    QVERIFY2(listing.out.contains(QStringLiteral("2008-03-25")), qPrintable(listing.out));
    QCOMPARE(runCli({QStringLiteral("extract"), QStringLiteral("--dct"), QStringLiteral("2008-03"), file}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("extract"), QStringLiteral("--bogus"), file}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("extract")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("extract"), m_dir.filePath(QStringLiteral("missing.txt"))}).exitCode, 1);
    // text that is not UTF-8 is read as Windows-1252, and the CLI says so; binary data is refused
    const auto latin = runCli({QStringLiteral("extract"), write(QStringLiteral("latin.txt"), "Caf\xE9 talks began on Tuesday.\n")});
    QCOMPARE(latin.exitCode, 0);
    QVERIFY2(latin.err.contains(QStringLiteral("windows-1252")), qPrintable(latin.err));
    QVERIFY2(latin.out.contains(QStringLiteral("Caf\u00E9 talks began")), qPrintable(latin.out));
    QByteArray binary("\x7F" "ELF\x02\x01\x01\0\0\0", 10);
    const auto refused = runCli({QStringLiteral("extract"), write(QStringLiteral("binary.bin"), binary)});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("binary")), qPrintable(refused.err));
}


void TestExtractCli::actorsFromDocument()
{
    // The bundled sample knows Lavrov; his quote's speaker then carries the document's actor id.
    const QString doc = m_dir.filePath(QStringLiteral("sample.dateline"));
    QCOMPARE(runCli({QStringLiteral("import-json"), QStringLiteral(DATELINE_SAMPLE_JSON), doc}).exitCode, 0);
    const QString article = write(QStringLiteral("c.txt"), "\"We disagree,\" Lavrov said on March 18 in Moscow.\n");
    const auto run = runCli({QStringLiteral("extract"), QStringLiteral("--dct"), QStringLiteral("2008-03-28"), QStringLiteral("--json"),
                             QStringLiteral("--actors"), doc, article});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject event = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("events")).toArray().at(0).toObject();
    const QJsonArray actors = event.value(QStringLiteral("actors")).toArray();
    QVERIFY2(!actors.isEmpty(), qPrintable(run.out));
    QVERIFY(actors.at(0).toObject().value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(actors.at(0).toObject().value(QStringLiteral("label")).toString().contains(QStringLiteral("Lavrov")));
    QCOMPARE(runCli({QStringLiteral("extract"), QStringLiteral("--actors"), m_dir.filePath(QStringLiteral("none.dateline")), article}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestExtractCli)
#include "tst_extractcli.moc"
