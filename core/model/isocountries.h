#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace dateline {

// One country of ISO 3166-1 (or a former one of ISO 3166-3) as the iso-codes package lists it.
struct IsoCountry {
    QString alpha2;       // "RU"; empty for a former country (its two letters may be reassigned)
    QString alpha3;       // "RUS"
    QString name;         // "Russian Federation"
    QString commonName;   // "Russia": iso-codes' common name, or the everyday one Dateline gives; often empty
    QString officialName; // often empty
    bool former = false;  // withdrawn from ISO 3166-1: "SUN", "YUG", "SCG", "DDR"
    // What people call it: the common name when there is one.
    const QString &displayName() const { return commonName.isEmpty() ? name : commonName; }
};

// Reads a file in the iso-codes JSON format: current countries (iso_3166-1.json) or former ones
// (iso_3166-3.json, marked former); an unreadable or malformed file gives no countries. Entries
// without a three-letter code are left out. In file order. A current country whose ISO name reads
// oddly in English gets the everyday name as its common name (RUS "Russia", COD "DR Congo", VAT
// "Vatican City"): one table, so every place that shows a country names it alike, while its ISO and
// official names still find it.
std::vector<IsoCountry> readIsoCountries(const QString &path);
// The system's list (/usr/share/iso-codes/json/iso_3166-1.json, Debian package iso-codes), read
// once. Empty when the package is not installed.
const std::vector<IsoCountry> &isoCountries();
inline constexpr char kIsoCountriesPath[] = "/usr/share/iso-codes/json/iso_3166-1.json";
inline constexpr char kFormerIsoCountriesPath[] = "/usr/share/iso-codes/json/iso_3166-3.json";

// Every country Dateline reads and names: isoCountries(), then Kosovo (XKX, the user-assigned
// code the EU, the World Bank and GDELT use), then the former countries of ISO 3166-3 whose codes
// are not current (USSR, Yugoslavia, Serbia and Montenegro, the GDR, ...), which a diplomatic
// history names and GDELT's country table still gives. Read once; empty without iso-codes.
const std::vector<IsoCountry> &knownCountries();
// A country of knownCountries() by its alpha-3 code; null when unknown.
const IsoCountry *knownCountry(QStringView alpha3);
// The display name of a country of knownCountries() by its alpha-3 code; the code itself when unknown.
QString countryDisplayName(QStringView alpha3);

} // namespace dateline
