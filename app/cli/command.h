#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

namespace dateline::cli {

// Exit codes, documented in --help.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed: unreadable file, invalid date, import error...
    ExitUsage = 2,   // bad arguments
};

struct Io {
    QTextStream &out;
    QTextStream &err;
};

// One subcommand: `dateline-cli NAME ARGS...`. run() receives the arguments after NAME.
struct Command {
    QString name;
    QString synopsis; // "list FILE [--from EDTF] [--to EDTF]"
    QString summary;  // one line for --help
    std::function<int(const QStringList &args, Io &io)> run;
    QString details = {}; // optional: the option list 'COMMAND --help' prints
};

// The commands, in --help order. Each lives in its own *command.cpp file.
Command infoCommand();
Command listCommand();
Command dateCommand();
Command newCommand();
Command exportJsonCommand();
Command importJsonCommand();
Command exportImageCommand();
Command importCommand();
Command exportDataCommand();
Command addEventCommand(); // editcommands.cpp: add-event, history, undo, redo
Command historyCommand();
Command undoCommand();
Command redoCommand();
Command extractCommand();
Command viewsCommand(); // viewcommands.cpp: views, bookmarks, view-save, bookmark-add
Command bookmarksCommand();
Command viewSaveCommand();
Command bookmarkAddCommand();

// `dateline-cli import gdelt INPUT... FILE`: args are those after "gdelt" (importgdeltcommand.cpp).
int runGdeltImport(const QStringList &args, Io &io);

} // namespace dateline::cli
