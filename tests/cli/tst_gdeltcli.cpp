// dateline-cli import gdelt: a directory into a new document, bad arguments, Ctrl+C cancels.
#include "../io/gdeltrows.h"
#include "clirun.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace dateline::test;
using namespace Qt::StringLiterals;

class TestGdeltCli : public QObject {
    Q_OBJECT
private slots:
    void importDirectory();
    void detectedWithoutTheWordGdelt();
    void usageErrors_data();
    void usageErrors();
    void interruptCancels();
};

void TestGdeltCli::importDirectory()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u"in"_s);
    gdelttest::Row a, b, c;
    a.id = 1, b.id = 2, c.id = 3, c.columns = 57;
    QVERIFY(gdelttest::writeFile(dir.filePath(u"in/1.export.CSV"_s), gdelttest::line(a) + '\n' + gdelttest::line(b) + '\n'));
    QVERIFY(gdelttest::writeFile(dir.filePath(u"in/2.export.CSV"_s), gdelttest::line(b) + '\n' + gdelttest::line(c) + '\n'));
    const QString doc = dir.filePath(u"g.dateline"_s);
    const CliRun run = runCli({u"import"_s, u"gdelt"_s, dir.filePath(u"in"_s), doc});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"imported 3 events from 4 lines of 2 files"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"1 duplicate row merged"_s), qPrintable(run.out));
    // the rates say what they measure, and a blink of an import gets none ("in 0.0 s (2439 rows/s)")
    const QString output = run.out + run.err;
    QVERIFY2(output.count(u"rows/s"_s) == output.count(u"rows/s reading"_s) + output.count(u"rows/s end to end"_s),
             qPrintable(output));
    QVERIFY2(!output.contains(u" 0.0 s"_s), qPrintable(output));
    QVERIFY2(run.err.contains(u"4 rows read"_s), qPrintable(run.err));
    const CliRun list = runCli({u"list"_s, doc});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(u"United States threatens Russia"_s), qPrintable(list.out));
}

// `import IN FILE` with a GDELT event file took it for a CSV without a title column.
void TestGdeltCli::detectedWithoutTheWordGdelt()
{
    QTemporaryDir dir;
    gdelttest::Row a, b;
    a.id = 1, b.id = 2, b.columns = 58;
    const QString in = dir.filePath(u"20150218230000.export.CSV"_s);
    QVERIFY(gdelttest::writeFile(in, gdelttest::line(a) + "\r\n" + gdelttest::line(b) + "\r\n"));
    const QString doc = dir.filePath(u"g.dateline"_s);
    const CliRun run = runCli({u"import"_s, in, doc});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"imported 2 events from 2 lines of 1 file"_s), qPrintable(run.out + run.err));
}

void TestGdeltCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no inputs") << QStringList{u"import"_s, u"gdelt"_s, u"x.dateline"_s} << 2 << u"usage"_s;
    QTest::newRow("unknown format") << QStringList{u"import"_s, u"foo"_s, u"a"_s, u"b"_s} << 2 << u"unknown format"_s;
    QTest::newRow("missing input") << QStringList{u"import"_s, u"gdelt"_s, u"/nonexistent/in.CSV"_s, u"x.dateline"_s}
                                   << 1 << u"no such file"_s;
}

void TestGdeltCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    args.last() = dir.filePath(args.last());
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath(u"x.dateline"_s)));
}

void TestGdeltCli::interruptCancels()
{
    QTemporaryDir dir;
    QByteArray rows;
    for (int i = 1; i <= 100000; ++i) {
        gdelttest::Row r;
        r.id = i;
        r.url = "https://example.org/" + QByteArray::number(i);
        rows += gdelttest::line(r) + '\n';
    }
    QVERIFY(gdelttest::writeFile(dir.filePath(u"big.CSV"_s), rows));
    const QString doc = dir.filePath(u"g.dateline"_s);
    QProcess process;
    process.start(QStringLiteral(DATELINE_CLI), {u"import"_s, u"gdelt"_s, dir.filePath(u"big.CSV"_s), doc});
    QVERIFY(process.waitForStarted());
    QTest::qWait(400); // the signal handler is installed first thing; the import takes seconds
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitCode() == 0)
        QSKIP("the import finished before the interrupt arrived");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // handled, not killed
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"cancelled"_s), qPrintable(err));
    QVERIFY(!QFile::exists(doc)); // a document it created is removed again
}

QTEST_GUILESS_MAIN(TestGdeltCli)
#include "tst_gdeltcli.moc"
