// The Debian package as cpack builds it (scripts/package.sh): its control fields, its files (those
// of cmake --install, under /usr) and its dateline-cli, extracted and run. Installing the package
// system-wide is left to people (README "Install").
#include "installfixture.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace dateline::test;
using namespace Qt::StringLiterals;

class TestPackage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void dependsComeFromShlibdeps();
    void contents();
    void extractedCliRuns();

private:
    QString field(const QString &name) const;
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_dpkgDeb;
};

void TestPackage::initTestCase()
{
    m_dpkgDeb = findTool("dpkg-deb");
    if (m_dpkgDeb.isEmpty() || findTool("dpkg-shlibdeps").isEmpty())
        QSKIP("dpkg-deb or dpkg-shlibdeps is not installed (scripts/setup.sh installs dpkg-dev)");
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(u"out"_s);
    const ToolRun run = runTool(QStringLiteral(DATELINE_CPACK),
                                {u"--config"_s, QStringLiteral(DATELINE_BUILD_DIR "/CPackConfig.cmake"), u"-B"_s, out},
                                QProcessEnvironment::systemEnvironment(), 120000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QStringList debs = QDir(out).entryList({u"dateline_*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.constFirst());
    QVERIFY2(QRegularExpression(u"^dateline_%1_[a-z0-9]+\\.deb$"_s.arg(QRegularExpression::escape(QStringLiteral(DATELINE_VERSION))))
                 .match(debs.constFirst()).hasMatch(),
             qPrintable(debs.constFirst()));
}

QString TestPackage::field(const QString &name) const
{
    return runTool(m_dpkgDeb, {u"--field"_s, m_deb, name}).out.trimmed();
}

void TestPackage::controlFields()
{
    QCOMPARE(field(u"Package"_s), u"dateline"_s);
    QCOMPARE(field(u"Version"_s), QStringLiteral(DATELINE_VERSION));
    QCOMPARE(field(u"Architecture"_s), runTool(findTool("dpkg"), {u"--print-architecture"_s}).out.trimmed());
    QVERIFY(!field(u"Maintainer"_s).isEmpty());
    QVERIFY(field(u"Description"_s).contains(u"\n "_s)); // a summary and a long description
}

// Every shared library the binaries link is a versioned dependency (dpkg-shlibdeps' work), and the
// plugins it cannot see are listed by hand.
void TestPackage::dependsComeFromShlibdeps()
{
    const QStringList depends = field(u"Depends"_s).split(u", "_s);
    const QRegularExpression versioned(u"^[a-z0-9.+-]+ \\(>= [^)]+\\)$"_s);
    for (const QString &library : {u"libc6"_s, u"libstdc++6"_s, u"libqt6core6"_s, u"libqt6gui6"_s,
                                   u"libqt6widgets6"_s, u"libqt6svg6"_s, u"libsqlite3-0"_s}) {
        const QStringList matching = depends.filter(QRegularExpression(u"^"_s + QRegularExpression::escape(library) + u" "_s));
        QVERIFY2(matching.size() == 1, qPrintable(library + u" in "_s + depends.join(u", "_s)));
        QVERIFY2(versioned.match(matching.constFirst()).hasMatch(), qPrintable(matching.constFirst()));
    }
    QVERIFY(depends.contains(u"qt6-qpa-plugins"_s));
}

void TestPackage::contents()
{
    const ToolRun run = runTool(m_dpkgDeb, {u"--contents"_s, m_deb});
    QCOMPARE(run.exitCode, 0);
    QStringList files;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'-')) // regular files; the path is the last column
            files << line.section(u' ', -1).mid(QStringLiteral("./usr/").size());
    }
    files.sort();
    QCOMPARE(files, expectedInstallFiles());
}

// The packaged binary runs (stripped, no build-tree RPATH needed) and works on a document.
void TestPackage::extractedCliRuns()
{
    const QString root = m_dir.filePath(u"root"_s);
    QCOMPARE(runTool(m_dpkgDeb, {u"-x"_s, m_deb, root}).exitCode, 0);
    const QString cli = root + u"/usr/bin/dateline-cli"_s;
    const ToolRun version = runTool(cli, {u"--version"_s});
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QCOMPARE(version.out.trimmed(), u"dateline-cli "_s + QStringLiteral(DATELINE_VERSION));
    const QString document = m_dir.filePath(u"new.dateline"_s);
    QCOMPARE(runTool(cli, {u"new"_s, document, u"--title"_s, u"Packaged"_s}).exitCode, 0);
    const ToolRun info = runTool(cli, {u"info"_s, document});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(u"Packaged"_s), qPrintable(info.out));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
