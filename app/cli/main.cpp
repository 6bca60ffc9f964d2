// dateline-cli: headless access to Dateline documents. Each subcommand is in its own file.
#include "app/cli/command.h"
#include "app/cli/printableoutput.h"
#include "core/store/document.h"

#include <QGuiApplication>

#include <memory>
#include <vector>

using namespace dateline::cli;

namespace {

std::vector<Command> commands()
{
    return {infoCommand(), listCommand(), dateCommand(), newCommand(), exportJsonCommand(),
            importJsonCommand(), exportImageCommand(), importCommand(), exportDataCommand(),
            addEventCommand(), historyCommand(), undoCommand(), redoCommand(), extractCommand(),
            viewsCommand(), bookmarksCommand(), viewSaveCommand(), bookmarkAddCommand()};
}

void printHelp(QTextStream &out)
{
    out << "Usage: dateline-cli COMMAND [ARGS...]\n\n"
           "Reads and writes Dateline timeline documents (.dateline) without a display.\n\n"
           "Commands:\n";
    // A synopsis too long for the column gets the summary on a line of its own.
    constexpr int kColumn = 44;
    for (const Command &c : commands()) {
        out << "  " << qSetFieldWidth(kColumn) << Qt::left << c.synopsis << qSetFieldWidth(0);
        if (c.synopsis.size() >= kColumn)
            out << '\n' << QString(kColumn + 2, u' ');
        out << c.summary << '\n';
    }
    out << "\nDates are EDTF (ISO 8601-2): 2008-03-17, 2008-03, 2008-03-17/2008-03-18, [..2008-03-26], -0099.\n"
           "Options: --help, --version. Run 'dateline-cli COMMAND --help' for a command's options.\n"
           "Exit codes: 0 success, 1 the command failed (message on stderr), 2 bad arguments.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // Image export needs fonts, hence a QGuiApplication; with no display it renders offscreen.
    const bool gui = argc > 1 && qstrcmp(argv[1], "export") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("dateline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DATELINE_VERSION));

    PrintableOutput stdoutText(stdout), stderrText(stderr);
    QTextStream out(&stdoutText);
    QTextStream err(&stderrText);
    Io io{out, err};

    QStringList args = app->arguments().mid(1);
    if (args.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printHelp(out);
        return ExitOk;
    }
    if (name == u"--version" || name == u"-v") {
        out << "dateline-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (c.name == name) {
            if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
                out << "usage: dateline-cli " << c.synopsis << "\n" << c.summary << '\n' << c.details;
                return ExitOk;
            }
            // One boundary for store failures (disk full, I/O error, file changed under us):
            // commands that must clean up catch them themselves.
            try {
                return c.run(args, io);
            } catch (const dateline::StoreError &e) {
                err << "dateline-cli: " << e.what() << '\n';
                return int(ExitFailure);
            }
        }
    }
    err << "dateline-cli: unknown command '" << name << "' (see dateline-cli --help)\n";
    return ExitUsage;
}
