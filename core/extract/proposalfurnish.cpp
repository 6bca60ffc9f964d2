#include "core/extract/proposalpass.h"

#include "core/extract/proposalactors.h"
#include "core/extract/proposaldates.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::extract {

// An event's evidence, actors, place and quotes from its sentence and clause [cs, ce); the event
// proposed before it (in paragraph beforeParagraph) may take quotes said of it.
void ProposalPass::furnish(ProposedEvent &e, const Sentence &s, int cs, int ce, bool nounPhrase, ProposedEvent *before,
                           int beforeParagraph) const
{
    e.evidenceStart = s.start;
    e.evidenceEnd = s.end;
    // (in a sentence of thousands of characters, a page without full stops, the part around the
    // clause gives actors and quotations; the evidence is cut to it at the end)
    const bool huge = s.end - s.start > kHugeSentence;
    const int sFrom = huge ? std::max(s.start, cs - kAroundClause) : s.start;
    const int sTo = huge ? std::min(s.end, ce + kAroundClause) : s.end;
    QSet<QString> seen;
    // The noun phrase a date modifies names its own participants ("the meeting between U.S. and
    // Russian officials"); the rest of the sentence may be about someone else (who reported it).
    bool phraseHasActors = false;
    if (nounPhrase)
        for (auto a = std::lower_bound(actors.begin(), actors.end(), cs,
                                       [](const ActorMention &m, int pos) { return m.start < pos; });
             a != actors.end() && a->start < ce && !phraseHasActors; ++a)
            phraseHasActors = !a->place && a->end <= ce;
    const int actorsFrom = phraseHasActors ? cs : sFrom, actorsTo = phraseHasActors ? ce : sTo;
    addActors(e, actors, actorsFrom, actorsTo, seen);
    const auto inClause = std::lower_bound(actors.begin(), actors.end(), cs,
                                           [](const ActorMention &a, int pos) { return a.start < pos; });
    int placeStart = ce;
    for (auto it = inClause; it != actors.end() && it->start < ce && e.place.isEmpty(); ++it)
        if (it->place && it->end <= ce) {
            e.place = it->text;
            placeStart = it->start;
        }
    // a place no table knows before a capital that one does is the clause's first ("met Wang Yi in
    // Vientiane in July and again in Astana")
    if (const QString first = namedPlace(text, cs, placeStart, actors, timexes); !first.isEmpty())
        e.place = first;
    if (nounPhrase)
        addTakenUpActors(e, text, sentences, int(&s - sentences.data()), actors, seen);
    const auto firstQuote = std::lower_bound(quotes.begin(), quotes.end(), sFrom,
                                             [](const QuoteMention &q, int pos) { return q.start < pos; });
    for (auto it = firstQuote; it != quotes.end() && it->start < sTo; ++it)
        if (it->end <= sTo)
            e.quotes.push_back(*it);
    // and what the same speaker goes on to say in the paragraph: "“There is no military solution,”
    // Guterres told the Council on Monday. “We need a ceasefire now.”"
    if (!e.quotes.empty() && !e.quotes.back().speaker.isEmpty())
        for (auto it = std::lower_bound(firstQuote, quotes.end(), s.end,
                                        [](const QuoteMention &q, int pos) { return q.start < pos; });
             it != quotes.end() && e.quotes.size() < 4; ++it) {
            const Sentence *at = SentenceSplitter::at(sentences, it->start, 1);
            if (!at || at->paragraph != s.paragraph || it->speaker != e.quotes.back().speaker)
                break;
            e.quotes.push_back(*it);
        }
    if (e.quotes.empty())
        addParagraphQuotes(e, s, before, beforeParagraph);
}

// The quotations of the sentence's paragraph, at most the few nearest the sentence (a long paragraph of
// many quotations, a transcript or a pasted page without breaks, would give every date all of them).
void ProposalPass::addParagraphQuotes(ProposedEvent &e, const Sentence &s, ProposedEvent *before, int beforeParagraph) const
{
    constexpr size_t kParagraphQuotes = 4;
    std::vector<int> near;
    if (const auto found = quotesOfParagraph.constFind(s.paragraph); found != quotesOfParagraph.constEnd()) {
        // the nearest few, from where the sentence stands among them (in text order): a
        // one-line page of thousands of quotations is one paragraph
        const std::vector<int> &all = *found;
        const auto distance = [&](int q) { return std::abs(quotes[size_t(q)].start - s.start); };
        auto right = std::lower_bound(all.begin(), all.end(), s.start,
                                      [&](int q, int pos) { return quotes[size_t(q)].start < pos; });
        auto left = right;
        while (near.size() < kParagraphQuotes && (left != all.begin() || right != all.end())) {
            if (right == all.end() || (left != all.begin() && distance(*(left - 1)) <= distance(*right)))
                near.push_back(*--left);
            else
                near.push_back(*right++);
        }
        std::sort(near.begin(), near.end());
    }
    for (const int q : near) {
        // (words said before this sentence by someone the event before takes part in and
        // this one does not are about that one: "BEIJING — Blinken met Wang Yi on Friday.\n\n
        // Wang told Blinken ties were “beginning to stabilise”. Blinken is due to meet Xi
        // later in the day.")
        const QuoteMention &quote = quotes[size_t(q)];
        const auto speaks = [&](const ProposedEvent &x) {
            return x.title.contains(quote.speaker)
                   || std::any_of(x.actors.begin(), x.actors.end(), [&](const ActorMention &a) { return a.label == quote.speaker; });
        };
        // (nor are words opening the paragraph before a sentence in which another person
        // speaks: "“These accusations are baseless,” spokesman Nasser Kanaani said. Josep
        // Borrell told reporters ministers would discuss the evidence on Monday." answers the
        // denial before them)
        static const QRegularExpression reports(QStringLiteral("^\\s*,?\\s*(?:said|says|told|tells|added|stated|announced)\\b"));
        const bool anotherSpeaks = std::any_of(e.actors.begin(), e.actors.end(), [&](const ActorMention &a) {
            return a.kind == ActorKind::Person && a.label != quote.speaker && a.start >= s.start && a.end <= s.end
                && reports.match(QStringView(text).mid(a.end, std::min(24, s.end - a.end))).hasMatch();
        });
        const Sentence *opening = SentenceSplitter::at(sentences, quote.start, 1);
        const bool opensParagraph = opening && (opening == sentences.data() || (opening - 1)->paragraph != opening->paragraph);
        if (!quote.speaker.isEmpty() && quote.start < s.start && before && beforeParagraph < s.paragraph
            && !speaks(e) && (speaks(*before) || (anotherSpeaks && opensParagraph))) {
            std::vector<QuoteMention> &earlier = before->quotes;
            if (std::none_of(earlier.begin(), earlier.end(), [&](const QuoteMention &x) { return x.start == quote.start; }))
                earlier.push_back(quote);
            continue;
        }
        e.quotes.push_back(quote);
    }
}

} // namespace dateline::extract
