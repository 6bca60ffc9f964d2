// The word classes of proposal titles: pronouns, names, noun phrases and finite verbs.
#include "core/extract/titleclauses.h"

#include "core/extract/lexicon.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace dateline::extract::clauses {

// (and their contractions "he's", "they're", "i'm")
bool isPersonalPronoun(const QString &word)
{
    static const QSet<QString> pronouns = {QStringLiteral("i"), QStringLiteral("we"), QStringLiteral("you"),
                                           QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("it"),
                                           QStringLiteral("they")};
    return pronouns.contains(word.section(u'\'', 0, 0).toLower());
}

namespace {

char16_t unitAt(QLatin1String w, qsizetype i) { return uchar(w.data()[i]); }
char16_t unitAt(QStringView w, qsizetype i) { return w.utf16()[i]; }

// One pass over text for all the words (QStringView::contains() would widen a Latin-1 word and search
// the whole text once per word): at each position, only the words starting with its character are
// compared.
template<typename Words>
bool holdsAny(QStringView text, const Words &words)
{
    std::array<bool, 256> opens{};
    bool wide = false; // a word starts beyond Latin-1: every position is a candidate
    for (const auto &w : words) {
        if (w.isEmpty())
            return true; // (as contains() finds an empty word)
        if (unitAt(w, 0) > 0xFF)
            wide = true;
        else
            opens[unitAt(w, 0)] = true;
    }
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        if (!wide && (s[i] > 0xFF || !opens[s[i]]))
            continue;
        for (const auto &w : words) {
            const qsizetype m = w.size();
            if (m > n - i || unitAt(w, 0) != s[i])
                continue;
            qsizetype j = 1;
            while (j < m && unitAt(w, j) == s[i + j])
                ++j;
            if (j == m)
                return true;
        }
    }
    return false;
}

} // namespace

bool holdsAnyOf(QStringView text, std::initializer_list<QLatin1String> words)
{
    return holdsAny(text, words);
}

bool holdsAnyOf(QStringView text, std::span<const QStringView> words)
{
    return holdsAny(text, words);
}

QRegularExpressionMatch matchLong(const QRegularExpression &re, QStringView subject)
{
    // four code units at a time: a lane whose top five bits are 11011 is a surrogate
    constexpr std::uint64_t top5 = 0xF800F800F800F800ull, surrogate = 0xD800D800D800D800ull, ones = 0x0001000100010001ull,
                            highs = 0x8000800080008000ull;
    const char16_t *s = subject.utf16();
    const qsizetype n = subject.size();
    qsizetype i = 0;
    bool clean = true;
    for (; clean && i + 4 <= n; i += 4) {
        std::uint64_t units;
        std::memcpy(&units, s + i, sizeof units);
        const std::uint64_t zeroIfSurrogate = (units & top5) ^ surrogate;
        clean = ((zeroIfSurrogate - ones) & ~zeroIfSurrogate & highs) == 0;
    }
    for (; clean && i < n; ++i)
        clean = (s[i] & 0xF800) != 0xD800;
    return clean ? re.match(subject, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption)
                 : re.match(subject);
}

const QSet<QString> &trailingWords()
{
    static const QSet<QString> words = {
        QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("by"), QStringLiteral("from"),
        QStringLiteral("until"), QStringLiteral("since"), QStringLiteral("during"), QStringLiteral("for"),
        QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("between"),
        QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("and"), QStringLiteral("to"),
        QStringLiteral("early"), QStringLiteral("late"), QStringLiteral("as"), QStringLiteral("through"),
        QStringLiteral("if"), QStringLiteral("because"), QStringLiteral("than"), QStringLiteral("with"),
        QStringLiteral("into"), QStringLiteral("against"), QStringLiteral("over"), QStringLiteral("about"),
        QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("his"), QStringLiteral("her"),
        QStringLiteral("starting"), QStringLiteral("beginning"), QStringLiteral("near"), QStringLiteral("outside"),
        QStringLiteral("amid"), QStringLiteral("within"), QStringLiteral("across"), QStringLiteral("past"),
        QStringLiteral("toward"), QStringLiteral("towards"), QStringLiteral("under"), QStringLiteral("despite"),
        QStringLiteral("via"), QStringLiteral("without"), QStringLiteral("per"), QStringLiteral("or"), QStringLiteral("&"),
        // (a relative clause cut off: "… agreed a pilot scheme under which")
        QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("whom"), QStringLiteral("whose"), QStringLiteral("where")};
    return words;
}

namespace {

// A name's word with its particle joined by a hyphen: "al-Burhan", "el-Sisi".
bool particleJoined(const QString &word)
{
    const qsizetype hyphen = word.indexOf(u'-');
    return hyphen > 0 && hyphen + 1 < word.size() && word.at(hyphen + 1).isUpper() && lexicon::nameParticle(word.left(hyphen));
}

} // namespace

// A name with nothing else before the date ("President Bush", "The U.N. Security Council"): every
// word capitalised, or a particle of a name.
bool isBareSubject(const QString &title)
{
    static const QSet<QString> particles = {QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("and"),
                                            QStringLiteral("for"), QStringLiteral("de"), QStringLiteral("al"),
                                            QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der")};
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6)
        return false;
    if (const QString one = words.first().toLower(); words.size() == 1 && (isPersonalPronoun(one) || one == u"this" || one == u"that"))
        return false;
    return std::all_of(words.begin(), words.end(), [](const QString &w) {
        return w.at(0).isUpper() || particles.contains(w.toLower()) || particleJoined(w);
    });
}

// A name after the words that describe it, with no verb among them: "Presidential aide Hikmet
// Hajiyev", "Kremlin spokesman Peskov", "senior Hamas official Basem Naim".
bool isDescribedName(const QString &title)
{
    static const QSet<QString> verbs = {
        QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("are"), QStringLiteral("were"), QStringLiteral("has"),
        QStringLiteral("had"), QStringLiteral("have"), QStringLiteral("will"), QStringLiteral("would"), QStringLiteral("said"),
        QStringLiteral("says"), QStringLiteral("told"), QStringLiteral("met"), QStringLiteral("hit"), QStringLiteral("sent"),
        QStringLiteral("took"), QStringLiteral("made"), QStringLiteral("gave"), QStringLiteral("left"), QStringLiteral("led"),
        // a clause, not a description: "the 8,000 employees that Unisys"
        QStringLiteral("that"), QStringLiteral("which"), QStringLiteral("who"), QStringLiteral("whom"),
        QStringLiteral("whose"), QStringLiteral("when"), QStringLiteral("where"), QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("but"), QStringLiteral("if"), QStringLiteral("as")};
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3 || words.size() > 8 || !words.first().at(0).isLetter() || verbs.contains(words.first().toLower()))
        return false;
    int name = int(words.size());
    while (name > 1 && (words.at(name - 1).at(0).isUpper() || lexicon::nameParticle(words.at(name - 1))))
        --name;
    if (name == int(words.size()) || !words.at(name).at(0).isUpper())
        return false;
    // the describing words: lower-case after the first (which tidy() capitalised), none a verb
    bool lower = false;
    for (int k = 1; k < name; ++k) {
        const QString &w = words.at(k);
        if (w.at(0).isUpper())
            continue; // "Foreign ministry spokesman", "senior Hamas official"
        if (verbs.contains(w) || (w.size() > 3 && w.endsWith(QLatin1String("ed"))) || !w.at(0).isLetter())
            return false;
        lower = true;
    }
    return lower;
}

// Two to six capitalised words, particles between them ("bin", "von der"), and nothing else.
bool isPersonName(const QString &words)
{
    // (a particle joined by a hyphen too, last as well: "al-Burhan", "el-Sisi")
    const QStringList w = words.split(u' ', Qt::SkipEmptyParts);
    if (w.size() < 2 || w.size() > 6 || !w.first().at(0).isUpper() || !(w.last().at(0).isUpper() || particleJoined(w.last())))
        return false;
    return std::all_of(w.begin(), w.end(), [](const QString &x) {
        return (x.at(0).isUpper() || lexicon::nameParticle(x) || particleJoined(x))
            && std::all_of(x.begin(), x.end(), [](QChar c) { return c.isLetter() || c == u'.' || c == u'\'' || c == u'-' || c == QChar(0x2019); });
    });
}

// A body named by its country or organisation: "Israel's military", "Russia's foreign ministry",
// "China's Commerce Ministry", "The International Atomic Energy Agency's board" (a capitalised
// possessive of up to five words, "the" and "of" besides, then a noun phrase of up to three).
bool isPossessiveBody(const QString &title)
{
    const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    const qsizetype owner = std::find_if(words.begin(), words.end(), [](const QString &w) {
                                return w.endsWith(QLatin1String("'s")) || w.endsWith(QStringLiteral("\u2019s"));
                            }) - words.begin();
    if (owner >= words.size() - 1 || owner > 4 || words.size() - 1 - owner > 3 || words.at(owner).size() <= 3)
        return false;
    const bool named = std::all_of(words.begin(), words.begin() + owner + 1, [](const QString &w) {
        return w.at(0).isUpper() || w == u"of" || w == u"the";
    });
    return named && isNounPhrase(words.mid(owner + 1).join(u' '), 3)
        && std::none_of(words.begin() + owner + 1, words.end(), [](const QString &w) { return !w.at(0).isLetter(); });
}

// Words that can be a noun phrase: at most maxWords, none a verb form, auxiliary, pronoun or
// clause word ("U.S. Secretary of State Antony Blinken", "The measures", "Israeli troops").
bool isNounPhrase(const QString &phrase, int maxWords)
{
    static const QSet<QString> notNouns = {
        QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("are"), QStringLiteral("were"), QStringLiteral("be"),
        QStringLiteral("been"), QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("have"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("should"), QStringLiteral("could"), QStringLiteral("can"), QStringLiteral("may"),
        QStringLiteral("might"), QStringLiteral("must"), QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"),
        QStringLiteral("met"), QStringLiteral("hit"), QStringLiteral("it"), QStringLiteral("they"), QStringLiteral("he"),
        QStringLiteral("she"), QStringLiteral("we"), QStringLiteral("i"), QStringLiteral("you"), QStringLiteral("and"),
        QStringLiteral("or"), QStringLiteral("but"), QStringLiteral("to"), QStringLiteral("that"), QStringLiteral("which"),
        QStringLiteral("who"), QStringLiteral("whose"), QStringLiteral("when"), QStringLiteral("if"), QStringLiteral("as"),
        QStringLiteral("than")};
    static const QSet<QString> determiners = {
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("its"), QStringLiteral("his"),
        QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("our"), QStringLiteral("this"), QStringLiteral("these")};
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > maxWords || !words.first().at(0).isLetter())
        return false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const QString &w = words.at(k);
        const QString l = w.toLower();
        // "Beijing", "United" are names, not verb forms; nor is a participle between a determiner and
        // its noun: "an exiled group", "the ruling party", "a newly elected president"
        const bool participle = w.at(0).isLower() && l.size() > 3 && (l.endsWith(QLatin1String("ed")) || l.endsWith(QLatin1String("ing")));
        const qsizetype det = k >= 2 && words.at(k - 1).endsWith(QLatin1String("ly")) ? k - 2 : k - 1;
        const bool adjective = participle && k + 1 < words.size() && det >= 0 && determiners.contains(words.at(det).toLower());
        // ("the Saudi and US delegations": "and" between two names' words)
        const bool namesJoined = (l == u"and" || l == u"or") && k > 0 && k + 1 < words.size() && words.at(k - 1).at(0).isUpper()
            && words.at(k + 1).at(0).isUpper();
        if ((notNouns.contains(l) && !namesJoined) || (participle && !adjective)
            || !std::all_of(w.begin(), w.end(), [](QChar c) {
                   return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'+' || c == u'\'' || c == QChar(0x2019);
               })) // ("the Second 2+2 Dialogue", "the G7 summit")
            return false;
    }
    return true;
}

// A word that is clearly a finite verb: a past in "-ed", or said, told, met, held, will, has, was …
bool isFiniteVerb(const QString &verb)
{
    static const QSet<QString> finite = {
        QStringLiteral("said"), QStringLiteral("told"), QStringLiteral("met"), QStringLiteral("held"), QStringLiteral("will"),
        QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("was"), QStringLiteral("were"),
        QStringLiteral("began"), QStringLiteral("took"), QStringLiteral("made"), QStringLiteral("gave"), QStringLiteral("sent"),
        QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("struck"), QStringLiteral("shot"), QStringLiteral("fled"),
        QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("would"), QStringLiteral("came"), QStringLiteral("went"),
        QStringLiteral("left"), QStringLiteral("spoke"), QStringLiteral("rose"), QStringLiteral("fell")};
    // (and "died", "tried": the short regular ones in -ied)
    return !verb.isEmpty() && verb.at(0).isLower()
        && (finite.contains(verb) || lexicon::irregularPast(verb) || (verb.size() > 4 && verb.endsWith(QLatin1String("ed")))
            || (verb.size() >= 4 && verb.endsWith(QLatin1String("ied"))));
}

QString withoutHonorifics(const QString &name)
{
    // "H.E. Mr. Emmanuel Macron" -> "Emmanuel Macron"
    static const QRegularExpression honorifics(QStringLiteral("^(?:(?:H\\.E\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|His|Her|"
                                                              "Excellency|Highness|Majesty|Royal|H\\.R\\.H\\.|H\\.H\\.)\\s+)+(?=\\p{Lu})"),
                                               kUnicode);
    return QString(name).remove(honorifics);
}

QString shortBody(const QString &body)
{
    // "the Foreign Ministers of the Member States of the Association of Southeast Asian Nations
    // (ASEAN)" -> "the Foreign Ministers of ASEAN"
    static const QRegularExpression longBody(QStringLiteral("^(.*?\\bof)\\s+the\\s+.+\\((\\p{Lu}{2,})\\)$"), kUnicode);
    const QString simple = body.simplified();
    const QRegularExpressionMatch b = longBody.match(simple);
    return b.hasMatch() ? b.captured(1) + u' ' + b.captured(2) : simple;
}

// Items of a list that names the subject before its ", and" ("Emmanuel Macron, Olaf Scholz, and
// Giorgia Meloni met …", "France, Germany, and Italy signed …"): two or more names of up to four
// capitalised words, joined again; empty when any item is something else
QString nameList(const QString &items)
{
    static const QRegularExpression name(QStringLiteral("^\\p{Lu}[\\w.'\u2019-]*(?:\\s+\\p{Lu}[\\w.'\u2019-]*){0,3}$"), kUnicode);
    // (not a fronted phrase: "In Paris, Emmanuel Macron, and …")
    static const QRegularExpression fronted(QStringLiteral("^(?:In|On|At|By|For|From|During|After|Before|Since|With|Under|"
                                                           "Following|Upon|Despite|Across|Like|Unlike)\\s"));
    QStringList names = items.split(u',', Qt::SkipEmptyParts);
    for (QString &n : names) {
        n = n.simplified();
        if (!name.match(n).hasMatch() || fronted.match(n).hasMatch())
            return {};
    }
    return names.size() >= 2 ? names.join(QStringLiteral(", ")) : QString();
}

// A title of function words only ("Or next", "And then", "It is", "as it has", "Originally"): the
// date stood in a list or a phrase with no event of its own.
bool isContentless(const QString &title)
{
    static const QSet<QString> function = {
        QStringLiteral("or"), QStringLiteral("and"), QStringLiteral("next"), QStringLiteral("last"), QStringLiteral("then"),
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("than"), QStringLiteral("later"),
        QStringLiteral("earlier"), QStringLiteral("again"), QStringLiteral("also"), QStringLiteral("even"),
        QStringLiteral("only"), QStringLiteral("just"), QStringLiteral("so"), QStringLiteral("too"), QStringLiteral("now"),
        QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("before"), QStringLiteral("after"),
        QStringLiteral("at"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("by"), QStringLiteral("latest"),
        QStringLiteral("earliest"), QStringLiteral("most"), QStringLiteral("recently"), QStringLiteral("as"),
        QStringLiteral("soon"), QStringLiteral("possible"), QStringLiteral("week"), QStringLiteral("month"),
        QStringLiteral("year"), QStringLiteral("day"), QStringLiteral("it"), QStringLiteral("is"), QStringLiteral("was"),
        QStringLiteral("are"), QStringLiteral("were"), QStringLiteral("be"), QStringLiteral("been"), QStringLiteral("there"),
        QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("here"), QStringLiteral("has"), QStringLiteral("have"),
        QStringLiteral("had"), QStringLiteral("do"), QStringLiteral("does"), QStringLiteral("did"), QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("can"), QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("might"),
        QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"), QStringLiteral("we"), QStringLiteral("not"),
        QStringLiteral("originally"), QStringLiteral("initially"), QStringLiteral("previously"), QStringLiteral("first")};
    const QStringList words = title.toLower().split(u' ', Qt::SkipEmptyParts);
    return !words.isEmpty() && std::all_of(words.begin(), words.end(), [](const QString &w) { return function.contains(w); });
}

} // namespace dateline::extract::clauses
