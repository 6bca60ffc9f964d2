// cmake --install into a temporary prefix: the files a package gets, icons of the right sizes,
// manual pages that render and list every command and option, installed binaries that run.
#include "installfixture.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace dateline::test;
using namespace Qt::StringLiterals;

namespace {

// A manual page's roff source (installed gzip-compressed).
QString manSource(const QString &gzPath)
{
    const QString gzip = findTool("gzip");
    if (gzip.isEmpty())
        return {};
    return runTool(gzip, {u"-dc"_s, gzPath}).out;
}

// "--output" as a manual page spells it: "\-\-output".
QString roff(QString text)
{
    return text.replace(u'-', u"\\-"_s);
}

// Long options (--name) in a help text.
QStringList longOptions(const QString &help)
{
    QStringList options;
    QRegularExpressionMatchIterator it = QRegularExpression(u"(?<![\\w-])--[a-z][a-z-]*"_s).globalMatch(help);
    while (it.hasNext())
        options << it.next().captured();
    options.removeDuplicates();
    return options;
}

// No display at all, as in a build or a packaging script: --help and --version must still work.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    return env;
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fileList();
    void userGuideBesideTheApp();
    void icons_data();
    void icons();
    void versions_data();
    void versions();
    void manPagesRender_data();
    void manPagesRender();
    void cliManPageHasEveryCommand();
    void appManPageHasEveryOption();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const ToolRun run = runTool(QStringLiteral(DATELINE_CMAKE),
                                {u"--install"_s, QStringLiteral(DATELINE_BUILD_DIR), u"--prefix"_s, m_prefix.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

void TestInstall::fileList()
{
    QCOMPARE(filesUnder(m_prefix.path()), expectedInstallFiles());
    for (const QString &binary : {u"bin/dateline"_s, u"bin/dateline-cli"_s})
        QVERIFY(QFileInfo(installed(binary)).isExecutable());
}

// Help > User Guide looks for the guide this way from the installed executable.
void TestInstall::userGuideBesideTheApp()
{
    const QString guide = QDir::cleanPath(installed(u"bin/"_s) + QStringLiteral(DATELINE_DOC_FROM_BIN) + u"/docs/app.md"_s);
    QCOMPARE(guide, installed(u"share/doc/dateline/docs/app.md"_s));
    QVERIFY(QFileInfo(guide).isFile());
}

void TestInstall::icons_data()
{
    QTest::addColumn<int>("size");
    for (const QString &size : QStringLiteral(DATELINE_ICON_SIZES).split(u' ', Qt::SkipEmptyParts))
        QTest::newRow(qPrintable(size)) << size.toInt();
}

// Each PNG has its directory's size and shows the icon: opaque in the middle, transparent in the
// rounded corner.
void TestInstall::icons()
{
    QFETCH(int, size);
    const QImage image(installed(u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(appId())));
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(size, size));
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
}

void TestInstall::versions_data()
{
    QTest::addColumn<QString>("binary");
    QTest::newRow("dateline-cli") << u"dateline-cli"_s;
    QTest::newRow("dateline") << u"dateline"_s;
}

void TestInstall::versions()
{
    QFETCH(QString, binary);
    const ToolRun run = runTool(installed(u"bin/"_s + binary), {u"--version"_s}, headless());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), binary + u' ' + QStringLiteral(DATELINE_VERSION));
}

void TestInstall::manPagesRender_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("dateline-cli") << u"dateline-cli"_s;
    QTest::newRow("dateline") << u"dateline"_s;
}

// man -l renders the page without a warning from groff, with its name, synopsis and description.
void TestInstall::manPagesRender()
{
    QFETCH(QString, page);
    const QString man = findTool("man");
    if (man.isEmpty())
        QSKIP("man is not installed (scripts/setup.sh installs man-db)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MANWIDTH"_s, u"200"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    const ToolRun run = runTool(man, {u"--warnings"_s, u"-l"_s, installed(u"share/man/man1/%1.1.gz"_s.arg(page))}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.trimmed().isEmpty(), qPrintable(run.err));
    for (const QString &section : {u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"OPTIONS"_s})
        QVERIFY2(run.out.contains(u"\n"_s + section + u"\n"_s), qPrintable(section));
    QVERIFY(run.out.contains(page + u" - "_s));
}

// The page is generated from the binary's help, so a command added to dateline-cli is in it: every
// command of --help has an entry, with every long option of its own --help.
void TestInstall::cliManPageHasEveryCommand()
{
    const QString source = manSource(installed(u"share/man/man1/dateline-cli.1.gz"_s));
    if (source.isEmpty())
        QSKIP("gzip is not installed");
    const QString cli = installed(u"bin/dateline-cli"_s);
    const ToolRun help = runTool(cli, {u"--help"_s}, headless());
    QCOMPARE(help.exitCode, 0);
    const QString table = help.out.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
    QStringList commands;
    for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(u"   "_s)) // not a summary wrapped under a long synopsis
            commands << line.trimmed().section(u' ', 0, 0);
    QVERIFY(commands.size() >= 5);
    for (const QString &command : std::as_const(commands)) {
        QVERIFY2(source.contains(u"\n.B "_s + roff(command)), qPrintable(command));
        const ToolRun commandHelp = runTool(cli, {command, u"--help"_s}, headless());
        QCOMPARE(commandHelp.exitCode, 0);
        for (const QString &option : longOptions(commandHelp.out))
            QVERIFY2(source.contains(roff(option)), qPrintable(command + u' ' + option));
    }
    QVERIFY(source.contains(roff(u"--version"_s)));
}

// dateline(1) is written by hand: it must name every option of dateline --help.
void TestInstall::appManPageHasEveryOption()
{
    const QString source = manSource(installed(u"share/man/man1/dateline.1.gz"_s));
    if (source.isEmpty())
        QSKIP("gzip is not installed");
    const ToolRun help = runTool(installed(u"bin/dateline"_s), {u"--help"_s}, headless());
    QCOMPARE(help.exitCode, 0);
    const QStringList options = longOptions(help.out);
    QVERIFY(options.contains(u"--view"_s));
    for (const QString &option : options)
        QVERIFY2(source.contains(roff(option)), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
