// dateline-timexscore [--errors] [--repeat N] [--pipeline] PATH...: tags every .tml file under
// PATH with its DCT and prints strict/relaxed span P/R/F1, type and value accuracy and F1
// (TempEval-3 style) per PATH and overall, and the tagging speed in MB/s of UTF-8 text.
// --errors lists every disagreement; --pipeline also times the whole article extraction
// (actors, quotes, proposals) over all texts joined into one.
#include "core/extract/articleextractor.h"
#include "core/extract/timemldocument.h"
#include "core/extract/timexscorer.h"
#include "core/extract/timextagger.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <ctime>

using namespace dateline;
using namespace dateline::extract;

namespace {

QString pct(double v) { return QString::number(100 * v, 'f', 1); }

void print(QTextStream &out, const QString &label, const TimexScorer &s, double mbPerSecond, double mbPerCpuSecond)
{
    const auto st = s.strict(), rl = s.relaxed(), va = s.value(), ty = s.type();
    out << label << ": gold " << s.goldCount() << ", system " << s.systemCount() << '\n'
        << "  strict span   P " << pct(st.precision) << "  R " << pct(st.recall) << "  F1 " << pct(st.f1) << '\n'
        << "  relaxed span  P " << pct(rl.precision) << "  R " << pct(rl.recall) << "  F1 " << pct(rl.f1) << '\n'
        << "  type          accuracy " << pct(s.typeAccuracy()) << "  F1 " << pct(ty.f1) << '\n'
        << "  value         accuracy " << pct(s.valueAccuracy()) << "  F1 " << pct(va.f1) << '\n';
    if (mbPerSecond > 0)
        out << "  speed         " << QString::number(mbPerSecond, 'f', 2) << " MB/s (" << QString::number(mbPerCpuSecond, 'f', 2)
            << " MB/s of CPU time)\n";
}

bool parseDct(const QString &value, CivilDate &d)
{
    const QStringList p = value.left(10).split(u'-');
    if (p.size() != 3)
        return false;
    d = CivilDate{p[0].toLongLong(), p[1].toInt(), p[2].toInt()};
    return calendar::isValid(d);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout), err(stderr);
    QStringList args = app.arguments().mid(1);
    const bool errors = args.removeAll(QStringLiteral("--errors")) > 0;
    const bool pipeline = args.removeAll(QStringLiteral("--pipeline")) > 0;
    QString allText; // every document's text, for timing the whole extraction on one large input
    int repeat = 1;
    if (const int r = int(args.indexOf(QStringLiteral("--repeat"))); r >= 0 && r + 1 < args.size()) {
        repeat = std::max(1, args.at(r + 1).toInt());
        args.remove(r, 2);
    }
    if (args.isEmpty()) {
        err << "usage: dateline-timexscore [--errors] [--repeat N] [--pipeline] DIR|FILE.tml...\n";
        return 2;
    }
    TimexScorer total;
    qint64 totalBytes = 0, totalNs = 0;
    double totalCpu = 0;
    for (const QString &path : args) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, {QStringLiteral("*.tml")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
        files.sort();
        TimexScorer part;
        qint64 bytes = 0, ns = 0;
        double cpuSeconds = 0;
        for (const QString &file : files) {
            TimemlDocument doc;
            QString error;
            CivilDate dct;
            if (!TimemlDocument::read(file, doc, &error) || !parseDct(doc.dct, dct)) {
                err << (error.isEmpty() ? file + QStringLiteral(": bad DCT ") + doc.dct : error) << '\n';
                continue;
            }
            if (pipeline)
                allText += doc.text + QStringLiteral("\n\n");
            const TimexTagger tagger(dct);
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            std::vector<Timex> system;
            for (int r = 0; r < repeat; ++r)
                system = tagger.tag(doc.text);
            ns += timer.nsecsElapsed();
            cpuSeconds += double(std::clock() - cpu) / CLOCKS_PER_SEC;
            bytes += doc.text.toUtf8().size() * repeat;
            part.add(doc.timexes, system);
            total.add(doc.timexes, system);
            if (!errors)
                continue;
            // One line per disagreement: '-' missed gold, '+' spurious, '~' overlap or value differs.
            for (const Timex &g : doc.timexes) {
                const Timex *hit = nullptr;
                for (const Timex &s : system)
                    if (s.start < g.end && g.start < s.end)
                        hit = &s;
                if (!hit)
                    out << "- " << QFileInfo(file).fileName() << " [" << g.text << "] " << timexTypeName(g.type) << ' ' << g.value << '\n';
                else if (hit->value != g.value || hit->start != g.start || hit->end != g.end)
                    out << "~ " << QFileInfo(file).fileName() << " [" << g.text << "] " << g.value << " | [" << hit->text << "] "
                        << hit->value << "  dct " << doc.dct << '\n';
            }
            for (const Timex &s : system) {
                bool any = false;
                for (const Timex &g : doc.timexes)
                    any = any || (s.start < g.end && g.start < s.end);
                if (!any)
                    out << "+ " << QFileInfo(file).fileName() << " [" << s.text << "] " << timexTypeName(s.type) << ' ' << s.value
                        << "  | " << doc.text.mid(std::max(0, s.start - 40), s.end - s.start + 80).simplified() << '\n';
            }
        }
        totalBytes += bytes;
        totalNs += ns;
        totalCpu += cpuSeconds;
        print(out, QStringLiteral("%1 (%2 files)").arg(path).arg(files.size()), part, ns ? bytes / 1e6 / (ns / 1e9) : 0,
              cpuSeconds > 0 ? bytes / 1e6 / cpuSeconds : 0);
    }
    if (args.size() > 1)
        print(out, QStringLiteral("all"), total, totalNs ? totalBytes / 1e6 / (totalNs / 1e9) : 0,
              totalCpu > 0 ? totalBytes / 1e6 / totalCpu : 0);
    // Dates, sentences, actors, quotes and proposals over one document.
    const auto timePipeline = [&out](const QString &label, const QString &text) {
        const ArticleExtractor extractor(CivilDate{2000, 1, 1});
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        const Extraction x = extractor.run(text, ArticleExtractor::Input::PlainText);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
        const double mb = text.toUtf8().size() / 1e6;
        out << label << ": " << QString::number(mb, 'f', 2) << " MB as one text, " << x.timexes.size() << " expressions, "
            << x.actors.size() << " actor mentions, " << x.quotes.size() << " quotes, " << x.events.size() << " proposed events in "
            << QString::number(seconds, 'f', 2) << " s = " << QString::number(mb / seconds, 'f', 2) << " MB/s ("
            << QString::number(mb / cpuSeconds, 'f', 2) << " MB/s of CPU time)\n";
    };
    if (pipeline && !allText.isEmpty()) {
        timePipeline(QStringLiteral("pipeline"), allText);
        // The worst case for searches that run back or ahead through the text: a megabyte without a
        // line break, a date and a quotation in every sentence.
        timePipeline(QStringLiteral("pipeline, dense one-line text"),
                     QStringLiteral("Foreign Minister Sergei Lavrov said on Monday: \"We will meet again.\" The envoys met "
                                    "in Geneva on March 3, officials said. ")
                         .repeated(9000));
        // and for searches within a sentence: a megabyte without a full stop, dates all through it
        timePipeline(QStringLiteral("pipeline, one sentence of dates"),
                     QStringLiteral("The envoy \u2014 who arrived on Sunday \u2014 met ")
                         + QStringLiteral("the talks (held on May 3 in Geneva by envoys) ended, and the envoys met on March 9, ")
                               .repeated(11000));
    }
    return 0;
}
