#include "app/gui/countrycodes.h"

#include "core/io/countrycodes.h"
#include "core/model/isocountries.h"

#include <QCollator>

#include <algorithm>

namespace dateline {

const CountryCodes &CountryCodes::system()
{
    static const CountryCodes codes = [] {
        CountryCodes result;
        for (const IsoCountry &c : knownCountries())
            result.m_names.insert(c.alpha3, c.displayName());
        return result;
    }();
    return codes;
}

CountryCodes CountryCodes::fromFile(const QString &path)
{
    CountryCodes codes;
    for (const IsoCountry &c : readIsoCountries(path))
        codes.m_names.insert(c.alpha3, c.displayName());
    return codes;
}

QString CountryCodes::codeFor(const QString &text) const
{
    const QString typed = text.simplified();
    if (contains(typed))
        return typed.toUpper();
    // The importers' lookup knows alpha-2 codes and the names people write ("Russia", "UK").
    const QString code = countryAlpha3(typed);
    return isEmpty() || contains(code) ? code : QString();
}

QStringList CountryCodes::entries() const
{
    QStringList codes = m_names.keys();
    std::sort(codes.begin(), codes.end());
    QStringList result;
    result.reserve(codes.size());
    for (const QString &code : codes)
        result << QStringLiteral("%1 — %2").arg(code, m_names.value(code));
    return result;
}

QStringList CountryCodes::codesByName() const
{
    QStringList codes = m_names.keys();
    QCollator collator;
    std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        return collator.compare(m_names.value(a), m_names.value(b)) < 0;
    });
    return codes;
}

} // namespace dateline
