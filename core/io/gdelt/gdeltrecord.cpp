// Parsing one GDELT event row (tab-separated, no quoting).
#include "core/io/gdelt/gdeltrecord.h"

#include "core/date/calendar.h"

#include <array>
#include <charconv>
#include <cmath>

namespace dateline::gdelt {

namespace {

constexpr int kMaxColumns = 61;

// Column positions that move between layouts (the geographies gained an ADM2 column in 2.0).
struct Columns {
    int actionGeo;  // ActionGeo_Type; then FullName, CountryCode, ADM1Code, [ADM2Code,] Lat, Long
    int latOffset;  // from actionGeo to Lat
    int dateAdded;
    int sourceUrl;  // -1 when absent
};

Columns columnsOf(Layout layout)
{
    switch (layout) {
    case Layout::V1Historical: return {49, 4, 56, -1};
    case Layout::V1Daily: return {49, 4, 56, 57};
    case Layout::V2: break;
    }
    return {51, 5, 59, 60};
}

bool toInt(QByteArrayView text, std::int64_t &value)
{
    if (text.isEmpty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

std::int64_t intOr0(QByteArrayView text)
{
    std::int64_t value = 0;
    return toInt(text, value) ? value : 0;
}

std::optional<double> toDouble(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// A finite number within [-limit, limit], else unknown ("nan" and "inf" parse as doubles).
std::optional<double> measure(QByteArrayView text, double limit)
{
    const std::optional<double> v = toDouble(text);
    return v && std::isfinite(*v) && *v >= -limit && *v <= limit ? v : std::nullopt;
}

std::optional<std::int64_t> countOf(QByteArrayView text)
{
    std::int64_t value = 0;
    return toInt(text, value) && value >= 0 ? std::optional(value) : std::nullopt;
}

QString quoted(QByteArrayView text)
{
    return QLatin1Char('"') + QString::fromUtf8(text.first(std::min<qsizetype>(text.size(), 40))) + QLatin1Char('"');
}

ActorFields actorAt(const std::array<QByteArrayView, kMaxColumns> &f, int first)
{
    return {f[first], f[first + 1], f[first + 2], f[first + 7], f[first + 8], f[first + 9]};
}

} // namespace

std::optional<Layout> layoutForColumns(int columns)
{
    switch (columns) {
    case 57: return Layout::V1Historical;
    case 58: return Layout::V1Daily;
    case 61: return Layout::V2;
    default: return std::nullopt;
    }
}

bool parseRecord(QByteArrayView line, Record &r, QString *error)
{
    std::array<QByteArrayView, kMaxColumns> f;
    int count = 0;
    qsizetype start = 0;
    for (;;) {
        const qsizetype tab = line.indexOf('\t', start);
        const qsizetype end = tab < 0 ? line.size() : tab;
        if (count < kMaxColumns)
            f[std::size_t(count)] = line.sliced(start, end - start);
        ++count;
        if (tab < 0)
            break;
        start = tab + 1;
    }
    const auto layout = layoutForColumns(count);
    if (!layout) {
        if (error) {
            *error = QStringLiteral("%1 columns; a GDELT event row has 57 (1.0 historical), 58 (1.0 daily) "
                                    "or 61 (2.0)").arg(count);
            // GDELT's other tables, which users download beside the events
            if (count == 16)
                *error += QStringLiteral(": this looks like a Mentions file (*.mentions.CSV); import the events (*.export.CSV)");
            else if (count == 27 || count == 11)
                *error += QStringLiteral(": this looks like a Global Knowledge Graph file (*.gkg.csv); import the events (*.export.CSV)");
        }
        return false;
    }
    r.layout = *layout;
    if (!toInt(f[0], r.globalId) || r.globalId <= 0) {
        if (error)
            *error = QStringLiteral("GLOBALEVENTID %1 is not a positive number").arg(quoted(f[0]));
        return false;
    }
    std::int64_t sqlDate = 0;
    if (f[1].size() != 8 || !toInt(f[1], sqlDate)) {
        if (error)
            *error = QStringLiteral("SQLDATE %1 is not a date (YYYYMMDD)").arg(quoted(f[1]));
        return false;
    }
    r.year = int(sqlDate / 10000);
    r.month = int(sqlDate / 100 % 100);
    r.day = int(sqlDate % 100);
    if (r.month < 1 || r.month > 12 || r.day < 1 || r.day > calendar::daysInMonth(r.year, r.month)) {
        if (error)
            *error = QStringLiteral("SQLDATE %1 is not a date (YYYYMMDD)").arg(quoted(f[1]));
        return false;
    }
    r.actor1 = actorAt(f, 5);
    r.actor2 = actorAt(f, 15);
    r.eventCode = f[26];
    r.rootCode = f[28];
    r.quadClass = int(intOr0(f[29]));
    r.goldstein = measure(f[30], 10);
    r.mentions = countOf(f[31]);
    r.sources = countOf(f[32]);
    r.articles = countOf(f[33]);
    r.tone = measure(f[34], 100);
    const Columns c = columnsOf(*layout);
    r.geoType = int(intOr0(f[std::size_t(c.actionGeo)]));
    r.geoName = f[std::size_t(c.actionGeo + 1)];
    r.geoCountry = f[std::size_t(c.actionGeo + 2)];
    r.latitude = toDouble(f[std::size_t(c.actionGeo + c.latOffset)]);
    r.longitude = toDouble(f[std::size_t(c.actionGeo + c.latOffset + 1)]);
    if (r.latitude && (*r.latitude < -90 || *r.latitude > 90))
        r.latitude.reset();
    if (r.longitude && (*r.longitude < -180 || *r.longitude > 180))
        r.longitude.reset();
    r.dateAdded = f[std::size_t(c.dateAdded)];
    r.sourceUrl = c.sourceUrl >= 0 ? f[std::size_t(c.sourceUrl)] : QByteArrayView();
    return true;
}

bool looksLikeGdeltEvents(QByteArrayView head)
{
    if (head.startsWith("\x1f\x8b"))
        return true;
    if (head.startsWith("PK\x03\x04")) {
        // a ZIP archive whose first member is a .CSV (an .xlsx or .docx starts with its XML parts)
        if (head.size() < 30)
            return false;
        const int nameLength = static_cast<unsigned char>(head.at(26)) | static_cast<unsigned char>(head.at(27)) << 8;
        const QByteArrayView name = head.sliced(30, std::min<qsizetype>(nameLength, head.size() - 30));
        return name.size() == nameLength && QByteArray(name.data(), name.size()).toLower().endsWith(".csv");
    }
    const qsizetype end = head.indexOf('\n');
    QByteArrayView line = end < 0 ? head : head.first(end);
    if (line.endsWith('\r'))
        line.chop(1);
    Record record;
    QString ignored;
    return parseRecord(line, record, &ignored);
}

} // namespace dateline::gdelt
