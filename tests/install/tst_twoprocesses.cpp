// Several programs on one document, as a desktop makes them: every launch of dateline is a process
// of its own (a file opened from the file manager while the app runs gets a new window in a new
// process), and dateline-cli may write while a window is open. SQLite in WAL mode with a busy
// timeout makes that safe: readers never block the writer, a writer waits briefly for another, and
// a write that cannot get the file fails whole, losing nothing already committed.
#include "installfixture.h"
#include "core/store/document.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace dateline;
using namespace dateline::test;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment isolated(const QTemporaryDir &dir)
{
    // No display; settings and recent files in the temporary directory, not the user's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    return env;
}

} // namespace

class TestTwoProcesses : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cliWritesWhileDocumentIsOpen();
    void writerWaitsForAnotherWriter();
    void writerGivesUpWithoutLosingAnything();
    void secondLaunchOnTheSameFile();

private:
    std::unique_ptr<Document> openHere();
    ToolRun importSample(int timeoutMs = 60000);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestTwoProcesses::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".dateline"_s);
    QString error;
    auto document = Document::create(m_path, &error);
    QVERIFY2(document, qPrintable(error));
    document->setTitle(u"Shared"_s);
}

std::unique_ptr<Document> TestTwoProcesses::openHere()
{
    QString error;
    auto document = Document::open(m_path, OpenMode::ReadWrite, &error);
    if (!document)
        qWarning("%s", qPrintable(error));
    return document;
}

ToolRun TestTwoProcesses::importSample(int timeoutMs)
{
    return runTool(QStringLiteral(DATELINE_CLI_PATH), {u"import-json"_s, QStringLiteral(DATELINE_SAMPLE_JSON), m_path},
                   isolated(m_dir), timeoutMs);
}

// An open document (a window showing it) does not stop another process writing, and sees its
// changes on its next query.
void TestTwoProcesses::cliWritesWhileDocumentIsOpen()
{
    auto open = openHere();
    QVERIFY(open);
    QCOMPARE(open->info().events, 0);
    const qint64 revision = open->revision();
    const ToolRun run = importSample();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(open->info().events > 0);
    QVERIFY(open->revision() > revision);
    open->setTitle(u"Edited after the import"_s); // and it can still write
    QCOMPARE(openHere()->title(), u"Edited after the import"_s);
}

// A write that finds the file being written waits for it (the busy timeout) and then succeeds:
// both edits are kept.
void TestTwoProcesses::writerWaitsForAnotherWriter()
{
    auto open = openHere();
    QVERIFY(open);
    QProcess cli;
    {
        Document::BulkEdit edit(*open);
        open->setTitle(u"Written first"_s);
        cli.setProcessEnvironment(isolated(m_dir));
        cli.start(QStringLiteral(DATELINE_CLI_PATH), {u"import-json"_s, QStringLiteral(DATELINE_SAMPLE_JSON), m_path});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(400); // holding the write lock meanwhile
        QCOMPARE(cli.state(), QProcess::Running);
        edit.commit();
    }
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    auto reopened = openHere();
    QCOMPARE(reopened->title(), u"Written first"_s);
    QVERIFY(reopened->info().events > 0);
}

// A write that cannot get the file within the timeout fails with a message and changes nothing;
// the edit that held the file commits as usual.
void TestTwoProcesses::writerGivesUpWithoutLosingAnything()
{
    auto open = openHere();
    QVERIFY(open);
    Document::BulkEdit edit(*open);
    open->setTitle(u"Held for long"_s);
    QElapsedTimer timer;
    timer.start();
    const ToolRun run = importSample();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"locked"_s) || run.err.contains(u"another program"_s), qPrintable(run.err));
    QVERIFY(timer.elapsed() >= 1000); // it waited before giving up
    edit.commit();
    auto reopened = openHere();
    QCOMPARE(reopened->title(), u"Held for long"_s);
    QCOMPARE(reopened->info().events, 0);
}

// Two windows of the app on one file (two launches from the file manager) keep running side by
// side, and a third program can still write the file they show.
void TestTwoProcesses::secondLaunchOnTheSameFile()
{
    QProcess first, second;
    for (QProcess *app : {&first, &second}) {
        app->setProcessEnvironment(isolated(m_dir));
        app->start(QStringLiteral(DATELINE_APP_PATH), {m_path});
        QVERIFY(app->waitForStarted());
    }
    QTest::qWait(1500);
    QCOMPARE(first.state(), QProcess::Running);
    QCOMPARE(second.state(), QProcess::Running);
    const ToolRun run = importSample();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (QProcess *app : {&first, &second}) {
        QCOMPARE(app->state(), QProcess::Running);
        app->terminate();
        QVERIFY(app->waitForFinished(10000));
    }
    auto reopened = openHere();
    QVERIFY(reopened);
    QCOMPARE(reopened->title(), u"Shared"_s);
    QVERIFY(reopened->info().events > 0);
}

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
