#include "app/gui/inspector/countries.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dateline::countries {

namespace {

std::vector<Country> load()
{
    std::vector<Country> result;
    QFile file(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("3166-1")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        // common_name where present ("Russia" rather than "Russian Federation") reads better in a list.
        QString name = o.value(QStringLiteral("common_name")).toString();
        if (name.isEmpty())
            name = o.value(QStringLiteral("name")).toString();
        const QString code = o.value(QStringLiteral("alpha_3")).toString();
        if (code.size() == 3 && !name.isEmpty())
            result.push_back({code, name});
    }
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
