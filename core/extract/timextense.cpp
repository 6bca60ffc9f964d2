// Reading the tense around an expression: whether a date is past, present or to come (the year
// it then takes is chosen in timexyear.cpp).
#include "core/extract/timexrules.h"

#include "core/extract/lexicon.h"

#include <QSet>

namespace dateline::extract {

namespace {

// Words that put a date ahead.
const QSet<QString> &futureWords()
{
    static const QSet<QString> future = {
        QStringLiteral("will"), QStringLiteral("ll"), QStringLiteral("shall"), QStringLiteral("plans"),
        QStringLiteral("plan"), QStringLiteral("planned"), QStringLiteral("scheduled"), QStringLiteral("expected"),
        QStringLiteral("expects"), QStringLiteral("expect"), QStringLiteral("due"), QStringLiteral("intends"), QStringLiteral("upcoming"),
        QStringLiteral("going"), QStringLiteral("tomorrow"), QStringLiteral("next"),
        QStringLiteral("until"), QStringLiteral("till"), QStringLiteral("await"), QStringLiteral("invited"),
        QStringLiteral("invitation"), QStringLiteral("coming"),
        // the present of a scheduled move reads as the future in news: "the envoy leaves Tuesday"
        QStringLiteral("meets"), QStringLiteral("leaves"), QStringLiteral("heads"), QStringLiteral("visits"),
        QStringLiteral("begins"), QStringLiteral("opens"), QStringLiteral("starts"), QStringLiteral("arrives"),
        QStringLiteral("travels"), QStringLiteral("returns"), QStringLiteral("resumes"), QStringLiteral("flies"),
        QStringLiteral("convenes"), QStringLiteral("reconvenes"), QStringLiteral("departs"), QStringLiteral("expires"),
        QStringLiteral("goes"), QStringLiteral("hosts"), QStringLiteral("faces"), QStringLiteral("closes"),
        QStringLiteral("ends"), QStringLiteral("hears"), QStringLiteral("kicks"), QStringLiteral("happens"),
        QStringLiteral("takes"),
        // what a resolution or a law asks for lies ahead: "the resolution demands a ceasefire from Friday"
        QStringLiteral("demands"), QStringLiteral("requires"), QStringLiteral("obliges")};
    return future;
}

// Past forms of verbs, time words that look back.
const QSet<QString> &pastWords()
{
    static const QSet<QString> past = {
        QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("had"), QStringLiteral("did"),
        QStringLiteral("said"), QStringLiteral("told"), QStringLiteral("ago"), QStringLiteral("last"),
        QStringLiteral("yesterday"), QStringLiteral("earlier"), QStringLiteral("met"), QStringLiteral("held"),
        QStringLiteral("took"), QStringLiteral("made"), QStringLiteral("began"), QStringLiteral("came"),
        QStringLiteral("left"), QStringLiteral("went"), QStringLiteral("gave"), QStringLiteral("won"),
        QStringLiteral("since"), QStringLiteral("fell"), QStringLiteral("rose"), QStringLiteral("sent"),
        // irregular past forms (the regular ones are read from their "-ed")
        QStringLiteral("brought"), QStringLiteral("bought"), QStringLiteral("thought"), QStringLiteral("sought"),
        QStringLiteral("caught"), QStringLiteral("fought"), QStringLiteral("taught"), QStringLiteral("saw"),
        QStringLiteral("knew"), QStringLiteral("found"), QStringLiteral("got"), QStringLiteral("paid"),
        QStringLiteral("sold"), QStringLiteral("became"), QStringLiteral("ran"), QStringLiteral("spoke"),
        QStringLiteral("wrote"), QStringLiteral("stood"), QStringLiteral("struck"), QStringLiteral("kept"),
        QStringLiteral("lost"), QStringLiteral("meant"), QStringLiteral("felt"), QStringLiteral("heard"),
        QStringLiteral("built"), QStringLiteral("spent"), QStringLiteral("broke"), QStringLiteral("chose"),
        QStringLiteral("drove"), QStringLiteral("flew"), QStringLiteral("grew"), QStringLiteral("threw"),
        QStringLiteral("drew"), QStringLiteral("withdrew"), QStringLiteral("fled"), QStringLiteral("wore"),
        QStringLiteral("swore"), QStringLiteral("forgot"), QStringLiteral("froze"), QStringLiteral("stole"),
        QStringLiteral("shook"), QStringLiteral("understood"), QStringLiteral("arose"), QStringLiteral("sank"),
        QStringLiteral("spun"), QStringLiteral("overthrew"), QStringLiteral("undertook"), QStringLiteral("forgave"),
        QStringLiteral("slept"), QStringLiteral("swept"), QStringLiteral("dealt"), QStringLiteral("led"),
        QStringLiteral("shot"), QStringLiteral("upheld"), QStringLiteral("withheld"), QStringLiteral("overran"),
        QStringLiteral("overtook"), QStringLiteral("laid"), QStringLiteral("hung"), QStringLiteral("hid"),
        QStringLiteral("sped"), QStringLiteral("lit"), QStringLiteral("sat"), QStringLiteral("tore"), QStringLiteral("woke"),
        QStringLiteral("rode"), QStringLiteral("blew"), QStringLiteral("wept"), QStringLiteral("slid"), QStringLiteral("dug"),
        QStringLiteral("stuck"), QStringLiteral("strode"), QStringLiteral("shrank"), QStringLiteral("sprang"),
        QStringLiteral("swam"), QStringLiteral("drank"), QStringLiteral("rang"), QStringLiteral("sang"), QStringLiteral("ate"),
        QStringLiteral("foresaw"), QStringLiteral("withstood"), QStringLiteral("overcame"), QStringLiteral("rebuilt"),
        QStringLiteral("bled")};
    return past;
}

// Words in "-ed" that are no past.
const QSet<QString> &notVerbs()
{
    static const QSet<QString> notVerbs = {
        QStringLiteral("need"), QStringLiteral("speed"), QStringLiteral("indeed"), QStringLiteral("hundred"),
        QStringLiteral("united"), QStringLiteral("limited"), QStringLiteral("red"), QStringLiteral("bed"),
        QStringLiteral("based"), QStringLiteral("proposed"), QStringLiteral("expected"), QStringLiteral("scheduled"),
        QStringLiteral("planned"), QStringLiteral("invited"), QStringLiteral("armed"), QStringLiteral("related")};
    return notVerbs;
}

// the present of a scheduled move reads as the future in news, as the "-s" forms above
// ("visit", "leave", "travel" are left out: far more often nouns)
const QSet<QString> &baseForms()
{
    static const QSet<QString> baseForms = {
        QStringLiteral("meet"), QStringLiteral("arrive"), QStringLiteral("begin"), QStringLiteral("resume"),
        QStringLiteral("convene"), QStringLiteral("head")};
    return baseForms;
}

// The "-s" forms of scheduled moves, which are nouns too ("Putin's visits").
const QSet<QString> &moves()
{
    static const QSet<QString> moves = {
        QStringLiteral("meets"), QStringLiteral("leaves"), QStringLiteral("heads"), QStringLiteral("visits"),
        QStringLiteral("begins"), QStringLiteral("opens"), QStringLiteral("starts"), QStringLiteral("returns"),
        QStringLiteral("goes"), QStringLiteral("hosts"), QStringLiteral("faces"), QStringLiteral("closes"),
        QStringLiteral("ends"), QStringLiteral("hears"), QStringLiteral("kicks"), QStringLiteral("demands")};
    return moves;
}

} // namespace

// The rules tenseAround() reads around the expression at token i: the word classes they test, and
// the search for the nearest tense marker before and after the expression. Where the date's phrase
// starts and whether it is fronted are read once, on construction.
struct TimexRules::TenseReading {
    TenseReading(const TimexRules &rules, int at);

    // TimexRules' reading helpers, under the names the rules use
    const Token *tok(int k) const { return r.tok(k); }
    bool word(int k, QStringView w) const { return r.word(k, w); }
    bool punct(int k, char16_t c) const { return r.punct(k, c); }
    bool joined(int k) const { return r.joined(k); }

    // Word tests
    bool possessive(int k) const { return word(k, u"s") && punct(k - 1, u'\''); } // "Putin's"
    bool determiner(int k) const;
    bool subordinator(int k) const;
    bool auxiliaryBefore(int k) const;
    bool boundary(int k) const;
    bool quoteMark(int k) const;
    bool statementEnds(int k) const;
    bool statementOpens(int k) const;
    bool attribution(int k) const;
    bool reporting(int k) const;
    bool reportedClause(int k) const;
    bool secondPredicate(int k) const;
    int planAsideEnd(int k) const;
    bool promise(int k) const;
    bool infinitive(int k) const;
    bool modifiedNoun(int k) const;
    bool dash(int k) const { return punct(k, u'-') || punct(k, u'\u2013') || punct(k, u'\u2014'); }
    bool possibility(int k) const;

    // The tense token k marks (Unknown: none), and the parts of that reading: a word of the future
    // set, an arrangement in the present ("are meeting Thursday"), a schedule or intention ("polls
    // open at 7 a.m.", "is to resume"); the optional ones are empty when their words are not there.
    Tense classify(int k) const;
    Tense futureWordTense(int k) const;
    std::optional<Tense> arrangementTense(int k) const;
    std::optional<Tense> scheduleTense(int k) const;
    std::optional<Tense> intentionTense(int k) const;

    // The date's phrase and its sentence
    bool commaSoonAfter() const;
    bool looksForward() const;
    int planAsideClose() const;

    // The search: the marker at `back` tokens before, at `fwd` after (empty when there is none)
    Tense nearestMarker() const;
    std::optional<Tense> markerBefore(int back, int step) const;
    Tense verbBefore(int back, int step, Tense s) const;
    std::optional<Tense> markerAfter(int fwd) const;

    const TimexRules &r;
    const std::vector<Token> &t;
    const int n;
    const int i; // the expression's first token
    int head = 0; // where the date's phrase starts: "the afternoon of", "late" before it
    bool fronted = false;      // the phrase opens the sentence after "in" or "on"
    bool frontedUntil = false; // "Until Thursday, …"
    int forwardReach = 25;     // tokens the forward search reads
};

// "In January, the minister resigned": a date fronted before the main clause is that clause's
// own time, so its past verb reaches a whole year back, as "resigned in January" does.
// ("On the afternoon of March 27, the envoys met", "In the early hours of May 3, …": the part of
// the day's phrase opens the sentence; "PARIS, May 15 (Reuters) - In August, …": so does a
// dateline's dash)
TimexRules::TenseReading::TenseReading(const TimexRules &rules, int at)
    : r(rules), t(rules.t), n(rules.n), i(at)
{
    head = i;
    if (word(i - 1, u"of") && i >= 3) {
        static const QSet<QString> parts = {
            QStringLiteral("morning"), QStringLiteral("afternoon"), QStringLiteral("evening"), QStringLiteral("night"),
            QStringLiteral("eve"), QStringLiteral("hours"), QStringLiteral("weekend"), QStringLiteral("end"),
            QStringLiteral("beginning"), QStringLiteral("start")};
        const int the = word(i - 3, u"early") || word(i - 3, u"late") ? i - 4 : i - 3;
        if (t[size_t(i - 2)].isWord() && parts.contains(t[size_t(i - 2)].lower) && word(the, u"the"))
            head = the;
    }
    // ("In late March, the minister …": a position in the month opens it too)
    while (head == i && head > 1 && (word(head - 1, u"early") || word(head - 1, u"late") || word(head - 1, u"mid")))
        --head;
    if (head == i && punct(i - 1, u'-') && word(i - 2, u"mid"))
        head = i - 2;
    // ("Ten days after the vote, on March 15, the parliament convened": set off in commas before the
    // main clause)
    const bool opensSentence = head <= 1 || boundary(head - 1)
        || (t[size_t(head - 2)].kind == Token::Kind::Punct && (boundary(head - 2) || dash(head - 2)))
        || (punct(head - 2, u',') && commaSoonAfter());
    fronted = (word(head - 1, u"in") || word(head - 1, u"on")) && opensSentence;
    // "Until Thursday, they had not called him a suspect": the main clause's verb decides, not "until"
    // (not set off in commas after the clause: "will remain in place for six months, until July 31, unless …")
    frontedUntil = (word(i - 1, u"until") || word(i - 1, u"till")) && opensSentence && head == i && !punct(i - 2, u',');
    // the main clause after a fronted date may open with a long subject ("In January, a week after
    // the anniversary of …, a bombing in Birmingham, Ala., killed …")
    forwardReach = fronted || frontedUntil ? 40 : 25;
}

bool TimexRules::TenseReading::commaSoonAfter() const
{
    int e = i + 1;
    while (e < n && e < i + 5 && !punct(e, u','))
        ++e;
    return punct(e, u',');
}

bool TimexRules::TenseReading::determiner(int k) const
{
    static const QSet<QString> dets = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("his"), QStringLiteral("her"),
        QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("this"), QStringLiteral("that")};
    return k >= 0 && k < n && t[size_t(k)].isWord() && dets.contains(t[size_t(k)].lower);
}

bool TimexRules::TenseReading::subordinator(int k) const
{
    static const QSet<QString> words = {
        QStringLiteral("as"), QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("because"),
        QStringLiteral("although"), QStringLiteral("though"), QStringLiteral("whereas"), QStringLiteral("unless"),
        // ("meets Trump on Monday, his third visit since Trump returned to office")
        QStringLiteral("since")};
    return t[size_t(k)].isWord() && words.contains(t[size_t(k)].lower);
}

// "will be held", "is heard": a participle after these leaves the tense to its auxiliary
bool TimexRules::TenseReading::auxiliaryBefore(int k) const
{
    return word(k - 1, u"be") || word(k - 1, u"been") || word(k - 1, u"being") || word(k - 1, u"is") || word(k - 1, u"are");
}

bool TimexRules::TenseReading::boundary(int k) const
{
    const Token &a = t[size_t(k)];
    if (a.isPunct(u'.') && !a.spaceBefore && k + 1 < n && !t[size_t(k + 1)].spaceBefore && t[size_t(k + 1)].isNumber())
        return false; // "29.75"
    if (a.isPunct(u'.') && k > 0) {
        // the full stop of "a.m.", "U.S.", "Sept.", "Gen.", "vs." does not end the sentence, nor
        // one that a comma follows ("Birmingham, Ala., on Friday")
        const Token &p = t[size_t(k - 1)];
        if (!a.spaceBefore && p.isWord() && (p.lower.size() == 1 || lexicon::monthIsAbbreviation(p.lower)
                                             || p.lower == u"gen" || p.lower == u"mr" || p.lower == u"sen"
                                             || p.lower == u"vs"))
            return false;
        if (punct(k + 1, u','))
            return false;
    }
    return a.paragraphBefore || a.isPunct(u'.') || a.isPunct(u'?') || a.isPunct(u'!') || a.isPunct(u';');
}

// A quoted statement has its own tense: in "'… will leave Thursday,' Castro said" the
// attribution after the closing quote, and in 'He said: "On Friday we will …"' the verb before
// the opening one, do not date the time inside.
bool TimexRules::TenseReading::quoteMark(int k) const
{
    const Token *a = tok(k);
    return a && a->kind == Token::Kind::Punct
           && (a->lower == u"\"" || a->lower == u"'" || a->lower == u"`" || a->lower == QStringView(u"\u201C")
               || a->lower == QStringView(u"\u201D") || a->lower == QStringView(u"\u00AB")
               || a->lower == QStringView(u"\u00BB"));
}

// ",\"" or "?'" before the attribution
bool TimexRules::TenseReading::statementEnds(int k) const
{
    return (punct(k, u',') || punct(k, u'?') || punct(k, u'!')) && quoteMark(k + 1) && joined(k + 1);
}

// the opening quote of 'said: "…' or ', "…'
bool TimexRules::TenseReading::statementOpens(int k) const
{
    if (!quoteMark(k) || !joined(k + 1))
        return false;
    const int before = quoteMark(k - 1) ? k - 2 : k - 1; // "``" is two marks
    return punct(before, u':') || punct(before, u',');
}

// ", a spokesman said", ", Iran's foreign ministry spokesman said": an attribution after a comma
// ("will hold talks in Istanbul on Friday, a spokesman said on Tuesday")
bool TimexRules::TenseReading::attribution(int k) const
{
    // (", officials from both countries have confirmed")
    if (!punct(k, u','))
        return false;
    for (int w = k + 1; w < n && w <= k + 8; ++w) {
        const Token &x = t[size_t(w)];
        if (reporting(w))
            return true;
        if (x.kind == Token::Kind::Punct && !x.isPunct(u'\'') && !x.isPunct(u'\u2019') && !x.isPunct(u'.'))
            return false;
    }
    return false;
}

// a verb that reports what was said: "said", "told", "confirmed" …
bool TimexRules::TenseReading::reporting(int k) const
{
    static const QSet<QString> verbs = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"), QStringLiteral("added"),
        QStringLiteral("confirmed"), QStringLiteral("announced"), QStringLiteral("reported"), QStringLiteral("stated"),
        QStringLiteral("noted"), QStringLiteral("stressed"), QStringLiteral("insisted"), QStringLiteral("wrote"),
        QStringLiteral("claimed"), QStringLiteral("explained")};
    return k >= 0 && k < n && t[size_t(k)].isWord() && verbs.contains(t[size_t(k)].lower);
}

// "said in an address to diplomats on Monday that Europe must act": the "that" after the date
// opens what was said, whose tense is its own; the reporting verb before the date dates it
bool TimexRules::TenseReading::reportedClause(int k) const
{
    if (!word(k, u"that"))
        return false;
    for (int back = i - 1; back >= 0 && back >= i - 12 && !boundary(back); --back)
        if (reporting(back))
            return true;
    return false;
}

// "cut rates in August and is expected to cut again in November": a second predicate of the same
// subject, opened by its own auxiliary, has its own tense
bool TimexRules::TenseReading::secondPredicate(int k) const
{
    static const QSet<QString> auxiliaries = {
        QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("has"),
        QStringLiteral("have"), QStringLiteral("had"), QStringLiteral("will"), QStringLiteral("would"),
        QStringLiteral("could"), QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("should"),
        QStringLiteral("must")};
    return k > i && (word(k, u"and") || word(k, u"but")) && tok(k + 1) && t[size_t(k + 1)].isWord()
        && auxiliaries.contains(t[size_t(k + 1)].lower);
}

// ", planned in Rome," after "A fourth round": an aside on an earlier plan, which closes with a
// comma within a few words; where it closes, or -1
int TimexRules::TenseReading::planAsideEnd(int k) const
{
    static const QSet<QString> opens = {
        QStringLiteral("planned"), QStringLiteral("scheduled"), QStringLiteral("expected"), QStringLiteral("due"),
        QStringLiteral("set"), QStringLiteral("slated"), QStringLiteral("originally"), QStringLiteral("initially")};
    // (or a relative clause on one: ", who is due to meet Trump in Washington on Tuesday,")
    int o = k + 1;
    if (word(o, u"who") || word(o, u"which"))
        ++o;
    if (o > k + 1 && (word(o, u"is") || word(o, u"are") || word(o, u"was") || word(o, u"were")))
        ++o;
    if (!punct(k, u',') || o >= n || !t[size_t(o)].isWord() || !opens.contains(t[size_t(o)].lower))
        return -1;
    for (int w = o + 1; w < n && w <= o + 15; ++w) {
        if (punct(w, u','))
            return w;
        if (boundary(w) || (t[size_t(w)].kind == Token::Kind::Punct && !punct(w, u'.') && !punct(w, u'-')))
            return -1;
    }
    return -1;
}

bool TimexRules::TenseReading::promise(int k) const
{
    static const QSet<QString> words = {
        QStringLiteral("agreed"), QStringLiteral("promised"), QStringLiteral("pledged"), QStringLiteral("vowed"),
        QStringLiteral("threatened"), QStringLiteral("offered"), QStringLiteral("hoped"), QStringLiteral("sought"),
        QStringLiteral("intended"), QStringLiteral("aimed"), QStringLiteral("resolved"), QStringLiteral("arranged")};
    // (and what someone was told to do by a deadline: "asked Congress to pass the bill by Friday";
    // "ordered Israel to halt its offensive on Friday" is as often the order's day)
    static const QSet<QString> directives = {
        QStringLiteral("asked"), QStringLiteral("urged"), QStringLiteral("instructed"), QStringLiteral("ordered"),
        QStringLiteral("directed"), QStringLiteral("requested"), QStringLiteral("tasked")};
    return t[size_t(k)].isWord()
        && (words.contains(t[size_t(k)].lower) || (word(i - 1, u"by") && directives.contains(t[size_t(k)].lower)));
}

// "endorsed a transition plan for the country at a summit on Saturday", "the US peace plan at talks":
// "plan" named with a word or two after its article is a noun before a preposition; the clause's
// verb further back decides (the plural too, "presented their peace plans at the meeting on Monday",
// but not before "for", "by" or "on" and a gerund, which a verb after its subject takes: "the
// president plans for …", "the government plans on holding …"; "the exhibition closes on Sunday" is
// a verb)
bool TimexRules::TenseReading::modifiedNoun(int k) const
{
    static const QSet<QString> prepositions = {
        QStringLiteral("for"), QStringLiteral("of"), QStringLiteral("at"), QStringLiteral("in"), QStringLiteral("on"),
        QStringLiteral("with"), QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("during")};
    const Token *next = tok(k + 1);
    if (!next || !next->isWord() || !prepositions.contains(next->lower))
        return false;
    const Token *after = tok(k + 2);
    if (word(k, u"plans")
        && (next->lower == u"for" || next->lower == u"by"
            || (next->lower == u"on" && after && after->lower.endsWith(QLatin1String("ing")))))
        return false;
    for (int d = k - 2; d >= 0 && d >= k - 3; --d) {
        const Token &m = t[size_t(d + 1)];
        if (!m.isWord() || pastWords().contains(m.lower) || futureWords().contains(m.lower))
            return false;
        if (determiner(d) || possessive(d))
            return true;
    }
    return false;
}

// "meet", "hold", not "a", "talks", "the", "Iran"
bool TimexRules::TenseReading::infinitive(int k) const
{
    const Token *a = tok(k);
    return a && a->isWord() && !a->capitalised && (!a->lower.endsWith(u's') || a->lower.endsWith(QLatin1String("ss"))) && !determiner(k) && !word(k, u"be")
        && !(a->lower.endsWith(QLatin1String("ed")) || a->lower.endsWith(QLatin1String("ing")));
}

// ("sanctions could be lifted in March": a possibility lies ahead of a month or season; not "could
// have", nor a past ability's weekday, "… could not be located Wednesday")
bool TimexRules::TenseReading::possibility(int k) const
{
    return (word(k, u"could") || word(k, u"might")) && !word(k + 1, u"have") && !word(k + 2, u"have") && !word(k + 1, u"not")
        && !lexicon::weekday(t[size_t(i)].lower) && !word(i, u"today") && !word(i, u"yesterday")
        && !(punct(k + 1, u'\'') && word(k + 2, u"t"));
}

Tense TimexRules::TenseReading::classify(int k) const
{
    const Token &a = t[size_t(k)];
    if (!a.isWord())
        return Tense::Unknown;
    if (futureWords().contains(a.lower))
        return futureWordTense(k);
    if (const std::optional<Tense> s = arrangementTense(k))
        return *s;
    if (const std::optional<Tense> s = scheduleTense(k))
        return *s;
    if (const std::optional<Tense> s = intentionTense(k))
        return *s;
    // "will be held Friday", "are being paid Dec. 14": an irregular participle, like a regular
    // one below, leaves the decision to its auxiliary
    if (pastWords().contains(a.lower))
        return auxiliaryBefore(k) ? Tense::Unknown : Tense::Past;
    // "will be named": a passive participle leaves the decision to its auxiliary.
    // ("a US-drafted resolution", "Russian-backed forces": an adjective, no verb)
    if (a.lower.size() > 4 && a.lower.endsWith(QLatin1String("ed")) && !notVerbs().contains(a.lower) && !a.capitalised
        && !auxiliaryBefore(k) && !(punct(k - 1, u'-') && joined(k) && joined(k - 1)))
        return Tense::Past;
    return Tense::Unknown;
}

Tense TimexRules::TenseReading::futureWordTense(int k) const
{
    const Token &a = t[size_t(k)];
    if (a.lower == u"ll" && !punct(k - 1, u'\''))
        return Tense::Unknown;
    // "went ahead as planned", "as originally scheduled": a manner, not a time still ahead
    if ((a.lower == u"planned" || a.lower == u"scheduled" || a.lower == u"expected")
        && (word(k - 1, u"as") || (word(k - 2, u"as") && t[size_t(k - 1)].lower.endsWith(QLatin1String("ly")))))
        return Tense::Unknown;
    // "was originally planned for April but was postponed": a plan given up may have been for
    // a time already past; the nearest one is meant
    if ((a.lower == u"planned" || a.lower == u"scheduled" || a.lower == u"due" || a.lower == u"expected")
        && (word(k - 1, u"originally") || word(k - 1, u"initially")))
        return Tense::Unknown;
    if ((a.lower == u"going" && !word(k + 1, u"to")) || (a.lower == u"heads" && word(k + 1, u"of")))
        return Tense::Unknown; // "heads of state" is a noun
    // "announced the plan Aug. 21", "Putin's visits": nouns, the verb decides
    if ((a.lower == u"plan" || a.lower == u"plans" || moves().contains(a.lower))
        && (determiner(k - 1) || possessive(k - 1) || ((a.lower == u"plan" || a.lower == u"plans") && modifiedNoun(k))))
        return Tense::Unknown;
    // "next to the embassy", "coming from Cairo", "due to the storm": place and cause, not time
    if ((a.lower == u"next" && word(k + 1, u"to")) || (a.lower == u"coming" && word(k + 1, u"from"))
        || (a.lower == u"due" && word(k + 1, u"to") && determiner(k + 2)))
        return Tense::Unknown;
    // "had been scheduled to expire Friday", "was due to": a plan seen from the past
    if ((word(k - 1, u"been") && word(k - 2, u"had")) || word(k - 1, u"had"))
        return Tense::Past;
    // "were expected to sign the deal on Monday but …": a plan told in the past may have been for
    // a day already past; the nearest one is meant
    if ((a.lower == u"expected" || a.lower == u"scheduled" || a.lower == u"planned" || a.lower == u"due")
        && (word(k - 1, u"was") || word(k - 1, u"were")))
        return Tense::Unknown;
    return Tense::Future;
}

std::optional<Tense> TimexRules::TenseReading::arrangementTense(int k) const
{
    const Token &a = t[size_t(k)];
    // a headline's infinitive is its future: "Iran, E3 to hold nuclear talks in Istanbul on Friday"
    // (the text's first line, with no full stop)
    if (a.lower == u"to" && k < 30 && k > 0 && !word(k - 1, u"due") && tok(k + 1) && t[size_t(k + 1)].isWord()
        && !t[size_t(k + 1)].capitalised && !determiner(k + 1)) {
        bool headline = true;
        int e = 1;
        for (; e < n && headline && !t[size_t(e)].lineBefore; ++e)
            headline = !(t[size_t(e)].isPunct(u'.') && !joined(e + 1) && e > k);
        if (headline && e < n && e > k && !punct(e - 1, u'.'))
            return Tense::Future;
    }
    // "leaders meeting on Thursday should agree", "must leave by Friday": an obligation lies ahead
    // ("should have agreed" looks back)
    if ((a.lower == u"should" || a.lower == u"must") && !word(k + 1, u"have") && !word(k + 2, u"have"))
        return Tense::Future;
    // "the summit takes place Friday", "the truce takes effect at midnight": scheduled
    if (a.lower == u"takes" && (word(k + 1, u"place") || word(k + 1, u"effect")) && !determiner(k - 1))
        return Tense::Future;
    // "the ministers are meeting Thursday", "he is travelling to Beijing on Friday": the present
    // progressive of an arrangement looks ahead (of these verbs; "are investigating the attack
    // on Monday" looks back at it)
    static const QSet<QString> arrangements = {
        QStringLiteral("meeting"), QStringLiteral("travelling"), QStringLiteral("traveling"), QStringLiteral("visiting"),
        QStringLiteral("leaving"), QStringLiteral("arriving"), QStringLiteral("flying"), QStringLiteral("heading"),
        QStringLiteral("hosting"), QStringLiteral("holding"), QStringLiteral("attending"), QStringLiteral("returning"),
        QStringLiteral("convening"), QStringLiteral("gathering"), QStringLiteral("resuming"), QStringLiteral("unveiling"),
        QStringLiteral("launching"), QStringLiteral("signing"), QStringLiteral("voting"), QStringLiteral("departing")};
    if (arrangements.contains(a.lower)) {
        const int aux = word(k - 1, u"also") || word(k - 1, u"now") ? k - 2 : k - 1;
        if (word(aux, u"is") || word(aux, u"are") || word(aux, u"am") || (word(aux, u"re") && punct(aux - 1, u'\'')))
            return Tense::Future;
    }
    // "Taiwan votes on Saturday", "Parliament holds a debate on Monday": a country or body that
    // votes or holds something on a day does so as scheduled ("40% of votes on Sunday" is a noun)
    if ((a.lower == u"votes" || a.lower == u"holds") && k > 0) {
        static const QSet<QString> bodies = {
            QStringLiteral("country"), QStringLiteral("nation"), QStringLiteral("parliament"), QStringLiteral("senate"),
            QStringLiteral("house"), QStringLiteral("assembly"), QStringLiteral("council"), QStringLiteral("court"),
            QStringLiteral("board"), QStringLiteral("party"), QStringLiteral("bank"), QStringLiteral("committee")};
        const Token &p = t[size_t(k - 1)];
        if (p.isWord() && (p.capitalised || bodies.contains(p.lower)) && !determiner(k - 1))
            return Tense::Future;
    }
    // "the talks are being held on Friday": an arrangement too
    if (a.lower == u"being" && (word(k - 1, u"is") || word(k - 1, u"are"))
        && (word(k + 1, u"held") || word(k + 1, u"hosted") || word(k + 1, u"staged") || word(k + 1, u"convened")))
        return Tense::Future;
    return std::nullopt;
}

std::optional<Tense> TimexRules::TenseReading::scheduleTense(int k) const
{
    const Token &a = t[size_t(k)];
    // "polls open at 7 a.m. and close at 8 p.m. on Sunday": scheduled; not "remain open", "stay
    // closed", "close to the border", "a close ally"
    if ((a.lower == u"open" || a.lower == u"close") && !word(k + 1, u"to") && !determiner(k - 1) && !possessive(k - 1)) {
        static const QSet<QString> before = {
            QStringLiteral("to"), QStringLiteral("not"), QStringLiteral("did"), QStringLiteral("remain"),
            QStringLiteral("remains"), QStringLiteral("remained"), QStringLiteral("stay"), QStringLiteral("stays"),
            QStringLiteral("stayed"), QStringLiteral("keep"), QStringLiteral("kept"), QStringLiteral("is"),
            QStringLiteral("are"), QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("be"),
            QStringLiteral("been"), QStringLiteral("very"), QStringLiteral("more"), QStringLiteral("too")};
        const Token *p = tok(k - 1);
        if (p && p->isWord() && !before.contains(p->lower))
            return Tense::Future;
    }
    // "the sanctions take effect Friday", "elections take place Sunday"; after "to", "did",
    // "not" or a modal the verb before decides
    if (a.lower == u"take" && (word(k + 1, u"place") || word(k + 1, u"effect")) && !word(k - 1, u"to")
        && !word(k - 1, u"did") && !word(k - 1, u"not") && !word(k - 1, u"would") && !word(k - 1, u"could")
        && !word(k - 1, u"might") && !word(k - 1, u"may") && !word(k - 1, u"can") && !word(k - 1, u"should")
        && !word(k - 1, u"must"))
        return Tense::Future;
    if (a.lower == u"won" && punct(k + 1, u'\'') && word(k + 2, u"t"))
        return Tense::Future; // "won't", not "won"
    // "Mexicans vote on Sunday": after a plural subject, a vote still to come (not "a parliamentary
    // vote on Sunday", a noun)
    if (a.lower == u"vote" && tok(k - 1) && t[size_t(k - 1)].isWord() && t[size_t(k - 1)].lower.size() > 3
        && t[size_t(k - 1)].lower.endsWith(u's') && !possessive(k - 1))
        return Tense::Future;
    // "they meet Monday" is planned; in "flew in to meet Monday", "did not leave", "the visit" the
    // verb before decides
    if (baseForms().contains(a.lower))
        return word(k - 1, u"to") || word(k - 1, u"not") || word(k - 1, u"did") || determiner(k - 1) || possessive(k - 1)
                || (a.lower == u"head" && !word(k + 1, u"to") && !word(k + 1, u"for"))
            ? Tense::Unknown
            : Tense::Future;
    return std::nullopt;
}

std::optional<Tense> TimexRules::TenseReading::intentionTense(int k) const
{
    const Token &a = t[size_t(k)];
    // "as soon as Tuesday", "as early as next week": a time not yet reached
    if ((a.lower == u"soon" || a.lower == u"early") && word(k - 1, u"as") && word(k + 1, u"as"))
        return Tense::Future;
    // "Kyiv is ready for a full ceasefire from Monday": what one is ready for lies ahead (not "was ready")
    if (a.lower == u"ready" && (word(k + 1, u"for") || word(k + 1, u"to")) && !word(k - 1, u"was") && !word(k - 1, u"were"))
        return Tense::Future;
    // "The visit follows a phone call … on April 2": what it follows is behind
    if (a.lower == u"follows" && !determiner(k - 1))
        return Tense::Past;
    // "ahead of Sunday's vote": a time still to come (but "ahead of schedule" says nothing)
    if (a.lower == u"ahead" && word(k + 1, u"of") && !word(k + 2, u"schedule") && !word(k + 2, u"time"))
        return Tense::Future;
    // (and "in the run-up to a leaders' summit on Thursday", "in preparation for")
    if ((a.lower == u"up" && punct(k - 1, u'-') && word(k - 2, u"run") && word(k + 1, u"to"))
        || (a.lower == u"preparation" && word(k + 1, u"for") && word(k - 1, u"in")))
        return Tense::Future;
    if ((a.lower == u"is" || a.lower == u"are") && word(k + 1, u"to"))
        return Tense::Future; // "is to resume trading Tuesday"
    // "were planning to march Monday", "was about to leave": an intention still ahead
    if ((a.lower == u"planning" || a.lower == u"preparing" || a.lower == u"about") && word(k + 1, u"to")
        && (word(k - 1, u"was") || word(k - 1, u"were") || word(k - 1, u"is") || word(k - 1, u"are")))
        return Tense::Future;
    if ((a.lower == u"was" || a.lower == u"were") && (word(k + 1, u"planning") || word(k + 1, u"preparing")
                                                      || word(k + 1, u"about")) && word(k + 2, u"to"))
        return Tense::Future;
    if (a.lower == u"set")
        return word(k + 1, u"to") || word(k + 1, u"for") ? Tense::Future : Tense::Past; // "the record set on Aug. 6"
    return std::nullopt;
}

// "said he looks forward to attending the APEC meeting in November and welcomed Xi's visit": what
// one looks forward to lies ahead, whatever verb comes after
bool TimexRules::TenseReading::looksForward() const
{
    for (int back = i - 1; back > 1 && back >= i - 12 && !boundary(back); --back)
        if (word(back, u"forward") && word(back + 1, u"to")
            && (word(back - 1, u"look") || word(back - 1, u"looks") || word(back - 1, u"looking")))
            return true;
    return false;
}

// "Talks, due to resume in Cairo on Saturday, were postponed": a date inside an aside on a plan
// has the aside's tense; the forward search stops where the aside closes
int TimexRules::TenseReading::planAsideClose() const
{
    int asideClose = n;
    for (int back = i - 1; back >= 0 && back >= i - 14 && !boundary(back); --back) {
        if (const int end = planAsideEnd(back); end > i) {
            asideClose = end;
            break;
        }
    }
    return asideClose;
}

Tense TimexRules::TenseReading::nearestMarker() const
{
    // "would" (future in the past) says nothing about the creation date: the nearest year decides.
    // Backward markers count as nearer: in English the governing verb usually comes before the
    // time ("took effect at midnight on Saturday and will last…").
    constexpr int kForwardPenalty = 3;
    const int asideClose = planAsideClose();
    bool backOpen = true, fwdOpen = true, commaPassed = false;
    int passed = 0; // tokens of asides the forward search passed over
    for (int step = 1; step < forwardReach + kForwardPenalty && (backOpen || fwdOpen); ++step) {
        const int back = i - step;
        backOpen = backOpen && step < 25 && back >= 0 && !boundary(back + 1) && !statementOpens(back + 1)
            && !(frontedUntil && back == i - 1);
        if (backOpen) {
            if (const std::optional<Tense> s = markerBefore(back, step))
                return *s;
        }
        const int d = step - kForwardPenalty;
        if (d < 1)
            continue;
        int fwd = i + d + passed;
        if (const int end = fwdOpen && fwd < n ? planAsideEnd(fwd) : -1; end > 0) {
            passed += end + 1 - fwd;
            fwd = end + 1;
        }
        // A clause that follows ("as he was about to leave") has its own tense, and so has an
        // attribution after a comma; but the comma after a fronted date opens the main clause ("On
        // August 14, the group said …" is the saying's day).
        const bool mainClauseComma = (fronted || (head == i && (i == 0 || boundary(i - 1)))) && !commaPassed && punct(fwd, u',');
        commaPassed = commaPassed || (fwd < n && punct(fwd, u','));
        // (nor past ", and" into a clause of its own: "follows a call on April 2, and comes ahead of …")
        fwdOpen = fwdOpen && fwd < n && fwd < asideClose && !boundary(fwd) && !subordinator(fwd) && !statementEnds(fwd)
            && !reportedClause(fwd) && !secondPredicate(fwd)
            && (mainClauseComma || !attribution(fwd))
            && !((word(fwd, u"and") || word(fwd, u"but")) && punct(fwd - 1, u',') && fwd - 1 > i);
        if (fwdOpen) {
            if (const std::optional<Tense> s = markerAfter(fwd))
                return *s;
        }
    }
    return Tense::Unknown;
}

std::optional<Tense> TimexRules::TenseReading::markerBefore(int back, int step) const
{
    if (possibility(back))
        return Tense::Future;
    if (word(back, u"would") || word(back, u"could") || word(back, u"might"))
        return Tense::Conditional;
    // "Iwaya, who is on a two-day visit to China through Sunday, and Wang Yi co-chaired …": a
    // relative clause in the present has its own time, now; the main clause's verb is not its
    if ((word(back, u"is") || word(back, u"are")) && (word(back - 1, u"who") || word(back - 1, u"which")))
        return Tense::Present;
    // "the offer was extended to Nov. 20", "postponed the vote until June": the new date of a
    // deadline or event that was moved lies ahead
    if ((word(i - 1, u"to") || word(i - 1, u"until")) && t[size_t(back)].isWord()
        && movesDate(t[size_t(back)].lower))
        return Tense::Future;
    // "has threatened to veto it before, most recently at the October summit": the adverb puts
    // the date behind, whatever the verb promised
    if (word(back, u"recently") || word(back, u"previously") || word(back, u"lately"))
        return Tense::Past;
    // "agreed to meet again in November", "vowed to retaliate by Friday": what a past promise
    // commits to lies ahead of it (not "agreed to sanctions on Monday", the day of agreeing)
    // ("agreed on Monday to resume talks in March": past the promise's own date)
    if (word(back, u"to") && back > 0 && infinitive(back + 1))
        for (int p = back - 1; p >= 0 && p >= back - 4 && t[size_t(p)].isWord(); --p)
            if (promise(p))
                return Tense::Future;
    if (const Tense s = classify(back); s != Tense::Unknown)
        return verbBefore(back, step, s);
    return std::nullopt;
}

Tense TimexRules::TenseReading::verbBefore(int back, int step, Tense s) const
{
    // "have promised fresh protests starting Monday", "threatened to strike beginning
    // Thursday": a start promised in the past is still ahead (the promise itself is
    // dated "on Monday", not "starting Monday")
    static const QSet<QString> commitments = {
        QStringLiteral("promised"), QStringLiteral("pledged"), QStringLiteral("vowed"),
        QStringLiteral("threatened"), QStringLiteral("agreed"), QStringLiteral("decided"),
        QStringLiteral("voted"), QStringLiteral("called"), QStringLiteral("urged"), QStringLiteral("warned"),
        QStringLiteral("offered"), QStringLiteral("ordered"), QStringLiteral("approved")};
    if (s == Tense::Past && commitments.contains(t[size_t(back)].lower)
        && (word(i - 1, u"starting") || word(i - 1, u"beginning") || word(i - 1, u"effective")))
        return Tense::Future;
    // "was indicted in August", "bought the firm in February", "the year ended Jan. 31":
    // the event's own verb in the past, right before "in/on" and the date or right before
    // the date, dates the event itself (not "said", an auxiliary, or a move of a deadline:
    // "extended to Nov. 20", "postponed on …")
    static const QSet<QString> weak = {
        QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("had"), QStringLiteral("did"),
        QStringLiteral("said"), QStringLiteral("told"), QStringLiteral("ago"), QStringLiteral("last"),
        QStringLiteral("yesterday"), QStringLiteral("earlier"), QStringLiteral("since"), QStringLiteral("set"),
        QStringLiteral("extended"), QStringLiteral("postponed"), QStringLiteral("delayed"), QStringLiteral("moved"),
        QStringLiteral("pushed"), QStringLiteral("rescheduled"), QStringLiteral("announced")};
    // ("Zelensky said on 15 February": right after its verb the date is the saying's own)
    const QString &verb = t[size_t(back)].lower;
    const bool saidOn = step <= 2 && (verb == u"said" || verb == u"told" || verb == u"announced")
        && (step == 1 || word(i - 1, u"on"));
    // (not through a noun the date is of: "demanded guarantees before the meeting on 18 December")
    // ("bought the refinery in September" is the buying's: only a noun after a preposition of
    // time or purpose; "met him at the residence on 18 August" is the meeting's)
    static const QSet<QString> prepositions = {
        QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("until"), QStringLiteral("for"),
        QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("ahead")};
    const bool nounsDate = step > 2 && (word(i - 1, u"on") || word(i - 1, u"in")) && tok(i - 2)
        && t[size_t(i - 2)].isWord() && !t[size_t(i - 2)].capitalised && determiner(i - 3) && tok(i - 4)
        && t[size_t(i - 4)].isWord() && prepositions.contains(t[size_t(i - 4)].lower);
    // (past a position in the month: "visited Beijing in late March")
    int lead = i - 1;
    while (lead > 0 && lead > i - 3 && (word(lead, u"early") || word(lead, u"mid") || word(lead, u"late") || punct(lead, u'-')))
        --lead;
    r.ownPast = s == Tense::Past
        && ((step <= 7 + i - 1 - lead
             && (word(lead, u"in") || word(lead, u"on") || word(lead, u"between") || word(lead, u"during")))
            || step == 1 + i - 1 - lead)
        && (!weak.contains(verb) || saidOn) && !determiner(back - 1) && !word(back - 1, u"still") && !nounsDate;
    return s;
}

std::optional<Tense> TimexRules::TenseReading::markerAfter(int fwd) const
{
    if (possibility(fwd)) // ("Elections in November could change the calculus", as before the date)
        return Tense::Future;
    if (word(fwd, u"would") || word(fwd, u"could") || word(fwd, u"might"))
        return Tense::Conditional;
    if (const Tense s = classify(fwd); s != Tense::Unknown) {
        static const QSet<QString> timeWords = {
            QStringLiteral("ago"), QStringLiteral("last"), QStringLiteral("yesterday"), QStringLiteral("earlier"),
            QStringLiteral("since")};
        r.ownPast = s == Tense::Past && fronted && !timeWords.contains(t[size_t(fwd)].lower);
        return s;
    }
    return std::nullopt;
}

Tense TimexRules::tenseAround(int i) const
{
    // "rose in the month of May" reads as "rose in May"
    if (word(i - 1, u"of") && word(i - 2, u"month")) {
        if (const int the = word(i - 3, u"holy") ? i - 4 : i - 3; word(the, u"the"))
            return tenseAround(the);
    }
    // The nearest tense marker in the same sentence decides; news defaults to the past.
    ownPast = false;
    const TenseReading reading(*this, i);
    if (reading.looksForward())
        return Tense::Future;
    return reading.nearestMarker();
}

} // namespace dateline::extract
