#include "core/extract/proposalpass.h"

#include "core/extract/proposalactors.h"
#include "core/extract/proposaldates.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include <QRegularExpression>

#include <algorithm>

namespace dateline::extract {

using namespace proposaldates;

// The title from the date's clause (date.window, date.clauseStart and date.choice are set here). An
// earlier date in the same sentence closes the clause before this one's ("spoke Friday evening and
// again at 9:30 a.m. Saturday"). A sentence of thousands of characters (a page without full stops) is
// read for the title only around the date: each regular expression checks all the text it is given.
void ProposalPass::chooseTitle(ProposedEvent &e, Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    Sentence window = *s;
    if (window.end - window.start > kHugeSentence) {
        window.start = std::max(window.start, t.start - kAroundClause);
        while (window.start < t.start && !text.at(window.start).isSpace())
            ++window.start; // (at a word's start)
        window.end = std::min(window.end, t.end + kAroundClause);
    }
    Sentence clause = window;
    int afterReport = -1;
    // (a time of day too: "Polls open at 8 a.m. and close at 6 p.m."; a year that is no frame of this
    // date, a second verb after it: "were suspended in 2013 and relaunched in June 2022")
    static const QRegularExpression secondPredicate(QStringLiteral("^\\s*(?:and|but|then)\\s+[a-z]"));
    const auto yearBefore = [&](const Timex &y) {
        return y.edtf.size() == 4 && !t.edtf.startsWith(y.edtf) && y.end <= t.start
            && secondPredicate.match(QStringView(text).mid(y.end, t.start - y.end)).hasMatch();
    };
    if (k > 0
        && (namesDayWeekOrMonth(timexes[size_t(k - 1)]) || timexes[size_t(k - 1)].type == Timex::Type::Time
            || yearBefore(timexes[size_t(k - 1)]))
        && timexes[size_t(k - 1)].end > window.start
        && timexes[size_t(k - 1)].end <= t.start) {
        // a report date before it names who spoke ("Hamas said on Saturday it had …")
        if (reportDate(text, timexes[size_t(k - 1)], window))
            afterReport = timexes[size_t(k - 1)].end;
        else if (!movedFrom(timexes[size_t(k - 1)], *s)) // (the date given up is the same event's)
            // (after a dateline's date, its agency and dash: "DOHA, Jan 15 (Reuters) - …")
            clause.start = std::max(timexes[size_t(k - 1)].end, datelineEnds(timexes[size_t(k - 1)], *s));
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
    EventProposer::TitleChoice choice = proposer.title(text, period, clause, afterReport, window.start);
    date.repeat = choice.repeat; // "… early next week and again in June": known before the fallback
    if (choice.text.count(u' ') < 1 && clause.start != window.start && choice.elidedPreposition.isEmpty()) {
        // "Polls open at 8 a.m. and close at 6 p.m.": the subject's second verb after the earlier date
        static const QRegularExpression secondVerb(QStringLiteral(
            "^\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:and|but|then)\\s+([a-z]+(?:\\s+[a-z]+){0,3}?)\\s+(?:at|on|in|by)?\\s*$"));
        const QRegularExpressionMatch v = secondVerb.match(QStringView(text).mid(clause.start, std::max(0, t.start - clause.start)));
        if (const QString subject = v.hasMatch() ? sentenceSubject(text, window.start, window.end) : QString(); !subject.isEmpty())
            choice.text = tidy(subject + u' ' + v.captured(1), 12);
        else
            choice = proposer.title(text, period, window);
    }
    e.title = withRelativeSubject(choice.text, text, window.start, choice.clauseStart);
    date.window = window;
    date.clauseStart = clause.start;
    date.choice = choice;
}

// What the proposal before in the sentence gives this one's title: the verb a span or a commitment
// opened, the event repeated, the verb of an elided clause.
void ProposalPass::titleBesidePrevious(ProposedEvent &e, const Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    const Sentence &window = date.window;
    const EventProposer::TitleChoice &choice = date.choice;
    // ("The war lasted from 1980 to 1988": the span's first year is no part of the title)
    static const QRegularExpression spanOpener(QStringLiteral("\\s+(?:from|between)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    if (const QString &first = date.spanEnd ? timexes[size_t(k - 1)].text : QString(); !first.isEmpty() && e.title.endsWith(first)) {
        e.title.chop(first.size());
        e.title = tidy(e.title.remove(spanOpener), 12);
    }
    // "India and the GCC agreed in September to hold talks early next year": the infinitive after the
    // earlier date is what the subject of the sentence's first proposal committed to
    static const QRegularExpression toVerb(QStringLiteral("^\\s*to\\s+([a-z]+)\\b"));
    static const QRegularExpression committed(QStringLiteral(
        "^(.+?)\\s+(?:agreed|promised|pledged|vowed|decided|threatened|offered|planned|hoped|aimed|resolved|voted)\\s+to\\s"));
    if (const QRegularExpressionMatch v = date.clauseStart != window.start && !events.empty() && events.back().evidenceStart == s->start
            ? toVerb.match(QStringView(text).mid(date.clauseStart, std::clamp(t.start - date.clauseStart, 0, 30)))
            : QRegularExpressionMatch();
        v.hasMatch() && e.title.startsWith(v.captured(1), Qt::CaseInsensitive))
        if (const QRegularExpressionMatch m = committed.match(events.back().title); m.hasMatch())
            e.title = tidy(m.captured(1) + QStringLiteral(" to ") + e.title.at(0).toLower() + e.title.mid(1), 12);
    // "new sanctions on Friday, and again at the end of March": the same event once more
    if ((date.repeat || choice.repeat) && !events.empty() && events.back().evidenceStart == s->start)
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
}

// Other dates of the sentence, and the events they date, are no part of this title.
void ProposalPass::titleWithoutOtherDates(ProposedEvent &e, const Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    const Sentence &window = date.window;
    const EventProposer::TitleChoice &choice = date.choice;
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
        if (!e.title.contains(o->text)) // (the usual case: no words to build and look for)
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
}

// Who the title's first person, pronoun or owner is; a lead-in's noun phrase (date.pronounSubject and
// date.nounPhrase are set here).
void ProposalPass::titleWithPeople(ProposedEvent &e, Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    const Sentence &window = date.window;
    const EventProposer::TitleChoice &choice = date.choice;
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
    date.pronounSubject = pronounSubject;
    date.nounPhrase = choice.nounPhrase || e.title != withLeadIn;
}

// A title of one word, or one that names only the medium ("Blinken said in a statement on Friday":
// the statement says nothing of what was said), becomes what the sentence quotes; false when the date
// proposes nothing.
bool ProposalPass::statementTitle(ProposedEvent &e, const Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
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
            return false;
        // "X said on Sunday that "…"": a statement; it is an event when the sentence quotes it.
        auto q = std::lower_bound(quotes.begin(), quotes.end(), s->start,
                                  [](const QuoteMention &m, int pos) { return m.start < pos; });
        while (q != quotes.end() && q->start < s->end && (q->end > s->end || q->speaker.isEmpty()))
            ++q;
        if (q == quotes.end() || q->start >= s->end)
            return false;
        QString said = q->text.trimmed();
        while (!said.isEmpty() && QStringLiteral(".,;:").contains(said.back()))
            said.chop(1);
        e.title = tidy(q->speaker + QStringLiteral(": \u201C") + said + u'\u201D', 12); // (tidy marks a cut quote)
    }
    return true;
}

// Furniture, or nothing but another date of the sentence ("08-15-90 March 3, 1990", a byline's
// "Wednesday, 10 June 2026 · 8:41am"). Only the sentence's own dates and proposals are looked at
// (timexes and events are in text order).
bool ProposalPass::saysNothing(const ProposedEvent &e, const Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    const Sentence &window = date.window;
    static const QRegularExpression marks(QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    // (nothing to remove when the title starts and ends with an ASCII letter or digit: most do)
    const auto plain = [](QChar c) { return c.unicode() < 0x80 && c.isLetterOrNumber(); };
    const QString bare = !e.title.isEmpty() && plain(e.title.front()) && plain(e.title.back()) ? e.title
                                                                                              : QString(e.title).remove(marks);
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
        return true;
    // A live report's entry time ("13:15 GMT - Advisers will join the talks on Monday, …") dates
    // the report, not an event the entry dates itself (whose date the title took)
    if (t.type == Timex::Type::Time && (t.start == 0 || text.at(t.start - 1) == u'\n') && k + 1 < int(timexes.size())
        && timexes[size_t(k + 1)].start < s->end && timexes[size_t(k + 1)].type == Timex::Type::Date
        && e.title.contains(timexes[size_t(k + 1)].text))
        return true;
    return false;
}

} // namespace dateline::extract
