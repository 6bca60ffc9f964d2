#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "core/store/document.h"

namespace dateline::cli {

Command newCommand()
{
    Command c{QStringLiteral("new"), QStringLiteral("new FILE [--title TEXT]"),
              QStringLiteral("Create an empty document (refuses to overwrite)"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("title"), QStringLiteral("Document title."), QStringLiteral("TEXT")});
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        QString error;
        const auto document = Document::create(parser.positionalArguments().at(0), &error);
        if (!document) {
            io.err << "dateline-cli: " << error << '\n';
            return int(ExitFailure);
        }
        if (parser.isSet(QStringLiteral("title")))
            document->setTitle(parser.value(QStringLiteral("title")));
        io.out << "created " << document->path() << '\n';
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
