#include "core/io/countrycodes.h"

#include "core/model/isocountries.h"

#include <QHash>

namespace dateline {
namespace {

QHash<QString, QString> loadTable()
{
    QHash<QString, QString> table;
    // Current countries first: a former one only adds names and codes nobody else has.
    for (const IsoCountry &c : knownCountries()) {
        for (const QString *name : {&c.alpha3, &c.alpha2, &c.name, &c.commonName, &c.officialName}) {
            if (!name->isEmpty() && !table.contains(name->toLower()))
                table.insert(name->toLower(), c.alpha3);
        }
    }
    // Short names people write that neither the standard nor the everyday names (commonName:
    // "Russia", "Laos", "DR Congo") give.
    const std::pair<const char *, const char *> common[] = {
        {"korea", "KOR"}, {"uk", "GBR"}, {"great britain", "GBR"}, {"britain", "GBR"}, {"england", "GBR"},
        {"usa", "USA"}, {"us", "USA"}, {"u.s.", "USA"}, {"u.s.a.", "USA"}, {"america", "USA"},
        {"united states of america", "USA"}, {"czech republic", "CZE"}, {"czechia", "CZE"}, {"vatican", "VAT"},
        {"holy see", "VAT"}, {"macedonia", "MKD"}, {"ivory coast", "CIV"}, {"cote d'ivoire", "CIV"},
        {"turkey", "TUR"}, {"turkiye", "TUR"}, {"uae", "ARE"}, {"the netherlands", "NLD"}, {"holland", "NLD"},
        {"burma", "MMR"}, {"east timor", "TLS"}, {"cape verde", "CPV"}, {"swaziland", "SWZ"}, {"drc", "COD"},
        {"democratic republic of the congo", "COD"}, {"republic of the congo", "COG"}, {"kosovo", "XKX"},
        {"soviet union", "SUN"}, {"ussr", "SUN"}};
    if (!table.isEmpty()) {
        for (const auto &[name, code] : common)
            table.insert(QString::fromLatin1(name), QString::fromLatin1(code));
    }
    return table;
}

} // namespace

QString countryAlpha3(QStringView text)
{
    static const QHash<QString, QString> table = loadTable(); // thread-safe static init
    const QString key = text.toString().simplified().toLower();
    if (key.isEmpty())
        return {};
    if (table.isEmpty()) { // no iso-codes: accept what looks like an alpha-3 code
        const bool alpha3 = key.size() == 3 && std::all_of(key.begin(), key.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
        return alpha3 ? key.toUpper() : QString();
    }
    return table.value(key);
}

} // namespace dateline
