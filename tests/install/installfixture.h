#pragma once
// Shared by the install tests: running tools, installing the build into a temporary prefix and the
// files an install must contain.
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <utility>

namespace dateline::test {

struct ToolRun {
    int exitCode = -1; // -1 when the program did not start, crashed or timed out
    QString out;
    QString err;
};

inline ToolRun runTool(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                       int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, QString(), QStringLiteral("%1 did not finish: %2").arg(program, process.errorString())};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

inline QString findTool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

// The application id that names the desktop entry, metainfo, MIME package and icons.
inline QString appId()
{
    return QStringLiteral("org.dateline.Dateline");
}

// Every file an install puts under its prefix, relative to it, sorted.
inline QStringList expectedInstallFiles()
{
    QStringList files{QStringLiteral("bin/dateline"), QStringLiteral("bin/dateline-cli"),
                      QStringLiteral("share/applications/%1.desktop").arg(appId()),
                      QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId()),
                      QStringLiteral("share/mime/packages/%1.xml").arg(appId()),
                      QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId()),
                      QStringLiteral("share/man/man1/dateline.1.gz"), QStringLiteral("share/man/man1/dateline-cli.1.gz")};
    for (const QString &size : QStringLiteral(DATELINE_ICON_SIZES).split(u' ', Qt::SkipEmptyParts))
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size, appId());
    // the documentation, laid out as in the source (Help > User Guide opens docs/app.md)
    const QString doc = QStringLiteral("share/doc/dateline/");
    files << doc + QStringLiteral("README.md");
    const QDir source(QStringLiteral(DATELINE_SOURCE_DIR));
    for (const auto &[folder, pattern] : {std::pair{QStringLiteral("docs"), QStringLiteral("*.md")},
                                          std::pair{QStringLiteral("docs/screenshots"), QStringLiteral("*.png")}}) {
        for (const QString &name : QDir(source.filePath(folder)).entryList({pattern}, QDir::Files))
            files << doc + folder + u'/' + name;
    }
    files.sort();
    return files;
}

// The regular files under root, relative to it, sorted.
inline QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace dateline::test
