// Proposal titles: which words of the sentence name the event a date belongs to.
#include "core/extract/proposaltitle.h"

#include "core/extract/eventproposer.h"
#include "core/extract/titleclauses.h"
#include "core/extract/titledraft.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dateline::extract {

using namespace clauses;

namespace {

// (not one inside the subject, the main verb after it: "Talks to revive the accord in Vienna ran from
// April 2021")
bool infinitiveInSubject(const QString &head, const QRegularExpressionMatch &last)
{
    const QStringList before = head.left(last.capturedStart()).simplified().split(u' ', Qt::SkipEmptyParts);
    const QStringList after = head.mid(last.capturedEnd()).simplified().split(u' ', Qt::SkipEmptyParts);
    return !before.isEmpty() && before.size() <= 3 && std::none_of(before.begin(), before.end(), [](const QString &w) { return isFiniteVerb(w); })
        && std::any_of(after.begin(), after.end(), [](const QString &w) { return isFiniteVerb(w); });
}

// (after its determiner a word in -ing is a noun: "his meeting with Trump at the White House")
// ("and" may join its nouns: "its drone and missile attack")
bool nounPhraseAfter(const QString &head, const QRegularExpressionMatch &m, bool joined)
{
    if (!m.hasMatch())
        return false;
    const QStringList words = tidy(head.mid(m.capturedEnd()), 12).split(u' ', Qt::SkipEmptyParts);
    return words.size() <= 10 && std::none_of(words.begin(), words.end(), [joined](const QString &w) {
               return isFiniteVerb(w)
                   || !(isNounPhrase(w.endsWith(QLatin1String("ing")) ? w.chopped(3) : w, 1) || (joined && w == u"and"));
           });
}

// ("which South Africa will host in Johannesburg on …": the verb's place after it)
// (a verb after a modal too: "which the Senate will pass")
bool verbAt(const QStringList &words, qsizetype k)
{
    static const QSet<QString> modal = {QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("can"),
                                        QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("might"),
                                        QStringLiteral("must"), QStringLiteral("shall"), QStringLiteral("should")};
    return k >= 0 && k < words.size() && (isFiniteVerb(words.at(k)) || (k > 0 && modal.contains(words.at(k - 1))));
}

} // namespace

EventProposer::TitleChoice EventProposer::title(const QString &text, const Timex &timex, const Sentence &s, int after,
                                                int sentenceStart) const
{
    if (std::optional<TitleChoice> noun = nounTitle(text, timex, s))
        return *noun;
    if (std::optional<TitleChoice> setOff = setOffTitle(text, timex, s, sentenceStart))
        return *setOff;
    TitleDraft d(text, timex, s, after, sentenceStart);
    d.findClauseStart();
    d.startAtAnnouncedParticiple();
    d.openClause();
    if (d.startingDateTitle())
        return d.c;
    // "talks to begin no later than mid-September": the words that bound the date are not the event's
    d.head.remove(dateModifier(true));
    if (std::optional<TitleChoice> stated = statementTitle(text, s, d.p, d.head, d.lastBoundary, d.start, d.previousStart))
        return *stated;
    d.takeInfinitive();
    d.takeDeedOrDoing();
    d.readInstance();
    d.takeReducedRelative();
    d.takeApposition();
    d.takeNounParticiple();
    d.takeNounAheadOrAfter();
    d.dropCoordination();
    if (d.elidedVerbTitle())
        return d.c;
    d.takeLastTime();
    d.t = tidy(d.head, 12);
    d.takeSubjectOfRelative();
    if (d.subjectRelativeTitle())
        return d.c;
    d.takeSpeaker();
    if (d.datedTitle() || d.subjectBeforeDateTitle() || d.verbGoesOnTitle() || d.statedAfterVerbTitle()
        || d.conjunctSubjectTitle())
        return d.c;
    if (d.t.split(u' ', Qt::SkipEmptyParts).size() < 2 && d.openingDateTitle())
        return d.c;
    d.c.text = d.t;
    return d.c;
}

EventProposer::TitleDraft::TitleDraft(const QString &text, const Timex &timex, const Sentence &s, int after, int sentenceStart)
    : text(text), timex(timex), s(s), after(after), sentenceStart(sentenceStart), before(text.mid(s.start, timex.start - s.start)),
      start(s.start), previousStart(s.start)
{
    bool possessive = false;
    p = afterDate(text, timex.end, s.end, possessive);
}

void EventProposer::TitleDraft::findClauseStart()
{
    // The clause before the date, after the last comma or reporting verb: "… said he had accepted an
    // invitation … to discuss bilateral issues at Sochi on April 6".
    // Clause boundaries; "4,000", "10:05" and a dateline's "MOSCOW (Reuters) -" count as none, none
    // and one; "announced the scheme" is the event, not a report of one.
    // (the lookahead first names the characters a boundary can start with, so that the other positions
    // are passed over at once: the pattern runs over every sentence up to each date)
    static const QRegularExpression boundary(QStringLiteral(
        "(?=[\\s,:;\"\u201C\u201D\u2014)tsa])(?:[,:](?!\\d)|[;\"\u201C\u201D\u2014)]|\\s(?:-\\s|"
        // ("exchanged views on the South China Sea and agreed to hold the next meeting in Manila early
        // next year": the subject's second verb, a commitment)
        "(?=and\\s+(?:agreed|decided|pledged|promised|vowed|resolved|undertook|committed|planned)\\s+to\\s))|"
        // ("Eide told reporters the delegations would sit down on Tuesday": what was told, a subject and
        // its finite verb after the listener, is the event, not the telling)
        "\\b(?=[tsa])(?:told\\s+(?:the\\s+)?[\\w-]+\\s+(?=(?:the|a|an|his|her|its|their|he|she|it|they|we)\\s+(?:[\\w-]+\\s+){0,3}?"
        "(?:would|will|had|has|have|was|were|is|are|could|might|must|should|may|can)\\s)|"
        // ("It will be Lee's first trip to Japan since he took office in June": a clause of its own
        // after "since" and its subject)
        "\\bsince\\s+(?=(?:he|she|they|we|i)\\s+(?:last\\s+|first\\s+)?[a-z]+\\s)|"
        // ("Iran is said to have enriched …": a report's passive, no reporting clause)
        "((?<!\\bis\\s|\\bare\\s|\\bwas\\s|\\bwere\\s|\\bbeen\\s)"
        "(?:said|says|announced(?!\\s(?:the|a|an|its|their|his|her|plans?|new)\\s))|added|that)\\b))"), kUnicode);
    // "He is due to meet the Ukrainian foreign minister, Andrii Sybiha, this morning": a name in
    // commas right before the date belongs to the clause before it
    static const QRegularExpression appositionBeforeDate(
        QStringLiteral(",\\s*\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3}\\s*,\\s*(?:on\\s+)?$"), kUnicode);
    // (each pattern only when its mark is there: a comma, a quotation mark)
    const QRegularExpressionMatch nameBeforeDate = before.contains(u',') ? appositionBeforeDate.match(before) : QRegularExpressionMatch();
    // ("will trigger the “snapback” mechanism by the end of August": a word or three in quotation
    // marks within the clause)
    static const QRegularExpression scareQuote(QStringLiteral("[\"\u201C][\\w'\u2019+-]+(?:\\s[\\w'\u2019+-]+){0,2}[\"\u201D]"), kUnicode);
    std::vector<std::pair<qsizetype, qsizetype>> scare;
    for (auto it = before.contains(u'"') || before.contains(u'\u201C') ? scareQuote.globalMatch(before) : QRegularExpressionMatchIterator();
         it.hasNext();) {
        const QRegularExpressionMatch q = it.next();
        scare.emplace_back(q.capturedStart(), q.capturedEnd());
    }
    for (auto it = boundary.globalMatch(nameBeforeDate.hasMatch() ? before.left(nameBeforeDate.capturedStart()) : before); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured() == u"," && joinsNames(text, s.start + int(m.capturedStart()), start))
            continue;
        if (std::any_of(scare.begin(), scare.end(), [&](const auto &q) { return m.capturedStart() >= q.first && m.capturedStart() < q.second; }))
            continue;
        // "Tehran rejected that offer on March 30": a demonstrative, not a clause's "that" (a noun or
        // two and the date follow it)
        static const QRegularExpression demonstrative(
            QStringLiteral("^\\s+(?!(?:he|she|it|they|we|i|you|your|my|our|his|her|its|their|the|a|an|this|there|is|was|"
                           "will|would)\\b)([a-z][\\w-]*)(?:\\s+[a-z][\\w-]*)?\\s+(?:on|in|at|last|this|next)?\\s*$"), kUnicode);
        if (m.captured(1) == u"that") {
            // (not a relative clause's verb: "a strike that began last spring")
            const QRegularExpressionMatch d = demonstrative.match(QStringView(before).mid(m.capturedEnd()));
            if (d.hasMatch() && !isFiniteVerb(d.captured(1)))
                continue;
        }
        // "called for elections to be held “no later than the end of next year,” Ruto said": a
        // quotation that holds only the date (and the words that bound it) is within the clause
        if (timeQuotation(m)) {
            quotedTime = s.start + int(m.capturedStart());
            continue;
        }
        // "the Mission in South Sudan (UNMISS) until …": a parenthesis within the clause that the
        // clause goes on after (not a dateline's "BEIJING (Xinhua) -- The")
        if (m.captured() == u")" && before.lastIndexOf(u'(', m.capturedStart()) >= start - s.start) {
            // (a comma is a boundary itself; the date may follow at once: "to Beijing (Peking) next month")
            static const QRegularExpression goesOn(QStringLiteral("^\\s*(?:[a-z,]|$)"), kUnicode);
            if (goesOn.match(QStringView(before).mid(m.capturedEnd())).hasMatch())
                continue;
        }
        lastBoundary = m;
        previousStart = start;
        start = s.start + int(lastBoundary.capturedEnd());
    }
}

bool EventProposer::TitleDraft::timeQuotation(const QRegularExpressionMatch &m) const
{
    const QChar open = m.captured().at(0);
    if ((open != u'"' && open != QChar(0x201C)) || m.capturedStart() == 0 || !before.at(m.capturedStart() - 1).isSpace())
        return false;
    // (only the bounding words between the mark and the date, and the closing mark after the date,
    // its punctuation inside or out)
    static const QRegularExpression bound(QStringLiteral(
        "^(?:(?:no|not)\\s+(?:later|earlier|sooner)\\s+than|as\\s+(?:early|late|soon)\\s+as|by|before|after|until|in|on|"
        "within|from|at|early|late|around)?\\s*(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+)?$"), kUnicode);
    static const QRegularExpression closes(QStringLiteral("^[.,;]?[\"\u201D]"), kUnicode);
    return bound.match(QStringView(before).mid(m.capturedEnd())).hasMatch()
        && closes.match(QStringView(text).mid(timex.end, std::min(2, s.end - timex.end))).hasMatch();
}

void EventProposer::TitleDraft::startAtAnnouncedParticiple()
{
    // "a compensation plan announced on Monday would …", "the decision was announced Wednesday":
    // a participle after a noun, not a reporting verb (that ends its sentence: "…, the airline
    // announced Friday.")
    // ("builds on measures announced last October": a noun without its article after a preposition)
    static const QRegularExpression participle(QStringLiteral(
        "(?:\\b(?:a|an|the|its|their|his|her)\\s+(?:[\\w’'-]+\\s+){0,3}|"
        "(?<=\\bon\\s|\\bof\\s|\\bwith\\s|\\bto\\s|\\bfor\\s|\\bby\\s|\\bunder\\s)(?:[\\w’'-]+\\s+){1,2})"
        "announced\\s+(?:on|in|at)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression passive(QStringLiteral("\\s(?:was|were|been|being)\\s+announced\\b"), kUnicode);
    if (lastBoundary.captured(1) == u"announced") {
        // (a phrase of circumstance is no verb: "…, the leaders announced on Thursday at the end of …")
        static const QRegularExpression circumstance(QStringLiteral("^(?:at|during|after|following|amid|ahead)\\b"), kUnicode);
        const bool verbFollows = p < s.end && text.at(p).isLower()
            && !circumstance.match(QStringView(text).mid(p, std::min(12, s.end - p))).hasMatch();
        if (const QRegularExpressionMatch m = participle.match(before);
            m.hasMatch() && (verbFollows || m.captured().contains(passive)))
            start = s.start + int(m.capturedStart());
    }
}

void EventProposer::TitleDraft::openClause()
{
    start = std::max(start, after);
    c.clauseStart = start;
    c.clauseEnd = clauseStop(text, timex.end, s.end);
    head = text.mid(start, timex.start - start);
    if (quotedTime >= start)
        head.remove(quotedTime - start, 1);
    // the subject before the comma that opens the clause: "The alliance's secretary-general, Jens
    // Stoltenberg, will hand over …", "Emmanuel Macron, Olaf Scholz, and Giorgia Meloni met …"
    if (lastBoundary.captured() == u"," && start == s.start + int(lastBoundary.capturedEnd())
        && takeSubjectBeforeComma(text, s.start, std::max(s.start, s.datelineEnd), s.start + int(lastBoundary.capturedStart()),
                                  previousStart, after, head, start))
        c.clauseStart = start;
}

bool EventProposer::TitleDraft::startingDateTitle()
{
    // "US tariffs … will be reduced to 30% for 90 days, starting on 14 May, Bessent said": a date set
    // off after the clause it starts, which is the event (not the reporting clause after it)
    static const QRegularExpression starting(QStringLiteral("^\\s*(?:starting|beginning|effective)\\s+(?:on\\s+|from\\s+)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (lastBoundary.captured() == u"," && start == s.start + int(lastBoundary.capturedEnd()) && starting.match(head).hasMatch()
        && previousStart >= std::max(s.start, after)) {
        const QString clause = text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart).trimmed();
        if (clause.count(u' ') >= 3 && clause.at(0).isUpper()) {
            c.clauseStart = previousStart;
            c.clauseEnd = s.start + int(lastBoundary.capturedStart());
            c.text = tidy(clause, 12);
            return true;
        }
    }
    return false;
}

void EventProposer::TitleDraft::takeInfinitive()
{
    // An infinitive names the event better than the verb that governs it: "accepted an invitation … to discuss".
    // Not after a verb whose outcome is the event: "failed to agree", "voted to expel", "agreed to resume".
    static const QRegularExpression infinitive(
        // (nor after a request that was turned down or granted: "rejected Israel's request to throw out the case")
        // (the lookbehind after the first space: opening the pattern, it would be tried at every position)
        QStringLiteral("\\s(?<!\\bfailed\\s|\\brefused\\s|\\bdeclined\\s|\\bagreed\\s|\\bvoted\\s|\\bdecided\\s|\\bmanaged\\s"
                       "|\\bthreatened\\s|\\brequest\\s|\\brequests\\s|\\bbid\\s|\\battempt\\s|\\bmotion\\s|\\bplea\\s)"
                       // "return to the site", "talked to both leaders" are no infinitives
                       "\\s*to\\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|both|all|each|every|"
                       "some|any|many|several|most|no|one|two|three|four|five|six|seven|eight|nine|ten)\\b)([a-z]+)\\b"), kUnicode);
    if (head.contains(QLatin1String("to"))) // (a cheap test first: this runs for every date)
        for (auto it = infinitive.globalMatch(head); it.hasNext();)
            last = it.next();
    // "Talks on extending the ceasefire, due to resume in Cairo on Saturday, were postponed", "The
    // meeting, set to begin at 1700 GMT, will …": an aside's plan is the noun's before the comma
    QString asideNoun;
    static const QRegularExpression asidePlan(
        QStringLiteral("^\\s*(?:(?:who|which)\\s+(?:is|are)\\s+)?(?:due|set|scheduled|expected|slated|planned|poised)\\s*$"),
        kUnicode); // (", who is due to meet Trump in Washington on Tuesday,": the same)
    if (last.hasMatch() && lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0
        && start == s.start + int(lastBoundary.capturedEnd()) && asidePlan.match(head.left(last.capturedStart())).hasMatch()) {
        const QString noun = tidy(text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart), 10);
        const QStringList words = noun.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 1 && words.size() <= 8 && words.first().at(0).isUpper()
            && std::none_of(words.begin(), words.end(), [](const QString &w) { return isFiniteVerb(w); }))
            asideNoun = noun;
    }
    // (three words of the infinitive's own, "to conclude it before" has two, unless the aside names its noun)
    if (last.hasMatch() && (!asideNoun.isEmpty() || tidy(head.mid(last.capturedStart(1)), 12).split(u' ', Qt::SkipEmptyParts).size() >= 3)
        && (!asideNoun.isEmpty() || !infinitiveInSubject(head, last))) {
        // "Modi will leave this weekend and is expected to return to Delhi on Thursday": the sentence's
        // subject is the infinitive's (the clause starts after the sentence's previous date)
        static const QRegularExpression conjoined(QStringLiteral(
            "^\\s*(?:and|but)\\s+(?:(?:is|are|was|were)\\s+)?(?:expected|due|set|scheduled|slated|likely|poised|"
            "going|about|planning|plans|intends|hopes|wants)\\s*$"), kUnicode);
        QString subject = asideNoun;
        if (conjoined.match(head.left(last.capturedStart())).hasMatch() && sentenceStart >= 0 && sentenceStart < s.start)
            subject = sentenceSubject(text, sentenceStart, s.end);
        head = subject.isEmpty() ? withInfinitiveSubject(head.left(last.capturedStart()), head.mid(last.capturedStart(1)))
                                 : subject + QStringLiteral(" to ") + head.mid(last.capturedStart(1));
    }
}

void EventProposer::TitleDraft::takeDeedOrDoing()
{
    if (const QString deed = deedThankedFor(head); !deed.isEmpty() && !last.hasMatch())
        head = deed;
    if (const QString doing = gerundSince(head); !doing.isEmpty() && !last.hasMatch()) {
        // (after a wire dateline that opens the sentence)
        const QString subject = sentenceSubject(text, std::max(sentenceStart >= 0 ? sentenceStart : s.start, s.datelineEnd), s.end);
        head = (subject.isEmpty() ? QString() : subject + u' ') + doing;
    }
}

void EventProposer::TitleDraft::readInstance()
{
    // "adopted 14 packages, most recently in June", "met in May and again in June": the clause before
    // names the event the date is another instance of.
    static const QRegularExpression instance(
        QStringLiteral("^\\s*(?:and\\s+)?(?:most\\s+recently|(?:once\\s+)?again|the\\s+last\\s+time|last)"
                       "\\s+(?:in|on|at|over|during|within|by)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    // "held talks on 22 and 24 April", "on 3, 10 and 17 March", "in May or in June": the same event
    // on another day of a list (the clause starts after the list's previous date)
    static const QRegularExpression listed(QStringLiteral("^\\s*(?:,\\s*)?(?:and|or|,)\\s+(?:(?:in|on|at)\\s+)?$"), kUnicode);
    // (not before a clause of its own: "met Xi in July, and in May he marked his 100th birthday")
    static const QRegularExpression ownClause(QStringLiteral("^\\s*,?\\s*(?:he|she|they|we|it|i)\\s+([a-z]+)"),
                                              QRegularExpression::CaseInsensitiveOption | kUnicode);
    const QRegularExpressionMatch own = ownClause.match(QStringView(text).mid(timex.end, std::min(40, s.end - timex.end)));
    const bool clauseAfter = own.hasMatch() && isFiniteVerb(own.captured(1));
    if (!clauseAfter && (instance.match(head).hasMatch() || listed.match(before).hasMatch())) {
        c.repeat = true; // the caller takes the title of the sentence's previous proposal, when there is one
        if (lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0)
            head = text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart)
                       .remove(instanceCount()); // "met Putin three times in the past two months, most recently on …"
    } else if (!clauseAfter && lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0
               && start == s.start + int(lastBoundary.capturedEnd())) {
        // "Kissinger mediated two agreements, in January 1974 and September 1975.": a date set off at
        // the clause's end dates the clause before the comma
        static const QRegularExpression bare(QStringLiteral("^\\s*(?:in|on|at|during|by)?\\s*$"), kUnicode);
        if (bare.match(head).hasMatch())
            if (const QString clause = clauseBeforeSetOffDate(text, s.start, previousStart, s.start + int(lastBoundary.capturedStart()),
                                                              timex.end, s.end);
                !clause.isEmpty())
                head = clause;
    }
}

void EventProposer::TitleDraft::takeReducedRelative()
{
    // "built on the fourth round, held in Brussels late last year", "The first Minsk protocol, signed
    // the previous September, …": a participle after a comma, then a preposition or the date, is a
    // reduced relative clause about the noun before the comma ("…, signed an accord" is the same
    // subject's second verb)
    static const QRegularExpression reduced(
        QStringLiteral("^\\s*(") + eventParticiples() + QStringLiteral("(?:\\s+(?:in|at|by|on|during|near)\\b.*)?)\\s*$"), kUnicode);
    // (with up to two attachments: "the seventh meeting of the Joint Working Group (JWG) on Fisheries")
    static const QRegularExpression nounBefore(QStringLiteral(
        "\\b(?:the|a|an|its|their|his|her)\\s+(?:[\\w’'-]+\\s+){0,3}[\\w’'-]+"
        "(?:\\s+(?:of|on|for|between)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}[\\w’'-]+){0,2}\\s*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression acronym(QStringLiteral("\\s*\\(\\p{Lu}{2,}\\)"), kUnicode);
    // (a word in -ing before "of" is a noun: "the meeting of", "the signing of")
    static const QRegularExpression gerund(QStringLiteral("ing(?=\\s+(?:of|between)\\b)"), kUnicode);
    if (const QRegularExpressionMatch r = reduced.match(head);
        r.hasMatch() && lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0) {
        const QString chunk = text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart)
                                  .remove(acronym);
        if (const QRegularExpressionMatch n = nounBefore.match(chunk);
            n.hasMatch() && isNounPhrase(n.captured().trimmed().remove(gerund), 14)) {
            head = n.captured().trimmed() + u' ' + r.captured(1);
            // a headline's long subject goes without its article, so that the verb's place fits
            if (head.startsWith(QLatin1String("the "), Qt::CaseInsensitive) && head.count(u' ') >= 12)
                head.remove(0, 4);
        }
    }
}

void EventProposer::TitleDraft::takeApposition()
{
    // "Runge, a German former diplomat who took up the post in January, said …": the relative clause
    // of an apposition is about the name before it (the clause before the comma only that name)
    static const QRegularExpression apposition(QStringLiteral(
        "^\\s*(?:a|an|the)\\s+(?:[\\w’'.-]+\\s+){0,6}?who\\s+(?=[a-z])"), QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression nameOnly(QStringLiteral(
        "^\\s*((?!(?:Meanwhile|However|Separately|Instead|Still|Later|Earlier|Today|Yesterday|Then|Also|Now)\\b)"
        "\\p{Lu}[\\w’'-]*(?:\\s+\\p{Lu}[\\w’'-]*){0,2})\\s*$"), kUnicode);
    if (const QRegularExpressionMatch a = head.contains(QLatin1String("who"), Qt::CaseInsensitive) ? apposition.match(head)
                                                                                                : QRegularExpressionMatch();
        a.hasMatch() && lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0) {
        const QString chunk = text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart);
        if (const QRegularExpressionMatch name = nameOnly.match(chunk); name.hasMatch())
            head = name.captured(1) + u' ' + head.mid(a.capturedEnd());
    }
}

void EventProposer::TitleDraft::takeNounParticiple()
{
    // "… informed him about the outcomes of the Russian-American contacts held in Riyadh on February
    // 18": without a comma too, the participle right after a noun dates that noun's event
    static const QRegularExpression nounParticiple(
        // (not an object relative's subject and verb: "which the Senate passed in February")
        // (the determiner's first letter before the lookbehinds: they would be tried at every position)
        QStringLiteral("(?=[tai])\\b(?<!\\bwhich\\s)(?<!\\bthat\\s)(?:the|a|an|its|their)\\s+((?:[\\w’'-]+\\s+){0,3}[\\w’'-]+)\\s+")
            + eventParticiples()
        + QStringLiteral("(?:\\s+(?:in|at|by|on|during|near)\\b[^,]*)?\\s*$"), kUnicode);
    if (const QRegularExpressionMatch n = nounParticiple.match(head);
        n.hasMatch() && n.capturedStart() > 0 && after < 0 && isNounPhrase(n.captured(1), 4))
        head = head.mid(n.capturedStart());
}

void EventProposer::TitleDraft::takeNounAheadOrAfter()
{
    // "The leaders meet days after the ministers quarrelled on Monday", "a day before Trump's
    // inauguration on Jan. 20": the date is the later clause's, or the noun's
    static const QRegularExpression distance(
        QStringLiteral("^.*\\b(?:hours?|days?|weeks?|months?|years?)\\s+(?:after|before)\\s+(?=\\S)"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    // (each pattern below only when its key words are there: in a long sentence the patterns read all
    // of the clause before every date)
    if (holdsAnyOf(head.toCaseFolded(), {QLatin1String("hour"), QLatin1String("day"), QLatin1String("week"), QLatin1String("month"),
                                         QLatin1String("year")}))
        head.remove(distance);
    // "… agreed to stay in contact ahead of the Cairo conference on December 2", "met to prepare
    // for the Washington Summit in July": the date is the noun phrase's, the event it prepares
    // ("before the NATO summit in Vilnius on July 11": the same when the noun names a scheduled event;
    // not "appeared before the court on Monday", nor "left before the start of talks on Monday", where
    // the date may be the leaving's)
    static const QRegularExpression ahead(
        QStringLiteral("^.*\\b(?:ahead\\s+of|in\\s+the\\s+run-up\\s+to|in\\s+preparation\\s+for|on\\s+the\\s+eve\\s+of|"
                       "prepar(?:e|es|ed|ing|ations)\\s+for|"
                       "before(?=\\s+(?:the|a|an|its|their|his|her)\\s(?:(?!of\\s)\\S+\\s+){0,4}?(?:summit|meeting|talks|vote|"
                       "elections?|referendum|conference|visit|deadline|ceremony|session|inauguration|games|"
                       "congress|convention)\\b))\\s+"
                       "(?=(?:the|a|an|its|their|his|her)\\s)"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    // "agreed on Monday to widen sanctions after its drone and missile attack on Israel last weekend":
    // when an earlier date of the sentence dates its main clause, a later one after "after",
    // "following" or "since" dates the event that phrase names
    static const QRegularExpression afterEvent(
        QStringLiteral("^.*\\b(?:after|following|since|amid)\\s+"
                       "(?=(?:the|a|an|its|their|his|her|\\p{Lu}[\\w.-]*['\u2019]s)\\s(?:(?!of\\s)\\S+\\s+){0,5}?"
                       "(?:attacks?|strikes?|invasion|offensive|bombings?|raids?|assault|incursion|coup|clashes|talks|"
                       "meeting|summit|visit|vote|elections?|referendum|speech|ceasefire|truce|deal|agreement|"
                       "protests?|shooting|explosion|blast)\\b)"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    const QString folded = head.toCaseFolded();
    if (const QRegularExpressionMatch m = holdsAnyOf(folded, {QLatin1String("ahead"), QLatin1String("run-up"), QLatin1String("prepar"),
                                                              QLatin1String("eve"), QLatin1String("before")})
                                              ? ahead.match(head)
                                              : QRegularExpressionMatch();
        nounPhraseAfter(head, m, false))
        head.remove(0, m.capturedEnd());
    else if (const QRegularExpressionMatch a = sentenceStart >= 0 && sentenceStart < s.start
                                                       && holdsAnyOf(folded, {QLatin1String("after"), QLatin1String("following"),
                                                                              QLatin1String("since"), QLatin1String("amid")})
                                                   ? afterEvent.match(head)
                                                   : QRegularExpressionMatch();
             nounPhraseAfter(head, a, true)) {
        // "sanctions against Iran after its attack": "its" is the name right before, else it goes
        static const QRegularExpression pronoun(QStringLiteral("^(?:its|their|his|her)\\s+"), kUnicode);
        static const QRegularExpression nameBefore(
            QStringLiteral("(\\p{Lu}[\\w.-]*(?:\\s+\\p{Lu}[\\w.-]*){0,2})\\s+(?:after|following|since|amid)\\s+$"), kUnicode);
        QString phrase = head.mid(a.capturedEnd());
        if (const QRegularExpressionMatch p = pronoun.match(phrase); p.hasMatch()) {
            const QRegularExpressionMatch name = nameBefore.match(QStringView(head).left(a.capturedEnd()));
            phrase.replace(0, p.capturedLength(), name.hasMatch() ? name.captured(1) + QStringLiteral("\u2019s ") : QString());
        }
        head = phrase;
    }
}

void EventProposer::TitleDraft::dropCoordination()
{
    head = subordinateClause(head);
    // (every pattern below needs "and", "or" or "but", and each cuts only the head's start, which adds no
    // word: one plain search for them serves all four)
    if (!holdsAnyOf(head, {QLatin1String("and"), QLatin1String("or"), QLatin1String("but")})) {
        conjunct = false;
        return;
    }
    // after an earlier date of the sentence: "… a rare Sunday session and a procedural vote on Thursday"
    // is the vote; "Johnson met Biden last month and is due back there" needs the sentence's subject
    static const QRegularExpression coordinatedNoun(
        QStringLiteral("^\\s*[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?\\s+(?:and|or)\\s+(?=(?:a|an|the)\\s)"), kUnicode);
    // (not a clause with its own subject: "but leaders will reconvene")
    static const QRegularExpression coordinatedVerb(
        QStringLiteral("^\\s*(?:and|but)\\s+(?=[a-z])(?!(?:a|an|the|he|she|it|they|we|i|this|that|his|her|its|their)\\b)"
                       "(?![a-z]+\\s+(?:will|would|have|has|had|is|are|was|were|can|could|may|might|must|should|did|does|do)\\b)"),
        kUnicode);
    head.remove(coordinatedNoun);
    // ("at 8 a.m. local time (1400 GMT) and close at 6 p.m.": the earlier time's words before "and")
    static const QRegularExpression timeWords(
        QStringLiteral("^\\s*(?:local\\s+time\\s*)?(?:\\([^()]{1,30}\\)\\s*)?(?=(?:and|but)\\s)"), kUnicode);
    if (sentenceStart >= 0 && sentenceStart < s.start)
        head.remove(timeWords);
    // ("met on Tuesday in Geneva and will meet again next week": the place before "and" is the first verb's)
    static const QRegularExpression placeThenVerb(
        QStringLiteral("^\\s*(?:in|at|on|to|from|with)\\s+[^,;]{1,40}?\\s(?=(?:and|but)\\s+(?:will|would|is|are|was|were|has|have|had)\\s)"),
        kUnicode);
    if (after < 0 && sentenceStart >= 0 && sentenceStart < s.start)
        head.remove(placeThenVerb);
    conjunct = coordinatedVerb.match(head).hasMatch();
}

bool EventProposer::TitleDraft::elidedVerbTitle()
{
    // ("met in Abu Dhabi in July and again in Istanbul on June 20": the verb is elided after an adverb too)
    static const QRegularExpression elided(
        QStringLiteral("^\\s*,?\\s*and\\s+((?:(?:once\\s+)?again\\s+|also\\s+|later\\s+)?(?:to|in|at|with|for))\\s+(?=\\p{Lu}|the\\s)"),
        kUnicode);
    if (const QRegularExpressionMatch m = elided.match(head); m.hasMatch() && sentenceStart >= 0 && sentenceStart < s.start) {
        c.elidedPreposition = m.captured(1);
        c.text = tidy(head.mid(m.capturedEnd()), 8);
        return true;
    }
    return false;
}

void EventProposer::TitleDraft::takeLastTime()
{
    // "The last time Trump and Putin met in person was on the sidelines of the G20": what was done
    static const QRegularExpression lastTime(
        QStringLiteral("^\\s*(?:the\\s+)?(?:last|first|previous|only)\\s+time\\s+(.+?)\\s+(?:was|were)\\s+(.*)$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    if (const QRegularExpressionMatch m = lastTime.match(head); m.hasMatch() && m.captured(1).contains(u' '))
        head = m.captured(1) + u' ' + m.captured(2);
}

void EventProposer::TitleDraft::takeSubjectOfRelative()
{
    if (lastBoundary.hasMatch() && lastBoundary.captured() == u"," && after < 0) {
        const QString chunk = text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart);
        // "The package, which the Senate passed in February, …": an object relative clause; its
        // subject and verb with the noun before the comma
        static const QRegularExpression objectRelative(
            QStringLiteral("^\\s*(?:which|that)\\s+(?=(?:the|a|an|its|their)\\s|\\p{Lu})"), kUnicode);
        // "Speaker Mike Johnson, who had refused for weeks …, changed course …", "Hungary, the only
        // other member yet to ratify, will vote …": the subject before the relative clause or the
        // apposition set off in commas
        // ("The talks, co-sponsored by Riyadh and Washington, collapsed …": a participle's aside too)
        static const QRegularExpression relativeAside(
            QStringLiteral("^\\s*([^,]{2,80}?),\\s+(?:who|which|the|a|an|[a-z][\\w-]*(?:ed|en)\\s+(?:by|in|at|on|from|with))\\s"
                           "[^,]{3,},\\s*$"), kUnicode);
        QStringList words = t.split(u' ', Qt::SkipEmptyParts);
        QStringList place;
        for (qsizetype k = words.size() - 2; k >= 1 && k >= words.size() - 4 && place.isEmpty(); --k)
            if ((words.at(k) == u"in" || words.at(k) == u"at") && verbAt(words, k - 1)
                && std::all_of(words.begin() + k + 1, words.end(), [](const QString &w) { return w.at(0).isUpper(); })) {
                place = words.mid(k);
                words = words.mid(0, k);
            }
        if (objectRelative.match(head).hasMatch() && words.size() >= 2 && words.size() <= 5 && verbAt(words, words.size() - 1)) {
            QString noun = tidy(chunk, 10);
            // (a clause before the comma, "The visit precedes the summit", ends with the noun)
            static const QRegularExpression laterArticle(QStringLiteral("\\s(?:the|a|an)\\s"), kUnicode);
            if (!isNounPhrase(noun, 7) || laterArticle.match(noun).hasMatch())
                noun = tidy(trailingNounPhrase(chunk), 10);
            if (!noun.isEmpty() && !looksLikeFurniture(noun) && opensNounPhrase(noun.section(u' ', 0, 0))) {
                t = tidy(words.join(u' ') + u' ' + noun.at(0).toLower() + noun.mid(1) + (place.isEmpty() ? QString() : u' ' + place.join(u' ')), 12);
                objectAdded = true;
            }
        } else if (const QRegularExpressionMatch r = relativeAside.match(QStringView(text).mid(s.start, start - s.start));
                   r.hasMatch() && !words.isEmpty() && isFiniteVerb(words.first().toLower()) && head.trimmed().at(0).isLower()) {
            // (after a reporting verb, its object: "A senior official said the visit, which …, would go ahead")
            static const QRegularExpression reported(QStringLiteral("^.*\\b(?:said|says|told\\s+\\w+|announced)\\s+(?:that\\s+)?"), kUnicode);
            const QString subject = tidy(r.captured(1).remove(reported), 8);
            // ("Elections in the country, postponed from …, are now …": a plural noun needs no article)
            const QString firstWord = subject.section(u' ', 0, 0).toLower();
            // (not a sentence's adverb: "Initially, the accords were signed …, followed by Morocco in …")
            const bool adverb = !subject.contains(u' ') && (firstWord.endsWith(QLatin1String("ly")) || firstWord == u"later");
            if (!adverb
                && (isBareSubject(subject) || isDescribedName(subject)
                    || ((opensNounPhrase(firstWord) || (firstWord.endsWith(u's') && !trailingWords().contains(firstWord)))
                        && isNounPhrase(subject, 6))))
                t = tidy(subject + u' ' + t.at(0).toLower() + t.mid(1), 12);
        }
    }
}

bool EventProposer::TitleDraft::subjectRelativeTitle()
{
    // "The assault, which began on Friday, is …", "Blinken, who arrived in Kyiv on Tuesday, said …":
    // the relative clause is about the noun before its comma.
    // "Smith, who on Monday was named minister, …": the verb follows the date.
    // Only a subject relative ("which began", not "which the presidents signed"); after a clause, the
    // noun phrase it ends with ("aimed at calming Iran, which had condemned …" is about Iran).
    static const QRegularExpression relative(QStringLiteral(
        "^\\s*(?:which|who)(?:\\s+(?=[a-z])(?!(?:the|a|an|this|that|these|those|his|her|its|their|he|she|it|they|we|i)\\b)|\\s*$)"), kUnicode);
    // "elections that were originally scheduled for December", "a freeze that began last summer":
    // "that" and a finite verb, the same.
    static const QRegularExpression thatRelative(QStringLiteral("^\\s*(?=([a-z]+)\\b)"), kUnicode);
    const bool commaWhich = lastBoundary.hasMatch() && lastBoundary.captured() == u",";
    const bool thatWhich = lastBoundary.hasMatch() && lastBoundary.captured(1) == u"that";
    if (const QRegularExpressionMatch r = (thatWhich ? thatRelative : relative).match(head);
        r.hasMatch() && (!thatWhich || isFiniteVerb(r.captured(1))) && (commaWhich || thatWhich) && after < 0) {
        // "the summit of the Shanghai Cooperation Organization (SCO), which …": without the brackets
        static const QRegularExpression brackets(QStringLiteral("\\s*\\([^()]*\\)\\s*$"), kUnicode);
        const QString chunk = text.mid(previousStart, s.start + int(lastBoundary.capturedStart()) - previousStart).remove(brackets);
        QString noun = tidy(chunk, 10);
        // "Lula attended the opening of the summit, which …": the noun phrase the clause ends with
        // ("The adjustments result from the new legislation, which …": a clause, its verb after a plural)
        static const QRegularExpression pluralVerb(QStringLiteral(
            "^(?:the|its|their)\\s+(?:\\w+\\s+){0,2}?\\w+s\\s+(?!(?:of|and|or|in|on|at)\\b)[a-z]+[^s\\W]\\s+"
            "(?:from|to|with|into|against|over|about|by|for|on|in)\\s"),
            QRegularExpression::CaseInsensitiveOption | kUnicode);
        if (thatWhich || !isNounPhrase(noun, 7) || pluralVerb.match(noun).hasMatch())
            noun = tidy(trailingNounPhrase(chunk), 10);
        if (!noun.isEmpty() && !looksLikeFurniture(noun)) {
            // ("The talks that produced the agreement began in June 1996": the main verb after the
            // relative clause; the clause keeps its "that")
            // (not an auxiliary's participle, "that has blocked", nor a second verb of the relative
            // clause, "that has divided his family and may be resolved")
            static const QSet<QString> auxiliaries = {
                QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("is"), QStringLiteral("are"),
                QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("may"),
                QStringLiteral("might"), QStringLiteral("can"), QStringLiteral("could"), QStringLiteral("should"),
                QStringLiteral("must"), QStringLiteral("to"), QStringLiteral("and"), QStringLiteral("or")};
            const QStringList words = head.simplified().split(u' ');
            bool mainVerbAfter = false;
            for (qsizetype w = 1; thatWhich && !auxiliaries.contains(words.front()) && w < words.size() && !mainVerbAfter; ++w)
                mainVerbAfter = isFiniteVerb(words[w]) && !auxiliaries.contains(words[w - 1]);
            if (mainVerbAfter) {
                t = tidy(noun + QStringLiteral(" that ") + head, 12);
            } else if (r.capturedLength() < head.size()) {
                t = tidy(noun + u' ' + head.mid(r.capturedLength()), 12);
            } else if (startsWithVerb(text, p, s.end)) {
                c.clauseEnd = clauseStop(text, p, s.end);
                c.text = tidy(noun + u' ' + text.mid(p, c.clauseEnd - p), 12);
                return true;
            }
        }
    }
    return false;
}

void EventProposer::TitleDraft::takeSpeaker()
{
    // "Saddam said he will begin withdrawing troops … on Friday": the pronoun is the speaker.
    if (const QString name = speakerBefore(text, s.start, lastBoundary, true); !name.isEmpty())
        t = tidy(withSpeaker(t, name), 12);
    // "Elian has been the focus of a custody battle since he was found off Florida on Nov. 25": the
    // "he" after "since" is the sentence's subject, when a name opens it
    else if (lastBoundary.captured().startsWith(QLatin1String("since"))
             && (t.startsWith(QLatin1String("He ")) || t.startsWith(QLatin1String("She "))))
        if (const QString subject = sentenceSubject(text, s.start, s.end); isBareSubject(subject))
            t = tidy(withSpeaker(t, subject), 12);
}

bool EventProposer::TitleDraft::datedTitle()
{
    // "The agreement dated 05.03.2025 was signed by both sides": the document's date, then its verb
    static const QRegularExpression dated(QStringLiteral("^(\\S.*\\S)\\s+dated$"), kUnicode);
    if (const QRegularExpressionMatch d = dated.match(t); d.hasMatch() && startsWithVerb(text, p, s.end)) {
        c.clauseEnd = clauseStop(text, p, s.end);
        c.text = tidy(d.captured(1) + u' ' + text.mid(p, c.clauseEnd - p), 12);
        return true;
    }
    return false;
}

bool EventProposer::TitleDraft::subjectBeforeDateTitle()
{
    if (((isBareSubject(t) || isDescribedName(t)) && startsWithVerb(text, p, s.end)) || isNounSubject(t, text, p, s.end)) {
        // "President Bush on Tuesday ordered …": the subject before the date, the verb after it;
        // "presidential aide Hikmet Hajiyev on Wednesday rejected …", "Israeli troops on Tuesday
        // raided …" too.
        c.clauseEnd = clauseStop(text, p, s.end);
        c.text = tidy(t + u' ' + text.mid(p, c.clauseEnd - p), 12);
        // ("The council on July 31 demanded that Iran halt enrichment": and what was stated or asked for)
        const QString verb = text.mid(p, c.clauseEnd - p);
        int end = 0;
        if (const QString what = statedAfter(verb, text, c.clauseEnd, s.end, end); !what.isEmpty()) {
            c.text = tidy(t + u' ' + verb.trimmed() + u' ' + what, 12);
            c.clauseEnd = end;
        }
        return true;
    }
    return false;
}

bool EventProposer::TitleDraft::verbGoesOnTitle()
{
    // "Blinken met today with Foreign Minister Abdelatty in Washington", "agreed Wednesday to hold
    // talks": a date between a verb and what follows it; the clause goes on after the date (not when
    // a verb follows: "The arrest announced Friday stemmed from …" had a participle before the date)
    static const QRegularExpression goesOn(QStringLiteral(
        "^(?!(?:and|or|but|as|than|while|because|if|after|before|since|until|when|ago|that|which|who)\\b)([a-z]+)"), kUnicode);
    // ("The court ordered Israel on Friday to halt its offensive": after the object, the infinitive
    // the verb governs)
    static const QRegularExpression governs(QStringLiteral(
        "\\b(?:ordered|asked|urged|told|invited|allowed|forced|called\\s+on|orders|asks|urges|tells|invites|allows|forces|"
        "calls\\s+on)\\s"), QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression infinitiveNext(QStringLiteral(
        "^to\\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|next|last|be)\\b)(?:[a-z]+ly\\s+)?[a-z]+\\b"), kUnicode);
    const bool governed = p < s.end && governs.match(t).hasMatch() && !t.contains(QLatin1String(" to "))
        && infinitiveNext.match(QStringView(text).mid(p, std::min(40, s.end - p))).hasMatch();
    if ((objectAdded || governed || (t.contains(u' ') && isFiniteVerb(t.section(u' ', -1)))) && p < s.end) {
        if (const QRegularExpressionMatch next = goesOn.match(QStringView(text).mid(p, 16));
            next.hasMatch() && !isFiniteVerb(next.captured(1))) {
            c.clauseEnd = clauseStop(text, p, s.end);
            c.text = tidy(t + u' ' + text.mid(p, c.clauseEnd - p), 12);
            return true;
        }
    }
    return false;
}

bool EventProposer::TitleDraft::statedAfterVerbTitle()
{
    // "Turkey denied on Thursday that it was blocking …": a statement verb before the date, what was
    // stated after it (the verb alone says little; "wrote on Truth Social": the medium goes)
    if (t.contains(u' ') && p < s.end) {
        int end = 0;
        if (const QString what = statedAfter(t, text, p, s.end, end); !what.isEmpty()) {
            const QRegularExpressionMatch said = statementVerbAtEnd().match(t);
            c.clauseEnd = end;
            c.text = tidy(t.left(said.hasCaptured(1) ? said.capturedStart(1) : t.size()) + u' ' + what, 12);
            return true;
        }
    }
    return false;
}

bool EventProposer::TitleDraft::conjunctSubjectTitle()
{
    // "… last month and is due back there later this week": the sentence's subject, when it has a
    // clear one (the clause starts after the sentence's previous date)
    // (or after the commitment's "and" the boundaries above stop at: a match of white space only)
    const bool commitment = lastBoundary.hasMatch() && lastBoundary.captured().trimmed().isEmpty() && start > s.start;
    if (conjunct && sentenceStart >= 0 && (sentenceStart < s.start || commitment) && !t.isEmpty()) {
        // (a pronoun too: "He signed the treaty … and was awarded the prize in 1990"; the caller names him)
        static const QRegularExpression pronounSubject(QStringLiteral("^\\s*(He|She|They|We)\\s+(?=[a-z])"), kUnicode);
        QString subject = sentenceSubject(text, sentenceStart, s.end);
        if (const QRegularExpressionMatch m = pronounSubject.match(QStringView(text).mid(sentenceStart, 12));
            subject.isEmpty() && m.hasMatch())
            subject = m.captured(1);
        if (!subject.isEmpty()) {
            // (with the subject's modal: "He will visit Bahrain … and then travel to the UAE on 5th Dec.")
            static const QRegularExpression modal(QStringLiteral("^\\s+(will|would|shall|can|could|may|might|must|should)\\s"), kUnicode);
            const qsizetype at = QStringView(text).mid(sentenceStart, s.end - sentenceStart).indexOf(subject);
            const QRegularExpressionMatch m = at >= 0 ? modal.match(QStringView(text).mid(sentenceStart + at + subject.size(), 10))
                                                      : QRegularExpressionMatch();
            const QString verb = t.section(u' ', 0, 0).toLower();
            const bool plain = !isFiniteVerb(verb) && !verb.endsWith(u's') && !verb.endsWith(QLatin1String("ing"));
            c.text = tidy(subject + u' ' + (m.hasMatch() && plain ? m.captured(1) + u' ' : QString()) + t.at(0).toLower() + t.mid(1), 12);
            return true;
        }
    }
    return false;
}

} // namespace dateline::extract
