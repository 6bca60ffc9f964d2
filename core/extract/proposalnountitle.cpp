// Proposal titles of a date that modifies a noun: "a March 26 interview", "Tuesday's meeting", "the
// summit planned for June 15-16 in Switzerland", "the next Quad Leaders' Summit to be hosted by India
// in 2024". (Part of EventProposer::title, proposaltitle.cpp.)
#include "core/extract/eventproposer.h"
#include "core/extract/proposaldates.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"

#include <QRegularExpression>

#include <algorithm>

namespace dateline::extract {

using namespace clauses;


namespace {

// What a rule of nounTitle() read: the title of the noun phrase and where its clause lies.
struct NounPhrase {
    QString text;
    int clauseStart = 0, clauseEnd = 0;
    bool nounPhrase = false, plan = false, ownDoer = false;
};

// The sentence a rule reads, and the words in it before the date.
struct NounContext {
    const QString &text;
    const Timex &timex;
    const Sentence &s;
    QString before;
    std::int64_t creationDay;
    QString folded; // before, case-folded: the key words of the case-insensitive patterns are looked for in it
};

// A title of the noun phrase that starts at `from` in `before` and runs to the date.
NounPhrase phraseToDate(const NounContext &x, qsizetype from, const QString &words)
{
    NounPhrase phrase;
    phrase.clauseStart = x.s.start + int(from);
    phrase.clauseEnd = x.timex.end;
    phrase.nounPhrase = true;
    phrase.text = tidy(words, 12);
    return phrase;
}

// A noun the date stands before: "a March 26 interview", "a rare Sunday session", "Prime
// Minister Modi's February 13 visit".
std::optional<NounPhrase> prenominalNoun(const NounContext &x)
{
    const QString &text = x.text;
    const Timex &timex = x.timex;
    const Sentence &s = x.s;
    const QString &before = x.before;
    NounPhrase c;
    // "a March 26 interview", "a rare Sunday session"
    static const QRegularExpression determiner(
        QStringLiteral("(?:^|\\s)(a|an|the|its|their|his|her|this|that|our|last)\\s+"
                       "(?:(?:rare|special|surprise|emergency|extraordinary|snap|historic|unusual|separate|brief|"
                       "closed-door|informal|formal|virtual)\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    bool possessive = false;
    int p = afterDate(text, timex.end, s.end, possessive);
    // "Prime Minister Modi's February 13 visit": a name's, kept in the title
    static const QRegularExpression possessor(
        QStringLiteral("(?:^|\\s)((?:\\p{Lu}[\\w.-]*\\s+(?:(?:\\p{Lu}[\\w.-]*|&|and|of)\\s+){0,4})?"
                       "\\p{Lu}[\\w.-]*['\u2019]s)\\s+$"), kUnicode);
    // ("next month's NATO meeting": a name may modify the noun after the date's possessive)
    static const QRegularExpression namedNoun(QStringLiteral("^(?:\\p{Lu}[\\w.-]*\\s+){1,3}[a-z]"), kUnicode);
    // (a noun after the date first: the patterns before it are read only then)
    if (!(p < s.end
          && (text.at(p).isLower() || (possessive && namedNoun.match(QStringView(text).mid(p, std::min(60, s.end - p))).hasMatch()))))
        return std::nullopt;
    const QRegularExpressionMatch owner = possessor.match(before);
    const QRegularExpressionMatch det = determiner.match(before);
    const bool prenominal = possessive || owner.hasMatch() || det.hasMatch();
    // ("went to the polls in Sunday's vote.": one noun after the possessive at the clause's end says
    // less than the clause)
    static const QRegularExpression lastNoun(QStringLiteral("^[a-z]+\\s*(?:[.;!?]|$)"), kUnicode);
    // (a clause with a verb of its own: not an apposition's "…, a consultant not working for any
    // candidate in next week's election.")
    const auto clauseHasVerb = [&] {
        const QString clause = text.mid(s.start, timex.start - s.start);
        const QStringList words = clause.mid(clause.lastIndexOf(u',') + 1).split(u' ', Qt::SkipEmptyParts);
        return std::any_of(words.begin(), words.end(), [](const QString &w) { return isFiniteVerb(w); });
    };
    const bool bareNoun = possessive && p < s.end && lastNoun.match(QStringView(text).mid(p, std::min(30, s.end - p))).hasMatch()
        && s.start < timex.start - 3 && clauseHasVerb();
    if (prenominal && !bareNoun) {
        // "a March 26 interview at the White House" -> "Interview at the White House"; "a rare Sunday
        // session and a procedural vote …" ends before the second noun phrase
        static const QRegularExpression coordinated(QStringLiteral("\\s(?:and|or)\\s+(?:a|an|the|its|their|his|her)\\s"), kUnicode);
        int stop = clauseStop(text, p, s.end);
        if (const QRegularExpressionMatch m = coordinated.match(QStringView(text).mid(p, stop - p));
            m.hasMatch() && !QStringView(text).mid(p, m.capturedStart()).contains(QLatin1String("between")))
            stop = p + int(m.capturedStart()); // ("the meeting between Elian and his grandmothers" is one)
        c.clauseStart = possessive ? timex.start
            : owner.hasMatch()     ? s.start + int(owner.capturedStart(1))
                                   : s.start + int(det.capturedStart(1));
        c.clauseEnd = stop;
        c.nounPhrase = true;
        c.text = tidy((owner.hasMatch() && !possessive ? owner.captured(1) + u' ' : QString()) + text.mid(p, stop - p), 12);
        // a noun of one word keeps the words before it: "a rare Sunday session" -> "Rare Sunday session"
        if (!c.text.contains(u' ') && !possessive && det.hasMatch())
            c.text = tidy(text.mid(s.start + int(det.capturedEnd(1)), stop - s.start - int(det.capturedEnd(1))), 12);
        return c;
    }
    return std::nullopt;
}

// "welcomed India's decision last month to reduce tariffs", "the vote on Monday by parliament to
// expel him": the date is the decision's, which the infinitive after it says; the welcoming is
// another event
std::optional<NounPhrase> decisionNoun(const NounContext &x)
{
    const QString &text = x.text;
    const Timex &timex = x.timex;
    const Sentence &s = x.s;
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression decisionNoun(QStringLiteral(
        "(?:^|\\s)((?:\\p{Lu}[\\w.-]*\\s+){0,3}\\p{Lu}[\\w.-]*['\u2019]s|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+"
        "(decision|move|vote|pledge|offer|promise|agreement|commitment|announcement|call|request|bid|refusal)\\s+"
        "(?:in|on|at)?\\s*$"), kUnicode);
    static const QRegularExpression infinitiveAfter(QStringLiteral("^\\s*(?:by\\s+[^,;.]{1,40}?\\s+)?to\\s+[a-z]"), kUnicode);
    // (the last words before the date only: a sentence may run for pages)
    const qsizetype near = std::max<qsizetype>(0, before.size() - 80);
    // (the infinitive after the date first: a few words, where the noun's pattern searches the clause)
    if (!infinitiveAfter.match(QStringView(text).mid(timex.end, std::min(60, s.end - timex.end))).hasMatch())
        return std::nullopt;
    if (const QRegularExpressionMatch m = decisionNoun.match(QStringView(before).mid(near)); m.hasMatch()) {
        int stop = clauseStop(text, timex.end, s.end);
        // (up to the sentence's main verb when the phrase is its subject: "The decision on Monday to close
        // the border surprised many")
        static const QRegularExpression word(QStringLiteral("[\\w'\u2019-]+"), kUnicode);
        int afterTo = -1; // words read since the infinitive's "to" (its verb is the first: "to set up")
        for (auto it = word.globalMatch(QStringView(text).mid(timex.end, stop - timex.end)); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            if (afterTo > 0 && isFiniteVerb(w.captured())) {
                stop = timex.end + int(w.capturedStart());
                break;
            }
            afterTo = afterTo >= 0 ? afterTo + 1 : (w.captured() == u"to" ? 0 : -1);
        }
        const QString owner = m.captured(1);
        c.clauseStart = s.start + int(near + m.capturedStart(1));
        c.clauseEnd = stop;
        c.nounPhrase = true;
        c.text = tidy((owner.size() > 3 && owner.back() == u's' ? owner + u' ' : QString()) + m.captured(2) + u' '
                          + text.mid(timex.end, stop - timex.end).trimmed(), 12);
        return c;
    }
    return std::nullopt;
}

// "paving the way for an early election on Feb. 23", "in the run-up to a leaders' summit on Thursday",
// "looked forward to the Quad Foreign Ministers' Meeting later this year":
// the event ahead that the clause prepares, whose date it is (a noun with a word before it)
std::optional<NounPhrase> eventAhead(const NounContext &x)
{
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression ahead(QStringLiteral(
        "\\b(?:ahead\\s+of|run-up\\s+to|way\\s+for|preparations?\\s+for|campaign(?:ing)?\\s+for|calls?\\s+for|called\\s+for|"
        "look(?:s|ed|ing)?\\s+forward\\s+to)"
        "\\s+((?:an?|the)\\s+(?:[\\w\u2019'-]+\\s+){1,3}?(?:election|elections|vote|referendum|runoff|summit|meeting|talks|"
        "conference|ceremony|inauguration|funeral)|(?:[\\w\u2019'-]+\\s+){0,2}?(?:elections|talks))"
        // ("ahead of elections scheduled for June 6-9")
        "(?:\\s+(scheduled|planned|set|due)\\s+for)?\\s+(?:on|in|at)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    if (!holdsAnyOf(x.folded, {QLatin1String("ahead"), QLatin1String("run-up"), QLatin1String("way"), QLatin1String("preparation"),
                             QLatin1String("campaign"), QLatin1String("call"), QLatin1String("look")}))
        return std::nullopt;
    if (const QRegularExpressionMatch m = ahead.match(before); m.hasMatch()) {
        c = phraseToDate(x, m.capturedStart(1), m.captured(1));
        if (!c.text.contains(u' ') && m.hasCaptured(2)) // "Elections scheduled"
            c.text += u' ' + m.captured(2);
        return c;
    }
    return std::nullopt;
}

// "the first direct meeting since the early weeks of the full-scale invasion in 2022": what a
// comparison reaches back to is the date's event, not the clause's ("The full-scale invasion"; not
// "since its founding", whose owner the title would lose)
std::optional<NounPhrase> sinceEvent(const NounContext &x)
{
    const QString &before = x.before;
    static const QRegularExpression since(QStringLiteral(
        "\\bsince\\s+(?:the\\s+(?:early|first|last|final|opening|closing)\\s+(?:days|weeks|months|hours|stages)\\s+of\\s+)?"
        "((?:the|an?)\\s+(?:[\\w\u2019'-]+\\s+){0,5}?[\\w\u2019'-]+)\\s+(?:in|on|at)?\\s*$"),
        kUnicode);
    if (!before.contains(QLatin1String("since")))
        return std::nullopt;
    if (const QRegularExpressionMatch m = since.match(QStringView(before).mid(std::max<qsizetype>(0, before.size() - 120)));
        m.hasMatch())
        return phraseToDate(x, std::max<qsizetype>(0, before.size() - 120) + m.capturedStart(1), m.captured(1));
    return std::nullopt;
}

// "the peace summit planned for June 15-16 in Switzerland" -> "Peace summit in Switzerland": the
// noun a schedule word dates, with what follows the date ("the meeting, set for Friday in …" too).
std::optional<NounPhrase> scheduledNoun(const NounContext &x)
{
    const QString &text = x.text;
    const Timex &timex = x.timex;
    const Sentence &s = x.s;
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression scheduled(
        // (no relative pronoun among the noun's words: "elections that were scheduled for"; a plural
        // noun opens the sentence without one: "Elections, originally planned for …")
        // (nor an auxiliary: "The election had originally been due in September 2025")
        // (or after "that": "noting that elections scheduled for December 2026 represent …"; or a plural
        // after what is said of it: "report on elections scheduled for December 2026")
        QStringLiteral("(?:\\b(?:the|a|an|its|their)\\s+|^(?=\\p{Lu})|(?<=\\bthat\\s)|(?:(?<=\\bon\\s)|(?<=\\babout\\s)|(?<=\\bover\\s))(?=[a-z]+s\\s))((?:(?!(?:the|a|an|its|their|that|which|who|is|are|was|were|"
                       "has|have|had|been)\\s)[\\w\u2019'-]+\\s+){0,4}?"
                       "(?!(?:that|which|who)\\b)[\\w\u2019'-]+),?\\s+"
                       "(?:(?:is|are|was|were|has|have|had)\\s+(?:(?:now|originally|initially|also)\\s+)?(?:been\\s+)?)?" // "the vote is scheduled for"
                       "(?:(?:now|originally|initially|provisionally|tentatively|currently|also)\\s+)?" // "now set for"
                       "(planned|scheduled|set|slated|due|expected)\\s+(?:for|on|in)\\s+$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    if (!holdsAnyOf(x.folded, {QLatin1String("planned"), QLatin1String("scheduled"), QLatin1String("set"), QLatin1String("slated"),
                             QLatin1String("due"), QLatin1String("expected")}))
        return std::nullopt;
    if (const QRegularExpressionMatch m = scheduled.match(before);
        m.hasMatch() && (m.capturedStart(1) > m.capturedStart() || m.captured(1).endsWith(u's'))) {
        // "… planned for April 2-3 in Vienna was postponed": the noun's own words end at the main verb.
        static const QRegularExpression mainVerb(QStringLiteral("\\s(?:was|were|is|are|has|have|had|will|would)\\s"), kUnicode);
        int stop = clauseStop(text, timex.end, s.end);
        if (const QRegularExpressionMatch v = mainVerb.match(QStringView(text).mid(timex.end, stop - timex.end)); v.hasMatch())
            stop = timex.end + int(v.capturedStart());
        // (and they are a place or a party, after a preposition: "Elections scheduled for December 2026
        // represent a milestone" has none)
        static const QRegularExpression preposition(QStringLiteral("^\\s*(?:in|at|near|between|with|of)\\s"), kUnicode);
        if (!preposition.match(QStringView(text).mid(timex.end, std::min(12, stop - timex.end))).hasMatch())
            stop = timex.end;
        // "the next round of talks on the grain corridor is scheduled for …": the noun the phrase
        // hangs from, through up to two prepositions
        static const QRegularExpression hangsFrom(QStringLiteral(
            "\\b(?:the|a|an|its|their)\\s+((?:(?!(?:the|a|an|its|their|that|which|who)\\s)[\\w\u2019'-]+\\s+){0,3}?"
            // (not a preposition of two words: "its posture ahead of the elections")
            "(?!(?:that|which|who|ahead|because|instead|front|spite|out|regardless)\\b)[\\w\u2019'-]+)\\s+"
            "(?:of|on|for|between|with|over|about)\\s+$"),
            QRegularExpression::CaseInsensitiveOption | kUnicode);
        int nounStart = int(m.capturedStart(1)), phraseStart = int(m.capturedStart());
        for (int hop = 0; hop < 2; ++hop) {
            const QRegularExpressionMatch h = hangsFrom.match(QStringView(before).left(phraseStart));
            if (!h.hasMatch())
                break;
            nounStart = int(h.capturedStart(1));
            phraseStart = int(h.capturedStart());
        }
        c.clauseStart = s.start + phraseStart;
        c.clauseEnd = stop;
        c.nounPhrase = true;
        c.text = tidy(before.mid(nounStart, m.capturedEnd(1) - nounStart) + u' ' + text.mid(timex.end, stop - timex.end), 12);
        if (!c.text.contains(u' ')) // "the elections now set for December": "Elections set"
            c.text += u' ' + m.captured(2).toLower();
        c.plan = true;
        return c;
    }
    return std::nullopt;
}

// "Talks between the US and Iran that were due to take place in Oman on Sunday were called off": the
// noun, and the place it was to take place in
std::optional<NounPhrase> dueToTakePlace(const NounContext &x)
{
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression dueTo(
        // (or set off: "the next meeting of the Astana format, scheduled to take place in Doha on the
        // sidelines of the Doha Forum on December 7-8")
        QStringLiteral("(?:^|\\s)(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+)?(\\p{L}[\\w\u2019'-]*(?:\\s+[\\w\u2019'.-]+){0,6}?)"
                       "(?:\\s+(?:that|which)\\s+(?:is|are|was|were)\\s+(?:due|scheduled|set|expected|planned|slated)\\s+to\\s+"
                       "(?:take\\s+place|be\\s+held|begin|start|open|resume|convene)"
                       // (set off, only where it takes place: "Talks, due to resume in Cairo …," are the title's own)
                       "|,\\s+(?:due|scheduled|set|expected|planned|slated)\\s+to\\s+(?:take\\s+place|be\\s+held))"
                       "((?:\\s+(?:in|at)\\s+\\p{Lu}[\\w\u2019'.-]*(?:\\s+\\p{Lu}[\\w\u2019'.-]*){0,2})?)"
                       "(?:\\s+on\\s+the\\s+(?:sidelines|margins)\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\w\u2019'.-]*(?:\\s+\\p{Lu}[\\w\u2019'.-]*){0,3})?"
                       "\\s+(?:on|in|at)?\\s*$"),
        kUnicode);
    const auto noVerb = [](const QString &phrase) {
        const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
        return std::none_of(words.begin(), words.end(), [](const QString &w) { return isFiniteVerb(w); });
    };
    if (!holdsAnyOf(before, {QLatin1String("due"), QLatin1String("scheduled"), QLatin1String("set"), QLatin1String("expected"),
                             QLatin1String("planned"), QLatin1String("slated")}))
        return std::nullopt;
    if (const QRegularExpressionMatch m = dueTo.match(before); m.hasMatch() && noVerb(m.captured(1))) {
        c = phraseToDate(x, m.capturedStart(1), m.captured(1) + m.captured(2));
        c.plan = true;
        return c;
    }
    return std::nullopt;
}

// "the next Quad Leaders' Summit to be hosted by India in 2024": the noun and what is to be done
// with it (by whom, when a name says it)
std::optional<NounPhrase> toBeDoneNoun(const NounContext &x)
{
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression toBeDone(
        QStringLiteral("\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+((?:(?!(?:the|a|an|its|their|that|which|who)\\s)[\\w\u2019'-]+\\s+){0,5}?"
                       "[\\w\u2019'-]+\\s+to\\s+be\\s+")
            + eventParticiples()
            + QStringLiteral("(?:\\s+by\\s+(?:the\\s+)?\\p{Lu}[\\w\u2019'.-]*(?:\\s+\\p{Lu}[\\w\u2019'.-]*){0,3})?)\\s+(?:in|on|at)?\\s*$"),
        kUnicode);
    if (!before.contains(QLatin1String("be")))
        return std::nullopt;
    if (const QRegularExpressionMatch m = toBeDone.match(before); m.hasMatch()) {
        c = phraseToDate(x, m.capturedStart(), m.captured(1));
        return c;
    }
    return std::nullopt;
}

// "condolences for the damage caused by Typhoon Gaemi in July", "the intervention requested by
// Nicaragua on 8 February": the date is the participle's, whose doer a name gives -> "Typhoon Gaemi
// caused the damage" (the sentence's own verb happened another time)
std::optional<NounPhrase> doneByName(const NounContext &x)
{
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression doneBy(
        // (not a passive clause: "The case was brought by South Africa in December")
        QStringLiteral("\\b([Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+((?:(?!(?:the|a|an|its|their|that|which|who|by|was|were|is|are|been|be|"
                       "has|have|had)\\s)[\\w\u2019'-]+\\s+){0,4}?"
                       "(?!(?:was|were|is|are|been|be)\\s)[\\w\u2019'-]+)\\s+([a-z]+ed|held|made|sent|built|paid|led|brought|won|struck|met|sought|fought|"
                       "lost|left|hit|set|shot|bought|sold|laid|kept|told|heard|found)\\s+by\\s+"
                       "((?:the\\s+)?\\p{Lu}[\\w\u2019'.-]*(?:\\s+(?:\\p{Lu}[\\w\u2019'.-]*|of|and)){0,4})\\s+(?:in|on|at|during)?\\s*$"),
        kUnicode);
    if (!before.contains(QLatin1String("by")))
        return std::nullopt;
    if (const QRegularExpressionMatch m = doneBy.match(before); m.hasMatch() && !m.captured(4).endsWith(QLatin1String(" of"))
        && !m.captured(4).endsWith(QLatin1String(" and"))) {
        c = phraseToDate(x, m.capturedStart(), m.captured(4) + u' ' + m.captured(3) + u' ' + m.captured(1).toLower() + u' ' + m.captured(2));
        c.ownDoer = true;
        return c;
    }
    return std::nullopt;
}

// "The two ministers welcomed the signing of the Reciprocal Access Agreement on July 8": what is
// welcomed happened on that day, the welcoming later -> "Signing of the Reciprocal Access Agreement"
std::optional<NounPhrase> welcomedEvent(const NounContext &x)
{
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression welcomed(
        QStringLiteral("\\b(?:welcome[sd]?|praise[sd]?|hail(?:s|ed)?|note[sd]?|recall(?:s|ed)?|condemn(?:s|ed)?|"
                       "celebrate[sd]?|commend(?:s|ed)?|applaud(?:s|ed)?|mark(?:s|ed)?|commemorate[sd]?)\\s+the\\s+"
                       "((?:signing|adoption|conclusion|launch|opening|establishment|release|resumption|holding|completion|"
                       "ratification|entry\\s+into\\s+force|inauguration|successful\\s+holding)\\s+of\\s+"
                       // (not on past the subject's second verb: "welcomed the signing of a partnership and agreed to
                       // convene the next session … in the first half of 2026")
                       "(?:(?!\\s(?:and|but)\\s+(?:[a-z]+ed|undertook)\\s)[^,;:\"\u201C]){3,120}?)"
                       "\\s+(?:on|in)\\s+$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    if (!holdsAnyOf(x.folded, {QLatin1String("signing"), QLatin1String("adoption"), QLatin1String("conclusion"), QLatin1String("launch"),
                             QLatin1String("opening"), QLatin1String("establishment"), QLatin1String("release"),
                             QLatin1String("resumption"), QLatin1String("holding"), QLatin1String("completion"),
                             QLatin1String("ratification"), QLatin1String("entry"), QLatin1String("inauguration")}))
        return std::nullopt;
    if (const QRegularExpressionMatch m = welcomed.match(before); m.hasMatch()) {
        c = phraseToDate(x, m.capturedStart(1), m.captured(1));
        return c;
    }
    return std::nullopt;
}

// "The Ministers condemned in the strongest terms the terrorist attack in Pahalgam on 22 April
// 2025", in a statement of October: what is condemned or welcomed a month or more before the text
// was written is the event of that day ("condemned the attack on Monday" in Tuesday's news is the
// condemning's, and so is a day of "had condemned the raid"); a noun of one word says too little
std::optional<NounPhrase> reactedToEvent(const NounContext &x)
{
    const Timex &timex = x.timex;
    const QString &before = x.before;
    NounPhrase c;
    static const QRegularExpression reactedTo(
        QStringLiteral("(?<!\\bhad\\s)\\b(?:welcome[sd]?|praise[sd]?|hail(?:s|ed)?|recall(?:s|ed)?|condemn(?:s|ed)?|deplore[sd]?|"
                       "denounce[sd]?|mourn(?:s|ed)?|commemorate[sd]?|remember(?:s|ed)?)"
                       "(?:\\s+in\\s+the\\s+strongest(?:\\s+possible)?\\s+terms)?\\s+the\\s+"
                       "((?:[a-z-]+\\s+){0,2}(?:attacks?|bombings?|killings?|assassination|shooting|massacre|explosions?|blasts?|"
                       "invasion|coup|incursion|raids?|strikes?|elections?|summit|agreement|accord|ceasefire|truce)"
                       "(?:\\s+(?:in|on|at|against|near)\\s+(?:the\\s+)?\\p{Lu}[^,;:\"\u201C]{1,60}?)?)\\s+(?:on|in)\\s+$"),
        kUnicode);
    if (!holdsAnyOf(before, {QLatin1String("welcome"), QLatin1String("praise"), QLatin1String("hail"), QLatin1String("recall"),
                             QLatin1String("condemn"), QLatin1String("deplore"), QLatin1String("denounce"), QLatin1String("mourn"),
                             QLatin1String("commemorate"), QLatin1String("remember")}))
        return std::nullopt;
    const FuzzyDate &day = proposaldates::parsed(timex.edtf);
    if (const QRegularExpressionMatch m = reactedTo.match(before); m.hasMatch() && m.captured(1).contains(u' ') && day.isValid()
        && day.bounds().latestEnd <= calendar::toTimePoint(calendar::civilFromDays(x.creationDay - 30))) {
        c = phraseToDate(x, m.capturedStart(1), m.captured(1));
        return c;
    }
    return std::nullopt;
}

} // namespace

std::optional<EventProposer::TitleChoice> EventProposer::nounTitle(const QString &text, const Timex &timex,
                                                                  const Sentence &s) const
{
    const QString before = text.mid(s.start, timex.start - s.start);
    const NounContext x{text, timex, s, before, m_dct, before.toCaseFolded()};
    for (const auto rule : {prenominalNoun, decisionNoun, eventAhead, sinceEvent, scheduledNoun, dueToTakePlace, toBeDoneNoun,
                            doneByName, welcomedEvent, reactedToEvent})
        if (const std::optional<NounPhrase> phrase = rule(x)) {
            TitleChoice c;
            c.text = phrase->text;
            c.clauseStart = phrase->clauseStart;
            c.clauseEnd = phrase->clauseEnd;
            c.nounPhrase = phrase->nounPhrase;
            c.plan = phrase->plan;
            c.ownDoer = phrase->ownDoer;
            return c;
        }
    return std::nullopt;
}

} // namespace dateline::extract
