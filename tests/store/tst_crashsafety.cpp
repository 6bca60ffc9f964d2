// Kills (SIGKILL) a process at random moments while it imports batches through the bulk path or
// runs a burst of edits through the command layer, then reopens the document: it must pass
// integrity_check, hold every step the process reported as committed and nothing half-applied
// (an import is all or none of its rows; the content equals a replay of exactly the committed
// steps, journal included; undo of the last step works), and a stored time index snapshot that
// is current must equal a fresh build. The seeds are fixed: a failure names the seed to rerun.
#include "crashworkload.h"

#include "core/index/indexbuilder.h"
#include "core/index/timeindex.h"
#include "core/io/sample.h"
#include "core/store/database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject {
    Q_OBJECT
private slots:
    void killedImport_data();
    void killedImport();
    void killedEdits_data();
    void killedEdits();
    void cleanupTestCase();

private:
    // Runs the child on path until a random moment derived from seed; returns the committed steps
    // it reported, or -1 (after a failed check) when it did not die by the kill.
    int runAndKill(const QString &mode, const QString &path, quint32 seed, int maxDelayMs);
    void checkIntegrity(const Document &doc, quint32 seed);
    void checkSnapshot(const Document &doc, quint32 seed);

    int m_kills = 0;
    int m_stepsReported = 0;
    int m_inFlightLanded = 0; // the step being committed at the kill turned out committed
    int m_snapshotsChecked = 0;
};

namespace {
constexpr int kImportKills = 25;
constexpr int kEditKills = 30;
} // namespace

int TestCrashSafety::runAndKill(const QString &mode, const QString &path, quint32 seed, int maxDelayMs)
{
    QProcess child;
    child.setProgram(QStringLiteral(DATELINE_CRASHCHILD));
    child.setArguments({mode, path, QString::number(seed)});
    child.start();
    if (!child.waitForStarted()) {
        QTest::qFail(qPrintable(u"seed %1: the child did not start"_s.arg(seed)), __FILE__, __LINE__);
        return -1;
    }
    QThread::msleep(QRandomGenerator(seed).bounded(maxDelayMs));
    child.kill(); // SIGKILL: no handler, no destructor, no rollback runs
    child.waitForFinished();
    ++m_kills;
    if (child.exitStatus() != QProcess::CrashExit) {
        QTest::qFail(qPrintable(u"seed %1: the child exited by itself (%2): %3"_s.arg(seed).arg(child.exitCode())
                                    .arg(QString::fromUtf8(child.readAllStandardError()))),
                     __FILE__, __LINE__);
        return -1;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    int reported = 0;
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            reported = line.toInt();
    }
    m_stepsReported += reported;
    return reported;
}

void TestCrashSafety::checkIntegrity(const Document &doc, quint32 seed)
{
    Statement check = doc.database().prepare("PRAGMA integrity_check");
    QVERIFY(check.step());
    QVERIFY2(check.text(0) == u"ok", qPrintable(u"seed %1: %2"_s.arg(seed).arg(check.text(0))));
}

void TestCrashSafety::checkSnapshot(const Document &doc, quint32 seed)
{
    const QByteArray fresh = IndexBuilder::fromDocument(doc, LaneGrouping::Actor).serialize();
    if (const auto stored = doc.snapshot(TimeIndex::snapshotKey(LaneGrouping::Actor))) {
        ++m_snapshotsChecked;
        QVERIFY2(*stored == fresh, qPrintable(u"seed %1: the stored index snapshot is stale"_s.arg(seed)));
    }
    QVERIFY2(TimeIndex::load(doc, LaneGrouping::Actor).serialize() == fresh,
             qPrintable(u"seed %1: the loaded index differs from a fresh build"_s.arg(seed)));
}

void TestCrashSafety::killedImport_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= kImportKills; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestCrashSafety::killedImport()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"import.dateline"_s);
    QString error;
    QVERIFY2(Document::create(path, &error), qPrintable(error));
    const int reported = runAndKill(u"import"_s, path, seed, 700);
    QVERIFY(reported >= 0);

    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(u"seed %1: %2"_s.arg(seed).arg(error)));
    checkIntegrity(*doc, seed);
    Statement rows = doc->database().prepare("SELECT count(*) FROM events WHERE title LIKE ?1");
    Statement quotes = doc->database().prepare("SELECT count(*) FROM quotes WHERE text LIKE ?1");
    Statement actors = doc->database().prepare("SELECT count(*) FROM actors WHERE label LIKE ?1");
    auto count = [](Statement &s, const QString &pattern) {
        s.bind(1, pattern);
        const qint64 n = s.step() ? s.int64(0) : -1;
        s.reset();
        return n;
    };
    // Batches 0..m-1 are complete, every later one absent: no batch is there in part.
    int complete = 0;
    for (int k = 0; k <= reported + 2; ++k) {
        const qint64 n = count(rows, u"b%1/%"_s.arg(k));
        const qint64 q = count(quotes, u"quote of b%1/%"_s.arg(k));
        const qint64 a = count(actors, u"b%1 actor %"_s.arg(k));
        const int want = crash::batchSize(seed, k);
        if (n == want && q == (want + 9) / 10 && a == 3 && complete == k) {
            ++complete;
            continue;
        }
        QVERIFY2(n == 0 && q == 0 && a == 0,
                 qPrintable(u"seed %1: batch %2 is half there (%3 of %4 events, %5 quotes, %6 actors)"_s.arg(seed).arg(k)
                                .arg(n).arg(want).arg(q).arg(a)));
    }
    QVERIFY2(complete == reported || complete == reported + 1,
             qPrintable(u"seed %1: %2 batches reported committed, %3 found"_s.arg(seed).arg(reported).arg(complete)));
    m_inFlightLanded += complete - reported;
    // One journal row per import, the newest naming the last batch.
    QCOMPARE(doc->journalSize(), qint64(complete));
    checkSnapshot(*doc, seed);
    if (complete == 0)
        return;
    const auto newest = doc->newestJournalEntry(JournalState::Done);
    QVERIFY(newest && newest->label.contains(crash::batchName(complete - 1)));
    Editor editor(*doc);
    editor.undo();
    QCOMPARE(count(rows, u"b%1/%"_s.arg(complete - 1)), qint64(0));
    if (complete > 1)
        QCOMPARE(count(rows, u"b%1/%"_s.arg(complete - 2)), qint64(crash::batchSize(seed, complete - 2)));
    checkIntegrity(*doc, seed);
    checkSnapshot(*doc, seed);
}

void TestCrashSafety::killedEdits_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 101; seed < 101 + kEditKills; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestCrashSafety::killedEdits()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edits.dateline"_s), reference = dir.filePath(u"reference.dateline"_s);
    QString error;
    {
        auto doc = Document::create(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY2(importNativeJson(sampleTimelineJson(), *doc, &error), qPrintable(error));
    }
    QVERIFY(QFile::copy(path, reference));
    const int reported = runAndKill(u"edits"_s, path, seed, 450);
    QVERIFY(reported >= 0);

    auto doc = Document::open(path, OpenMode::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(u"seed %1: %2"_s.arg(seed).arg(error)));
    checkIntegrity(*doc, seed);
    const QByteArray found = crash::contentDigest(*doc);

    // Replay the same steps on the untouched copy: the document must be exactly the state after
    // the reported steps, or after one more (killed between its commit and its report).
    auto replay = Document::open(reference, OpenMode::ReadWrite, &error);
    QVERIFY2(replay, qPrintable(error));
    Editor replayEditor(*replay);
    QRandomGenerator rng(seed);
    for (int step = 0; step < reported; ++step)
        crash::editStep(replayEditor, rng, step);
    if (crash::contentDigest(*replay) != found) {
        crash::editStep(replayEditor, rng, reported);
        QVERIFY2(crash::contentDigest(*replay) == found,
                 qPrintable(u"seed %1: after %2 committed steps the document is neither that state nor the next"_s
                                .arg(seed).arg(reported)));
        ++m_inFlightLanded;
    }
    checkSnapshot(*doc, seed);

    // The journal matches the data: undoing the last step gives what undoing it in the replay gives.
    Editor editor(*doc);
    QCOMPARE(editor.canUndo(), replayEditor.canUndo());
    if (editor.canUndo()) {
        editor.undo();
        replayEditor.undo();
        QVERIFY2(crash::contentDigest(*doc) == crash::contentDigest(*replay),
                 qPrintable(u"seed %1: undo after the crash differs from undo in the replay"_s.arg(seed)));
        checkIntegrity(*doc, seed);
    }
}

void TestCrashSafety::cleanupTestCase()
{
    qInfo("%d kills, %d committed steps reported, %d in-flight steps found committed, %d stored snapshots "
          "compared with a fresh build",
          m_kills, m_stepsReported, m_inFlightLanded, m_snapshotsChecked);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
