#include "core/extract/countrynames.h"

#include "core/model/isocountries.h"


namespace dateline::extract {
namespace {

struct Row {
    const char *alpha3;
    const char *name;       // the short name people use
    const char *demonyms;   // '|'-separated
    const char *seats;      // capitals and seats of government, '|'-separated
    const char *aliases;
};

// Written for this project: the countries most often in diplomatic news.
const Row kRows[] = {
    {"USA", "United States", "American|U.S.|US", "Washington|White House|Pentagon|State Department", "U.S.|US|USA|U.S.A.|America|United States of America"},
    {"RUS", "Russia", "Russian", "Moscow|Kremlin", "Russian Federation"},
    {"GBR", "United Kingdom", "British|UK|U.K.", "London|Downing Street|Whitehall", "Britain|Great Britain|UK|U.K.|Northern Ireland"},
    {"CHN", "China", "Chinese", "Beijing", "People's Republic of China|PRC"},
    {"FRA", "France", "French", "Paris|Elysee|Élysée", ""},
    {"DEU", "Germany", "German", "Berlin", ""},
    {"JPN", "Japan", "Japanese", "Tokyo", ""},
    {"UKR", "Ukraine", "Ukrainian", "Kiev|Kyiv", ""},
    {"POL", "Poland", "Polish", "Warsaw", ""},
    {"CZE", "Czech Republic", "Czech", "Prague", "Czechia"},
    {"IRN", "Iran", "Iranian", "Tehran", ""},
    {"IRQ", "Iraq", "Iraqi", "Baghdad", ""},
    {"SYR", "Syria", "Syrian", "Damascus", ""},
    {"TUR", "Turkey", "Turkish", "Ankara", "Türkiye|Turkiye|Republic of Turkiye|Republic of Türkiye"},
    {"IND", "India", "Indian", "New Delhi", ""},
    {"PAK", "Pakistan", "Pakistani", "Islamabad", ""},
    {"AFG", "Afghanistan", "Afghan", "Kabul", ""},
    {"GEO", "Georgia", "Georgian", "Tbilisi", ""},
    {"PRK", "North Korea", "North Korean", "Pyongyang", "DPRK"},
    {"KOR", "South Korea", "South Korean", "Seoul", ""},
    {"ISR", "Israel", "Israeli", "Jerusalem", ""},
    {"PSE", "Palestine", "Palestinian", "Ramallah", ""},
    {"EGY", "Egypt", "Egyptian", "Cairo", ""},
    {"SAU", "Saudi Arabia", "Saudi", "Riyadh", ""},
    {"BLR", "Belarus", "Belarusian", "Minsk", ""},
    {"ITA", "Italy", "Italian", "Rome", ""},
    {"ESP", "Spain", "Spanish", "Madrid", ""},
    {"CAN", "Canada", "Canadian", "Ottawa", ""},
    {"AUS", "Australia", "Australian", "Canberra", ""},
    {"CUB", "Cuba", "Cuban", "Havana", ""},
    {"VEN", "Venezuela", "Venezuelan", "Caracas", ""},
    {"KAZ", "Kazakhstan", "Kazakh", "Astana", ""},
    {"SRB", "Serbia", "Serbian", "Belgrade", ""},
    {"HUN", "Hungary", "Hungarian", "Budapest", ""},
    {"ROU", "Romania", "Romanian", "Bucharest", ""},
    {"BGR", "Bulgaria", "Bulgarian", "Sofia", ""},
    {"GRC", "Greece", "Greek", "Athens", ""},
    {"LBN", "Lebanon", "Lebanese", "Beirut", ""},
    {"JOR", "Jordan", "Jordanian", "Amman", ""},
    {"KWT", "Kuwait", "Kuwaiti", "", ""},
    {"LBY", "Libya", "Libyan", "Tripoli", ""},
    {"QAT", "Qatar", "Qatari", "Doha", ""},
    {"ARE", "United Arab Emirates", "Emirati", "Abu Dhabi", "UAE"},
    {"YEM", "Yemen", "Yemeni", "Sanaa", ""},
    {"VNM", "Vietnam", "Vietnamese", "Hanoi", "Viet Nam"},
    {"ARM", "Armenia", "Armenian", "Yerevan", ""},
    {"AZE", "Azerbaijan", "Azerbaijani", "Baku", ""},
    {"MDA", "Moldova", "Moldovan", "Chisinau", ""},
    {"LTU", "Lithuania", "Lithuanian", "Vilnius", ""},
    {"LVA", "Latvia", "Latvian", "Riga", ""},
    {"EST", "Estonia", "Estonian", "Tallinn", ""},
    {"NLD", "Netherlands", "Dutch", "The Hague", "Holland"},
    {"BEL", "Belgium", "Belgian", "", ""},
    {"SWE", "Sweden", "Swedish", "Stockholm", ""},
    {"NOR", "Norway", "Norwegian", "Oslo", ""},
    {"FIN", "Finland", "Finnish", "Helsinki", ""},
    {"DNK", "Denmark", "Danish", "Copenhagen", ""},
    {"AUT", "Austria", "Austrian", "Vienna", ""},
    {"CHE", "Switzerland", "Swiss", "Bern", ""},
    {"BRA", "Brazil", "Brazilian", "Brasilia", ""},
    {"MEX", "Mexico", "Mexican", "Mexico City", ""},
    {"ARG", "Argentina", "Argentine|Argentinian", "Buenos Aires", ""},
    {"IDN", "Indonesia", "Indonesian", "Jakarta", ""},
    {"TWN", "Taiwan", "Taiwanese", "Taipei", ""},
    {"NGA", "Nigeria", "Nigerian", "Abuja", ""},
    {"ZAF", "South Africa", "South African", "Pretoria", ""},
    {"SRB", "Serbia", "Serb", "", ""},
    {"MMR", "Myanmar", "Burmese", "Naypyidaw", "Burma"},
    {"VAT", "Vatican", "", "Holy See", "Holy See"},
    // former states of ISO 3166-3, which histories name
    {"SUN", "Soviet Union", "Soviet", "", "USSR|U.S.S.R."},
    {"YUG", "Yugoslavia", "Yugoslav", "Belgrade", ""},
    {"DDR", "East Germany", "East German", "East Berlin", "German Democratic Republic|GDR"},
    {"CSK", "Czechoslovakia", "Czechoslovak", "", ""},
};

// Adjectives of the countries the table above leaves to iso-codes, which gives names only: "the
// Sudanese army", "Kenyan officials". Ambiguous ones ("Congolese", "Central African") are left out.
const char *const kMoreDemonyms[][2] = {
    {"DZA", "Algerian"}, {"AGO", "Angolan"}, {"BEN", "Beninese"}, {"BWA", "Botswanan"}, {"BFA", "Burkinabe"},
    {"BDI", "Burundian"}, {"CMR", "Cameroonian"}, {"CPV", "Cape Verdean"}, {"TCD", "Chadian"}, {"CIV", "Ivorian"},
    {"DJI", "Djiboutian"}, {"ERI", "Eritrean"}, {"ETH", "Ethiopian"}, {"GAB", "Gabonese"}, {"GMB", "Gambian"},
    {"GHA", "Ghanaian"}, {"GIN", "Guinean"}, {"GNB", "Bissau-Guinean"}, {"KEN", "Kenyan"}, {"LBR", "Liberian"},
    {"MDG", "Malagasy"}, {"MWI", "Malawian"}, {"MLI", "Malian"}, {"MRT", "Mauritanian"}, {"MUS", "Mauritian"},
    {"MAR", "Moroccan"}, {"MOZ", "Mozambican"}, {"NAM", "Namibian"}, {"NER", "Nigerien"}, {"RWA", "Rwandan"},
    {"SEN", "Senegalese"}, {"SLE", "Sierra Leonean"}, {"SOM", "Somali"}, {"SSD", "South Sudanese"},
    {"SDN", "Sudanese"}, {"TZA", "Tanzanian"}, {"TGO", "Togolese"}, {"TUN", "Tunisian"}, {"UGA", "Ugandan"},
    {"ZMB", "Zambian"}, {"ZWE", "Zimbabwean"}, {"BGD", "Bangladeshi"}, {"BTN", "Bhutanese"}, {"BRN", "Bruneian"},
    {"KHM", "Cambodian"}, {"LAO", "Laotian"}, {"MYS", "Malaysian"}, {"MDV", "Maldivian"}, {"MNG", "Mongolian"},
    {"NPL", "Nepalese"}, {"NPL", "Nepali"}, {"PHL", "Filipino"}, {"PHL", "Philippine"}, {"SGP", "Singaporean"},
    {"LKA", "Sri Lankan"}, {"THA", "Thai"}, {"TLS", "Timorese"}, {"KGZ", "Kyrgyz"}, {"TJK", "Tajik"},
    {"TKM", "Turkmen"}, {"UZB", "Uzbek"}, {"OMN", "Omani"}, {"BHR", "Bahraini"}, {"ALB", "Albanian"},
    {"BIH", "Bosnian"}, {"HRV", "Croatian"}, {"CYP", "Cypriot"}, {"ISL", "Icelandic"}, {"IRL", "Irish"},
    {"LUX", "Luxembourgish"}, {"MLT", "Maltese"}, {"MNE", "Montenegrin"}, {"MKD", "North Macedonian"},
    {"PRT", "Portuguese"}, {"SVK", "Slovak"}, {"SVN", "Slovenian"}, {"BOL", "Bolivian"}, {"CHL", "Chilean"},
    {"COL", "Colombian"}, {"CRI", "Costa Rican"}, {"DOM", "Dominican"}, {"ECU", "Ecuadorian"}, {"SLV", "Salvadoran"},
    {"GTM", "Guatemalan"}, {"HTI", "Haitian"}, {"HND", "Honduran"}, {"JAM", "Jamaican"}, {"NIC", "Nicaraguan"},
    {"PAN", "Panamanian"}, {"PRY", "Paraguayan"}, {"PER", "Peruvian"}, {"URY", "Uruguayan"}, {"GUY", "Guyanese"},
    {"SUR", "Surinamese"}, {"TTO", "Trinidadian"}, {"FJI", "Fijian"}, {"PNG", "Papua New Guinean"}, {"WSM", "Samoan"},
    {"TON", "Tongan"}, {"LAO", "Lao"}, {"MKD", "Macedonian"}, {"LSO", "Basotho"}, {"SWZ", "Swazi"}};

QStringList splitBar(const char *s)
{
    return QString::fromUtf8(s).split(u'|', Qt::SkipEmptyParts);
}

} // namespace

CountryNames::CountryNames()
{
    loadIsoCodes(QString::fromLatin1(kIsoCountriesPath));
    for (const Row &r : kRows) {
        const QString a3 = QString::fromLatin1(r.alpha3);
        m_names.insert(a3, QString::fromUtf8(r.name));
        add(QString::fromUtf8(r.name), a3, Kind::Name);
        for (const QString &s : splitBar(r.aliases))
            add(s, a3, Kind::Name);
        for (const QString &s : splitBar(r.demonyms))
            add(s, a3, Kind::Demonym);
        for (const QString &s : splitBar(r.seats))
            add(s, a3, Kind::Seat);
    }
    for (const auto &d : kMoreDemonyms)
        if (!m_entries.contains(QString::fromLatin1(d[1])))
            add(QString::fromLatin1(d[1]), QString::fromLatin1(d[0]), Kind::Demonym);
}

const CountryNames &CountryNames::instance()
{
    static const CountryNames names;
    return names;
}

bool CountryNames::loadIsoCodes(const QString &path)
{
    const std::vector<IsoCountry> countries = readIsoCountries(path);
    for (const IsoCountry &c : countries) {
        for (const QString *name : {&c.name, &c.commonName, &c.officialName}) {
            // "Korea, Republic of" is not how prose names a country.
            if (!name->isEmpty() && !name->contains(u','))
                add(*name, c.alpha3, Kind::Name);
        }
        if (!m_names.contains(c.alpha3))
            m_names.insert(c.alpha3, c.displayName());
    }
    return !countries.empty();
}

void CountryNames::add(const QString &text, const QString &alpha3, Kind kind)
{
    m_entries.insert(text, Entry{alpha3, kind});
    m_longestWords = std::max(m_longestWords, int(text.count(u' ')) + 1);
}

const CountryNames::Entry *CountryNames::find(const QString &text) const
{
    const auto it = m_entries.constFind(text);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

QString CountryNames::countryName(const QString &alpha3) const
{
    return m_names.value(alpha3, alpha3);
}

} // namespace dateline::extract
