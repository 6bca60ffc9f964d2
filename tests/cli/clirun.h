#pragma once
// Runs the real dateline-cli binary (DATELINE_CLI) the way a user's shell would, but without a
// display: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, so commands must work headless.
#include <QProcess>
#include <QStringList>

namespace dateline::test {

struct CliRun {
    int exitCode = -1; // -1 when the process crashed or timed out
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DATELINE_CLI), args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace dateline::test
