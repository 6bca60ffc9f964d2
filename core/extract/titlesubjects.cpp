// The subjects of proposal titles: the one a sentence opens with, and the one before the comma a
// clause opens after (a name renaming an office, a list of names).
#include "core/extract/proposaltitle.h"
#include "core/extract/titleclauses.h"

#include "core/extract/lexicon.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dateline::extract {
namespace clauses {
namespace {

// The words of a name without its particles: "Sheikh Mohamed bin Zayed Al Nahyan" has five.
int nameWords(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    return int(std::count_if(words.begin(), words.end(), [](const QString &w) { return !lexicon::nameParticle(w.toLower()); }));
}

} // namespace

bool takeSubjectBeforeComma(const QString &text, int sentenceStart, int bodyStart, int comma, int previousStart, int after,
                            QString &head, int &clauseStart)
{
    // "The alliance's secretary-general, Jens Stoltenberg, will hand over to Mark Rutte on 1 October":
    // a name in commas right before the clause's verb is its subject
    if (previousStart > sentenceStart && previousStart >= after && text.at(previousStart - 1) == u',') {
        // (after a pronoun, a body with "the" too: "We, the Leaders of the G7, met today in Kananaskis")
        static const QRegularExpression body(QStringLiteral(
            "^the\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.'\u2019-]*|of|the|and)){0,12}(?:\\s+\\(\\p{Lu}{2,}\\))?$"), kUnicode);
        static const QSet<QString> modals = {QStringLiteral("can"), QStringLiteral("could"), QStringLiteral("may"),
                                             QStringLiteral("might"), QStringLiteral("must"), QStringLiteral("shall")};
        const QString named = text.mid(previousStart, comma - previousStart).trimmed();
        const QString verb = head.simplified().section(u' ', 0, 0);
        // (what comes before the first comma is the noun it renames, not "McBride, 54, of
        // Lewisburg, West Virginia, was …")
        const QString opening = text.mid(sentenceStart, previousStart - 1 - sentenceStart);
        const QString renamed = opening.mid(opening.lastIndexOf(u',') + 1).trimmed();
        // ("H.E. Mr. Emmanuel Macron, President of the French Republic, will pay …": the name before
        // its office, without the honorifics)
        // ("South Sudan's president, Salva Kiir, and his rival Riek Machar signed …": the name renames
        // the office, and another subject joins it; not a list of names, "Emmanuel Macron, Olaf Scholz
        // and …")
        const QString joinedWord = head.simplified().section(u' ', 1, 1);
        const bool joined = verb == u"and" && !joinedWord.isEmpty() && (opensNounPhrase(joinedWord) || joinedWord.at(0).isUpper())
            && isNounPhrase(renamed, 6) && !isPersonName(withoutHonorifics(renamed).simplified());
        const bool finite = isFiniteVerb(verb) || modals.contains(verb) || joined;
        // (after a phrase that opens the sentence: "At the invitation of President Ramaphosa, …")
        static const QRegularExpression fronted(QStringLiteral("^(?:At|In|On|During|Following|After|Upon|Before|Under)\\s[^,]+,[^,]+$"),
                                                kUnicode);
        if ((isPersonName(named.simplified()) || (isPersonalPronoun(renamed.toLower()) && body.match(named).hasMatch()))
            && finite && !renamed.isEmpty() && renamed.at(0).isUpper()) {
            head = shortBody(named) + u' ' + head.trimmed() + u' ';
            clauseStart = previousStart;
            return true;
        }
        if (const QString person = withoutHonorifics(renamed);
            finite && !named.isEmpty() && named.at(0).isUpper() && !isPersonName(named.simplified()) && isNounPhrase(named.simplified(), 8)
            && isPersonName(person) && nameWords(person) <= 4 && (opening.lastIndexOf(u',') < 0 || fronted.match(opening).hasMatch())) {
            head = person + u' ' + head.trimmed() + u' ';
            clauseStart = sentenceStart + int(opening.size() - renamed.size());
            return true;
        }
    }
    // "Emmanuel Macron, Olaf Scholz, and Giorgia Meloni met …": the list of names opens the clause
    if (comma > bodyStart && head.trimmed().startsWith(QLatin1String("and ")))
        if (const QString names = nameList(text.mid(bodyStart, comma - bodyStart)); !names.isEmpty()) {
            head = names + u' ' + head.trimmed() + u' ';
            clauseStart = bodyStart;
            return true;
        }
    return false;
}

} // namespace clauses

using namespace clauses;

QString sentenceSubject(const QString &text, int start, int end)
{
    static const QRegularExpression word(QStringLiteral("[\\w\u2019'.-]+"), kUnicode);
    // past a phrase set off before the subject: "According to sources quoted by the Herald, Munero had fled …"
    static const QRegularExpression fronted(
        QStringLiteral("^\\s*(?:According\\s+to|In|On|At|After|Before|During|Following|Under|Earlier|Later|Last|This)\\b"
                       "[^,;:\"\u201C]{1,100},\\s*"),
        kUnicode);
    if (const QRegularExpressionMatch f = fronted.match(QStringView(text).mid(start, std::min(end - start, 120))); f.hasMatch())
        start += int(f.capturedEnd());
    // (past a list entry's date: "- June 2: Polls open at 8 a.m. and close at 6 p.m.")
    static const QRegularExpression entry(QStringLiteral("^\\s*[-*\u2022\u2013\u2014]*\\s*[^:\\n]{0,25}\\d[^:\\n]{0,10}:\\s+"), kUnicode);
    if (const QRegularExpressionMatch d = entry.match(QStringView(text).mid(start, std::min(end - start, 60))); d.hasMatch())
        start += int(d.capturedEnd());
    QStringList words;
    for (auto it = word.globalMatch(QStringView(text).mid(start, std::min(end - start, 120))); it.hasNext() && words.size() < 8;)
        words.append(it.next().captured());
    for (int n = 1; n < int(words.size()) && n <= 6; ++n) {
        const QString subject = words.mid(0, n).join(u' ');
        // "Johnson met …", "The Senate voted …", "The meeting began …"
        const bool name = isBareSubject(subject) && !words.at(n).at(0).isUpper();
        // ("The first phase of the truce took effect …": an article's noun phrase of up to six words,
        // its words in lower case and none a verb form)
        // (a noun in -ing is no verb form here: "The meeting of the envoys ended"; a name joined to a
        // participle is an adjective: "A Kenyan-led security force began …")
        static const QRegularExpression namedCompound(QStringLiteral("^\\p{Lu}[\\p{L}.]*-[a-z]+ed$"), kUnicode);
        const bool noun = n >= 2 && opensNounPhrase(words.at(0))
            && std::all_of(words.begin() + 1, words.begin() + n, [](const QString &w) {
                   return namedCompound.match(w).hasMatch()
                       || (w.at(0).isLower() && !isFiniteVerb(w) && (w.endsWith(QLatin1String("ing")) || isNounPhrase(w, 1)));
               });
        // (after a name a word in -s is its verb: "The United States takes over …")
        const QString &verb = words.at(n);
        const bool present = name && !(n == 1 && opensNounPhrase(words.at(0).toLower())) && verb.size() > 3
            && verb.endsWith(u's') && !verb.endsWith(QLatin1String("ss")) && verb.at(0).isLower();
        // (and after a plural, a scheduled move's plain form: "Polls open at 8 a.m.", "Mexicans vote")
        static const QSet<QString> moves = {
            QStringLiteral("open"), QStringLiteral("close"), QStringLiteral("meet"), QStringLiteral("begin"),
            QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("vote"), QStringLiteral("resume"),
            QStringLiteral("arrive"), QStringLiteral("leave"), QStringLiteral("return"), QStringLiteral("gather"),
            QStringLiteral("convene")};
        const bool plural = subject.endsWith(u's') && !subject.endsWith(QLatin1String("ss")) && moves.contains(verb);
        if ((name || noun || (n <= 2 && plural && subject.at(0).isUpper())) && (isFiniteVerb(verb) || present || plural))
            return subject;
    }
    return {};
}

QString withAntecedent(const QString &title, const QString &text, int previousStart, int previousEnd)
{
    static const QRegularExpression opening(QStringLiteral("^(It|They)\\s+([a-z]+)\\b"), kUnicode);
    const QRegularExpressionMatch m = opening.match(title);
    if (!m.hasMatch())
        return title;
    static const QSet<QString> be = {QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("seems"),
                                     QStringLiteral("appears"), QStringLiteral("remains"), QStringLiteral("became")};
    const bool plural = m.captured(1) == u"They";
    if (!plural && be.contains(m.captured(2)))
        return title; // ("It was the first visit since 2019": no antecedent)
    const QString subject = sentenceSubject(text, previousStart, previousEnd);
    const QStringList words = subject.split(u' ', Qt::SkipEmptyParts);
    // (a noun phrase with "the" or "a", not a name: that might be a person, or a state "they" is not)
    if (words.size() < 2 || !opensNounPhrase(words.first()) || isPersonalPronoun(words.first().toLower()))
        return title;
    const QString &head = words.last();
    const bool headPlural = head.endsWith(u's') && !head.endsWith(QLatin1String("ss")) && !head.endsWith(QLatin1String("us"))
        && !head.endsWith(QLatin1String("is"));
    // (someone is "he" or "she": "The minister arrived on Monday. It rained on Tuesday.")
    static const QSet<QString> people = {
        QStringLiteral("minister"), QStringLiteral("president"), QStringLiteral("premier"), QStringLiteral("leader"),
        QStringLiteral("envoy"), QStringLiteral("ambassador"), QStringLiteral("diplomat"), QStringLiteral("official"),
        QStringLiteral("secretary"), QStringLiteral("chancellor"), QStringLiteral("king"), QStringLiteral("queen"),
        QStringLiteral("prince"), QStringLiteral("pope"), QStringLiteral("general"), QStringLiteral("commander"),
        QStringLiteral("negotiator"), QStringLiteral("delegate"), QStringLiteral("mediator"), QStringLiteral("senator"),
        QStringLiteral("governor"), QStringLiteral("mayor"), QStringLiteral("chief"), QStringLiteral("head"),
        QStringLiteral("director"), QStringLiteral("adviser"), QStringLiteral("advisor"), QStringLiteral("aide"),
        QStringLiteral("officer"), QStringLiteral("soldier"), QStringLiteral("representative"), QStringLiteral("monarch")};
    const bool someone = people.contains(head.toLower()) || head.endsWith(QLatin1String("man")) || head.endsWith(QLatin1String("person"));
    if (headPlural != plural || (!plural && someone))
        return title;
    return subject + title.mid(m.capturedStart(2) - 1);
}

} // namespace dateline::extract
