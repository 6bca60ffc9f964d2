#pragma once

#include <QString>
#include <QStringView>

namespace dateline {

// ISO 3166-1 alpha-3 for a country given as alpha-3, alpha-2 or English name ("RUS", "ru",
// "Russian Federation", "Russia"), case-insensitive; empty when unknown. Names and codes come from
// the iso-codes package (knownCountries(): current countries, Kosovo's XKX, and former countries by
// their three-letter codes and names: "SUN", "USSR", "Yugoslavia"); without it only three-letter
// codes are understood.
QString countryAlpha3(QStringView text);

} // namespace dateline
