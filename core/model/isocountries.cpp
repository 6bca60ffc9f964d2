#include "core/model/isocountries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dateline {

std::vector<IsoCountry> readIsoCountries(const QString &path)
{
    std::vector<IsoCountry> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("3166-1")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        auto text = [&o](const char *key) { return o.value(QLatin1StringView(key)).toString(); };
        IsoCountry c{text("alpha_2"), text("alpha_3"), text("name"), text("common_name"), text("official_name")};
        if (c.alpha3.size() == 3 && !c.name.isEmpty())
            result.push_back(std::move(c));
    }
    return result;
}

const std::vector<IsoCountry> &isoCountries()
{
    static const std::vector<IsoCountry> countries = readIsoCountries(QString::fromLatin1(kIsoCountriesPath));
    return countries;
}

} // namespace dateline
