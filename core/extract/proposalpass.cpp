#include "core/extract/proposalpass.h"

#include "core/extract/articleparts.h"
#include "core/extract/lexicon.h"
#include "core/extract/proposalactors.h"
#include "core/extract/proposaldates.h"
#include "core/extract/proposalquotes.h"
#include "core/extract/proposalrelations.h"
#include "core/extract/proposaltitle.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace dateline::extract {

using namespace proposaldates;

namespace {

// Words that move a plan to another date.
const QRegularExpression &movedWords()
{
    static const QRegularExpression moved(QStringLiteral(
        "\\b(?:postponed|delayed|deferred|adjourned|suspended|moved|pushed\\s+back|put\\s+off|rescheduled)\\b"));
    return moved;
}

} // namespace

ProposalPass::ProposalPass(const EventProposer &proposer, std::int64_t creationDay, const QString &text,
                           const std::vector<Timex> &timexes, const std::vector<Sentence> &sentences,
                           const std::vector<ActorMention> &actors, const std::vector<QuoteMention> &allQuotes,
                           const std::vector<TextSpan> &furniture)
    : proposer(proposer)
    , dct(creationDay)
    , text(text)
    , timexes(timexes)
    , sentences(sentences)
    , actors(actors)
    , furniture(furniture)
{
    // A pull quote in an aside belongs to no proposal.
    quotes.reserve(allQuotes.size());
    std::copy_if(allQuotes.begin(), allQuotes.end(), std::back_inserter(quotes),
                 [&](const QuoteMention &q) { return !inFurniture(q.start); });
    // quotes are in text order; index them by paragraph once
    for (int k = 0; k < int(quotes.size()); ++k) {
        const Sentence *qs = sentenceOf(quotes[size_t(k)].start);
        paragraphOfQuote.push_back(qs ? qs->paragraph : -1);
        if (qs)
            quotesOfParagraph[qs->paragraph].push_back(k);
    }
}

std::vector<ProposedEvent> ProposalPass::run()
{
    for (int k = 0; k < int(timexes.size()); ++k)
        proposeAt(k);
    proposeLead();
    giveParagraphQuotes(text, timexes, sentences, quotes, paragraphOfQuote, paragraphOfEvent, dct, events);
    dropHeadlineRepeats(text, sentences, events);
    joinStartAndEnd(events);
    linkRelations(text, timexes, events);
    cutHugeEvidence();
    return std::move(events);
}

bool ProposalPass::inFurniture(int pos) const
{
    const auto after = std::upper_bound(furniture.begin(), furniture.end(), pos,
                                        [](int p, const TextSpan &r) { return p < r.start; });
    return after != furniture.begin() && pos < std::prev(after)->end;
}

const Sentence *ProposalPass::sentenceOf(int pos) const
{
    return SentenceSplitter::at(sentences, pos);
}

// The proposal of the date at k, if it makes one, or what it changes in the proposal before.
void ProposalPass::proposeAt(int k)
{
    const Timex &t = timexes[size_t(k)];
    // "Between 2019 and 2021, …": the first year of a span a clause opens with waits for the second,
    // whose proposal spans both
    if (k + 1 < int(timexes.size()) && opensYearSpan(text, timexes, k))
        return;
    if (proposeCounted(k))
        return;
    const bool spanEnd = k > 0 && opensYearSpan(text, timexes, k - 1);
    const bool onlyIfPlanned = !namesDayWeekOrMonth(t) && !datesClauseByYear(text, t) && !spanEnd;
    if (const Sentence *ts = onlyIfPlanned ? sentenceOf(t.start) : nullptr;
        onlyIfPlanned && !yearAhead(t) && !(ts && meetingNextYear(text, t, ts->start, ts->end)))
        return;
    if (inFurniture(t.start))
        return;
    if (sameMomentAgain(k) || (k > 0 && timeOfDay(k - 1, k)))
        return;
    const bool timed = k + 1 < int(timexes.size()) && timeOfDay(k, k + 1);
    const Sentence *s = sentenceOf(t.start);
    if (!s || notNews(*s) || comparedFigure(t, *s) || datelineOfDatedSentence(k, *s) || quotationOfProposedDay(t)
        || reportBesideEvent(k, *s) || extendsPrevious(k, *s) || boundOrBaseline(k, *s) || givenUp(k, *s)
        || movesPreviousPlan(k, *s))
        return;
    Dated date{k, t, *s};
    date.spanEnd = spanEnd;
    date.onlyIfPlanned = onlyIfPlanned;
    date.timed = timed;
    ProposedEvent e;
    e.timex = k;
    e.date = timed ? timexes[size_t(k + 1)].edtf : t.edtf;
    if (spanEnd)
        e.date = timexes[size_t(k - 1)].edtf.section(u'/', 0, 0) + u'/' + t.edtf.section(u'/', -1);
    chooseTitle(e, date);
    titleBesidePrevious(e, date);
    titleWithoutOtherDates(e, date);
    titleWithPeople(e, date);
    if (!statementTitle(e, date) || saysNothing(e, date))
        return;
    // One proposal per date and sentence: "… said on Tuesday …, adding on Tuesday …".
    bool sameDate = false;
    for (auto o = events.rbegin(); o != events.rend() && o->evidenceStart == s->start && !sameDate; ++o)
        sameDate = o->date == e.date;
    if (sameDate)
        return;
    setStatus(e, date);
    if (!settlePlan(e, date))
        return;
    dropFramingPrevious(e, date);
    const Sentence &window = date.window;
    if (const QString days = visitDays(e.date, QStringView(text).mid(window.start, window.end - window.start), e.title,
                                       QStringView(text).mid(window.start, t.start - window.start));
        !days.isEmpty())
        e.date = days; // "a three-day visit to France on Monday"
    if (joinsPreviousDays(e, date))
        return;
    const EventProposer::TitleChoice &choice = date.choice;
    const int cs = choice.clauseStart, ce = choice.clauseEnd;
    const bool nounPhrase = date.nounPhrase;
    const ActorMention *pronounSubject = date.pronounSubject;
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

// Adds a proposal from sentence s and clause [cs, ce).
void ProposalPass::append(ProposedEvent &&e, const Sentence &s, int cs, int ce, bool nounPhrase)
{
    furnish(e, s, cs, ce, nounPhrase, events.empty() ? nullptr : &events.back(), paragraphOfEvent.empty() ? -1 : paragraphOfEvent.back());
    paragraphOfEvent.push_back(s.paragraph);
    events.push_back(std::move(e));
}

// "…, a day after Modi met Xi in Tianjin": the clause a count of days dates ("A week before the summit
// opens on June 20, the envoys will meet": the main clause after it). Whether the date at k made it.
bool ProposalPass::proposeCounted(int k)
{
    const Timex &t = timexes[size_t(k)];
    if (const Sentence *cs = t.type == Timex::Type::Duration ? sentenceOf(t.start) : nullptr; cs && !inFurniture(t.start))
        if (std::optional<CountedClause> counted = countedClause(text, timexes, k, cs->start, cs->end);
            counted || (counted = countedMainClause(text, timexes, k, cs->start, cs->end))) {
            ProposedEvent e;
            e.date = counted->date;
            e.timex = k;
            // (near the clause: a page without full stops is one sentence)
            e.title = withOwnerNamed(tidy(text.mid(counted->start, counted->end - counted->start), 12), text, actors,
                                     std::max(cs->start, counted->start - kAroundClause), std::min(cs->end, counted->end));
            e.status = proposer.status(e.title, Timex{t.start, t.end, t.text, Timex::Type::Date, counted->date.left(10), counted->date, {}});
            append(std::move(e), *cs, counted->start, counted->end, true);
            return true;
        }
    return false;
}

// "3 p.m. ET (20:00 GMT) on Tuesday", "06:00 local time (04:00 GMT)": the same moment again in
// another time zone, and the day of that time after the brackets, are no events of their own
// ("10:15 a.m. (local time; 11:15 p.m. on September 23, Japan time)")
bool ProposalPass::sameMomentAgain(int k) const
{
    const Timex &t = timexes[size_t(k)];
    static const QRegularExpression opening(QStringLiteral("^\\s*(?:local\\s+time\\s*)?[(\\[]\\s*(?:local\\s+time\\s*[;,]\\s*)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closing(QStringLiteral("^\\s*[)\\]]\\s*,?\\s*(?:on\\s+)?$"));
    if (const Timex *before = k > 0 ? &timexes[size_t(k - 1)] : nullptr;
        before && before->type == Timex::Type::Time && before->end <= t.start) {
        const QStringView between = QStringView(text).mid(before->end, t.start - before->end);
        if ((t.type == Timex::Type::Time && opening.match(between).hasMatch())
            || (t.type == Timex::Type::Date && before->value.startsWith(t.value + u'T')
                && closing.match(between).hasMatch()))
            return true;
    }
    return false;
}

// "on Thursday at 10:00", "On July 8, commencing at 2:10 p.m.": one event, at that time; the day's
// proposal takes it
bool ProposalPass::timeOfDay(int day, int time) const
{
    static const QRegularExpression at(QStringLiteral("^\\s*,?\\s*(?:(?:commencing|starting|beginning)\\s+)?at\\s*$"));
    const Timex &d = timexes[size_t(day)], &c = timexes[size_t(time)];
    return d.type == Timex::Type::Date && c.type == Timex::Type::Time && d.end <= c.start
           && c.value.startsWith(d.value + u'T') && at.match(QStringView(text).mid(d.end, c.start - d.end)).hasMatch();
}

// Sentences that address the reader to sell something ("Subscribe today and get your first month
// free") are advertising, not events (looked at once per sentence: a long one may hold many dates).
// Not every "you": "as many of you saw, the Secretary spoke yesterday with …". Nor are questions, a
// byline, or a page's own day.
bool ProposalPass::notNews(const Sentence &sentence)
{
    const Sentence *s = &sentence;
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
        const QStringView words = QStringView(text).mid(s->start, s->end - s->start);
        // (no "you" in any case, no match: the pattern is run only on a sentence that has one)
        addressesReader = (words.contains(QLatin1String("you"), Qt::CaseInsensitive) && reader.match(words).hasMatch()
                           && selling.match(words).hasMatch())
                          || (words.contains(u'?') && question.match(words).hasMatch() && !reported.match(words).hasMatch());
    }
    if (addressesReader || isByline(text, *s, timexes))
        return true;
    // "Here is the situation on Tuesday, 19 November 2024:": a page's own day, no event
    static const QRegularExpression here(QStringLiteral("^\\W*here(?:\\s+is|\\s+are|'s|\u2019s)\\s"),
                                         QRegularExpression::CaseInsensitiveOption);
    return here.match(QStringView(text).mid(s->start, std::min(12, s->end - s->start))).hasMatch();
}

// "the rial traded at 900,000, down from 820,000 a month ago": the figure compared with (a figure or
// an amount: "crowds from 14 cities on Monday" are people)
bool ProposalPass::comparedFigure(const Timex &t, const Sentence &sentence) const
{
    const Sentence *s = &sentence;
    static const QRegularExpression comparedWith(QStringLiteral(
        "\\b(?:from|than|compared\\s+(?:with|to)|versus|vs\\.?)\\s+[$\u20AC\u00A3]?\\d[\\d,.]*\\s*"
        "(?:%|percent|per\\s+cent|million|billion|trillion|points?|cents?|dollars?|euros?|yuan|yen|r[ou]+bles?|"
        "(?:a\\s+)?shares?|(?:a\\s+)?barrels?|tonnes?|tons?)?\\s+(?:in\\s+|on\\s+)?$"));
    const int from = std::max(s->start, t.start - 50);
    return comparedWith.match(QStringView(text).mid(from, t.start - from)).hasMatch();
}

// Where the dateline that date d is part of ends, after its agency and dash; -1 when it is none.
int ProposalPass::datelineEnds(const Timex &d, const Sentence &s)
{
    return d.start >= s.start && d.end <= s.datelineEnd ? s.datelineEnd : -1;
}

// A wire dateline's date ("SEOUL, May 7 (Yonhap) -- … agreed on Sunday to …") is the story's, not an
// event's, when the sentence dates its event itself.
bool ProposalPass::datelineOfDatedSentence(int k, const Sentence &s) const
{
    return datelineEnds(timexes[size_t(k)], s) >= 0
        && std::any_of(timexes.begin() + k + 1, timexes.end(), [&](const Timex &o) { return o.start < s.end && namesDayWeekOrMonth(o); });
}

// "“Today's summit is a meaningful first step,” Kishida said": a quotation that names a day already
// proposed speaks of that event; its words go to it rather than make a second proposal out of the
// quotation.
bool ProposalPass::quotationOfProposedDay(const Timex &t) const
{
    const auto quoteAfter = std::upper_bound(quotes.begin(), quotes.end(), t.start,
                                             [](int pos, const QuoteMention &q) { return pos < q.start; });
    return quoteAfter != quotes.begin() && t.end <= std::prev(quoteAfter)->end
        && std::any_of(events.begin(), events.end(), [&](const ProposedEvent &o) { return o.date == t.edtf; });
}

// "Exports rose 12% in April, official figures showed on May 2": the report date makes no proposal of
// its own when the sentence dates an event besides (it still anchors the tagger).
bool ProposalPass::reportBesideEvent(int k, const Sentence &sentence) const
{
    const Timex &t = timexes[size_t(k)];
    const Sentence *s = &sentence;
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
                && datelineEnds(*o, *s) < 0
                && !reportDate(text, *o, *s) && !bound.match(QStringView(text).mid(from, o->start - from)).hasMatch()
                && !inRelativeClauseBefore(text, *o, t, s->start);
        }
        if (eventDate)
            return true;
    }
    return false;
}

// "from Tuesday through Thursday", "ran from April 2021 to August 2022": the date ends the span the
// proposal before starts; whether it did.
bool ProposalPass::extendsPrevious(int k, const Sentence &sentence)
{
    const Timex &t = timexes[size_t(k)];
    const Sentence *s = &sentence;
    const QRegularExpression &moved = movedWords();
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
            return true;
        }
    }
    return false;
}

// "extended the mandate on Wednesday until 30 April 2026", "spoke on March 31, their first
// conversation since August": the bound of what the sentence's earlier date is about, or what it is
// compared with, not an event (but "postponed until 3 March" names the new date, and "has
// deteriorated since early March" the start of something).
bool ProposalPass::boundOrBaseline(int k, const Sentence &sentence) const
{
    const Timex &t = timexes[size_t(k)];
    const Sentence *s = &sentence;
    static const QRegularExpression until(QStringLiteral(
        "\\b(?:until|till|through|(?:first|second|third|last|highest|lowest|biggest|largest|worst|best|only)"
        "(?:\\s+\\S+){0,4}\\s+since)\\s+$"));
    // ("This was the first conversation between the two leaders since September 2022": a bound even
    // in a sentence without an earlier date; the event is the one the text is about)
    static const QRegularExpression firstSince(QStringLiteral(
        "\\b(?:first|only)(?:\\s+[\\w'-]+){0,6}\\s+since\\s+(?:(?:early|mid|late|the\\s+end\\s+of)\\s+)?$"));
    const QRegularExpression &moved = movedWords();
    // (unless "when" tells what happened then: "… the first since June 2021, when Biden met Putin")
    static const QRegularExpression whenFollows(QStringLiteral("^,\\s+when\\s"));
    if (const int from = std::max(s->start, t.start - 80);
        (firstSince.match(QStringView(text).mid(from, t.start - from)).hasMatch() || comparisonBaseline(text, t, *s)
         || (figurePeriod(text, timexes, k) && timexes[size_t(k - 1)].type == Timex::Type::Date))
        && !whenFollows.match(QStringView(text).mid(t.end, std::min(8, int(s->end) - t.end))).hasMatch())
        return true;
    if (!events.empty() && events.back().evidenceStart == s->start) {
        const int from = std::max(s->start, t.start - 60);
        const int near = std::max(s->start, t.start - kAroundClause); // (the sentence near the date)
        if (until.match(QStringView(text).mid(from, t.start - from)).hasMatch()
            && !moved.match(QStringView(text).mid(near, t.start - near)).hasMatch())
            return true;
    }
    return false;
}

// "Elections, postponed from December 2024, are now scheduled for December 2026": the date given up.
bool ProposalPass::movedFrom(const Timex &d, const Sentence &s) const
{
    static const QRegularExpression given(QStringLiteral(
        "\\b(?:postponed|delayed|deferred|moved|pushed\\s+back|put\\s+off|rescheduled|brought\\s+forward)"
        "\\s+from\\s+(?:(?:early|mid|late|the\\s+end\\s+of)\\s+)?$"));
    const int from = std::max(s.start, d.start - 50);
    return given.match(QStringView(text).mid(from, d.start - from)).hasMatch();
}

// The date given up is no event when the sentence names the new one.
bool ProposalPass::givenUp(int k, const Sentence &s) const
{
    return movedFrom(timexes[size_t(k)], s)
        && std::any_of(timexes.begin() + k + 1, timexes.end(), [&](const Timex &o) { return o.start < s.end && namesDayWeekOrMonth(o); });
}

// "The summit, planned for May 3, was postponed to June 10", "a meeting planned for 27 February in
// Riyadh was brought forward to 20 February": the plan has a new date; its proposal moves there (its
// title without the schedule word: "Summit", not "Summit planned"). Whether it did.
bool ProposalPass::movesPreviousPlan(int k, const Sentence &sentence)
{
    const Timex &t = timexes[size_t(k)];
    const Sentence *s = &sentence;
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
                day.isValid() && day.bounds().earliestStart >= calendar::toTimePoint(calendar::civilFromDays(dct + 1)))
                plan.status = EventStatus::Planned;
            return true;
        }
    }
    return false;
}

// A lead no date of its own dates ("Vladimir Putin had a telephone conversation with …" under a
// readout's date line) tells what happened about when the story came out: that day, uncertain.
void ProposalPass::proposeLead()
{
    if (const Sentence *lead = leadSentence(text, sentences, timexes, [this](int pos) { return inFurniture(pos); });
        lead && std::none_of(events.begin(), events.end(), [&](const ProposedEvent &e) { return e.evidenceStart == lead->start; })
        && std::none_of(timexes.begin(), timexes.end(), [&](const Timex &t) {
               return t.start >= lead->start && t.end <= lead->end && (t.type == Timex::Type::Date || t.type == Timex::Type::Time)
                      && t.value != u"PRESENT_REF"; // ("recently announced" is before it)
           })) {
        const LeadClause clause = leadClause(text, *lead, actors);
        ProposedEvent e;
        e.title = clause.title;
        e.date = FuzzyDate::fromDay(calendar::civilFromDays(dct)).toEdtf() + u'?';
        if (!clause.isEmpty())
            e.status = proposer.status(text.mid(clause.start, clause.end - clause.start), Timex{});
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
}

// The evidence of a date in a sentence of thousands of characters: the part around it.
void ProposalPass::cutHugeEvidence()
{
    for (ProposedEvent &e : events)
        if (e.evidenceEnd - e.evidenceStart > kHugeSentence && e.timex >= 0) {
            const Timex &t = timexes[size_t(e.timex)];
            e.evidenceStart = std::max(e.evidenceStart, t.start - kAroundClause);
            while (e.evidenceStart < t.start && !text.at(e.evidenceStart).isSpace())
                ++e.evidenceStart;
            e.evidenceEnd = std::min(e.evidenceEnd, t.end + kAroundClause);
        }
}

} // namespace dateline::extract
