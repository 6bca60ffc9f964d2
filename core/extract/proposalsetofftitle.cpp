// Proposal titles from a clause set off around the date rather than the one holding it: "the first
// summit since June 2021, when Joe Biden met Putin", "During his visit to the UK from 4-9 March, EAM
// will call on …", "The envoy — who arrived on Sunday — met …". (Part of EventProposer::title,
// proposaltitle.cpp.)
#include "core/extract/eventproposer.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace dateline::extract {

using namespace clauses;

namespace {

// A title and the clause it comes from.
struct SetOff {
    QString text;
    int clauseStart = 0, clauseEnd = 0;
    bool nounPhrase = false;
};

// The sentence's first few hundred characters at most are read: a page without full stops is one long
// sentence, and each regular expression checks all the text it is given.
constexpr int kReach = 400;

// What follows the date in its clause, to be added to a title ("… ended on Tuesday without
// agreement", "… (adopted on May 30 by 13 votes)"), up to a conjunction and, within an aside, up to
// its closing mark; empty when the clause goes on with a verb of its own. end: where it stops.
QString goesOnAfter(const QString &text, const Timex &timex, const Sentence &s, bool inAside, int &end)
{
    static const QRegularExpression conjunction(QStringLiteral("(?:^|\\s)(?:and|or|but|as|than|while|because|after|before|"
                                                               "when|that|which|who)\\s"),
                                                kUnicode);
    static const QRegularExpression closing(QStringLiteral("[\u2014\u2013)]|--"), kUnicode);
    bool possessive = false;
    const int p = afterDate(text, timex.end, s.end, possessive);
    end = clauseStop(text, p, s.end);
    if (const QRegularExpressionMatch j = conjunction.match(QStringView(text).mid(p, end - p)); j.hasMatch())
        end = p + int(j.capturedStart());
    if (inAside)
        if (const QRegularExpressionMatch close = closing.match(QStringView(text).mid(p, end - p)); close.hasMatch())
            end = p + int(close.capturedStart());
    if (possessive || p >= end || !text.at(p).isLower() || isFiniteVerb(text.mid(p, end - p).section(u' ', 0, 0)))
        return {};
    return text.mid(p, end - p);
}

// The clause's words before the date, without the preposition that leads to it.
QString withoutPreposition(QString words)
{
    static const QRegularExpression preposition(QStringLiteral("\\s+(?:on|in|at|by|during|from|since)?\\s*$"), kUnicode);
    return words.remove(preposition);
}

// "The minister, who arrived on Monday, will leave on Wednesday", "Talks that began on Monday ended on
// Tuesday": after an earlier date inside a relative clause (the clause s starts after it), the main
// clause's verb is the subject's before the relative word.
std::optional<SetOff> afterRelativeClause(const QString &text, const Timex &timex, const Sentence &s, int sentenceStart)
{
    // (or a participle set off: "The deal, agreed on the 3rd, takes effect next month")
    static const QRegularExpression relative(
        QStringLiteral("^\\s*((?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}\\d.'\u2019-]+\\s+){0,4}?[\\p{L}.'\u2019-]+)(?:,?\\s+(?:that|which|who)|"
                       ",\\s+(?:agreed|") + eventParticiples() + QStringLiteral("))\\s[^;:\"\u201C]*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression mainVerb(
        QStringLiteral("^[\\s,]*((?:will|would|is|are|was|were|has|have|had|can|could|may|must|should|did)\\s+[a-z]+|[a-z]+)\\b"),
        kUnicode);
    // (after a wire dateline: "BRUSSELS, March 12 - The minister, who …")
    const int opens = std::max(sentenceStart, s.datelineEnd);
    if (sentenceStart < 0 || opens >= s.start || s.start - opens > kReach)
        return std::nullopt;
    const QRegularExpressionMatch r = relative.match(QStringView(text).mid(opens, s.start - opens));
    const QRegularExpressionMatch v = r.hasMatch() ? mainVerb.match(QStringView(text).mid(s.start, timex.start - s.start))
                                                   : QRegularExpressionMatch();
    // (the present too: "…, takes effect on Monday")
    const QString verb = v.captured(1).section(u' ', 0, 0);
    const bool present = verb.size() > 3 && verb.endsWith(u's') && !verb.endsWith(QLatin1String("ss"));
    if (!v.hasMatch() || !(isFiniteVerb(verb) || present) || isPersonalPronoun(r.captured(1).toLower()))
        return std::nullopt;
    SetOff c;
    c.clauseStart = s.start + int(v.capturedStart(1));
    c.clauseEnd = timex.start;
    QString head = withoutPreposition(text.mid(c.clauseStart, timex.start - c.clauseStart));
    int end = 0;
    bool possessive = false;
    if (const QString more = goesOnAfter(text, timex, s, false, end); !more.isEmpty()) {
        head += u' ' + more;
        c.clauseEnd = end;
    } else if (const QString what = statedAfter(head, text, afterDate(text, timex.end, s.end, possessive), s.end, end);
               !what.isEmpty()) {
        head += u' ' + what; // "…, who met them in July, said last week that Tehran was ready"
        c.clauseEnd = end;
    }
    c.text = tidy(r.captured(1) + u' ' + head, 12);
    return c;
}

// "the first summit since June 2021, when Joe Biden met Putin in Geneva": the clause after "when"
// tells what happened on that date.
std::optional<SetOff> whenClause(const QString &text, const Timex &timex, const Sentence &s, int)
{
    static const QRegularExpression whenAfter(QStringLiteral("^,\\s+when\\s+"), kUnicode);
    if (timex.end < s.end && text.at(timex.end) != u',') // (its comma first: this runs for every date)
        return std::nullopt;
    const QRegularExpressionMatch w = whenAfter.match(QStringView(text).mid(timex.end, s.end - timex.end));
    if (!w.hasMatch())
        return std::nullopt;
    // (not after a plan the clause before names: "The Council will hold its next briefing in June, when
    // the Secretary-General is expected to report" is the briefing; but "will continue to operate under
    // their current names until early 1990, when each will adopt …" names its end, the adoption)
    static const QRegularExpression plan(QStringLiteral("\\b(?:will|shall|is\\s+to|are\\s+to)\\s+(?:\\w+\\s+)?\\w+[^,;:]*$"), kUnicode);
    static const QRegularExpression bound(QStringLiteral("\\b(?:until|till|through|since|from)\\s+(?:\\w+\\s+)?$"), kUnicode);
    const int clauseFrom = std::max(s.start, timex.start - 200);
    const QStringView clause = QStringView(text).mid(clauseFrom, timex.start - clauseFrom);
    if (plan.match(clause).hasMatch() && !bound.match(clause).hasMatch())
        return std::nullopt;
    const int from = timex.end + int(w.capturedEnd());
    const int end = clauseStop(text, from, s.end);
    const QStringList words = text.mid(from, end - from).simplified().split(u' ');
    if (words.size() < 3 || std::none_of(words.begin() + 1, words.end(), [](const QString &x) { return isFiniteVerb(x); }))
        return std::nullopt;
    return SetOff{tidy(text.mid(from, end - from), 12), from, end};
}

// "The talks — the first since 2022 — will resume on Monday", "The envoy — who arrived on Sunday — met
// …", "The resolution (adopted on May 30 by 13 votes) demands …": an aside in dashes or brackets after
// the subject; the date after it is the main verb's, a date inside it the aside's.
std::optional<SetOff> aside(const QString &text, const Timex &timex, const Sentence &s, int sentenceStart)
{
    static const QString subjectWords = QStringLiteral(
        "((?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+)?\\p{L}(?:[\\p{L}\\d.'\u2019-]*\\s+[\\p{L}\\d]){0,4}?[\\p{L}\\d.'\u2019-]*)");
    static const QRegularExpression after(QStringLiteral("^\\s*") + subjectWords
                                              + QStringLiteral("\\s*(?:\u2014|\u2013|--|\\()[^\u2014\u2013()]{1,150}?"
                                                               "(?:\u2014|\u2013|--|\\))\\s+([a-z][^,;:]*)$"),
                                          kUnicode);
    static const QRegularExpression inside(QStringLiteral("^\\s*") + subjectWords
                                               + QStringLiteral("\\s*(?:\u2014|\u2013|--|\\()\\s*(?:who\\s+|which\\s+|that\\s+)?"
                                                                "([a-z][^\u2014\u2013(),;:]{1,150})$"),
                                           kUnicode);
    static const QSet<QString> modals = {QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("can"),
                                         QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("must"),
                                         QStringLiteral("should")};
    const int opens = std::max(sentenceStart >= 0 ? sentenceStart : s.start, s.datelineEnd);
    if (timex.start - opens > kReach || timex.start <= opens)
        return std::nullopt;
    const QStringView before = QStringView(text).mid(opens, timex.start - opens);
    // (both patterns need a dash or a bracket, which few sentences hold)
    if (!before.contains(u'\u2014') && !before.contains(u'\u2013') && !before.contains(QLatin1String("--")) && !before.contains(u'('))
        return std::nullopt;
    QRegularExpressionMatch m = after.match(before);
    const bool inAside = !m.hasMatch();
    if (inAside)
        m = inside.match(before);
    const QString verb = m.hasMatch() ? m.captured(2).section(u' ', 0, 0).toLower() : QString();
    if (!m.hasMatch() || !(isFiniteVerb(verb) || modals.contains(verb) || (verb.size() > 4 && verb.endsWith(u's')))
        || isPersonalPronoun(m.captured(1).toLower()))
        return std::nullopt;
    SetOff c;
    c.clauseStart = opens + int(m.capturedStart(2));
    c.clauseEnd = timex.start;
    QString head = withoutPreposition(m.captured(2));
    int end = 0;
    if (const QString more = goesOnAfter(text, timex, s, inAside, end); !more.isEmpty()) {
        head += u' ' + more;
        c.clauseEnd = end;
    }
    c.text = tidy(m.captured(1) + u' ' + head, 12);
    return c;
}

// "The blockade, in place since June 2017, ended on Tuesday": a state since a date, set off after the
// subject, began then; the main verb is another day's.
std::optional<SetOff> sinceState(const QString &text, const Timex &timex, const Sentence &s, int)
{
    static const QRegularExpression sinceAside(
        QStringLiteral("^\\s*((?:the|a|an|its|their)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?[\\w'\u2019-]+),\\s+((?:[a-z][\\w-]*\\s+){0,4}?)"
                       "since\\s+$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    if (timex.end >= s.end || text.at(timex.end) != u',')
        return std::nullopt;
    const QRegularExpressionMatch m = sinceAside.match(QStringView(text).mid(s.start, timex.start - s.start));
    if (!m.hasMatch())
        return std::nullopt;
    return SetOff{tidy(m.captured(1) + u' ' + m.captured(2), 12), s.start + int(m.capturedStart()), timex.end, true};
}

// "The deal, agreed on the 3rd, takes effect next month": a participle set off after the subject
// dates what was done to it ("The deal agreed"); the main verb is another day's.
std::optional<SetOff> participleAside(const QString &text, const Timex &timex, const Sentence &s, int)
{
    static const QRegularExpression participle(
        QStringLiteral("^\\s*((?:the|a|an|its|their)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?[\\w'\u2019-]+),\\s+"
                       "((?:first\\s+|originally\\s+|finally\\s+)?") + eventParticiples()
            + QStringLiteral("(?:\\s+(?!(?:on|in)\\s)[^,;:\u2014\u2013()]{1,60}?)?)\\s+(?:on|in)\\s+$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression agreed(QStringLiteral("^\\s*((?:the|a|an|its|their)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?[\\w'\u2019-]+),\\s+"
                                                          "((?:first\\s+)?agreed(?:\\s+[^,;:]{1,60}?)?)\\s+(?:on|in)\\s+$"),
                                           QRegularExpression::CaseInsensitiveOption | kUnicode);
    if (timex.end >= s.end || text.at(timex.end) != u',' || timex.start - s.start > kReach)
        return std::nullopt;
    const QStringView before = QStringView(text).mid(s.start, timex.start - s.start);
    QRegularExpressionMatch m = participle.match(before);
    if (!m.hasMatch())
        m = agreed.match(before);
    if (!m.hasMatch())
        return std::nullopt;
    return SetOff{tidy(m.captured(1) + u' ' + m.captured(2), 12), s.start + int(m.capturedStart()), timex.end, true};
}

// "During his visit to the UK from 04-09 March, EAM will call on …", "At the summit in Bali on Nov. 14,
// Xi met Biden", "Speaking at the White House on Monday, Trump said …": the occasion and its date set
// off before the main clause, which is the event.
std::optional<SetOff> occasion(const QString &text, const Timex &timex, const Sentence &s, int)
{
    static const QRegularExpression setOff(
        QStringLiteral("^\\s*(?:during|at|on\\s+the\\s+(?:sidelines|margins)\\s+of|in\\s+the\\s+course\\s+of|while\\s+in|"
                       "speaking|talking|addressing|testifying|appearing|writing)\\s+"
                       "[^,;:\"\u201C]{3,80}$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression commaAfter(QStringLiteral("^,\\s+"), kUnicode);
    static const QRegularExpression opener(
        QStringLiteral("^(?:\\p{Lu}|(?:the|a|an|he|she|they|we|both|its|his|her|their)$)"), kUnicode);
    const QRegularExpressionMatch a = timex.end < s.end && text.at(timex.end) != u','
                                          ? QRegularExpressionMatch() // (its comma first: this runs for every date)
                                          : commaAfter.match(QStringView(text).mid(timex.end, std::min(8, s.end - timex.end)));
    if (!a.hasMatch() || timex.start - s.start > kReach
        || !setOff.match(QStringView(text).mid(s.start, timex.start - s.start)).hasMatch())
        return std::nullopt;
    const int from = timex.end + int(a.capturedEnd());
    int end = clauseStop(text, from, s.end);
    // (the clause stops at a reporting verb: "…, Trump said the talks were going well")
    static const QRegularExpression said(QStringLiteral("^\\s(?:said|says)(?=[\\s:])"), kUnicode);
    if (const QRegularExpressionMatch m = said.match(QStringView(text).mid(end, std::min(6, s.end - end))); m.hasMatch()) {
        const int saidAt = end;
        end = text.at(end + int(m.capturedEnd())) == u':' ? end + int(m.capturedEnd())
                                                          : clauseStop(text, end + int(m.capturedEnd()) + 1, s.end);
        // (what was said cut at a relative clause leaves a noun: "Speaking at the Doha Forum on
        // Saturday, Sheikh Mohammed said the truce that took effect …" is what he did, "spoke at …")
        static const QRegularExpression relative(QStringLiteral("^\\s+(?:that|which|who)\\s"), kUnicode);
        static const QRegularExpression spoke(QStringLiteral("^\\s*(speaking|talking|addressing|testifying|appearing|writing)\\s+"
                                                             "(.*?)\\s*(?:on|in|at)?\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption | kUnicode);
        const QRegularExpressionMatch occasionWords = spoke.match(QStringView(text).mid(s.start, timex.start - s.start));
        if (occasionWords.hasMatch() && relative.match(QStringView(text).mid(end, std::min(8, s.end - end))).hasMatch()
            && text.mid(saidAt, end - saidAt).simplified().count(u' ') <= 3) {
            static const QHash<QString, QString> past = {
                {QStringLiteral("speaking"), QStringLiteral("spoke")},       {QStringLiteral("talking"), QStringLiteral("talked")},
                {QStringLiteral("addressing"), QStringLiteral("addressed")}, {QStringLiteral("testifying"), QStringLiteral("testified")},
                {QStringLiteral("appearing"), QStringLiteral("appeared")},   {QStringLiteral("writing"), QStringLiteral("wrote")}};
            return SetOff{tidy(text.mid(from, saidAt - from).trimmed() + u' ' + past.value(occasionWords.captured(1).toLower())
                                   + u' ' + occasionWords.captured(2),
                               12),
                          from, saidAt};
        }
    }
    const QStringList words = text.mid(from, end - from).simplified().split(u' ');
    // (two words before a statement's colon: "…, Trump said: “…”")
    const bool saidColon = words.size() == 2 && end < s.end && text.at(end) == u':' && isFiniteVerb(words.last());
    if ((words.size() < 3 && !saidColon) || !opener.match(words.first()).hasMatch() || isFiniteVerb(words.first())
        || std::none_of(words.begin() + 1, words.begin() + std::min<qsizetype>(words.size(), 6),
                        [](const QString &x) { return isFiniteVerb(x); }))
        return std::nullopt;
    return SetOff{tidy(text.mid(from, end - from), 12), from, end};
}

// "Born in Fuerth, Germany, on May 27, 1923, Kissinger fled …", "Elected in 2019, Zelensky …": a
// participle that opens the sentence dates what happened to the main clause's subject.
std::optional<SetOff> frontedParticiple(const QString &text, const Timex &timex, const Sentence &s, int)
{
    static const QRegularExpression participle(
        QStringLiteral("^\\s*(Born|Elected|Appointed|Named|Founded|Established|Sworn\\s+in|Ordained|Crowned|Released|"
                       "Arrested|Exiled|Freed|Educated|Trained)\\b([^;:\"\u201C]{0,80}?)\\s*,?\\s*(?:on|in|at)?\\s*$"),
        kUnicode);
    static const QRegularExpression subject(QStringLiteral("^,\\s+(\\p{Lu}[\\w.'\u2019-]*(?:\\s+\\p{Lu}[\\w.'\u2019-]*){0,3}|"
                                                           "(?:the|a|an)\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?(?=\\s+(?:was|were|is|are|has|have|had)\\b))"
                                                           "\\s+[a-z]"),
                                            kUnicode);
    // (the comma after the date first, which the subject's pattern opens with)
    if (timex.start - s.start > kReach || timex.end >= text.size() || text.at(timex.end) != u',')
        return std::nullopt;
    const QRegularExpressionMatch p = participle.match(QStringView(text).mid(s.start, timex.start - s.start));
    const QRegularExpressionMatch who = p.hasMatch() ? subject.match(QStringView(text).mid(timex.end, std::min(60, s.end - timex.end)))
                                                     : QRegularExpressionMatch();
    if (!who.hasMatch())
        return std::nullopt;
    QString words = p.captured(2).trimmed();
    while (words.endsWith(u','))
        words.chop(1);
    return SetOff{tidy(who.captured(1) + u' ' + p.captured(1).toLower() + (words.isEmpty() ? QString() : u' ' + words), 12),
                  s.start, timex.end};
}

// An aside in commas after the subject, which a participle or a preposition opens, before the main
// verb: "The conference, held every two years, opened on Monday" (a date after the aside is the main
// verb's: "The conference opened"); "The last such meeting, in Abu Dhabi in February 2024, also ended
// without a deal" (a place and a date alone date the main clause: "The last such meeting ended
// without a deal"); "Previous talks in Jeddah, brokered by the U.S. in May 2023, produced a truce" (a
// participle's date is what was done to the subject: "Previous talks in Jeddah brokered by the U.S.").
// After the rules above, which know relative clauses, "since" and the participles of events.
std::optional<SetOff> commaAside(const QString &text, const Timex &timex, const Sentence &s, int sentenceStart)
{
    static const QString subject = QStringLiteral(
        "((?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+|\\p{Lu})[\\p{L}\\d.'\u2019-]*(?:\\s+[\\p{L}\\d.'\u2019-]+){0,5}?)");
    // the aside's first word: a preposition, or a participle (not a relative word, nor a name: "Russia,
    // China and Iran met"; nor a plan's "set to", which the clause rules read)
    static const QString opener = QStringLiteral("(?:in|at|on|from|during|held|brokered|hosted|organi[sz]ed|chaired|led|"
                                                 "mediated|called|convened|backed|sponsored|signed|agreed|first|originally)\\b");
    static const QRegularExpression dateAfter(QStringLiteral("^\\s*") + subject + QStringLiteral(",\\s+") + opener
                                                  + QStringLiteral("[^,;:\"\u201C\u2014\u2013()]{0,80},\\s+([a-z][^,;:\"\u201C]*)$"),
                                              kUnicode);
    static const QRegularExpression dateInside(QStringLiteral("^\\s*") + subject + QStringLiteral(",\\s+(") + opener
                                                   + QStringLiteral("[^,;:\"\u201C\u2014\u2013()]{0,80}?)\\s*$"),
                                               kUnicode);
    // the main verb after the aside, past an adverb ("also ended")
    static const QRegularExpression mainVerb(
        QStringLiteral("^,\\s+((?:(?:also|later|then|eventually|finally|quickly|soon|only)\\s+)?([a-z]+)\\b[^,;:\"\u201C]*)"), kUnicode);
    static const QSet<QString> modals = {QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("can"),
                                         QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("must")};
    const auto verbAt = [&](const QString &w) { return isFiniteVerb(w) || modals.contains(w); };
    const int opens = std::max(sentenceStart >= 0 ? sentenceStart : s.start, s.datelineEnd);
    if (timex.start <= opens || timex.start - opens > kReach)
        return std::nullopt;
    const QStringView before = QStringView(text).mid(opens, timex.start - opens);
    if (!before.contains(u',')) // (both patterns set the aside off with a comma)
        return std::nullopt;
    if (const QRegularExpressionMatch m = dateAfter.match(before); m.hasMatch()) {
        const QString head = withoutPreposition(m.captured(2));
        if (!verbAt(head.section(u' ', 0, 0)) || isPersonalPronoun(m.captured(1).toLower()))
            return std::nullopt;
        SetOff c{{}, opens + int(m.capturedStart(2)), timex.start};
        int end = 0;
        const QString more = goesOnAfter(text, timex, s, false, end);
        if (!more.isEmpty())
            c.clauseEnd = end;
        c.text = tidy(m.captured(1) + u' ' + head + (more.isEmpty() ? QString() : u' ' + more), 12);
        return c;
    }
    const QRegularExpressionMatch m = dateInside.match(before);
    if (!m.hasMatch() || isPersonalPronoun(m.captured(1).toLower()))
        return std::nullopt;
    // the aside's end, then the main verb
    const int close = text.indexOf(u',', timex.end);
    if (close < 0 || close >= s.end || close - timex.end > 80)
        return std::nullopt;
    const QRegularExpressionMatch v = mainVerb.match(QStringView(text).mid(close, std::min(kReach, s.end - close)));
    if (!v.hasMatch() || !verbAt(v.captured(2)))
        return std::nullopt;
    const QString aside = m.captured(2);
    static const QRegularExpression preposition(QStringLiteral("^(?:in|at|on|from|during)\\b"), kUnicode);
    if (!preposition.match(aside).hasMatch()) // what was done to the subject, then
        return SetOff{tidy(m.captured(1) + u' ' + withoutPreposition(aside), 12), opens + int(m.capturedStart(1)), timex.end, true};
    // (the clause runs from the subject, so that the aside's place is the event's)
    const int from = close + int(v.capturedStart(1));
    const int end = clauseStop(text, from, s.end);
    return SetOff{tidy(m.captured(1) + u' ' + text.mid(from, end - from), 12), opens + int(m.capturedStart(1)), end};
}

} // namespace

std::optional<EventProposer::TitleChoice> EventProposer::setOffTitle(const QString &text, const Timex &timex,
                                                                    const Sentence &s, int sentenceStart) const
{
    using Rule = std::optional<SetOff> (*)(const QString &, const Timex &, const Sentence &, int);
    static constexpr std::array<Rule, 8> rules = {afterRelativeClause, whenClause, aside,      sinceState, participleAside,
                                                  occasion,            frontedParticiple, commaAside};
    for (const Rule rule : rules)
        if (const std::optional<SetOff> found = rule(text, timex, s, sentenceStart)) {
            TitleChoice c;
            c.text = found->text;
            c.clauseStart = found->clauseStart;
            c.clauseEnd = found->clauseEnd;
            c.nounPhrase = found->nounPhrase;
            return c;
        }
    return std::nullopt;
}

} // namespace dateline::extract
