#include "core/model/isocountries.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <utility>

namespace dateline {

namespace {

// Letters only, lower case: "Viet-Nam" and "Viet Nam" are the same name.
QString letters(const QString &name)
{
    QString result;
    for (QChar c : name)
        if (c.isLetter())
            result += c.toLower();
    return result;
}

// The short English names analysts write where ISO's name reads like a register entry ("Korea,
// Republic of", "Russian Federation", "Holy See (Vatican City State)"). iso-codes gives some of them
// as common names; they are listed all the same, so that any release of the package names them alike.
constexpr std::pair<const char *, const char *> kEverydayNames[] = {
    {"BES", "Caribbean Netherlands"}, {"BOL", "Bolivia"}, {"BRN", "Brunei"}, {"COD", "DR Congo"},
    {"FLK", "Falkland Islands"}, {"FSM", "Micronesia"}, {"IRN", "Iran"}, {"KOR", "South Korea"},
    {"LAO", "Laos"}, {"MAF", "Saint Martin"}, {"MDA", "Moldova"}, {"PRK", "North Korea"},
    {"PSE", "Palestine"}, {"RUS", "Russia"}, {"SXM", "Sint Maarten"}, {"SYR", "Syria"},
    {"TWN", "Taiwan"}, {"TZA", "Tanzania"}, {"VAT", "Vatican City"}, {"VEN", "Venezuela"},
    {"VGB", "British Virgin Islands"}, {"VIR", "US Virgin Islands"}, {"VNM", "Vietnam"}};

QString everydayName(const QString &alpha3)
{
    for (const auto &[code, name] : kEverydayNames)
        if (alpha3 == QLatin1StringView(code))
            return QString::fromLatin1(name);
    return {};
}

// ISO 3166-3 names are formal and inverted ("USSR, Union of Soviet Socialist Republics",
// "Yugoslavia, (Socialist) Federal Republic of"): the part before the comma is what people say,
// unless a current country has that name ("Yemen, Democratic, ..." is not Yemen).
void shortenFormerNames(std::vector<IsoCountry> &former, const std::vector<IsoCountry> &current)
{
    QSet<QString> currentNames;
    for (const IsoCountry &c : current)
        for (const QString *name : {&c.name, &c.commonName, &c.officialName})
            if (!name->isEmpty())
                currentNames.insert(letters(*name));
    for (IsoCountry &c : former) {
        const qsizetype comma = c.name.indexOf(u',');
        const QString shortName = c.name.left(comma).trimmed();
        if (comma > 0 && !currentNames.contains(letters(shortName)))
            c.commonName = shortName;
    }
}

} // namespace

std::vector<IsoCountry> readIsoCountries(const QString &path)
{
    std::vector<IsoCountry> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const bool former = !root.contains(QLatin1StringView("3166-1")) && root.contains(QLatin1StringView("3166-3"));
    const QJsonArray list = root.value(QLatin1StringView(former ? "3166-3" : "3166-1")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        auto text = [&o](const char *key) { return o.value(QLatin1StringView(key)).toString(); };
        IsoCountry c{former ? QString() : text("alpha_2"), text("alpha_3"), text("name"), text("common_name"),
                     text("official_name"), former};
        if (c.alpha3.size() != 3 || c.name.isEmpty())
            continue;
        if (const QString everyday = everydayName(c.alpha3); !former && !everyday.isEmpty())
            c.commonName = everyday;
        result.push_back(std::move(c));
    }
    return result;
}

const std::vector<IsoCountry> &isoCountries()
{
    static const std::vector<IsoCountry> countries = readIsoCountries(QString::fromLatin1(kIsoCountriesPath));
    return countries;
}

const std::vector<IsoCountry> &knownCountries()
{
    static const std::vector<IsoCountry> countries = [] {
        std::vector<IsoCountry> result = isoCountries();
        if (result.empty())
            return result;
        QSet<QString> codes;
        for (const IsoCountry &c : result)
            codes.insert(c.alpha3);
        if (!codes.contains(QStringLiteral("XKX")))
            result.push_back({QStringLiteral("XK"), QStringLiteral("XKX"), QStringLiteral("Kosovo"), {}, {}, false});
        std::vector<IsoCountry> former = readIsoCountries(QString::fromLatin1(kFormerIsoCountriesPath));
        std::erase_if(former, [&codes](const IsoCountry &c) { return codes.contains(c.alpha3); });
        shortenFormerNames(former, result);
        result.insert(result.end(), former.begin(), former.end());
        return result;
    }();
    return countries;
}

const IsoCountry *knownCountry(QStringView alpha3)
{
    static const QHash<QString, const IsoCountry *> byCode = [] {
        QHash<QString, const IsoCountry *> hash;
        for (const IsoCountry &c : knownCountries())
            hash.insert(c.alpha3, &c);
        return hash;
    }();
    return byCode.value(alpha3.toString());
}

QString countryDisplayName(QStringView alpha3)
{
    const IsoCountry *country = knownCountry(alpha3);
    return country ? country->displayName() : alpha3.toString();
}

} // namespace dateline
