// export-json and export-data write the same bytes to a file and to standard output (streamed),
// the bytes the whole-document exports wrote (tests/io/data/streamexport), and leave no file
// behind when they cannot write.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString fixture(const QString &name)
{
    return QStringLiteral(DATELINE_STREAM_FIXTURES "/") + name;
}

} // namespace

class TestCliExportStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameBytesToFileAndStdout_data();
    void sameBytesToFileAndStdout();
    void unwritableTargetLeavesNothing();

private:
    QTemporaryDir m_dir;
    QString m_doc;
};

void TestCliExportStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_doc = m_dir.filePath(u"fixture.dateline"_s);
    const CliRun run = runCli({u"import-json"_s, fixture(u"fixture.json"_s), m_doc});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliExportStream::sameBytesToFileAndStdout_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("outName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("export-json") << u"export-json"_s << QString() << u"out.json"_s << u"fixture.json"_s;
    QTest::newRow("export-data json") << u"export-data"_s << u"json"_s << u"out.json"_s << u"fixture.json"_s;
    QTest::newRow("export-data csv") << u"export-data"_s << u"csv"_s << u"out.csv"_s << u"expected.csv"_s;
    QTest::newRow("export-data tsv") << u"export-data"_s << u"tsv"_s << u"out.tsv"_s << u"expected.tsv"_s;
}

void TestCliExportStream::sameBytesToFileAndStdout()
{
    QFETCH(QString, command);
    QFETCH(QString, format);
    QFETCH(QString, outName);
    QFETCH(QString, expected);
    const QByteArray want = readFile(fixture(expected));
    QVERIFY(!want.isEmpty());
    const QString out = m_dir.filePath(outName);
    QFile::remove(out);
    QStringList args{command};
    if (!format.isEmpty())
        args << format;
    CliRun run = runCli(args + QStringList{m_doc, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(readFile(out), want);
    run = runCli(args + QStringList{m_doc, u"-"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, QString::fromUtf8(want));
}

void TestCliExportStream::unwritableTargetLeavesNothing()
{
    const QString missing = m_dir.filePath(u"no-such-folder/out.json"_s);
    const CliRun run = runCli({u"export-json"_s, m_doc, missing});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"dateline-cli: cannot write "_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!QDir(m_dir.filePath(u"no-such-folder"_s)).exists());
}

QTEST_GUILESS_MAIN(TestCliExportStream)
#include "tst_cliexportstream.moc"
