// dateline-cli export: runs the real binary with no display, checks files, messages, exit codes.
#include <QImage>
#include "clirun.h"

#include <QTemporaryDir>
#include <QtTest>

using Run = dateline::test::CliRun;

namespace {

Run cli(const QStringList &args)
{
    return dateline::test::runCli(args);
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.dateline"));
        const Run run = cli({QStringLiteral("import-json"), QStringLiteral(DATELINE_SAMPLE_JSON), m_sample});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png, the lanes fit") << QStringLiteral("fit.png")
                                          << QStringList{QStringLiteral("--width"), QStringLiteral("1000"),
                                                         QStringLiteral("--height"), QStringLiteral("800")}
                                          << QByteArray("\x89PNG");
        QTest::newRow("png, taller for the lanes") << QStringLiteral("a.png")
                             << QStringList{QStringLiteral("--width"), QStringLiteral("1000"), QStringLiteral("--height"),
                                            QStringLiteral("500"), QStringLiteral("--dpr"), QStringLiteral("2")}
                             << QByteArray("\x89PNG");
        QTest::newRow("svg range") << QStringLiteral("a.svg")
                                   << QStringList{QStringLiteral("--from"), QStringLiteral("2008-03-16"), QStringLiteral("--to"),
                                                  QStringLiteral("2008-03-20"), QStringLiteral("--lanes"), QStringLiteral("type"),
                                                  QStringLiteral("--legend")}
                                   << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("a.pdf")
                             << QStringList{QStringLiteral("--page"), QStringLiteral("A3"), QStringLiteral("--portrait"),
                                            QStringLiteral("--palette"), QStringLiteral("print"), QStringLiteral("--title"),
                                            QStringLiteral("Briefing"), QStringLiteral("--appendix"), QStringLiteral("--tiles"),
                                            QStringLiteral("2"), QStringLiteral("--sources")}
                             << QByteArray("%PDF");
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, magic);
        const QString out = m_dir.filePath(file);
        const Run run = cli(QStringList{QStringLiteral("export"), m_sample, QStringLiteral("-o"), out} + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("wrote")));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(magic.size()) == magic);
        // the size asked for; 500 pixels at ratio 2 hold too few lanes: taller, as in the app
        const QSize size = QImage(out).size();
        if (file == u"fit.png")
            QCOMPARE(size, QSize(1000, 800));
        else if (file == u"a.png")
            QVERIFY2(size.width() == 1000 && size.height() > 500, qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString in = QStringLiteral("@SAMPLE@");
        const QString out = QStringLiteral("@DIR@/out.png");
        auto row = [&](const char *name, QStringList args, int code, const char *message) {
            QTest::newRow(name) << (QStringList{QStringLiteral("export")} + args) << code << QString::fromUtf8(message);
        };
        row("no output", {in}, 2, "missing -o");
        row("no file", {QStringLiteral("-o"), out}, 2, "expected 1 argument");
        row("unknown suffix", {in, QStringLiteral("-o"), QStringLiteral("@DIR@/out.gif")}, 2, ".png, .svg or .pdf");
        row("bad width", {in, QStringLiteral("-o"), out, QStringLiteral("--width"), QStringLiteral("wide")}, 2, "--width");
        row("huge", {in, QStringLiteral("-o"), out, QStringLiteral("--width"), QStringLiteral("100000")}, 2, "too large");
        row("bad dpr", {in, QStringLiteral("-o"), out, QStringLiteral("--dpr"), QStringLiteral("x")}, 2, "--dpr");
        row("bad page", {in, QStringLiteral("-o"), QStringLiteral("@DIR@/o.pdf"), QStringLiteral("--page"), QStringLiteral("B5")}, 2, "--page");
        row("bad palette", {in, QStringLiteral("-o"), out, QStringLiteral("--palette"), QStringLiteral("neon")}, 2, "--palette");
        row("bad lanes", {in, QStringLiteral("-o"), out, QStringLiteral("--lanes"), QStringLiteral("mood")}, 2, "--lanes");
        row("bad date", {in, QStringLiteral("-o"), out, QStringLiteral("--from"), QStringLiteral("2008-13")}, 2, "2008-13");
        row("reversed range", {in, QStringLiteral("-o"), out, QStringLiteral("--from"), QStringLiteral("2009"),
                               QStringLiteral("--to"), QStringLiteral("2008")}, 2, "not before");
        row("unknown option", {in, QStringLiteral("-o"), out, QStringLiteral("--sparkles")}, 2, "sparkles");
        row("missing document", {QStringLiteral("@DIR@/none.dateline"), QStringLiteral("-o"), out}, 1, "none.dateline");
        row("unwritable path", {in, QStringLiteral("-o"), QStringLiteral("@DIR@/no/such/dir/out.png")}, 1, "cannot write");
        row("output is a directory", {in, QStringLiteral("-o"), QStringLiteral("@DIR@/sub.svg")}, 1, "cannot write");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.svg")));
        for (QString &a : args)
            a.replace(QStringLiteral("@SAMPLE@"), m_sample).replace(QStringLiteral("@DIR@"), dir.path());
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("dateline-cli")));
        // nothing written: only the directory made above
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("sub.svg")});
    }

    void help()
    {
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--from", "--dpr", "--page", "--landscape", "--palette", "--appendix", "--tiles"})
            QVERIFY2(run.out.contains(QString::fromLatin1(option)), option);
    }

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

QTEST_MAIN(TestExportCli)
#include "tst_exportcli.moc"
