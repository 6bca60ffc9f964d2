#pragma once

// Builds GDELT event rows for tests: 57 (1.0 historical), 58 (1.0 daily) or 61 (2.0) columns.
#include <QByteArray>
#include <QByteArrayList>
#include <QFile>
#include <QString>

namespace gdelttest {

struct Row {
    int columns = 61;
    qint64 id = 1;
    QByteArray date = "20250101";
    QByteArray actor1Code = "USA", actor1Name = "UNITED STATES", actor1Country = "USA";
    QByteArray actor2Code = "RUS", actor2Name = "RUSSIA", actor2Country = "RUS";
    QByteArray eventCode = "130";
    QByteArray geoName = "Moscow, Moskva, Russia", geoFips = "RS", lat = "55.7522", lon = "37.6156";
    QByteArray url = "https://example.org/news/1";
    int mentions = 10;
};

inline QByteArray line(const Row &r)
{
    QByteArrayList f(r.columns);
    f[0] = QByteArray::number(r.id);
    f[1] = r.date;
    f[2] = r.date.left(6);
    f[3] = r.date.left(4);
    f[4] = r.date.left(4) + ".0027";
    f[5] = r.actor1Code, f[6] = r.actor1Name, f[7] = r.actor1Country;
    f[15] = r.actor2Code, f[16] = r.actor2Name, f[17] = r.actor2Country;
    f[25] = "1", f[26] = r.eventCode, f[27] = r.eventCode.left(3), f[28] = r.eventCode.left(2);
    f[29] = "3", f[30] = "-4.4", f[31] = QByteArray::number(r.mentions), f[32] = "2", f[33] = QByteArray::number(r.mentions);
    f[34] = "-3.25";
    const bool v2 = r.columns == 61;
    const int geo = v2 ? 51 : 49; // ActionGeo_Type
    const int lat = geo + (v2 ? 5 : 4);
    f[geo] = r.geoName.isEmpty() ? "0" : "4";
    f[geo + 1] = r.geoName, f[geo + 2] = r.geoFips, f[geo + 3] = r.geoFips + "48";
    f[lat] = r.lat, f[lat + 1] = r.lon, f[lat + 2] = "-2960561";
    f[v2 ? 59 : 56] = v2 ? r.date + "120000" : r.date;
    if (r.columns != 57)
        f[r.columns - 1] = r.url;
    return f.join('\t');
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace gdelttest
