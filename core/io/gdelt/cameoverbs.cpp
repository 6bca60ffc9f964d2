// Verb phrases for CAMEO event codes, worded for Dateline's titles (third person, present tense).
#include "core/io/gdelt/cameoverbs.h"

#include <algorithm>
#include <iterator>

namespace dateline::gdelt {

namespace {

struct Verb {
    const char *code;
    const char *phrase;
};

// Roots (two digits) and the base codes (three digits) common in GDELT; sorted by code.
constexpr Verb kVerbs[] = {
    {"01", "makes a statement about"}, {"010", "makes a statement about"}, {"011", "declines to comment on"},
    {"012", "criticises"}, {"013", "speaks optimistically about"}, {"014", "considers a policy on"},
    {"015", "acknowledges responsibility to"}, {"016", "denies responsibility to"},
    {"017", "engages in symbolic action with"}, {"018", "expresses sympathy for"},
    {"019", "expresses accord with"},
    {"02", "appeals to"}, {"020", "appeals to"}, {"021", "appeals for cooperation to"},
    {"022", "appeals for support to"}, {"023", "appeals for aid to"}, {"024", "appeals for political reform to"},
    {"025", "asks for concessions from"}, {"026", "urges talks with"}, {"027", "asks for a settlement with"},
    {"028", "asks for mediation with"},
    {"03", "intends to cooperate with"}, {"030", "intends to cooperate with"},
    {"031", "intends to cooperate economically with"}, {"032", "intends to support"},
    {"033", "intends to give aid to"}, {"034", "intends to reform for"}, {"035", "intends to yield to"},
    {"036", "intends to meet"}, {"037", "intends to settle with"}, {"038", "accepts mediation with"},
    {"039", "intends to mediate for"},
    {"04", "consults"}, {"040", "consults"}, {"041", "discusses by phone with"}, {"042", "visits"},
    {"043", "hosts"}, {"044", "meets at a third location with"}, {"045", "mediates for"},
    {"046", "negotiates with"},
    {"05", "cooperates diplomatically with"}, {"050", "cooperates diplomatically with"},
    {"051", "praises"}, {"052", "defends verbally"}, {"053", "rallies support for"},
    {"054", "recognises"}, {"055", "apologises to"}, {"056", "forgives"}, {"057", "signs an agreement with"},
    {"06", "cooperates materially with"}, {"060", "cooperates materially with"},
    {"061", "cooperates economically with"}, {"062", "cooperates militarily with"},
    {"063", "cooperates judicially with"}, {"064", "shares intelligence with"},
    {"07", "provides aid to"}, {"070", "provides aid to"}, {"071", "gives economic aid to"},
    {"072", "gives military aid to"}, {"073", "gives humanitarian aid to"},
    {"074", "gives military protection to"}, {"075", "grants asylum to"},
    {"08", "yields to"}, {"080", "yields to"}, {"081", "eases restrictions on"},
    {"082", "eases dissent against"}, {"083", "accedes to demands of"}, {"084", "returns or releases"},
    {"085", "eases sanctions on"}, {"086", "allows humanitarian access to"}, {"087", "de-escalates with"},
    {"09", "investigates"}, {"090", "investigates"}, {"091", "investigates crime by"},
    {"092", "investigates human rights abuses by"}, {"093", "investigates military action by"},
    {"094", "investigates war crimes by"},
    {"10", "demands from"}, {"100", "demands from"}, {"101", "demands cooperation from"},
    {"102", "demands support from"}, {"103", "demands aid from"}, {"104", "demands reform from"},
    {"105", "demands concessions from"}, {"106", "demands a withdrawal by"}, {"107", "demands a ceasefire from"},
    {"108", "demands a meeting with"},
    {"11", "disapproves of"}, {"110", "disapproves of"}, {"111", "criticises"}, {"112", "accuses"},
    {"113", "rallies opposition against"}, {"114", "complains about"}, {"115", "sues"},
    {"116", "finds guilty"},
    {"12", "rejects"}, {"120", "rejects"}, {"121", "rejects cooperation with"}, {"122", "rejects a request from"},
    {"123", "rejects demands for reform from"}, {"124", "refuses to yield to"}, {"125", "rejects a proposal from"},
    {"126", "rejects mediation with"}, {"127", "rejects a plan of"}, {"128", "defies"}, {"129", "vetoes"},
    {"13", "threatens"}, {"130", "threatens"}, {"131", "threatens non-force action against"},
    {"132", "threatens sanctions against"}, {"133", "threatens political dissent against"},
    {"134", "threatens to halt talks with"}, {"135", "threatens to halt mediation with"},
    {"136", "threatens to halt international involvement with"}, {"137", "threatens repression against"},
    {"138", "threatens force against"}, {"139", "gives an ultimatum to"},
    {"14", "protests against"}, {"140", "protests against"}, {"141", "demonstrates against"},
    {"142", "goes on hunger strike against"}, {"143", "strikes against"}, {"144", "obstructs"},
    {"145", "protests violently against"},
    {"15", "shows military force to"}, {"150", "shows military force to"}, {"151", "raises police alert against"},
    {"152", "raises military alert against"}, {"153", "mobilises police against"},
    {"154", "mobilises armed forces against"}, {"155", "mobilises cyber forces against"},
    {"16", "reduces relations with"}, {"160", "reduces relations with"}, {"161", "cuts diplomatic relations with"},
    {"162", "cuts aid to"}, {"163", "imposes an embargo on"}, {"164", "halts talks with"},
    {"165", "halts mediation with"}, {"166", "expels"},
    {"17", "coerces"}, {"170", "coerces"}, {"171", "seizes property of"}, {"172", "imposes restrictions on"},
    {"173", "arrests"}, {"174", "expels or deports"}, {"175", "represses"}, {"176", "attacks cyber assets of"},
    {"18", "assaults"}, {"180", "assaults"}, {"181", "abducts"}, {"182", "physically assaults"},
    {"183", "bombs"}, {"184", "uses a human shield against"}, {"185", "attempts to assassinate"},
    {"186", "assassinates"},
    {"19", "fights"}, {"190", "fights"}, {"191", "blockades"}, {"192", "occupies territory of"},
    {"193", "fights with small arms"}, {"194", "fights with artillery and tanks"}, {"195", "attacks from the air"},
    {"196", "violates a ceasefire with"},
    {"20", "uses mass violence against"}, {"200", "uses mass violence against"}, {"201", "expels en masse"},
    {"202", "kills en masse"}, {"203", "carries out ethnic cleansing against"},
    {"204", "uses weapons of mass destruction against"},
};

const char *lookup(QByteArrayView code)
{
    const auto it = std::lower_bound(std::begin(kVerbs), std::end(kVerbs), code,
                                     [](const Verb &v, QByteArrayView c) { return QByteArrayView(v.code) < c; });
    return it != std::end(kVerbs) && QByteArrayView(it->code) == code ? it->phrase : nullptr;
}

} // namespace

QLatin1StringView cameoVerb(QStringView eventCode)
{
    if (eventCode.size() < 2 || eventCode.size() > 4)
        return {};
    char code[5] = {};
    for (qsizetype i = 0; i < eventCode.size(); ++i) {
        if (!eventCode[i].isDigit())
            return {};
        code[i] = char(eventCode[i].unicode());
    }
    for (qsizetype length = std::min<qsizetype>(eventCode.size(), 3); length >= 2; --length) {
        if (const char *phrase = lookup(QByteArrayView(code, length)))
            return QLatin1StringView(phrase);
    }
    return {};
}

QLatin1StringView verbAlone(QLatin1StringView verb)
{
    static constexpr QLatin1StringView kTrailing[] = {
        QLatin1StringView(" to"), QLatin1StringView(" with"), QLatin1StringView(" against"),
        QLatin1StringView(" from"), QLatin1StringView(" for"), QLatin1StringView(" about"),
        QLatin1StringView(" of"), QLatin1StringView(" on"), QLatin1StringView(" by")};
    for (QLatin1StringView t : kTrailing) {
        if (verb.endsWith(t))
            return verb.first(verb.size() - t.size());
    }
    return verb;
}

} // namespace dateline::gdelt
