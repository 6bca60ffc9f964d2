#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/documentaccess.h"
#include "app/cli/exportoutput.h"
#include "core/edit/commandlabels.h"
#include "core/io/dataformats.h"

using namespace Qt::StringLiterals;

namespace dateline::cli {

Command exportDataCommand()
{
    Command c{u"export-data"_s, u"export-data [FORMAT] FILE OUT"_s,
              u"Write the events as CSV, TSV, JSON, TimelineJS, .timeline, iCalendar or vCalendar (format from OUT's extension; '-' = stdout)"_s, {}};
    QStringList formats;
    for (const DataFormat &f : dataFormats()) {
        if (f.canWrite())
            formats << u"%1 (.%2)"_s.arg(f.name, f.extensions.join(u", ."_s));
    }
    c.details = u"FORMAT: %1.\nWhat the format cannot carry is listed after the export.\n"_s.arg(formats.join(u", "_s));
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        if (!parseArguments(parser, c, args, -1, io))
            return int(ExitUsage);
        QStringList positional = parser.positionalArguments();
        if (positional.size() < 2 || positional.size() > 3) {
            io.err << "dateline-cli export-data: expected [FORMAT] FILE OUT\nusage: dateline-cli " << c.synopsis << '\n';
            return int(ExitUsage);
        }
        const DataFormat *format = positional.size() == 3 ? dataFormat(positional.takeFirst())
                                                          : dataFormatForFile(positional.at(1));
        if (!format || !format->canWrite()) {
            io.err << "dateline-cli export-data: name a format or give OUT one of these extensions: "
                   << c.details.section(u'\n', 0, 0) << '\n';
            return int(ExitUsage);
        }
        const QString docPath = positional.at(0), outPath = positional.at(1);
        const auto document = openDocument(docPath, OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        ExportReport report;
        const bool toStdout = outPath == u"-";
        // Streamed where the format can; never a partial file.
        const int written = writeExport(outPath, io, [&](QIODevice &out, const ExportOptions &options, QString *error) {
            return format->writeTo(*document, out, options, &report, error);
        });
        if (written != int(ExitOk))
            return written;
        QTextStream &said = toStdout ? io.err : io.out;
        if (!toStdout)
            said << "exported " << labels::count(qsizetype(document->info().events), "event", "events") << " to " << outPath
                 << " as " << format->name << '\n';
        for (const QString &omission : std::as_const(report.omissions))
            said << "left out: " << omission << '\n';
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
