#include "gdeltgenerator.h"

#include "core/io/gdelt/fipscountries.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace dateline::bench {

namespace {

// Index in [0, n) with P(i) ~ 1 / (i + 1): a few actors, places and codes dominate.
class Zipf {
public:
    explicit Zipf(int n)
    {
        double sum = 0;
        for (int i = 0; i < n; ++i)
            m_cdf.push_back(sum += 1.0 / (i + 1));
        for (double &c : m_cdf)
            c /= sum;
    }
    int operator()(std::mt19937 &rng) const
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        return int(std::lower_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin()) % int(m_cdf.size());
    }

private:
    std::vector<double> m_cdf;
};

QByteArray word(std::mt19937 &rng, int syllables)
{
    static const char *parts[] = {"KA", "RO", "MI", "TEL", "SA", "VO", "DAN", "RI", "PO", "LEN", "GU", "SHA", "BE", "NOR"};
    QByteArray w;
    for (int i = 0; i < syllables; ++i)
        w += parts[rng() % 14];
    return w;
}

// YYYYMMDD of a day counted from 1970-01-01 (Howard Hinnant's civil-from-days).
QByteArray civil(std::int64_t day)
{
    const std::int64_t z = day + 719468, era = z / 146097, doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2);
    return QByteArray::number(y * 10000 + m * 100 + d);
}

struct GenActor {
    QByteArray code, name, country, type;
};

struct GenPlace {
    QByteArray name, fips, lat, lon;
};

} // namespace

bool writeGdeltRows(const QString &path, std::int64_t n, std::uint32_t seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::mt19937 rng(seed);
    const auto table = gdelt::fipsTable();
    static const char *types[] = {"", "GOV", "MIL", "BUS", "MED", "OPP", "CVL", "JUD", "EDU", "REB"};
    std::vector<GenActor> actors;
    for (int i = 0; i < 3000; ++i) {
        const auto &[fips, iso] = table[rng() % table.size()];
        const QByteArray type = types[rng() % 10];
        GenActor a{iso.toString().toLatin1() + type, word(rng, 2 + int(rng() % 3)), iso.toString().toLatin1(), type};
        if (i % 3 == 0)
            a.name += ' ' + word(rng, 2);
        actors.push_back(a);
    }
    std::vector<GenPlace> places;
    std::uniform_real_distribution<double> lat(-60, 70), lon(-180, 180);
    for (int i = 0; i < 6000; ++i) {
        const auto &[fips, iso] = table[rng() % table.size()];
        places.push_back({word(rng, 3) + ", " + word(rng, 2) + ", " + word(rng, 2), fips.toString().toLatin1(),
                          QByteArray::number(lat(rng), 'f', 4), QByteArray::number(lon(rng), 'f', 4)});
    }
    static const char *codes[] = {"010", "042", "043", "036", "051", "040", "020", "057", "046", "112", "190",
                                  "111", "061", "0841", "173", "130", "014", "193", "071", "120", "1821", "138",
                                  "163", "0311", "054", "141", "180", "017", "184", "202"};
    const Zipf actorPick(3000), placePick(6000), codePick(30);
    const std::int64_t firstDay = 16436; // 2015-01-01 as days since 1970
    const std::int64_t days = 4018;      // to 2025-12-31
    QByteArray out;
    std::int64_t url = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        // As in real files, rows come in DATEADDED order (here spread evenly over 2015-2025) and
        // SQLDATE is the day of the event: mostly the day it was reported or the day before, some
        // within the month, a few up to a year earlier.
        const std::int64_t added = firstDay + i * days / std::max<std::int64_t>(n, 1);
        const std::uint32_t lagKind = rng() % 100;
        const std::int64_t lag = lagKind < 80 ? rng() % 2 : lagKind < 95 ? rng() % 30 : rng() % 365;
        const std::int64_t day = std::max(firstDay, added - lag);
        const QByteArray sqlDate = civil(day);
        const int y = sqlDate.left(4).toInt(), m = sqlDate.mid(4, 2).toInt(), d = sqlDate.mid(6, 2).toInt();
        const GenActor &a1 = actors[std::size_t(actorPick(rng))];
        const bool hasA2 = rng() % 4 != 0;
        const GenActor &a2 = actors[std::size_t(actorPick(rng))];
        const GenPlace &p = places[std::size_t(placePick(rng))];
        const QByteArray code = codes[codePick(rng)];
        const int root = code.left(2).toInt();
        const int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        const int mentions = 1 + int(std::pow(2.0, double(rng() % 1000) / 125.0));
        if (rng() % 2 == 0) // about two events per article
            ++url;
        QList<QByteArray> f(61);
        f[0] = QByteArray::number(1000000000 + i);
        f[1] = sqlDate;
        f[2] = sqlDate.left(6);
        f[3] = sqlDate.left(4);
        f[4] = QByteArray::number(y + double(m * 30 + d) / 365.0, 'f', 4);
        f[5] = a1.code, f[6] = a1.name, f[7] = a1.country, f[12] = a1.type;
        if (hasA2)
            f[15] = a2.code, f[16] = a2.name, f[17] = a2.country, f[22] = a2.type;
        f[25] = "1", f[26] = code, f[27] = code.left(3), f[28] = code.left(2);
        f[29] = QByteArray::number(quad);
        f[30] = QByteArray::number(double(int(rng() % 200) - 100) / 10.0, 'f', 1);
        f[31] = QByteArray::number(mentions), f[32] = QByteArray::number(1 + mentions / 4);
        f[33] = QByteArray::number(mentions);
        f[34] = QByteArray::number(double(int(rng() % 2000) - 1000) / 100.0, 'f', 14);
        for (int g : {35, 43, 51}) {
            f[g] = "4", f[g + 1] = p.name, f[g + 2] = p.fips, f[g + 3] = p.fips + "0" + QByteArray::number(rng() % 9);
            f[g + 4] = QByteArray::number(10000 + rng() % 80000), f[g + 5] = p.lat, f[g + 6] = p.lon;
            f[g + 7] = QByteArray::number(-1000000 - int(rng() % 1000000));
        }
        f[59] = civil(added) + "231500";
        f[60] = "https://news" + QByteArray::number(url % 500) + ".example.com/world/2019/story-"
                + QByteArray::number(url) + ".html";
        out += f.join('\t');
        out += '\n';
        if (out.size() > (4 << 20)) {
            if (file.write(out) != out.size())
                return false;
            out.clear();
        }
    }
    return file.write(out) == out.size() && file.flush();
}

} // namespace dateline::bench
