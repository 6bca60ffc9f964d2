// EDTF syntax: Level 0, Level 1, and the Level 2 sets and component qualifiers.
// Values (month 13, February 30, end before start) are checked later by analyse().
#include "core/date/edtfsyntax.h"

#include <optional>

namespace dateline::edtf {
namespace {

class Parser {
public:
    explicit Parser(QStringView text) : m_text(text) {}

    bool parseTop(Parsed &out);
    QString error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool takeDots()
    {
        if (peek() == u'.' && peek(1) == u'.') {
            m_pos += 2;
            return true;
        }
        return false;
    }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    QString rest() const { return m_text.mid(m_pos).toString(); }
    bool failExpected(const QString &what);

    std::optional<std::uint8_t> qualifier();
    bool digits(int count, std::int64_t &value, std::uint8_t *mask, const QString &what);
    bool parseDate(DatePart &part);
    bool parseYear(DatePart &part);
    bool parseTime(DatePart &part);
    bool parseSetItem(Item &item, bool first);

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

bool Parser::failExpected(const QString &what)
{
    if (atEnd())
        return fail(QStringLiteral("“%1” ends too early: expected %2.").arg(m_text, what));
    return fail(QStringLiteral("Cannot read “%1” as a date: expected %2 at “%3”.")
                    .arg(m_text, what, rest()));
}

std::optional<std::uint8_t> Parser::qualifier()
{
    if (take(u'?'))
        return Uncertain;
    if (take(u'~'))
        return Approximate;
    if (take(u'%'))
        return Uncertain | Approximate;
    return std::nullopt;
}

bool Parser::digits(int count, std::int64_t &value, std::uint8_t *mask, const QString &what)
{
    value = 0;
    if (mask)
        *mask = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = peek();
        value *= 10;
        if (c.isDigit() && c.unicode() < 128) {
            value += c.unicode() - u'0';
        } else if ((c == u'X' || c == u'x') && mask) { // lower case tolerated, written upper
            *mask |= std::uint8_t(1u << (count - 1 - i));
        } else {
            return failExpected(what);
        }
        ++m_pos;
    }
    return true;
}

bool Parser::parseYear(DatePart &part)
{
    if (take(u'Y')) {
        const bool negative = take(u'-');
        std::int64_t value = 0;
        int count = 0;
        while (peek().isDigit() && peek().unicode() < 128) {
            if (value > kMaxYear)
                return fail(QStringLiteral("The year in “%1” is too far away: Dateline handles "
                                           "years up to 50 billion before or after now.").arg(m_text));
            value = value * 10 + (peek().unicode() - u'0');
            ++m_pos;
            ++count;
        }
        if (count == 0)
            return failExpected(QStringLiteral("the digits of a year after “Y”"));
        if (take(u'E')) { // Level 2 exponent: Y-17E7 = -170000000
            std::int64_t exponent = 0;
            if (!digits(1, exponent, nullptr, QStringLiteral("an exponent digit")))
                return false;
            while (peek().isDigit() && peek().unicode() < 128 && exponent < 20)
                exponent = exponent * 10 + (m_text[m_pos++].unicode() - u'0');
            for (std::int64_t i = 0; i < exponent && value <= kMaxYear; ++i)
                value *= 10;
        }
        if (value > kMaxYear)
            return fail(QStringLiteral("The year in “%1” is too far away: Dateline handles "
                                       "years up to 50 billion before or after now.").arg(m_text));
        part.year = negative ? -value : value;
        part.negativeYear = negative && value != 0;
        return true;
    }
    const bool negative = take(u'-');
    std::int64_t value = 0;
    if (!digits(4, value, &part.yearMask, QStringLiteral("a four-digit year (like 2008)")))
        return false;
    if (peek().isDigit() || peek() == u'X' || peek() == u'x')
        return fail(QStringLiteral("Years with more than four digits need a “Y” prefix, as in "
                                   "Y170000002 (in “%1”).").arg(m_text));
    part.negativeYear = negative && (value != 0 || part.yearMask != 0);
    part.year = part.negativeYear ? -value : value;
    return true;
}

bool Parser::parseTime(DatePart &part)
{
    std::int64_t v = 0;
    if (!digits(2, v, nullptr, QStringLiteral("an hour (two digits)")))
        return false;
    part.hour = int(v);
    if (!take(u':'))
        return failExpected(QStringLiteral("“:” and minutes"));
    if (!digits(2, v, nullptr, QStringLiteral("minutes (two digits)")))
        return false;
    part.minute = int(v);
    if (take(u':')) {
        if (!digits(2, v, nullptr, QStringLiteral("seconds (two digits)")))
            return false;
        part.second = int(v);
        part.hasSeconds = true;
    }
    if (part.hour > 23)
        return fail(QStringLiteral("There is no hour %1 (hours run from 00 to 23).").arg(part.hour));
    if (part.minute > 59)
        return fail(QStringLiteral("There is no minute %1.").arg(part.minute));
    if (part.second > 59)
        return fail(QStringLiteral("There is no second %1.").arg(part.second));
    if (take(u'Z')) {
        part.zone = Zone::Utc;
    } else if (peek() == u'+' || peek() == u'-') {
        const int sign = m_text[m_pos++] == u'-' ? -1 : 1;
        std::int64_t hours = 0, minutes = 0;
        if (!digits(2, hours, nullptr, QStringLiteral("an offset hour (two digits)")))
            return false;
        if (take(u':') || peek().isDigit()) {
            if (!digits(2, minutes, nullptr, QStringLiteral("offset minutes (two digits)")))
                return false;
        }
        if (hours > 14 || minutes > 59)
            return fail(QStringLiteral("The UTC offset in “%1” is out of range.").arg(m_text));
        part.zone = Zone::Offset;
        part.offsetMinutes = sign * int(hours * 60 + minutes);
    }
    return true;
}

// A date: [q]year[q] [-[q]month-or-season[q] [-[q]day[q]]] [Thh:mm[:ss][zone]].
// A qualifier before a component applies to it alone; after a component, to it and all
// components to its left (ISO 8601-2), so a final one applies to the whole date.
bool Parser::parseDate(DatePart &part)
{
    part = {};
    for (int index = 0; index < 3; ++index) {
        if (index > 0) {
            if (peek() != u'-' || !(peek(1).isDigit() || peek(1) == u'X' || peek(1) == u'x' || peek(1) == u'?'
                                    || peek(1) == u'~' || peek(1) == u'%'))
                break;
            ++m_pos;
        }
        if (auto q = qualifier())
            part.qualifiers[index] |= *q;
        if (index == 0) {
            if (!parseYear(part))
                return false;
        } else {
            std::int64_t value = 0;
            std::uint8_t mask = 0;
            const QString what = index == 1 ? QStringLiteral("a two-digit month (01–12) or season (21–24)")
                                            : QStringLiteral("a two-digit day");
            if (!digits(2, value, &mask, what))
                return false;
            if (value == 0 && mask == 0)
                return fail(index == 1 ? QStringLiteral("There is no month 00 (months run from 01 to 12).")
                                       : QStringLiteral("There is no day 00 (days start at 01)."));
            if (index == 1) {
                if (part.isLongYear())
                    return fail(QStringLiteral("A “Y” year cannot have a month or day (in “%1”).").arg(m_text));
                part.month = int(value);
                part.monthMask = mask;
                part.components = 2;
            } else {
                if (part.isSeason())
                    return fail(QStringLiteral("A season cannot have a day (in “%1”).").arg(m_text));
                part.day = int(value);
                part.dayMask = mask;
                part.components = 3;
            }
        }
        if (auto q = qualifier()) {
            for (int i = 0; i <= index; ++i)
                part.qualifiers[i] |= *q;
        }
    }
    if (take(u'T')) {
        if (!part.hasDay())
            return fail(QStringLiteral("A time needs a full date before it (in “%1”).").arg(m_text));
        if (part.dayMask || part.monthMask || part.yearMask)
            return fail(QStringLiteral("A time cannot follow unspecified digits (in “%1”).").arg(m_text));
        if (part.allQualifiers())
            return fail(QStringLiteral("A qualified date cannot have a time (in “%1”).").arg(m_text));
        part.hasTime = true;
        if (!parseTime(part))
            return false;
        if (peek() == u'?' || peek() == u'~' || peek() == u'%')
            return fail(QStringLiteral("Qualifiers (? ~ %) cannot apply to a time (in “%1”).").arg(m_text));
    }
    return true;
}

bool Parser::parseSetItem(Item &item, bool first)
{
    if (takeDots()) {
        if (!first)
            return fail(QStringLiteral("Only the first member of a set can be open (“..date”), in “%1”.").arg(m_text));
        item.kind = Item::Kind::OrEarlier;
        return parseDate(item.a);
    }
    if (!parseDate(item.a))
        return false;
    if (takeDots()) {
        if (peek() == u',' || peek() == u']' || peek() == u'}' || peek() == u' ') {
            item.kind = Item::Kind::OrLater;
            return true;
        }
        item.kind = Item::Kind::Range;
        return parseDate(item.b);
    }
    item.kind = Item::Kind::Date;
    return true;
}

bool Parser::parseTop(Parsed &out)
{
    out = {};
    if (m_text.trimmed().isEmpty())
        return fail(QStringLiteral("The date is empty."));
    if (peek() == u'[' || peek() == u'{') {
        const QChar close = peek() == u'[' ? u']' : u'}';
        out.kind = peek() == u'[' ? Parsed::Kind::OneOf : Parsed::Kind::AllOf;
        ++m_pos;
        while (true) {
            while (take(u' ')) {}
            Item item;
            if (!parseSetItem(item, out.items.empty()))
                return false;
            out.items.push_back(item);
            while (take(u' ')) {}
            if (take(close))
                break;
            if (!take(u','))
                return failExpected(QStringLiteral("“,” or “%1”").arg(close));
            if (out.items.back().kind == Item::Kind::OrLater)
                return fail(QStringLiteral("Only the last member of a set can be open (“date..”), in “%1”.").arg(m_text));
        }
    } else {
        Item start;
        if (peek() == u'/') {
            start.kind = Item::Kind::Unknown;
        } else if (takeDots()) {
            start.kind = Item::Kind::Open;
        } else if (!parseDate(start.a)) {
            return false;
        }
        out.items.push_back(start);
        if (take(u'/')) {
            out.kind = Parsed::Kind::Interval;
            Item end;
            if (atEnd()) {
                end.kind = Item::Kind::Unknown;
            } else if (takeDots()) {
                end.kind = Item::Kind::Open;
            } else if (!parseDate(end.a)) {
                return false;
            }
            if (start.kind != Item::Kind::Date && end.kind != Item::Kind::Date)
                return fail(QStringLiteral("The interval “%1” needs a date at one end at least.").arg(m_text));
            out.items.push_back(end);
        } else if (start.kind != Item::Kind::Date) {
            return failExpected(QStringLiteral("a year (like 2008)"));
        }
    }
    if (!atEnd())
        return fail(QStringLiteral("Unexpected “%1” after the date in “%2”.").arg(rest(), m_text));
    return true;
}

} // namespace

bool parse(QStringView text, Parsed &out, QString *errorMessage)
{
    Parser parser(text);
    if (parser.parseTop(out))
        return true;
    if (errorMessage)
        *errorMessage = parser.error();
    return false;
}

} // namespace dateline::edtf
