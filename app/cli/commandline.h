#pragma once

#include "app/cli/command.h"

#include <QCommandLineParser>

namespace dateline::cli {

// Parses a subcommand's arguments with QCommandLineParser. Returns false (after printing a message
// and the synopsis to io.err) when the arguments are wrong or the positional count is off.
bool parseArguments(QCommandLineParser &parser, const Command &command, const QStringList &args,
                    qsizetype positionalCount, Io &io);

} // namespace dateline::cli
