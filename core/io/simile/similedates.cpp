// Date strings of SIMILE Timeline files: what JavaScript's Date.parse and SIMILE's own
// Gregorian parser accept, reduced to the fields actually written.
#include "core/io/simile/similedates.h"

#include "core/io/dateforms.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace dateline::simile {
namespace {

int monthFromName(const QString &word)
{
    static const QStringList months = {u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s,
                                       u"july"_s, u"august"_s, u"september"_s, u"october"_s, u"november"_s, u"december"_s};
    QString w = word.toLower();
    if (w.endsWith(u'.'))
        w.chop(1);
    for (int k = 0; k < 12; ++k)
        if (w == months[k] || w == months[k].left(3))
            return k + 1;
    return w == u"sept" ? 9 : 0;
}

bool isWeekday(const QString &word)
{
    static const QStringList days = {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
                                     u"saturday"_s, u"sunday"_s, u"tues"_s, u"thur"_s, u"thurs"_s};
    QString w = word.toLower();
    if (w.endsWith(u'.'))
        w.chop(1);
    for (const QString &d : days)
        if (w == d || w == d.left(3))
            return true;
    return false;
}

std::optional<CalendarParts> parseIso(const QString &text)
{
    static const QRegularExpression iso(
        u"^([+-]?\\d{1,6})-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?)?$"_s);
    const auto m = iso.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    CalendarParts p;
    p.year = m.captured(1).toLongLong();
    p.month = m.captured(2).toInt();
    p.day = m.hasCaptured(3) ? m.captured(3).toInt() : 0;
    if (m.hasCaptured(4)) {
        p.hour = m.captured(4).toInt();
        p.minute = m.captured(5).toInt();
        p.second = m.hasCaptured(6) ? m.captured(6).toInt() : -1;
        if (m.hasCaptured(7)) {
            const QString z = m.captured(7).remove(u':');
            if (z == u"Z") {
                p.zone = CalendarParts::Zone::Utc;
            } else {
                p.zone = CalendarParts::Zone::Offset;
                p.offsetMinutes = (z[0] == u'-' ? -1 : 1) * (z.mid(1, 2).toInt() * 60 + z.mid(3, 2).toInt());
            }
        }
    }
    return p;
}

} // namespace

std::optional<CalendarParts> parseDate(const QString &input, QString *error)
{
    QString text = input.simplified();
    static const QRegularExpression parenthesised(u"\\([^)]*\\)"_s);
    text.remove(parenthesised); // "(Central Standard Time)"
    text = text.trimmed();
    auto fail = [&]() -> std::optional<CalendarParts> {
        *error = u"date \"%1\" is not a date SIMILE Timeline reads"_s.arg(input.simplified().left(60));
        return std::nullopt;
    };
    if (text.isEmpty() || text.size() > 100)
        return fail();
    if (const std::optional<CalendarParts> iso = parseIso(text))
        return iso;

    // Year-only forms: "1963", "-500", "44 BC", "500 BCE", "AD 200", "200 CE".
    static const QRegularExpression era(u"^(?:(AD|CE)\\s*)?([+-]?\\d{1,12})\\s*(BC|BCE|B\\.C\\.|AD|CE|A\\.D\\.)?$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = era.match(text); m.hasMatch()) {
        CalendarParts p;
        p.year = m.captured(2).toLongLong();
        if (m.captured(3).startsWith(u'B', Qt::CaseInsensitive)) {
            if (p.year <= 0)
                return fail();
            p.year = 1 - p.year; // 1 BC is the year 0
        }
        return p;
    }
    // "1963/11/22", "11/22/1963" (JavaScript reads month first).
    static const QRegularExpression slashes(u"^(\\d{1,4})/(\\d{1,2})/(\\d{1,4})(?:\\s+(.*))?$"_s);
    QString rest;
    CalendarParts p;
    bool haveDate = false;
    if (const auto m = slashes.match(text); m.hasMatch()) {
        if (m.captured(1).size() == 4) {
            p.year = m.captured(1).toInt();
            p.month = m.captured(2).toInt();
            p.day = m.captured(3).toInt();
        } else {
            p.month = m.captured(1).toInt();
            p.day = m.captured(2).toInt();
            p.year = m.captured(3).toInt();
        }
        rest = m.captured(4);
        haveDate = true;
    } else {
        rest = text;
    }

    // Word by word: weekday, month name, numbers, a time, AM/PM, a zone, BC.
    static const QRegularExpression time(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?$"_s);
    static const QRegularExpression offset(u"^(?:GMT|UTC|UT)?([+-])(\\d{2}):?(\\d{2})$"_s, QRegularExpression::CaseInsensitiveOption);
    QString cleaned = rest;
    cleaned.replace(u',', u' ');
    const QStringList words = cleaned.split(u' ', Qt::SkipEmptyParts);
    std::vector<qint64> numbers;
    bool pm = false, am = false, bc = false;
    for (const QString &w : words) {
        if (const auto t = time.match(w); t.hasMatch() && p.hour < 0) {
            p.hour = t.captured(1).toInt();
            p.minute = t.captured(2).toInt();
            p.second = t.hasCaptured(3) ? t.captured(3).toInt() : -1;
        } else if (const auto o = offset.match(w); o.hasMatch()) {
            p.zone = CalendarParts::Zone::Offset;
            p.offsetMinutes = (o.captured(1) == u"-" ? -1 : 1) * (o.captured(2).toInt() * 60 + o.captured(3).toInt());
            if (p.offsetMinutes == 0)
                p.zone = CalendarParts::Zone::Utc;
        } else if (const std::optional<int> z = zoneWordOffset(w)) {
            p.zone = *z == 0 ? CalendarParts::Zone::Utc : CalendarParts::Zone::Offset;
            p.offsetMinutes = *z;
        } else if (w.compare(u"pm"_s, Qt::CaseInsensitive) == 0) {
            pm = true;
        } else if (w.compare(u"am"_s, Qt::CaseInsensitive) == 0) {
            am = true;
        } else if (w.compare(u"bc"_s, Qt::CaseInsensitive) == 0 || w.compare(u"bce"_s, Qt::CaseInsensitive) == 0) {
            bc = true;
        } else if (w.compare(u"ad"_s, Qt::CaseInsensitive) == 0 || w.compare(u"ce"_s, Qt::CaseInsensitive) == 0) {
            // the common era is the default
        } else if (const int month = monthFromName(w); month && !haveDate && !p.month) {
            p.month = month;
        } else if (isWeekday(w)) {
            // JavaScript ignores it; so do we
        } else {
            bool ok = false;
            static const QRegularExpression ordinal(u"(st|nd|rd|th)$"_s);
            const qint64 n = QString(w).remove(ordinal).toLongLong(&ok);
            if (!ok || haveDate)
                return fail();
            numbers.push_back(n);
        }
    }
    if (!haveDate) {
        if (!p.month || numbers.empty() || numbers.size() > 2)
            return fail();
        if (numbers.size() == 1) {         // "Nov 1963"
            p.year = numbers[0];
        } else if (numbers[0] > 31) {      // "1963 Nov 22"
            p.year = numbers[0];
            p.day = int(numbers[1]);
        } else {                           // "Nov 22 1963", "22 Nov 1963"
            p.day = int(numbers[0]);
            p.year = numbers[1];
        }
    }
    if (bc) {
        if (p.year <= 0)
            return fail();
        p.year = 1 - p.year;
    }
    if (p.hour >= 0 && (pm || am)) {
        if (p.hour < 1 || p.hour > 12)
            return fail();
        p.hour = (p.hour % 12) + (pm ? 12 : 0);
    }
    if (p.hour >= 0 && p.day == 0)
        return fail();
    return p;
}

} // namespace dateline::simile
