// Quotations said after the sentence of the proposal they belong to (EventProposer::propose).
#include "core/extract/proposalquotes.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"
#include "core/extract/proposaldates.h"
#include "core/extract/proposaltitle.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dateline::extract {

using namespace proposaldates;

namespace {

using EventIterator = std::vector<ProposedEvent>::iterator;

// Whether the quotation's sentence dates it otherwise than the proposal before it ("As the Secretary
// said on Sunday, “…”" is not about the Monday event before it).
bool datedOtherwise(const std::vector<Timex> &timexes, const std::vector<Sentence> &sentences, const QuoteMention &q,
                    const ProposedEvent &before)
{
    bool dated = false;
    if (const Sentence *qs = SentenceSplitter::at(sentences, q.start))
        for (auto o = std::lower_bound(timexes.begin(), timexes.end(), qs->start,
                                       [](const Timex &x, int pos) { return x.start < pos; });
             o != timexes.end() && o->start < qs->end && !dated; ++o)
            dated = (o->end <= q.start - 1 || o->start > q.end) && namesDayWeekOrMonth(*o) && o->edtf != before.date;
    return dated;
}

// The first proposal of target's paragraph that the quotation's speaker takes part in: "David Lammy
// arrived in Kyiv yesterday, his third visit since Labour took office in July.\n\nMr Lammy told
// reporters …" is about the arrival. target itself when there is none (takesPart false).
EventIterator speakersEvent(std::vector<ProposedEvent> &events, const std::vector<int> &paragraphOfEvent, const QuoteMention &q,
                            EventIterator target, bool &takesPart)
{
    takesPart = false;
    if (q.speaker.isEmpty())
        return target;
    const int paragraph = paragraphOfEvent[size_t(target - events.begin())];
    for (auto e = target; ; --e) {
        if (paragraphOfEvent[size_t(e - events.begin())] != paragraph)
            break;
        if (std::any_of(e->actors.begin(), e->actors.end(), [&](const ActorMention &a) { return a.label == q.speaker; })) {
            target = e;
            takesPart = true;
        }
        if (e == events.begin())
            break;
    }
    return target;
}

// Of the proposals of target's sentence, the one the quotation's sentence speaks of: "EU ministers
// meeting in Luxembourg on Monday discussed sanctions after talks in Vienna ended last week.\n\n“We
// are not there yet,” Borrell said as he arrived for the meeting" is about the meeting. Its count of
// proposals whose titles share words with the quotation's surroundings goes to `count`.
EventIterator spokenOf(const QString &text, const Sentence &qs, const QuoteMention &q, std::vector<ProposedEvent> &events,
                       EventIterator target, int &count)
{
    // (the words around the quotation: a page without full stops is one sentence)
    const int from = std::max(qs.start, q.start - 300), to = std::min(qs.end, q.end + 300);
    const QSet<QString> said = contentWords(QStringView(text).mid(from, to - from), true);
    auto first = target;
    while (first != events.begin() && std::prev(first)->evidenceStart == target->evidenceStart)
        --first;
    EventIterator spoken = events.end();
    count = 0;
    for (auto e = first; e != events.end() && e->evidenceStart == target->evidenceStart; ++e)
        if (contentWords(e->title).intersects(said)) {
            spoken = e;
            ++count;
        }
    return spoken;
}

// A paragraph's quotation that another proposal's own sentence holds is that one's, unless its
// speaker takes part in this one too: "Talks have gone on since early February. Zelensky said on
// 15 February … “because it is not ready …”" (but Bush's words after the interview he gave)
void keepOwnSentenceQuotes(std::vector<ProposedEvent> &events)
{
    for (ProposedEvent &e : events)
        std::erase_if(e.quotes, [&](const QuoteMention &q) {
            const bool own = (q.start >= e.evidenceStart && q.end <= e.evidenceEnd)
                || std::any_of(e.actors.begin(), e.actors.end(), [&](const ActorMention &a) { return a.label == q.speaker; });
            // (events are in text order: the last one whose sentence starts before the quotation)
            const auto holder = std::upper_bound(events.begin(), events.end(), q.start,
                                                 [](int pos, const ProposedEvent &o) { return pos < o.evidenceStart; });
            return !own && holder != events.begin() && q.end <= std::prev(holder)->evidenceEnd;
        });
}

// A quotation in a sentence of no proposal that several of its paragraph's proposals took stays
// with one: the one its speaker takes part in, else the last one before it, else the first after
// ("… shook hands in Singapore in June 2018. The statement committed both sides to “…”. A second
// summit, in Hanoi in February 2019, collapsed …" is the June summit's)
void oneHolderPerQuotation(std::vector<ProposedEvent> &events)
{
    QHash<int, std::vector<size_t>> holders; // quotation start -> the proposals holding it, in text order
    for (size_t k = 0; k < events.size(); ++k)
        for (const QuoteMention &q : events[k].quotes)
            if (q.start < events[k].evidenceStart || q.end > events[k].evidenceEnd)
                holders[q.start].push_back(k);
    for (auto h = holders.cbegin(); h != holders.cend(); ++h) {
        const std::vector<size_t> &held = h.value();
        if (held.size() < 2)
            continue;
        const int at = h.key();
        // (a copy: the quotation is erased from proposals below)
        const QuoteMention q = *std::find_if(events[held.front()].quotes.begin(), events[held.front()].quotes.end(),
                                             [&](const QuoteMention &x) { return x.start == at; });
        const auto speaks = [&](size_t k) {
            return !q.speaker.isEmpty()
                && std::any_of(events[k].actors.begin(), events[k].actors.end(), [&](const ActorMention &a) { return a.label == q.speaker; });
        };
        if (std::any_of(held.begin(), held.end(), speaks))
            continue; // (the proposals its speaker takes part in keep it, as the rules above gave it)
        size_t keep = held.front();
        for (const size_t k : held)
            if (events[k].evidenceStart < at)
                keep = k;
        for (const size_t k : held)
            if (k != keep)
                std::erase_if(events[k].quotes, [&](const QuoteMention &x) { return x.start == at; });
    }
}

} // namespace

void giveParagraphQuotes(const QString &text, const std::vector<Timex> &timexes, const std::vector<Sentence> &sentences,
                         const std::vector<QuoteMention> &quotes, const std::vector<int> &paragraphOfQuote,
                         const std::vector<int> &paragraphOfEvent, std::int64_t creationDay, std::vector<ProposedEvent> &events)
{
    // Quotes in paragraphs without an event of their own go to the last event before them, unless
    // their sentence dates them otherwise.
    // Nor across a heading on a line of its own ("12.10 GMT" in a live blog, "Reaction in Moscow"),
    // which starts another item.
    const std::vector<int> headings = SentenceSplitter::headingLines(text);
    // within a month of the creation date (or, as a background's test, not ended more than a month before it)
    const TimePoint creation = calendar::toTimePoint(calendar::civilFromDays(creationDay));
    const auto nearCreation = [&](const ProposedEvent &e, bool bothSides) {
        const FuzzyDate &day = parsed(e.date);
        constexpr TimePoint kMonth = 31 * kSecondsPerDay;
        return !day.isValid()
            || (day.bounds().latestEnd >= creation - kMonth && (!bothSides || day.bounds().earliestStart <= creation + kMonth));
    };
    const QSet<int> paragraphsWithEvents(paragraphOfEvent.begin(), paragraphOfEvent.end());
    QHash<std::pair<int, QString>, size_t> speakerTarget; // (paragraph, speaker) -> the proposal given their words
    for (int k = 0; k < int(quotes.size()); ++k) {
        const int paragraph = paragraphOfQuote[size_t(k)];
        if (paragraph < 0 || paragraphsWithEvents.contains(paragraph))
            continue;
        const QuoteMention &q = quotes[size_t(k)];
        const auto after = std::lower_bound(events.begin(), events.end(), q.start,
                                            [](const ProposedEvent &e, int pos) { return e.evidenceStart < pos; });
        if (after == events.begin())
            continue;
        const auto heading = std::upper_bound(headings.begin(), headings.end(), std::prev(after)->evidenceStart);
        if (datedOtherwise(timexes, sentences, q, *std::prev(after)) || (heading != headings.end() && *heading < q.start))
            continue;
        bool speakerTakesPart = false;
        auto target = speakersEvent(events, paragraphOfEvent, q, std::prev(after), speakerTakesPart);
        // After a paragraph of background ("The mission was first deployed in July 2011, when …"), a
        // quotation whose speaker takes no part in it speaks of the news: the last event before it
        // within a month of the text's date, if there is one
        if (!speakerTakesPart && !nearCreation(*target, false))
            for (auto e = target; e != events.begin();)
                if (nearCreation(*--e, true)) {
                    target = e;
                    break;
                }
        if (const Sentence *qs = speakerTakesPart ? nullptr : SentenceSplitter::at(sentences, q.start)) {
            int count = 0;
            const EventIterator spoken = spokenOf(text, *qs, q, events, target, count);
            // (and what the speaker goes on to say in that paragraph goes with it: "He said the bloc
            // would decide “in the coming weeks”")
            const auto earlier = speakerTarget.constFind({paragraph, q.speaker});
            if (count == 1)
                target = spoken;
            else if (earlier != speakerTarget.constEnd() && !q.speaker.isEmpty()
                     && events[*earlier].evidenceStart == target->evidenceStart)
                target = events.begin() + std::ptrdiff_t(*earlier);
        }
        speakerTarget.insert({paragraph, q.speaker}, size_t(target - events.begin()));
        target->quotes.push_back(q);
    }
    keepOwnSentenceQuotes(events);
    oneHolderPerQuotation(events);
}

} // namespace dateline::extract
