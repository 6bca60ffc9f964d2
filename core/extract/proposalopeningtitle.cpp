// Proposal titles for a date that opens its sentence or a chronology's entry: "On Friday, the
// ministers met in Geneva.", "15 July 1974 — A coup …", "April 2008: The crossing opens." (Part of
// EventProposer::title, proposaltitle.cpp.)
#include "core/extract/eventproposer.h"
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"
#include "core/extract/titledraft.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dateline::extract {

using namespace clauses;

namespace {

// "in", "at", "on" or "during" opening the words before the date
const QRegularExpression &inserted()
{
    static const QRegularExpression inserted(QStringLiteral("^\\s*(?:in|at|on|during)\\s"), kUnicode);
    return inserted;
}

} // namespace

bool EventProposer::TitleDraft::openingDateTitle()
{
    // The date opens the sentence: "On Friday, the ministers met in Geneva."; a chronology's
    // entry: "15 July 1974 — A coup …", "April 2008: The crossing opens."
    // (not a dateline's: "NEW YORK, 30 April 2025 — The Council this morning extended …", "SEOUL,
    // May 7 (Yonhap) -- South Korea and Japan agreed …": the clause starts after its agency and dash)
    from = timex.end <= s.datelineEnd ? s.datelineEnd : timex.end;
    from = clauseAfterDate(text, s.start, s.end, timex.start, from, entry);
    c.clauseEnd = clauseStop(text, from, s.end);
    if (entryLabelTitle())
        return true;
    readOpeningAsides();
    if (!setOffSubject.isEmpty() && startsWithVerb(text, from, s.end)) {
        c.text = tidy(setOffSubject + u' ' + text.mid(from, c.clauseEnd - from), 12);
        return true;
    }
    if (saidAfterDateTitle() || relativeAfterSubjectTitle() || insertedDateTitle() || dateAfterClauseTitle()
        || statedAfterClauseTitle())
        return true;
    takeSpeakerOfClause();
    return false;
}

bool EventProposer::TitleDraft::entryLabelTitle()
{
    // "Jan. 16, 2016 — Implementation Day: the IAEA confirms …": an entry's label, then what happened
    if (entry && c.clauseEnd < s.end && text.at(c.clauseEnd) == u':') {
        const QString label = text.mid(from, c.clauseEnd - from).simplified();
        int next = c.clauseEnd + 1;
        while (next < s.end && text.at(next) == u' ')
            ++next;
        const int end = clauseStop(text, next, s.end);
        if (!label.isEmpty() && label.at(0).isUpper() && label.count(u' ') <= 3
            && text.mid(next, end - next).simplified().count(u' ') >= 2) {
            c.clauseEnd = end;
            c.text = tidy(label + QStringLiteral(": ") + text.mid(next, end - next), 12);
            return true;
        }
    }
    return false;
}

void EventProposer::TitleDraft::readOpeningAsides()
{
    // "On 24 February 2025, on the third anniversary of the invasion, the Council adopted …", "In
    // February 2022, three days before the invasion, Putin recognised …": a phrase set off after
    // the date says more about the date; the clause after it is the event.
    static const QRegularExpression aside(QStringLiteral(
        "^(?:(?:on|in|at|during|amid|after|before|as|with|ahead\\s+of|shortly|just|only|commencing|starting|beginning)\\s|"
        // ("On Thursday, the last day of his three-day state visit, Macron met …": what the day was)
        "the\\s+(?:(?:first|second|third|fourth|fifth|last|final|opening|closing|\\w+th)\\s+)?(?:day|anniversary|eve)\\s+of\\s|"
        "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:hours?|days?|weeks?|months?|years?)\\s+"
        "(?:after|before|later|earlier)\\b)"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    // (only a date that opens its sentence: "closed yesterday at $26.875, down 75 cents" is one clause;
    // with the time of day before it: "In the early hours of Monday,", "At dawn on Friday,")
    // ("Between 2019 and 2021,", "From late 2022 until": a span's second year)
    static const QRegularExpression opening(QStringLiteral(
        "^\\s*(?:(?:between|from)\\s+(?:(?:early|mid-?|late)\\s*)?\\d{4}\\s+(?:and|to|through|until|till|-|\u2013)\\s+)?"
        "(?:(?:on|in|at|by|during|early|late|earlier|later|last|this|next|the|of|before|after|around|(?:early|small|wee)\\s+hours|"
        "morning|afternoon|evening|night|eve|dawn|dusk|daybreak|nightfall|midnight|noon)\\s+)*$"),
                                            QRegularExpression::CaseInsensitiveOption | kUnicode);
    opens = opening.match(QStringView(text).mid(s.start, timex.start - s.start)).hasMatch();
    // (the clause after a date that opens the sentence holds its status words: "By the end of the
    // week, leaders will decide")
    if (opens)
        c.clauseStart = std::max(c.clauseStart, timex.end);
    // ("On 10 April 1998, after a final session that ran through the night, the parties agreed …":
    // an aside with a relative clause of its own runs to its comma)
    if (opens && c.clauseEnd < s.end && text.at(c.clauseEnd) != u',' && aside.match(text.mid(from, c.clauseEnd - from)).hasMatch()) {
        const qsizetype comma = text.indexOf(u',', c.clauseEnd);
        static const QRegularExpression strongStop(QStringLiteral("[;:\"\u201C\u201D()\u2014]"), kUnicode);
        if (comma > 0 && comma < s.end && comma - c.clauseEnd < 100
            && !strongStop.match(QStringView(text).mid(c.clauseEnd, comma - c.clauseEnd)).hasMatch())
            c.clauseEnd = int(comma);
    }
    for (int n = 0, asides = 0; opens && n < 5 && c.clauseEnd < s.end && text.at(c.clauseEnd) == u','; ++n) {
        // and what names the aside's place again: "In July last year in Phnom Penh, Cambodia's capital, …"
        const QString chunk = text.mid(from, c.clauseEnd - from);
        if (aside.match(chunk).hasMatch())
            ++asides;
        // (a name is not replaced by its office: "…, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, held")
        else if (asides > 0 && (setOffSubject.isEmpty() || !isPersonName(setOffSubject)) && isNounPhrase(chunk, 4))
            setOffSubject = chunk;
        // (past a name's office after it: "On July 8, commencing at 2:10 p.m., Ms. KAMIKAWA Yoko, Minister
        // for Foreign Affairs of Japan, held …", and past a relative clause on the subject: "…, who is
        // visiting New York, held …")
        else if (const bool relative = chunk.startsWith(QLatin1String("who ")) || chunk.startsWith(QLatin1String("which "));
                 setOffSubject.isEmpty() || (!relative && (!chunk.at(0).isUpper() || !isNounPhrase(chunk, 8))))
            break;
        from = c.clauseEnd + 1;
        while (from < s.end && text.at(from) == u' ')
            ++from;
        c.clauseEnd = clauseStop(text, from, s.end);
    }
}

bool EventProposer::TitleDraft::saidAfterDateTitle()
{
    // "Earlier today, the Israeli prime minister's office said a delegation would return …": what
    // the subject after the date said
    static const QRegularExpression saidAfter(QStringLiteral("^\\s(said|says)\\s+(?:that\\s+)?"), kUnicode);
    if (const QRegularExpressionMatch m = opens && setOffSubject.isEmpty() && c.clauseEnd < s.end
            ? saidAfter.match(QStringView(text).mid(c.clauseEnd, s.end - c.clauseEnd)) : QRegularExpressionMatch();
        m.hasMatch()) {
        const QString who = tidy(text.mid(from, c.clauseEnd - from), 8);
        const int rest = c.clauseEnd + int(m.capturedEnd());
        const int end = clauseStop(text, rest, s.end);
        if (!who.isEmpty() && text.mid(rest, end - rest).simplified().count(u' ') >= 2
            && (isBareSubject(who) || isDescribedName(who) || isPossessiveBody(who)
                // ("16:40 GMT – Israeli army says …": a capitalised noun phrase too)
                || ((opensNounPhrase(who.section(u' ', 0, 0).toLower()) || who.at(0).isUpper()) && isNounPhrase(who, 6)))) {
            c.clauseEnd = end;
            c.statement = true;
            c.text = tidy(who + u' ' + m.captured(1) + u' ' + text.mid(rest, end - rest), 12);
            return true;
        }
    }
    return false;
}

bool EventProposer::TitleDraft::relativeAfterSubjectTitle()
{
    // "On Monday, Tufan Erhürman, who favours a federal solution, won …": a relative clause set
    // off after the subject; the verb after it is the subject's
    // ("1 August: The first ship, the Razoni, leaves Odesa": a name set off the same way; "On July 8,
    // Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held …": an office; "May 3 - A fourth
    // round, planned in Rome, is postponed": a participle's phrase)
    static const QRegularExpression relativeAfter(
        QStringLiteral("^,\\s+(?:(?:who|which|(?:originally\\s+|initially\\s+|first\\s+)?(?:planned|scheduled|set|slated|due|"
                       "expected|held|hosted|convened|brokered|mediated|chaired|agreed|signed|adopted|approved|reached))\\s[^,;]{3,120}|"
                       "(?:the\\s+)?\\p{Lu}[\\p{L}.'\u2019-]*"
                       "(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*|of|for|and|bin|bint|ibn|al|el|de|da|van|von|der)){0,6}),\\s*"),
        kUnicode);
    const QRegularExpressionMatch r = setOffSubject.isEmpty() && c.clauseEnd < s.end
        ? relativeAfter.match(QStringView(text).mid(c.clauseEnd, s.end - c.clauseEnd))
        : QRegularExpressionMatch();
    if (r.hasMatch()) {
        const int verbAt = c.clauseEnd + int(r.capturedEnd());
        const QString head = tidy(text.mid(from, c.clauseEnd - from), 8);
        // ("In March its foreign minister, Prince Faisal bin Farhan, visited Beijing": the name for its office)
        const QString setOff = text.mid(c.clauseEnd + 1, verbAt - c.clauseEnd - 1).trimmed().chopped(1).trimmed();
        const bool renamed = opensNounPhrase(head.section(u' ', 0, 0)) && isPersonName(withoutHonorifics(setOff));
        if (startsWithVerb(text, verbAt, s.end)
            && (isBareSubject(head) || isDescribedName(head) || (isNounPhrase(head, 6) && !looksLikeFurniture(head)))) {
            c.clauseEnd = clauseStop(text, verbAt, s.end);
            c.text = tidy((renamed ? withoutHonorifics(setOff) : head) + u' ' + text.mid(verbAt, c.clauseEnd - verbAt), 12);
            return true;
        }
    }
    return false;
}

bool EventProposer::TitleDraft::insertedDateTitle()
{
    // "Its last summit, in Paris in December 2019, produced a prisoner exchange": the date is in a
    // phrase set off between a subject and its verb; the event is that subject's.
    if (lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0 && timex.end < s.end
        && text.at(timex.end) == u',' && inserted().match(head).hasMatch() && startsWithVerb(text, from, s.end)) {
        const QString subject = tidy(text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart), 8);
        if (isBareSubject(subject) || (isNounPhrase(subject, 6) && !looksLikeFurniture(subject))) {
            c.text = tidy(subject + u' ' + text.mid(from, c.clauseEnd - from), 12);
            return true;
        }
    }
    return false;
}

bool EventProposer::TitleDraft::dateAfterClauseTitle()
{
    // "Sadat was assassinated in Cairo, on 6 October 1981, by members of …": a date set off after a
    // whole clause, which is the event (with the agent of its passive after the date)
    if (!opens && lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0 && timex.end < s.end
        && text.at(timex.end) == u',' && inserted().match(head).hasMatch() && !startsWithVerb(text, from, s.end)) {
        // (without a count of years that the date names exactly: "… in Cairo three years later, on 6 October 1981,")
        static const QRegularExpression counted(QStringLiteral("\\s+(?:\\S+\\s+)?(?:days?|weeks?|months?|years?)\\s+(?:later|earlier)\\s*$"),
                                                kUnicode);
        const QString clause = tidy(text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart).remove(counted), 12);
        const QStringList words = clause.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 3 && words.first().at(0).isUpper()
            && std::any_of(words.begin() + 1, words.end(), [](const QString &w) { return isFiniteVerb(w); })) {
            const bool agent = text.mid(from, 3) == u"by ";
            c.clauseStart = previousStart;
            c.text = tidy(clause + (agent ? u' ' + text.mid(from, c.clauseEnd - from) : QString()), 12);
            if (!agent)
                c.clauseEnd = s.start + int(lastBoundary.capturedStart());
            return true;
        }
    }
    return false;
}

bool EventProposer::TitleDraft::statedAfterClauseTitle()
{
    // "On Monday, the ministry announced that the embassy will reopen": what was stated, as after
    // "denied on Thursday that" (statedAfterVerbTitle)
    if (const QString clause = text.mid(from, c.clauseEnd - from).trimmed(); clause.contains(u' ')) {
        int end = 0;
        if (const QString what = statedAfter(clause, text, c.clauseEnd, s.end, end); !what.isEmpty()) {
            c.clauseEnd = end;
            c.text = tidy(clause + u' ' + what, 12);
            return true;
        }
    }
    return false;
}

void EventProposer::TitleDraft::takeSpeakerOfClause()
{
    t = tidy(text.mid(from, c.clauseEnd - from).remove(dateModifier(false)), 12); // "… at the earliest"
    // ("The president said on Monday he will travel to Paris": the date is the saying's)
    static const QSet<QString> saying = {QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("announced"),
                                         QStringLiteral("added"), QStringLiteral("told"), QStringLiteral("stated")};
    c.statementDate = saying.contains(lastBoundary.captured(1));
    // "The Kremlin said on Monday it would not take part …": what was said that day is the
    // event, with who said it.
    if (const QString name = lastBoundary.captured(1) == u"that" ? QString() : speakerBefore(text, s.start, lastBoundary);
        !name.isEmpty() && t.contains(u' ')) {
        // tidy() capitalised the clause's first letter; "said france would …" must not follow
        const qsizetype first = QStringView(text).mid(from, c.clauseEnd - from).indexOf(t.mid(1)) - 1 + from;
        const QChar original = first >= from ? text.at(first) : t.at(0).toLower();
        t = tidy(name + u' ' + lastBoundary.captured(1) + u' ' + original + t.mid(1), 12);
        c.clauseStart = s.start + int(lastBoundary.capturedStart(1));
        c.statement = true;
    } else if (isBareSubject(t)) {
        // "On Tuesday, the U.S. State Department said the talks had failed": the clause stopped
        // at the reporting verb after its subject; the statement is the event.
        static const QRegularExpression reporting(QStringLiteral("^\\s(said|says|announced|added)\\s"), kUnicode);
        if (const QRegularExpressionMatch verb = reporting.match(QStringView(text).mid(c.clauseEnd, 12));
            verb.hasMatch()) {
            const int said = c.clauseEnd + int(verb.capturedStart(1));
            const int stop = clauseStop(text, said + int(verb.capturedLength(1)), s.end);
            t = tidy(t + u' ' + text.mid(said, stop - said), 12);
            c.clauseEnd = stop;
            c.statement = true;
        }
    }
}

} // namespace dateline::extract
