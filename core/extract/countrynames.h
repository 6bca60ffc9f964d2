#pragma once

#include <QHash>
#include <QString>

namespace dateline::extract {

// Country names for actor recognition: exact text -> ISO 3166-1 alpha-3. Names come from the
// system's iso-codes file at run time (name, common and official names) plus our own table of
// short forms ("U.S.", "Britain"), demonyms ("Russian"), capitals and seats of government used
// for governments in diplomatic prose ("Moscow", "the Kremlin", "Washington").
class CountryNames {
public:
    enum class Kind : std::uint8_t { Name, Demonym, Seat };
    struct Entry {
        QString alpha3;
        Kind kind = Kind::Name;
    };

    static const CountryNames &instance(); // loaded once; thread-safe
    // Loads iso-codes from the given file (tests); returns false if it cannot be read.
    bool loadIsoCodes(const QString &path);

    const Entry *find(const QString &text) const;
    QString countryName(const QString &alpha3) const; // "RUS" -> "Russia"
    int longestName() const { return m_longestWords; } // in words

private:
    CountryNames();
    void add(const QString &text, const QString &alpha3, Kind kind);

    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_names;
    int m_longestWords = 1;
};

} // namespace dateline::extract
