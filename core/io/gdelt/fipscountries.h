#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>

#include <utility>
#include <vector>

namespace dateline::gdelt {

// ISO 3166-1 alpha-3 for a FIPS 10-4 country code ("UK" -> "GBR", "GM" -> "DEU"); empty when
// the code is unknown or names no ISO country (oceans, disputed islets).
QLatin1StringView fipsToIso3(QByteArrayView fips);
// The whole table, (FIPS, ISO alpha-3) sorted by FIPS: for tests.
std::vector<std::pair<QLatin1StringView, QLatin1StringView>> fipsTable();
// Whether code is one of the ISO alpha-3 codes of the table (CAMEO actor country codes are
// mostly ISO alpha-3; regions such as "AFR" or "EUR" are not).
bool isIso3Country(QByteArrayView code);

} // namespace dateline::gdelt
