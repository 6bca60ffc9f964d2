// Proposal titles from a clause set off around the date rather than the one holding it: "the first
// summit since June 2021, when Joe Biden met Putin", "During his visit to the UK from 4-9 March, EAM
// will call on …". (Part of EventProposer::title, proposaltitle.cpp.)
#include "core/extract/eventproposer.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::extract {

using namespace clauses;

std::optional<EventProposer::TitleChoice> EventProposer::setOffTitle(const QString &text, const Timex &timex,
                                                                    const Sentence &s, int sentenceStart) const
{
    TitleChoice c;
    // "The minister, who arrived on Monday, will leave on Wednesday", "Talks that began on Monday ended
    // on Tuesday": after an earlier date inside a relative clause, the main clause's verb is the
    // subject's before the relative word
    static const QRegularExpression relative(
        QStringLiteral("^\\s*((?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}\\d.'\u2019-]+\\s+){0,4}?[\\p{L}.'\u2019-]+),?\\s+(?:that|which|who)\\s[^;:\"\u201C]*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression mainVerb(
        QStringLiteral("^[\\s,]*((?:will|would|is|are|was|were|has|have|had|can|could|may|must|should|did)\\s+[a-z]+|[a-z]+)\\b"), kUnicode);
    // (after a wire dateline: "BRUSSELS, March 12 - The minister, who …")
    if (const int opens = std::max(sentenceStart, s.datelineEnd); sentenceStart >= 0 && opens < s.start && s.start - opens <= 400) {
        const QRegularExpressionMatch r = relative.match(QStringView(text).mid(opens, s.start - opens));
        const QRegularExpressionMatch v = r.hasMatch() ? mainVerb.match(QStringView(text).mid(s.start, timex.start - s.start))
                                                       : QRegularExpressionMatch();
        if (v.hasMatch() && isFiniteVerb(v.captured(1).section(u' ', 0, 0)) && !isPersonalPronoun(r.captured(1).toLower())) {
            const int from = s.start + int(v.capturedStart(1));
            c.clauseStart = from;
            c.clauseEnd = timex.start;
            static const QRegularExpression preposition(QStringLiteral("\\s+(?:on|in|at|by|during|from)?\\s*$"), kUnicode);
            QString head = text.mid(from, timex.start - from).remove(preposition);
            // ("… ended on Tuesday without agreement": the clause goes on after the date)
            bool possessive = false;
            const int p = afterDate(text, timex.end, s.end, possessive);
            static const QRegularExpression goesOn(QStringLiteral("^(?!(?:and|or|but|as|than|while|because|after|before|when|that|which|who)\\b)[a-z]+"), kUnicode);
            if (const QRegularExpressionMatch g = goesOn.match(QStringView(text).mid(p, std::min(16, s.end - p)));
                !possessive && g.hasMatch() && !isFiniteVerb(g.captured())) {
                c.clauseEnd = clauseStop(text, p, s.end);
                head += u' ' + text.mid(p, c.clauseEnd - p);
            }
            c.text = tidy(r.captured(1) + u' ' + head, 12);
            return c;
        }
    }
    // "the first summit since June 2021, when Joe Biden met Putin in Geneva": the clause after
    // "when" tells what happened on that date
    static const QRegularExpression whenAfter(QStringLiteral("^,\\s+when\\s+"), kUnicode);
    if (const QRegularExpressionMatch w = whenAfter.match(QStringView(text).mid(timex.end, s.end - timex.end)); w.hasMatch()) {
        const int from = timex.end + int(w.capturedEnd());
        const int end = clauseStop(text, from, s.end);
        const QStringList words = text.mid(from, end - from).simplified().split(u' ');
        if (words.size() >= 3 && std::any_of(words.begin() + 1, words.end(), [](const QString &x) { return isFiniteVerb(x); })) {
            c.clauseStart = from;
            c.clauseEnd = end;
            c.text = tidy(text.mid(from, end - from), 12);
            return c;
        }
    }
    // "The talks — the first since 2022 — will resume on Monday", "The envoy — who arrived on Sunday —
    // met …", "The resolution (adopted on May 30 by 13 votes) demands …": an aside in dashes or brackets
    // after the subject; the date after it is the main verb's, a date inside it the aside's
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
        static const QRegularExpression preposition(QStringLiteral("\\s+(?:on|in|at|by|during|from|since)?\\s*$"), kUnicode);
        static const QRegularExpression closing(QStringLiteral("[\u2014\u2013)]|--"), kUnicode);
        // (a sentence's first few hundred characters: a page without full stops is one long sentence)
        const int opens = std::max(sentenceStart >= 0 ? sentenceStart : s.start, s.datelineEnd);
        const QStringView before = QStringView(text).mid(opens, std::clamp(timex.start - opens, 0, 400));
        QRegularExpressionMatch m = timex.start - opens <= 400 ? after.match(before) : QRegularExpressionMatch();
        const bool isInside = !m.hasMatch();
        if (isInside && timex.start - opens <= 400)
            m = inside.match(before);
        const QString verb = m.hasMatch() ? m.captured(2).section(u' ', 0, 0).toLower() : QString();
        static const QSet<QString> modals = {QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("can"),
                                             QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("must"),
                                             QStringLiteral("should")};
        if (m.hasMatch() && (isFiniteVerb(verb) || modals.contains(verb) || (verb.size() > 4 && verb.endsWith(u's')))
            && !isPersonalPronoun(m.captured(1).toLower())) {
            c.clauseStart = opens + int(m.capturedStart(2));
            c.clauseEnd = timex.start;
            QString head = m.captured(2).remove(preposition);
            // what follows the date in its clause: "… by 13 votes)", "… without agreement."
            bool possessive = false;
            const int p = afterDate(text, timex.end, s.end, possessive);
            int end = clauseStop(text, p, s.end);
            static const QRegularExpression conjunction(QStringLiteral("(?:^|\\s)(?:and|or|but)\\s"), kUnicode);
            if (const QRegularExpressionMatch j = conjunction.match(QStringView(text).mid(p, end - p)); j.hasMatch())
                end = p + int(j.capturedStart());
            if (isInside)
                if (const QRegularExpressionMatch close = closing.match(QStringView(text).mid(p, end - p)); close.hasMatch())
                    end = p + int(close.capturedStart());
            if (!possessive && p < end && text.at(p).isLower() && !isFiniteVerb(text.mid(p, end - p).section(u' ', 0, 0))) {
                head += u' ' + text.mid(p, end - p);
                c.clauseEnd = end;
            }
            c.text = tidy(m.captured(1) + u' ' + head, 12);
            return c;
        }
    }
    // "The blockade, in place since June 2017, ended on Tuesday": a state since a date, set off after
    // the subject, began then; the main verb is another day's
    static const QRegularExpression sinceAside(
        QStringLiteral("^\\s*((?:the|a|an|its|their)\\s+(?:[\\w'\u2019-]+\\s+){0,3}?[\\w'\u2019-]+),\\s+((?:[a-z][\\w-]*\\s+){0,4}?)since\\s+$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    if (const QRegularExpressionMatch m = sinceAside.match(QStringView(text).mid(s.start, timex.start - s.start));
        m.hasMatch() && timex.end < s.end && text.at(timex.end) == u',') {
        c.clauseStart = s.start + int(m.capturedStart());
        c.clauseEnd = timex.end;
        c.nounPhrase = true;
        c.text = tidy(m.captured(1) + u' ' + m.captured(2), 12);
        return c;
    }
    // "During his visit to the UK from 04-09 March, EAM will call on …", "At the summit in Bali on Nov.
    // 14, Xi met Biden": the occasion and its date set off before the main clause, which is the event
    static const QRegularExpression occasion(
        QStringLiteral("^\\s*(?:during|at|on\\s+the\\s+(?:sidelines|margins)\\s+of|in\\s+the\\s+course\\s+of|while\\s+in)\\s+[^,;:\"\u201C]{3,80}$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression commaAfter(QStringLiteral("^,\\s+"), kUnicode);
    if (const QRegularExpressionMatch a = commaAfter.match(QStringView(text).mid(timex.end, s.end - timex.end));
        a.hasMatch() && occasion.match(QStringView(text).mid(s.start, timex.start - s.start)).hasMatch()) {
        const int from = timex.end + int(a.capturedEnd());
        const int end = clauseStop(text, from, s.end);
        const QStringList words = text.mid(from, end - from).simplified().split(u' ');
        static const QRegularExpression opener(QStringLiteral("^(?:\\p{Lu}|(?:the|a|an|he|she|they|we|both|its|his|her|their)$)"), kUnicode);
        if (words.size() >= 3 && opener.match(words.first()).hasMatch() && !isFiniteVerb(words.first())
            && std::any_of(words.begin() + 1, words.begin() + std::min<qsizetype>(words.size(), 6),
                           [](const QString &x) { return isFiniteVerb(x); })) {
            c.clauseStart = from;
            c.clauseEnd = end;
            c.text = tidy(text.mid(from, end - from), 12);
            return c;
        }
    }
    return std::nullopt;
}

} // namespace dateline::extract
