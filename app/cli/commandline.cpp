#include "app/cli/commandline.h"

namespace dateline::cli {

bool parseArguments(QCommandLineParser &parser, const Command &command, const QStringList &args,
                    qsizetype positionalCount, Io &io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser expects the program name first.
    QStringList argv = args;
    argv.prepend(command.name);
    if (!parser.parse(argv)) {
        io.err << "dateline-cli " << command.name << ": " << parser.errorText() << '\n'
               << "usage: dateline-cli " << command.synopsis << '\n';
        return false;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (positionalCount >= 0 && given != positionalCount) {
        io.err << "dateline-cli " << command.name << ": expected " << positionalCount
               << (positionalCount == 1 ? " argument" : " arguments") << ", got " << given << '\n'
               << "usage: dateline-cli " << command.synopsis << '\n';
        return false;
    }
    return true;
}

} // namespace dateline::cli
