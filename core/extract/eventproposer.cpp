#include "core/extract/eventproposer.h"
#include "core/extract/articleparts.h"
#include "core/extract/lexicon.h"
#include "core/extract/proposalactors.h"
#include "core/extract/proposaldates.h"
#include "core/extract/proposalquotes.h"
#include "core/extract/proposalrelations.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace dateline::extract {

using namespace proposaldates;

namespace {

// A sentence longer than this (a page without full stops) is read only around each date, so that the
// searches for one date's title, actors and quotations do not each run over all of it.
constexpr int kHugeSentence = 2400;
constexpr int kAroundClause = 600;

} // namespace

EventProposer::EventProposer(std::int64_t creationDay)
    : m_dct(creationDay)
{
}

std::vector<ProposedEvent> EventProposer::propose(const QString &text, const std::vector<Timex> &timexes,
                                                  const std::vector<Sentence> &sentences,
                                                  const std::vector<ActorMention> &actors,
                                                  const std::vector<QuoteMention> &allQuotes,
                                                  const std::vector<TextSpan> &furniture) const
{
    const auto inFurniture = [&furniture](int pos) {
        const auto after = std::upper_bound(furniture.begin(), furniture.end(), pos,
                                            [](int p, const TextSpan &r) { return p < r.start; });
        return after != furniture.begin() && pos < std::prev(after)->end;
    };
    // A pull quote in an aside belongs to no proposal.
    std::vector<QuoteMention> quotes;
    quotes.reserve(allQuotes.size());
    std::copy_if(allQuotes.begin(), allQuotes.end(), std::back_inserter(quotes),
                 [&](const QuoteMention &q) { return !inFurniture(q.start); });
    std::vector<ProposedEvent> events;
    std::vector<int> paragraphOfEvent;
    auto sentenceOf = [&](int pos) { return SentenceSplitter::at(sentences, pos); };
    // quotes are in text order; index them by paragraph once
    std::vector<int> paragraphOfQuote;
    QHash<int, std::vector<int>> quotesOfParagraph;
    for (int k = 0; k < int(quotes.size()); ++k) {
        const Sentence *qs = sentenceOf(quotes[size_t(k)].start);
        paragraphOfQuote.push_back(qs ? qs->paragraph : -1);
        if (qs)
            quotesOfParagraph[qs->paragraph].push_back(k);
    }
    // An event's evidence, actors, place and quotes from its sentence and clause [cs, ce); the event
    // proposed before it (in paragraph beforeParagraph) may take quotes said of it.
    const auto furnish = [&](ProposedEvent &e, const Sentence &s, int cs, int ce, bool nounPhrase,
                             ProposedEvent *before, int beforeParagraph) {
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
        // else the paragraph's, at most the few nearest the sentence (a long paragraph of many
        // quotations, a transcript or a pasted page without breaks, would give every date all of them)
        if (e.quotes.empty()) {
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
    };
    const Sentence *readerChecked = nullptr;
    bool addressesReader = false; // or asks a question
    for (int k = 0; k < int(timexes.size()); ++k) {
        const Timex &t = timexes[size_t(k)];
        // "Between 2019 and 2021, …": the first year of a span a clause opens with waits for the second,
        // whose proposal spans both
        if (k + 1 < int(timexes.size()) && opensYearSpan(text, timexes, k))
            continue;
        // "…, a day after Modi met Xi in Tianjin": the clause a count of days dates
        // ("A week before the summit opens on June 20, the envoys will meet": the main clause after it)
        if (const Sentence *cs = t.type == Timex::Type::Duration ? sentenceOf(t.start) : nullptr; cs && !inFurniture(t.start))
            if (std::optional<CountedClause> counted = countedClause(text, timexes, k, cs->start, cs->end);
                counted || (counted = countedMainClause(text, timexes, k, cs->start, cs->end))) {
                ProposedEvent e;
                e.date = counted->date;
                e.timex = k;
                // (near the clause: a page without full stops is one sentence)
                e.title = withOwnerNamed(tidy(text.mid(counted->start, counted->end - counted->start), 12), text, actors,
                                         std::max(cs->start, counted->start - kAroundClause), std::min(cs->end, counted->end));
                e.status = status(e.title, Timex{t.start, t.end, t.text, Timex::Type::Date, counted->date.left(10), counted->date, {}});
                furnish(e, *cs, counted->start, counted->end, true, events.empty() ? nullptr : &events.back(),
                        paragraphOfEvent.empty() ? -1 : paragraphOfEvent.back());
                paragraphOfEvent.push_back(cs->paragraph);
                events.push_back(std::move(e));
                continue;
            }
        const bool spanEnd = k > 0 && opensYearSpan(text, timexes, k - 1);
        const bool onlyIfPlanned = !namesDayWeekOrMonth(t) && !datesClauseByYear(text, t) && !spanEnd;
        if (const Sentence *ts = onlyIfPlanned ? sentenceOf(t.start) : nullptr;
            onlyIfPlanned && !yearAhead(t) && !(ts && meetingNextYear(text, t, ts->start, ts->end)))
            continue;
        if (inFurniture(t.start))
            continue;
        // "3 p.m. ET (20:00 GMT) on Tuesday", "06:00 local time (04:00 GMT)": the same moment again in
        // another time zone, and the day of that time after the brackets, are no events of their own
        // ("10:15 a.m. (local time; 11:15 p.m. on September 23, Japan time)")
        static const QRegularExpression opening(QStringLiteral("^\\s*(?:local\\s+time\\s*)?[(\\[]\\s*(?:local\\s+time\\s*[;,]\\s*)?$"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression closing(QStringLiteral("^\\s*[)\\]]\\s*,?\\s*(?:on\\s+)?$"));
        if (const Timex *before = k > 0 ? &timexes[size_t(k - 1)] : nullptr;
            before && before->type == Timex::Type::Time && before->end <= t.start) {
            const QStringView between = QStringView(text).mid(before->end, t.start - before->end);
            if ((t.type == Timex::Type::Time && opening.match(between).hasMatch())
                || (t.type == Timex::Type::Date && before->value.startsWith(t.value + u'T')
                    && closing.match(between).hasMatch()))
                continue;
        }
        // "on Thursday at 10:00", "On July 8, commencing at 2:10 p.m.": one event, at that time; the
        // day's proposal takes it (below)
        static const QRegularExpression at(QStringLiteral("^\\s*,?\\s*(?:(?:commencing|starting|beginning)\\s+)?at\\s*$"));
        auto timeOfDay = [&](int day, int time) {
            const Timex &d = timexes[size_t(day)], &c = timexes[size_t(time)];
            return d.type == Timex::Type::Date && c.type == Timex::Type::Time && d.end <= c.start
                   && c.value.startsWith(d.value + u'T') && at.match(QStringView(text).mid(d.end, c.start - d.end)).hasMatch();
        };
        if (k > 0 && timeOfDay(k - 1, k))
            continue;
        const bool timed = k + 1 < int(timexes.size()) && timeOfDay(k, k + 1);
        const Sentence *s = sentenceOf(t.start);
        if (!s)
            continue;
        // Sentences that address the reader to sell something ("Subscribe today and get your first
        // month free") are advertising, not events (looked at once per sentence: a long one may hold
        // many dates). Not every "you": "as many of you saw, the Secretary spoke yesterday with …"
        static const QRegularExpression reader(QStringLiteral("\\b(you|your)\\b"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression selling(
            QStringLiteral("^\\W*(?:subscribe|sign|register|join|get|download|follow|click|try|save|book|order|buy|"
                           "watch|listen|enter|claim|don't|do)\\b|\\b(?:subscri\\w*|newsletters?|free\\s+trial|"
                           "inbox|special\\s+offer|discount|promo\\w*)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        // A question asserts nothing: "And the talks in Cairo – are they still scheduled for next
        // week?" (a quoted one inside a statement ends with the statement: "“Why now?” he asked Monday";
        // a reported one is news: "The Pentagon said today it will re-examine the question are …?")
        static const QRegularExpression question(QStringLiteral("\\?[\\s\"\u201D\u2019)]*$"));
        static const QRegularExpression reported(QStringLiteral("\\b(?:said|says|told|announced|asked|wondered|question)\\b"));
        if (s != readerChecked) {
            readerChecked = s;
            const QStringView sentence = QStringView(text).mid(s->start, s->end - s->start);
            addressesReader = (reader.match(sentence).hasMatch() && selling.match(sentence).hasMatch())
                              || (question.match(sentence).hasMatch() && !reported.match(sentence).hasMatch());
        }
        if (addressesReader || isByline(text, *s, timexes))
            continue;
        // "Here is the situation on Tuesday, 19 November 2024:": a page's own day, no event
        static const QRegularExpression here(QStringLiteral("^\\W*here(?:\\s+is|\\s+are|'s|\u2019s)\\s"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (here.match(QStringView(text).mid(s->start, std::min(12, s->end - s->start))).hasMatch())
            continue;
        // "the rial traded at 900,000, down from 820,000 a month ago": the figure compared with (a figure
        // or an amount: "crowds from 14 cities on Monday" are people)
        static const QRegularExpression comparedWith(QStringLiteral(
            "\\b(?:from|than|compared\\s+(?:with|to)|versus|vs\\.?)\\s+[$\u20AC\u00A3]?\\d[\\d,.]*\\s*"
            "(?:%|percent|per\\s+cent|million|billion|trillion|points?|cents?|dollars?|euros?|yuan|yen|r[ou]+bles?|"
            "(?:a\\s+)?shares?|(?:a\\s+)?barrels?|tonnes?|tons?)?\\s+(?:in\\s+|on\\s+)?$"));
        if (const int from = std::max(s->start, t.start - 50);
            comparedWith.match(QStringView(text).mid(from, t.start - from)).hasMatch())
            continue;
        // A wire dateline's date ("SEOUL, May 7 (Yonhap) -- … agreed on Sunday to …") is the story's,
        // not an event's, when the sentence dates its event itself.
        // (where the dateline that date d is part of ends, after its agency and dash; -1 when it is none)
        const auto datelineEnds = [&](const Timex &d) { return d.start >= s->start && d.end <= s->datelineEnd ? s->datelineEnd : -1; };
        const auto datelineDate = [&](const Timex &d) { return datelineEnds(d) >= 0; };
        if (datelineDate(t)
            && std::any_of(timexes.begin() + k + 1, timexes.end(), [&](const Timex &o) {
                   return o.start < s->end && namesDayWeekOrMonth(o);
               }))
            continue;
        // "“Today's summit is a meaningful first step,” Kishida said": a quotation that names a day
        // already proposed speaks of that event; its words go to it (below) rather than make a second
        // proposal out of the quotation.
        const auto quoteAfter = std::upper_bound(quotes.begin(), quotes.end(), t.start,
                                                 [](int pos, const QuoteMention &q) { return pos < q.start; });
        if (quoteAfter != quotes.begin() && t.end <= std::prev(quoteAfter)->end
            && std::any_of(events.begin(), events.end(), [&](const ProposedEvent &o) { return o.date == t.edtf; }))
            continue;
        // "Exports rose 12% in April, official figures showed on May 2": the report date makes no
        // proposal of its own when the sentence dates an event besides (it still anchors the tagger).
        // (a date that bounds what was said is none: "would block the aid until after the elections in June")
        static const QRegularExpression bound(QStringLiteral("\\b(?:until|till)\\s+(?:after\\s+|before\\s+)?[^,;.]{0,50}$"));
        if (reportDate(text, t, *s)) {
            bool eventDate = false;
            for (auto o = std::lower_bound(timexes.begin(), timexes.end(), s->start,
                                           [](const Timex &x, int pos) { return x.start < pos; });
                 o != timexes.end() && o->start < s->end && !eventDate; ++o) {
                const int from = std::max(s->start, o->start - 60);
                // (the dateline's is the story's day: "ANKARA, Oct 3 (Reuters) - Erdogan said on Tuesday that …")
                // (a plan's year too: "Modi will travel to Moscow later this year, the MEA said on Tuesday")
                eventDate = &*o != &t && o->end <= s->end && (namesDayWeekOrMonth(*o) || yearAhead(*o)) && o->edtf != t.edtf
                    && !datelineDate(*o)
                    && !reportDate(text, *o, *s) && !bound.match(QStringView(text).mid(from, o->start - from)).hasMatch()
                    && !inRelativeClauseBefore(text, *o, t, s->start);
            }
            if (eventDate)
                continue;
        }
        // "extended the mandate on Wednesday until 30 April 2026", "spoke on March 31, their first
        // conversation since August": the bound of what the sentence's earlier date is about, or what it
        // is compared with, not an event (but "postponed until 3 March" names the new date, and
        // "has deteriorated since early March" the start of something)
        static const QRegularExpression until(QStringLiteral(
            "\\b(?:until|till|through|(?:first|second|third|last|highest|lowest|biggest|largest|worst|best|only)"
            "(?:\\s+\\S+){0,4}\\s+since)\\s+$"));
        // ("This was the first conversation between the two leaders since September 2022": a bound even
        // in a sentence without an earlier date; the event is the one the text is about)
        static const QRegularExpression firstSince(QStringLiteral(
            "\\b(?:first|only)(?:\\s+[\\w'-]+){0,6}\\s+since\\s+(?:(?:early|mid|late|the\\s+end\\s+of)\\s+)?$"));
        static const QRegularExpression moved(QStringLiteral(
            "\\b(?:postponed|delayed|deferred|adjourned|suspended|moved|pushed\\s+back|put\\s+off|rescheduled)\\b"));
        // "from Tuesday through Thursday": the last day of the previous date's event
        static const QRegularExpression fromBefore(QStringLiteral("\\bfrom\\s+$"));
        if (!events.empty() && events.back().evidenceStart == s->start && events.back().timex == k - 1) {
            const Timex &first = timexes[size_t(k - 1)];
            const int from = std::max(s->start, first.start - 8);
            // (or two weekdays joined: "Tuesday-Wednesday", "Monday to Thursday"; not "moved the talks
            // Monday to Thursday")
            const bool weekdays = lexicon::weekday(first.text.toLower()) && lexicon::weekday(t.text.toLower())
                && !t.text.startsWith(u"and") && !moved.match(QStringView(text).mid(s->start, first.start - s->start)).hasMatch();
            ProposedEvent &previous = events.back();
            // (or months and years written as a span: "ran from April 2021 to August 2022")
            const QString span = (weekdays || fromBefore.match(QStringView(text).mid(from, first.start - from)).hasMatch())
                    && spansDays(text, first, t, previous.date.section(u'/', -1))
                ? previous.date.section(u'/', 0, 0) + u'/' + t.edtf
                : spanFromTo(text, s->start, first, t);
            if (!span.isEmpty()) {
                previous.date = span;
                previous.timex = k;
                // (the range's end is no part of the title: "The negotiations lasted to Wednesday", "… ran
                // to August 2022 before collapsing")
                static const QRegularExpression joiner(QStringLiteral("\\s+(?:to|until|till|through|and)\\s*$"));
                if (const qsizetype end = previous.title.indexOf(t.text); end > 0)
                    previous.title = tidy(previous.title.left(end).remove(joiner), 12);
                continue;
            }
        }
        // (unless "when" tells what happened then: "… the first since June 2021, when Biden met Putin")
        static const QRegularExpression whenFollows(QStringLiteral("^,\\s+when\\s"));
        if (const int from = std::max(s->start, t.start - 80);
            (firstSince.match(QStringView(text).mid(from, t.start - from)).hasMatch() || comparisonBaseline(text, t, *s)
             || (figurePeriod(text, timexes, k) && timexes[size_t(k - 1)].type == Timex::Type::Date))
            && !whenFollows.match(QStringView(text).mid(t.end, std::min(8, int(s->end) - t.end))).hasMatch())
            continue;
        if (!events.empty() && events.back().evidenceStart == s->start) {
            const int from = std::max(s->start, t.start - 60);
            const int near = std::max(s->start, t.start - kAroundClause); // (the sentence near the date)
            if (until.match(QStringView(text).mid(from, t.start - from)).hasMatch()
                && !moved.match(QStringView(text).mid(near, t.start - near)).hasMatch())
                continue;
        }
        // "Elections, postponed from December 2024, are now scheduled for December 2026": the date given
        // up is no event when the sentence names the new one
        const auto movedFrom = [&](const Timex &d) {
            static const QRegularExpression given(QStringLiteral(
                "\\b(?:postponed|delayed|deferred|moved|pushed\\s+back|put\\s+off|rescheduled|brought\\s+forward)"
                "\\s+from\\s+(?:(?:early|mid|late|the\\s+end\\s+of)\\s+)?$"));
            const int from = std::max(s->start, d.start - 50);
            return given.match(QStringView(text).mid(from, d.start - from)).hasMatch();
        };
        if (movedFrom(t) && std::any_of(timexes.begin() + k + 1, timexes.end(), [&](const Timex &o) {
                return o.start < s->end && namesDayWeekOrMonth(o);
            }))
            continue;
        // "The summit, planned for May 3, was postponed to June 10", "a meeting planned for 27 February
        // in Riyadh was brought forward to 20 February": the plan has a new date; its proposal moves
        // there (its title without the schedule word: "Summit", not "Summit planned")
        if (!events.empty() && events.back().evidenceStart == s->start && events.back().timex == k - 1
            && namesDayWeekOrMonth(t)) {
            static const QRegularExpression movedTo(QStringLiteral(
                "^[^.;:]{0,80}?\\b(?:postponed|delayed|deferred|moved|pushed\\s+back|put\\s+off|rescheduled|brought\\s+forward)"
                "\\s+(?:to|until|till|for)\\s+(?:(?:early|mid|late|the\\s+end\\s+of)\\s+)?$"
                // (moved again: "… postponed to December 2024 and then again to December 2026")
                "|^,?\\s+(?:(?:and|but)\\s+)?(?:then|later|again|subsequently)(?:\\s+again)?\\s+(?:to|until)\\s+$"));
            const Timex &given = timexes[size_t(k - 1)];
            if (movedTo.match(QStringView(text).mid(given.end, t.start - given.end)).hasMatch()) {
                // (without what became of the plan either: it is now planned for the new date)
                static const QRegularExpression schedule(QStringLiteral(
                    "(?:\\s+(?:planned|scheduled|set|slated|due|expected))?(?:\\s+\\((?:postponed|cancelled|called off|suspended)\\))?$"));
                ProposedEvent &plan = events.back();
                plan.title.remove(schedule);
                plan.timex = k;
                plan.date = t.edtf;
                if (const FuzzyDate &day = parsed(t.edtf);
                    day.isValid() && day.bounds().earliestStart >= calendar::toTimePoint(calendar::civilFromDays(m_dct + 1)))
                    plan.status = EventStatus::Planned;
                continue;
            }
        }
        ProposedEvent e;
        e.timex = k;
        e.date = timed ? timexes[size_t(k + 1)].edtf : t.edtf;
        if (spanEnd)
            e.date = timexes[size_t(k - 1)].edtf.section(u'/', 0, 0) + u'/' + t.edtf.section(u'/', -1);
        // An earlier date in the same sentence closes the clause before this one's
        // ("spoke Friday evening and again at 9:30 a.m. Saturday").
        // A sentence of thousands of characters (a page without full stops) is read for the title only
        // around the date: each regular expression checks all the text it is given.
        Sentence window = *s;
        if (window.end - window.start > kHugeSentence) {
            window.start = std::max(window.start, t.start - kAroundClause);
            while (window.start < t.start && !text.at(window.start).isSpace())
                ++window.start; // (at a word's start)
            window.end = std::min(window.end, t.end + kAroundClause);
        }
        Sentence clause = window;
        int afterReport = -1;
        // (a time of day too: "Polls open at 8 a.m. and close at 6 p.m.")
        if (k > 0 && (namesDayWeekOrMonth(timexes[size_t(k - 1)]) || timexes[size_t(k - 1)].type == Timex::Type::Time)
            && timexes[size_t(k - 1)].end > window.start
            && timexes[size_t(k - 1)].end <= t.start) {
            // a report date before it names who spoke ("Hamas said on Saturday it had …")
            if (reportDate(text, timexes[size_t(k - 1)], window))
                afterReport = timexes[size_t(k - 1)].end;
            else if (!movedFrom(timexes[size_t(k - 1)])) // (the date given up is the same event's)
                // (after a dateline's date, its agency and dash: "DOHA, Jan 15 (Reuters) - …")
                clause.start = std::max(timexes[size_t(k - 1)].end, datelineEnds(timexes[size_t(k - 1)]));
        }
        // ("For the quarter ended Sept. 30, Delta posted …", "for the six months to 30 June": the period
        // and its end are read as one date, the months that end then: a fiscal quarter is no calendar one)
        Timex period = t;
        if (size_t(k + 1) < timexes.size() && timexes[size_t(k + 1)].end <= window.end && figurePeriod(text, timexes, k + 1)) {
            period.end = timexes[size_t(k + 1)].end;
            if (const QString months = periodEndingOn(t, timexes[size_t(k + 1)]); !months.isEmpty())
                e.date = months;
        } else if (figurePeriod(text, timexes, k) && timexes[size_t(k - 1)].start >= window.start) {
            period.start = timexes[size_t(k - 1)].start;
            if (const QString months = periodEndingOn(timexes[size_t(k - 1)], t); !months.isEmpty())
                e.date = months;
        }
        TitleChoice choice = title(text, period, clause, afterReport, window.start);
        const bool repeat = choice.repeat; // "… early next week and again in June": known before the fallback
        if (choice.text.count(u' ') < 1 && clause.start != window.start && choice.elidedPreposition.isEmpty()) {
            // "Polls open at 8 a.m. and close at 6 p.m.": the subject's second verb after the earlier date
            static const QRegularExpression secondVerb(QStringLiteral(
                "^\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:and|but|then)\\s+([a-z]+(?:\\s+[a-z]+){0,3}?)\\s+(?:at|on|in|by)?\\s*$"));
            const QRegularExpressionMatch v = secondVerb.match(QStringView(text).mid(clause.start, std::max(0, t.start - clause.start)));
            if (const QString subject = v.hasMatch() ? sentenceSubject(text, window.start, window.end) : QString(); !subject.isEmpty())
                choice.text = tidy(subject + u' ' + v.captured(1), 12);
            else
                choice = title(text, period, window);
        }
        e.title = withRelativeSubject(choice.text, text, window.start, choice.clauseStart);
        // ("The war lasted from 1980 to 1988": the span's first year is no part of the title)
        static const QRegularExpression spanOpener(QStringLiteral("\\s+(?:from|between)\\s*$"), QRegularExpression::CaseInsensitiveOption);
        if (const QString &first = spanEnd ? timexes[size_t(k - 1)].text : QString(); !first.isEmpty() && e.title.endsWith(first)) {
            e.title.chop(first.size());
            e.title = tidy(e.title.remove(spanOpener), 12);
        }
        // "India and the GCC agreed in September to hold talks early next year": the infinitive after the
        // earlier date is what the subject of the sentence's first proposal committed to
        static const QRegularExpression toVerb(QStringLiteral("^\\s*to\\s+([a-z]+)\\b"));
        static const QRegularExpression committed(QStringLiteral(
            "^(.+?)\\s+(?:agreed|promised|pledged|vowed|decided|threatened|offered|planned|hoped|aimed|resolved|voted)\\s+to\\s"));
        if (const QRegularExpressionMatch v = clause.start != window.start && !events.empty() && events.back().evidenceStart == s->start
                ? toVerb.match(QStringView(text).mid(clause.start, std::clamp(t.start - clause.start, 0, 30)))
                : QRegularExpressionMatch();
            v.hasMatch() && e.title.startsWith(v.captured(1), Qt::CaseInsensitive))
            if (const QRegularExpressionMatch m = committed.match(events.back().title); m.hasMatch())
                e.title = tidy(m.captured(1) + QStringLiteral(" to ") + e.title.at(0).toLower() + e.title.mid(1), 12);
        // "new sanctions on Friday, and again at the end of March": the same event once more
        if ((repeat || choice.repeat) && !events.empty() && events.back().evidenceStart == s->start)
            e.title = events.back().title;
        if (!choice.elidedPreposition.isEmpty()) {
            // (the preposition is the previous title's; an adverb before it is this one's: "again in")
            const QString by = u' ' + choice.elidedPreposition.section(u' ', -1) + u' ';
            const qsizetype at = !events.empty() && events.back().evidenceStart == s->start ? events.back().title.lastIndexOf(by) : -1;
            const QString adverb = choice.elidedPreposition.section(u' ', 0, -2).simplified();
            if (at > 0)
                e.title = tidy(events.back().title.left(at) + u' ' + choice.elidedPreposition.simplified() + u' ' + choice.text, 14);
            else if (!adverb.isEmpty() && !events.empty() && events.back().evidenceStart == s->start)
                // "met Wang Yi in July and again in Astana": the whole previous title, once more
                e.title = tidy(events.back().title + u' ' + choice.elidedPreposition.simplified() + u' ' + choice.text, 14);
            else
                e.title.clear();
        }
        // "a rare Sunday session and a vote on Thursday": the next date of the sentence is another event's
        if (const Timex *next = size_t(k + 1) < timexes.size() ? &timexes[size_t(k + 1)] : nullptr;
            choice.nounPhrase && next && next->start < s->end
            && (next->type == Timex::Type::Date || next->type == Timex::Type::Time)) {
            const qsizetype cut = e.title.indexOf(next->text);
            if (const QString shorter = cut > 0 ? tidy(e.title.left(cut), 12) : QString(); shorter.contains(u' '))
                e.title = shorter;
        }
        // "UNITED NATIONS, 25 March 2024 – The Security Council today adopted …": another mention of the
        // same day in the sentence is no part of the title
        // (those around the date in a sentence of thousands of characters: the title came from there)
        for (auto o = std::lower_bound(timexes.begin(), timexes.end(), window.start,
                                       [](const Timex &x, int pos) { return x.start < pos; });
             o != timexes.end() && o->start < window.end; ++o) {
            if (o->start == t.start || o->edtf != t.edtf || o->value == u"PRESENT_REF") // ("can now take part" says more)
                continue;
            for (const QString &words : {QStringLiteral(" on ") + o->text, u' ' + o->text}) {
                const qsizetype at = e.title.indexOf(words);
                const qsizetype after = at + words.size();
                if (at > 0 && after < e.title.size() && e.title.at(after) == u' ') {
                    e.title.remove(at, words.size());
                    break;
                }
            }
        }
        // "agreed on Monday to widen sanctions against Iran after its attack on Israel last weekend": the
        // phrase after "after" is the next date's event, not part of this one
        if (const Timex *next = size_t(k + 1) < timexes.size() ? &timexes[size_t(k + 1)] : nullptr; next && next->start < s->end) {
            static const QRegularExpression conjunction(
                QStringLiteral("\\s(?:after|following|since|amid)\\s+(?:the|a|an|its|their|his|her)\\s"));
            const QRegularExpressionMatch between = conjunction.match(QStringView(text).mid(t.end, next->start - t.end));
            const qsizetype cut = between.hasMatch() ? e.title.indexOf(between.captured()) : -1;
            if (const QString shorter = cut > 0 ? tidy(e.title.left(cut), 12) : QString(); shorter.count(u' ') >= 2)
                e.title = shorter;
        }
        // a transcript's "I will travel to Kyiv" is its speaker's
        if (e.title.startsWith(QLatin1String("I ")) || e.title.startsWith(QLatin1String("My ")))
            e.title = withFirstPerson(e.title, transcriptSpeaker(text, s->start));
        // he or she opening the title: who it is (added to the actors once they are found)
        const ActorMention *pronounSubject = namePronounSubject(e.title, text, sentences, *s, window, choice.clauseStart, t, actors, quotes);
        // "It" or "they" opening the sentence after one in the same paragraph
        if (const int si = int(s - sentences.data()); si > 0 && sentences[size_t(si - 1)].paragraph == s->paragraph
                                                     && choice.clauseStart <= s->start + 4)
            e.title = withAntecedent(e.title, text, sentences[size_t(si - 1)].start, sentences[size_t(si - 1)].end);
        // "followed by Morocco in December 2020 and Sudan in January 2021": the second date's is Sudan's
        if (k > 0 && timexes[size_t(k - 1)].start >= s->start && e.title.contains(timexes[size_t(k - 1)].text))
            e.title = withSecondOfPair(e.title, timexes[size_t(k - 1)].text);
        // ("Building on President Trump's meeting with Prime Minister Modi": the meeting, whose actors
        // are its own, not the sentence's subject's)
        const QString withLeadIn = e.title;
        e.title = withoutLeadIn(e.title);
        // "Zelenskyy has landed in Washington ahead of his meeting with Trump tomorrow"
        e.title = withOwnerNamed(e.title, text, actors, window.start, window.end);
        // "this week or next": words with nothing of an event in them
        if (clauses::isContentless(e.title))
            e.title.clear();
        const int cs = choice.clauseStart, ce = choice.clauseEnd;
        const bool nounPhrase = choice.nounPhrase || e.title != withLeadIn;
        // ("Blinken said in a statement on Friday": the statement says nothing of what was said)
        static const QRegularExpression medium(
            QStringLiteral("^(?:(?:a|an|the|his|her|its|their)\\s+)?(?:joint\\s+|written\\s+|brief\\s+)?(?:statement|interview|"
                           "news\\s+conference|press\\s+conference|briefing|post|tweet|speech|address|letter)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (e.title.count(u' ') < 1 || medium.match(e.title).hasMatch()) {
            // "SEOUL, May 7 (Yonhap) -- … agreed on Sunday to …": a later date of the sentence that is the
            // same day has a clause of its own
            bool later = false;
            for (int j = k + 1; j < int(timexes.size()) && timexes[size_t(j)].start < s->end && !later; ++j)
                later = timexes[size_t(j)].edtf == t.edtf;
            if (later)
                continue;
            // "X said on Sunday that "…"": a statement; it is an event when the sentence quotes it.
            auto q = std::lower_bound(quotes.begin(), quotes.end(), s->start,
                                      [](const QuoteMention &m, int pos) { return m.start < pos; });
            while (q != quotes.end() && q->start < s->end && (q->end > s->end || q->speaker.isEmpty()))
                ++q;
            if (q == quotes.end() || q->start >= s->end)
                continue;
            QString said = q->text.trimmed();
            while (!said.isEmpty() && QStringLiteral(".,;:").contains(said.back()))
                said.chop(1);
            e.title = tidy(q->speaker + QStringLiteral(": \u201C") + said + u'\u201D', 12); // (tidy marks a cut quote)
        }
        // Furniture, or nothing but another date of the sentence ("08-15-90 March 3, 1990", a
        // byline's "Wednesday, 10 June 2026 · 8:41am"). Only the sentence's own dates and proposals
        // are looked at (timexes and events are in text order).
        static const QRegularExpression marks(QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
        const QString bare = QString(e.title).remove(marks);
        bool otherDate = bare.isEmpty();
        // what the title says besides the sentence's dates: a byline's "8:12 AM UTC · Updated 2 hours
        // ago" says nothing but a page stamp
        QString besidesDates = e.title;
        // (those around the date only in a sentence of thousands of characters: the title came from there)
        for (auto o = std::lower_bound(timexes.begin(), timexes.end(), window.start,
                                       [](const Timex &x, int pos) { return x.start < pos; });
             o != timexes.end() && o->start < window.end && !otherDate; ++o) {
            otherDate = o->end <= window.end && o->text.contains(bare, Qt::CaseInsensitive);
            besidesDates.replace(o->text, QStringLiteral(" "), Qt::CaseInsensitive);
        }
        static const QRegularExpression numbersAndMarks(QStringLiteral("(?:^|\\s)[^\\p{L}]+(?=\\s|$)"),
                                                        QRegularExpression::UseUnicodePropertiesOption);
        besidesDates = besidesDates.remove(numbersAndMarks).simplified();
        if (otherDate || besidesDates.isEmpty() || looksLikeFurniture(e.title) || looksLikeFurniture(besidesDates))
            continue;
        // A live report's entry time ("13:15 GMT - Advisers will join the talks on Monday, …") dates
        // the report, not an event the entry dates itself (whose date the title took)
        if (t.type == Timex::Type::Time && (t.start == 0 || text.at(t.start - 1) == u'\n') && k + 1 < int(timexes.size())
            && timexes[size_t(k + 1)].start < s->end && timexes[size_t(k + 1)].type == Timex::Type::Date
            && e.title.contains(timexes[size_t(k + 1)].text))
            continue;
        // One proposal per date and sentence: "… said on Tuesday …, adding on Tuesday …".
        bool sameDate = false;
        for (auto o = events.rbegin(); o != events.rend() && o->evidenceStart == s->start && !sameDate; ++o)
            sameDate = o->date == e.date;
        if (sameDate)
            continue;
        // Status words may sit just before the clause ("he will travel to Sochi on April 6").
        // The words up to the date decide, not a later clause ("met this week and will meet again").
        // (but not from before the sentence's previous date: "is scheduled to talk on Thursday, and the
        // president met him on Friday")
        int statusFrom = std::max(s->start, cs - 40);
        // (not across the comma the clause opens after: "Hungary will not take part in the mission,
        // Prime Minister Viktor Orbán confirmed after meeting Stoltenberg on Wednesday")
        if (int b = cs - 1; cs > s->start) {
            while (b > s->start && text.at(b).isSpace())
                --b;
            if (text.at(b) == u',')
                statusFrom = std::max(statusFrom, cs);
        }
        if (k > 0 && timexes[size_t(k - 1)].end > s->start && timexes[size_t(k - 1)].end <= t.start)
            statusFrom = std::max(statusFrom, std::min(cs, timexes[size_t(k - 1)].end));
        int statusTo = std::min(ce, std::max(t.end + 10, cs < t.start ? t.end : ce));
        // nor the next one after the date ("arrived later that day and is to stay through Wednesday")
        static const QRegularExpression nextClause(QStringLiteral("\\s(?:and|but)\\s"));
        // (searched in the clause only: a search from t.end through the whole text costs a pass over
        // all of it per date, as the subject string is checked for valid UTF-16 first)
        if (const QRegularExpressionMatch cut = nextClause.match(QStringView(text).mid(t.end, std::max(0, statusTo - t.end)));
            cut.hasMatch())
            statusTo = t.end + int(cut.capturedStart());
        QString statusWords = text.mid(statusFrom, statusTo - statusFrom);
        // "May 3 - A fourth round, planned in Rome, is postponed": an aside after the date tells of the
        // plan before, not that this is one
        static const QRegularExpression planAside(QStringLiteral(
            ",\\s*(?:originally\\s+|initially\\s+)?(?:planned|scheduled|set|slated|due|expected)\\s[^,;]{3,120},"));
        if (const int afterDate = std::max(0, t.end - statusFrom); afterDate < statusWords.size())
            statusWords = statusWords.left(afterDate) + statusWords.mid(afterDate).remove(planAside);
        // (what was said before "…, the leaders announced on Thursday": its main verb decides, not a
        // relative clause's: "have agreed a scheme under which Britain will return migrants")
        if (choice.statementDate) {
            static const QRegularExpression relative(QStringLiteral(
                "\\b(?:(?:under|by|in|through|with|for)\\s+)?(?:which|who|whom|whose)\\b[^,;]*"));
            statusWords.remove(relative);
        }
        e.status = status(statusWords, t);
        if (e.status == EventStatus::Occurred && governedByDenial(text, s->start, t.start))
            e.status = EventStatus::Denied;
        // What was said that day happened, whatever it says of the future; a denial stays one. So
        // did a past date's statement the title names: "May 8, 2018 – Trump announces the United
        // States will withdraw" (not "He will travel to Paris", what was said on a past day).
        static const QRegularExpression statedFuture(QStringLiteral(
            "\\b(?:says?|said|tells?|told|warns?|warned|announce[sd]?|declares?|declared|confirms?|confirmed|"
            "promise[sd]?|vows?|vowed|pledge[sd]?|insists?|insisted|claims?|claimed)\\s+(?:\\S+\\s+){0,5}(?:will|would)\\s"),
            QRegularExpression::CaseInsensitiveOption);
        const FuzzyDate &day = parsed(t.edtf);
        const bool past = day.isValid() && day.bounds().latestEnd <= calendar::toTimePoint(calendar::civilFromDays(m_dct));
        if ((choice.statement || (past && statedFuture.match(e.title).hasMatch())) && e.status != EventStatus::Denied
            && e.status != EventStatus::Reported)
            e.status = EventStatus::Occurred;
        // "is scheduled to hold talks later Monday and meet the president on Tuesday": a second verb
        // with no subject of its own shares the first one's plan
        static const QRegularExpression conjunct(QStringLiteral(
            "^[^,;.]{0,60}?\\s(?:and|or)\\s+(?!(?:the|a|an|he|she|it|they|we|i|this|that|his|her|its|their)\\b)[a-z]"));
        if (e.status == EventStatus::Occurred && !events.empty() && events.back().evidenceStart == s->start
            && events.back().timex == k - 1 && events.back().status == EventStatus::Planned
            && conjunct.match(QStringView(text).mid(timexes[size_t(k - 1)].end, t.start - timexes[size_t(k - 1)].end)).hasMatch())
            e.status = EventStatus::Planned;
        if (onlyIfPlanned && e.status != EventStatus::Planned)
            continue;
        // "The summit scheduled for June 5 has been cancelled", "Talks …, due to resume on Saturday, were
        // postponed": no status says what became of a plan, so the title does
        if (e.status == EventStatus::Planned || choice.plan)
            e.title = withPlanOutcome(e.title, QStringView(text).mid(t.end, std::max(0, window.end - t.end)));
        // "Zelenskyy is due to sign a minerals deal, he said on Sunday", "The president said on Monday
        // he will travel to Paris": the plan's day is not the statement's, only on or after it
        if (choice.statementDate && e.status == EventStatus::Planned && namesDayWeekOrMonth(t) && !e.date.contains(u'/')) {
            // (unless the plan has a date of its own in what was stated, proposed already: "Modi will
            // travel … from December 15 to 18, the ministry announced on Wednesday")
            if (!events.empty() && events.back().timex == k - 1 && events.back().evidenceStart == s->start
                && timexes[size_t(k - 1)].start >= choice.clauseStart && timexes[size_t(k - 1)].end <= choice.clauseEnd)
                continue;
            e.date = u'[' + e.date + QStringLiteral("..]");
        }
        // "In 2014, talks collapsed in April", "2014 - Talks collapse in April": the sentence's opening
        // year only frames the day or month that dates its event
        if (const ProposedEvent *previous = events.empty() ? nullptr : &events.back();
            previous && previous->evidenceStart == s->start && previous->timex == k - 1
            && (previous->date.size() == 4 || previous->date.size() == 7) && t.edtf.startsWith(previous->date + u'-')) {
            const Timex &frame = timexes[size_t(k - 1)];
            const QString opening = text.mid(s->start, frame.start - s->start).trimmed();
            // (or one whose title runs on to this date: "The talks in May ended on May 9")
            if ((!opening.contains(u' ') && (opening.isEmpty() || opening.at(0).isUpper() || !opening.at(0).isLetter()))
                || previous->title.endsWith(t.text)) {
                events.pop_back();
                paragraphOfEvent.pop_back();
            }
        }
        // "- June 2: Polls open at 8 a.m. and close at 6 p.m.": the day's proposal whose title runs over
        // this time of it gives way to the times
        if (e.date.size() > 10 && e.date.at(10) == u'T')
            for (size_t d = events.size(); d-- > 0 && events[d].evidenceStart == s->start;)
                if (events[d].date == e.date.left(10) && events[d].title.contains(t.text)) {
                    events.erase(events.begin() + std::ptrdiff_t(d));
                    paragraphOfEvent.erase(paragraphOfEvent.begin() + std::ptrdiff_t(d));
                    break;
                }
        if (const QString days = visitDays(e.date, QStringView(text).mid(window.start, window.end - window.start), e.title,
                                           QStringView(text).mid(window.start, t.start - window.start));
            !days.isEmpty())
            e.date = days; // "a three-day visit to France on Monday"
        // "a summit in Brussels last Wednesday and Thursday": one event over both days
        if (ProposedEvent *previous = events.empty() ? nullptr : &events.back();
            previous && previous->evidenceStart == s->start && previous->timex == k - 1 && previous->title == e.title
            && spansDays(text, timexes[size_t(k - 1)], t, previous->date.section(u'/', -1))) {
            previous->date = previous->date.section(u'/', 0, 0) + u'/' + t.edtf;
            previous->timex = k;
            continue;
        }
        // (a title from a clause after a subordinator names its own actors: "at their first summit since
        // Lee took office in June")
        const int ownClause = subordinateClauseAt(text, e.title, cs, t.start);
        furnish(e, *s, ownClause >= 0 ? ownClause : cs, ce, nounPhrase || ownClause >= 0, events.empty() ? nullptr : &events.back(),
                paragraphOfEvent.empty() ? -1 : paragraphOfEvent.back());
        if (choice.ownDoer) // the phrase's doer, not the sentence's subject, takes part
            std::erase_if(e.actors, [&](const ActorMention &a) { return a.start < cs || a.end > ce; });
        else if (pronounSubject && std::none_of(e.actors.begin(), e.actors.end(), [&](const ActorMention &a) { return a.label == pronounSubject->label; }))
            e.actors.insert(e.actors.begin(), *pronounSubject); // ("He will visit …": who "he" is takes part)
        paragraphOfEvent.push_back(s->paragraph);
        events.push_back(std::move(e));
    }
    // A lead no date of its own dates ("Vladimir Putin had a telephone conversation with …" under a
    // readout's date line) tells what happened about when the story came out: that day, uncertain.
    if (const Sentence *lead = leadSentence(text, sentences, timexes, inFurniture);
        lead && std::none_of(events.begin(), events.end(), [&](const ProposedEvent &e) { return e.evidenceStart == lead->start; })
        && std::none_of(timexes.begin(), timexes.end(), [&](const Timex &t) {
               return t.start >= lead->start && t.end <= lead->end && (t.type == Timex::Type::Date || t.type == Timex::Type::Time)
                      && t.value != u"PRESENT_REF"; // ("recently announced" is before it)
           })) {
        const LeadClause clause = leadClause(text, *lead, actors);
        ProposedEvent e;
        e.title = clause.title;
        e.date = FuzzyDate::fromDay(calendar::civilFromDays(m_dct)).toEdtf() + u'?';
        if (!clause.isEmpty())
            e.status = status(text.mid(clause.start, clause.end - clause.start), Timex{});
        if (!clause.isEmpty() && e.status != EventStatus::Planned) { // (nor a plan: it has no day)
            const auto at = std::lower_bound(events.begin(), events.end(), lead->start,
                                             [](const ProposedEvent &x, int pos) { return x.evidenceStart < pos; });
            const size_t index = size_t(at - events.begin());
            furnish(e, *lead, clause.start, clause.end, false, index > 0 ? &events[index - 1] : nullptr,
                    index > 0 ? paragraphOfEvent[index - 1] : -1);
            paragraphOfEvent.insert(paragraphOfEvent.begin() + std::ptrdiff_t(index), lead->paragraph);
            events.insert(events.begin() + std::ptrdiff_t(index), std::move(e));
        }
    }
    giveParagraphQuotes(text, timexes, sentences, quotes, paragraphOfQuote, paragraphOfEvent, m_dct, events);
    dropHeadlineRepeats(text, sentences, events);
    joinStartAndEnd(events);
    linkRelations(text, timexes, events);
    // the evidence of a date in a sentence of thousands of characters: the part around it
    for (ProposedEvent &e : events)
        if (e.evidenceEnd - e.evidenceStart > kHugeSentence && e.timex >= 0) {
            const Timex &t = timexes[size_t(e.timex)];
            e.evidenceStart = std::max(e.evidenceStart, t.start - kAroundClause);
            while (e.evidenceStart < t.start && !text.at(e.evidenceStart).isSpace())
                ++e.evidenceStart;
            e.evidenceEnd = std::min(e.evidenceEnd, t.end + kAroundClause);
        }
    return events;
}

} // namespace dateline::extract
