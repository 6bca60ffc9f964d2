#include "app/cli/command.h"
#include "app/cli/documentaccess.h"
#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"
#include "core/extract/articlebytes.h"
#include "core/extract/articleextractor.h"
#include "core/extract/articlemetadata.h"
#include "core/extract/codepointmap.h"
#include "core/extract/htmltext.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dateline::cli {
namespace {

using namespace dateline::extract;

QJsonObject span(const QString &text, const CodePointMap &map, int start, int end)
{
    return QJsonObject{{QStringLiteral("start"), map.toCodePoint(start)},
                       {QStringLiteral("end"), map.toCodePoint(end)},
                       {QStringLiteral("text"), text.mid(start, end - start)}};
}

// The article's own date when it gives one (a page's published date, a wire dateline), else today.
CivilDate articleDate(const QString &text, ArticleExtractor::Input input)
{
    const QDate today = QDate::currentDate();
    const CivilDate now{today.year(), today.month(), today.day()};
    const bool html = input == ArticleExtractor::Input::Html
        || (input == ArticleExtractor::Input::Detect && HtmlText::looksLikeHtml(text));
    if (html) {
        if (const auto day = ArticleMetadata::fromHtml(text).published)
            return *day;
    }
    return ArticleMetadata::publishedInText(html ? HtmlText::toPlainText(text) : text, now).value_or(now);
}

QJsonObject toJson(const Extraction &x, const CivilDate &dct, bool withText)
{
    const CodePointMap map(x.text);
    QJsonArray timexes;
    for (const Timex &t : x.timexes) {
        QJsonObject o = span(x.text, map, t.start, t.end);
        o.insert(QStringLiteral("type"), timexTypeName(t.type));
        o.insert(QStringLiteral("value"), t.value);
        o.insert(QStringLiteral("edtf"), t.edtf.isEmpty() ? QJsonValue() : QJsonValue(t.edtf));
        if (!t.mod.isEmpty())
            o.insert(QStringLiteral("mod"), t.mod);
        timexes.append(o);
    }
    QJsonArray events;
    for (const ProposedEvent &e : x.events) {
        QJsonArray actors;
        for (const ActorMention &a : e.actors) {
            QJsonObject o = span(x.text, map, a.start, a.end);
            o.insert(QStringLiteral("label"), a.label);
            o.insert(QStringLiteral("kind"), actorKindName(a.kind));
            if (!a.country.isEmpty())
                o.insert(QStringLiteral("country"), a.country);
            if (a.id.isValid())
                o.insert(QStringLiteral("id"), qint64(a.id.value));
            actors.append(o);
        }
        QJsonArray quotes;
        for (const QuoteMention &q : e.quotes) {
            QJsonObject o = span(x.text, map, q.start, q.end);
            o.insert(QStringLiteral("speaker"), q.speaker.isEmpty() ? QJsonValue() : QJsonValue(q.speaker));
            quotes.append(o);
        }
        QJsonObject o{{QStringLiteral("date"), e.date},
                      {QStringLiteral("title"), e.title},
                      {QStringLiteral("status"), statusName(e.status)},
                      {QStringLiteral("timex"), e.timex >= 0 ? QJsonValue(e.timex) : QJsonValue()}, // (none for an undated lead)
                      {QStringLiteral("actors"), actors},
                      {QStringLiteral("quotes"), quotes},
                      {QStringLiteral("evidence"), span(x.text, map, e.evidenceStart, e.evidenceEnd)}};
        if (!e.place.isEmpty())
            o.insert(QStringLiteral("place"), e.place);
        QJsonArray relations; // "to" indexes this events array
        for (const ProposedRelation &r : e.relations)
            relations.append(QJsonObject{{QStringLiteral("kind"), relationKindName(r.kind)}, {QStringLiteral("to"), r.to}});
        if (!relations.isEmpty())
            o.insert(QStringLiteral("relations"), relations);
        events.append(o);
    }
    QJsonObject root{{QStringLiteral("dct"), FuzzyDate::fromDay(dct).toEdtf()},
                     {QStringLiteral("timexes"), timexes},
                     {QStringLiteral("events"), events}};
    if (withText) // HTML: the offsets refer to this text, not to the file
        root.insert(QStringLiteral("plainText"), x.text);
    if (!x.furniture.empty()) { // a web page's menus, footers, link lists: their dates propose nothing
        QJsonArray furniture;
        for (const TextSpan &r : x.furniture)
            furniture.append(QJsonObject{{QStringLiteral("start"), map.toCodePoint(r.start)},
                                         {QStringLiteral("end"), map.toCodePoint(r.end)}});
        root.insert(QStringLiteral("furniture"), furniture);
    }
    return root;
}

void printListing(QTextStream &out, const Extraction &x)
{
    const CodePointMap map(x.text);
    out << "Temporal expressions (" << x.timexes.size() << "):\n";
    for (const Timex &t : x.timexes)
        out << "  " << map.toCodePoint(t.start) << '-' << map.toCodePoint(t.end) << "  " << qSetFieldWidth(9) << Qt::left
            << timexTypeName(t.type) << qSetFieldWidth(0) << ' ' << t.value << (t.edtf.isEmpty() || t.edtf == t.value ? QString() : QStringLiteral("  [") + t.edtf + u']')
            << "  \"" << t.text << "\"\n";
    out << "\nProposed events (" << x.events.size() << "):\n";
    for (const ProposedEvent &e : x.events) {
        out << "  " << FuzzyDate::fromEdtf(e.date).toDisplayString() << " (" << e.date << ")  " << e.title << "  ["
            << statusName(e.status) << "]\n";
        QStringList actors;
        for (const ActorMention &a : e.actors)
            actors << (a.country.isEmpty() || a.kind == ActorKind::State ? a.label : a.label + QStringLiteral(" (") + a.country + u')');
        if (!actors.isEmpty())
            out << "    actors: " << actors.join(QStringLiteral(", ")) << '\n';
        if (!e.place.isEmpty())
            out << "    place:  " << e.place << '\n';
        for (const QuoteMention &q : e.quotes)
            out << "    quote:  \u201C" << q.text << "\u201D" << (q.speaker.isEmpty() ? QString() : QStringLiteral(" \u2014 ") + q.speaker) << '\n';
        for (const ProposedRelation &r : e.relations)
            out << "    " << relationKindName(r.kind) << ": " << x.events[size_t(r.to)].title << '\n';
        out << "    evidence " << map.toCodePoint(e.evidenceStart) << '-' << map.toCodePoint(e.evidenceEnd) << '\n';
    }
}

} // namespace

Command extractCommand()
{
    Command c{QStringLiteral("extract"), QStringLiteral("extract [--dct EDTF] [--json] [--actors DOC] FILE"),
              QStringLiteral("Find dates, events, actors and quotes in an article (plain text or HTML)"), {}};
    c.details = QStringLiteral(
        "  --dct EDTF   the article's publication date (day precision, e.g. 2008-03-28); relative dates\n"
        "               (\"last week\", \"on Friday\") are resolved against it. Default: the date the article\n"
        "               gives (a page's published date, a wire dateline, a date line at its head), else today.\n"
        "  --json       print {\"timexes\":[...],\"events\":[...]} instead of a listing\n"
        "  --html       read FILE as HTML; --text as plain text (default: detected)\n"
        "  --actors DOC recognise the actors of a .dateline document too (labels, aliases, surnames);\n"
        "               the JSON then gives their ids\n"
        "FILE is UTF-8 ('-' reads standard input); UTF-16 with a byte order mark, the charset a page declares\n"
        "or, failing all, Windows-1252 (Latin-1) are read too. Offsets count Unicode code points, end\n"
        "exclusive, in the text as decoded (CR LF is two, a byte order mark one). For HTML they index the plain text left after removing tags and decoding entities\n"
        "(block elements become line breaks); the JSON then carries that text as \"plainText\".\n");
    c.run = [c](const QStringList &args, Io &io) {
        QString file, dctText, actorsDocument;
        bool json = false;
        ArticleExtractor::Input input = ArticleExtractor::Input::Detect;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args[i];
            if (a == u"--json")
                json = true;
            else if (a == u"--html")
                input = ArticleExtractor::Input::Html;
            else if (a == u"--text")
                input = ArticleExtractor::Input::PlainText;
            else if (a == u"--dct" && i + 1 < args.size())
                dctText = args[++i];
            else if (a == u"--actors" && i + 1 < args.size())
                actorsDocument = args[++i];
            else if (a.startsWith(u"--") || !file.isEmpty()) {
                io.err << "dateline-cli: unexpected argument '" << a << "'\nusage: dateline-cli " << c.synopsis << '\n';
                return int(ExitUsage);
            } else
                file = a;
        }
        if (file.isEmpty()) {
            io.err << "usage: dateline-cli " << c.synopsis << '\n';
            return int(ExitUsage);
        }
        CivilDate dct;
        if (!dctText.isEmpty()) {
            QString error;
            const FuzzyDate d = FuzzyDate::fromEdtf(dctText, &error);
            if (!d.isValid() || d.isInterval() || d.isSet() || d.precision() > DatePrecision::Day) {
                io.err << "dateline-cli: --dct needs one day, e.g. 2008-03-28"
                       << (error.isEmpty() ? QString() : QStringLiteral(" (") + error + u')') << '\n';
                return int(ExitUsage);
            }
            dct = calendar::toCivil(d.bounds().earliestStart).date;
        }
        QFile f;
        const bool ok = file == u"-" ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(file), f.open(QIODevice::ReadOnly));
        if (!ok) {
            io.err << "dateline-cli: cannot read " << file << ": " << f.errorString() << '\n';
            return int(ExitFailure);
        }
        const ArticleBytes read = decodeArticle(f.readAll());
        if (!read.error.isEmpty()) {
            io.err << "dateline-cli: cannot read " << file << ": " << read.error << '\n';
            return int(ExitFailure);
        }
        if (read.guessed)
            io.err << "dateline-cli: " << file << " is not UTF-8; read as " << read.encoding << '\n';
        const QString &text = read.text;
        if (dctText.isEmpty())
            dct = articleDate(text, input);
        std::vector<Actor> known;
        if (!actorsDocument.isEmpty()) {
            const std::unique_ptr<Document> doc = openDocument(actorsDocument, OpenMode::ReadOnly, io);
            if (!doc)
                return int(ExitFailure);
            known = doc->actors();
        }
        const Extraction x = ArticleExtractor(dct, std::move(known)).run(text, input);
        if (json)
            io.out << QJsonDocument(toJson(x, dct, x.text != text)).toJson(QJsonDocument::Indented);
        else
            printListing(io.out, x);
        return int(ExitOk);
    };
    return c;
}

} // namespace dateline::cli
