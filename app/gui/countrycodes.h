#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace dateline {

// Countries by alpha-3 code, for the app's country fields (the Library's completion, the
// inspector's menu) and their validation. system(): knownCountries() (ISO 3166-1 from the
// iso-codes package, Kosovo, former countries), read once; empty when the package is missing.
class CountryCodes {
public:
    static const CountryCodes &system();
    // Reads a file in the iso-codes format; an unreadable or malformed file gives no countries.
    static CountryCodes fromFile(const QString &path);

    bool isEmpty() const { return m_names.isEmpty(); }
    // by the code in either case; name() is empty for an unknown code
    bool contains(const QString &alpha3) const { return m_names.contains(alpha3.toUpper()); }
    QString name(const QString &alpha3) const { return m_names.value(alpha3.toUpper()); }
    // The alpha-3 code of a country typed as an alpha-3 or alpha-2 code or an English name
    // ("DEU", "de", "Germany", "united states"), in any case; empty when none of ours matches.
    QString codeFor(const QString &text) const;
    // "RUS — Russia", sorted by code: completion entries.
    QStringList entries() const;
    // The codes in the order of their names, as a person looks a country up in a menu.
    QStringList codesByName() const;

private:
    QHash<QString, QString> m_names;
};

} // namespace dateline
