// The desktop metadata as desktops read it: the freedesktop validators, the links between the files
// (ids, icon, MIME type, version) and the MIME type's detection by name and by content.
#include "installfixture.h"
#include "core/store/document.h"

#include <QFile>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace dateline::test;
using namespace Qt::StringLiterals;

namespace {

QString sourceFile(const QString &name)
{
    return QStringLiteral(DATELINE_DESKTOP_DIR "/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The value of key in the [Desktop Entry] group (a plain parser: QSettings mangles ';' lists).
QString desktopValue(const QString &key)
{
    const QStringList lines = QString::fromUtf8(readAll(sourceFile(appId() + QStringLiteral(".desktop")))).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return {};
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestDesktopFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void validators_data();
    void validators();
    void filesAgree();
    void metainfoReleaseIsThisVersion();
    void detection_data();
    void detection();

private:
    QTemporaryDir m_dir;
    bool m_mimeDatabase = false;
};

void TestDesktopFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The MIME database of a system with the package installed, built as its dpkg trigger builds
    // it: the freedesktop.org types and ours in one cache. (One cache, not ours in a directory
    // of its own: Qt 6.4 lets the last directory's magic match win whatever its priority.)
    const QString system = u"/usr/share/mime/packages/freedesktop.org.xml"_s;
    const QString update = findTool("update-mime-database");
    if (update.isEmpty() || !QFile::exists(system))
        return; // detection() skips
    const QString packages = m_dir.filePath(u"share/mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(system, packages + u"/freedesktop.org.xml"_s));
    QVERIFY(QFile::copy(sourceFile(appId() + u".mime.xml"_s), packages + u'/' + appId() + u".xml"_s));
    // Before QMimeDatabase's first use, which reads the search path once.
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"home"_s).toUtf8());
    qputenv("XDG_DATA_DIRS", m_dir.filePath(u"share"_s).toUtf8());
    // It also checks our XML; with its directory on the search path it has nothing else to say.
    const ToolRun run = runTool(update, {m_dir.filePath(u"share/mime"_s)});
    QVERIFY2(run.exitCode == 0 && run.err.trimmed().isEmpty(), qPrintable(run.err));
    m_mimeDatabase = true;
}

void TestDesktopFiles::validators_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    const QString desktop = sourceFile(appId() + QStringLiteral(".desktop"));
    const QString metainfo = sourceFile(appId() + QStringLiteral(".metainfo.xml"));
    const QString mime = sourceFile(appId() + QStringLiteral(".mime.xml"));
    QTest::newRow("desktop entry") << u"desktop-file-validate"_s << QStringList{} << desktop;
    QTest::newRow("metainfo") << u"appstreamcli"_s << QStringList{u"validate"_s, u"--no-net"_s, u"--explain"_s} << metainfo;
    QTest::newRow("mime xml") << u"xmllint"_s << QStringList{u"--noout"_s} << mime;
}

// Each validator must accept its file without errors or warnings (appstreamcli's pedantic notes
// and infos are allowed).
void TestDesktopFiles::validators()
{
    QFETCH(QString, tool);
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    const QString program = findTool(tool.toLatin1().constData());
    if (program.isEmpty())
        QSKIP(qPrintable(tool + u" is not installed (scripts/setup.sh installs it)"_s));
    const ToolRun run = runTool(program, args << file);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(!run.err.contains(u"error"_s, Qt::CaseInsensitive), qPrintable(run.err));
    if (tool == u"desktop-file-validate"_s)
        QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(run.out)); // no hints either
    if (tool == u"appstreamcli"_s)
        QVERIFY2(!QRegularExpression(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption).match(run.out).hasMatch(),
                 qPrintable(run.out));
}

// The desktop entry, metainfo and MIME package name the same application, icon and type.
void TestDesktopFiles::filesAgree()
{
    const QString metainfo = QString::fromUtf8(readAll(sourceFile(appId() + QStringLiteral(".metainfo.xml"))));
    const QString mime = QString::fromUtf8(readAll(sourceFile(appId() + QStringLiteral(".mime.xml"))));
    QVERIFY(!metainfo.isEmpty() && !mime.isEmpty());
    QCOMPARE(desktopValue(u"Icon"_s), appId());
    QCOMPARE(desktopValue(u"MimeType"_s), u"application/x-dateline;"_s);
    QVERIFY(desktopValue(u"Exec"_s).startsWith(u"dateline %f"_s));
    QVERIFY(metainfo.contains(u"<id>"_s + appId() + u"</id>"_s));
    QVERIFY(metainfo.contains(u"<launchable type=\"desktop-id\">"_s + appId() + u".desktop</launchable>"_s));
    QVERIFY(metainfo.contains(u"<mediatype>application/x-dateline</mediatype>"_s));
    QVERIFY(metainfo.contains(u"<screenshot type=\"default\">"_s));
    QVERIFY(mime.contains(u"<mime-type type=\"application/x-dateline\">"_s));
}

// The newest release in the metainfo (listed first) is the version being built, with notes.
void TestDesktopFiles::metainfoReleaseIsThisVersion()
{
    const QString metainfo = QString::fromUtf8(readAll(sourceFile(appId() + QStringLiteral(".metainfo.xml"))));
    const QRegularExpressionMatch release =
        QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\" date=\"(\\d{4}-\\d\\d-\\d\\d)\">\\s*<description>"))
            .match(metainfo);
    QVERIFY2(release.hasMatch(), "no <release> with a date and notes");
    QCOMPARE(release.captured(1), QStringLiteral(DATELINE_VERSION));
}

void TestDesktopFiles::detection_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content"); // dateline, sqlite, text
    QTest::addColumn<QString>("expected");
    const QString dateline = QStringLiteral("application/x-dateline");
    const QString sqlite = QStringLiteral("application/vnd.sqlite3");
    QTest::newRow("document by extension") << u"a.dateline"_s << u"dateline"_s << dateline;
    QTest::newRow("document without extension") << u"timeline"_s << u"dateline"_s << dateline;
    QTest::newRow("document renamed .bin") << u"timeline.bin"_s << u"dateline"_s << dateline;
    QTest::newRow("other sqlite without extension") << u"database"_s << u"sqlite"_s << sqlite;
    QTest::newRow("other sqlite .db") << u"other.db"_s << u"sqlite"_s << sqlite;
    QTest::newRow("text without extension") << u"notes"_s << u"text"_s << u"text/plain"_s;
}

void TestDesktopFiles::detection()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, expected);
    if (!m_mimeDatabase)
        QSKIP("update-mime-database or the freedesktop.org MIME types are missing (shared-mime-info)");
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (content == u"dateline"_s) {
        QString error;
        QVERIFY2(dateline::Document::create(path, &error), qPrintable(error));
    } else if (content == u"sqlite"_s) {
        // An SQLite database of some other program, with an application_id of its own.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA application_id = 1234; CREATE TABLE t(x); INSERT INTO t VALUES (1)",
                              nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    } else {
        writeBytes(path, "Notes on the Dateline file format.\n");
    }
    QMimeDatabase mimes;
    QCOMPARE(mimes.mimeTypeForFile(path).name(), expected);
    // By content alone too, as a file manager does for a download without a name.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(mimes.mimeTypeForData(&file).name(), expected);
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
