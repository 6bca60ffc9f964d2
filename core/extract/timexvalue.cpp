#include "core/extract/timexvalue.h"
#include "core/extract/timex.h"

#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace dateline::extract {

QString timexTypeName(Timex::Type type)
{
    switch (type) {
    case Timex::Type::Date: return QStringLiteral("DATE");
    case Timex::Type::Time: return QStringLiteral("TIME");
    case Timex::Type::Duration: return QStringLiteral("DURATION");
    case Timex::Type::Set: return QStringLiteral("SET");
    }
    return {};
}

Timex::Type timexTypeFromName(QStringView name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == u"TIME")
        return Timex::Type::Time;
    if (name == u"DURATION")
        return Timex::Type::Duration;
    if (name == u"SET")
        return Timex::Type::Set;
    if (ok && name != u"DATE")
        *ok = false;
    return Timex::Type::Date;
}

namespace timexvalue {
namespace {

QString yearText(std::int64_t y)
{
    if (y < 0)
        return QStringLiteral("-%1").arg(-y, 4, 10, QLatin1Char('0'));
    return QStringLiteral("%1").arg(y, 4, 10, QLatin1Char('0'));
}

QString two(int v)
{
    return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
}

} // namespace

QString day(std::int64_t d)
{
    const CivilDate c = calendar::civilFromDays(d);
    return yearText(c.year) + u'-' + two(c.month) + u'-' + two(c.day);
}

QString month(std::int64_t y, int m) { return yearText(y) + u'-' + two(m); }
QString year(std::int64_t y) { return yearText(y); }
QString quarter(std::int64_t y, int q) { return yearText(y) + QStringLiteral("-Q") + QString::number(q); }
QString half(std::int64_t y, int h) { return yearText(y) + QStringLiteral("-H") + QString::number(h); }

QString season(std::int64_t y, int s)
{
    static const char *codes[] = {"SP", "SU", "FA", "WI"};
    return yearText(y) + u'-' + QString::fromLatin1(codes[(s - 1) & 3]);
}

std::int64_t days(std::int64_t y, int m, int d) { return calendar::daysFromCivil(CivilDate{y, m, d}); }

int isoWeekday(std::int64_t d)
{
    // 1970-01-01 was a Thursday (4).
    return int(((d % 7) + 7 + 3) % 7) + 1;
}

std::int64_t yearOf(std::int64_t d) { return calendar::civilFromDays(d).year; }
int monthOf(std::int64_t d) { return calendar::civilFromDays(d).month; }

std::int64_t addMonths(std::int64_t d, int months)
{
    CivilDate c = calendar::civilFromDays(d);
    std::int64_t m = c.year * 12 + (c.month - 1) + months;
    c.year = calendar::floorDiv(m, 12);
    c.month = int(m - c.year * 12) + 1;
    c.day = std::min(c.day, calendar::daysInMonth(c.year, c.month));
    return calendar::daysFromCivil(c);
}

bool validDay(std::int64_t y, int m, int d) { return calendar::isValid(CivilDate{y, m, d}); }

QString isoWeek(std::int64_t d)
{
    // The ISO year is the year of the week's Thursday.
    const std::int64_t thursday = d - isoWeekday(d) + 4;
    const std::int64_t y = yearOf(thursday);
    const int week = int((thursday - days(y, 1, 1)) / 7) + 1;
    return yearText(y) + QStringLiteral("-W") + two(week);
}

std::int64_t isoWeekStart(std::int64_t y, int w)
{
    const std::int64_t jan4 = days(y, 1, 4);
    return jan4 - (isoWeekday(jan4) - 1) + 7 * (w - 1);
}

namespace {

QString interval(const QString &a, const QString &b) { return a + u'/' + b; }

QString withMod(std::int64_t y, int m, const QString &mod)
{
    // A month or a year narrowed to its start, middle or end third.
    if (m > 0) {
        const int last = calendar::daysInMonth(y, m);
        if (mod == u"START")
            return interval(day(days(y, m, 1)), day(days(y, m, 10)));
        if (mod == u"MID")
            return interval(day(days(y, m, 11)), day(days(y, m, 20)));
        if (mod == u"END")
            return interval(day(days(y, m, 21)), day(days(y, m, last)));
        return {};
    }
    if (mod == u"START")
        return interval(month(y, 1), month(y, 4));
    if (mod == u"MID")
        return interval(month(y, 5), month(y, 8));
    if (mod == u"END")
        return interval(month(y, 9), month(y, 12));
    return {};
}

QString rawEdtf(const QString &v, const QString &mod, std::int64_t dct)
{
    if (v == u"PRESENT_REF")
        return day(dct);
    if (v == u"PAST_REF")
        return QStringLiteral("../") + day(dct);
    if (v == u"FUTURE_REF")
        return day(dct) + QStringLiteral("/..");
    // "1998-10-XX" (that same day, some day of a month named earlier): as precise as the month
    static const QRegularExpression unknownDay(QStringLiteral("^(\\d{4}-\\d{2})-XX$"));
    if (v.contains(QLatin1String("-XX"))) // (the pattern only when it may match: this runs for every date)
        if (const auto m = unknownDay.match(v); m.hasMatch())
            return m.captured(1);
    if (v.isEmpty() || v.contains(u'X') || v.startsWith(u'P'))
        return {};
    const QString datePart = v.section(u'T', 0, 0);
    const QString timePart = v.contains(u'T') ? v.section(u'T', 1) : QString();
    const QStringList parts = datePart.split(u'-');
    bool ok = false;
    const std::int64_t y = parts.value(0).toLongLong(&ok);
    if (!ok)
        return {};
    if (parts.size() == 1) {
        // decade "199", century "19"; narrowed to a third: "the late 1990s" is 1997–1999, "the early
        // 20th century" 1900–1933
        if (parts[0].size() == 3 || parts[0].size() == 2) {
            const bool decade = parts[0].size() == 3;
            const std::int64_t first = y * (decade ? 10 : 100);
            const auto years = [&](int from, int to) { return interval(year(first + from), year(first + to)); };
            if (mod == u"START")
                return decade ? years(0, 3) : years(0, 33);
            if (mod == u"MID")
                return decade ? years(4, 6) : years(34, 66);
            if (mod == u"END")
                return decade ? years(7, 9) : years(67, 99);
            return parts[0] + (decade ? QStringLiteral("X") : QStringLiteral("XX"));
        }
        if (!mod.isEmpty() && mod != u"APPROX")
            return withMod(y, 0, mod);
        return v;
    }
    const QString p1 = parts[1];
    // (before weeks: winter's "WI" starts with a W too)
    static const char *seasons[] = {"SP", "SU", "FA", "WI"};
    for (int s = 0; s < 4; ++s) {
        if (p1 == QLatin1String(seasons[s]))
            return year(y) + u'-' + QString::number(21 + s);
    }
    if (p1.startsWith(u'W')) {
        const int w = p1.mid(1).toInt();
        if (parts.size() > 2 && parts[2] == u"WE") {
            const std::int64_t sat = isoWeekStart(y, w) + 5;
            return interval(day(sat), day(sat + 1));
        }
        return interval(day(isoWeekStart(y, w)), day(isoWeekStart(y, w) + 6));
    }
    if (p1.startsWith(u'Q')) {
        const int q = p1.mid(1).toInt();
        return interval(month(y, 3 * q - 2), month(y, 3 * q));
    }
    if (p1.startsWith(u'H')) {
        const int h = p1.mid(1).toInt();
        return interval(month(y, 6 * h - 5), month(y, 6 * h));
    }
    const int m = p1.toInt();
    if (parts.size() == 2)
        return (!mod.isEmpty() && mod != u"APPROX") ? withMod(y, m, mod) : v;
    if (!timePart.isEmpty() && timePart.size() >= 5 && timePart.at(2) == u':')
        return datePart + u'T' + timePart.left(5) + QStringLiteral(":00");
    return datePart;
}

} // namespace

QString toEdtf(const QString &value, const QString &mod, std::int64_t dctDays)
{
    QString e = rawEdtf(value, mod, dctDays);
    if (e.isEmpty())
        return {};
    if (mod == u"APPROX" && !e.contains(u'/') && !e.contains(u'T'))
        e += u'~';
    // Parsing EDTF (with its bounds) costs more than all the rules; news repeats the same few dates.
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(e); it != cache.constEnd())
        return it.value();
    if (cache.size() > 4096)
        cache.clear();
    const FuzzyDate date = FuzzyDate::fromEdtf(e);
    const QString normalised = date.isValid() ? date.toEdtf() : QString();
    cache.insert(e, normalised);
    return normalised;
}

bool numericDatesDayFirst(const QString &text)
{
    static const QRegularExpression numeric(
        QStringLiteral("(?<![\\d./])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])"));
    bool dayFirst = false;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int a = m.captured(1).toInt(), b = m.captured(3).toInt();
        if (m.captured(2) == u"/" && b > 12 && a <= 12)
            return false; // "03/17/2024"
        dayFirst = dayFirst || (a > 12 && b <= 12) || (m.captured(2) == u"." && m.captured(4).size() == 4 && a <= 31 && b <= 12);
    }
    return dayFirst;
}

bool numericDateDayFirst(int a, int b, QChar separator, bool textDayFirst)
{
    return separator == u'.' || a > 12 || (textDayFirst && b <= 12);
}

} // namespace timexvalue
} // namespace dateline::extract
