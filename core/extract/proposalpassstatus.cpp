#include "core/extract/proposalpass.h"

#include "core/extract/proposaldates.h"
#include "core/extract/proposaltitle.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"

#include <QRegularExpression>

#include <algorithm>

namespace dateline::extract {

using namespace proposaldates;

// The words that decide the status. Status words may sit just before the clause ("he will travel to
// Sochi on April 6"). The words up to the date decide, not a later clause ("met this week and will
// meet again").
QString ProposalPass::statusWords(const Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    const EventProposer::TitleChoice &choice = date.choice;
    const int cs = choice.clauseStart, ce = choice.clauseEnd;
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
        // (nor across the "since" it opens after: "It will be Lee's first trip since he took office in June")
        else if (b >= s->start + 4 && QStringView(text).mid(b - 4, 5) == u"since")
            statusFrom = std::max(statusFrom, cs);
    }
    if (k > 0 && timexes[size_t(k - 1)].end > s->start && timexes[size_t(k - 1)].end <= t.start)
        statusFrom = std::max(statusFrom, std::min(cs, timexes[size_t(k - 1)].end));
    int statusTo = std::min(ce, std::max(t.end + 10, cs < t.start ? t.end : ce));
    // nor the next one after the date ("arrived later that day and is to stay through Wednesday")
    static const QRegularExpression nextClause(QStringLiteral("\\s(?:and|but)\\s"));
    // (searched in the clause only: a search from t.end through the whole text costs a pass over
    // all of it per date, as the subject string is checked for valid UTF-16 first)
    // (five characters at least: most dates end their clause's words)
    if (const QRegularExpressionMatch cut = statusTo - t.end >= 5 ? nextClause.match(QStringView(text).mid(t.end, statusTo - t.end))
                                                                   : QRegularExpressionMatch();
        cut.hasMatch())
        statusTo = t.end + int(cut.capturedStart());
    QString words = text.mid(statusFrom, statusTo - statusFrom);
    // "May 3 - A fourth round, planned in Rome, is postponed": an aside after the date tells of the
    // plan before, not that this is one
    static const QRegularExpression planAside(QStringLiteral(
        ",\\s*(?:originally\\s+|initially\\s+)?(?:planned|scheduled|set|slated|due|expected)\\s[^,;]{3,120},"));
    // (each pattern here only when the comma or word it needs is there: this runs for every date)
    if (const int afterDate = std::max(0, t.end - statusFrom); afterDate < words.size() && words.indexOf(u',', afterDate) >= 0)
        words = words.left(afterDate) + words.mid(afterDate).remove(planAside);
    // (what was said before "…, the leaders announced on Thursday": its main verb decides, not a
    // relative clause's: "have agreed a scheme under which Britain will return migrants")
    if (choice.statementDate && words.contains(QLatin1String("wh"))) {
        static const QRegularExpression relative(QStringLiteral(
            "\\b(?:(?:under|by|in|through|with|for)\\s+)?(?:which|who|whom|whose)\\b[^,;]*"));
        words.remove(relative);
    }
    return words;
}

// The proposal's status from its words, its date and what the sentence reports.
void ProposalPass::setStatus(ProposedEvent &e, const Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    const EventProposer::TitleChoice &choice = date.choice;
    e.status = proposer.status(statusWords(date), t);
    if (e.status == EventStatus::Occurred && EventProposer::governedByDenial(text, s->start, t.start))
        e.status = EventStatus::Denied;
    // What was said that day happened, whatever it says of the future; a denial stays one. So
    // did a past date's statement the title names: "May 8, 2018 – Trump announces the United
    // States will withdraw" (not "He will travel to Paris", what was said on a past day).
    static const QRegularExpression statedFuture(QStringLiteral(
        "\\b(?:says?|said|tells?|told|warns?|warned|announce[sd]?|declares?|declared|confirms?|confirmed|"
        "promise[sd]?|vows?|vowed|pledge[sd]?|insists?|insisted|claims?|claimed)\\s+(?:\\S+\\s+){0,5}(?:will|would)\\s"),
        QRegularExpression::CaseInsensitiveOption);
    const FuzzyDate &day = parsed(t.edtf);
    const bool past = day.isValid() && day.bounds().latestEnd <= calendar::toTimePoint(calendar::civilFromDays(dct));
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
}

// What a plan's status changes: a date only plans propose nothing otherwise, the title says what
// became of the plan, a plan's day stated on a day is on or after it; false when the date proposes
// nothing.
bool ProposalPass::settlePlan(ProposedEvent &e, const Dated &date) const
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    const Sentence &window = date.window;
    const EventProposer::TitleChoice &choice = date.choice;
    if (date.onlyIfPlanned && e.status != EventStatus::Planned)
        return false;
    // "Wang Yi will travel to Brussels next month for talks on trade, the ministry announced on
    // Thursday": what was announced has its date, proposed already; the rest of its clause after
    // that date is no statement of its own
    if (choice.statementDate && date.clauseStart > date.window.start && !events.empty() && events.back().timex == k - 1
        && events.back().evidenceStart == s->start)
        return false;
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
            return false;
        e.date = u'[' + e.date + QStringLiteral("..]");
    }
    return true;
}

// The proposal before in the sentence that this one makes more precise gives way to it.
void ProposalPass::dropFramingPrevious(const ProposedEvent &e, const Dated &date)
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
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
}

// "a summit in Brussels last Wednesday and Thursday": one event over both days; whether the proposal
// before took this date.
bool ProposalPass::joinsPreviousDays(const ProposedEvent &e, const Dated &date)
{
    const int k = date.k;
    const Timex &t = date.t;
    const Sentence *s = &date.s;
    if (ProposedEvent *previous = events.empty() ? nullptr : &events.back();
        previous && previous->evidenceStart == s->start && previous->timex == k - 1 && previous->title == e.title
        && spansDays(text, timexes[size_t(k - 1)], t, previous->date.section(u'/', -1))) {
        previous->date = previous->date.section(u'/', 0, 0) + u'/' + t.edtf;
        previous->timex = k;
        return true;
    }
    return false;
}

} // namespace dateline::extract
