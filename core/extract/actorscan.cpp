#include "core/extract/actorscan.h"

#include "core/extract/lexicon.h"

#include <algorithm>

namespace dateline::extract {

ActorScan::ActorScan(const QString &text, const std::vector<Token> &tokens)
    : text(text)
    , t(tokens)
    , n(int(t.size()))
    , countries(CountryNames::instance())
    , organisations(organisationTable())
{
}

std::vector<ActorMention> ActorScan::run()
{
    scan();
    learnBareNames();
    learnMeetingNames();
    scan();
    return std::move(out);
}

// Words that open a phrase, not a name: "the president, The White House said"
// (and the institutions a title word also names: "the UN General Assembly", "General Motors")
const QSet<QString> &ActorScan::notNames()
{
    static const QSet<QString> words = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("but"), QStringLiteral("assembly"),
        QStringLiteral("council"), QStringLiteral("committee"), QStringLiteral("conference"), QStringLiteral("secretariat"),
        QStringLiteral("staff"), QStringLiteral("court"), QStringLiteral("command"), QStringLiteral("directorate"),
        QStringLiteral("election"), QStringLiteral("elections"), QStringLiteral("motors"), QStringLiteral("electric")};
    return words;
}

bool ActorScan::isNameWord(const Token &w)
{
    if (!w.isWord() || !w.capitalised)
        return false;
    return !lexicon::month(w.lower) && !lexicon::weekday(w.lower);
}

// A word of a name starting at `first`: a month's name too after the first word ("Theresa
// May", "Jonathan May"), unless a day number follows it.
bool ActorScan::nameWordAt(int e, int first) const
{
    const Token &w = t[size_t(e)];
    return isNameWord(w)
           || (e > first && w.isWord() && w.capitalised && lexicon::month(w.lower) && !(e + 1 < n && t[size_t(e + 1)].isNumber()));
}

// "in Moscow", "to the Kremlin": a place, not the government
bool ActorScan::locative(int i) const
{
    int k = i - 1;
    if (k >= 0 && t[size_t(k)].is(u"the"))
        --k;
    return k >= 0 && (t[size_t(k)].is(u"in") || t[size_t(k)].is(u"to") || t[size_t(k)].is(u"from") || t[size_t(k)].is(u"at")
                      || t[size_t(k)].is(u"near") || t[size_t(k)].is(u"visit") || t[size_t(k)].is(u"visited"));
}

// A person named by tokens [from, to) is called by the last name later, or by a first family name
// (words joined by a hyphen are one: "Lee Jae-myung" has two).
void ActorScan::rememberName(int from, int to, const ActorMention &m)
{
    surnames.insert(t[size_t(to - 1)].lower, m);
    int words = 0;
    for (int j = from; j < to; ++j)
        words += t[size_t(j)].isWord() && !(j > from && t[size_t(j - 1)].isPunct(u'-') && !t[size_t(j)].spaceBefore);
    if (words >= 2 && words <= 3 && lexicon::familyNameFirst(t[size_t(from)].lower))
        surnames.insert(t[size_t(from)].lower, m);
}

// A person named by tokens [from, to).
ActorMention ActorScan::personNamed(int from, int to) const
{
    ActorMention m;
    m.start = t[size_t(from)].begin;
    m.end = t[size_t(to - 1)].end;
    m.text = m.label = text.mid(m.start, m.end - m.start);
    m.kind = ActorKind::Person;
    return m;
}

// One pass over the tokens: titled names, names beside their title or a quotation, countries,
// bodies, and surnames seen with a title.
void ActorScan::scan()
{
    out.clear();
    for (int i = 0; i < n;) {
        if (!t[size_t(i)].isWord()) {
            ++i;
            continue;
        }
        int next = titledName(i);
        if (next < 0)
            next = nameInApposition(i);
        if (next < 0)
            next = countryOrBody(i);
        if (next < 0) {
            knownSurname(i);
            next = i + 1;
        }
        i = next;
    }
}

// A name with its title after it, in apposition: "said Elisabeth Runge, the U.N. Secretary-General's
// personal envoy for Sudan, …" (two name words at least: "However, the minister said" names nobody;
// and no verb in it: "North Darfur, the state's governor said"); or beside a quotation's reporting
// verb; or after an office in lower case. The end of the name at i, or -1.
int ActorScan::nameInApposition(int i)
{
    if (const int e = std::max({nameBeforeItsTitle(i), nameBesideQuotation(i), nameAfterItsTitle(i)}); e > 0) {
        ActorMention m = personNamed(i, e);
        // the country the apposition names first ("Russia's foreign minister", "the U.S. envoy")
        for (int j = e + 1; j < n && j < e + 8 && m.country.isEmpty() && !t[size_t(j)].isPunct(u','); ++j)
            for (int b = j; b < std::min(n, j + 3); ++b)
                if (const auto *c = countries.find(slice(j, b)); c && c->kind != CountryNames::Kind::Seat && e < n
                    && t[size_t(e)].isPunct(u','))
                    m.country = c->alpha3;
        rememberName(i, e, m);
        out.push_back(m);
        return e;
    }
    return -1;
}

// Whether the country's or body's name at tokens [i, best] is part of something else: a longer
// name, a region, a language, a sea, a series of meetings.
bool ActorScan::inAnotherName(int i, int best, const CountryNames::Entry *entry) const
{
    const Token &a = t[size_t(i)];
    // "the Minsk Protocol", "the Washington Post": a seat of government inside a longer name is
    // neither the government nor the city (but "talks in Washington Monday" and "Kremlin Spokesman
    // Dmitry Peskov" are)
    // (nor a negotiating format named after it: "the Astana format", "the Minsk agreements")
    static const QSet<QString> formats = {QStringLiteral("format"), QStringLiteral("process"), QStringLiteral("formula"),
                                          QStringLiteral("agreements"), QStringLiteral("accords"), QStringLiteral("protocol"),
                                          QStringLiteral("group"), QStringLiteral("talks")};
    const bool partOfName = best >= 0 && entry && entry->kind == CountryNames::Kind::Seat && best + 1 < n
        && ((isNameWord(t[size_t(best + 1)]) && t[size_t(best + 1)].spaceBefore
             && !titleStarts().contains(t[size_t(best + 1)].lower)
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
        && !titleStarts().contains(t[size_t(best + 1)].lower)
        && !text.mid(t[size_t(best)].end, t[size_t(best + 1)].begin - t[size_t(best)].end).contains(u'\n');
    // "the African Union's Peace and Security Council": the end of a longer name joined by "and"
    // (not a second body of a pair: "the EU and NATO")
    const bool joinedName = best >= 0 && !entry && i >= 2 && t[size_t(i - 1)].is(u"and") && isNameWord(t[size_t(i - 2)])
        && !countries.find(slice(i - 2, i - 2)) && !organisations.contains(slice(i - 2, i - 2));
    return partOfName || region || language || water || series || joinedName;
}

// Country names, demonyms, seats of government; organisations. The end of the name at i, or -1.
int ActorScan::countryOrBody(int i)
{
    const Token &a = t[size_t(i)];
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
    if (best < 0)
        return -1;
    if (inAnotherName(i, best, entry))
        return best + 1;
    // (nor the start of a longer word)
    if (best + 1 < n && t[size_t(best + 1)].isWord() && !t[size_t(best + 1)].spaceBefore)
        return -1;
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
    return best + 1;
}

// A surname seen before with a title, at i.
void ActorScan::knownSurname(int i)
{
    const Token &a = t[size_t(i)];
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
}

} // namespace dateline::extract
