#include "core/extract/actorrecognizer.h"

#include "core/extract/countrynames.h"
#include "core/extract/lexicon.h"
#include "core/extract/officeholders.h"
#include "core/extract/meetingnames.h"
#include "core/extract/organisations.h"
#include "core/extract/token.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::extract {
namespace {

// Titles before a person's name, as lower-case word sequences ("." tokens written as ".").
const char *const kTitles[] = {
    "president", "vice president", "vice premier", "deputy prime minister", "prime minister", "foreign minister",
    "defense minister", "defence minister", "interior minister", "finance minister", "deputy foreign minister", "minister",
    // official style: "Minister of Foreign Affairs of the Arab Republic of Egypt Badr Abdelatty"
    "minister of foreign affairs", "minister for foreign affairs", "minister of defence", "minister of defense",
    "secretary of state", "secretary of defense", "defense secretary", "foreign secretary", "secretary - general", "secretary general",
    "chancellor", "king", "queen", "crown prince", "prince", "premier", "ambassador", "general", "gen .",
    "senator", "sen .", "rep .", "gov .", "governor", "mayor", "pope", "sheikh", "emir", "spokesman",
    "spokeswoman", "envoy", "admiral", "adm .", "col .", "mr .", "mrs .", "ms .", "dr .", "mr", "mrs", "ms", "dr", "sir", "dame", "national security adviser",
    "adviser", "aide", "leader", "supreme leader", "chairman", "speaker", "foreign ministry spokesman", "lt . gen .",
    "ayatollah", "sultan", "colonel", "spokesperson", "press secretary", "high representative", "commissioner",
    // "his Swedish counterpart Tobias Billstrom", "China's top diplomat Wang Yi", "Secretary Rubio"
    "counterpart", "top diplomat", "chief negotiator", "negotiator", "secretary",
    // "EU foreign policy chief Josep Borrell", "IAEA head Rafael Grossi", "Director General Tedros"
    "chief", "head", "director general", "director - general", "director", "chief executive", "chief executive officer",
    "chief justice", "chief of staff", "attorney general", "attorney", "judge",
    // "PM Narendra Modi", "EAM S Jaishankar" (South Asian press)
    "pm", "eam"};

bool isNameWord(const Token &t)
{
    if (!t.isWord() || !t.capitalised)
        return false;
    return !lexicon::month(t.lower) && !lexicon::weekday(t.lower);
}

// How many tokens an honorific takes at k, which a name's styling puts between title and name
// ("Prime Minister Shri Narendra Modi", "H.E. Mr. Donald J. Trump"): 0 when there is none.
int honorificAt(const std::vector<Token> &t, int k)
{
    static const QSet<QString> words = {QStringLiteral("shri"), QStringLiteral("sri"), QStringLiteral("smt"),
                                        QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"),
                                        QStringLiteral("dr"), QStringLiteral("sir"), QStringLiteral("dame"),
                                        QStringLiteral("sheikh"), QStringLiteral("sheikha"), // "emir Sheikh Tamim …"
                                        QStringLiteral("ayatollah")}; // "Supreme Leader Ayatollah Ali Khamenei"
    const int n = int(t.size());
    const auto stop = [&](int j) { return j < n && t[size_t(j)].isPunct(u'.') && !t[size_t(j)].spaceBefore; };
    if (k >= n || !t[size_t(k)].isWord() || !t[size_t(k)].capitalised)
        return 0;
    if (words.contains(t[size_t(k)].lower))
        return stop(k + 1) ? 2 : 1;
    if (t[size_t(k)].is(u"h") && stop(k + 1) && k + 2 < n && t[size_t(k + 2)].is(u"e") && stop(k + 3))
        return 4; // "H.E.", His or Her Excellency
    return 0;
}

} // namespace

ActorRecognizer::ActorRecognizer(std::vector<Actor> knownActors)
    : m_known(std::move(knownActors))
{
}

QStringList ActorRecognizer::organisationAliases(const QString &label)
{
    QStringList names;
    const QHash<QString, OrganisationEntry> &table = organisationTable();
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        if (it.value().label == label && it.key() != label)
            names << it.key();
    names.sort();
    return names;
}

std::vector<ActorMention> ActorRecognizer::recognize(const QString &text) const
{
    const CountryNames &countries = CountryNames::instance();
    const std::vector<Token> t = tokenize(text);
    const int n = int(t.size());
    std::vector<ActorMention> out;
    QHash<QString, ActorMention> surnames; // "Lavrov" -> the person first named with a title
    // a person named by tokens [from, to) is called by the last name later, or by a first family name
    // (words joined by a hyphen are one: "Lee Jae-myung" has two)
    const auto rememberName = [&](int from, int to, const ActorMention &m) {
        surnames.insert(t[size_t(to - 1)].lower, m);
        int words = 0;
        for (int j = from; j < to; ++j)
            words += t[size_t(j)].isWord() && !(j > from && t[size_t(j - 1)].isPunct(u'-') && !t[size_t(j)].spaceBefore);
        if (words >= 2 && words <= 3 && lexicon::familyNameFirst(t[size_t(from)].lower))
            surnames.insert(t[size_t(from)].lower, m);
    };
    const QHash<QString, OrganisationEntry> &organisations = organisationTable();
    auto slice = [&](int a, int b) { return text.mid(t[size_t(a)].begin, t[size_t(b)].end - t[size_t(a)].begin); };
    auto locative = [&](int i) {
        int k = i - 1;
        if (k >= 0 && t[size_t(k)].is(u"the"))
            --k;
        return k >= 0 && (t[size_t(k)].is(u"in") || t[size_t(k)].is(u"to") || t[size_t(k)].is(u"from") || t[size_t(k)].is(u"at")
                          || t[size_t(k)].is(u"near") || t[size_t(k)].is(u"visit") || t[size_t(k)].is(u"visited"));
    };

    // Words that open a phrase, not a name: "the president, The White House said"
    // (and the institutions a title word also names: "the UN General Assembly", "General Motors")
    static const QSet<QString> notNames = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("but"), QStringLiteral("assembly"),
        QStringLiteral("council"), QStringLiteral("committee"), QStringLiteral("conference"), QStringLiteral("secretariat"),
        QStringLiteral("staff"), QStringLiteral("court"), QStringLiteral("command"), QStringLiteral("directorate"),
        QStringLiteral("election"), QStringLiteral("elections"), QStringLiteral("motors"), QStringLiteral("electric")};
    static const std::vector<QStringList> titles = [] {
        std::vector<QStringList> v;
        for (const char *title : kTitles)
            v.push_back(QString::fromLatin1(title).split(u' '));
        return v;
    }();
    static const QSet<QString> titleStarts = [] {
        QSet<QString> first;
        for (const QStringList &words : titles)
            first.insert(words.first());
        return first;
    }();
    // The end of a name of two or three words at k that a comma and its title in apposition follow
    // ("Elisabeth Runge, the U.N. … envoy for Sudan,"), or -1.
    static const QSet<QString> verbs = {QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"),
                                        QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("has"),
                                        QStringLiteral("had"), QStringLiteral("will"), QStringLiteral("would")};
    // A word of a name starting at `first`: a month's name too after the first word ("Theresa
    // May", "Jonathan May"), unless a day number follows it.
    const auto nameWordAt = [&](int e, int first) {
        const Token &w = t[size_t(e)];
        return isNameWord(w)
               || (e > first && w.isWord() && w.capitalised && lexicon::month(w.lower) && !(e + 1 < n && t[size_t(e + 1)].isNumber()));
    };
    const auto nameBeforeItsTitle = [&](int k) {
        int e = k;
        while (e < n && e - k < 3 && nameWordAt(e, k) && (e == k || (t[size_t(e)].spaceBefore && !t[size_t(e)].lineBefore)))
            ++e; // (a name stays on its line: "… in Beijing\n\nSergei Lavrov, Russia's foreign minister, …")
        if (e - k < 2 || e + 1 >= n || !t[size_t(e)].isPunct(u',') || notNames.contains(t[size_t(k)].lower)
            || titleStarts.contains(t[size_t(k)].lower) || countries.find(slice(k, e - 1))
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
    };
    // The end of a name of two or three words at k in commas after the office it holds, in lower
    // case ("X's successor as chairperson of the AU Commission, Mahmoud Ali Youssouf, announced"),
    // or -1; the office's phrase runs back to the sentence's start or a comma and has no verb in it
    // ("When the minister arrived, Ali Khan, a farmer, said": a clause, not an office, before it).
    const auto nameAfterItsTitle = [&](int k) {
        if (k < 3 || !t[size_t(k - 1)].isPunct(u',') || notNames.contains(t[size_t(k)].lower)
            || titleStarts.contains(t[size_t(k)].lower))
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
    };
    // The end of a name of two or three words at k that stands beside a quotation's reporting
    // verb — "…," said Hanna Lindahl / "…," Hanna Lindahl said — or -1: whoever is named there
    // speaks, so is a person even without a title.
    static const QSet<QString> reporting = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"), QStringLiteral("added"),
        QStringLiteral("wrote"), QStringLiteral("declared"), QStringLiteral("stated"), QStringLiteral("insisted"),
        QStringLiteral("warned"), QStringLiteral("explained"), QStringLiteral("replied"), QStringLiteral("recalled")};
    const auto closingQuote = [&](int k) {
        return k >= 0 && k < n && (t[size_t(k)].isPunct(u'"') || t[size_t(k)].isPunct(u'\u201D'));
    };
    static const QSet<QString> sentenceOpeners = {QStringLiteral("and"), QStringLiteral("so"), QStringLiteral("then"),
                                                  QStringLiteral("also"), QStringLiteral("yet"), QStringLiteral("still")};
    // what may follow the name of "said X": "said Hanna Lindahl of Human Rights Watch", "…, a
    // scholar"; not more words of a longer phrase ("says Merrill Lynch food analyst William Maguire")
    static const QSet<QString> afterName = {QStringLiteral("of"), QStringLiteral("in"), QStringLiteral("at"),
                                            QStringLiteral("on"), QStringLiteral("who"), QStringLiteral("to"),
                                            QStringLiteral("from"), QStringLiteral("as"), QStringLiteral("during"),
                                            QStringLiteral("after"), QStringLiteral("when"), QStringLiteral("while")};
    const auto nameBesideQuotation = [&](int k) {
        int e = k, words = 0;
        while (e < n && words < 4 && nameWordAt(e, k) && (e == k || (t[size_t(e)].spaceBefore && !t[size_t(e)].lineBefore))
               && !titleStarts.contains(t[size_t(e)].lower)) {
            // an initial with its full stop: "Joel D. Price"
            e += t[size_t(e)].lower.size() == 1 && e + 1 < n && t[size_t(e + 1)].isPunct(u'.') ? 2 : 1;
            ++words;
        }
        if (words < 1 || notNames.contains(t[size_t(k)].lower) || sentenceOpeners.contains(t[size_t(k)].lower)
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
    };
    // A person named without a title by tokens [from, to).
    const auto personNamed = [&](int from, int to) {
        ActorMention m;
        m.start = t[size_t(from)].begin;
        m.end = t[size_t(to - 1)].end;
        m.text = m.label = text.mid(m.start, m.end - m.start);
        m.kind = ActorKind::Person;
        return m;
    };
    // A name of two or three words that opens a sentence, its surname alone the subject of a verb
    // elsewhere ("Donald Trump has said he will meet … Trump wrote on …"): a person without a title
    // (a company is rarely called by its name's last word)
    const auto learnBareNames = [&] {
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
        // (after a wire dateline's dash too: "MOSCOW, Aug 30 (Reuters) - Mikhail Gorbachev, who …")
        const auto opensSentence = [&](int k) {
            return k == 0 || t[size_t(k)].lineBefore || t[size_t(k - 1)].isPunct(u'.') || t[size_t(k - 1)].isPunct(u'?')
                || t[size_t(k - 1)].isPunct(u'!') || (k >= 2 && t[size_t(k - 1)].isPunct(u'-') && t[size_t(k - 2)].isPunct(u')'));
        };
        // (or the second of two names that do: "Keir Starmer and Emmanuel Macron have agreed")
        const auto secondOfPair = [&](int k) {
            if (k < 3 || !t[size_t(k - 1)].is(u"and"))
                return false;
            // (the first name's words back to where the sentence or line opens: not "Home | World\n\nKeir …")
            for (int j = k - 2; j >= 0 && k - 2 - j < 3 && isNameWord(t[size_t(j)]) && t[size_t(j)].capitalised; --j)
                if (opensSentence(j))
                    return k - 2 - j >= 1;
            return false;
        };
        // (or a name after a state's possessive: "Italy's Giorgia Meloni is expected to attend")
        const auto afterState = [&](int k) {
            return k >= 3 && t[size_t(k - 1)].is(u"s") && (t[size_t(k - 2)].isPunct(u'\'') || t[size_t(k - 2)].isPunct(u'\u2019'))
                && t[size_t(k - 3)].isWord() && t[size_t(k - 3)].capitalised && countries.find(slice(k - 3, k - 3));
        };
        for (int k = 0; k < n; ++k) {
            const bool opens = opensSentence(k) || secondOfPair(k) || afterState(k);
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
            if (!opens || !isNameWord(t[size_t(k)]) || notNames.contains(first) || sentenceOpeners.contains(first)
                || titleStarts.contains(first) || clauseWords.contains(first) || first.endsWith(QLatin1String("ing"))
                || first.endsWith(QLatin1String("ed")) || first.endsWith(QLatin1String("ly")))
                continue;
            int e = k + 1;
            while (e < n && e - k < 3 && isNameWord(t[size_t(e)]) && t[size_t(e)].spaceBefore && !titleStarts.contains(t[size_t(e)].lower))
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
        // (a firm's short name is no person: "Ocean Drilling & Exploration Co. will sell … Ocean
        // Drilling said"; the names a firm's legal form or "&" follows, read in one pass)
        QSet<QString> firms;
        if (!repeated.isEmpty())
            for (int k = 1; k < n; ++k) {
                const Token &w = t[size_t(k)];
                if (!(w.isPunct(u'&') || w.is(u"amp") || (w.capitalised && (lexicon::companySuffix(w.lower) || w.is(u"group")
                                                                             || w.is(u"exploration")))))
                    continue;
                for (int j = k - 1; j >= 0 && j >= k - 4 && isNameWord(t[size_t(j)]); --j)
                    firms.insert(slice(j, k - 1).toLower());
            }
        for (const RepeatedSubject &r : std::as_const(repeated)) {
            if (r.count < 2 || !r.personVerb || surnames.contains(t[size_t(r.to - 1)].lower)
                || firms.contains(slice(r.from, r.to - 1).toLower()))
                continue;
            rememberName(r.from, r.to, personNamed(r.from, r.to));
        }
    };
    // Names a meeting shows to be people ("Xi Jinping and Shinzo Abe hold talks", "met Anthony
    // Albanese in Sydney"): not a title's, a state's or a body's words (nor "Chinese Xi Jinping"),
    // and a title's full name wins
    const auto learnMeetingNames = [&] {
        const auto mayBeName = [&](int from, int to) {
            const QString &first = t[size_t(from)].lower;
            if (notNames.contains(first) || titleStarts.contains(first) || sentenceOpeners.contains(first)
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
    };
    // One pass over the tokens: titled names, names beside their title or a quotation, countries,
    // bodies, and surnames seen with a title.
    const auto scan = [&] {
        out.clear();
        for (int i = 0; i < n;) {
            const Token &a = t[size_t(i)];
            if (!a.isWord()) {
                ++i;
                continue;
            }
            // 1. a title and a name: "Russian President Vladimir Putin", "Foreign Minister Sergei Lavrov",
            // and in British style "the prime minister, Keir Starmer," (a title in lower case, the name
            // in commas: two words at least, so that "the president, Congress" is none)
            int titleEnd = -1;
            if (titleStarts.contains(a.lower)) { // (most words start no title)
                for (const QStringList &words : titles) {
                    int k = 0;
                    while (k < words.size() && i + k < n && t[size_t(i + k)].lower == words[k])
                        ++k;
                    // ("Financial Chief Quits" in a headline: "chief" and "head" alone are titles in lower case)
                    const bool generic = words.size() == 1 && (words[0] == u"chief" || words[0] == u"head") && a.capitalised;
                    // ("at 5 PM Eastern Time": a clock's, after a number)
                    const bool clock = words.size() == 1 && words[0] == u"pm" && i > 0 && t[size_t(i - 1)].isNumber();
                    if (k == words.size() && i + k > titleEnd && !generic && !clock)
                        titleEnd = i + k;
                }
            }
            // ("President-elect Donald Trump", "Prime Minister-designate Nawaf Salam": a title still)
            if (titleEnd > 0 && titleEnd + 1 < n && t[size_t(titleEnd)].isPunct(u'-') && !t[size_t(titleEnd)].spaceBefore
                && (t[size_t(titleEnd + 1)].is(u"elect") || t[size_t(titleEnd + 1)].is(u"designate")))
                titleEnd += 2;
            // (or without the commas: "the French president Emmanuel Macron")
            // (the second may be a particle's: "spokesman Majed al-Ansari", "envoy Ahmed bin Ali")
            const auto twoNameWords = [&](int k) {
                if (k + 1 >= n || !isNameWord(t[size_t(k)]) || !t[size_t(k + 1)].spaceBefore)
                    return false;
                if (isNameWord(t[size_t(k + 1)]))
                    return true;
                const int after = k + 2 < n && t[size_t(k + 2)].isPunct(u'-') && !t[size_t(k + 2)].spaceBefore ? k + 3 : k + 2;
                return t[size_t(k + 1)].isWord() && lexicon::nameParticle(t[size_t(k + 1)].lower) && after < n
                    && isNameWord(t[size_t(after)]);
            };
            // "President of France Emmanuel Macron", "President of the United States of America Donald
            // Trump" (official style): the title's country stands between the title and the name
            int countryOfTitle = -1, countryEnd = -1; // its first and last tokens
            const CountryNames::Entry *titleCountry = nullptr;
            if (titleEnd > 0 && titleEnd + 2 < n && t[size_t(titleEnd)].is(u"of")) {
                const int b = t[size_t(titleEnd + 1)].is(u"the") ? titleEnd + 2 : titleEnd + 1;
                int best = -1;
                const CountryNames::Entry *found = nullptr;
                for (int e = b; e < n && e < b + 6; ++e)
                    if (const auto *c = countries.find(slice(b, e)); c && c->kind != CountryNames::Kind::Seat) {
                        best = e;
                        found = c;
                    }
                // (not a body or a firm named after the country: "Director of the U.S. Federal Bureau of
                // Investigation", "president of U.S. Trust Corp.", "chief of the Cuban Interests Section")
                const auto firmOrBody = [&](int from) {
                    int e = from;
                    for (; e < n && isNameWord(t[size_t(e)]); ++e)
                        if (lexicon::bodyNoun(t[size_t(e)].lower) || lexicon::companySuffix(t[size_t(e)].lower))
                            return true;
                    return e < n && (t[size_t(e)].is(u"of") || t[size_t(e)].isPunct(u'&'));
                };
                // (the name may stand in commas: "the Foreign Minister of Australia, Penny Wong,")
                const int nameAt = best > 0 && best + 2 < n && t[size_t(best + 1)].isPunct(u',') ? best + 2 : best + 1;
                if (best > 0 && found->kind == CountryNames::Kind::Name && twoNameWords(nameAt)
                    && !titleStarts.contains(t[size_t(nameAt)].lower) && !countries.find(slice(nameAt, nameAt))
                    && !firmOrBody(nameAt)) {
                    countryOfTitle = b;
                    countryEnd = best;
                    titleCountry = found;
                    titleEnd = best + 1;
                }
            }
            const bool inCommas = titleEnd > 0 && titleEnd < n && t[size_t(titleEnd)].isPunct(u',') && twoNameWords(titleEnd + 1);
            if (inCommas)
                ++titleEnd;
            for (int h = titleEnd > 0 ? honorificAt(t, titleEnd) : 0; h > 0; h = honorificAt(t, titleEnd))
                titleEnd += h;
            if (!a.capitalised && !inCommas && !(titleEnd > 0 && twoNameWords(titleEnd))) {
                ++i;
                continue;
            }
            if (titleEnd > 0 && titleEnd < n && isNameWord(t[size_t(titleEnd)]) && !notNames.contains(t[size_t(titleEnd)].lower)
                && !countries.find(t[size_t(titleEnd)].lower) && !countries.find(slice(titleEnd, titleEnd))) {
                int e = titleEnd;
                // a name stays on its line, and in its case: "Minister Jaishankar\n\nREADOUT"
                const auto sameLine = [&](int k) {
                    return !text.mid(t[size_t(k - 1)].end, t[size_t(k)].begin - t[size_t(k - 1)].end).contains(u'\n');
                };
                const auto shouting = [&](const Token &w) {
                    return w.lower.size() > 1 && text.mid(w.begin, w.end - w.begin) == text.mid(w.begin, w.end - w.begin).toUpper();
                };
                // (not initials: "Vice President JD Vance")
                const bool capitalName = shouting(t[size_t(titleEnd)]) && t[size_t(titleEnd)].lower.size() > 2;
                // (Japanese official style writes the family name first, in capitals: "Ms. KAMIKAWA Yoko")
                const bool familyInCapitals = capitalName && titleEnd + 1 < n && sameLine(titleEnd + 1)
                    && t[size_t(titleEnd + 1)].spaceBefore && isNameWord(t[size_t(titleEnd + 1)]) && !shouting(t[size_t(titleEnd + 1)]);
                while (e < n && e - titleEnd < 7) { // "Sheikh Tamim bin Hamad Al Thani"
                    const Token &w = t[size_t(e)];
                    if (e > titleEnd && (!sameLine(e) || (shouting(w) != capitalName && !(familyInCapitals && e == titleEnd + 1))))
                        break;
                    if (familyInCapitals && e == titleEnd + 2)
                        break;
                    if (nameWordAt(e, titleEnd) && (e == titleEnd || w.spaceBefore)) {
                        // a one-letter initial with its full stop: "George W. Bush"
                        if (w.lower.size() == 1 && e + 1 < n && t[size_t(e + 1)].isPunct(u'.'))
                            e += 2;
                        else
                            ++e;
                        // a hyphenated name's second part: "Cho Tae-yul", "Jean-Noël Barrot"
                        while (e + 1 < n && t[size_t(e)].isPunct(u'-') && !t[size_t(e)].spaceBefore && t[size_t(e + 1)].isWord()
                               && !t[size_t(e + 1)].spaceBefore)
                            e += 2;
                    } else if (e > titleEnd && w.isWord() && !w.capitalised && w.spaceBefore && lexicon::nameParticle(w.lower)) {
                        // "Abdel Fattah al-Sisi", "Mohammed bin Salman", "Ursula von der Leyen"
                        int k = e + 1;
                        if (k < n && t[size_t(k)].isWord() && !t[size_t(k)].capitalised && lexicon::nameParticle(t[size_t(k)].lower))
                            ++k; // "von der"
                        if (k < n && t[size_t(k)].isPunct(u'-') && !t[size_t(k)].spaceBefore)
                            ++k;
                        if (k >= n || !isNameWord(t[size_t(k)]))
                            break;
                        e = k + 1;
                    } else {
                        break;
                    }
                }
                // a regnal number: "Pope Leo XIV", "King Charles III"
                static const QSet<QString> sovereigns = {QStringLiteral("pope"), QStringLiteral("king"), QStringLiteral("queen"),
                                                         QStringLiteral("emperor"), QStringLiteral("sultan"), QStringLiteral("prince")};
                static const QRegularExpression regnal(QStringLiteral("^(?:XX|X{0,1})(?:IX|IV|V?I{0,3})$"));
                if (e > titleEnd && e < n && sovereigns.contains(a.lower) && t[size_t(e)].isWord() && t[size_t(e)].spaceBefore
                    && sameLine(e) && !t[size_t(e)].lower.isEmpty()
                    && regnal.match(text.mid(t[size_t(e)].begin, t[size_t(e)].end - t[size_t(e)].begin)).hasMatch())
                    ++e;
                ActorMention m;
                m.start = t[size_t(titleEnd)].begin;
                m.end = t[size_t(e - 1)].end;
                m.text = text.mid(m.start, m.end - m.start);
                m.label = m.text;
                m.kind = ActorKind::Person;
                if (familyInCapitals && e == titleEnd + 2) // "Kamikawa Yoko", called "Minister Kamikawa" later
                    m.label = t[size_t(titleEnd)].lower.at(0).toUpper() + t[size_t(titleEnd)].lower.mid(1) + u' '
                              + text.mid(t[size_t(e - 1)].begin, t[size_t(e - 1)].end - t[size_t(e - 1)].begin);
                // "President Trump" after "Donald J. Trump": the person named before
                if (e - titleEnd == 1 && surnames.contains(t[size_t(titleEnd)].lower)) {
                    const ActorMention &known = surnames.value(t[size_t(titleEnd)].lower);
                    m.label = known.label;
                    m.country = known.country;
                }
                // nationality before the title ("Russian", "China's"), or "of Russia" after the name
                int last = i - 1;
                if (last >= 2 && t[size_t(last)].is(u"s") && (t[size_t(last - 1)].isPunct(u'\'') || t[size_t(last - 1)].isPunct(u'\u2019')))
                    last -= 2;
                for (int b = std::max(0, last - 3); b <= last; ++b)
                    if (const auto *c = countries.find(slice(b, last)); c && c->kind != CountryNames::Kind::Seat)
                        m.country = c->alpha3;
                if (m.country.isEmpty() && e + 1 < n && t[size_t(e)].is(u"of")) {
                    for (int b = e + 1; b < std::min(n, e + 4); ++b)
                        if (const auto *c = countries.find(slice(e + 1, b)))
                            m.country = c->alpha3;
                }
                if (titleCountry) { // the country, then its official
                    m.country = titleCountry->alpha3;
                    ActorMention state;
                    state.start = t[size_t(countryOfTitle)].begin;
                    state.end = t[size_t(countryEnd)].end;
                    state.text = text.mid(state.start, state.end - state.start);
                    state.label = countries.countryName(titleCountry->alpha3);
                    state.country = titleCountry->alpha3;
                    out.push_back(state);
                }
                rememberName(titleEnd, e, m);
                if (familyInCapitals && e == titleEnd + 2)
                    surnames.insert(t[size_t(titleEnd)].lower, m);
                // a knight or dame is "Sir Keir" later, a sheikh "Sheikh Mohammed": the given name after
                // the title calls them too
                const Token &styled = t[size_t(titleEnd - 1)];
                if ((styled.is(u"sir") || styled.is(u"dame") || styled.is(u"sheikh") || styled.is(u"sheikha")) && e - titleEnd >= 2
                    && !surnames.contains(t[size_t(titleEnd)].lower))
                    surnames.insert(t[size_t(titleEnd)].lower, m);
                out.push_back(m);
                i = e;
                continue;
            }
            // 1b. a name with its title after it, in apposition: "said Elisabeth Runge, the U.N.
            // Secretary-General's personal envoy for Sudan, …" (two name words at least: "However, the
            // minister said" names nobody; and no verb in it: "North Darfur, the state's governor said");
            // or beside a quotation's reporting verb
            if (const int e = std::max({nameBeforeItsTitle(i), nameBesideQuotation(i), nameAfterItsTitle(i)}); e > 0) {
                ActorMention m;
                m.start = a.begin;
                m.end = t[size_t(e - 1)].end;
                m.text = text.mid(m.start, m.end - m.start);
                m.label = m.text;
                m.kind = ActorKind::Person;
                // the country the apposition names first ("Russia's foreign minister", "the U.S. envoy")
                for (int j = e + 1; j < n && j < e + 8 && m.country.isEmpty() && !t[size_t(j)].isPunct(u','); ++j)
                    for (int b = j; b < std::min(n, j + 3); ++b)
                        if (const auto *c = countries.find(slice(j, b)); c && c->kind != CountryNames::Kind::Seat && e < n
                            && t[size_t(e)].isPunct(u','))
                            m.country = c->alpha3;
                rememberName(i, e, m);
                out.push_back(m);
                i = e;
                continue;
            }
            // 2. country names, demonyms, seats of government; organisations; the document's actors
            int best = -1;
            const CountryNames::Entry *entry = nullptr;
            for (int e = i; e < n && e < i + 3 * countries.longestName() + 2; ++e) {
                const Token &w = t[size_t(e)];
                // names go on through capitalised words, joined full stops ("U.S.") and of/the/and
                if (e > i && !((w.isWord() && (w.capitalised || w.is(u"of") || w.is(u"the") || w.is(u"and")))
                               || (!w.spaceBefore && (!w.isWord() || w.is(u"s"))))) // ("National People's Congress")
                    break;
                const QString s = slice(i, e);
                if (const auto *c = countries.find(s)) {
                    best = e;
                    entry = c;
                } else if (organisations.contains(s)) {
                    best = e;
                    entry = nullptr;
                }
            }
            // "the Minsk Protocol", "the Washington Post": a seat of government inside a longer name is
            // neither the government nor the city (but "talks in Washington Monday" and "Kremlin Spokesman
            // Dmitry Peskov" are)
            // (nor a negotiating format named after it: "the Astana format", "the Minsk agreements")
            static const QSet<QString> formats = {QStringLiteral("format"), QStringLiteral("process"), QStringLiteral("formula"),
                                                  QStringLiteral("agreements"), QStringLiteral("accords"), QStringLiteral("protocol"),
                                                  QStringLiteral("group"), QStringLiteral("talks")};
            const bool partOfName = best >= 0 && entry && entry->kind == CountryNames::Kind::Seat && best + 1 < n
                && ((isNameWord(t[size_t(best + 1)]) && t[size_t(best + 1)].spaceBefore
                     && !titleStarts.contains(t[size_t(best + 1)].lower)
                     && !text.mid(t[size_t(best)].end, t[size_t(best + 1)].begin - t[size_t(best)].end).contains(u'\n'))
                    || (t[size_t(best + 1)].isWord() && !t[size_t(best + 1)].capitalised && formats.contains(t[size_t(best + 1)].lower)
                        && i > 0 && t[size_t(i - 1)].is(u"the")));
            // "Latin America", "South America", "Central America": a region, not the United States
            static const QSet<QString> regionOfAmerica = {QStringLiteral("latin"), QStringLiteral("south"),
                                                          QStringLiteral("north"), QStringLiteral("central"),
                                                          QStringLiteral("middle")};
            const bool region = best == i && entry && a.is(u"america") && i > 0 && t[size_t(i - 1)].capitalised
                && regionOfAmerica.contains(t[size_t(i - 1)].lower);
            // "in the English and French languages", "French-speaking", "said in Russian.": a language
            const auto languageAfter = [&](int b) {
                int k = b + 1;
                if (k < n && t[size_t(k)].isPunct(u'-') && !t[size_t(k)].spaceBefore)
                    ++k;
                if (k >= n)
                    return false;
                const Token &w = t[size_t(k)];
                return w.is(u"language") || w.is(u"languages") || w.is(u"speaking") || w.is(u"speakers") || w.is(u"translation")
                    || (i > 0 && t[size_t(i - 1)].is(u"in") && !w.isWord());
            };
            const bool language = best >= 0 && entry && entry->kind == CountryNames::Kind::Demonym && languageAfter(best);
            // "the South China Sea", "the Taiwan Strait", "the Gulf of Oman", "the Indian Ocean": a sea
            // or a strait named after a country is no party
            static const QSet<QString> waters = {
                QStringLiteral("sea"), QStringLiteral("seas"), QStringLiteral("strait"), QStringLiteral("straits"),
                QStringLiteral("ocean"), QStringLiteral("gulf"), QStringLiteral("bay"), QStringLiteral("peninsula"),
                QStringLiteral("canal"), QStringLiteral("channel"), QStringLiteral("basin"), QStringLiteral("isthmus")};
            const bool water = best >= 0 && entry
                && ((best + 1 < n && t[size_t(best + 1)].capitalised && waters.contains(t[size_t(best + 1)].lower))
                    || (i >= 2 && t[size_t(i - 1)].is(u"of") && t[size_t(i - 2)].capitalised
                        && waters.contains(t[size_t(i - 2)].lower)));
            // "Foreign Office Consultations": a body's name inside the name of a series of meetings
            const bool series = best > i && !entry && best + 1 < n && t[size_t(best + 1)].capitalised
                && t[size_t(best + 1)].spaceBefore && t[size_t(best + 1)].lower.size() > 4 && t[size_t(best + 1)].lower.endsWith(u's')
                && !titleStarts.contains(t[size_t(best + 1)].lower)
                && !text.mid(t[size_t(best)].end, t[size_t(best + 1)].begin - t[size_t(best)].end).contains(u'\n');
            // "the African Union's Peace and Security Council": the end of a longer name joined by "and"
            // (not a second body of a pair: "the EU and NATO")
            const bool joinedName = best >= 0 && !entry && i >= 2 && t[size_t(i - 1)].is(u"and") && isNameWord(t[size_t(i - 2)])
                && !countries.find(slice(i - 2, i - 2)) && !organisations.contains(slice(i - 2, i - 2));
            if (partOfName || region || language || water || series || joinedName) {
                i = best + 1;
                continue;
            }
            if (best >= 0 && (best + 1 >= n || !t[size_t(best + 1)].isWord() || t[size_t(best + 1)].spaceBefore)) {
                ActorMention m;
                m.start = a.begin;
                m.end = t[size_t(best)].end;
                m.text = text.mid(m.start, m.end - m.start);
                if (entry) {
                    m.country = entry->alpha3;
                    m.label = countries.countryName(entry->alpha3);
                    // (a city-state's name is its capital's too: "ministers meeting in Luxembourg")
                    static const QSet<QString> cityStates = {QStringLiteral("LUX"), QStringLiteral("SGP"),
                                                             QStringLiteral("MCO"), QStringLiteral("VAT"),
                                                             QStringLiteral("SMR")};
                    m.place = (entry->kind == CountryNames::Kind::Seat
                               || (entry->kind == CountryNames::Kind::Name && cityStates.contains(entry->alpha3)))
                        && locative(i);
                } else {
                    const OrganisationEntry o = organisations.value(m.text);
                    m.label = o.label;
                    m.kind = ActorKind::Organisation;
                    m.country = o.country;
                }
                out.push_back(m);
                i = best + 1;
                continue;
            }
            // 3. a surname seen before with a title
            // (a surname that is a month's name only as a subject: "May said", not "in May")
            const auto subjectAfter = [&] {
                static const QSet<QString> verbsAfter = {QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"),
                                                         QStringLiteral("has"), QStringLiteral("had"), QStringLiteral("was"),
                                                         QStringLiteral("is"), QStringLiteral("will"), QStringLiteral("would")};
                return i + 1 < n && ((t[size_t(i + 1)].isWord() && verbsAfter.contains(t[size_t(i + 1)].lower)) || t[size_t(i + 1)].isPunct(u'\''));
            };
            // (not another's given name: "Mohammed bin Salman")
            if (a.capitalised && surnames.contains(a.lower) && (i + 1 >= n || !isNameWord(t[size_t(i + 1)]))
                && !(i + 1 < n && t[size_t(i + 1)].isWord() && lexicon::nameParticle(t[size_t(i + 1)].lower))
                && (!lexicon::month(a.lower) || subjectAfter())) {
                ActorMention m = surnames.value(a.lower);
                // with its particle or the first part of a double name written with a hyphen:
                // "al-Ansari said", "Okonjo-Iweala said"
                int from = i;
                while (from >= 2 && t[size_t(from - 1)].isPunct(u'-') && !t[size_t(from - 1)].spaceBefore
                       && !t[size_t(from)].spaceBefore && t[size_t(from - 2)].isWord()
                       && (lexicon::nameParticle(t[size_t(from - 2)].lower)
                           || m.label.endsWith(text.mid(t[size_t(from - 2)].begin, a.end - t[size_t(from - 2)].begin))))
                    from -= 2;
                m.start = t[size_t(from)].begin;
                // (the whole name when it is written whole: "Vladimir Putin had …")
                if (const qsizetype before = m.label.size() - (a.end - m.start);
                    before > 1 && m.start >= before && QStringView(text).mid(m.start - before, before) == QStringView(m.label).left(before))
                    m.start -= int(before);
                m.end = a.end;
                m.text = text.mid(m.start, m.end - m.start);
                out.push_back(m);
            }
            ++i;
        }
    };
    // Two passes: the first learns the names titles introduce, so that the second knows them before
    // the sentence that titles them ("Trump will meet Vladimir Putin … President Vladimir Putin said");
    // between them, the bare names (a title's full name wins: "President Bush" over "Other Bush").
    scan();
    learnBareNames();
    learnMeetingNames();
    scan();
    // The document's actors, by label and alias (and a person's surname).
    for (const Actor &actor : m_known) {
        QStringList names = actor.aliases;
        names.prepend(actor.label);
        if (actor.kind == ActorKind::Person && actor.label.contains(u' ')) {
            names << actor.label.section(u' ', -1);
            if (const QString first = actor.label.section(u' ', 0, 0); lexicon::familyNameFirst(first.toLower()))
                names << first;
        }
        for (const QString &name : names) {
            if (name.size() < 2)
                continue;
            for (qsizetype p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + name.size())) {
                const qsizetype e = p + name.size();
                if ((p > 0 && text.at(p - 1).isLetterOrNumber()) || (e < text.size() && text.at(e).isLetterOrNumber()))
                    continue;
                ActorMention m{int(p), int(e), name, actor.label, actor.kind, actor.country, actor.id, false};
                // A known actor replaces what the generic rules found at the same place.
                std::erase_if(out, [&](const ActorMention &o) { return o.start < m.end && m.start < o.end && !o.id.isValid(); });
                out.push_back(m);
            }
        }
    }
    // "Russian", "U.S." stand for the document's own state actor of that country when it has exactly
    // one ("Russia" labelled as the analyst wrote it), so an event does not list the country twice.
    QHash<QString, const Actor *> stateOf;
    for (const Actor &actor : m_known)
        if (actor.kind == ActorKind::State && !actor.country.isEmpty())
            stateOf.insert(actor.country, stateOf.contains(actor.country) ? nullptr : &actor);
    for (ActorMention &m : out)
        if (const Actor *known = m.id.isValid() || m.place || m.kind != ActorKind::State ? nullptr : stateOf.value(m.country)) {
            m.id = known->id;
            m.label = known->label;
        }
    std::sort(out.begin(), out.end(), [](const ActorMention &x, const ActorMention &y) { return x.start < y.start; });
    addOfficeHolders(text, out);
    return out;
}

} // namespace dateline::extract
