// Document -> TimelineJS3 JSON that TimelineJS renders.
#include "core/io/interchange/calendarparts.h"
#include "core/io/interchange/htmltext.h"
#include "core/io/jsonwriter.h"
#include "core/io/timelinejs/timelinejs.h"
#include "core/io/timelinejs/timelinejsdates.h"
#include "core/store/document.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

using L = QLatin1StringView;

void writeParts(JsonWriter &w, QLatin1StringView key, const CalendarParts &p, bool cosmological)
{
    w.key(key);
    w.beginObject();
    w.field(L("year"), cosmological ? p.year : timelinejs::timelineJsYear(p.year));
    if (p.month)
        w.field(L("month"), p.month);
    if (p.day)
        w.field(L("day"), p.day);
    if (p.hour >= 0) {
        w.field(L("hour"), p.hour);
        w.field(L("minute"), std::max(p.minute, 0));
    }
    if (p.second >= 0)
        w.field(L("second"), p.second);
    w.endObject();
}

// Start, end and, for dates the fields cannot say exactly, the wording Dateline shows.
// Returns whether a time zone was dropped (TimelineJS times are the reader's local times).
bool writeDate(JsonWriter &w, const FuzzyDate &date, bool cosmological)
{
    const std::optional<SplitDate> simple = splitSimpleDate(date);
    const SplitDate split = simple ? *simple : approximateSplit(date);
    writeParts(w, L("start_date"), split.start, cosmological);
    if (split.end)
        writeParts(w, L("end_date"), *split.end, cosmological);
    // The wording, unless the fields alone read back the same way ("1 Jan – 31 Dec 1963" for both
    // a one-of range and the interval): a reader could not tell the two apart, and a second
    // export would drop it.
    if (!(simple && simple->qualifier.isNull())) {
        QString ignored;
        const std::optional<QString> start = edtfFromParts(split.start, &ignored);
        const std::optional<QString> end = split.end ? edtfFromParts(*split.end, &ignored) : std::optional<QString>(QString());
        const FuzzyDate fields = start && end ? FuzzyDate::fromEdtf(end->isEmpty() ? *start : *start + u'/' + *end) : FuzzyDate();
        const QString display = date.toDisplayString();
        if (!fields.isValid() || fields.toDisplayString() != display)
            w.field(L("display_date"), display);
    }
    return split.start.zone != CalendarParts::Zone::Floating
           || (split.end && split.end->zone != CalendarParts::Zone::Floating);
}

// Plain text as HTML paragraphs: blank lines separate paragraphs, single newlines break lines.
QString paragraphs(const QString &text)
{
    QString html;
    const QStringList paras = text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &p : paras) {
        QString escaped = escapeHtml(p.trimmed());
        escaped.replace(u'\n', u"<br>"_s);
        html += u"<p>"_s + escaped + u"</p>"_s;
    }
    return html;
}

struct Counts {
    qsizetype undated = 0, extraTags = 0, actors = 0, places = 0, statuses = 0, cameo = 0;
    qsizetype otherSources = 0, sourcesWithoutUrl = 0, unattachedSources = 0, sharedQuotes = 0, quoteDetails = 0;
    qsizetype fuzzyEraDates = 0, eraColours = 0, relations = 0, zones = 0, multilineTitles = 0;
    bool cosmological = false;
};

bool deepTime(const Document &doc)
{
    auto far = [](const FuzzyDate &d) {
        if (!d.isValid())
            return false;
        const SplitDate split = approximateSplit(d);
        using timelinejs::kJavaScriptYears;
        return std::abs(split.start.year) > kJavaScriptYears || (split.end && std::abs(split.end->year) > kJavaScriptYears);
    };
    for (const Event &e : doc.events())
        if (far(e.date))
            return true;
    for (const Era &e : doc.eras())
        if (far(e.span))
            return true;
    return false;
}

// What the events' texts draw on: speakers, quote sources, each event's quotes.
struct Quoting {
    QHash<qint64, Actor> actors;
    QHash<qint64, Source> sources;
    QHash<qint64, std::vector<Quote>> quotesByEvent;

    Quoting(const Document &doc, Counts &n)
    {
        for (const Actor &a : doc.actors())
            actors.insert(a.id.value, a);
        for (const Source &s : doc.sources())
            sources.insert(s.id.value, s);
        QSet<qint64> quotedSources;
        for (const Quote &q : doc.quotes()) {
            if (q.events.size() > 1)
                ++n.sharedQuotes;
            if (q.credibility != 6 || !q.locator.isEmpty())
                ++n.quoteDetails;
            for (const EventId e : q.events)
                quotesByEvent[e.value].push_back(q);
            if (q.source.isValid())
                quotedSources.insert(q.source.value);
        }
        for (const Source &s : std::as_const(sources))
            if (!quotedSources.contains(s.id.value))
                ++n.unattachedSources;
    }
};

void writeEvent(JsonWriter &w, const Event &e, const Quoting &quoting, Counts &n)
{
    n.extraTags += e.tags.size() > 1;
    n.actors += !e.actors.empty();
    n.places += e.place.isValid();
    n.statuses += e.status != EventStatus::Occurred;
    n.cameo += !e.cameoCode.isEmpty();
    w.beginObject();
    n.zones += writeDate(w, e.date, n.cosmological);
    // Quotes go into the text; the source of the first quote with one becomes the media.
    QString html = paragraphs(e.description);
    const Source *media = nullptr;
    for (const Quote &q : quoting.quotesByEvent.value(e.id.value)) {
        html += u"<blockquote>"_s + paragraphs(q.text);
        if (const auto a = quoting.actors.constFind(q.speaker.value); q.speaker.isValid() && a != quoting.actors.cend())
            html += u"<cite>&mdash; "_s + escapeHtml(a->label) + u"</cite>"_s;
        html += u"</blockquote>"_s;
        if (const auto s = quoting.sources.constFind(q.source.value); q.source.isValid() && s != quoting.sources.cend()) {
            // TimelineJS shows no media without a URL; a page's link is no place for javascript: or a
            // Windows share, which a document may hold (typed, or from a Dateline JSON file)
            if (safeUrl(s->url).isEmpty())
                ++n.sourcesWithoutUrl;
            else if (!media)
                media = &*s;
            else if (media->id != s->id)
                ++n.otherSources;
        }
    }
    w.key(L("text"));
    w.beginObject();
    n.multilineTitles += e.title.contains(u'\n');
    w.field(L("headline"), escapeHtml(e.title.simplified()));
    w.field(L("text"), html);
    w.endObject();
    if (media) {
        w.key(L("media"));
        w.beginObject();
        w.field(L("url"), safeUrl(media->url));
        w.field(L("caption"), escapeHtml(media->title));
        w.field(L("credit"), escapeHtml(media->author.isEmpty() ? media->publication : media->author));
        w.endObject();
    }
    if (!e.tags.isEmpty())
        w.field(L("group"), e.tags.first());
    w.endObject();
}

void writeEras(JsonWriter &w, const std::vector<Era> &eras, Counts &n)
{
    w.key(L("eras"));
    w.beginArray();
    for (const Era &era : eras) {
        if (!era.span.isValid())
            continue;
        n.eraColours += !era.color.isEmpty();
        w.beginObject();
        // TimelineJS requires an era end; display_date is not shown for eras.
        SplitDate split = approximateSplit(era.span);
        n.fuzzyEraDates += !(splitSimpleDate(era.span) && splitSimpleDate(era.span)->qualifier.isNull());
        writeParts(w, L("start_date"), split.start, n.cosmological);
        writeParts(w, L("end_date"), split.end.value_or(split.start), n.cosmological);
        w.key(L("text"));
        w.beginObject();
        w.field(L("headline"), escapeHtml(era.name));
        w.endObject();
        w.endObject();
    }
    w.endArray();
}

void reportCounts(ExportReport &report, const Counts &n, qsizetype written)
{
    auto say = [&](qsizetype count, const QString &what) {
        if (count)
            report.omissions << what.arg(count);
    };
    if (written == 0)
        report.omissions << u"no dated events: TimelineJS shows an empty timeline as an error"_s;
    say(n.undated, u"%1 events without a date left out: TimelineJS needs a start date"_s);
    say(n.zones, u"TimelineJS times have no time zone: %1 times written as the local times they were given in"_s);
    say(n.multilineTitles, u"%1 titles with line breaks written on one line"_s);
    say(n.extraTags, u"%1 events have several tags: TimelineJS keeps the first as the group"_s);
    say(n.actors, u"actors are not part of TimelineJS: the actors of %1 events left out (quote speakers are kept)"_s);
    say(n.places, u"places are not part of TimelineJS: the places of %1 events left out"_s);
    say(n.statuses, u"statuses are not part of TimelineJS: %1 events that are not \"occurred\" lose their status"_s);
    say(n.cameo, u"CAMEO event codes are not part of TimelineJS: %1 codes left out"_s);
    say(n.relations, u"relations between events are not part of TimelineJS: %1 relations left out"_s);
    say(n.otherSources, u"TimelineJS has one media per event: %1 further quote sources left out"_s);
    say(n.sourcesWithoutUrl, u"%1 quotes cite a source without a safe web address (none, or javascript:, data:, a Windows "
                             u"share): TimelineJS media need one, so those sources are left out"_s);
    say(n.unattachedSources, u"%1 sources not cited by any quote left out (TimelineJS shows sources as event media)"_s);
    say(n.sharedQuotes, u"%1 quotes about several events are repeated in each event's text"_s);
    say(n.quoteDetails, u"quote credibility and locators are not part of TimelineJS: %1 quotes lose them"_s);
    say(n.fuzzyEraDates, u"%1 era dates are fuzzy: TimelineJS eras show them as plain start and end dates"_s);
    if (n.cosmological)
        report.omissions << u"some dates lie beyond JavaScript's range: the timeline uses TimelineJS's cosmological scale, which shows years only"_s;
    say(n.eraColours, u"era colours are not part of TimelineJS: %1 colours left out"_s);
}

} // namespace

QByteArray writeTimelineJs(const Document &doc, ExportReport *report)
{
    Counts n;
    // Years beyond what JavaScript dates hold need TimelineJS's cosmological scale (years only).
    n.cosmological = deepTime(doc);
    const Quoting quoting(doc, n);
    JsonWriter w;
    w.beginObject();
    w.key(L("title"));
    w.beginObject();
    w.key(L("text"));
    w.beginObject();
    w.field(L("headline"), escapeHtml(doc.title()));
    w.field(L("text"), QString());
    w.endObject();
    w.endObject();

    std::vector<Event> events;
    for (Event &e : doc.events()) {
        if (e.date.isValid())
            events.push_back(std::move(e));
        else
            ++n.undated;
    }
    orderByWrittenStart(events, [](const Event &e) { return std::pair(wallClockStart(approximateSplit(e.date).start), e.title.simplified()); });
    w.key(L("events"));
    w.beginArray();
    for (const Event &e : events)
        writeEvent(w, e, quoting, n);
    w.endArray();
    writeEras(w, doc.eras(), n);
    if (n.cosmological)
        w.field(L("scale"), u"cosmological"_s);
    w.endObject();

    n.relations = qsizetype(doc.relations().size());
    if (report)
        reportCounts(*report, n, qsizetype(events.size()));
    return w.result();
}

} // namespace dateline
