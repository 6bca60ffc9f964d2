// Runs the real dateline-cli binary and checks its output and exit codes.
#include "clirun.h"
#include "core/store/schema.h"

#include <QTemporaryDir>
#include <QtTest>

using Run = dateline::test::CliRun;

namespace {

Run cli(const QStringList &args)
{
    return dateline::test::runCli(args);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.dateline"));
        const Run run = cli({QStringLiteral("import-json"), QStringLiteral(DATELINE_SAMPLE_JSON), m_sample});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stdoutContains");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("Commands:") << QString();
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("dateline-cli 0.") << QString();
        QTest::newRow("no args") << QStringList{} << 2 << QString() << QStringLiteral("Usage:");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString() << QStringLiteral("unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("x"), QStringLiteral("--bogus")} << 2 << QString() << QStringLiteral("bogus");
        QTest::newRow("missing file arg") << QStringList{QStringLiteral("info")} << 2 << QString() << QStringLiteral("usage:");
        QTest::newRow("missing file") << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/x.dateline")} << 1 << QString() << QStringLiteral("x.dateline");
        QTest::newRow("bad --from") << QStringList{QStringLiteral("list"), QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("2008-13")} << 2 << QString() << QStringLiteral("2008-13");
        QTest::newRow("command help") << QStringList{QStringLiteral("list"), QStringLiteral("--help")} << 0 << QStringLiteral("--from") << QString();
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stdoutContains);
        QFETCH(QString, stderrContains);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(stdoutContains), qPrintable(run.out));
        QVERIFY2(run.err.contains(stderrContains), qPrintable(run.err));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("edtf");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("2+2 meeting") << QStringLiteral("2008-03-17/2008-03-18")
            << QStringList{QStringLiteral("display:        17–18 Mar 2008"), QStringLiteral("precision:      day"),
                           QStringLiteral("earliest start: 2008-03-17"), QStringLiteral("latest end:     2008-03-18")};
        QTest::newRow("on or before") << QStringLiteral("[..2008-03-26]")
            << QStringList{QStringLiteral("before 26 Mar 2008"), QStringLiteral("earliest start: open"),
                           QStringLiteral("latest start:   2008-03-26")};
        QTest::newRow("month") << QStringLiteral("2008-03")
            << QStringList{QStringLiteral("Mar 2008"), QStringLiteral("earliest start: 2008-03-01"),
                           QStringLiteral("latest end:     2008-03-31")};
        QTest::newRow("BCE") << QStringLiteral("-0099") << QStringList{QStringLiteral("100 BCE")};
    }

    void dates()
    {
        QFETCH(QString, edtf);
        QFETCH(QStringList, expected);
        const Run run = cli({QStringLiteral("date"), edtf});
        QCOMPARE(run.exitCode, 0);
        for (const QString &line : expected)
            QVERIFY2(run.out.contains(line), qPrintable(run.out));
    }

    void invalidDateFails()
    {
        const Run run = cli({QStringLiteral("date"), QStringLiteral("2008-03-17"), QStringLiteral("2008-02-30")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("17 Mar 2008")));
        QVERIFY2(run.out.contains(QStringLiteral("error:")), qPrintable(run.out));
    }

    void listSampleInTimeOrder()
    {
        const Run run = cli({QStringLiteral("list"), m_sample});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 5, qPrintable(run.out));
        const auto indexOf = [&](const QString &needle) {
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines[i].contains(needle))
                    return i;
            return qsizetype(-1);
        };
        const qsizetype meeting = indexOf(QStringLiteral("17–18 Mar 2008"));
        const qsizetype interview = indexOf(QStringLiteral("26 Mar 2008"));
        const qsizetype sochi = indexOf(QStringLiteral("6 Apr 2008"));
        QVERIFY2(meeting >= 0 && interview > meeting && sochi > interview, qPrintable(run.out));
        QVERIFY(lines[meeting].contains(QStringLiteral("Lavrov")));
    }

    void listRange()
    {
        const Run run = cli({QStringLiteral("list"), m_sample, QStringLiteral("--from"), QStringLiteral("2008-04"),
                             QStringLiteral("--to"), QStringLiteral("2008-04")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("6 Apr 2008")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("17–18 Mar 2008")), qPrintable(run.out));
    }

    void infoCounts()
    {
        const Run run = cli({QStringLiteral("info"), m_sample});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("schema version: %1").arg(dateline::schema::kCurrentVersion)));
        QVERIFY(run.out.contains(QStringLiteral("time extent:")));
    }

    void jsonRoundTrip()
    {
        const QString json1 = m_dir.filePath(QStringLiteral("a.json"));
        const QString json2 = m_dir.filePath(QStringLiteral("b.json"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.dateline"));
        QCOMPARE(cli({QStringLiteral("export-json"), m_sample, json1}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("import-json"), json1, copy}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("export-json"), copy, json2}).exitCode, 0);
        QFile a(json1), b(json2);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    // The summary says what the import added, not what the document now holds.
    void importJsonCountsWhatItAdded()
    {
        const QString json = m_dir.filePath(QStringLiteral("counted.json"));
        const QString doc = m_dir.filePath(QStringLiteral("counted.dateline"));
        QCOMPARE(cli({QStringLiteral("export-json"), m_sample, json}).exitCode, 0);
        const Run first = cli({QStringLiteral("import-json"), json, doc});
        QCOMPARE(first.exitCode, 0);
        const Run second = cli({QStringLiteral("import-json"), json, doc});
        QCOMPARE(second.exitCode, 0);
        const QString firstLine = first.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.contains(QStringLiteral(": 6 events, 4 quotes, ")), qPrintable(firstLine));
        // the same events and quotes again (the actors, matched by name, are not added twice)
        const QString secondLine = second.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(secondLine.contains(QStringLiteral(": 6 events, 4 quotes, 0 actors")), qPrintable(secondLine));
    }

    void newRefusesExisting()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.dateline"));
        QCOMPARE(cli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Test")}).exitCode, 0);
        const Run again = cli({QStringLiteral("new"), path});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(!again.err.isEmpty());
    }

    void badImportLeavesNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"not\": ");
        f.close();
        const QString target = m_dir.filePath(QStringLiteral("never.dateline"));
        const Run run = cli({QStringLiteral("import-json"), bad, target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(target));
    }

    void unwritableOutput()
    {
        const Run run = cli({QStringLiteral("export-json"), m_sample, QStringLiteral("/nonexistent-dir/out.json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("cannot write")));
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
