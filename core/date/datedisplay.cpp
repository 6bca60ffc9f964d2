// Compact English display of fuzzy dates for analysts: "17–18 Mar 2008", "c. 1550",
// "before 26 Mar 2008", "100 BCE", "13.8 billion years ago".
#include "core/date/edtfsyntax.h"

#include <cmath>

namespace dateline::edtf {
namespace {

const QString kDash = QStringLiteral("–");         // en dash
const QString kSpacedDash = QStringLiteral(" – ");

QString grouped(std::int64_t value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return value < 0 ? u'-' + digits : digits;
}

// "12 thousand", "170 million", "13.8 billion": three significant digits at most.
QString scaledYearsAgo(std::int64_t years)
{
    static const struct {
        double scale;
        const char *word;
    } kScales[] = {{1e3, "thousand"}, {1e6, "million"}, {1e9, "billion"}};
    for (std::size_t i = 0; i < std::size(kScales); ++i) {
        const double scaled = double(years) / kScales[i].scale;
        const int decimals = scaled >= 100 ? 0 : (scaled >= 10 ? 1 : 2);
        const double factor = std::pow(10.0, decimals);
        const double rounded = std::round(scaled * factor) / factor;
        if (rounded >= 1000 && i + 1 < std::size(kScales))
            continue;
        QString number = QString::number(rounded, 'f', decimals);
        if (number.contains(u'.')) {
            while (number.endsWith(u'0'))
                number.chop(1);
            if (number.endsWith(u'.'))
                number.chop(1);
        }
        return number + u' ' + QLatin1StringView(kScales[i].word) + QStringLiteral(" years ago");
    }
    return {};
}

QString yearText(std::int64_t year)
{
    if (year >= 1 && year <= 9999)
        return QString::number(year);
    if (year > 9999)
        return grouped(year);
    if (year >= -9999)
        return QString::number(1 - year) + QStringLiteral(" BCE");
    return scaledYearsAgo(2000 - year); // deep time counts back from the year 2000
}

QString ordinal(std::int64_t n)
{
    const char *suffix = "th";
    if (n % 100 < 11 || n % 100 > 13) {
        if (n % 10 == 1)
            suffix = "st";
        else if (n % 10 == 2)
            suffix = "nd";
        else if (n % 10 == 3)
            suffix = "rd";
    }
    return QString::number(n) + QLatin1StringView(suffix);
}

// 156X -> "1560s", 15XX -> "16th century", 1XXX -> "2nd millennium"; empty when not such a form.
QString maskedYearText(const DatePart &p)
{
    const std::int64_t magnitude = p.year < 0 ? -p.year : p.year;
    const QString era = p.negativeYear ? QStringLiteral(" BCE") : QString();
    switch (p.yearMask) {
    case 0x1:
        return QString::number(magnitude) + u's' + era;
    case 0x3:
        return ordinal(magnitude / 100 + 1) + QStringLiteral(" century") + era;
    case 0x7:
        return ordinal(magnitude / 1000 + 1) + QStringLiteral(" millennium") + era;
    case 0xF:
        return QStringLiteral("unknown year");
    default:
        return {};
    }
}

QString timeText(const DatePart &p)
{
    auto two = [](int v) { return QString::number(v).rightJustified(2, u'0'); };
    QString text = two(p.hour) + u':' + two(p.minute);
    if (p.hasSeconds && p.second != 0)
        text += u':' + two(p.second);
    if (p.zone == Zone::Utc) {
        text += QStringLiteral(" UTC");
    } else if (p.zone == Zone::Offset) {
        const int offset = std::abs(p.offsetMinutes);
        text += QStringLiteral(" UTC") + (p.offsetMinutes < 0 ? u'-' : u'+') + two(offset / 60)
            + u':' + two(offset % 60);
    }
    return text;
}

// The date without qualifiers.
QString plainPart(const DatePart &p)
{
    const bool monthKnown = p.hasMonth() && !p.monthMask;
    const bool dayKnown = p.hasDay() && !p.dayMask;
    QString year;
    if (p.yearMask) {
        year = maskedYearText(p);
        if (year.isEmpty() || p.components > 1)
            return writePart(p); // partly unspecified full dates: EDTF says it best
    } else {
        year = yearText(p.year);
    }
    if (p.components == 1)
        return year;
    if (p.isSeason())
        return seasonName(p.month) + u' ' + year;
    if (p.monthMask && p.monthMask != 0x3)
        return writePart(p);
    if (p.hasDay() && p.dayMask && p.dayMask != 0x3)
        return writePart(p);
    if (!monthKnown) {
        if (dayKnown)
            return QString::number(p.day) + QStringLiteral(" ??? ") + year;
        return year + (p.hasDay() ? QStringLiteral(", month and day unknown")
                                  : QStringLiteral(", month unknown"));
    }
    const QString month = shortMonthName(p.month) + u' ' + year;
    if (!p.hasDay())
        return month;
    if (!dayKnown)
        return month + QStringLiteral(", day unknown");
    QString text = QString::number(p.day) + u' ' + month;
    if (p.hasTime)
        text += u' ' + timeText(p);
    return text;
}

QString qualify(const QString &text, std::uint8_t qualifiers)
{
    QString result = text;
    if (qualifiers & Approximate)
        result.prepend(QStringLiteral("c. "));
    if (qualifiers & Uncertain)
        result += u'?';
    return result;
}

bool isSimple(const DatePart &p)
{
    return !p.yearMask && !p.monthMask && !p.dayMask && !p.allQualifiers() && !p.hasTime
        && !p.isSeason() && p.year >= 1 && p.year <= 9999;
}

QString joinSpaced(const QString &a, const QString &b)
{
    const bool compact = !a.contains(u' ') && !b.contains(u' ');
    return a + (compact ? kDash : kSpacedDash) + b;
}

QString rangeText(const DatePart &a, const DatePart &b)
{
    if (a == b)
        return displayPart(a);
    if (isSimple(a) && isSimple(b) && a.componentCount() == b.componentCount()) {
        const bool sameYear = a.year == b.year;
        if (a.hasDay() && sameYear && a.month == b.month)
            return QString::number(a.day) + kDash + QString::number(b.day) + u' '
                + shortMonthName(a.month) + u' ' + yearText(a.year);
        if (a.hasDay() && sameYear)
            return QString::number(a.day) + u' ' + shortMonthName(a.month) + kSpacedDash
                + QString::number(b.day) + u' ' + shortMonthName(b.month) + u' ' + yearText(a.year);
        if (a.hasMonth() && !a.hasDay() && sameYear)
            return shortMonthName(a.month) + kDash + shortMonthName(b.month) + u' ' + yearText(a.year);
    }
    return joinSpaced(displayPart(a), displayPart(b));
}

QString itemText(const Item &item)
{
    switch (item.kind) {
    case Item::Kind::Date:
        return displayPart(item.a);
    case Item::Kind::Range:
        return rangeText(item.a, item.b);
    case Item::Kind::OrEarlier:
        return QStringLiteral("before ") + displayPart(item.a);
    case Item::Kind::OrLater:
        return QStringLiteral("after ") + displayPart(item.a);
    case Item::Kind::Open:
    case Item::Kind::Unknown:
        break;
    }
    return {};
}

QString setText(const Parsed &parsed)
{
    const auto &items = parsed.items;
    const bool oneOf = parsed.kind == Parsed::Kind::OneOf;
    if (oneOf && items.size() == 2 && items[0].kind == Item::Kind::Date
        && items[1].kind == Item::Kind::Date) {
        const DatePart &a = items[0].a;
        const DatePart &b = items[1].a;
        if (isSimple(a) && isSimple(b) && a.hasDay() && b.hasDay() && a.year == b.year
            && a.month == b.month)
            return QString::number(a.day) + QStringLiteral(" or ") + QString::number(b.day) + u' '
                + shortMonthName(a.month) + u' ' + yearText(a.year);
    }
    QString text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 < items.size() ? QStringLiteral(", ")
                                         : (oneOf ? QStringLiteral(" or ") : QStringLiteral(" and "));
        text += itemText(items[i]);
    }
    return text;
}

} // namespace

QString displayPart(const DatePart &p)
{
    return qualify(plainPart(p), p.allQualifiers());
}

QString displayString(const Parsed &parsed)
{
    switch (parsed.kind) {
    case Parsed::Kind::Single:
        return displayPart(parsed.items.front().a);
    case Parsed::Kind::Interval: {
        const Item &s = parsed.items.at(0);
        const Item &e = parsed.items.at(1);
        if (s.kind == Item::Kind::Date && e.kind == Item::Kind::Date)
            return rangeText(s.a, e.a);
        if (e.kind == Item::Kind::Open)
            return QStringLiteral("from ") + displayPart(s.a);
        if (s.kind == Item::Kind::Open)
            return QStringLiteral("until ") + displayPart(e.a);
        if (e.kind == Item::Kind::Unknown)
            return displayPart(s.a) + kSpacedDash + u'?';
        return u'?' + kSpacedDash + displayPart(e.a);
    }
    case Parsed::Kind::OneOf:
    case Parsed::Kind::AllOf:
        return setText(parsed);
    }
    return {};
}

QString monthName(int month)
{
    static const char *const kNames[] = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};
    return month >= 1 && month <= 12 ? QLatin1StringView(kNames[month - 1]).toString() : QString();
}

QString shortMonthName(int month)
{
    return monthName(month).left(3);
}

QString seasonName(int season)
{
    static const char *const kNames[] = {"Spring", "Summer", "Autumn", "Winter",
        "Northern spring", "Northern summer", "Northern autumn", "Northern winter",
        "Southern spring", "Southern summer", "Southern autumn", "Southern winter",
        "Q1", "Q2", "Q3", "Q4", "Jan–Apr", "May–Aug", "Sep–Dec", "H1", "H2"};
    return season >= 21 && season <= 41 ? QString::fromUtf8(kNames[season - 21]) : QString();
}

} // namespace dateline::edtf
