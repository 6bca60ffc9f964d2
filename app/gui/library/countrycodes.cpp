#include "app/gui/library/countrycodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dateline {

const CountryCodes &CountryCodes::system()
{
    static const CountryCodes codes = fromFile(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
    return codes;
}

CountryCodes CountryCodes::fromFile(const QString &path)
{
    CountryCodes codes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return codes;
    const QJsonArray countries = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        const QString code = country.value(QStringLiteral("alpha_3")).toString();
        // common_name when there is one: "Russian Federation" is the name, but people say Russia.
        QString name = country.value(QStringLiteral("common_name")).toString();
        if (name.isEmpty())
            name = country.value(QStringLiteral("name")).toString();
        if (code.size() == 3 && !name.isEmpty())
            codes.m_names.insert(code, name);
    }
    return codes;
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

} // namespace dateline
