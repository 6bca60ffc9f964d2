#include "app/cli/command.h"
#include "core/date/fuzzydate.h"
#include "core/date/isoformat.h"

namespace dateline::cli {
namespace {

QString boundText(TimePoint t, bool exclusiveEnd)
{
    if (t <= kTimeMin || t >= kTimeMax)
        return QStringLiteral("open");
    // Ends are exclusive instants; people expect the last day that is included.
    return formatIsoDay(exclusiveEnd ? t - 1 : t);
}

} // namespace

Command dateCommand()
{
    Command c{QStringLiteral("date"), QStringLiteral("date EDTF..."),
              QStringLiteral("Parse dates: normalized EDTF, display text, precision, bounds"), {}};
    c.run = [c](const QStringList &args, Io &io) {
        // No option parsing: "-0099" (100 BCE) is a date, not an option. "--" is accepted and skipped.
        QStringList texts = args;
        texts.removeAll(QStringLiteral("--"));
        if (texts.isEmpty()) {
            io.err << "usage: dateline-cli " << c.synopsis << '\n';
            return int(ExitUsage);
        }
        int result = ExitOk;
        for (const QString &text : texts) {
            QString error;
            const FuzzyDate date = FuzzyDate::fromEdtf(text, &error);
            if (!date.isValid()) {
                io.out << text << "\n  error: " << error << "\n";
                result = ExitFailure;
                continue;
            }
            const DateBounds b = date.bounds();
            io.out << text << '\n'
                   << "  edtf:           " << date.toEdtf() << '\n'
                   << "  display:        " << date.toDisplayString() << '\n'
                   << "  precision:      " << precisionName(date.precision()) << '\n'
                   << "  earliest start: " << boundText(b.earliestStart, false) << '\n'
                   << "  latest start:   " << boundText(b.latestStart, false) << '\n'
                   << "  earliest end:   " << boundText(b.earliestEnd, true) << '\n'
                   << "  latest end:     " << boundText(b.latestEnd, true) << '\n';
        }
        return result;
    };
    return c;
}

} // namespace dateline::cli
