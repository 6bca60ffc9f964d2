#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/documentaccess.h"
#include "app/cli/exportoutput.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"

#include <QFile>
#include <QFileInfo>

namespace dateline::cli {

Command exportJsonCommand()
{
    Command c{QStringLiteral("export-json"), QStringLiteral("export-json FILE OUT"),
              QStringLiteral("Write the whole document as native JSON (OUT '-' = stdout)"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        if (!parseArguments(parser, c, args, 2, io))
            return int(ExitUsage);
        const auto document = openDocument(parser.positionalArguments().at(0), OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        // Streamed as it is made; all or nothing: a failed, short or interrupted write never
        // leaves a partial file behind.
        return writeExport(parser.positionalArguments().at(1), io,
                           [&](QIODevice &out, const ExportOptions &options, QString *error) {
                               return exportNativeJson(*document, out, options, error);
                           });
    };
    return c;
}

Command importJsonCommand()
{
    Command c{QStringLiteral("import-json"), QStringLiteral("import-json IN FILE"),
              QStringLiteral("Import native JSON into FILE (created if missing); all or nothing"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        if (!parseArguments(parser, c, args, 2, io))
            return int(ExitUsage);
        const QString inPath = parser.positionalArguments().at(0);
        const QString docPath = parser.positionalArguments().at(1);
        QFile in(inPath);
        if (!in.open(QIODevice::ReadOnly)) {
            io.err << "dateline-cli: cannot read " << inPath << ": " << in.errorString() << '\n';
            return int(ExitFailure);
        }
        const QByteArray json = in.readAll();
        const bool existed = QFileInfo::exists(docPath);
        QString error;
        auto document = existed ? Document::open(docPath, OpenMode::ReadWrite, &error)
                                : Document::create(docPath, &error);
        if (!document) {
            io.err << "dateline-cli: " << error << '\n';
            return int(ExitFailure);
        }
        const DocumentInfo before = document->info(); // to say what the import added, as `import` does
        bool imported = false;
        NativeJsonImport result;
        try {
            Editor editor(*document); // one undoable step in the document's history
            imported = commands::importWith(editor, QFileInfo(inPath).fileName(), [&] {
                result = importNativeJson(json, *document);
                error = result.problems.join(u'\n');
                return result.ok();
            });
        } catch (const StoreError &e) {
            error = QString::fromUtf8(e.what());
        }
        if (!imported) {
            io.err << "dateline-cli: " << inPath << ": " << error << '\n';
            if (!existed) { // do not leave an empty document behind
                document.reset();
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(docPath + QLatin1StringView(suffix));
            }
            return int(ExitFailure);
        }
        const DocumentInfo after = document->info();
        using labels::count;
        io.out << "imported into " << docPath << ": " << count(after.events - before.events, "event", "events") << ", "
               << count(after.quotes - before.quotes, "quote", "quotes") << ", "
               << count(after.actors - before.actors, "actor", "actors") << '\n';
        if (result.gdeltAlreadyThere > 0)
            io.out << "note: " << count(result.gdeltAlreadyThere, "GDELT event was", "GDELT events were")
                   << " already in the document: their copies have no GDELT record\n";
        if (result.eventsAlreadyPresent > 0)
            io.out << "note: " << count(result.eventsAlreadyPresent, "event has", "events have")
                   << " the same title and date as one already in the document (imported before? `undo` takes "
                      "the import back)\n";
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
