// Date strings of SIMILE Timeline files: what JavaScript's Date.parse and SIMILE's own
// Gregorian parser accept, reduced to the fields actually written.
#include "core/io/simile/similedates.h"

#include "core/io/dateforms.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

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

// Year-only forms: "1963", "-500", "44 BC", "500 BCE", "AD 200", "200 CE". *matched says whether
// the text is one; nullopt also when it is one that names no year (0 BC).
std::optional<CalendarParts> yearOnly(const QString &text, bool *matched)
{
    static const QRegularExpression era(u"^(?:(AD|CE)\\s*)?([+-]?\\d{1,12})\\s*(BC|BCE|B\\.C\\.|AD|CE|A\\.D\\.)?$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const auto m = era.match(text);
    *matched = m.hasMatch();
    if (!*matched)
        return std::nullopt;
    CalendarParts p;
    p.year = m.captured(2).toLongLong();
    if (m.captured(3).startsWith(u'B', Qt::CaseInsensitive)) {
        if (p.year <= 0)
            return std::nullopt;
        p.year = 1 - p.year; // 1 BC is the year 0
    }
    return p;
}

// A date written in words and numbers, read as JavaScript's Date.parse reads it: an optional
// "1963/11/22" or "11/22/1963" first, then word by word a weekday, a month name, numbers, a time,
// AM/PM, a zone, BC.
class WrittenDate {
public:
    // The slashed date at the start of text, if any; returns the words after it.
    QString readSlashes(const QString &text)
    {
        static const QRegularExpression slashes(u"^(\\d{1,4})/(\\d{1,2})/(\\d{1,4})(?:\\s+(.*))?$"_s);
        const auto m = slashes.match(text);
        if (!m.hasMatch())
            return text;
        if (m.captured(1).size() == 4) {
            m_parts.year = m.captured(1).toInt();
            m_parts.month = m.captured(2).toInt();
            m_parts.day = m.captured(3).toInt();
        } else { // month first, as JavaScript reads it
            m_parts.month = m.captured(1).toInt();
            m_parts.day = m.captured(2).toInt();
            m_parts.year = m.captured(3).toInt();
        }
        m_haveDate = true;
        return m.captured(4);
    }

    // False when the word makes the text no date.
    bool readWord(const QString &w)
    {
        static const QRegularExpression time(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?$"_s);
        static const QRegularExpression offset(u"^(?:GMT|UTC|UT)?([+-])(\\d{2}):?(\\d{2})$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto is = [&w](const char16_t *word) { return w.compare(QStringView(word), Qt::CaseInsensitive) == 0; };
        if (const auto t = time.match(w); t.hasMatch() && m_parts.hour < 0) {
            m_parts.hour = t.captured(1).toInt();
            m_parts.minute = t.captured(2).toInt();
            m_parts.second = t.hasCaptured(3) ? t.captured(3).toInt() : -1;
        } else if (const auto o = offset.match(w); o.hasMatch()) {
            m_parts.offsetMinutes = (o.captured(1) == u"-" ? -1 : 1) * (o.captured(2).toInt() * 60 + o.captured(3).toInt());
            m_parts.zone = m_parts.offsetMinutes == 0 ? CalendarParts::Zone::Utc : CalendarParts::Zone::Offset;
        } else if (const std::optional<int> z = zoneWordOffset(w)) {
            m_parts.zone = *z == 0 ? CalendarParts::Zone::Utc : CalendarParts::Zone::Offset;
            m_parts.offsetMinutes = *z;
        } else if (is(u"pm")) {
            m_pm = true;
        } else if (is(u"am")) {
            m_am = true;
        } else if (is(u"bc") || is(u"bce")) {
            m_bc = true;
        } else if (is(u"ad") || is(u"ce")) {
            // the common era is the default
        } else if (const int month = monthFromName(w); month && !m_haveDate && !m_parts.month) {
            m_parts.month = month;
        } else if (isWeekday(w)) {
            // JavaScript ignores it; so do we
        } else {
            bool ok = false;
            static const QRegularExpression ordinal(u"(st|nd|rd|th)$"_s);
            const qint64 n = QString(w).remove(ordinal).toLongLong(&ok);
            if (!ok || m_haveDate)
                return false;
            m_numbers.push_back(n);
        }
        return true;
    }

    // The date the words gave, or nullopt when they give none.
    std::optional<CalendarParts> settle()
    {
        if (!m_haveDate && !numbersAsDate())
            return std::nullopt;
        if (m_bc) {
            if (m_parts.year <= 0)
                return std::nullopt;
            m_parts.year = 1 - m_parts.year;
        }
        if (m_parts.hour >= 0 && (m_pm || m_am)) {
            if (m_parts.hour < 1 || m_parts.hour > 12)
                return std::nullopt;
            m_parts.hour = (m_parts.hour % 12) + (m_pm ? 12 : 0);
        }
        if (m_parts.hour >= 0 && m_parts.day == 0)
            return std::nullopt;
        return m_parts;
    }

private:
    // Beside a month name: "Nov 1963", "1963 Nov 22", "Nov 22 1963", "22 Nov 1963".
    bool numbersAsDate()
    {
        if (!m_parts.month || m_numbers.empty() || m_numbers.size() > 2)
            return false;
        if (m_numbers.size() == 1) {
            m_parts.year = m_numbers[0];
        } else if (m_numbers[0] > 31) {
            m_parts.year = m_numbers[0];
            m_parts.day = int(m_numbers[1]);
        } else {
            m_parts.day = int(m_numbers[0]);
            m_parts.year = m_numbers[1];
        }
        return true;
    }

    CalendarParts m_parts;
    std::vector<qint64> m_numbers;
    bool m_pm = false, m_am = false, m_bc = false, m_haveDate = false;
};

} // namespace

std::optional<CalendarParts> parseDate(const QString &input, QString *error)
{
    static const QRegularExpression parenthesised(u"\\([^)]*\\)"_s);
    const QString text = input.simplified().remove(parenthesised).trimmed(); // "(Central Standard Time)"
    std::optional<CalendarParts> result;
    bool yearForm = false;
    if (!text.isEmpty() && text.size() <= 100) {
        result = parseIso(text);
        if (!result)
            result = yearOnly(text, &yearForm);
    }
    if (!result && !yearForm && !text.isEmpty() && text.size() <= 100) {
        WrittenDate date;
        QString words = date.readSlashes(text);
        words.replace(u',', u' ');
        const QStringList list = words.split(u' ', Qt::SkipEmptyParts);
        if (std::all_of(list.begin(), list.end(), [&date](const QString &w) { return date.readWord(w); }))
            result = date.settle();
    }
    if (!result)
        *error = u"date \"%1\" is not a date SIMILE Timeline reads"_s.arg(input.simplified().left(60));
    return result;
}

} // namespace dateline::simile
