// dateline-cli import and export-data, through the real binary.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using dateline::test::CliRun;
using dateline::test::runCli;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

const QByteArray kMixed = "Headline,When,Who\r\n"
                          "Meeting,17/03/2008,Rice; Lavrov\r\n"
                          "\"Two\r\nlines\",18/03/2008,Gates\r\n"
                          "Broken,31/02/2008,\r\n"
                          "Summit,06/04/2008,Bush; Putin\r\n";

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_mixed = m_dir.filePath(u"mixed.csv"_s);
        QVERIFY(write(m_mixed, kMixed));
    }

    void importReportsRejectedRows()
    {
        const QString doc = m_dir.filePath(u"good.dateline"_s);
        const CliRun run = runCli({u"import"_s, m_mixed, doc});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"imported into "_s + doc + u": 3 events, 5 actors"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"(1 row rejected)"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(m_mixed + u": line 5: date \"31/02/2008\": February 2008 has no day 31"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"numeric dates read day first"_s), qPrintable(run.err));
        const CliRun list = runCli({u"list"_s, doc});
        QVERIFY2(list.out.contains(u"6 Apr 2008"_s), qPrintable(list.out)); // day first was guessed
    }

    // A TimelineJS file's eras are counted in the summary too (they were imported, not said).
    void summaryCountsEras()
    {
        const QString in = m_dir.filePath(u"eras.json"_s);
        QVERIFY(write(in, QByteArrayLiteral(
                              R"({"events":[{"start_date":{"year":"2008","month":"3","day":"17"},"text":{"headline":"Talks"}}],)"
                              R"("eras":[{"start_date":{"year":"2008"},"end_date":{"year":"2009"},"text":{"headline":"Term"}}]})")));
        const QString doc = m_dir.filePath(u"eras.dateline"_s);
        const CliRun run = runCli({u"import"_s, in, doc});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u": 1 event, 0 actors, 0 places, 0 sources, 0 quotes, 1 era\n"_s), qPrintable(run.out));
    }

    void allOrNothingLeavesFileByteIdentical()
    {
        const QString doc = m_dir.filePath(u"existing.dateline"_s);
        QCOMPARE(runCli({u"import"_s, u"json"_s, QStringLiteral(DATELINE_SAMPLE_JSON), doc}).exitCode, 0);
        const QByteArray before = contents(doc);
        QVERIFY(!before.isEmpty());
        const CliRun run = runCli({u"import"_s, m_mixed, doc, u"--all-or-nothing"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"1 row rejected; nothing imported"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"line 5:"_s), qPrintable(run.err));
        QCOMPARE(contents(doc), before);
    }

    void nothingImportedCreatesNoFile_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("every row bad") << QByteArray("title,date\na,2008-02-30\nb,never\n") << QStringList()
                                       << u"no row could be imported"_s;
        QTest::newRow("no title column") << QByteArray("x,date\na,2008\n") << QStringList() << u"no column is mapped to the title"_s;
        QTest::newRow("all or nothing") << QByteArray("title,date\na,2008\nb,never\n") << QStringList{u"--all-or-nothing"_s}
                                        << u"nothing imported"_s;
        QTest::newRow("bad map") << QByteArray("title,date\na,2008\n") << QStringList{u"--map"_s, u"title=Nope"_s}
                                 << u"no column \"Nope\""_s;
    }

    void nothingImportedCreatesNoFile()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString in = m_dir.filePath(u"bad.csv"_s), doc = m_dir.filePath(u"never.dateline"_s);
        QVERIFY(write(in, csv));
        const CliRun run = runCli(QStringList{u"import"_s, in, doc} + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(doc));
        QVERIFY(!QFile::exists(doc + u"-wal"_s));
    }

    void mapAndDayOrderOptions()
    {
        const QString in = m_dir.filePath(u"plain.csv"_s), doc = m_dir.filePath(u"mapped.dateline"_s);
        QVERIFY(write(in, "Col A,Col B,Col C\nfirst thing,03/04/2008,x\n"));
        const CliRun run = runCli({u"import"_s, u"csv"_s, in, doc, u"--map"_s, u"title=Col A,date=2"_s, u"--day-first"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const CliRun list = runCli({u"list"_s, doc});
        QVERIFY2(list.out.contains(u"3 Apr 2008  first thing"_s), qPrintable(list.out));
    }

    void sheetOption_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // on stderr
        QTest::newRow("default") << QStringList{} << 0 << u"read the sheet \"Events\", the first whose columns"_s;
        QTest::newRow("named") << QStringList{u"--sheet"_s, u"events"_s} << 0 << u"read the sheet \"Events\", as chosen"_s;
        QTest::newRow("a cover sheet") << QStringList{u"--sheet"_s, u"About"_s} << 1
                                       << u"no column is mapped to the title"_s;
        QTest::newRow("missing") << QStringList{u"--sheet"_s, u"2009"_s} << 1
                                 << u"the workbook has no sheet named \"2009\"; its sheets: \"About\", \"Events\", \"Later\""_s;
    }

    // --sheet picks a workbook's sheet; a sheet that cannot be imported writes no file.
    void sheetOption()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString doc = m_dir.filePath(u"sheet-%1.dateline"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        const CliRun run = runCli(QStringList{u"import"_s, QStringLiteral(DATELINE_COVER_XLSX), doc} + options);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(QFile::exists(doc), exitCode == 0);
        if (exitCode == 0)
            QVERIFY2(runCli({u"list"_s, doc}).out.contains(u"Talks"_s), qPrintable(run.out));
        // on a file that has no sheets, a usage error
        const CliRun csv = runCli({u"import"_s, m_mixed, doc + u".csv.dateline"_s, u"--sheet"_s, u"Events"_s});
        QCOMPARE(csv.exitCode, 2);
        QVERIFY2(csv.err.contains(u"--sheet applies to workbooks"_s), qPrintable(csv.err));
    }

    // An Excel 97-2003 workbook; a rejected row is named by the sheet's row number, not a line.
    void excel97Workbook()
    {
        const QString doc = m_dir.filePath(u"excel97.dateline"_s);
        const CliRun run = runCli({u"import"_s, QStringLiteral(DATELINE_XLS), doc});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u": 4 events"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"timeline.xls: row 7: date \"sometime\""_s), qPrintable(run.err));
        QVERIFY2(runCli({u"list"_s, doc}).out.contains(u"26 Mar 2008 14:30  Interview"_s), qPrintable(run.out));
    }

    void progressLineForBigFiles()
    {
        // Over 4 MB: a progress line on stderr (a few long rows keep the test fast).
        QByteArray csv = "title,date,description\n";
        const QByteArray text(60 * 1024, 'x');
        for (int i = 0; i < 80; ++i)
            csv += "event " + QByteArray::number(i) + ",2008-03-17," + text + '\n';
        const QString in = m_dir.filePath(u"big.csv"_s), doc = m_dir.filePath(u"big.dateline"_s);
        QVERIFY(write(in, csv));
        const CliRun run = runCli({u"import"_s, in, doc});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"\rreading 100%"_s), qPrintable(run.err.left(200)));
        QVERIFY2(run.err.contains(u"\rwriting 100%"_s), qPrintable(run.err.left(200)));
        QVERIFY2(run.out.contains(u": 80 events"_s), qPrintable(run.out));
        const CliRun small = runCli({u"import"_s, m_mixed, m_dir.filePath(u"small.dateline"_s)});
        QVERIFY(!small.err.contains(u"reading"_s));
    }

    void terminatedWriteLeavesNoFile()
    {
        // SIGTERM while the rows are being written: rolled back, the new file removed.
        QByteArray csv = "title,date,description\n";
        const QByteArray text(40, 'y');
        for (int i = 0; i < 150000; ++i)
            csv += "event " + QByteArray::number(i) + ",2008-03-17," + text + '\n';
        const QString in = m_dir.filePath(u"long.csv"_s), doc = m_dir.filePath(u"terminated.dateline"_s);
        QVERIFY(write(in, csv));
        QProcess process;
        process.start(QStringLiteral(DATELINE_CLI), {u"import"_s, in, doc});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        QDeadlineTimer deadline(30000);
        while (!err.contains("writing 0%") && !deadline.hasExpired() && process.state() == QProcess::Running) {
            process.waitForReadyRead(50);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("writing 0%"), err.constData());
        process.terminate();
        QVERIFY(process.waitForFinished(30000));
        err += process.readAllStandardError();
        if (process.exitStatus() == QProcess::CrashExit || process.exitCode() == 0) {
            // The signal came after the write (the handler is gone then): a complete import.
            QVERIFY(QFile::exists(doc));
            QSKIP("the write finished before the signal arrived");
        }
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains("interrupt"), err.constData());
        QVERIFY(!QFile::exists(doc));
        QVERIFY(!QFile::exists(doc + u"-wal"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format") << QStringList{u"import"_s, u"xml"_s, u"a"_s, u"b"_s} << u"unknown format"_s;
        QTest::newRow("too few") << QStringList{u"import"_s, u"a"_s} << u"expected [FORMAT] IN FILE"_s;
        QTest::newRow("both orders") << QStringList{u"import"_s, u"a"_s, u"b"_s, u"--day-first"_s, u"--month-first"_s}
                                     << u"exclude each other"_s;
        QTest::newRow("bad delimiter") << QStringList{u"import"_s, u"a"_s, u"b"_s, u"--delimiter"_s, u"x"_s} << u"--delimiter"_s;
        QTest::newRow("bad encoding") << QStringList{u"import"_s, u"a"_s, u"b"_s, u"--encoding"_s, u"ebcdic"_s} << u"--encoding"_s;
        QTest::newRow("export unknown extension") << QStringList{u"export-data"_s, u"a"_s, u"out.xlsx"_s} << u"name a format"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void exportImportExportIsStable_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("tsv") << u"tsv"_s;
        QTest::newRow("json") << u"json"_s;
    }

    void exportImportExportIsStable()
    {
        QFETCH(QString, extension);
        const QString sample = m_dir.filePath(u"sample-%1.dateline"_s.arg(extension));
        QCOMPARE(runCli({u"import"_s, QStringLiteral(DATELINE_SAMPLE_JSON), sample}).exitCode, 0); // json detected
        const QString first = m_dir.filePath(u"first."_s + extension), second = m_dir.filePath(u"second."_s + extension);
        const CliRun out1 = runCli({u"export-data"_s, sample, first});
        QVERIFY2(out1.exitCode == 0, qPrintable(out1.err));
        QVERIFY2(out1.out.contains(u"exported 6 events to "_s), qPrintable(out1.out));
        if (extension != u"json")
            QVERIFY2(out1.out.contains(u"left out: "_s), qPrintable(out1.out));
        const QString copy = m_dir.filePath(u"copy-%1.dateline"_s.arg(extension));
        const CliRun in = runCli({u"import"_s, first, copy});
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
        QCOMPARE(runCli({u"export-data"_s, copy, second}).exitCode, 0);
        QCOMPARE(contents(second), contents(first));
    }

    // "exported 1 events to …"
    void exportOfOneEventSaysEvent()
    {
        const QString csv = m_dir.filePath(u"one.csv"_s), doc = m_dir.filePath(u"one.dateline"_s);
        QVERIFY(write(csv, "title,date\nTalks,2008-03-17\n"));
        QCOMPARE(runCli({u"import"_s, csv, doc}).exitCode, 0);
        const CliRun run = runCli({u"export-data"_s, doc, m_dir.filePath(u"one-out.csv"_s)});
        QVERIFY2(run.out.startsWith(u"exported 1 event to "_s), qPrintable(run.out));
    }

    void exportToStdout()
    {
        const QString sample = m_dir.filePath(u"stdout.dateline"_s);
        QCOMPARE(runCli({u"import"_s, QStringLiteral(DATELINE_SAMPLE_JSON), sample}).exitCode, 0);
        const CliRun run = runCli({u"export-data"_s, u"tsv"_s, sample, u"-"_s});
        QCOMPARE(run.exitCode, 0);
        QString out = run.out;
        if (out.startsWith(QChar(0xFEFF)))
            out.remove(0, 1);
        QVERIFY2(out.startsWith(u"id\ttitle\tdate\t"_s), qPrintable(out.left(40)));
        QVERIFY2(run.err.contains(u"left out: "_s), qPrintable(run.err)); // the report does not mix with the data
    }

private:
    QTemporaryDir m_dir;
    QString m_mixed;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
