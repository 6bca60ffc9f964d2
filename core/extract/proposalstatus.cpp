// EventProposer::status: what a clause's words and its date say of the event — planned, reported,
// denied or occurred.
#include "core/extract/eventproposer.h"
#include "core/extract/proposaldates.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <string_view>

namespace dateline::extract {

using proposaldates::parsed;

EventStatus EventProposer::status(const QString &clause, const Timex &timex) const
{
    // (a quotation's words are the speaker's, their tense not the narration's: "“We will not waver,”
    // Sir Keir told MPs on 19 November")
    static const QRegularExpression quotation(QStringLiteral("[\"\u201C\u00AB][^\"\u201D\u00BB]*[\"\u201D\u00BB]"));
    const bool quoted = clause.contains(u'"') || clause.contains(u'\u201C') || clause.contains(u'\u00AB');
    const QString c = u' ' + (quoted ? QString(clause).replace(quotation, QStringLiteral(" ")) : clause).toLower() + u' ';
    static const char *denied[] = {" denied ", " denies ", " deny ", " denying ", " rejected reports ", " dismissed reports ",
                                   " rejected claims ", " dismissed claims ", " refuted ", " refutes "};
    for (const char *w : denied)
        if (c.contains(QLatin1String(w)))
            return EventStatus::Denied;
    static const char *reported[] = {"said to have", "reportedly", "allegedly", "is said to", "are said to",
                                     "reported to have", "believed to have"};
    for (const char *w : reported)
        if (c.contains(QLatin1String(w)))
            return EventStatus::Reported;
    const FuzzyDate &d = parsed(timex.edtf);
    if (d.isValid() && d.bounds().earliestStart >= calendar::toTimePoint(calendar::civilFromDays(m_dct + 1)))
        return EventStatus::Planned;
    // "later today", "later this week": still to come on the story's day ("later that day" and
    // "later Thursday" narrate)
    static const QRegularExpression later(QStringLiteral("^later\\s+(?:today|tonight|this\\s)"), QRegularExpression::CaseInsensitiveOption);
    if (d.isValid() && later.match(timex.text).hasMatch()
        && d.bounds().latestEnd > calendar::toTimePoint(calendar::civilFromDays(m_dct)))
        return EventStatus::Planned;
    // a day the text itself puts behind it is no plan, whatever the sentence's main verb: "Blinken
    // will press Hamas to accept a proposal outlined by Biden last Friday"
    static const QRegularExpression behind(QStringLiteral("\\b(?:last|yesterday|ago|earlier|previous)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (d.isValid() && d.bounds().latestEnd <= calendar::toTimePoint(calendar::civilFromDays(m_dct))
        && behind.match(timex.text).hasMatch())
        return EventStatus::Occurred;
    // "would" after a past reporting verb is what was said, not a plan: in "Earlier this month,
    // Tehran warned it would expand …" the warning happened.
    static const QRegularExpression reportedWould(QStringLiteral(
        "\\b(said|told|warned|threatened|promised|vowed|pledged|insisted|announced|added|stated|claimed|signall?ed|"
        "indicated)\\s+(that\\s+)?(\\S+\\s+){0,3}would\\s"));
    // (each pattern below is read only when the word it turns on is in the clause: this runs for every date)
    const bool reportedPlan = c.contains(QLatin1String("would")) && c.contains(reportedWould);
    static const char *planned[] = {" will ", "'ll ", "plans to", " planned ", "scheduled", " is to ", " are to ",
                                    "expected to", " expected by ", " expected in ", " expected on ", " is due ",
                                    " are due ", "invitation", " invited ", "upcoming", " set to ", " due to ",
                                    "to be held", " would ", " intends to", " next ", " forward to ", " could ",
                                    " might ", " was to ", " were to "};
    // ("the hastily planned trip", "a planned visit": an adjective, which says nothing of the date)
    static const QRegularExpression plannedAdjective(QStringLiteral("\\b(?:the|a|an|its|their|his|her|\\w+ly)\\s+planned\\s"));
    const bool adjective = c.contains(QLatin1String("planned")) && c.contains(plannedAdjective);
    // ("The next day, they met": a story's next day is no plan; "next week" is)
    static const QRegularExpression storyNext(QStringLiteral("\\b(?:the|that)\\s+next\\s"));
    static const QRegularExpression otherNext(QStringLiteral("(?<!the|that)\\snext\\s"));
    const bool narrated = c.contains(QLatin1String("next")) && c.contains(storyNext) && !c.contains(otherNext);
    // ("declined the invitation after Milei took office in December 2023": in a clause dated wholly
    // before the story, a noun of plans says nothing of the date's event)
    const bool past = d.isValid() && d.bounds().latestEnd <= calendar::toTimePoint(calendar::civilFromDays(m_dct));
    // (nor "was to": "The talks were to resume on Monday" told a plan that day may have kept or not)
    // (nor "could" or "might" of a day gone by: "he could not attend on Monday"; of a date still open
    // they are a possibility ahead: "a new round could take place before the end of the year")
    static const QSet<std::string_view> nouns = {"invitation", " invited ", "upcoming", " next ", " forward to ", " due to ",
                                                 " could ", " might ", " was to ", " were to "};
    // ("In September, it announced plans to acquire …": the announcing, a day gone by)
    static const QRegularExpression plansNoun(QStringLiteral("\\b(?:announced|unveiled|outlined|revealed|disclosed|approved|"
                                                             "its|their|his|her)\\s+plans\\s+to\\b"));
    const bool announcedPlans = past && c.contains(QLatin1String("plans")) && c.contains(plansNoun);
    for (const char *w : planned)
        if (c.contains(QLatin1String(w)) && !(reportedPlan && std::string_view(w) == " would ")
            && !(announcedPlans && std::string_view(w) == "plans to")
            && !(adjective && std::string_view(w) == " planned ") && !(narrated && std::string_view(w) == " next ")
            && !(past && nouns.contains(std::string_view(w))))
            return EventStatus::Planned;
    return EventStatus::Occurred;
}

bool EventProposer::governedByDenial(const QString &text, int sentenceStart, int dateStart)
{
    // "The Kremlin denied on Tuesday that Putin had met the envoy in February": what a denial's "that"
    // governs is denied too (not a clause after it: "…, and talks resumed on Monday")
    static const QRegularExpression deniedThat(QStringLiteral(
        "\\b(?:denied|denies|deny|denying)\\b[^.;:\"\u201C]{0,60}\\bthat\\s"
        "(?:(?!,\\s+(?:and|but|while|as|after)\\s)[^.;:\"\u201C])*$"));
    const int from = std::max(sentenceStart, dateStart - 200);
    return deniedThat.match(QStringView(text).mid(from, dateStart - from)).hasMatch();
}

} // namespace dateline::extract
