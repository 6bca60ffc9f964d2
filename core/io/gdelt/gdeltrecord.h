#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace dateline::gdelt {

// The GDELT event file layouts, told apart by their column count.
enum class Layout : std::uint8_t {
    V1Historical = 57, // GDELT 1.0 back files: no SOURCEURL
    V1Daily = 58,      // GDELT 1.0 daily files: + SOURCEURL
    V2 = 61,           // GDELT 2.0: + ADM2 codes of the three geographies
};
// The layout of a row with this many tab-separated columns, if it is one.
std::optional<Layout> layoutForColumns(int columns);

struct ActorFields {
    QByteArrayView code, name, country, type1, type2, type3;
    bool isEmpty() const { return code.isEmpty() && name.isEmpty(); }
};

// One event row, as views into the line (valid while the line is). Numbers are parsed; text
// columns are as in the file (GDELT writes names in capitals).
struct Record {
    Layout layout = Layout::V2;
    std::int64_t globalId = 0;
    int year = 0, month = 0, day = 0; // SQLDATE
    ActorFields actor1, actor2;
    QByteArrayView eventCode, rootCode;
    int quadClass = 0;
    // Empty or unreadable: unknown, not zero (Goldstein -10..10, tone -100..100, counts >= 0).
    std::optional<double> goldstein, tone;
    std::optional<std::int64_t> mentions, sources, articles;
    int geoType = 0; // ActionGeo_Type: 0 = no place
    QByteArrayView geoName, geoCountry; // geoCountry: FIPS 10-4
    std::optional<double> latitude, longitude;
    QByteArrayView dateAdded; // YYYYMMDD (1.0) or YYYYMMDDHHMMSS (2.0)
    QByteArrayView sourceUrl; // empty for 1.0 historical rows
};

// Splits and checks one line (without its line break). Returns false with a message for a person
// ("61 columns expected ... found 12", "SQLDATE \"2015130\" is not a date").
bool parseRecord(QByteArrayView line, Record &record, QString *error);

// Whether a file's first bytes are a GDELT event file: its first line is a record, or the file is
// gzip-compressed or a ZIP archive whose first member is a .CSV (among the formats Dateline
// reads, only GDELT files come so; an .xlsx is a ZIP of XML parts and is none).
bool looksLikeGdeltEvents(QByteArrayView head);

} // namespace dateline::gdelt
