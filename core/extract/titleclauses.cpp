// Reading clauses for proposal titles: where a clause ends, who speaks, and the clauses
// (subordinate, relative, infinitive) a date can belong to. Which words are names, noun phrases and
// verbs: titlewords.cpp; the subjects of titles (an infinitive's, a pronoun's): titlesubjects.cpp.
#include "core/extract/titleclauses.h"

#include "core/extract/proposaltitle.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace dateline::extract {
namespace clauses {

// A plain noun phrase as subject: "European Union ambassadors", "Israeli troops", "Russian officials"
// (at most six words, none of them a verb form), when the word after the date is clearly a finite
// verb ("… on Wednesday approved …").
bool isNounSubject(const QString &title, const QString &text, int p, int end)
{
    static const QSet<QString> places = {QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at")};
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    // (nor a relative clause's: "Talks that began on Monday ended on Tuesday" -> "Talks began")
    if (words.size() < 2 || !words.last().at(0).isLower() || !isNounPhrase(title, 6)
        || std::any_of(words.begin(), words.end(), [](const QString &w) { return places.contains(w.toLower()) || isFiniteVerb(w); }))
        return false;
    int q = p;
    while (q < end && text.at(q).isLetter())
        ++q;
    return isFiniteVerb(text.mid(p, q - p));
}

// Whether the clause at p goes on with a verb ("ordered", "said", "will meet"): a lower-case word
// that is no preposition, article, conjunction or part of the day.
bool startsWithVerb(const QString &text, int p, int end)
{
    static const QSet<QString> notVerbs = {
        QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("but"), QStringLiteral("to"), QStringLiteral("of"),
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("for"), QStringLiteral("with"),
        QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("that"), QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("when"), QStringLiteral("as"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("than"), QStringLiteral("this"),
        QStringLiteral("its"), QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"),
        QStringLiteral("morning"), QStringLiteral("afternoon"), QStringLiteral("evening"), QStringLiteral("night"),
        QStringLiteral("until"), QStringLiteral("through"), QStringLiteral("during"), QStringLiteral("since")};
    int q = p;
    while (q < end && text.at(q).isLetter())
        ++q;
    if (q == p || !text.at(p).isLower())
        return false;
    // ("In Riyadh on Tuesday he will meet …": a pronoun opens a clause of its own)
    const QString word = text.mid(p, q - p);
    return !notVerbs.contains(word) && !isPersonalPronoun(word);
}

// Whether the comma at text[comma] joins names rather than clauses: a list of names that ends in
// "and" or "or" ("Russia, Ukraine, France and Germany emerged", "Qatar, Egypt and the United States
// have mediated"), a place and its state or country before a preposition ("met in Anchorage,
// Alaska, on Friday"), or a place after its description ("in the Omani capital, Muscat, last week"). A list must not open with a fronted phrase ("In Moscow, Lavrov and Rice met"
// has two clauses; clauseStart is where the clause began), nor go on from a place with "the" ("his
// father in Havana, the Immigration and Naturalization Service decided").
bool joinsNames(const QString &text, int comma, int clauseStart)
{
#define NAME_WORDS "\\p{Lu}[\\w.'\u2019-]*(?: (?:(?:de|do|da|del|des|es|la|al|el|of) )?\\p{Lu}[\\w.'\u2019-]*){0,2}"
    static const QRegularExpression wordBefore(QStringLiteral("\\p{Lu}[\\w.'\u2019-]*$"), kUnicode);
    static const QRegularExpression list(QStringLiteral(
        "^ (?:(?:the )?" NAME_WORDS ", ){0,6}(?:the )?" NAME_WORDS ",? (?:and|or) (?:the )?\\p{Lu}"), kUnicode);
    static const QRegularExpression fronted(QStringLiteral("^\\s*(?:in|at|on|from|after|before|during|for|with|by|to|as|under)\\s"),
                                            QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression place(QStringLiteral("\\s(?:in|at|to|from|near)\\s+" NAME_WORDS "$"), kUnicode);
    static const QRegularExpression placeGoesOn(QStringLiteral("^ " NAME_WORDS ", [a-z]"), kUnicode);
    static const QRegularExpression placeCloses(
        QStringLiteral("\\s(?:in|at|to|from|near)\\s+" NAME_WORDS ", " NAME_WORDS "$"), kUnicode);
    static const QRegularExpression preposition(
        QStringLiteral("^ (?:on|in|at|for|to|from|with|during|last|this|next|early|late) "), kUnicode);
    // ("in the Omani capital, Muscat, last weekend": a place named after its description)
#define PLACE_NOUN "\\s(?:in|at|to|from|near)\\s+the\\s+(?:[\\w'\u2019-]+\\s+){0,3}(?:capital|city|port|town|village|resort|region|province)"
    static const QRegularExpression placeNoun(QStringLiteral(PLACE_NOUN "$"), kUnicode);
    static const QRegularExpression placeNamed(QStringLiteral(PLACE_NOUN ", " NAME_WORDS "$"), kUnicode);
    static const QRegularExpression nameThenComma(QStringLiteral("^ " NAME_WORDS ","), kUnicode);
    // ("received the Foreign Minister of Australia, Penny Wong, at the ministry": a person named after
    // an office, the clause going on after the name)
#define OFFICE_NOUN "\\s(?:the|its|his|her|their)\\s+(?:[\\w'\u2019-]+\\s+){0,3}(?:[Mm]inister|[Pp]resident|[Ss]ecretary|" \
                    "[Aa]mbassador|[Ee]nvoy|[Cc]ounterpart|[Ss]pokes(?:man|woman|person)|[Cc]hancellor|[Pp]remier|[Cc]hief)" \
                    "(?:\\s+of\\s+(?:the\\s+)?" NAME_WORDS ")?"
    static const QRegularExpression officeNoun(QStringLiteral(OFFICE_NOUN "$"), kUnicode);
    static const QRegularExpression officeNamed(QStringLiteral(OFFICE_NOUN ", " NAME_WORDS "$"), kUnicode);
    static const QRegularExpression nameThenPreposition(
        QStringLiteral("^ " NAME_WORDS ", (?:at|in|on|for|to|from|with|during|after|before) "), kUnicode);
#undef OFFICE_NOUN
#undef PLACE_NOUN
#undef NAME_WORDS
    const int back = std::max(clauseStart, comma - 80);
    const QStringView before = QStringView(text).mid(back, comma - back);
    const QStringView after = QStringView(text).mid(comma + 1, std::min<qsizetype>(120, text.size() - comma - 1));
    // (the patterns of the words after the comma first: anchored at its start, they fail at once where
    // those of the words before it search them for an ending; this runs for every comma before a date)
    const bool prepositionAfter = preposition.match(after).hasMatch();
    if (nameThenComma.match(after).hasMatch() && placeNoun.match(before).hasMatch())
        return true;
    if ((nameThenPreposition.match(after).hasMatch() && officeNoun.match(before).hasMatch())
        || (prepositionAfter && officeNamed.match(before).hasMatch()))
        return true;
    if (!wordBefore.match(before).hasMatch())
        return false;
    if (prepositionAfter && (placeNamed.match(before).hasMatch() || placeCloses.match(before).hasMatch()))
        return true;
    const bool goesOn = placeGoesOn.match(after).hasMatch();
    const bool listAfter = list.match(after).hasMatch();
    if (!goesOn && !listAfter)
        return false;
    const bool afterPlace = place.match(before).hasMatch();
    if (afterPlace && goesOn)
        return true;
    return listAfter && !(afterPlace && after.startsWith(QLatin1String(" the ")))
        && !fronted.match(QStringView(text).mid(clauseStart, comma - clauseStart)).hasMatch();
}

const QString &bracketedAside()
{
    static const QString pattern = QStringLiteral(
        "\\p{Lu}[\\p{Lu}\\d&.-]{1,9}|(?:(?:about|around|some|nearly|roughly|almost|over)\\s+)?"
        "(?:US|U\\.S\\.|A|C)?[$\u20AC\u00A3\u00A5]\\s?[\\d.,]+\\s*(?:trillion|billion|million|bn|mn|m|k)?");
    return pattern;
}

int clauseStop(const QString &text, int from, int limit)
{
    // The end of the clause: punctuation, a quote, a dash, or a relative word.
    // (not the comma in "4,000" or the colon in "10:05", nor one in a list of names, nor the full stop
    // of an initial or a title: "Ms. KAMIKAWA Yoko")
    static const QRegularExpression stop(
        QStringLiteral("[,:](?!\\d)|[;!?\"\u201C\u201D()\u2014]|\\s(?:--?|\u2013)\\s|"
                       // (the full stop first, then what may not come before it: a lookbehind opening an
                       // alternative would be tried at every position of the clause, five times slower)
                       "\\.(?<!\\b\\p{Lu}\\.|\\bMr\\.|\\bMs\\.|\\bMrs\\.|\\bDr\\.|\\bGen\\.|\\bSen\\.|\\bRep\\.|\\bGov\\.|\\bLt\\.|\\bCol\\.|"
                       "\\bAdm\\.|\\bProf\\.|\\bSt\\.|\\bJr\\.|\\bSr\\.)(?=\\s+[A-Z]|\\s*$)|"
                       "\\s(that|which|who|where|when|said|says|but|while)\\s|"
                       // "met on Tuesday in Geneva and will meet again next week": a second verb of the subject
                       // (or a commitment: "exchanged views on the South China Sea and agreed to hold the next
                       // meeting in Manila early next year")
                       "\\s(?:and|or)\\s+(?=(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should)\\s|"
                       "(?:agreed|decided|pledged|promised|vowed|resolved|undertook|committed|planned)\\s+to\\s)"),
        kUnicode);
    for (int at = from; at < limit;) {
        const QRegularExpressionMatch m = matchLong(stop, QStringView(text).mid(at, limit - at));
        if (!m.hasMatch())
            return limit;
        const int pos = at + int(m.capturedStart());
        if (text.at(pos) == u',' && joinsNames(text, pos, from)) {
            at = pos + 1;
            continue;
        }
        // "People's Republic of China (PRC) Foreign Minister Wang Yi", "a 50-billion-euro ($54 billion)
        // package": an aside in brackets is part of the clause (tidy() drops it)
        static const QRegularExpression acronym(QStringLiteral("^\\((?:") + bracketedAside() + QStringLiteral(")\\)"), kUnicode);
        if (text.at(pos) == u'(' && pos > from && text.at(pos - 1) == u' ') {
            if (const QRegularExpressionMatch a = acronym.match(QStringView(text).mid(pos, std::min(30, limit - pos))); a.hasMatch()) {
                at = pos + int(a.capturedLength());
                continue;
            }
            // "commencing at 10:15 a.m. (local time; 11:15 p.m. on September 23, Japan time) for …": the
            // moment in another time zone
            static const QRegularExpression zone(
                QStringLiteral("^\\((?:local\\s+time|[^()]{0,80}?\\b(?:time|GMT|UTC|ET|EST|EDT|CET|CEST|BST|JST|IST|MSK))\\)"),
                kUnicode);
            if (const QRegularExpressionMatch z = zone.match(QStringView(text).mid(pos, std::min(90, limit - pos))); z.hasMatch()) {
                at = pos + int(z.capturedLength());
                continue;
            }
        }
        // "recognised the two separatist \"republics\" and": a word or three in quotation marks
        // within the clause
        // ("the next "2+2" meeting")
        static const QRegularExpression scare(QStringLiteral("^[\"\u201C][\\w'\u2019+-]+(?:\\s[\\w'\u2019+-]+){0,2}[\"\u201D]"),
                                              kUnicode);
        const QStringView before = QStringView(text).mid(from, pos - from).trimmed();
        if (pos > from && text.at(pos - 1) == u' ') {
            if (const QRegularExpressionMatch q = scare.match(QStringView(text).mid(pos, std::min(40, limit - pos)));
                q.hasMatch()) {
                at = pos + int(q.capturedLength());
                continue;
            }
        }
        // "said Europe would \"stand with Ukraine for as long as it takes\".": a quotation that
        // completes the clause belongs to it
        // (not a quotation that is all the clause says: "said \"a deal is within reach\"" is the speaker's words)
        if (pos > from && text.at(pos - 1) == u' ' && (text.at(pos) == u'"' || text.at(pos) == QChar(0x201C))
            && !before.isEmpty() && before != u"that") {
            const QChar close = text.at(pos) == u'"' ? QChar(u'"') : QChar(0x201D);
            const qsizetype end = QStringView(text).mid(pos + 1, limit - pos - 1).indexOf(close) + pos + 1; // (pos when none)
            if (end > pos && end < limit) {
                qsizetype after = end + 1;
                while (after < limit && text.at(after) == u' ')
                    ++after;
                // (its punctuation inside the marks, American style, or right after them)
                if (after >= limit || QStringLiteral(".,;").contains(text.at(after))
                    || QStringLiteral(".,").contains(text.at(end - 1)))
                    return int(end + 1);
            }
            // "ordered Israel to take \"all necessary … measures\" to ensure …": the infinitive without
            // its quoted object says nothing; the clause ends before it
            static const QRegularExpression infinitive(QStringLiteral("\\S\\s+to\\s+[a-z]+\\s*$"), kUnicode);
            if (const QRegularExpressionMatch m = infinitive.match(before); m.hasMatch() && before.count(u' ') >= 3)
                return int(before.data() - text.constData()) + int(m.capturedStart()) + 1;
        }
        return pos;
    }
    return limit;
}

// The bare name that a reporting verb ("said", "says", "announced", "added"; the clause boundary
// just found, or the one before its "that") follows within its clause: "In Moscow, the Kremlin said"
// -> "The Kremlin".
QString speakerBefore(const QString &text, int sentenceStart, const QRegularExpressionMatch &boundary, bool nounPhrase)
{
    const QString verb = boundary.captured(1);
    if (verb.isEmpty())
        return {};
    QString subject = text.mid(sentenceStart, boundary.capturedStart(1)); // the match is in the sentence's text
    if (verb == u"that") {
        // "The U.S. said yesterday that it will …", "Moscow said in a statement that": the verb before "that"
        static const QRegularExpression reporting(QStringLiteral("\\s(?:said|says|announced|added|stated)(?:\\s+[\\w.]+){0,4}\\s*$"),
                                                  kUnicode);
        const QRegularExpressionMatch m = reporting.match(subject);
        if (!m.hasMatch())
            return {};
        subject.truncate(m.capturedStart());
    }
    subject = subject.mid(subject.lastIndexOf(u':') + 1); // "AFP: The U.S. said" (a briefing's questioner)
    // "On Gaza – the Israeli Government said": a topic set off by a dash
    static const QRegularExpression dash(QStringLiteral("\\s[-\u2013\u2014]\\s"), kUnicode);
    // (each pattern here only when its dash or word is there: the subject may be a long sentence's start)
    const bool dashed = subject.contains(u'-') || subject.contains(u'\u2013') || subject.contains(u'\u2014');
    if (const qsizetype d = dashed ? subject.lastIndexOf(dash) : -1; d >= 0)
        subject = subject.mid(d + 3);
    // "The Conservative leader, Kemi Badenoch, said": the name in commas
    const qsizetype comma = subject.lastIndexOf(u',');
    const bool appositive = comma > 0 && subject.mid(comma + 1).trimmed().isEmpty();
    if (appositive)
        subject.truncate(comma);
    // "Kaja Kallas, the EU's foreign policy chief, said", "Sergei Lavrov, Russia's foreign minister,
    // said": the name before an office set off in commas
    // ("Kenyan President William Ruto, who chairs the council, said": or before a relative clause)
    if (const qsizetype office = subject.lastIndexOf(u','); appositive && office > 0) {
        static const QRegularExpression describes(QStringLiteral("^\\s*(?:the|a|an|\\p{Lu}[\\w.-]*['\u2019]s)\\s"), kUnicode);
        static const QRegularExpression relative(QStringLiteral("^\\s*who\\s"), kUnicode);
        const QString before = subject.left(office);
        const QString name = tidy(before.mid(before.lastIndexOf(u',') + 1), 8);
        const QStringView setOff = QStringView(subject).mid(office + 1);
        if (name.contains(u' ') && isBareSubject(name) && describes.match(setOff).hasMatch())
            return name;
        if ((isBareSubject(name) || isDescribedName(name)) && relative.match(setOff).hasMatch())
            return name;
    }
    // "Spain, Ireland and Norway said they would …": a list of names is whole (its items one to three
    // capitalised words, none a fronted phrase's: "On Tuesday Spain, …")
#define ITEM "(?!(?:On|In|At|By|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)" \
             "\\p{Lu}[\\w.'\u2019-]*(?:\\s+\\p{Lu}[\\w.'\u2019-]*){0,2}"
    static const QRegularExpression list(QStringLiteral("(" ITEM "(?:,\\s+" ITEM ")*,?\\s+and\\s+" ITEM ")\\s*$"), kUnicode);
#undef ITEM
    const QRegularExpressionMatch listed =
        appositive || !subject.contains(QLatin1String("and")) ? QRegularExpressionMatch() : list.match(subject);
    subject = listed.hasMatch() && listed.captured(1).contains(u',') ? listed.captured(1) : subject.mid(subject.lastIndexOf(u',') + 1);
    // "France has said it will …": the auxiliary is the verb's
    static const QRegularExpression auxiliary(QStringLiteral("\\s+(?:has|have|had)\\s*$"), kUnicode);
    if (subject.contains(QLatin1String("ha")))
        subject.remove(auxiliary);
    const QString name = tidy(subject, 8);
    // ("The three European countries have said they will …": a plain noun phrase with "the")
    const bool theNoun = nounPhrase && name.startsWith(QLatin1String("The ")) && isNounPhrase(name, 5);
    return isBareSubject(name) || name.contains(u',') || (!appositive && (isDescribedName(name) || isPossessiveBody(name) || theNoun))
        ? name
        : QString();
}

// The noun phrase that ends a clause, which a relative clause after it is about: "… the repeated
// postponement of elections" -> "elections", "… the fourth meeting of the China-CELAC Forum" -> all of
// "the fourth meeting of the China-CELAC Forum" (after "of" a name belongs to the noun before it, a
// common noun is the head itself). Empty when the clause ends in a verb or a pronoun.
QString trailingNounPhrase(const QString &clause)
{
    static const QSet<QString> determiners = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
                                              QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("his"),
                                              QStringLiteral("her"), QStringLiteral("this"), QStringLiteral("these")};
    static const QSet<QString> prepositions = {
        QStringLiteral("with"), QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("in"),
        QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("into"), QStringLiteral("over"),
        QStringLiteral("against"), QStringLiteral("about"), QStringLiteral("between"), QStringLiteral("after"),
        QStringLiteral("before"), QStringLiteral("off"), QStringLiteral("under"), QStringLiteral("without"),
        QStringLiteral("than"), QStringLiteral("among"), QStringLiteral("during"), QStringLiteral("through")};
    const QStringList words = clause.split(u' ', Qt::SkipEmptyParts);
    int from = int(words.size());
    int bare = 0, twoBare = -1; // lower-case words read; where the second began
    // "the cessation of hostilities between Israel and Lebanon, which took effect": the parties
    // after "between" belong to the noun before it
    for (int k = from - 1; k >= 1 && k >= from - 6; --k) {
        if (words.at(k) != u"between")
            continue;
        const bool parties = std::all_of(words.begin() + k + 1, words.end(), [](const QString &w) {
            return w.at(0).isUpper() || w == u"and" || w == u"the";
        });
        if (parties && words.mid(k + 1).contains(QStringLiteral("and")))
            from = k;
        break;
    }
    while (from > 0 && int(words.size()) - from < 9) {
        const QString &w = words.at(from - 1);
        const QString l = w.toLower();
        // (a name holds "on" or "for" between its capitalised words: "the Agreement on Security of Information")
        const bool inName = (l == u"on" || l == u"for") && w.at(0).isLower() && from >= 2 && from < int(words.size())
            && words.at(from - 2).at(0).isUpper() && words.at(from).at(0).isUpper();
        if (prepositions.contains(l) && !inName)
            break;
        if (inName) {
            --from;
            continue;
        }
        if (w.at(0).isDigit() || w.at(0) == u'$')
            return {}; // "$1.2 million, which": a quantity, not a noun phrase
        if (determiners.contains(l)) {
            --from; // the phrase's first word; "of" before it may join a name to its noun
            // ("the fourth meeting of the China-CELAC Forum", a name; not "the eve of the G20 summit")
            if (from > 1 && words.at(from - 1) == u"of" && from + 1 < int(words.size())
                && std::all_of(words.begin() + from + 1, words.end(), [](const QString &x) {
                       return x.at(0).isUpper() || x == u"of" || x == u"and" || x == u"for" || x == u"the";
                   }))
                from -= 1;
            else
                break;
            continue;
        }
        if (l == u"of") {
            // "the Republic of Korea"; "the cessation of hostilities" (a bare noun after it)
            if (from < int(words.size()) && (words.at(from).at(0).isUpper()
                                              || (words.at(from).at(0).isLower() && !determiners.contains(words.at(from))
                                                  && from + 1 < int(words.size()) && words.at(from + 1) == u"between"))) {
                --from;
                continue;
            }
            break;
        }
        // "the fourth ministerial meeting": a word in -ing is a noun after a determiner
        const auto determined = [&] {
            for (int k = from - 2; k >= 0 && k >= from - 4; --k)
                if (determiners.contains(words.at(k).toLower()))
                    return true;
            return false;
        };
        // ("the G20 summit", "the COP29 talks": a name with digits)
        static const QRegularExpression code(QStringLiteral("^\\p{Lu}+\\d+$"), QRegularExpression::UseUnicodePropertiesOption);
        if (!isNounPhrase(w, 1) && !(l.endsWith(QLatin1String("ing")) && isNounPhrase(w.chopped(3), 1) && determined())
            && !code.match(w).hasMatch())
            break;
        --from;
        if (w.at(0).isLower() && ++bare == 2)
            twoBare = from;
    }
    // "… contains various information": without a determiner two lower-case words at most,
    // with one three ("the fourth ministerial meeting"; "The supplement contains various information")
    if (bare > 3 || (bare > 2 && !(from < int(words.size()) && determiners.contains(words.at(from).toLower()))))
        from = twoBare;
    if (from < int(words.size()) && words.at(from) == u"of")
        ++from; // the noun before "of" was no noun phrase: "attended the meeting of …" keeps "the meeting"
    const QString phrase = words.mid(from).join(u' ');
    return from < int(words.size()) ? phrase : QString();
}

// Words a title may end without but start with: "The talks", "Its troops".
bool opensNounPhrase(const QString &w)
{
    static const QSet<QString> openers = {QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
                                          QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("his"),
                                          QStringLiteral("her"), QStringLiteral("both")};
    return openers.contains(w.toLower());
}

const QRegularExpression &statementVerbAtEnd()
{
    static const QRegularExpression stated(QStringLiteral(
        "\\s(?:denied|confirmed|insisted|warned|claimed|acknowledged|stated|argued|alleged|announced|said|reported|says|"
        // what a body decides or asks for: "the council demanded (on July 31) that Iran halt enrichment"
        "demand(?:ed|s)|rul(?:ed|es)|order(?:ed|s)|decid(?:ed|es)|declar(?:ed|es)|urg(?:ed|es)|request(?:ed|s)|"
        "recommend(?:ed|s)|propos(?:ed|es)|conclud(?:ed|es)|agreed|pledged|promised|vowed|"
        // "told reporters", "told the Security Council", "told Hungarian radio", "told a regular briefing"
        "(?:told|assured|informed)\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?[\\w-]+(?:\\s+[\\w-]+)?|"
        // "wrote on Truth Social", "posted on X": the medium goes from the title
        "(?:wrote|posted)(\\s+on\\s+(?:\\p{Lu}[\\w'\u2019-]*\\s*){1,3})?)$"),
        kUnicode);
    return stated;
}

QString statedAfter(const QString &clause, const QString &text, int at, int limit, int &end)
{
    static const QRegularExpression thatClause(QStringLiteral("^\\s*that\\s+(?=\\S+\\s+\\S)"), kUnicode);
    if (at >= limit || !statementVerbAtEnd().match(u' ' + clause.trimmed()).hasMatch())
        return {};
    QRegularExpressionMatch that = thatClause.match(QStringView(text).mid(at, limit - at));
    // ("told reporters on Monday he would travel to Moscow": after a listener "that" may go, when a
    // subject and its auxiliary open what was told)
    static const QRegularExpression listener(
        QStringLiteral("\\b(?:told|assured|informed)\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?\\S+(?:\\s+\\S+)?$"), kUnicode);
    static const QRegularExpression toldClause(QStringLiteral(
        "^\\s*(?=(?:the|he|she|it|they|we)\\s+(?:[\\w-]+\\s+){0,2}?"
        "(?:would|will|had|has|have|was|were|is|are|could|might|must|should|may|can)\\s)"), kUnicode);
    if (!that.hasMatch() && clause.contains(listener))
        that = toldClause.match(QStringView(text).mid(at, limit - at));
    if (!that.hasMatch())
        return {};
    const int from = at + int(that.capturedEnd());
    end = clauseStop(text, from, limit);
    return text.mid(from, end - from);
}

// "thanked the Foreign Minister for hosting talks in Riyadh last month", "accused Iran of seizing a
// tanker on Friday": what someone is thanked or blamed for is what a date at the head's end dates
// (the thanks come later), with who did it when a name says so ("Russia launching a missile attack
// on Kyiv"). Empty when the head is no such phrase.
QString deedThankedFor(const QString &head)
{
    static const QRegularExpression deedFor(QStringLiteral(
        "\\b(?:thank(?:ed|s)?|prais(?:ed|es)|commend(?:ed|s)|congratulat(?:ed|es)|critici[sz](?:ed|es)|condemn(?:ed|s)|"
        "blam(?:ed|es)|accus(?:ed|es)|applaud(?:ed|s)|fault(?:ed|s)|rebuk(?:ed|es)|credit(?:ed|s)|lauded|hailed)"
        "\\s+([^,;]{1,80}?)\\s+(?:for|of)\\s+([a-z]+ing)\\b"), kUnicode);
    const QRegularExpressionMatch m = deedFor.match(head);
    if (!m.hasMatch() || tidy(head.mid(m.capturedStart(2)), 12).count(u' ') < 1)
        return {};
    const QString doer = m.captured(1).simplified();
    const bool named = isBareSubject(doer) || isDescribedName(doer) || (doer.startsWith(QLatin1String("the ")) && isNounPhrase(doer, 4));
    return (named ? doer + u' ' : QString()) + head.mid(m.capturedStart(2));
}

// "his first tour of the region since taking office in July 2024": the gerund after "since" (and
// its words) is what a date at the head's end dates, done by the sentence's subject (after "after"
// the date is as often the main clause's: "changed course after meeting officials on Monday"; not
// with an office taken or left: "less than a year after taking office on 1 October 2024"). Empty
// when there is none.
QString gerundSince(const QString &head)
{
    static const QRegularExpression sinceDoing(QStringLiteral(
        "^.*\\b(?:since|(?:after|before|upon)(?=\\s+(?:taking|leaving|assuming|entering)\\s+(?:office|power|the\\s+presidency)\\b))\\s+"
        "((?!(?:morning|evening|spring|thing|nothing|something|anything|everything)\\b)[a-z]+ing\\b(?:\\s+[\\w\u2019'-]+){0,6}?)"
        "\\s+(?:in|on|at|during)?\\s*$"), kUnicode);
    const QRegularExpressionMatch m = sinceDoing.match(head);
    return m.hasMatch() ? m.captured(1) : QString();
}

// "It is his last trip before the Biden administration leaves office on Jan. 20", "The leaders met
// after Russia launched missiles on Monday", "Relations have been strained since Beijing banned
// imports in August 2023": a date at the end of a clause after "before", "after", "when", "once",
// "until" or "since" is that clause's, when it has a subject and a clear verb (a past, an
// auxiliary, or an "-s" after a singular noun). Returns the clause, else head as it was.
QString subordinateClause(const QString &head)
{
    static const QRegularExpression conjunction(QStringLiteral("\\b(?:before|after|when|once|until|since)\\s+"), kUnicode);
    static const QSet<QString> mainVerbs = {QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("was"),
                                            QStringLiteral("were"), QStringLiteral("has"), QStringLiteral("have"),
                                            QStringLiteral("had"), QStringLiteral("will"), QStringLiteral("would")};
    static const QSet<QString> openers = {QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("in"),
                                          QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("for"),
                                          QStringLiteral("with"), QStringLiteral("by"), QStringLiteral("from"),
                                          QStringLiteral("and"), QStringLiteral("or")};
    QRegularExpressionMatch last;
    for (auto it = conjunction.globalMatch(head); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return head;
    const QString rest = head.mid(last.capturedEnd());
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    // (a bare noun with its verb too: "since fighting erupted", "after talks collapsed")
    if (words.isEmpty()
        || !(opensNounPhrase(words.first()) || words.first().at(0).isUpper() || (words.size() >= 2 && isFiniteVerb(words.at(1)))))
        return head;
    for (int n = 1; n < int(words.size()) && n <= 6; ++n) {
        const QString subject = words.mid(0, n).join(u' ');
        const QString &verb = words.at(n);
        // (a bare noun before its verb is one too, "since fighting erupted"; not a pronoun, which would
        // lose who the main clause names)
        const bool bare = n == 1 && isFiniteVerb(words.at(1)) && !isPersonalPronoun(subject);
        if (!(isNounPhrase(subject, 6) || bare) || openers.contains(words.at(n - 1).toLower()))
            continue;
        const bool singularPresent = verb.size() > 3 && verb.endsWith(u's') && verb.at(0).isLower()
            && !words.at(n - 1).endsWith(u's') && !openers.contains(verb);
        if (isFiniteVerb(verb) || singularPresent) {
            // a second finite verb after it is the main clause's again: "The man who threw a grenade
            // before the bomb exploded was identified on Thursday"
            const bool resumes = std::any_of(words.begin() + n + 1, words.end(),
                                             [](const QString &w) { return mainVerbs.contains(w); });
            return resumes ? head : rest;
        }
    }
    return head;
}

// Past participles that date the event of the noun before them: "the talks held in Riyadh", "the
// protocol, signed the previous September".
const QString &eventParticiples()
{
    static const QString participles = QStringLiteral(
        "(?:held|signed|adopted|reached|launched|concluded|convened|hosted|organi[sz]ed|staged|brokered|"
        "conducted|opened|inaugurated|unveiled|announced|approved|passed|ratified|imposed|introduced|issued|published|"
        "released|made|set up|founded|established|fought|won|lost)");
    return participles;
}

// The words that bound a date rather than name an event: before it ("no later than", "as early
// as", "by at least", "in the early hours of") or after it ("at the earliest", "at the latest").
const QRegularExpression &dateModifier(bool before)
{
    static const QRegularExpression leading(
        QStringLiteral("\\s*\\b(?:(?:no|not)\\s+(?:later|earlier|sooner)\\s+than|as\\s+(?:early|late|soon)\\s+as|"
                       "(?:until|by)\\s+at\\s+(?:least|the\\s+(?:earliest|latest))|"
                       "(?:in\\s+)?the\\s+(?:early|small|wee)\\s+hours\\s+(?:of|on)|"
                       // "On the afternoon of March 27, 2025, …": the part of the day is the date's
                       "(?:(?:on|in|during)\\s+)?the\\s+(?:morning|afternoon|evening|night)\\s+of|"
                       // "in a statement later on Monday", "earlier in the day"
                       "(?:later|earlier)\\s+(?:on|in|that|this)?|"
                       // "come into force with effect from 15 March", "effective from 1 April"
                       "with\\s+effect\\s+from|effective\\s+(?:from|as\\s+of))\\s*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    static const QRegularExpression trailing(QStringLiteral("^\\s*at\\s+the\\s+(?:earliest|latest)\\b"),
                                             QRegularExpression::CaseInsensitiveOption | kUnicode);
    return before ? leading : trailing;
}

int afterDate(const QString &text, int dateEnd, int limit, bool &possessive)
{
    int p = dateEnd;
    while (p < limit && text.at(p) == u' ')
        ++p;
    possessive = p + 2 < limit && (text.at(p) == u'\'' || text.at(p) == QChar(0x2019)) && text.at(p + 1) == u's'
        && text.at(p + 2) == u' ';
    if (possessive) {
        p += 3;
        while (p < limit && text.at(p) == u' ')
            ++p;
    }
    return p;
}

// Where the clause after a date that opens its sentence starts (from: right after the date): past
// commas and spaces, and on a chronology entry's line ("15 July 1974 — A coup …", "- **April 19:** A
// second round …") past its separator and markup; entry tells whether the date opens such a line.
int clauseAfterDate(const QString &text, int sentenceStart, int sentenceEnd, int dateStart, int from, bool &entry)
{
    // (the line's start looked for within the sentence, which a line break ends: a text without
    // line breaks would otherwise be read back to its start for every date)
    const qsizetype lineStart =
        QStringView(text).mid(sentenceStart, dateStart - sentenceStart).lastIndexOf(u'\n') + 1 + sentenceStart;
    bool atLineStart = lineStart > sentenceStart;
    for (qsizetype b = sentenceStart; !atLineStart; --b) {
        atLineStart = b == 0 || text.at(b - 1) == u'\n' || text.at(b - 1) == u'\r';
        if (b == 0 || (text.at(b - 1) != u' ' && text.at(b - 1) != u'\t'))
            break;
    }
    // (a word of the date's may open the entry: "- By Aug. 31: The court must …")
    static const QRegularExpression bullet(QStringLiteral("^[\\s*\u2022\u2013\u2014-]*(?:(?:by|before|from|until|till|on|in|"
                                                          "around|no\\s+later\\s+than)\\s+)?$"),
                                           QRegularExpression::CaseInsensitiveOption | kUnicode);
    entry = atLineStart && bullet.match(QStringView(text).mid(lineStart, dateStart - lineStart)).hasMatch();
    static const QString separators = QStringLiteral(":\u2014\u2013-");
    // Markdown's emphasis and a table's bars around an entry's date: "- **April 19:** A second round …"
    const auto markup = [&](int at) { return entry && (text.at(at) == u'*' || text.at(at) == u'_' || text.at(at) == u'|'); };
    while (from < sentenceEnd && (text.at(from) == u',' || text.at(from) == u' ' || markup(from)
                                  || (entry && separators.contains(text.at(from)) && from + 1 < sentenceEnd
                                      && (text.at(from + 1) == u' ' || markup(from + 1)))))
        ++from;
    return from;
}

QString clauseBeforeSetOffDate(const QString &text, int sentenceStart, int previousStart, int comma, int dateEnd, int sentenceEnd)
{
    // (nothing after the date but more dates)
    static const QRegularExpression onlyDates(
        QStringLiteral("^(?:\\s*(?:,|and|or|in|on|at|\\p{Lu}[\\w.]*|\\d+\\w*))*\\s*[.;!?]?\\s*$"), kUnicode);
    if (!onlyDates.match(QStringView(text).mid(dateEnd, sentenceEnd - dateEnd)).hasMatch())
        return {};
    // a clause of its own: a subject in capitals and a verb, not "…, or $1.61 a share, in the quarter"
    const auto ownClause = [](const QString &clause) {
        const QStringList words = clause.split(u' ', Qt::SkipEmptyParts);
        return words.size() >= 3 && words.first().at(0).isUpper()
            && std::any_of(words.begin() + 1, words.end(), [](const QString &w) { return isFiniteVerb(w); });
    };
    const QString clause = text.mid(previousStart, comma - previousStart).trimmed();
    if (ownClause(clause))
        return clause;
    // past an apposition in commas: "The sheikh met Emmanuel Macron, the French president, on Monday"
    static const QRegularExpression apposition(QStringLiteral("^(?:the|a|an|\\p{Lu}[\\w.-]*['\u2019]s)\\s"), kUnicode);
    if (previousStart > sentenceStart && text.at(previousStart - 1) == u',' && apposition.match(clause).hasMatch()
        && std::none_of(clause.begin(), clause.end(), [](QChar c) { return c == u','; })) {
        const QString before = text.mid(sentenceStart, previousStart - 1 - sentenceStart).trimmed();
        if (!before.contains(u',') && ownClause(before))
            return before;
    }
    return {};
}

const QRegularExpression &instanceCount()
{
    static const QRegularExpression count(QStringLiteral(
        "\\s+(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+times|twice)"
        "(?:\\s+(?:in|over|during)\\s+the\\s+(?:past|last)\\s+(?:\\S+\\s+)?(?:days?|weeks?|months?|years?)|\\s+(?:this|last)\\s+"
        "(?:week|month|year)|\\s+since\\s+\\S+(?:\\s+\\d{4})?|\\s+so\\s+far(?:\\s+this\\s+\\w+)?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | kUnicode);
    return count;
}

} // namespace clauses

using namespace clauses;

QString transcriptSpeaker(const QString &text, int pos)
{
    // a label of two to four capitalised words and a colon at the start of the line ("MR. PRICE:",
    // "THE PRESIDENT:", "Mao Ning:"; a question's "Q:" is nobody, and one word is more often a
    // dateline, "RIYADH:", than a speaker)
    static const QRegularExpression label(
        QStringLiteral("^[ \\t]*(\\p{Lu}[\\w.'\u2019-]+(?: \\p{Lu}[\\w.'\u2019-]+){1,3}):\\s"), kUnicode);
    // (the line's start within a few thousand characters: a long text without line breaks has no labels)
    const qsizetype from = std::max(0, pos - 4000);
    const qsizetype line = QStringView(text).mid(from, std::max(0, pos - int(from))).lastIndexOf(u'\n') + 1 + from;
    if (line == from && from > 0)
        return {};
    // a parliament's record: "The Secretary of State for Foreign … Affairs (David Lammy):", "1. Emily
    // Thornberry (Islington South and Finsbury) (Lab):" (the office, or the seat and party, in brackets)
    static const QRegularExpression recordLabel(
        QStringLiteral("^[ \\t]*(?:\\d+\\.\\s+)?(?:The\\s[^()\\n:]{3,140}\\((\\p{Lu}[\\w.'\u2019-]+(?: \\p{Lu}[\\w.'\u2019-]+){1,3})\\)|"
                       "(\\p{Lu}[\\w.'\u2019-]+(?: \\p{Lu}[\\w.'\u2019-]+){1,3})(?:\\s\\([^()\\n]{2,60}\\)){1,2}):\\s"), kUnicode);
    const QStringView head = QStringView(text).mid(line, std::min<qsizetype>(200, text.size() - line));
    QRegularExpressionMatch m = label.match(head.left(80));
    int group = 1;
    if (!m.hasMatch()) {
        m = recordLabel.match(head);
        group = m.hasCaptured(1) ? 1 : 2;
    }
    if (!m.hasMatch() || m.capturedStart() + line > pos)
        return {};
    QString name = m.captured(group);
    if (name.size() < 3)
        return {};
    if (name == name.toUpper()) { // "PRESIDENT BIDEN" -> "President Biden"
        QStringList words = name.toLower().split(u' ');
        for (QString &w : words)
            w[0] = w[0].toUpper();
        name = words.join(u' ');
    }
    return name;
}

QString withFirstPerson(const QString &title, const QString &speaker)
{
    static const QHash<QString, QString> agreement = {{QStringLiteral("am"), QStringLiteral("is")},
                                                      {QStringLiteral("have"), QStringLiteral("has")},
                                                      {QStringLiteral("do"), QStringLiteral("does")}};
    const QString first = title.section(u' ', 0, 0);
    QString rest = title.section(u' ', 1);
    if (speaker.isEmpty() || rest.isEmpty())
        return title;
    if (first == u"I") {
        const QString verb = rest.section(u' ', 0, 0);
        if (agreement.contains(verb))
            rest = agreement.value(verb) + u' ' + rest.section(u' ', 1);
        return speaker + u' ' + rest;
    }
    if (first == u"My")
        return speaker + QStringLiteral("’s ") + rest;
    return title;
}

// Wire and page furniture rather than a sentence: "AP900815-0044 AP-NR", "WSJ891102-0067 = 891102",
// "WALL STREET JOURNAL". A title is furniture when it has no lower-case letter, or codes (letters
// with three or more digits, or marks such as "@" and "=" standing alone) make up much of it;
// "F-16", "G20" and "A380 deliveries" stay titles.
bool looksLikeFurniture(const QString &title)
{
    if (std::none_of(title.begin(), title.end(), [](QChar c) { return c.isLower(); }))
        return true;
    // a page's stamp: "Last updated 22:10 GMT", "First published on …"
    static const QRegularExpression pageStamp(
        QStringLiteral("^(?:last\\s+|first\\s+)?(?:updated|published|posted|modified|edited)(?:\\s+(?:on|at))?$"),
        QRegularExpression::CaseInsensitiveOption);
    // (each pattern only when the text may hold it: a proposal's title is checked twice, for every date;
    // all the stamp's words end in "ed")
    if (title.contains(QLatin1String("ed"), Qt::CaseInsensitive) && pageStamp.match(title).hasMatch())
        return true;
    // a wire header's time stamp before its slug: "10:34:13 international NATO Adds Three New Members"
    static const QRegularExpression stamp(QStringLiteral("^\\d{1,2}:\\d\\d(?::\\d\\d)?\\s"), kUnicode);
    if (title.contains(u':') && stamp.match(title).hasMatch())
        return true;
    static const QRegularExpression ordinalOrDecade(QStringLiteral("^['\u2019]?\\d+(?:s|st|nd|rd|th)$"), kUnicode);
    static const QRegularExpression adjacent(QStringLiteral("\\p{L}\\d|\\d\\p{L}"), kUnicode);
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    int codes = 0, mixed = 0;
    for (const QString &w : words) {
        const auto digits = std::count_if(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
        if (digits > 0 && ordinalOrDecade.match(w).hasMatch())
            continue; // "the 1990s", "21st"
        const bool letters = std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLetter(); });
        const bool mark = w.size() <= 2 && !letters && digits == 0 && w != u"-" && w != u"&";
        if ((letters && digits >= 3) || mark)
            ++codes;
        mixed += digits > 0 && letters && adjacent.match(w).hasMatch(); // (the patterns only for words with digits)
    }
    // Wire slugs run letters and digits together in most words ("A4195 Cx1f Cx13 Cx11"); "G20 and
    // G7 leaders" has two such words, and "F-16" keeps them apart.
    return codes >= 2 || (codes == 1 && words.size() <= 3) || mixed >= 3;
}

QSet<QString> contentWords(QStringView text, bool withoutNames)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}{4,}"));
    static const QSet<QString> function = {
        QStringLiteral("that"), QStringLiteral("this"), QStringLiteral("with"), QStringLiteral("from"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("into"), QStringLiteral("over"),
        QStringLiteral("their"), QStringLiteral("there"), QStringLiteral("they"), QStringLiteral("them"),
        QStringLiteral("have"), QStringLiteral("been"), QStringLiteral("were"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("about"), QStringLiteral("which"), QStringLiteral("when"),
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told")};
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        QString w = it.next().captured();
        if (withoutNames && w.front().isUpper())
            continue;
        w = w.toLower();
        if (function.contains(w))
            continue;
        if (w.endsWith(u's'))
            w.chop(1);
        words.insert(w);
    }
    return words;
}

} // namespace dateline::extract
