// FIPS 10-4 country codes (GDELT's geography columns) -> ISO 3166-1 alpha-3 (Dateline's country
// field). Written for Dateline from the published code lists; FIPS codes of territories without
// an ISO code of their own (Paracel and Spratly Islands, oceans) are left out, and the US minor
// islands, each with its own FIPS code, share UMI. Gaza and the West Bank both map to PSE.
#include "core/io/gdelt/fipscountries.h"

#include <algorithm>
#include <iterator>

namespace dateline::gdelt {

namespace {

struct Pair {
    char fips[3];
    char iso3[4];
};

// Sorted by FIPS code (binary search).
constexpr Pair kFipsToIso[] = {
    {"AA", "ABW"}, {"AC", "ATG"}, {"AE", "ARE"}, {"AF", "AFG"}, {"AG", "DZA"}, {"AJ", "AZE"}, {"AL", "ALB"}, {"AM", "ARM"},
    {"AN", "AND"}, {"AO", "AGO"}, {"AQ", "ASM"}, {"AR", "ARG"}, {"AS", "AUS"}, {"AU", "AUT"}, {"AV", "AIA"}, {"AY", "ATA"},
    {"BA", "BHR"}, {"BB", "BRB"}, {"BC", "BWA"}, {"BD", "BMU"}, {"BE", "BEL"}, {"BF", "BHS"}, {"BG", "BGD"}, {"BH", "BLZ"},
    {"BK", "BIH"}, {"BL", "BOL"}, {"BM", "MMR"}, {"BN", "BEN"}, {"BO", "BLR"}, {"BP", "SLB"}, {"BQ", "UMI"}, {"BR", "BRA"},
    {"BT", "BTN"}, {"BU", "BGR"}, {"BV", "BVT"}, {"BX", "BRN"}, {"BY", "BDI"}, {"CA", "CAN"}, {"CB", "KHM"}, {"CD", "TCD"},
    {"CE", "LKA"}, {"CF", "COG"}, {"CG", "COD"}, {"CH", "CHN"}, {"CI", "CHL"}, {"CJ", "CYM"}, {"CK", "CCK"}, {"CM", "CMR"},
    {"CN", "COM"}, {"CO", "COL"}, {"CQ", "MNP"}, {"CS", "CRI"}, {"CT", "CAF"}, {"CU", "CUB"}, {"CV", "CPV"}, {"CW", "COK"},
    {"CY", "CYP"}, {"DA", "DNK"}, {"DJ", "DJI"}, {"DO", "DMA"}, {"DQ", "UMI"}, {"DR", "DOM"}, {"EC", "ECU"}, {"EG", "EGY"},
    {"EI", "IRL"}, {"EK", "GNQ"}, {"EN", "EST"}, {"ER", "ERI"}, {"ES", "SLV"}, {"ET", "ETH"}, {"EZ", "CZE"}, {"FG", "GUF"},
    {"FI", "FIN"}, {"FJ", "FJI"}, {"FK", "FLK"}, {"FM", "FSM"}, {"FO", "FRO"}, {"FP", "PYF"}, {"FQ", "UMI"}, {"FR", "FRA"},
    {"FS", "ATF"}, {"GA", "GMB"}, {"GB", "GAB"}, {"GG", "GEO"}, {"GH", "GHA"}, {"GI", "GIB"}, {"GJ", "GRD"}, {"GK", "GGY"},
    {"GL", "GRL"}, {"GM", "DEU"}, {"GP", "GLP"}, {"GQ", "GUM"}, {"GR", "GRC"}, {"GT", "GTM"}, {"GV", "GIN"}, {"GY", "GUY"},
    {"GZ", "PSE"}, {"HA", "HTI"}, {"HK", "HKG"}, {"HM", "HMD"}, {"HO", "HND"}, {"HQ", "UMI"}, {"HR", "HRV"}, {"HU", "HUN"},
    {"IC", "ISL"}, {"ID", "IDN"}, {"IM", "IMN"}, {"IN", "IND"}, {"IO", "IOT"}, {"IR", "IRN"}, {"IS", "ISR"}, {"IT", "ITA"},
    {"IV", "CIV"}, {"IZ", "IRQ"}, {"JA", "JPN"}, {"JE", "JEY"}, {"JM", "JAM"}, {"JN", "SJM"}, {"JO", "JOR"}, {"JQ", "UMI"},
    {"KE", "KEN"}, {"KG", "KGZ"}, {"KN", "PRK"}, {"KQ", "UMI"}, {"KR", "KIR"}, {"KS", "KOR"}, {"KT", "CXR"}, {"KU", "KWT"},
    {"KV", "XKX"}, {"KZ", "KAZ"}, {"LA", "LAO"}, {"LE", "LBN"}, {"LG", "LVA"}, {"LH", "LTU"}, {"LI", "LBR"}, {"LO", "SVK"},
    {"LQ", "UMI"}, {"LS", "LIE"}, {"LT", "LSO"}, {"LU", "LUX"}, {"LY", "LBY"}, {"MA", "MDG"}, {"MB", "MTQ"}, {"MC", "MAC"},
    {"MD", "MDA"}, {"MF", "MYT"}, {"MG", "MNG"}, {"MH", "MSR"}, {"MI", "MWI"}, {"MJ", "MNE"}, {"MK", "MKD"}, {"ML", "MLI"},
    {"MN", "MCO"}, {"MO", "MAR"}, {"MP", "MUS"}, {"MQ", "UMI"}, {"MR", "MRT"}, {"MT", "MLT"}, {"MU", "OMN"}, {"MV", "MDV"},
    {"MX", "MEX"}, {"MY", "MYS"}, {"MZ", "MOZ"}, {"NC", "NCL"}, {"NE", "NIU"}, {"NF", "NFK"}, {"NG", "NER"}, {"NH", "VUT"},
    {"NI", "NGA"}, {"NL", "NLD"}, {"NN", "SXM"}, {"NO", "NOR"}, {"NP", "NPL"}, {"NR", "NRU"}, {"NS", "SUR"}, {"NT", "ANT"},
    {"NU", "NIC"}, {"NZ", "NZL"}, {"OD", "SSD"}, {"PA", "PRY"}, {"PC", "PCN"}, {"PE", "PER"}, {"PK", "PAK"}, {"PL", "POL"},
    {"PM", "PAN"}, {"PO", "PRT"}, {"PP", "PNG"}, {"PS", "PLW"}, {"PU", "GNB"}, {"QA", "QAT"}, {"RE", "REU"}, {"RI", "SRB"},
    {"RM", "MHL"}, {"RN", "MAF"}, {"RO", "ROU"}, {"RP", "PHL"}, {"RQ", "PRI"}, {"RS", "RUS"}, {"RW", "RWA"}, {"SA", "SAU"},
    {"SB", "SPM"}, {"SC", "KNA"}, {"SE", "SYC"}, {"SF", "ZAF"}, {"SG", "SEN"}, {"SH", "SHN"}, {"SI", "SVN"}, {"SL", "SLE"},
    {"SM", "SMR"}, {"SN", "SGP"}, {"SO", "SOM"}, {"SP", "ESP"}, {"ST", "LCA"}, {"SU", "SDN"}, {"SV", "SJM"}, {"SW", "SWE"},
    {"SX", "SGS"}, {"SY", "SYR"}, {"SZ", "CHE"}, {"TB", "BLM"}, {"TD", "TTO"}, {"TH", "THA"}, {"TI", "TJK"}, {"TK", "TCA"},
    {"TL", "TKL"}, {"TN", "TON"}, {"TO", "TGO"}, {"TP", "STP"}, {"TS", "TUN"}, {"TT", "TLS"}, {"TU", "TUR"}, {"TV", "TUV"},
    {"TW", "TWN"}, {"TX", "TKM"}, {"TZ", "TZA"}, {"UC", "CUW"}, {"UG", "UGA"}, {"UK", "GBR"}, {"UP", "UKR"}, {"US", "USA"},
    {"UV", "BFA"}, {"UY", "URY"}, {"UZ", "UZB"}, {"VC", "VCT"}, {"VE", "VEN"}, {"VI", "VGB"}, {"VM", "VNM"}, {"VQ", "VIR"},
    {"VT", "VAT"}, {"WA", "NAM"}, {"WE", "PSE"}, {"WF", "WLF"}, {"WI", "ESH"}, {"WQ", "UMI"}, {"WS", "WSM"}, {"WZ", "SWZ"},
    {"YI", "SCG"}, {"YM", "YEM"}, {"ZA", "ZMB"}, {"ZI", "ZWE"},
};

} // namespace

QLatin1StringView fipsToIso3(QByteArrayView fips)
{
    if (fips.size() != 2)
        return {};
    const char key[3] = {fips[0], fips[1], 0};
    const auto it = std::lower_bound(std::begin(kFipsToIso), std::end(kFipsToIso), key,
                                     [](const Pair &p, const char *k) { return qstrcmp(p.fips, k) < 0; });
    if (it == std::end(kFipsToIso) || qstrcmp(it->fips, key) != 0)
        return {};
    return QLatin1StringView(it->iso3);
}

std::vector<std::pair<QLatin1StringView, QLatin1StringView>> fipsTable()
{
    std::vector<std::pair<QLatin1StringView, QLatin1StringView>> result;
    for (const Pair &p : kFipsToIso)
        result.emplace_back(QLatin1StringView(p.fips), QLatin1StringView(p.iso3));
    return result;
}

bool isIso3Country(QByteArrayView code)
{
    if (code.size() != 3)
        return false;
    static const auto codes = [] {
        std::vector<QByteArray> v;
        for (const Pair &p : kFipsToIso)
            v.emplace_back(p.iso3);
        std::sort(v.begin(), v.end());
        return v;
    }();
    return std::binary_search(codes.begin(), codes.end(), code.toByteArray());
}

} // namespace dateline::gdelt
