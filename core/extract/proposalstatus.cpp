// EventProposer::status: what a clause's words and its date say of the event — planned, reported,
// denied or occurred.
#include "core/extract/eventproposer.h"
#include "core/extract/proposaldates.h"
#include "core/extract/titleclauses.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"

#include <QRegularExpression>

#include <algorithm>

namespace dateline::extract {

using proposaldates::parsed;

EventStatus EventProposer::status(const QString &clause, const Timex &timex) const
{
    // (a quotation's words are the speaker's, their tense not the narration's: "“We will not waver,”
    // Sir Keir told MPs on 19 November")
    static const QRegularExpression quotation(QStringLiteral("[\"\u201C\u00AB][^\"\u201D\u00BB]*[\"\u201D\u00BB]"));
    const bool quoted = clause.contains(u'"') || clause.contains(u'\u201C') || clause.contains(u'\u00AB');
    const QString c = u' ' + (quoted ? QString(clause).replace(quotation, QStringLiteral(" ")) : clause).toLower() + u' ';
    // (the word lists are UTF-16 literals, each list looked for in one pass over the clause: this runs
    // for every date)
    static constexpr QStringView denied[] = {u" denied ", u" denies ", u" deny ", u" denying ", u" rejected reports ",
                                             u" dismissed reports ", u" rejected claims ", u" dismissed claims ", u" refuted ",
                                             u" refutes "};
    if (clauses::holdsAnyOf(c, denied))
        return EventStatus::Denied;
    static constexpr QStringView reported[] = {u"said to have", u"reportedly", u"allegedly", u"is said to", u"are said to",
                                               u"reported to have", u"believed to have"};
    if (clauses::holdsAnyOf(c, reported))
        return EventStatus::Reported;
    const FuzzyDate &d = parsed(timex.edtf);
    if (d.isValid() && d.bounds().earliestStart >= calendar::toTimePoint(calendar::civilFromDays(m_dct + 1)))
        return EventStatus::Planned;
    // "later today", "later this week": still to come on the story's day ("later that day" and
    // "later Thursday" narrate)
    static const QRegularExpression later(QStringLiteral("^later\\s+(?:today|tonight|this\\s)"), QRegularExpression::CaseInsensitiveOption);
    if (d.isValid() && timex.text.startsWith(QLatin1String("later"), Qt::CaseInsensitive) && later.match(timex.text).hasMatch()
        && d.bounds().latestEnd > calendar::toTimePoint(calendar::civilFromDays(m_dct)))
        return EventStatus::Planned;
    // a day the text itself puts behind it is no plan, whatever the sentence's main verb: "Blinken
    // will press Hamas to accept a proposal outlined by Biden last Friday"
    static const QRegularExpression behind(QStringLiteral("\\b(?:last|yesterday|ago|earlier|previous)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (d.isValid() && d.bounds().latestEnd <= calendar::toTimePoint(calendar::civilFromDays(m_dct))
        && behind.match(timex.text).hasMatch())
        return EventStatus::Occurred;
    static constexpr QStringView planned[] = {u" will ", u"'ll ", u"plans to", u" planned ", u"scheduled", u" is to ", u" are to ",
                                              u"expected to", u" expected by ", u" expected in ", u" expected on ", u" is due ",
                                              u" are due ", u"invitation", u" invited ", u"upcoming", u" set to ", u" due to ",
                                              u"to be held", u" would ", u" intends to", u" next ", u" forward to ", u" could ",
                                              u" might ", u" was to ", u" were to ", u" aim to ", u" aims to ", u" hope to ",
                                              u" hopes to ", u" seek to ", u" seeks to "};
    // (none of the words of a plan, no plan: what follows only tells which of them says none)
    if (!clauses::holdsAnyOf(c, planned))
        return EventStatus::Occurred;
    // "would" after a past reporting verb is what was said, not a plan: in "Earlier this month,
    // Tehran warned it would expand …" the warning happened.
    static const QRegularExpression reportedWould(QStringLiteral(
        "\\b(said|told|warned|threatened|promised|vowed|pledged|insisted|announced|added|stated|claimed|signall?ed|"
        "indicated)\\s+(that\\s+)?(\\S+\\s+){0,3}would\\s"));
    // (each pattern below is read only when the word it turns on is in the clause: this runs for every date)
    // ("said Berlin would push for a decision before the end of the year", "told reporters the
    // delegations would sit down on Tuesday": a future in the past whose own date, after "would", is
    // not wholly gone by is still a plan; "said on Monday it would send envoys" is the saying's day)
    // (and "declined the invitation after Milei took office in December 2023": in a clause dated wholly
    // before the story, a noun of plans below says nothing of the date's event)
    const bool past = d.isValid() && d.bounds().latestEnd <= calendar::toTimePoint(calendar::civilFromDays(m_dct));
    const qsizetype would = c.indexOf(QLatin1String(" would "));
    const bool wouldDated = would >= 0 && !past && c.indexOf(timex.text.toLower(), would) > would;
    const bool reportedPlan = c.contains(QLatin1String("would")) && c.contains(reportedWould) && !wouldDated;
    // ("the hastily planned trip", "a planned visit": an adjective, which says nothing of the date)
    static const QRegularExpression plannedAdjective(QStringLiteral("\\b(?:the|a|an|its|their|his|her|\\w+ly)\\s+planned\\s"));
    const bool adjective = c.contains(QLatin1String("planned")) && c.contains(plannedAdjective);
    // ("The next day, they met": a story's next day is no plan; "next week" is)
    static const QRegularExpression storyNext(QStringLiteral("\\b(?:the|that)\\s+next\\s"));
    static const QRegularExpression otherNext(QStringLiteral("(?<!the|that)\\snext\\s"));
    const bool narrated = c.contains(QLatin1String("next")) && c.contains(storyNext) && !c.contains(otherNext);
    // (nor "was to": "The talks were to resume on Monday" told a plan that day may have kept or not)
    // (nor "could" or "might" of a day gone by: "he could not attend on Monday"; of a date still open
    // they are a possibility ahead: "a new round could take place before the end of the year"; so is
    // an aim: "the two sides aim to conclude a deal by the end of the year")
    static constexpr QStringView nouns[] = {u"invitation", u" invited ", u"upcoming", u" next ", u" forward to ", u" due to ",
                                            u" could ", u" might ", u" was to ", u" were to ", u" aim to ", u" aims to ",
                                            u" hope to ", u" hopes to ", u" seek to ", u" seeks to "};
    const auto isNoun = [](QStringView w) { return std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns); };
    // ("In September, it announced plans to acquire …": the announcing, a day gone by)
    static const QRegularExpression plansNoun(QStringLiteral("\\b(?:announced|unveiled|outlined|revealed|disclosed|approved|"
                                                             "its|their|his|her)\\s+plans\\s+to\\b"));
    const bool announcedPlans = past && c.contains(QLatin1String("plans")) && c.contains(plansNoun);
    for (const QStringView w : planned)
        if (c.contains(w) && !(reportedPlan && w == u" would ") && !(announcedPlans && w == u"plans to")
            && !(adjective && w == u" planned ") && !(narrated && w == u" next ") && !(past && isNoun(w)))
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
    // ("Russia dismissed as \"fiction\" a newspaper report that its negotiators had held talks last
    // month": so is what a report or claim turned down says)
    static const QRegularExpression rejectedReport(QStringLiteral(
        "\\b(?:dismissed|dismisses|rejected|rejects|refuted|refutes)\\b[^.;:]{0,60}?\\b(?:reports?|claims?|allegations?)\\s+that\\s"
        "(?:(?!,\\s+(?:and|but|while|as|after)\\s)[^.;:\"\u201C])*$"));
    const int from = std::max(sentenceStart, dateStart - 200);
    const QStringView before = QStringView(text).mid(from, dateStart - from);
    const bool turnedDown = before.contains(QLatin1String("dismiss")) || before.contains(QLatin1String("reject"))
        || before.contains(QLatin1String("refut"));
    if (turnedDown && before.contains(QLatin1String("that")) && rejectedReport.match(before).hasMatch())
        return true;
    if (!before.contains(QLatin1String("den"))) // (all the verbs hold it)
        return false;
    return deniedThat.match(before).hasMatch();
}

} // namespace dateline::extract
