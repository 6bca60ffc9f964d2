#include "core/extract/holidays.h"

#include "core/extract/lunisolar.h"
#include "core/extract/timexvalue.h"

#include <QSet>

#include <cmath>

namespace dateline::extract::holidays {
namespace {

namespace tv = timexvalue;

enum class Rule { Fixed, NthWeekday, LastWeekday, Easter, OrthodoxEaster, ElectionDay, Hijri, Hebrew, Hanukkah, LunarNewYear, Diwali };

struct Holiday {
    const char *words[4];
    Rule rule;
    int month;   // Hijri: the month of the Islamic year; Hebrew: 0 counts from Passover, 1 from Rosh Hashanah
    int day;     // Fixed, Hijri: the day; NthWeekday: n; Easter, OrthodoxEaster, Hebrew: offset in days
    int weekday; // ISO weekday for the weekday rules
    bool approximate = false; // the day where it is observed may differ by a day or two
};

// Holidays common in English news: Western (Gregorian) ones, and those of the calendars diplomacy
// news dates things by. The Islamic ones follow the arithmetical Islamic calendar; where they are
// observed they begin on the sighting of the new moon, a day or two either side, so their dates are
// approximate. The Jewish ones follow the Hebrew calendar's arithmetic exactly (their first day; they
// begin the evening before). The Lunar New Year is the new moon's day in China between 21 January
// and 20 February; Diwali the evening of the new moon of October or November in India, which its
// reckoning of the lunar day may put a day off (approximate).
const Holiday kHolidays[] = {
    {{"passover"}, Rule::Hebrew, 0, 0, 0},
    {{"pesach"}, Rule::Hebrew, 0, 0, 0},
    {{"purim"}, Rule::Hebrew, 0, -30, 0},
    {{"rosh", "hashanah"}, Rule::Hebrew, 1, 0, 0},
    {{"rosh", "hashana"}, Rule::Hebrew, 1, 0, 0},
    {{"yom", "kippur"}, Rule::Hebrew, 1, 9, 0},
    {{"sukkot"}, Rule::Hebrew, 1, 14, 0},
    {{"hanukkah"}, Rule::Hanukkah, 0, 0, 0},
    {{"chanukah"}, Rule::Hanukkah, 0, 0, 0},
    {{"lunar", "new", "year"}, Rule::LunarNewYear, 0, 0, 0},
    {{"chinese", "new", "year"}, Rule::LunarNewYear, 0, 0, 0},
    {{"tet"}, Rule::LunarNewYear, 0, 0, 0},
    {{"seollal"}, Rule::LunarNewYear, 0, 0, 0},
    {{"diwali"}, Rule::Diwali, 0, 0, 0, true},
    {{"deepavali"}, Rule::Diwali, 0, 0, 0, true},
    {{"ramadan"}, Rule::Hijri, 9, 1, 0, true},
    {{"eid", "al", "-", "fitr"}, Rule::Hijri, 10, 1, 0, true},
    {{"eid", "ul", "-", "fitr"}, Rule::Hijri, 10, 1, 0, true},
    {{"eid", "al", "fitr"}, Rule::Hijri, 10, 1, 0, true},
    {{"eid", "al", "-", "adha"}, Rule::Hijri, 12, 10, 0, true},
    {{"eid", "ul", "-", "adha"}, Rule::Hijri, 12, 10, 0, true},
    {{"eid", "al", "adha"}, Rule::Hijri, 12, 10, 0, true},
    {{"ashura"}, Rule::Hijri, 1, 10, 0, true},
    {{"nowruz"}, Rule::Fixed, 3, 20, 0, true}, // the March equinox: the 20th or the 21st
    {{"christmas", "eve"}, Rule::Fixed, 12, 24, 0},
    {{"christmas", "day"}, Rule::Fixed, 12, 25, 0},
    {{"christmas"}, Rule::Fixed, 12, 25, 0},
    {{"boxing", "day"}, Rule::Fixed, 12, 26, 0},
    {{"new", "year", "'", "s"}, Rule::Fixed, 1, 1, 0},
    {{"new", "years", "day"}, Rule::Fixed, 1, 1, 0},
    {{"valentine", "'", "s", "day"}, Rule::Fixed, 2, 14, 0},
    {{"independence", "day"}, Rule::Fixed, 7, 4, 0},
    {{"bastille", "day"}, Rule::Fixed, 7, 14, 0},
    {{"halloween"}, Rule::Fixed, 10, 31, 0},
    {{"veterans", "day"}, Rule::Fixed, 11, 11, 0},
    {{"armistice", "day"}, Rule::Fixed, 11, 11, 0},
    {{"may", "day"}, Rule::Fixed, 5, 1, 0},
    {{"thanksgiving"}, Rule::NthWeekday, 11, 4, 4},
    {{"labor", "day"}, Rule::NthWeekday, 9, 1, 1},
    {{"martin", "luther", "king", "day"}, Rule::NthWeekday, 1, 3, 1},
    {{"presidents", "day"}, Rule::NthWeekday, 2, 3, 1},
    {{"memorial", "day"}, Rule::LastWeekday, 5, 0, 1},
    {{"columbus", "day"}, Rule::NthWeekday, 10, 2, 1},
    {{"mother", "'", "s", "day"}, Rule::NthWeekday, 5, 2, 7},
    {{"father", "'", "s", "day"}, Rule::NthWeekday, 6, 3, 7},
    {{"flag", "day"}, Rule::Fixed, 6, 14, 0},
    {{"election", "day"}, Rule::ElectionDay, 11, 0, 0}, // US: the Tuesday after the first Monday in November
    {{"inauguration", "day"}, Rule::Fixed, 1, 20, 0},
    {{"remembrance", "day"}, Rule::Fixed, 11, 11, 0},
    {{"canada", "day"}, Rule::Fixed, 7, 1, 0},
    {{"australia", "day"}, Rule::Fixed, 1, 26, 0},
    {{"anzac", "day"}, Rule::Fixed, 4, 25, 0},
    {{"st", ".", "patrick", "'"}, Rule::Fixed, 3, 17, 0},
    {{"saint", "patrick", "'", "s"}, Rule::Fixed, 3, 17, 0},
    {{"groundhog", "day"}, Rule::Fixed, 2, 2, 0},
    {{"victory", "day"}, Rule::Fixed, 5, 9, 0}, // as Russia and most of the former USSR mark it
    {{"ve", "day"}, Rule::Fixed, 5, 8, 0},
    {{"juneteenth"}, Rule::Fixed, 6, 19, 0},
    {{"orthodox", "christmas"}, Rule::Fixed, 1, 7, 0},
    {{"orthodox", "easter"}, Rule::OrthodoxEaster, 0, 0, 0},
    {{"earth", "day"}, Rule::Fixed, 4, 22, 0},
    {{"ash", "wednesday"}, Rule::Easter, 0, -46, 0},
    {{"palm", "sunday"}, Rule::Easter, 0, -7, 0},
    {{"maundy", "thursday"}, Rule::Easter, 0, -3, 0},
    {{"holy", "saturday"}, Rule::Easter, 0, -1, 0},
    {{"pentecost"}, Rule::Easter, 0, 49, 0},
    {{"whit", "sunday"}, Rule::Easter, 0, 49, 0},
    {{"whit", "monday"}, Rule::Easter, 0, 50, 0},
    {{"easter", "sunday"}, Rule::Easter, 0, 0, 0},
    {{"easter"}, Rule::Easter, 0, 0, 0},
    {{"good", "friday"}, Rule::Easter, 0, -2, 0},
    {{"easter", "monday"}, Rule::Easter, 0, 1, 0},
};

std::int64_t easterSunday(std::int64_t y)
{
    // The anonymous Gregorian computus.
    const std::int64_t a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const std::int64_t f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const std::int64_t i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const std::int64_t m = (a + 11 * h + 22 * l) / 451;
    const int month = int((h + l - 7 * m + 114) / 31);
    const int day = int((h + l - 7 * m + 114) % 31) + 1;
    return tv::days(y, month, day);
}

// Easter by the Julian computus, as the Orthodox churches keep it, on the Gregorian calendar.
std::int64_t orthodoxEasterSunday(std::int64_t y)
{
    const std::int64_t d = (19 * (y % 19) + 15) % 30, e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
    const int month = int((d + e + 114) / 31), day = int((d + e + 114) % 31) + 1;
    // (a Julian date; the calendars drift apart by a day each century not divisible by 400)
    return tv::days(y, month, day) + (y / 100 - y / 400 - 2);
}

// The day (since 1970-01-01) of a date of the arithmetical (tabular) Islamic calendar: 30-year
// cycles of 10,631 days with 11 leap years, from the civil epoch of 16 July 622 (Julian).
std::int64_t hijriDay(std::int64_t year, int month, int day)
{
    constexpr std::int64_t kEpoch = -492148; // 1 Muharram 1 AH, counted from 1970-01-01
    const std::int64_t monthDays = (295 * (month - 1) + 9) / 10; // ceil(29.5 * (month - 1))
    const std::int64_t leapDays = (3 + 11 * year) / 30;
    return day + monthDays + (year - 1) * 354 + leapDays + kEpoch - 1;
}

// The first occurrence of a Hijri month and day in a Gregorian year (an Islamic year is 11 days
// shorter, so some Gregorian years hold two).
std::int64_t hijriInYear(int month, int day, std::int64_t gregorianYear)
{
    const std::int64_t estimate = (gregorianYear - 622) * 33 / 32;
    for (std::int64_t y = estimate - 1; y <= estimate + 2; ++y) {
        const std::int64_t d = hijriDay(y, month, day);
        if (tv::yearOf(d) == gregorianYear)
            return d;
    }
    return hijriDay(estimate, month, day);
}

// The first day of Passover (15 Nisan) in a Gregorian year: always 163 days before the next Rosh
// Hashanah, which starts the Hebrew year 3761 years on.
std::int64_t passover(std::int64_t year)
{
    return lunisolar::hebrewNewYear(year + 3761) - 163;
}

// The first day of Hanukkah (25 Kislev) of the Hebrew year that starts in this Gregorian year's
// autumn: after Tishrei's 30 days and Heshvan's 29 (30 in a year of 355 or 385 days).
std::int64_t hanukkah(std::int64_t year)
{
    const std::int64_t start = lunisolar::hebrewNewYear(year + 3761);
    const std::int64_t length = lunisolar::hebrewNewYear(year + 3762) - start;
    return start + 30 + (length % 10 == 5 ? 30 : 29) + 24;
}

// Diwali: the lunar day of the new moon (amavasya) at dusk in India, taken as the day of the new moon
// when it comes after 18:00 there, else the day before.
std::int64_t diwali(std::int64_t year)
{
    const double newMoon = lunisolar::newMoonFrom(tv::days(year, 10, 17), 5.5);
    const std::int64_t day = std::int64_t(std::floor(newMoon));
    return newMoon - double(day) >= 0.75 ? day : day - 1;
}

} // namespace

bool approximate(int id)
{
    return kHolidays[id].approximate;
}

std::int64_t lastDay(int id, std::int64_t year)
{
    const Holiday &h = kHolidays[id];
    if (h.rule != Rule::Hijri || h.month != 9)
        return day(id, year);
    // Ramadan lasts until the day before 1 Shawwal
    const std::int64_t first = day(id, year);
    const std::int64_t hijriYear = (first - hijriDay(1, 1, 1)) * 30 / 10631 + 1;
    for (std::int64_t y = hijriYear - 1; y <= hijriYear + 1; ++y)
        if (hijriDay(y, 9, 1) == first)
            return hijriDay(y, 10, 1) - 1;
    return first + 29;
}

bool startsName(const QString &word)
{
    static const QSet<QString> first = [] {
        QSet<QString> words;
        for (const Holiday &h : kHolidays)
            words.insert(QString::fromLatin1(h.words[0]));
        return words;
    }();
    return first.contains(word);
}

int match(const QString *words, int count, int &id)
{
    int best = 0;
    for (int h = 0; h < int(std::size(kHolidays)); ++h) {
        int k = 0;
        while (k < 4 && kHolidays[h].words[k]) {
            if (k >= count || words[k] != QLatin1String(kHolidays[h].words[k]))
                break;
            ++k;
        }
        if ((k == 4 || !kHolidays[h].words[k]) && k > best) {
            best = k;
            id = h;
        }
    }
    return best;
}

std::int64_t day(int id, std::int64_t year)
{
    const Holiday &h = kHolidays[id];
    switch (h.rule) {
    case Rule::Fixed:
        return tv::days(year, h.month, h.day);
    case Rule::NthWeekday: {
        const std::int64_t first = tv::days(year, h.month, 1);
        const int shift = (h.weekday - tv::isoWeekday(first) + 7) % 7;
        return first + shift + 7 * (h.day - 1);
    }
    case Rule::LastWeekday: {
        const std::int64_t last = tv::days(year, h.month + 1, 1) - 1;
        return last - (tv::isoWeekday(last) - h.weekday + 7) % 7;
    }
    case Rule::Easter:
        return easterSunday(year) + h.day;
    case Rule::OrthodoxEaster:
        return orthodoxEasterSunday(year) + h.day;
    case Rule::Hijri:
        return hijriInYear(h.month, h.day, year);
    case Rule::Hebrew:
        return (h.month == 0 ? passover(year) : lunisolar::hebrewNewYear(year + 3761)) + h.day;
    case Rule::Hanukkah:
        return hanukkah(year);
    case Rule::LunarNewYear:
        return std::int64_t(std::floor(lunisolar::newMoonFrom(tv::days(year, 1, 21), 8.0)));
    case Rule::Diwali:
        return diwali(year);
    case Rule::ElectionDay: {
        const std::int64_t first = tv::days(year, h.month, 1);
        return first + (1 - tv::isoWeekday(first) + 7) % 7 + 1; // first Monday, then Tuesday
    }
    }
    return 0;
}

std::int64_t namedEventYear(int month, int day, const QString &noun)
{
    struct NamedEvent {
        int month, day;
        std::int64_t year;
        const char *nouns[10]; // (the unused ones null)
    };
    static const NamedEvent kEvents[] = {
        {9, 11, 2001, {"attack", "attacks", "terror", "terrorist", "hijackers", "hijackings", "commission", "anniversary"}},
        {10, 7, 2023, {"attack", "attacks", "massacre", "massacres", "assault", "raid", "incursion", "atrocities", "hostages"}},
        {2, 24, 2022, {"invasion", "offensive"}},
        {1, 6, 2021, {"attack", "riot", "riots", "insurrection", "committee", "rioters"}},
        {7, 15, 2016, {"coup"}},
        {7, 7, 2005, {"bombings", "attacks"}},
        {3, 11, 2004, {"bombings", "attacks"}},
        {11, 13, 2015, {"attacks"}},
    };
    for (const NamedEvent &e : kEvents)
        if (e.month == month && e.day == day)
            for (const char *n : e.nouns)
                if (n && noun == QLatin1String(n))
                    return e.year;
    return 0;
}

} // namespace dateline::extract::holidays
