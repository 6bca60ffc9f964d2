#include "core/extract/actorscan.h"

#include "core/extract/lexicon.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

// A title and the name it introduces: "Russian President Vladimir Putin", "Foreign Minister Sergei
// Lavrov", and in British style "the prime minister, Keir Starmer," (a title in lower case, the name
// in commas: two words at least, so that "the president, Congress" is none).
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

const std::vector<QStringList> &titles()
{
    static const std::vector<QStringList> v = [] {
        std::vector<QStringList> words;
        for (const char *title : kTitles)
            words.push_back(QString::fromLatin1(title).split(u' '));
        return words;
    }();
    return v;
}

// The titles by their first word: titleAt() reads only those that start at its word.
const QHash<QString, std::vector<QStringList>> &titlesByFirstWord()
{
    static const QHash<QString, std::vector<QStringList>> byFirst = [] {
        QHash<QString, std::vector<QStringList>> words;
        for (const QStringList &title : titles())
            words[title.first()].push_back(title);
        return words;
    }();
    return byFirst;
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

const QSet<QString> &ActorScan::titleStarts()
{
    static const QSet<QString> first = [] {
        QSet<QString> words;
        for (const QStringList &title : titles())
            words.insert(title.first());
        return words;
    }();
    return first;
}

// Two name words at k (the second may be a particle's: "spokesman Majed al-Ansari", "envoy Ahmed bin
// Ali").
bool ActorScan::twoNameWords(int k) const
{
    if (k + 1 >= n || !isNameWord(t[size_t(k)]) || !t[size_t(k + 1)].spaceBefore)
        return false;
    if (isNameWord(t[size_t(k + 1)]))
        return true;
    const int after = k + 2 < n && t[size_t(k + 2)].isPunct(u'-') && !t[size_t(k + 2)].spaceBefore ? k + 3 : k + 2;
    return t[size_t(k + 1)].isWord() && lexicon::nameParticle(t[size_t(k + 1)].lower) && after < n
        && isNameWord(t[size_t(after)]);
}

// A name stays on its line: "Minister Jaishankar\n\nREADOUT".
bool ActorScan::sameLine(int k) const
{
    return !text.mid(t[size_t(k - 1)].end, t[size_t(k)].begin - t[size_t(k - 1)].end).contains(u'\n');
}

// A word in capitals ("KAMIKAWA", "READOUT").
bool ActorScan::shouting(const Token &w) const
{
    return w.lower.size() > 1 && text.mid(w.begin, w.end - w.begin) == text.mid(w.begin, w.end - w.begin).toUpper();
}

// The title at i and where the name it introduces starts (TitleAt::end); end is -1 when there is no
// title at i.
ActorScan::TitleAt ActorScan::titleAt(int i) const
{
    const Token &a = t[size_t(i)];
    TitleAt title;
    int &titleEnd = title.end;
    if (const auto starting = titlesByFirstWord().constFind(a.lower); starting != titlesByFirstWord().constEnd()) {
        for (const QStringList &words : *starting) {
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
    // "President of France Emmanuel Macron", "President of the United States of America Donald
    // Trump" (official style): the title's country stands between the title and the name
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
            && !titleStarts().contains(t[size_t(nameAt)].lower) && !countries.find(slice(nameAt, nameAt))
            && !firmOrBody(nameAt)) {
            title.countryFrom = b;
            title.countryTo = best;
            title.country = found;
            titleEnd = best + 1;
        }
    }
    title.inCommas = titleEnd > 0 && titleEnd < n && t[size_t(titleEnd)].isPunct(u',') && twoNameWords(titleEnd + 1);
    if (title.inCommas)
        ++titleEnd;
    for (int h = titleEnd > 0 ? honorificAt(t, titleEnd) : 0; h > 0; h = honorificAt(t, titleEnd))
        titleEnd += h;
    return title;
}

// The end of the name a title at i introduces, starting at `from`; in capitals throughout when
// `capitalName`, or a family name in capitals and a given name when `familyInCapitals`.
int ActorScan::titledNameEnd(int i, int from, bool capitalName, bool familyInCapitals) const
{
    const Token &a = t[size_t(i)];
    const int titleEnd = from;
    int e = titleEnd;
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
    return e;
}

// A title and its name at i: the mention of the person (and of the state an official title names);
// the token after the name, i + 1 when the title names nobody, or -1 when there is no title at i.
int ActorScan::titledName(int i)
{
    const Token &a = t[size_t(i)];
    const TitleAt title = titleAt(i);
    const int titleEnd = title.end;
    if (!a.capitalised && !title.inCommas && !(titleEnd > 0 && twoNameWords(titleEnd)))
        return i + 1;
    if (titleEnd <= 0 || titleEnd >= n || !isNameWord(t[size_t(titleEnd)]) || notNames().contains(t[size_t(titleEnd)].lower)
        || countries.find(t[size_t(titleEnd)].lower) || countries.find(slice(titleEnd, titleEnd)))
        return -1;
    // (not initials: "Vice President JD Vance")
    const bool capitalName = shouting(t[size_t(titleEnd)]) && t[size_t(titleEnd)].lower.size() > 2;
    // (Japanese official style writes the family name first, in capitals: "Ms. KAMIKAWA Yoko")
    const bool familyInCapitals = capitalName && titleEnd + 1 < n && sameLine(titleEnd + 1)
        && t[size_t(titleEnd + 1)].spaceBefore && isNameWord(t[size_t(titleEnd + 1)]) && !shouting(t[size_t(titleEnd + 1)]);
    const int e = titledNameEnd(i, titleEnd, capitalName, familyInCapitals);
    ActorMention m = personNamed(titleEnd, e);
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
    if (title.country) { // the country, then its official
        m.country = title.country->alpha3;
        ActorMention state;
        state.start = t[size_t(title.countryFrom)].begin;
        state.end = t[size_t(title.countryTo)].end;
        state.text = text.mid(state.start, state.end - state.start);
        state.label = countries.countryName(title.country->alpha3);
        state.country = title.country->alpha3;
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
    return e;
}

} // namespace dateline::extract
