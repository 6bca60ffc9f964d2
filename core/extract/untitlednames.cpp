#include "core/extract/actorscan.h"

#include "core/extract/lexicon.h"
#include "core/extract/meetingnames.h"

#include <algorithm>

// Names without a title before them that are still people's: a title after the name, a quotation's
// reporting verb beside it, an office in lower case before it, a name a text keeps using as a
// subject, a name a meeting shows.
namespace dateline::extract {
namespace {

// a sentence's verb: no name's title has one in it
const QSet<QString> verbs = {QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"),
                             QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("has"),
                             QStringLiteral("had"), QStringLiteral("will"), QStringLiteral("would")};
// the verbs that report a quotation
const QSet<QString> reporting = {
    QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"), QStringLiteral("added"),
    QStringLiteral("wrote"), QStringLiteral("declared"), QStringLiteral("stated"), QStringLiteral("insisted"),
    QStringLiteral("warned"), QStringLiteral("explained"), QStringLiteral("replied"), QStringLiteral("recalled")};
// words that open a sentence, not a name
const QSet<QString> sentenceOpeners = {QStringLiteral("and"), QStringLiteral("so"), QStringLiteral("then"),
                                       QStringLiteral("also"), QStringLiteral("yet"), QStringLiteral("still")};
// what may follow the name of "said X": "said Hanna Lindahl of Human Rights Watch", "…, a
// scholar"; not more words of a longer phrase ("says Merrill Lynch food analyst William Maguire")
const QSet<QString> afterName = {QStringLiteral("of"), QStringLiteral("in"), QStringLiteral("at"),
                                 QStringLiteral("on"), QStringLiteral("who"), QStringLiteral("to"),
                                 QStringLiteral("from"), QStringLiteral("as"), QStringLiteral("during"),
                                 QStringLiteral("after"), QStringLiteral("when"), QStringLiteral("while")};

} // namespace

// The end of a name of two or three words at k that a comma and its title in apposition follow
// ("Elisabeth Runge, the U.N. … envoy for Sudan,"), or -1.
int ActorScan::nameBeforeItsTitle(int k) const
{
    int e = k;
    while (e < n && e - k < 3 && nameWordAt(e, k) && (e == k || (t[size_t(e)].spaceBefore && !t[size_t(e)].lineBefore)))
        ++e; // (a name stays on its line: "… in Beijing\n\nSergei Lavrov, Russia's foreign minister, …")
    if (e - k < 2 || e + 1 >= n || !t[size_t(e)].isPunct(u',') || notNames().contains(t[size_t(k)].lower)
        || titleStarts().contains(t[size_t(k)].lower) || countries.find(slice(k, e - 1))
        || organisations.contains(slice(k, e - 1)))
        return -1;
    // (opened by an article, or by a country: "Sergei Lavrov, Russia's foreign minister,", "…, Russian
    // foreign minister,")
    const auto *country = countries.find(slice(e + 1, e + 1));
    if (!(t[size_t(e + 1)].is(u"the") || t[size_t(e + 1)].is(u"a") || (country && country->kind != CountryNames::Kind::Seat)))
        return -1;
    bool titled = false;
    for (int j = e + 2; j < n && j < e + 20; ++j) {
        const Token &w = t[size_t(j)];
        if (!w.isWord()) {
            if (w.isPunct(u',') || (w.isPunct(u'.') && j + 1 < n && t[size_t(j + 1)].capitalised && t[size_t(j + 1)].spaceBefore
                                    && !t[size_t(j - 1)].capitalised))
                return titled ? e : -1; // the apposition's end
            continue;
        }
        if (verbs.contains(w.lower) || (!w.capitalised && w.lower.size() > 4 && w.lower.endsWith(QLatin1String("ed"))))
            return -1;
        titled = titled || lexicon::officeNoun(w.lower);
    }
    return -1;
}

// The end of a name of two or three words at k in commas after the office it holds, in lower
// case ("X's successor as chairperson of the AU Commission, Mahmoud Ali Youssouf, announced"),
// or -1; the office's phrase runs back to the sentence's start or a comma and has no verb in it
// ("When the minister arrived, Ali Khan, a farmer, said": a clause, not an office, before it).
int ActorScan::nameAfterItsTitle(int k) const
{
    if (k < 3 || !t[size_t(k - 1)].isPunct(u',') || notNames().contains(t[size_t(k)].lower)
        || titleStarts().contains(t[size_t(k)].lower))
        return -1;
    int e = k;
    while (e < n && e - k < 3 && nameWordAt(e, k) && (e == k || (t[size_t(e)].spaceBefore && !t[size_t(e)].lineBefore)))
        ++e;
    if (e - k < 2 || e >= n || !t[size_t(e)].isPunct(u',') || countries.find(slice(k, e - 1))
        || organisations.contains(slice(k, e - 1)))
        return -1;
    bool office = false;
    for (int j = k - 2; j >= 0 && j >= k - 16; --j) {
        const Token &w = t[size_t(j)];
        if (w.isPunct(u',') || w.isPunct(u'.') || w.isPunct(u';') || w.isPunct(u':') || w.paragraphBefore)
            break;
        if (w.isWord() && !w.capitalised
            && (verbs.contains(w.lower) || lexicon::irregularPast(w.lower) || (w.lower.size() > 4 && w.lower.endsWith(QLatin1String("ed")))))
            return -1;
        office = office || (w.isWord() && !w.capitalised && lexicon::officeNoun(w.lower));
    }
    return office ? e : -1;
}

// The end of a name of two or three words at k that stands beside a quotation's reporting
// verb — "…," said Hanna Lindahl / "…," Hanna Lindahl said — or -1: whoever is named there
// speaks, so is a person even without a title.
int ActorScan::nameBesideQuotation(int k) const
{
    const auto closingQuote = [&](int j) {
        return j >= 0 && j < n && (t[size_t(j)].isPunct(u'"') || t[size_t(j)].isPunct(u'\u201D'));
    };
    int e = k, words = 0;
    while (e < n && words < 4 && nameWordAt(e, k) && (e == k || (t[size_t(e)].spaceBefore && !t[size_t(e)].lineBefore))
           && !titleStarts().contains(t[size_t(e)].lower)) {
        // an initial with its full stop: "Joel D. Price"
        e += t[size_t(e)].lower.size() == 1 && e + 1 < n && t[size_t(e + 1)].isPunct(u'.') ? 2 : 1;
        ++words;
    }
    if (words < 1 || notNames().contains(t[size_t(k)].lower) || sentenceOpeners.contains(t[size_t(k)].lower)
        || countries.find(slice(k, e - 1)) || organisations.contains(slice(k, e - 1)))
        return -1;
    const bool ends = e >= n || !t[size_t(e)].isWord() || afterName.contains(t[size_t(e)].lower);
    // (the comma outside the quotation marks too, in British style: "…”, said Kallas")
    const bool verbBefore = ends && k >= 2 && t[size_t(k - 1)].isWord() && reporting.contains(t[size_t(k - 1)].lower)
                            && (closingQuote(k - 2) || (t[size_t(k - 2)].isPunct(u',') && closingQuote(k - 3)));
    const bool verbAfter = e < n && t[size_t(e)].isWord() && reporting.contains(t[size_t(e)].lower)
        && (closingQuote(k - 1) || (k >= 2 && t[size_t(k - 1)].isPunct(u',') && closingQuote(k - 2)));
    // or opens the sentence whose verb introduces a quotation later in it: "Dmitry Peskov said
    // the deal had been "terminated in fact""
    const bool startsSentence = k == 0 || t[size_t(k)].lineBefore || t[size_t(k - 1)].isPunct(u'.')
                                || t[size_t(k - 1)].isPunct(u'?') || t[size_t(k - 1)].isPunct(u'!');
    bool quotes = false;
    if (startsSentence && e < n && t[size_t(e)].isWord() && reporting.contains(t[size_t(e)].lower))
        for (int j = e + 1; j < n && j < e + 40 && !quotes; ++j) {
            if (t[size_t(j)].isPunct(u'.') || t[size_t(j)].isPunct(u'?') || t[size_t(j)].isPunct(u'!'))
                break;
            quotes = t[size_t(j)].isPunct(u'"') || t[size_t(j)].isPunct(u'\u201C');
        }
    if (words >= 2)
        return verbBefore || verbAfter || quotes ? e : -1;
    // one word only after the verb and before an office in apposition: "…,” said Kallas, the EU's
    // top diplomat" (not "…,” Hewlett said", a firm's, nor "…,” he said")
    if (!verbBefore || e + 2 >= n || !t[size_t(e)].isPunct(u',') || surnames.contains(t[size_t(k)].lower)
        || !(t[size_t(e + 1)].is(u"the") || t[size_t(e + 1)].is(u"a")))
        return -1;
    for (int j = e + 2; j < n && j < e + 10 && !t[size_t(j)].isPunct(u',') && !t[size_t(j)].isPunct(u'.'); ++j)
        if (t[size_t(j)].isWord() && lexicon::officeNoun(t[size_t(j)].lower))
            return e;
    return -1;
}

// Whether a name may open at k: where a sentence opens, after a wire dateline's dash ("MOSCOW, Aug
// 30 (Reuters) - Mikhail Gorbachev, who …"), as the second of two names that open one ("Keir
// Starmer and Emmanuel Macron have agreed"), or after a state's possessive ("Italy's Giorgia Meloni
// is expected to attend").
bool ActorScan::opensName(int k) const
{
    const auto opensSentence = [&](int j) {
        return j == 0 || t[size_t(j)].lineBefore || t[size_t(j - 1)].isPunct(u'.') || t[size_t(j - 1)].isPunct(u'?')
            || t[size_t(j - 1)].isPunct(u'!') || (j >= 2 && t[size_t(j - 1)].isPunct(u'-') && t[size_t(j - 2)].isPunct(u')'));
    };
    if (opensSentence(k))
        return true;
    if (k >= 3 && t[size_t(k - 1)].is(u"and")) {
        // (the first name's words back to where the sentence or line opens: not "Home | World\n\nKeir …")
        for (int j = k - 2; j >= 0 && k - 2 - j < 3 && isNameWord(t[size_t(j)]) && t[size_t(j)].capitalised; --j)
            if (opensSentence(j)) {
                if (k - 2 - j >= 1)
                    return true;
                break;
            }
    }
    return k >= 3 && t[size_t(k - 1)].is(u"s") && (t[size_t(k - 2)].isPunct(u'\'') || t[size_t(k - 2)].isPunct(u'\u2019'))
        && t[size_t(k - 3)].isWord() && t[size_t(k - 3)].capitalised && countries.find(slice(k - 3, k - 3));
}

// The names a firm's legal form or "&" follows ("Ocean Drilling & Exploration Co."), in lower case,
// read in one pass: a firm's short name is no person ("… Ocean Drilling said").
QSet<QString> ActorScan::firmNames() const
{
    QSet<QString> firms;
    for (int k = 1; k < n; ++k) {
        const Token &w = t[size_t(k)];
        if (!(w.isPunct(u'&') || w.is(u"amp") || (w.capitalised && (lexicon::companySuffix(w.lower) || w.is(u"group")
                                                                     || w.is(u"exploration")))))
            continue;
        for (int j = k - 1; j >= 0 && j >= k - 4 && isNameWord(t[size_t(j)]); --j)
            firms.insert(slice(j, k - 1).toLower());
    }
    return firms;
}

// A name of two or three words that opens a sentence, its surname alone the subject of a verb
// elsewhere ("Donald Trump has said he will meet … Trump wrote on …"): a person without a title
// (a company is rarely called by its name's last word)
void ActorScan::learnBareNames()
{
    static const QSet<QString> subjectVerbs = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"), QStringLiteral("wrote"),
        QStringLiteral("added"), QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("will"),
        QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("would")};
    // (a past verb too: "Gorbachev rose through the ranks", "Gorbachev signed")
    const auto pastVerb = [](const QString &w) {
        return lexicon::irregularPast(w) || (w.size() > 4 && w.endsWith(QLatin1String("ed")));
    };
    QSet<QString> soloSubjects, lowerWords;
    struct RepeatedSubject {
        int count = 0, from = 0, to = 0;
        bool personVerb = false;
    };
    QHash<QString, RepeatedSubject> repeated;
    for (const Token &w : t)
        if (w.isWord() && !w.capitalised)
            lowerWords.insert(w.lower);
    for (int k = 1; k + 1 < n; ++k)
        if (t[size_t(k)].isWord() && t[size_t(k)].capitalised && !(t[size_t(k - 1)].isWord() && t[size_t(k - 1)].capitalised)
            && t[size_t(k + 1)].isWord() && (subjectVerbs.contains(t[size_t(k + 1)].lower) || pastVerb(t[size_t(k + 1)].lower)))
            soloSubjects.insert(t[size_t(k)].lower);
    for (int k = 0; k < n; ++k) {
        const bool opens = opensName(k);
        // (not a clause's first word: "Because Columbia …", "While Westinghouse …", "Urging LIN …")
        static const QSet<QString> clauseWords = {
            QStringLiteral("because"), QStringLiteral("while"), QStringLiteral("although"), QStringLiteral("though"),
            QStringLiteral("when"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("since"),
            QStringLiteral("if"), QStringLiteral("as"), QStringLiteral("with"), QStringLiteral("without"),
            QStringLiteral("despite"), QStringLiteral("under"), QStringLiteral("for"), QStringLiteral("but"),
            QStringLiteral("or"), QStringLiteral("meanwhile"), QStringLiteral("however"), QStringLiteral("unlike"),
            QStringLiteral("like"), QStringLiteral("once"), QStringLiteral("until"), QStringLiteral("by"),
            QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("of"), QStringLiteral("where")};
        const QString &first = t[size_t(k)].lower;
        // (nor a common word the text writes in lower case elsewhere: "Other Bush officials", "Ethnic Albanians")
        if (lowerWords.contains(first))
            continue;
        if (!opens || !isNameWord(t[size_t(k)]) || notNames().contains(first) || sentenceOpeners.contains(first)
            || titleStarts().contains(first) || clauseWords.contains(first) || first.endsWith(QLatin1String("ing"))
            || first.endsWith(QLatin1String("ed")) || first.endsWith(QLatin1String("ly")))
            continue;
        int e = k + 1;
        while (e < n && e - k < 3 && isNameWord(t[size_t(e)]) && t[size_t(e)].spaceBefore && !titleStarts().contains(t[size_t(e)].lower))
            ++e;
        if (e - k < 2 || e >= n || (!t[size_t(e)].isPunct(u',') && (!t[size_t(e)].isWord() || t[size_t(e)].capitalised))
            || countries.find(slice(k, e - 1)) || organisations.contains(slice(k, e - 1)))
            continue;
        if (!soloSubjects.contains(t[size_t(e - 1)].lower)) {
            // or the whole name is the subject of two sentences, once of a person's verb ("Vladimir
            // Putin had a telephone conversation … Vladimir Putin responded positively"); not a
            // body's or a city's name ("Supreme Court ruled", "Hong Kong has")
            const QString &verb = t[size_t(e)].lower;
            if (t[size_t(e)].isWord() && (subjectVerbs.contains(verb) || pastVerb(verb))
                && std::none_of(t.begin() + k, t.begin() + e, [](const Token &w) { return lexicon::bodyNoun(w.lower); })) {
                RepeatedSubject &r = repeated[slice(k, e - 1).toLower()];
                if (r.count++ == 0) {
                    r.from = k;
                    r.to = e;
                }
                r.personVerb = r.personVerb || lexicon::personVerb(verb);
            }
            continue;
        }
        // (a title's name wins, unless it was the surname alone: "Mr. Schwarz" is "Marshall Schwarz")
        const auto known = surnames.constFind(t[size_t(e - 1)].lower);
        if (known != surnames.constEnd() && known->label.contains(u' '))
            continue;
        ActorMention m = personNamed(k, e);
        if (known != surnames.constEnd())
            m.country = known->country;
        rememberName(k, e, m);
    }
    const QSet<QString> firms = repeated.isEmpty() ? QSet<QString>() : firmNames();
    for (const RepeatedSubject &r : std::as_const(repeated)) {
        if (r.count < 2 || !r.personVerb || surnames.contains(t[size_t(r.to - 1)].lower)
            || firms.contains(slice(r.from, r.to - 1).toLower()))
            continue;
        rememberName(r.from, r.to, personNamed(r.from, r.to));
    }
}

// Names a meeting shows to be people ("Xi Jinping and Shinzo Abe hold talks", "met Anthony
// Albanese in Sydney"): not a title's, a state's or a body's words (nor "Chinese Xi Jinping"),
// and a title's full name wins
void ActorScan::learnMeetingNames()
{
    const auto mayBeName = [&](int from, int to) {
        const QString &first = t[size_t(from)].lower;
        if (notNames().contains(first) || titleStarts().contains(first) || sentenceOpeners.contains(first)
            || organisations.contains(slice(from, to - 1)))
            return false;
        for (int j = from; j < to; ++j)
            if (countries.find(slice(j, j)))
                return false;
        return !countries.find(slice(from, to - 1));
    };
    for (const auto &[from, to] : meetingNames(t, mayBeName)) {
        const auto known = surnames.constFind(t[size_t(to - 1)].lower);
        if (known == surnames.constEnd() || !known->label.contains(u' '))
            rememberName(from, to, personNamed(from, to));
    }
}

} // namespace dateline::extract
