#pragma once

#include <QString>

#include <vector>

namespace dateline {

// One country of ISO 3166-1 as the iso-codes package lists it.
struct IsoCountry {
    QString alpha2;       // "RU"
    QString alpha3;       // "RUS"
    QString name;         // "Russian Federation"
    QString commonName;   // "Russia"; often empty
    QString officialName; // often empty
    // What people call it: the common name when there is one.
    const QString &displayName() const { return commonName.isEmpty() ? name : commonName; }
};

// Reads a file in the iso-codes JSON format; an unreadable or malformed file gives no countries.
// Entries without a three-letter code are left out. In file order (by alpha-2).
std::vector<IsoCountry> readIsoCountries(const QString &path);
// The system's list (/usr/share/iso-codes/json/iso_3166-1.json, Debian package iso-codes), read
// once. Empty when the package is not installed.
const std::vector<IsoCountry> &isoCountries();
inline constexpr char kIsoCountriesPath[] = "/usr/share/iso-codes/json/iso_3166-1.json";

} // namespace dateline
