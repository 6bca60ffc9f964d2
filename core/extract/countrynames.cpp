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
    {"GBR", "United Kingdom", "British|UK|U.K.", "London|Downing Street|Whitehall", "Britain|Great Britain|UK|U.K."},
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
    {"TUR", "Turkey", "Turkish", "Ankara", "Türkiye"},
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
};

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
