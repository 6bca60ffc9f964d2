// add-event, history, undo, redo: edits through the same command layer as the app, each one
// undoable step in the document's journal (so the app's History panel lists them too).
#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/documentaccess.h"
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/dateforms.h"
#include "core/store/document.h"

#include <algorithm>

namespace dateline::cli {

namespace {

// The actor called label: exact label first, then ignoring case, then an alias; created when
// there is none (a person, the model's default kind) inside the current step.
ActorId actorNamed(Editor &editor, std::vector<Actor> &known, const QString &label)
{
    for (const auto sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const Actor &a : known) {
            if (a.label.compare(label, sensitivity) == 0)
                return a.id;
        }
    }
    for (const Actor &a : known) {
        if (a.aliases.contains(label, Qt::CaseInsensitive))
            return a.id;
    }
    Actor actor;
    actor.label = label;
    actor.id = commands::addActor(editor, actor);
    known.push_back(actor);
    return actor.id;
}

enum class Direction : std::uint8_t { Undo, Redo };

int undoOrRedo(const Command &c, const QStringList &args, Io &io, Direction direction)
{
    const bool undo = direction == Direction::Undo;
    QCommandLineParser parser;
    if (!parseArguments(parser, c, args, 1, io))
        return int(ExitUsage);
    const auto document = openForEditing(parser.positionalArguments().at(0), io);
    if (!document)
        return int(ExitFailure);
    Editor editor(*document);
    const QString label = undo ? editor.undoLabel() : editor.redoLabel();
    if (undo ? !editor.canUndo() : !editor.canRedo()) {
        io.err << "dateline-cli: nothing to " << (undo ? "undo" : "redo") << '\n';
        return int(ExitFailure);
    }
    undo ? editor.undo() : editor.redo(); // a StoreError reaches main's boundary: nothing changed
    io.out << (undo ? "undone: " : "redone: ") << label << '\n';
    return int(ExitOk);
}

} // namespace

Command addEventCommand()
{
    Command c{QStringLiteral("add-event"),
              QStringLiteral("add-event FILE --title T --date EDTF [--actor LABEL]... [--quote TEXT [--speaker LABEL]]"),
              QStringLiteral("Add an event (actors found by label or created), as one undoable step"), {},
              QStringLiteral("  --title TEXT      the event's title (required)\n"
                             "  --date EDTF       its date (required): 2008-03-17, 2008-03, [..2008-03-26], or written: 17 March 2008\n"
                             "  --actor LABEL     a participant; repeat for several\n"
                             "  --quote TEXT      a verbatim quote attached to the event\n"
                             "  --speaker LABEL   who said it\n")};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("date"), QStringLiteral("Date (EDTF)."), QStringLiteral("EDTF")});
        parser.addOption({QStringLiteral("actor"), QStringLiteral("Actor label."), QStringLiteral("LABEL")});
        parser.addOption({QStringLiteral("quote"), QStringLiteral("Quote text."), QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("speaker"), QStringLiteral("Speaker label."), QStringLiteral("LABEL")});
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        auto usage = [&](const QString &message) {
            io.err << "dateline-cli add-event: " << message << '\n' << "usage: dateline-cli " << c.synopsis << '\n';
            return int(ExitUsage);
        };
        const QString title = parser.value(QStringLiteral("title")).trimmed();
        if (title.isEmpty())
            return usage(QStringLiteral("--title is required"));
        if (!parser.isSet(QStringLiteral("date")))
            return usage(QStringLiteral("--date is required"));
        QString dateError;
        const QString edtf = parser.value(QStringLiteral("date"));
        FuzzyDate date = FuzzyDate::fromEdtf(edtf, &dateError);
        // or written out, as the app's date field and the importers read it ("17 March 2008", "mid-March
        // 2008"); numbers alone stay EDTF: "03/04/2008" is a different day in London and in Washington
        if (const bool words = std::any_of(edtf.cbegin(), edtf.cend(), [](QChar c) { return c.isLetter(); });
            !date.isValid() && words) {
            QString formError;
            date = parseDateForm(edtf, DayOrder::DayFirst, &formError);
            if (!date.isValid() && !formError.isEmpty())
                dateError = formError;
        }
        if (!date.isValid())
            return usage(QStringLiteral("--date %1: %2").arg(edtf, dateError));
        for (const QString &label : parser.values(QStringLiteral("actor")) + parser.values(QStringLiteral("speaker"))) {
            if (label.trimmed().isEmpty())
                return usage(QStringLiteral("an actor or speaker label is empty"));
        }
        if (parser.isSet(QStringLiteral("speaker")) && !parser.isSet(QStringLiteral("quote")))
            return usage(QStringLiteral("--speaker needs --quote"));
        const QString quoteText = parser.value(QStringLiteral("quote"));
        if (parser.isSet(QStringLiteral("quote")) && quoteText.trimmed().isEmpty())
            return usage(QStringLiteral("--quote is empty"));

        const auto document = openForEditing(parser.positionalArguments().at(0), io);
        if (!document)
            return int(ExitFailure);
        Editor editor(*document);
        EventId id;
        editor.perform({QStringLiteral("add-event"), QStringLiteral("Add event %1").arg(labels::quoted(title))}, [&] {
            std::vector<Actor> known = document->actors();
            Event event;
            event.title = title;
            event.date = date;
            for (const QString &label : parser.values(QStringLiteral("actor"))) {
                const ActorId actor = actorNamed(editor, known, label.trimmed());
                if (std::none_of(event.actors.begin(), event.actors.end(),
                                 [actor](const ActorLink &l) { return l.actor == actor; }))
                    event.actors.push_back({actor, ActorRole::Participant});
            }
            id = commands::addEvent(editor, event);
            if (parser.isSet(QStringLiteral("quote"))) {
                Quote quote;
                quote.text = quoteText;
                if (parser.isSet(QStringLiteral("speaker")))
                    quote.speaker = actorNamed(editor, known, parser.value(QStringLiteral("speaker")).trimmed());
                quote.events = {id};
                commands::addQuote(editor, quote);
            }
        });
        io.out << "added event " << id.value << ": " << title << " (" << date.toDisplayString() << ")\n";
        return int(ExitOk);
    };
    return c;
}

Command historyCommand()
{
    Command c{QStringLiteral("history"), QStringLiteral("history FILE [--limit N]"),
              QStringLiteral("The edit journal, newest first: seq, time (UTC), label"), {},
              QStringLiteral("  --limit N   show at most N steps (default 50; 0 = all)\n")};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("limit"), QStringLiteral("Most steps shown."), QStringLiteral("N"),
                          QStringLiteral("50")});
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        bool ok = false;
        const qint64 limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 0) {
            io.err << "dateline-cli history: --limit must be a whole number >= 0\n";
            return int(ExitUsage);
        }
        const auto document = openDocument(parser.positionalArguments().at(0), OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        const qint64 size = document->journalSize();
        const std::vector<JournalEntry> entries = document->journal(0, limit == 0 ? size : limit);
        for (const JournalEntry &e : entries) {
            io.out << e.seq << '\t' << e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
                   << e.label << (e.undone ? "\t(undone)" : "") << '\n';
        }
        if (qint64(entries.size()) < size)
            io.out << "(" << size - qint64(entries.size()) << " older steps not shown)\n";
        if (size == 0)
            io.out << "(no edits recorded)\n";
        return int(ExitOk);
    };
    return c;
}

Command undoCommand()
{
    Command c{QStringLiteral("undo"), QStringLiteral("undo FILE"),
              QStringLiteral("Undo the newest step (exit 1 when there is none)"), {}};
    c.run = [c](const QStringList &args, Io &io) { return undoOrRedo(c, args, io, Direction::Undo); };
    return c;
}

Command redoCommand()
{
    Command c{QStringLiteral("redo"), QStringLiteral("redo FILE"),
              QStringLiteral("Redo the step undone last (exit 1 when there is none)"), {}};
    c.run = [c](const QStringList &args, Io &io) { return undoOrRedo(c, args, io, Direction::Redo); };
    return c;
}

} // namespace dateline::cli
