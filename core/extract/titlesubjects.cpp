// The subjects of proposal titles: the one a sentence opens with, the one before the comma a clause
// opens after (a name renaming an office, a list of names), an infinitive's and a pronoun's.
#include "core/extract/actorrecognizer.h"
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
        // (after a phrase that opens the sentence: "At the invitation of President Ramaphosa, …", "At the
        // invitation of the Federal Chancellor, Friedrich Merz, the President of Kenya, William Ruto, paid …")
        static const QRegularExpression fronted(
            QStringLiteral("^(?:At|In|On|During|Following|After|Upon|Before|Under)\\s[^,]+"
                           "(?:,\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){1,3})?,[^,]+$"),
            kUnicode);
        // (the office in lower case after the fronted phrase: "At the invitation of …, the President of
        // Kenya, William Ruto, paid …")
        const bool renames = !renamed.isEmpty()
            && (renamed.at(0).isUpper() || (renamed.startsWith(QLatin1String("the ")) && fronted.match(opening).hasMatch()));
        if ((isPersonName(named.simplified()) || (isPersonalPronoun(renamed.toLower()) && body.match(named).hasMatch()))
            && finite && renames) {
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

// "Antony Blinken is expected to visit the region" -> "Antony Blinken to visit the region": a name
// keeps its infinitive, as a headline has it, when only a verb group of intention stands between
// them ("Officials expect the leaders to return" leaves the leaders' infinitive alone).
QString withInfinitiveSubject(const QString &before, const QString &infinitive)
{
    static const QSet<QString> intention = {
        QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("has"),
        QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("been"), QStringLiteral("be"), QStringLiteral("will"),
        QStringLiteral("also"), QStringLiteral("still"), QStringLiteral("now"), QStringLiteral("due"),
        QStringLiteral("expected"), QStringLiteral("set"), QStringLiteral("scheduled"), QStringLiteral("slated"),
        QStringLiteral("planning"), QStringLiteral("plans"), QStringLiteral("planned"), QStringLiteral("intends"),
        QStringLiteral("hopes"), QStringLiteral("wants"), QStringLiteral("invited"), QStringLiteral("poised"),
        QStringLiteral("hoped"), QStringLiteral("hope"), QStringLiteral("wanted"), QStringLiteral("want"),
        QStringLiteral("intended"), QStringLiteral("intend"), QStringLiteral("plan"), QStringLiteral("aims"),
        QStringLiteral("aimed"), QStringLiteral("aim"), QStringLiteral("seeks"), QStringLiteral("sought"), QStringLiteral("seek"),
        QStringLiteral("likely"), QStringLiteral("about"), QStringLiteral("going"), QStringLiteral("preparing"),
        QStringLiteral("ready"), QStringLiteral("offered"), QStringLiteral("promised"), QStringLiteral("vowed"),
        // "Iran is said to have enriched …", "is believed to have": a report's passive (the status says so)
        QStringLiteral("said"), QStringLiteral("believed"), QStringLiteral("reported"), QStringLiteral("thought"),
        QStringLiteral("alleged"), QStringLiteral("understood")};
    // "he had accepted an invitation from Russian President Vladimir Putin to discuss …": the one who
    // accepted is the one invited, a pronoun included (the caller names a reported speaker's "he")
    static const QRegularExpression accepted(
        QStringLiteral("^(.*?)\\s+accept(?:ed|s)?\\s+(?:an|the|a|his|her|their)\\s+invitation(?:\\s+from\\s+.*)?$"), kUnicode);
    const QRegularExpressionMatch invitation = accepted.match(before.simplified());
    const bool invited = invitation.hasMatch();
    // "We expect the delegations to meet in Cairo": who is expected is who will act
    static const QRegularExpression expects(QStringLiteral("^.*?\\bexpect(?:s|ed)?\\s+(.+)$"), kUnicode);
    if (const QRegularExpressionMatch e = expects.match(before.simplified()); e.hasMatch() && !invited) {
        const QString who = e.captured(1);
        if (opensNounPhrase(who.section(u' ', 0, 0).toLower()) && isNounPhrase(who, 4))
            return who + QStringLiteral(" to ") + infinitive;
    }
    // "The leaders instructed their ministers to conclude negotiations …": who was told to act is named
    // with who told them (the deadline is the acting's)
    static const QRegularExpression directs(QStringLiteral(
        "^(.+?)\\s+(?:instructed|directed|tasked|mandated|urged|asked|ordered|requested|encouraged|authori[sz]ed|called\\s+on)"
        "\\s+(.+)$"), kUnicode);
    if (const QRegularExpressionMatch d = directs.match(before.simplified()); d.hasMatch() && !invited) {
        const QString who = d.captured(1), whom = d.captured(2);
        if ((isBareSubject(who) || isDescribedName(who) || (opensNounPhrase(who.section(u' ', 0, 0)) && isNounPhrase(who, 4)))
            && (opensNounPhrase(whom.section(u' ', 0, 0)) || whom.at(0).isUpper()) && isNounPhrase(whom, 5))
            return before.simplified() + QStringLiteral(" to ") + infinitive;
    }
    const QStringList words = tidy(invited ? invitation.captured(1) : before, 14).split(u' ', Qt::SkipEmptyParts);
    int verbs = 0;
    while (verbs < int(words.size()) && verbs < 4 && intention.contains(words.at(words.size() - 1 - verbs).toLower()))
        ++verbs;
    const QStringList name = words.mid(0, words.size() - verbs);
    const QString subject = name.join(u' ');
    const QString first = name.isEmpty() ? QString() : QString(name.first()).replace(QChar(0x2019), QChar(u'\'')).toLower();
    // (the caller names "he" or "she" when it can tell who it is, else keeps the infinitive alone)
    if ((invited || verbs > 0) && name.size() == 1 && (first == u"he" || first == u"she"))
        return first + QStringLiteral(" to ") + infinitive;
    // A headline's "Gaza truce talks to resume in Doha", "Wang Yi to hold talks": a name or a short
    // noun phrase right before "to" ("Officials expect the leaders to" has a verb before its article)
    const bool headline = verbs == 0 && name.size() >= 2 && isNounPhrase(subject, 4)
        && std::none_of(name.begin() + 1, name.end(), [](const QString &w) { return opensNounPhrase(w); });
    // "South Korea, the United States and Japan are due to hold …": a list of names
    static const QRegularExpression separators(QStringLiteral(",\\s+(?:and\\s+)?|\\s+and\\s+"), kUnicode);
    const QStringList parts = subject.split(separators, Qt::SkipEmptyParts);
    const bool names = parts.size() > 1 && parts.size() <= 6 && std::all_of(parts.begin(), parts.end(), [](const QString &part) {
        return isBareSubject(part.startsWith(QLatin1String("the ")) ? part.mid(4) : part);
    });
    // "Arab and Muslim leaders are set to hold …", "G7 foreign ministers are due to meet …": people
    // described by names before them
    const qsizetype lower = std::find_if(name.begin(), name.end(), [](const QString &w) { return w.at(0).isLower() && w != u"and"; })
                            - name.begin();
    const bool describedPeople = lower >= 1 && name.size() - lower <= 2 && name.size() <= 6 && name.last().endsWith(u's')
        && isNounPhrase(name.mid(lower).join(u' '), 2) && isBareSubject(QStringList(name.mid(0, lower)).join(u' '));
    if ((verbs == 0 && !headline && !invited) || verbs > 3 || name.isEmpty() || isPersonalPronoun(first)
        || !(isBareSubject(subject) || isDescribedName(subject) || headline || names || isPossessiveBody(subject)
             || describedPeople || (opensNounPhrase(name.first()) && isNounPhrase(subject, 4))))
        return infinitive;
    // (what is said to have happened: "Iran enriched uranium", not "Iran to have enriched uranium")
    if (infinitive.startsWith(QLatin1String("have ")) && infinitive.size() > 5)
        return subject + u' ' + infinitive.mid(5);
    return subject + QStringLiteral(" to ") + infinitive;
}

// A title that opens with a pronoun standing for the speaker, with the speaker's name instead.
QString withSpeaker(const QString &title, const QString &speaker)
{
    const QString first = title.section(u' ', 0, 0).toLower();
    const QString rest = title.section(u' ', 1);
    const bool subject = first == u"he" || first == u"she" || first == u"it" || first == u"they";
    const bool possessive = first == u"his" || first == u"her" || first == u"its" || first == u"their";
    if (!subject && !possessive)
        return title;
    // "Officials said that he had …": a plural noun is not the one "he" stands for
    const QString last = speaker.section(u' ', -1);
    static const QRegularExpression plural(QStringLiteral("[^su]s$"));
    const bool singular = first == u"he" || first == u"she" || first == u"his" || first == u"her";
    if (singular && plural.match(last).hasMatch() && (last.at(0).isLower() || !speaker.contains(u' '))
        && ActorRecognizer().recognize(speaker).empty())
        return title;
    const auto named = [&](const QString &name) { return name + (subject ? QStringLiteral(" ") : QStringLiteral("’s ")) + rest; };
    // "U.S. President George W. Bush to discuss bilateral issues at Russia's Black Sea resort of Sochi"
    // would be cut: the person's name without the title, or the surname as a headline has it, when the
    // whole title then fits
    const int budget = 12 - int(rest.count(u' ')) - 1;
    if (int(speaker.count(u' ')) + 1 > budget) {
        const std::vector<ActorMention> people = ActorRecognizer().recognize(speaker);
        if (!people.empty() && people.back().kind == ActorKind::Person && people.back().end == speaker.size()) {
            const QString name = people.back().label;
            if (int(name.count(u' ')) + 1 <= budget)
                return named(name);
            if (budget >= 1)
                return named(name.section(u' ', -1));
        }
    }
    return named(speaker);
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
    const bool someone = lexicon::officeNoun(head.toLower()) || head.endsWith(QLatin1String("man")) || head.endsWith(QLatin1String("person"));
    if (headPlural != plural || (!plural && someone))
        return title;
    return subject + title.mid(m.capturedStart(2) - 1);
}

} // namespace dateline::extract
