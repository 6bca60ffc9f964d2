#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dateline {

// Countries by alpha-3 code. system(): knownCountries() (ISO 3166-1 from the iso-codes package,
// Kosovo, former countries), read once; empty when the package is missing.
class CountryCodes {
public:
    static const CountryCodes &system();
    // Reads a file in the iso-codes format; an unreadable or malformed file gives no countries.
    static CountryCodes fromFile(const QString &path);

    bool isEmpty() const { return m_names.isEmpty(); }
    bool contains(const QString &alpha3) const { return m_names.contains(alpha3); }
    QString name(const QString &alpha3) const { return m_names.value(alpha3); }
    // "RUS — Russian Federation", sorted by code: completion entries.
    QStringList entries() const;

private:
    QHash<QString, QString> m_names;
};

} // namespace dateline
