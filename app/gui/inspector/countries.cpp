#include "app/gui/inspector/countries.h"

#include "core/model/isocountries.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace dateline::countries {

namespace {

std::vector<Country> load()
{
    std::vector<Country> result;
    for (const IsoCountry &c : knownCountries())
        result.push_back({c.alpha3, c.displayName()});
    QCollator collator;
    std::sort(result.begin(), result.end(),
              [&](const Country &a, const Country &b) { return collator.compare(a.name, b.name) < 0; });
    return result;
}

} // namespace

const std::vector<Country> &all()
{
    static const std::vector<Country> countries = load();
    return countries;
}

QString name(const QString &alpha3)
{
    static const QHash<QString, QString> byCode = [] {
        QHash<QString, QString> hash;
        for (const Country &c : all())
            hash.insert(c.alpha3, c.name);
        return hash;
    }();
    return byCode.value(alpha3.toUpper());
}

} // namespace dateline::countries
