// views, bookmarks, view-save, bookmark-add: the saved views and date bookmarks a document keeps
// (the app lists them in View > Saved Views and the Views & Bookmarks sidebar).
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/documentaccess.h"
#include "core/date/isoformat.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/model/untrustedtext.h"
#include "core/render/palette.h"
#include "core/store/document.h"

#include <QJsonDocument>

namespace dateline::cli {

namespace {

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

QString rangeText(const SavedView &v)
{
    if (v.visibleFrom == v.visibleTo)
        return QStringLiteral("all events");
    return formatIsoDateTime(v.visibleFrom) + QStringLiteral(" .. ") + formatIsoDateTime(v.visibleTo);
}

} // namespace

Command viewsCommand()
{
    Command c{opt("views"), opt("views FILE [--json]"),
              opt("List the saved views of a document (name, lanes, range, palette, filter)"), {},
              opt("  --json            one JSON object per view and line, as in native JSON\n")};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        parser.addOption({opt("json"), opt("JSON lines.")});
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        const auto document = openDocument(parser.positionalArguments().at(0), OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        for (const SavedView &v : document->savedViews()) {
            if (parser.isSet(opt("json"))) {
                io.out << QString::fromUtf8(QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact)) << '\n';
                continue;
            }
            const QString filter = v.filter.isEmpty()
                ? QStringLiteral("no filter")
                : QString::fromUtf8(QJsonDocument(v.filter.toJson()).toJson(QJsonDocument::Compact));
            // One line of tab-separated fields: a tab or line break in a name (a file from elsewhere)
            // becomes a space, an override it leaves open ends with it.
            io.out << closedBidi(oneLine(v.name)) << '\t' << laneGroupingName(v.grouping) << '\t' << rangeText(v) << '\t'
                   << (v.palette.isEmpty() ? QStringLiteral("-") : v.palette) << '\t' << filter << '\n';
        }
        return int(ExitOk);
    };
    return c;
}

Command bookmarksCommand()
{
    Command c{opt("bookmarks"), opt("bookmarks FILE"), opt("List the date bookmarks of a document (name, date)"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        const auto document = openDocument(parser.positionalArguments().at(0), OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        for (const DateBookmark &b : document->bookmarks())
            io.out << closedBidi(oneLine(b.name)) << '\t' << b.date.toEdtf() << '\n'; // as views
        return int(ExitOk);
    };
    return c;
}

Command viewSaveCommand()
{
    Command c{opt("view-save"),
              opt("view-save FILE NAME [--lanes BY] [--from EDTF --to EDTF] [--palette P] [--filter JSON]"),
              opt("Save (or replace) a named view in the document, as one undoable step"), {},
              opt("  --lanes BY        actor, type, country, tag or none (default none)\n"
                  "  --from EDTF       start of the visible range (with --to; default: all events)\n"
                  "  --to EDTF         end of the visible range, inclusive\n"
                  "  --palette NAME    light, dark or print (default: the viewer's choice)\n"
                  "  --filter JSON     the filter as in native JSON, e.g. '{\"tags\":[\"summit\"]}'\n")};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        parser.addOption({opt("lanes"), opt("Lanes."), opt("BY")});
        parser.addOption({opt("from"), opt("From."), opt("EDTF")});
        parser.addOption({opt("to"), opt("To."), opt("EDTF")});
        parser.addOption({opt("palette"), opt("Palette."), opt("NAME")});
        parser.addOption({opt("filter"), opt("Filter."), opt("JSON")});
        if (!parseArguments(parser, c, args, 2, io))
            return int(ExitUsage);
        auto usage = [&](const QString &message) {
            io.err << "dateline-cli view-save: " << message << '\n' << "usage: dateline-cli " << c.synopsis << '\n';
            return int(ExitUsage);
        };
        SavedView view;
        view.name = parser.positionalArguments().at(1).trimmed();
        if (view.name.isEmpty())
            return usage(opt("the view needs a name"));
        if (parser.isSet(opt("lanes"))) {
            bool ok = false;
            view.grouping = laneGroupingFromName(parser.value(opt("lanes")), &ok);
            if (!ok)
                return usage(QStringLiteral("--lanes %1: use actor, type, country, tag or none").arg(parser.value(opt("lanes"))));
        }
        if (parser.isSet(opt("from")) != parser.isSet(opt("to")))
            return usage(opt("--from and --to go together"));
        if (parser.isSet(opt("from"))) {
            QString error;
            const FuzzyDate from = FuzzyDate::fromEdtf(parser.value(opt("from")), &error);
            if (!from.isValid())
                return usage(QStringLiteral("--from %1: %2").arg(parser.value(opt("from")), error));
            const FuzzyDate to = FuzzyDate::fromEdtf(parser.value(opt("to")), &error);
            if (!to.isValid())
                return usage(QStringLiteral("--to %1: %2").arg(parser.value(opt("to")), error));
            view.visibleFrom = from.bounds().earliestStart;
            view.visibleTo = to.bounds().latestEnd;
            if (view.visibleFrom >= view.visibleTo)
                return usage(opt("--from is not before --to"));
        }
        if (parser.isSet(opt("palette"))) {
            bool ok = false;
            Palette::kindFromName(parser.value(opt("palette")), &ok);
            if (!ok)
                return usage(QStringLiteral("--palette %1: use light, dark or print").arg(parser.value(opt("palette"))));
            view.palette = parser.value(opt("palette"));
        }
        if (parser.isSet(opt("filter"))) {
            QJsonParseError parse;
            const QJsonDocument json = QJsonDocument::fromJson(parser.value(opt("filter")).toUtf8(), &parse);
            if (!json.isObject())
                return usage(QStringLiteral("--filter: not a JSON object (%1)").arg(parse.errorString()));
            QString error;
            const auto filter = EventFilter::fromJson(json.object(), &error);
            if (!filter)
                return usage(QStringLiteral("--filter: %1").arg(error));
            view.filter = *filter;
        }
        const auto document = openForEditing(parser.positionalArguments().at(0), io);
        if (!document)
            return int(ExitFailure);
        for (ActorId actor : view.filter.actors) {
            if (!document->actor(actor)) {
                io.err << "dateline-cli view-save: --filter names actor " << actor.value
                       << ", which is not in the document\n";
                return int(ExitFailure);
            }
        }
        Editor editor(*document);
        commands::saveView(editor, view);
        io.out << "saved view " << view.name << '\n';
        return int(ExitOk);
    };
    return c;
}

Command bookmarkAddCommand()
{
    Command c{opt("bookmark-add"), opt("bookmark-add FILE NAME EDTF"),
              opt("Add (or move) a named date bookmark, as one undoable step"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        if (!parseArguments(parser, c, args, 3, io))
            return int(ExitUsage);
        const QStringList positional = parser.positionalArguments();
        DateBookmark bookmark{positional.at(1).trimmed(), {}};
        QString error;
        bookmark.date = FuzzyDate::fromEdtf(positional.at(2), &error);
        if (bookmark.name.isEmpty() || !bookmark.date.isValid()) {
            io.err << "dateline-cli bookmark-add: "
                   << (bookmark.name.isEmpty() ? opt("the bookmark needs a name") : QStringLiteral("%1: %2").arg(positional.at(2), error))
                   << '\n';
            return int(ExitUsage);
        }
        const auto document = openForEditing(positional.at(0), io);
        if (!document)
            return int(ExitFailure);
        Editor editor(*document);
        commands::addBookmark(editor, bookmark);
        io.out << "bookmark " << bookmark.name << " at " << bookmark.date.toEdtf() << '\n';
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
