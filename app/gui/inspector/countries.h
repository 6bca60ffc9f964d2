#pragma once

#include <QString>

#include <vector>

namespace dateline::countries {

// ISO 3166-1 countries from the iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json),
// read once on first use. Empty when the package is not installed: country fields then take
// any three-letter code.
struct Country {
    QString alpha3; // "RUS"
    QString name;   // "Russian Federation"
};

const std::vector<Country> &all(); // sorted by name
QString name(const QString &alpha3); // empty when unknown

} // namespace dateline::countries
