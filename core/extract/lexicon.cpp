#include "core/extract/lexicon.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace dateline::extract::lexicon {
namespace {

// A word table, with the lengths and first letters of its words: every token of an article is looked
// up in several tables, and most words are in none, which these tell without hashing the word.
struct Table {
    QHash<QString, int> words;
    qsizetype shortest = 0, longest = 0;
    quint32 firstLetters = 0; // bit k: a word starts with 'a' + k
};

Table makeTable(std::initializer_list<std::pair<const char *, int>> entries)
{
    Table t;
    t.shortest = std::numeric_limits<qsizetype>::max();
    for (const auto &[word, value] : entries) {
        const QString w = QString::fromLatin1(word);
        t.words.insert(w, value);
        t.shortest = std::min(t.shortest, w.size());
        t.longest = std::max(t.longest, w.size());
        t.firstLetters |= 1u << (w.at(0).unicode() - u'a');
    }
    return t;
}

int look(const Table &t, const QString &word, int missing = 0)
{
    if (word.size() < t.shortest || word.size() > t.longest)
        return missing;
    const char16_t first = word.at(0).unicode();
    if (first < u'a' || first > u'z' || !(t.firstLetters & (1u << (first - u'a'))))
        return missing;
    const auto it = t.words.constFind(word);
    return it == t.words.constEnd() ? missing : it.value();
}

} // namespace

int month(const QString &word)
{
    static const Table t = makeTable({
        {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
        {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
        {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
        {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}});
    return look(t, word);
}

bool monthIsAbbreviation(const QString &word)
{
    return word.size() <= 4 && word != u"may" && word != u"june" && word != u"july" && month(word) != 0;
}

int weekday(const QString &word)
{
    static const Table t = makeTable({
        {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
        {"saturday", 6}, {"sunday", 7}, {"mon", 1}, {"tue", 2}, {"tues", 2}, {"wed", 3},
        {"thu", 4}, {"thur", 4}, {"thurs", 4}, {"fri", 5}, {"sat", 6}, {"sun", 7}});
    return look(t, word);
}

int weekdayPlural(const QString &word)
{
    if (word.size() < 7 || !word.endsWith(u's'))
        return 0;
    const int d = weekday(word.left(word.size() - 1));
    return d;
}

int season(const QString &word)
{
    static const Table t = makeTable({{"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4},
                                      {"springtime", 1}, {"summertime", 2}, {"wintertime", 4}});
    return look(t, word);
}

QString seasonCode(int season)
{
    static const char *codes[] = {"SP", "SU", "FA", "WI"};
    return season >= 1 && season <= 4 ? QString::fromLatin1(codes[season - 1]) : QString();
}

int numberWord(const QString &word)
{
    static const Table t = makeTable({
        {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
        {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
        {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
        {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
        {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
        {"hundred", 100}, {"thousand", 1000}, {"dozen", 12}, {"a", 1}, {"an", 1}, {"single", 1}});
    return look(t, word, -1);
}

int ordinalWord(const QString &word)
{
    static const Table t = makeTable({
        {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
        {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11},
        {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
        {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
        {"twentieth", 20}, {"thirtieth", 30}});
    return look(t, word);
}

bool ordinalSuffix(const QString &word)
{
    return word == u"st" || word == u"nd" || word == u"rd" || word == u"th";
}

QString unit(const QString &word)
{
    static const QHash<QString, QString> t = [] {
        QHash<QString, QString> h;
        const std::pair<const char *, const char *> entries[] = {
            {"year", "Y"}, {"years", "Y"}, {"month", "M"}, {"months", "M"}, {"week", "W"},
            {"weeks", "W"}, {"day", "D"}, {"days", "D"}, {"hour", "H"}, {"hours", "H"},
            {"minute", "MIN"}, {"minutes", "MIN"}, {"second", "S"}, {"seconds", "S"},
            {"quarter", "Q"}, {"quarters", "Q"}, {"decade", "DE"}, {"decades", "DE"},
            {"century", "CE"}, {"centuries", "CE"}, {"fortnight", "2W"}, {"weekend", "WE"},
            {"weekends", "WE"}, {"millennium", "ML"}, {"millennia", "ML"}, {"yr", "Y"}, {"yrs", "Y"},
            {"hrs", "H"}, {"min", "MIN"}, {"mins", "MIN"}};
        for (const auto &[w, u] : entries)
            h.insert(QString::fromLatin1(w), QString::fromLatin1(u));
        return h;
    }();
    // (units are 2 to 10 letters long: most words are no unit, told without hashing)
    if (word.size() < 2 || word.size() > 10)
        return {};
    return t.value(word);
}

bool unitIsPlural(const QString &word)
{
    return word.endsWith(u's') || word == u"centuries" || word == u"millennia";
}

QString partOfDay(const QString &word)
{
    if (word == u"morning")
        return QStringLiteral("MO");
    if (word == u"afternoon")
        return QStringLiteral("AF");
    if (word == u"evening")
        return QStringLiteral("EV");
    if (word == u"night" || word == u"overnight")
        return QStringLiteral("NI");
    return {};
}

bool timeZone(const QString &word)
{
    static const char *zones[] = {"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "cet", "cest", "bst", "msk",
                                  "et", "ct", "pt", "jst", "ist", "aest", "sast", "eat", "wat", "hkt"};
    for (const char *zone : zones)
        if (word == QLatin1String(zone))
            return true;
    return false;
}

bool vagueQuantity(const QString &word)
{
    return word == u"several" || word == u"few" || word == u"many" || word == u"some" || word == u"couple"
        || word == u"numerous";
}

namespace {

struct IrregularVerb {
    const char *past;
    const char *participle;
};

constexpr IrregularVerb kIrregularVerbs[] = {
    {"met", "met"}, {"held", "held"}, {"had", "had"}, {"said", "said"}, {"told", "told"}, {"began", "begun"},
    {"took", "taken"}, {"made", "made"}, {"gave", "given"}, {"sent", "sent"}, {"won", "won"}, {"lost", "lost"},
    {"struck", "struck"}, {"shot", "shot"}, {"fled", "fled"}, {"came", "come"}, {"went", "gone"}, {"left", "left"},
    {"spoke", "spoken"}, {"rose", "risen"}, {"fell", "fallen"}, {"hit", "hit"}, {"led", "led"}, {"sought", "sought"},
    {"brought", "brought"}, {"drew", "drawn"}, {"broke", "broken"}, {"fought", "fought"}, {"paid", "paid"},
    {"chose", "chosen"}, {"wrote", "written"}, {"found", "found"}, {"stood", "stood"}, {"threw", "thrown"},
    {"withdrew", "withdrawn"}, {"swore", "sworn"}, {"became", "become"}, {"sold", "sold"}, {"bought", "bought"},
    {"overtook", "overtaken"}, {"kept", "kept"}, {"saw", "seen"}, {"did", "done"}, {"put", "put"}, {"set", "set"},
    {"cut", "cut"}, {"shut", "shut"}, {"tore", "torn"}, {"spent", "spent"}, {"thought", "thought"}, {"knew", "known"},
    {"grew", "grown"}, {"ran", "run"}, {"built", "built"}, {"drove", "driven"}, {"flew", "flown"}, {"shook", "shaken"},
    {"sat", "sat"}, {"taught", "taught"}, {"understood", "understood"}, {"oversaw", "overseen"},
    {"undertook", "undertaken"}, {"upheld", "upheld"}, {"overthrew", "overthrown"}, {"got", "gotten"},
    {"forgot", "forgotten"}, {"froze", "frozen"}, {"sank", "sunk"}, {"stole", "stolen"}, {"swept", "swept"},
    {"woke", "woken"}, {"hid", "hidden"}, {"fed", "fed"}, {"dealt", "dealt"}, {"meant", "meant"}, {"heard", "heard"},
    {"forgave", "forgiven"}, {"arose", "arisen"}, {"foresaw", "foreseen"}, {"overcame", "overcome"},
    {"mistook", "mistaken"}, {"slept", "slept"}, {"sang", "sung"}, {"rang", "rung"}, {"lent", "lent"}};

const QSet<QString> &irregularForms(bool participles)
{
    static const auto forms = [](bool p) {
        QSet<QString> s;
        for (const IrregularVerb &v : kIrregularVerbs)
            s.insert(QString::fromLatin1(p ? v.participle : v.past));
        return s;
    };
    static const QSet<QString> past = forms(false), participle = forms(true);
    return participles ? participle : past;
}

} // namespace

bool irregularPast(const QString &word)
{
    return irregularForms(false).contains(word);
}

bool irregularParticiple(const QString &word)
{
    return irregularForms(true).contains(word);
}

bool familyNameFirst(const QString &lower)
{
    static const QSet<QString> names = {
        QStringLiteral("wang"), QStringLiteral("li"), QStringLiteral("zhang"), QStringLiteral("liu"), QStringLiteral("chen"),
        QStringLiteral("yang"), QStringLiteral("huang"), QStringLiteral("zhao"), QStringLiteral("wu"), QStringLiteral("zhou"),
        QStringLiteral("xu"), QStringLiteral("zhu"), QStringLiteral("hu"), QStringLiteral("guo"), QStringLiteral("lin"),
        QStringLiteral("gao"), QStringLiteral("luo"), QStringLiteral("zheng"), QStringLiteral("liang"), QStringLiteral("xie"),
        QStringLiteral("tang"), QStringLiteral("feng"), QStringLiteral("deng"), QStringLiteral("cao"), QStringLiteral("peng"),
        QStringLiteral("zeng"), QStringLiteral("xiao"), QStringLiteral("tian"), QStringLiteral("dong"), QStringLiteral("jiang"),
        QStringLiteral("cai"), QStringLiteral("yuan"), QStringLiteral("wei"), QStringLiteral("qin"), QStringLiteral("xi"),
        QStringLiteral("mao"), QStringLiteral("ma"), QStringLiteral("sun"), QStringLiteral("han"), QStringLiteral("lu"),
        QStringLiteral("ye"), QStringLiteral("pan"), QStringLiteral("du"), QStringLiteral("dai"), QStringLiteral("fu"),
        QStringLiteral("shen"), QStringLiteral("ren"), QStringLiteral("yao"), QStringLiteral("tan"), QStringLiteral("jin"),
        QStringLiteral("qian"), QStringLiteral("gu"), QStringLiteral("kong"), QStringLiteral("cui"), QStringLiteral("meng"),
        QStringLiteral("wen"), QStringLiteral("jia"), QStringLiteral("shi"), QStringLiteral("hou"), QStringLiteral("duan"),
        QStringLiteral("su"), QStringLiteral("yu"), QStringLiteral("ding"), QStringLiteral("fang"), QStringLiteral("geng"),
        QStringLiteral("qiao"), QStringLiteral("zou"), QStringLiteral("lai"), QStringLiteral("xiong"), QStringLiteral("bai"),
        QStringLiteral("kim"), QStringLiteral("lee"), QStringLiteral("park"), QStringLiteral("choi"), QStringLiteral("jung"),
        QStringLiteral("kang"), QStringLiteral("cho"), QStringLiteral("yoon"), QStringLiteral("moon"), QStringLiteral("ahn"),
        QStringLiteral("shin"), QStringLiteral("seo"), QStringLiteral("kwon"), QStringLiteral("hwang"), QStringLiteral("song"),
        QStringLiteral("jeon"), QStringLiteral("hong"), QStringLiteral("yoo"), QStringLiteral("lim"), QStringLiteral("chung"),
        QStringLiteral("ryu"), QStringLiteral("bae"), QStringLiteral("nam"), QStringLiteral("woo"), QStringLiteral("chun"),
        QStringLiteral("hun")};
    return names.contains(lower);
}

bool nameParticle(const QString &lower)
{
    static const QSet<QString> particles = {
        QStringLiteral("al"), QStringLiteral("el"), QStringLiteral("bin"), QStringLiteral("ibn"), QStringLiteral("bint"),
        QStringLiteral("abu"), QStringLiteral("de"), QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("del"),
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("la"),
        QStringLiteral("le"), QStringLiteral("du"), QStringLiteral("dos")};
    return particles.contains(lower);
}

const QStringList &officeNouns()
{
    static const QStringList nouns = {
        QStringLiteral("minister"), QStringLiteral("president"), QStringLiteral("premier"),
        QStringLiteral("chancellor"), QStringLiteral("secretary"), QStringLiteral("ambassador"),
        QStringLiteral("envoy"), QStringLiteral("diplomat"), QStringLiteral("negotiator"),
        QStringLiteral("mediator"), QStringLiteral("representative"), QStringLiteral("delegate"),
        QStringLiteral("spokesman"), QStringLiteral("spokeswoman"), QStringLiteral("spokesperson"),
        QStringLiteral("official"), QStringLiteral("chairman"), QStringLiteral("chairwoman"),
        QStringLiteral("chairperson"), QStringLiteral("adviser"), QStringLiteral("advisor"), QStringLiteral("aide"),
        QStringLiteral("director"), QStringLiteral("leader"), QStringLiteral("chief"), QStringLiteral("head"),
        QStringLiteral("governor"), QStringLiteral("mayor"), QStringLiteral("senator"), QStringLiteral("commander"),
        QStringLiteral("general"), QStringLiteral("officer"), QStringLiteral("soldier"), QStringLiteral("king"),
        QStringLiteral("queen"), QStringLiteral("prince"), QStringLiteral("monarch"), QStringLiteral("emir"),
        QStringLiteral("pope"), QStringLiteral("analyst")};
    return nouns;
}

bool officeNoun(const QString &lower)
{
    static const QSet<QString> nouns(officeNouns().begin(), officeNouns().end());
    return nouns.contains(lower);
}

bool bodyNoun(const QString &lower)
{
    static const QSet<QString> nouns = {
        QStringLiteral("council"), QStringLiteral("court"), QStringLiteral("assembly"), QStringLiteral("ministry"),
        QStringLiteral("department"), QStringLiteral("office"), QStringLiteral("committee"), QStringLiteral("commission"),
        QStringLiteral("party"), QStringLiteral("union"), QStringLiteral("bank"), QStringLiteral("group"),
        QStringLiteral("agency"), QStringLiteral("army"), QStringLiteral("forces"), QStringLiteral("government"),
        QStringLiteral("parliament"), QStringLiteral("house"), QStringLiteral("senate"), QStringLiteral("congress"),
        QStringLiteral("service"), QStringLiteral("police"), QStringLiteral("guard"), QStringLiteral("fund"),
        QStringLiteral("organization"), QStringLiteral("organisation"), QStringLiteral("company"), QStringLiteral("times"),
        QStringLiteral("post"), QStringLiteral("news"), QStringLiteral("press"), QStringLiteral("association"),
        QStringLiteral("centre"), QStringLiteral("center"), QStringLiteral("institute"), QStringLiteral("university"),
        QStringLiteral("foundation"), QStringLiteral("authority"), QStringLiteral("board"), QStringLiteral("bureau"),
        QStringLiteral("cabinet"), QStringLiteral("presidency"), QStringLiteral("administration"), QStringLiteral("embassy"),
        QStringLiteral("mission"), QStringLiteral("front"), QStringLiteral("movement"), QStringLiteral("alliance"),
        QStringLiteral("coalition"), QStringLiteral("command"), QStringLiteral("city"), QStringLiteral("state"),
        QStringLiteral("states"), QStringLiteral("republic"), QStringLiteral("kingdom"), QStringLiteral("island"),
        QStringLiteral("islands"), QStringLiteral("kong"), QStringLiteral("york"), QStringLiteral("street"),
        QStringLiteral("exchange"), QStringLiteral("market"), QStringLiteral("markets"), QStringLiteral("club")};
    return nouns.contains(lower);
}

bool companySuffix(const QString &lower)
{
    static const QSet<QString> suffixes = {
        QStringLiteral("co"), QStringLiteral("corp"), QStringLiteral("inc"), QStringLiteral("ltd"), QStringLiteral("llc"),
        QStringLiteral("plc"), QStringLiteral("ag"), QStringLiteral("gmbh"), QStringLiteral("sa"), QStringLiteral("nv"),
        QStringLiteral("holdings"), QStringLiteral("industries"), QStringLiteral("corporation"), QStringLiteral("incorporated")};
    return suffixes.contains(lower);
}

bool personVerb(const QString &lower)
{
    static const QSet<QString> verbs = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("told"), QStringLiteral("wrote"),
        QStringLiteral("added"), QStringLiteral("stressed"), QStringLiteral("noted"), QStringLiteral("emphasised"),
        QStringLiteral("emphasized"), QStringLiteral("responded"), QStringLiteral("replied"), QStringLiteral("asked"),
        QStringLiteral("urged"), QStringLiteral("thanked"), QStringLiteral("expressed"), QStringLiteral("welcomed"),
        QStringLiteral("proposed"), QStringLiteral("announced"), QStringLiteral("called"), QStringLiteral("met"),
        QStringLiteral("spoke"), QStringLiteral("discussed"), QStringLiteral("agreed"), QStringLiteral("supported"),
        QStringLiteral("invited"), QStringLiteral("congratulated"), QStringLiteral("informed"), QStringLiteral("visited"),
        QStringLiteral("arrived"), QStringLiteral("signed"), QStringLiteral("praised"), QStringLiteral("warned"),
        QStringLiteral("insisted"), QStringLiteral("recalled"), QStringLiteral("underlined"), QStringLiteral("briefed"),
        QStringLiteral("reaffirmed"), QStringLiteral("reiterated"), QStringLiteral("stated"), QStringLiteral("declared"),
        QStringLiteral("conveyed"), QStringLiteral("hailed"), QStringLiteral("condemned"), QStringLiteral("pledged"),
        QStringLiteral("vowed"), QStringLiteral("promised"), QStringLiteral("accused"), QStringLiteral("hosted"),
        QStringLiteral("addressed"), QStringLiteral("telephoned")};
    return verbs.contains(lower);
}

} // namespace dateline::extract::lexicon
