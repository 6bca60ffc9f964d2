#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/documentaccess.h"
#include "core/date/isoformat.h"
#include "core/model/untrustedtext.h"

namespace dateline::cli {

Command infoCommand()
{
    Command c{QStringLiteral("info"), QStringLiteral("info FILE"),
              QStringLiteral("Counts, time extent and schema version of a document"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        const auto document = openDocument(parser.positionalArguments().at(0), OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        const DocumentInfo info = document->info();
        io.out << "file:           " << document->path() << '\n'
               << "title:          " << closedBidi(oneLine(document->title())) << '\n' // one line, as list's
               << "schema version: " << info.schemaVersion << '\n'
               << "events:         " << info.events << '\n'
               << "actors:         " << info.actors << '\n'
               << "places:         " << info.places << '\n'
               << "sources:        " << info.sources << '\n'
               << "quotes:         " << info.quotes << '\n'
               << "relations:      " << info.relations << '\n'
               << "eras:           " << info.eras << '\n';
        if (info.earliest && info.latest) {
            // latest is an exclusive end: show the last day included.
            io.out << "time extent:    " << formatIsoDay(*info.earliest) << " .. "
                   << formatIsoDay(*info.latest - 1) << '\n';
        } else {
            io.out << "time extent:    (no dated events)\n";
        }
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
