#include "app/cli/command.h"
#include "app/cli/commandline.h"
#include "app/cli/documentaccess.h"
#include "core/model/untrustedtext.h"
#include "core/store/eventlist.h"

#include <algorithm>

namespace dateline::cli {
namespace {

// Reads an EDTF option; returns false after printing the parse error.
bool dateOption(const QCommandLineParser &parser, const QString &name, FuzzyDate *date, Io &io)
{
    if (!parser.isSet(name))
        return true;
    QString error;
    *date = FuzzyDate::fromEdtf(parser.value(name), &error);
    if (!date->isValid()) {
        io.err << "dateline-cli list: --" << name << " " << parser.value(name) << ": " << error << '\n';
        return false;
    }
    return true;
}

} // namespace

Command listCommand()
{
    Command c{QStringLiteral("list"), QStringLiteral("list FILE [--from EDTF] [--to EDTF]"),
              QStringLiteral("Events overlapping a range, in time order: date, title, actors"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("from"), QStringLiteral("Start of the range (EDTF)."), QStringLiteral("EDTF")});
        parser.addOption({QStringLiteral("to"), QStringLiteral("End of the range, inclusive (EDTF)."), QStringLiteral("EDTF")});
        if (!parseArguments(parser, c, args, 1, io))
            return int(ExitUsage);
        FuzzyDate from, to;
        if (!dateOption(parser, QStringLiteral("from"), &from, io) || !dateOption(parser, QStringLiteral("to"), &to, io))
            return int(ExitUsage);
        // --from 2008-03 starts at the beginning of March; --to 2008-03 includes all of March.
        const TimePoint begin = from.isValid() ? from.bounds().earliestStart : kTimeMin;
        const TimePoint end = to.isValid() ? to.bounds().latestEnd : kTimeMax;
        if (begin >= end) {
            io.err << "dateline-cli list: --from is after --to\n";
            return int(ExitUsage);
        }
        const auto document = openDocument(parser.positionalArguments().at(0), OpenMode::ReadOnly, io);
        if (!document)
            return int(ExitFailure);
        const auto labels = actorLabels(*document);
        // A page of rows at a time (the whole list of a million events took 760 MB and 20 s before
        // its first line). The date column is as wide as the widest date so far: it widens, never
        // narrows, where a later page has a longer date.
        const std::vector<EventId> ids = document->eventIdsOverlapping(begin, end);
        constexpr std::size_t kPage = 2000;
        qsizetype width = 0;
        for (std::size_t first = 0; first < ids.size(); first += kPage) {
            const std::vector<EventId> page(ids.begin() + std::ptrdiff_t(first),
                                            ids.begin() + std::ptrdiff_t(std::min(ids.size(), first + kPage)));
            const std::vector<EventListRow> rows = document->eventListRows(page);
            QStringList dates;
            for (const EventListRow &row : rows) {
                dates << row.date.toDisplayString();
                width = std::max(width, dates.last().size());
            }
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const QString actors = actorNames(rows[i].actors, labels);
                // one line per event: a title's line breaks (kept from a spreadsheet cell) become
                // spaces, and an override it leaves open ends with it (not reversing the actors)
                io.out << dates[qsizetype(i)].leftJustified(width) << "  " << closedBidi(rows[i].title.simplified());
                if (!actors.isEmpty())
                    io.out << "  (" << actors << ')';
                io.out << '\n';
            }
        }
        // Events without a date overlap no range; say so rather than leave the count short.
        if (!from.isValid() && !to.isValid()) {
            if (const qint64 undated = document->info().events - qint64(ids.size()); undated > 0)
                io.err << "(" << undated << (undated == 1 ? " event without a date is" : " events without a date are")
                       << " not listed)\n";
        }
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
