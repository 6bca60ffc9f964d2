// Normalized EDTF text: four-digit years (Y prefix beyond), two-digit months and days, "±hh:mm"
// offsets, and qualifiers in the shortest of the canonical placements.
#include "core/date/edtfsyntax.h"

#include <QStringList>

namespace dateline::edtf {
namespace {

QChar qualifierChar(std::uint8_t q)
{
    switch (q) {
    case Uncertain:
        return u'?';
    case Approximate:
        return u'~';
    default:
        return u'%';
    }
}

QString maskedDigits(std::int64_t value, std::uint8_t mask, int width)
{
    QString text = QString::number(value).rightJustified(width, u'0');
    for (int i = 0; i < width; ++i) {
        if (mask & (1u << i))
            text[width - 1 - i] = u'X';
    }
    return text;
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

} // namespace

QString writePart(const DatePart &part)
{
    const int n = part.componentCount();
    QString components[3];
    if (part.isLongYear()) {
        components[0] = u'Y' + QString::number(part.year);
    } else {
        const std::int64_t magnitude = part.year < 0 ? -part.year : part.year;
        components[0] = (part.negativeYear ? QStringLiteral("-") : QString())
            + maskedDigits(magnitude, part.yearMask, 4);
    }
    if (n > 1)
        components[1] = maskedDigits(part.month, part.monthMask, 2);
    if (n > 2)
        components[2] = maskedDigits(part.day, part.dayMask, 2);

    // All components alike: one trailing qualifier. Otherwise the longest equal, qualified prefix
    // gets a qualifier after its last component ("2004-06~-11") and the rest get their own prefix.
    const std::uint8_t *q = part.qualifiers;
    int prefixEnd = -1; // index of the component that carries a trailing qualifier
    bool allEqual = true;
    for (int i = 1; i < n; ++i)
        allEqual = allEqual && q[i] == q[0];
    if (allEqual) {
        prefixEnd = q[0] ? n - 1 : -1;
    } else if (q[0]) {
        prefixEnd = 0;
        while (prefixEnd + 1 < n && q[prefixEnd + 1] == q[0])
            ++prefixEnd;
    }
    QString text;
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            text += u'-';
        if (i > prefixEnd && q[i])
            text += qualifierChar(q[i]);
        text += components[i];
        if (i == prefixEnd)
            text += qualifierChar(q[i]);
    }
    if (part.hasTime) {
        text += u'T' + twoDigits(part.hour) + u':' + twoDigits(part.minute);
        if (part.hasSeconds)
            text += u':' + twoDigits(part.second);
        if (part.zone == Zone::Utc) {
            text += u'Z';
        } else if (part.zone == Zone::Offset) {
            const int offset = part.offsetMinutes < 0 ? -part.offsetMinutes : part.offsetMinutes;
            text += (part.offsetMinutes < 0 ? u'-' : u'+') + twoDigits(offset / 60) + u':'
                + twoDigits(offset % 60);
        }
    }
    return text;
}

QString writeEdtf(const Parsed &parsed)
{
    auto item = [](const Item &it) -> QString {
        switch (it.kind) {
        case Item::Kind::Date:
            return writePart(it.a);
        case Item::Kind::Open:
            return QStringLiteral("..");
        case Item::Kind::Unknown:
            return {};
        case Item::Kind::Range:
            return writePart(it.a) + QStringLiteral("..") + writePart(it.b);
        case Item::Kind::OrEarlier:
            return QStringLiteral("..") + writePart(it.a);
        case Item::Kind::OrLater:
            return writePart(it.a) + QStringLiteral("..");
        }
        return {};
    };
    switch (parsed.kind) {
    case Parsed::Kind::Single:
        return parsed.items.empty() ? QString() : item(parsed.items.front());
    case Parsed::Kind::Interval:
        return item(parsed.items.at(0)) + u'/' + item(parsed.items.at(1));
    case Parsed::Kind::OneOf:
    case Parsed::Kind::AllOf: {
        QStringList members;
        for (const Item &it : parsed.items)
            members << item(it);
        const bool oneOf = parsed.kind == Parsed::Kind::OneOf;
        return (oneOf ? u'[' : u'{') + members.join(u',') + (oneOf ? u']' : u'}');
    }
    }
    return {};
}

} // namespace dateline::edtf
