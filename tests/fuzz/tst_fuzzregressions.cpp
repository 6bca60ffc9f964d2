// Every input a fuzz target once failed on (data/<target>/, named after what it broke) and every
// seed (fuzz/corpus/<target>/) must now pass that target's check: a clean result or a clear
// error, the check's properties holding. Under the asan preset this also replays them with ASan
// and UBSan, as the fuzzers ran them.
#include "fuzz/fuzzchecks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void inputs_data();
    void inputs();
    void everyTargetHasSeeds();
};

namespace {

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

void TestFuzzRegressions::initTestCase()
{
    fuzz::quietQt();
}

void TestFuzzRegressions::inputs_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    int regressions = 0;
    for (const fuzz::Target &t : fuzz::targets()) {
        const QString name = QLatin1StringView(t.name);
        for (const QString &path : filesUnder(QStringLiteral(DATELINE_TEST_DATA "/") + name)) {
            QTest::newRow(qPrintable(u"regression %1/%2"_s.arg(name, QFileInfo(path).fileName()))) << name << path;
            ++regressions;
        }
        for (const QString &path : filesUnder(QStringLiteral(DATELINE_FUZZ_CORPUS "/") + name))
            QTest::newRow(qPrintable(u"seed %1/%2"_s.arg(name, QFileInfo(path).fileName()))) << name << path;
    }
    qInfo("%d saved fuzz findings", regressions);
}

void TestFuzzRegressions::inputs()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const fuzz::Target *t = fuzz::target(target);
    QVERIFY(t);
    const QString failure = t->check(file.readAll());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// The seeds are what the fuzzers start from; a target without any would start from nothing.
void TestFuzzRegressions::everyTargetHasSeeds()
{
    for (const fuzz::Target &t : fuzz::targets())
        QVERIFY2(!filesUnder(QStringLiteral(DATELINE_FUZZ_CORPUS "/") + QLatin1StringView(t.name)).isEmpty(), t.name);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
