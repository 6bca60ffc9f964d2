#include "core/extract/proposalrelations.h"

#include "core/date/fuzzydate.h"
#include "core/extract/proposaltitle.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::extract {

// "Bush characterized the summit as "a follow-up" to the March 17-18 meeting": the event dated right
// after the cue is the earlier one; the follow-up (or response) is the last event proposed before the
// cue that does not start before it.
void linkRelations(const QString &text, const std::vector<Timex> &timexes, std::vector<ProposedEvent> &events)
{
    static const QRegularExpression cue(QStringLiteral("\\bfollow-?up[\"\u201D']?\\s+(?:to|of)\\b|\\b(?:response|reply|retaliation)\\s+(?:to|for)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    // (the days are parsed at the first cue, once: most texts have none)
    std::vector<TimePoint> starts;
    auto startOf = [&](int k) {
        if (starts.empty())
            for (const ProposedEvent &e : events)
                starts.push_back(FuzzyDate::fromEdtf(e.date).bounds().earliestStart);
        return starts[size_t(k)];
    };
    auto positionOf = [&](int k) { return timexes[size_t(events[size_t(k)].timex)].start; };
    for (auto it = cue.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int p = int(m.capturedEnd());
        int to = -1;
        for (int k = 0; k < int(events.size()); ++k) {
            const ProposedEvent &e = events[size_t(k)];
            if (e.evidenceStart <= p && p < e.evidenceEnd && positionOf(k) >= p && (to < 0 || positionOf(k) < positionOf(to)))
                to = k;
        }
        if (to < 0 || positionOf(to) - p > 40)
            continue; // the cue must name the earlier event's date closely: "a follow-up to the March 17-18 meeting"
        int from = -1;
        for (int k = 0; k < int(events.size()); ++k)
            if (k != to && positionOf(k) < int(m.capturedStart()) && startOf(k) >= startOf(to) && (from < 0 || positionOf(k) > positionOf(from)))
                from = k;
        if (from < 0)
            continue;
        const RelationKind kind = m.captured().startsWith(u'f', Qt::CaseInsensitive) ? RelationKind::FollowUpOf : RelationKind::ResponseTo;
        std::vector<ProposedRelation> &links = events[size_t(from)].relations;
        if (std::none_of(links.begin(), links.end(), [&](const ProposedRelation &r) { return r.to == to; }))
            links.push_back({to, kind});
    }
}

void dropHeadlineRepeats(const QString &text, const std::vector<Sentence> &sentences, std::vector<ProposedEvent> &events)
{
    if (sentences.size() < 2 || events.size() < 2)
        return;
    const Sentence &first = sentences.front();
    const int lineEnd = int(text.indexOf(u'\n', first.start));
    const QChar last = text.at(first.end - 1);
    if (lineEnd < 0 || lineEnd > first.end + 2 || first.end - first.start > 150 || last == u'.' || last == u'!'
        || sentences[1].start < lineEnd)
        return;
    std::vector<bool> repeated(events.size());
    for (size_t k = 0; k < events.size(); ++k) {
        const ProposedEvent &h = events[k];
        if (h.evidenceStart < first.start || h.evidenceStart >= first.end)
            continue;
        const DateBounds hb = FuzzyDate::fromEdtf(h.date).bounds();
        const QSet<QString> hWords = contentWords(h.title);
        repeated[k] = std::any_of(events.begin(), events.end(), [&](const ProposedEvent &e) {
            if (e.evidenceStart < lineEnd)
                return false;
            if (e.date == h.date)
                return true;
            // a headline's vaguer date the story makes exact ("talks to resume next week" above "will
            // resume on Nov. 21"), when they tell of the same thing
            const DateBounds eb = FuzzyDate::fromEdtf(e.date).bounds();
            return hb.earliestStart <= eb.earliestStart && eb.latestEnd <= hb.latestEnd && hb.latestEnd > hb.earliestStart
                && contentWords(e.title).intersects(hWords);
        });
    }
    size_t k = 0;
    std::erase_if(events, [&](const ProposedEvent &) { return repeated[k++]; });
}

void joinStartAndEnd(std::vector<ProposedEvent> &events)
{
    static const QRegularExpression began(QStringLiteral("^(.+?)\\s+(?:began|started|opened)$"));
    static const QRegularExpression ended(QStringLiteral("^(.+?)\\s+(?:ended|closed|concluded|finished|adjourned)$"));
    for (size_t k = 0; k + 1 < events.size(); ++k) {
        ProposedEvent &first = events[k];
        const ProposedEvent &second = events[k + 1];
        if (first.evidenceStart != second.evidenceStart)
            continue;
        const QRegularExpressionMatch b = began.match(first.title);
        const QRegularExpressionMatch e = ended.match(second.title);
        if (!b.hasMatch() || !e.hasMatch() || b.captured(1) != e.captured(1))
            continue;
        const QString span = first.date.section(u'/', 0, 0) + u'/' + second.date.section(u'/', -1);
        const FuzzyDate joined = FuzzyDate::fromEdtf(span);
        if (!joined.isValid() || joined.bounds().earliestStart > joined.bounds().latestEnd)
            continue;
        first.title = b.captured(1);
        first.date = span;
        for (const ActorMention &a : second.actors)
            if (std::none_of(first.actors.begin(), first.actors.end(), [&](const ActorMention &x) { return x.label == a.label; }))
                first.actors.push_back(a);
        for (const QuoteMention &q : second.quotes)
            if (std::none_of(first.quotes.begin(), first.quotes.end(), [&](const QuoteMention &x) { return x.start == q.start; }))
                first.quotes.push_back(q);
        events.erase(events.begin() + std::ptrdiff_t(k + 1));
    }
}

} // namespace dateline::extract
