// Common human date forms -> EDTF text -> FuzzyDate. Everything is turned into EDTF and parsed
// by FuzzyDate::fromEdtf, so bounds and validation have one implementation.
#include "core/io/dateforms.h"

#include "core/date/calendar.h"
#include "core/extract/timextagger.h"
#include "core/extract/timexvalue.h"
#include "core/io/datewords.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

const char *const kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                     "July",    "August",   "September", "October", "November", "December"};

// 1..12 for an English month name or abbreviation ("mar", "Sept", "MARCH"), else 0.
int monthFromWord(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"sept")
        return 9;
    for (int m = 0; m < 12; ++m) {
        const QString name = QString::fromLatin1(kMonthNames[m]).toLower();
        if (w == name || (w.size() == 3 && name.startsWith(w)))
            return m + 1;
    }
    return datewords::foreignMonth(w);
}

const char *const kWeekdayNames[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// 1 (Monday) to 7 (Sunday) for a weekday's name or an abbreviation of three letters or more; 0 otherwise.
int weekdayFromWord(const QString &word)
{
    const QString w = word.toLower();
    for (int d = 0; d < 7; ++d) {
        const QString name = QString::fromLatin1(kWeekdayNames[d]).toLower();
        if (w == name || (w.size() >= 3 && name.startsWith(w)))
            return d + 1;
    }
    return datewords::foreignWeekday(w);
}

struct Token {
    enum Kind { Number, Month } kind;
    QString text;   // digits of a number
    int month = 0;  // for Month
    QChar sepAfter; // first separator character after the token ('/', '-', '.', ',', ' ')
};

QString yearText(std::int64_t year)
{
    if (year > 9999 || year < -9999)
        return u"Y%1"_s.arg(year);
    return (year < 0 ? u"-"_s : QString()) + u"%1"_s.arg(year < 0 ? -year : year, 4, 10, QLatin1Char('0'));
}

struct Parts {
    std::int64_t year = 0;
    int month = 0;   // 0 = not given
    int day = 0;     // 0 = not given
    int weekday = 0; // 1 (Monday) to 7 as written beside the date; 0 = not given
};

// Assembles the EDTF text and checks the calendar, saying what is wrong.
std::optional<QString> toEdtf(const Parts &p, const QString &time, bool numericOrder, DayOrder order, QString *error)
{
    if (p.month < 1 || p.month > 12) {
        if (p.month != 0 || p.day != 0) {
            *error = u"there is no month %1"_s.arg(p.month);
            // the other order helps only if it makes a date ("31/02/2008" is none either way)
            if (numericOrder && p.day >= 1 && p.day <= 12 && p.month <= calendar::daysInMonth(p.year, p.day))
                *error += order == DayOrder::MonthFirst ? u" (dates are read month first; try day first)"_s
                                                        : u" (dates are read day first; try month first)"_s;
            return std::nullopt;
        }
    }
    if ((p.month != 0) && (p.year > 9999 || p.year < -9999)) {
        *error = u"a date with a month needs a year of at most four digits"_s;
        return std::nullopt;
    }
    QString text = yearText(p.year);
    if (p.month != 0)
        text += u"-%1"_s.arg(p.month, 2, 10, QLatin1Char('0'));
    if (p.day != 0) {
        const int days = calendar::daysInMonth(p.year, p.month);
        if (p.day < 1 || p.day > days) {
            *error = u"%1 %2 has no day %3"_s.arg(QString::fromLatin1(kMonthNames[p.month - 1]),
                                                  yearText(p.year).remove(u'Y'))
                         .arg(p.day);
            return std::nullopt;
        }
        text += u"-%1"_s.arg(p.day, 2, 10, QLatin1Char('0'));
        // A weekday that contradicts the date is a typing slip in one of them: which is unknown.
        // Checked from 1583 on: earlier dates were written in the Julian calendar.
        auto weekdayOf = [](std::int64_t year, int month, int day) {
            const std::int64_t days = calendar::daysFromCivil(CivilDate{year, month, day}) + 3; // 1970-01-01: Thursday
            return int(days - calendar::floorDiv(days, 7) * 7) + 1;
        };
        if (p.weekday && p.year >= 1583 && weekdayOf(p.year, p.month, p.day) != p.weekday) {
            *error = u"%1 %2 %3 was a %4, not a %5"_s.arg(p.day).arg(QString::fromLatin1(kMonthNames[p.month - 1])).arg(p.year)
                         .arg(QString::fromLatin1(kWeekdayNames[weekdayOf(p.year, p.month, p.day) - 1]),
                              QString::fromLatin1(kWeekdayNames[p.weekday - 1]));
            if (numericOrder && p.day <= 12 && weekdayOf(p.year, p.day, p.month) == p.weekday)
                *error += order == DayOrder::MonthFirst ? u" (dates are read month first; try day first)"_s
                                                        : u" (dates are read day first; try month first)"_s;
            return std::nullopt;
        }
    }
    if (!time.isEmpty()) {
        if (p.day == 0) {
            *error = u"a time needs a full date"_s;
            return std::nullopt;
        }
        text += u'T' + time;
    }
    return text;
}

// An era after a date or a range ("1550 BC", "44 B.C.E.", "33 AD") and before one ("AD 33").
const QRegularExpression &eraAfterRe()
{
    static const QRegularExpression re(uR"(\s*\b(B\.?\s?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)$)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &eraBeforeRe()
{
    static const QRegularExpression re(uR"(^(A\.?D\.?)\s*)"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}

// windowFrom: the first year of the hundred that two-digit years fall in; 0 refuses them.
std::optional<std::int64_t> yearValue(const Token &t, bool hasEra, int windowFrom, QString *error)
{
    if (t.kind != Token::Number) {
        *error = u"no year"_s;
        return std::nullopt;
    }
    if (!hasEra && t.text.size() <= 2) {
        if (windowFrom > 0)
            return windowFrom + (t.text.toInt() - windowFrom % 100 + 100) % 100;
        *error = u"two-digit year \"%1\": write the full year, or say which hundred years two-digit years "
                 "fall in"_s.arg(t.text);
        return std::nullopt;
    }
    if (t.text.size() > 12) {
        *error = u"year \"%1\" is too large"_s.arg(t.text);
        return std::nullopt;
    }
    return t.text.toLongLong();
}

// A clock time: "14:30", "14:30:05", "2:30 PM", "2:30 p.m." (captures: hour, minute, second, a/p).
constexpr QLatin1StringView kClockTime{R"((\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)"};

// The clock time a match of kClockTime holds, as "HH:MM" or "HH:MM:SS".
std::optional<QString> clockTime(const QRegularExpressionMatch &m, QString *error)
{
    int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (!m.captured(4).isEmpty()) { // 12-hour clock: 12:30 AM is 00:30, 12:30 PM is 12:30
        if (h < 1 || h > 12) {
            *error = u"\"%1\" is not a time of day"_s.arg(m.captured(0).trimmed());
            return std::nullopt;
        }
        h = h % 12 + (m.captured(4).toLower() == u"p" ? 12 : 0);
    }
    const int s = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (h > 23 || min > 59 || s > 59) {
        *error = u"\"%1\" is not a time of day"_s.arg(m.captured(0).trimmed());
        return std::nullopt;
    }
    QString time = u"%1:%2"_s.arg(h, 2, 10, QLatin1Char('0')).arg(min, 2, 10, QLatin1Char('0'));
    if (!m.captured(3).isEmpty())
        time += u":%1"_s.arg(s, 2, 10, QLatin1Char('0'));
    return time;
}

// A time's zone as EDTF writes it after the time ("Z", "-05:00"); empty for none, nullopt and a
// reason for a word that is no zone.
std::optional<QString> zoneSuffix(const QString &zone, QString *error)
{
    if (zone.isEmpty())
        return QString();
    std::optional<int> minutes;
    if (zone.front() == u'+' || zone.front() == u'-') {
        const QString digits = QString(zone).remove(u':');
        minutes = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * (zone.front() == u'-' ? -1 : 1);
    } else {
        minutes = zoneWordOffset(zone);
    }
    if (!minutes) {
        *error = u"unknown word \"%1\""_s.arg(zone);
        return std::nullopt;
    }
    if (*minutes == 0)
        return u"Z"_s;
    const int m = std::abs(*minutes);
    return u"%1%2:%3"_s.arg(QChar(*minutes < 0 ? u'-' : u'+')).arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

// Takes a time at the end of text, with its zone: "14:30", "14:30:05", "T14:30", "14:30:00 +0000",
// "2:30 PM EST". Returns it as EDTF writes it after the date, empty for none.
std::optional<QString> takeTime(QString *text, QString *error)
{
    static const QRegularExpression timeRe(u"[ T]"_s + kClockTime + uR"((?:\s*(Z|[+-]\d{2}:?\d{2}|\p{L}{2,5}))?$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = timeRe.match(*text);
    if (!m.hasMatch()) {
        // A date "in UTC" is the same date.
        static const QRegularExpression utc(uR"(\s+(?:UTC|GMT)$)"_s, QRegularExpression::CaseInsensitiveOption);
        text->remove(utc);
        return QString();
    }
    const std::optional<QString> clock = clockTime(m, error);
    if (!clock)
        return std::nullopt;
    const std::optional<QString> zone = zoneSuffix(m.captured(5), error);
    if (!zone)
        return std::nullopt;
    text->chop(m.capturedLength(0));
    // Apple's date and time styles join them with a word: "17 Mar 2008 at 14:30" (macOS and
    // iOS exports, Numbers), "17. März 2008 um 14:30", "17 mars 2008 à 14:30".
    static const QRegularExpression joiner(uR"(\s+(?:at|um|à|om|alle|às|в)$)"_s, QRegularExpression::CaseInsensitiveOption);
    text->remove(joiner);
    return *clock + *zone;
}

struct Era {
    bool given = false;
    bool bce = false;
};

// Takes an era before or after: "AD 33", "1550 BC", "44 B.C.E.".
Era takeEra(QString *text)
{
    if (const auto m = eraAfterRe().match(*text); m.hasMatch()) {
        text->chop(m.capturedLength(0));
        return {true, m.captured(1).at(0).toLower() == u'b'};
    }
    if (const auto b = eraBeforeRe().match(*text); b.hasMatch()) {
        text->remove(0, b.capturedLength(0));
        return {true, false};
    }
    return {};
}

// The numbers and month names of text, in order; a weekday's name goes to *weekday.
std::optional<std::vector<Token>> tokenize(const QString &text, int *weekday, QString *error)
{
    std::vector<Token> tokens;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            qsizetype j = i;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
            tokens.push_back({Token::Number, text.mid(i, j - i), 0, {}});
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < text.size() && text.at(j).isLetter())
                ++j;
            const QString word = text.mid(i, j - i);
            const QString lower = word.toLower();
            const bool ordinal = datewords::isOrdinalEnding(lower) && !tokens.empty() && tokens.back().kind == Token::Number && i > 0
                                 && text.at(i - 1).isDigit();
            if (const int month = monthFromWord(word); month != 0) {
                tokens.push_back({Token::Month, word, month, {}});
            } else if (const int day = ordinal ? 0 : weekdayFromWord(word); day != 0) {
                *weekday = day;
            } else if (!ordinal && !datewords::isFiller(lower)) {
                *error = u"unknown word \"%1\""_s.arg(word);
                return std::nullopt;
            }
            i = j;
        } else if (c == u'-' && (i == 0 || text.at(i - 1).isSpace()) && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            *error = u"a negative year comes first, then month and day (\"-0500-03-15\")"_s; // "March -500"
            return std::nullopt;
        } else if (c == u'/' || c == u'-' || c == u'.' || c == u',' || c.isSpace()) {
            if (!tokens.empty() && tokens.back().sepAfter.isNull())
                tokens.back().sepAfter = c.isSpace() ? QLatin1Char(' ') : c;
            ++i;
        } else {
            *error = u"unexpected character '%1'"_s.arg(c);
            return std::nullopt;
        }
    }
    return tokens;
}

// A number token as a day or month (more than four digits: 100, which is neither).
int dayOrMonth(const Token &t)
{
    return t.text.size() > 4 ? 100 : t.text.toInt();
}

// The date after a minus sign, p holding the weekday: year first, then month and day: "-500",
// "-0500-03", "-44-03-15".
std::optional<QString> negativeYearDate(const std::vector<Token> &tokens, Parts p, const QString &time, DayOrder order,
                                        QString *error)
{
    const bool yearFirst = !tokens.empty() && tokens.size() <= 3
                           && std::all_of(tokens.begin(), tokens.end(), [](const Token &t) { return t.kind == Token::Number; });
    if (!yearFirst) {
        *error = u"a negative year comes first, then month and day (\"-0500-03-15\")"_s;
        return std::nullopt;
    }
    if (tokens[0].text.size() > 12) {
        *error = u"year \"-%1\" is too large"_s.arg(tokens[0].text);
        return std::nullopt;
    }
    p.year = -tokens[0].text.toLongLong();
    p.month = tokens.size() > 1 ? dayOrMonth(tokens[1]) : 0;
    p.day = tokens.size() > 2 ? dayOrMonth(tokens[2]) : 0;
    return toEdtf(p, time, false, order, error);
}

// Reads the day and month of the forms understood into p, and returns the year as written (before
// its era); *numeric when day and month are numbers whose order the reading decides.
std::optional<std::int64_t> readForm(const std::vector<Token> &tokens, bool hasEra, const DateReading &reading, Parts *p,
                                     bool *numeric, QString *error)
{
    const int window = reading.twoDigitYearsFrom;
    auto isNum = [&](size_t i) { return tokens[i].kind == Token::Number; };
    auto num = [&](size_t i) { return dayOrMonth(tokens[i]); };
    if (tokens.size() == 1 && isNum(0) && !hasEra && tokens[0].text.size() == 8) {
        // ISO 8601 basic format, as GDELT and many exports write it: 20080317.
        p->month = tokens[0].text.mid(4, 2).toInt();
        p->day = tokens[0].text.mid(6, 2).toInt();
        return tokens[0].text.left(4).toLongLong();
    } else if (tokens.size() == 1 && isNum(0)) {
        if (!hasEra && tokens[0].text.size() > 4) {
            *error = u"\"%1\" is not a date (a spreadsheet's day number? format the column as dates before"
                     " exporting; years beyond 9999 are written Y12000)"_s.arg(tokens[0].text);
            return std::nullopt;
        }
        if (!hasEra && tokens[0].text.size() < 3) {
            *error = u"\"%1\" alone is not a date"_s.arg(tokens[0].text);
            return std::nullopt;
        }
        if (tokens[0].text.size() > 12) {
            *error = u"year \"%1\" is too large"_s.arg(tokens[0].text);
            return std::nullopt;
        }
        return tokens[0].text.toLongLong();
    } else if (tokens.size() == 2 && !isNum(0) && isNum(1)) { // March 2008; "Mar-08" as spreadsheets write it
        p->month = tokens[0].month;
        if (tokens[0].sepAfter != u'-' && tokens[1].text.size() <= 2 && !hasEra) {
            *error = u"a day without a year, or a two-digit year: write the full date"_s; // "March 17"
            return std::nullopt;
        }
        return yearValue(tokens[1], hasEra, window, error);
    } else if (tokens.size() == 2 && isNum(0) && isNum(1) && tokens[0].text.size() <= 2) { // 03/2008
        if (tokens[1].text.size() <= 2 && !hasEra) { // "17/3", "17.03.", "03/08"
            *error = u"a day and a month without a year, or a two-digit year: write the full date"_s;
            return std::nullopt;
        }
        p->month = num(0);
        return yearValue(tokens[1], hasEra, 0, error);
    } else if (tokens.size() == 3 && !isNum(0) && isNum(1) && isNum(2)) { // March 17, 2008
        p->month = tokens[0].month;
        p->day = num(1);
        return yearValue(tokens[2], hasEra, window, error);
    } else if (tokens.size() == 3 && isNum(0) && !isNum(1) && isNum(2)) { // 17 March 2008, 2008 Mar 17
        const bool yearFirst = tokens[0].text.size() > 2 && tokens[2].text.size() <= 2 && !hasEra;
        p->month = tokens[1].month;
        p->day = num(yearFirst ? 2 : 0);
        return yearValue(tokens[yearFirst ? 0 : 2], hasEra, window, error);
    } else if (tokens.size() == 3 && isNum(0) && isNum(1) && isNum(2)) {
        if (tokens[0].text.size() >= 3 && !hasEra) { // 2008/03/17
            p->month = num(1);
            p->day = num(2);
            return tokens[0].text.toLongLong();
        }
        *numeric = tokens[0].sepAfter != u'.';
        const bool dayFirst = !*numeric || reading.order == DayOrder::DayFirst;
        p->day = num(dayFirst ? 0 : 1);
        p->month = num(dayFirst ? 1 : 0);
        return yearValue(tokens[2], hasEra, window, error);
    }
    *error = tokens.empty() ? u"no date"_s : u"not a date form that is understood"_s;
    return std::nullopt;
}

// One date without qualifiers or ranges: returns its EDTF text.
std::optional<QString> parseSingle(QString text, const DateReading &reading, QString *error)
{
    const std::optional<QString> time = takeTime(&text, error);
    if (!time)
        return std::nullopt;
    const Era era = takeEra(&text);
    // A year written with thousands separators ("1,850", "12,000 BC", "1.850", "1 850"): its
    // digits, not a month and a year.
    static const QRegularExpression grouped(uR"(^\d{1,3}(?:[,. ]\d{3})+$)"_s);
    if (grouped.match(text).hasMatch())
        text.removeIf([](QChar c) { return c == u',' || c == u'.' || c == u' '; });

    // A minus before the year: astronomical numbering, as EDTF and spreadsheets write it
    // ("-500" is 501 BC). Without this the minus would read as a separator, giving 500 AD.
    const bool negative = text.size() > 1 && text.at(0) == u'-' && text.at(1).isDigit();
    if (negative) {
        if (era.given) {
            *error = u"a minus sign and an era: write \"-500\" or \"501 BC\""_s;
            return std::nullopt;
        }
        text.remove(0, 1);
    }

    Parts p;
    const std::optional<std::vector<Token>> tokens = tokenize(text, &p.weekday, error);
    if (!tokens)
        return std::nullopt;
    if (negative)
        return negativeYearDate(*tokens, p, *time, reading.order, error);
    bool numeric = false;
    const std::optional<std::int64_t> year = readForm(*tokens, era.given, reading, &p, &numeric, error);
    if (!year)
        return std::nullopt;
    p.year = *year;
    if (era.given) {
        if (p.year == 0) {
            *error = u"there is no year 0 in BC/AD counting"_s;
            return std::nullopt;
        }
        if (era.bce)
            p.year = 1 - p.year; // astronomical numbering: 1 BC is year 0
    }
    return toEdtf(p, *time, numeric, reading.order, error);
}

// A single date with its qualifiers: "c. 1550", "1550?", "before 26 March 2008".
// Dates written out in words, as people (and Dateline's own display) write them: "the 1850s",
// "Spring 2008", "the 19th century", "early 2008", "Q1 2008", "mid-March 2008". The article
// tagger reads them; its reading is taken when one expression is the whole text (a leading "the"
// or "in" aside) and names the same date whatever day it is read on, so nothing relative ("last
// spring") gets in. nullopt otherwise.
std::optional<QString> writtenOutDate(const QString &text)
{
    static const extract::TimexTagger early(CivilDate{1901, 6, 15}), late(CivilDate{2099, 6, 15});
    const std::vector<extract::Timex> found = early.tag(text);
    if (found.size() != 1 || found[0].type != extract::Timex::Type::Date || found[0].edtf.isEmpty())
        return std::nullopt;
    const extract::Timex &t = found[0];
    const QString before = text.left(t.start).trimmed().toLower(), after = text.mid(t.end).trimmed();
    if ((!before.isEmpty() && before != u"in") || (!after.isEmpty() && after != u"."))
        return std::nullopt;
    const std::vector<extract::Timex> again = late.tag(text);
    if (again.size() != 1 || again[0].edtf != t.edtf)
        return std::nullopt;
    return t.edtf;
}

std::optional<QString> parseQualified(QString text, const DateReading &reading, QString *error)
{
    if (const FuzzyDate edtf = FuzzyDate::fromEdtf(text); edtf.isValid())
        return edtf.toEdtf();
    static const QRegularExpression approx(uR"(^(?:c\.|ca\.?|circa|about|approx\.?|approximately|around|~)\s*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bound(uR"(^(before|after|not before|not after|by)\s+)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QString boundWord;
    if (const auto m = bound.match(text); m.hasMatch()) {
        boundWord = m.captured(1).toLower();
        text.remove(0, m.capturedLength(0));
    }
    bool approximate = false, uncertain = false;
    if (const auto m = approx.match(text); m.hasMatch()) {
        approximate = true;
        text.remove(0, m.capturedLength(0));
    }
    if (text.endsWith(u'?')) {
        uncertain = true;
        text.chop(1);
        text = text.trimmed();
    }
    std::optional<QString> edtf = parseSingle(text, reading, error);
    if (!edtf) {
        // Written out in words the parser does not know (numbers it refused stay refused: a month
        // 17, a two-digit year). Taken alone, as a qualifier or bound cannot apply to a span.
        if (!error->startsWith(u"unknown word"_s))
            return std::nullopt;
        edtf = writtenOutDate(text);
        const bool qualified = approximate || uncertain || !boundWord.isEmpty();
        if (!edtf || (qualified && edtf->contains(u'/')))
            return std::nullopt;
        error->clear();
    }
    if (approximate && uncertain)
        *edtf += u'%';
    else if (approximate)
        *edtf += u'~';
    else if (uncertain)
        *edtf += u'?';
    if (boundWord == u"before" || boundWord == u"not after" || boundWord == u"by")
        *edtf = u"[..%1]"_s.arg(*edtf);
    else if (boundWord == u"after" || boundWord == u"not before")
        *edtf = u"[%1..]"_s.arg(*edtf);
    return edtf;
}

// Ranges people write with a hyphen, with a dash instead: "17-18 March 2008", "March 17-18, 2008",
// "1914-1918", "44-42 BC". Other hyphens separate the parts of one date ("17-03-2008",
// "17-Mar-2008", "1914-12").
QString hyphenRangeAsDash(const QString &text, bool yearRanges)
{
    static const QRegularExpression forms[] = {
        QRegularExpression(uR"(^(\d{1,2})-(\d{1,2}\s+\p{L}))"_s),                   // days, then the month
        QRegularExpression(uR"(^(\p{L}+\.?\s+\d{1,2})-(\d{1,2},?\s+\d{3,4})$)"_s),  // month, days, year
        QRegularExpression(uR"(^(\d{3,4})-(\d{3,4})$)"_s),                            // years
        QRegularExpression(uR"(^(\d{1,4})-(\d{1,4}\s*(?:B\.?\s?C|A\.?D|C\.?E).*)$)"_s,
                           QRegularExpression::CaseInsensitiveOption), // years of an era
    };
    for (const QRegularExpression &form : forms) {
        if (const auto m = form.match(text); m.hasMatch())
            return text.left(m.capturedEnd(1)) + u'–' + text.mid(m.capturedStart(2));
    }
    // "Jan-Mar 2008", "March-April 2008": two months' names, then the year
    static const QRegularExpression months(uR"(^(\p{L}+\.?)-(\p{L}+\.?\s+\d{3,4})$)"_s);
    if (const auto m = months.match(text);
        m.hasMatch() && monthFromWord(m.captured(1).remove(u'.')) != 0 && monthFromWord(m.captured(2).section(u' ', 0, 0).remove(u'.')) != 0)
        return m.captured(1) + u'–' + m.captured(2);
    // "1990–95", "1990-95", "1914-18": the end's century is the start's, when that makes it later.
    // With a hyphen, only an end that cannot be EDTF's month (01–12) or season (21–41): "2008-12" is
    // December and "1918-21" spring 1918; "1914-18" (no month 18) when the reading allows it.
    static const QRegularExpression shortEnd(uR"(^(\d{2})(\d{2})\s*([-–])\s*(\d{2})$)"_s);
    if (const auto m = shortEnd.match(text); m.hasMatch()) {
        const int end = m.captured(4).toInt();
        const bool edtfPart = (end >= 1 && end <= 12) || (end >= 21 && end <= 41);
        if (end > m.captured(2).toInt() && (m.captured(3) == u"–" || end > 41 || (yearRanges && !edtfPart)))
            return m.captured(1) + m.captured(2) + u'–' + m.captured(1) + m.captured(4);
    }
    return text;
}

// ISO 8601 timestamps as programs write them: a space for the T, fractions of a second
// (JavaScript's toISOString, pandas), offsets without a colon. Dateline keeps whole seconds.
// nullopt when text is none; an invalid date and *message when it is one that is wrong.
std::optional<FuzzyDate> isoTimestamp(const QString &text, QString *message)
{
    static const QRegularExpression timestamp(
        uR"(^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:[.,]\d+)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?$)"_s);
    const auto m = timestamp.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString offset = m.captured(3);
    if (offset.size() == 5) // +0100
        offset.insert(3, u':');
    else if (offset.size() == 3) // +01
        offset += u":00"_s;
    if (FuzzyDate date = FuzzyDate::fromEdtf(m.captured(1) + u'T' + m.captured(2) + offset, message); date.isValid())
        return date;
    return FuzzyDate();
}

// ISO 8601 week dates: "2008-W12" is its Monday to Sunday, "2008-W12-1" (or "2008W121") the day.
// nullopt when text is none; an invalid date and *message when it is one that is wrong.
std::optional<FuzzyDate> isoWeekDate(const QString &text, QString *message)
{
    static const QRegularExpression isoWeek(uR"(^(\d{4})-?W(\d{2})(?:-?([1-7]))?$)"_s);
    const auto m = isoWeek.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    namespace tv = extract::timexvalue;
    const std::int64_t year = m.captured(1).toLongLong();
    const int week = m.captured(2).toInt();
    const std::int64_t monday = tv::isoWeekStart(year, week);
    // (a 53rd week only in the years that have one)
    if (week < 1 || tv::isoWeekStart(year + 1, 1) <= monday) {
        *message = u"%1 has no week %2"_s.arg(m.captured(1), m.captured(2));
        return FuzzyDate();
    }
    const QString edtf = m.captured(3).isEmpty() ? tv::day(monday) + u'/' + tv::day(monday + 6)
                                                 : tv::day(monday + m.captured(3).toInt() - 1);
    return FuzzyDate::fromEdtf(edtf, message);
}

// Open ranges: "since 2008", "2008–", "2008 - present" go on; "until May 2008", "–2008" began
// at a time not given. nullopt when text is none; an invalid date and *message when its date is
// wrong, or already a range.
std::optional<FuzzyDate> openRange(const QString &text, const DateReading &reading, QString *message)
{
    static const QRegularExpression since(uR"(^since\s+(.+)$)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression until(uR"(^(?:(?:until|till)\s+|[–—]\s*)(.+)$)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ongoing(uR"(^(.+?)\s*(?:[-–—]|\s(?:-|to|until)\s+(?:present|now|today|ongoing|date))$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    for (const auto &[form, openEnd] : {std::pair{&since, true}, std::pair{&until, false}, std::pair{&ongoing, true}}) {
        const auto m = form->match(text);
        if (!m.hasMatch())
            continue;
        QString why;
        const std::optional<QString> known = parseQualified(m.captured(1), reading, &why);
        if (!known || known->contains(u'/') || known->startsWith(u'[')) {
            *message = known ? u"\"%1\" is already a range"_s.arg(m.captured(1)) : why;
            return FuzzyDate();
        }
        return FuzzyDate::fromEdtf(openEnd ? *known + u"/.."_s : u"../"_s + *known, message);
    }
    return std::nullopt;
}

// A range's start; "17 March – 6 April 2008", "17–18 Mar 2008": a start without a year borrows
// the end's year, or its month and year. *why says why the start as written is no date.
std::optional<QString> rangeStart(const QString &from, const QString &to, const DateReading &reading, QString *why)
{
    std::optional<QString> start = parseQualified(from, reading, why);
    static const QRegularExpression monthYear(uR"((\p{L}+\.?\s+\d{3,4})$)"_s);
    static const QRegularExpression yearOnly(uR"(\s(\d{3,4})$)"_s);
    for (const QRegularExpression *tail : {&yearOnly, &monthYear}) {
        if (start)
            break;
        if (const auto m = tail->match(to); m.hasMatch()) {
            QString ignored;
            start = parseQualified(from + u' ' + m.captured(1), reading, &ignored);
        }
    }
    return start;
}

// A range's end; "March 17–18, 2008": an end without a month borrows the start's.
std::optional<QString> rangeEnd(const QString &from, const QString &to, const DateReading &reading, QString *why)
{
    std::optional<QString> end = parseQualified(to, reading, why);
    static const QRegularExpression leadingMonth(uR"(^(\p{L}+)\.?\s+\d)"_s);
    if (const auto month = leadingMonth.match(from); !end && month.hasMatch() && monthFromWord(month.captured(1)) != 0) {
        QString ignored;
        end = parseQualified(month.captured(1) + u' ' + to, reading, &ignored);
    }
    return end;
}

// Two dates as the EDTF interval from one to the other; nullopt and *message naming the end
// that is no date.
std::optional<QString> closedRange(QString from, const QString &to, const DateReading &reading, QString *message)
{
    // An era after the range belongs to both ends ("200–100 BC"), unless the start has its own.
    if (const auto era = eraAfterRe().match(to);
        era.hasMatch() && !eraAfterRe().match(from).hasMatch() && !eraBeforeRe().match(from).hasMatch())
        from += era.captured(0);
    QString why; // the same for both ends, as each end's reading sets it when it fails
    const std::optional<QString> start = rangeStart(from, to, reading, &why);
    if (!start) {
        *message = u"start \"%1\": %2"_s.arg(from, why);
        return std::nullopt;
    }
    const std::optional<QString> end = rangeEnd(from, to, reading, &why);
    if (!end) {
        *message = u"end \"%1\": %2"_s.arg(to, why);
        return std::nullopt;
    }
    return *start + u'/' + *end;
}

// A range, "A - B", "A – B", "A — B", "A to B" (both sides must parse), else a single date, whose
// end is open after "from". Returns its EDTF text; nullopt and *message when it is no date.
std::optional<QString> rangeOrSingle(const QString &text, bool afterFrom, const DateReading &reading, QString *message)
{
    static const QRegularExpression rangeSep(uR"(\s+-\s+|\s*[–—]\s*|\s+to\s+|\s+until\s+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QString dashed = hyphenRangeAsDash(text, reading.hyphenYearRanges);
    if (const auto m = rangeSep.match(dashed); m.hasMatch())
        return closedRange(dashed.left(m.capturedStart(0)), dashed.mid(m.capturedEnd(0)), reading, message);
    const std::optional<QString> single = parseQualified(text, reading, message);
    if (!single)
        return std::nullopt;
    return afterFrom && !single->startsWith(u'[') ? *single + u"/.."_s : *single;
}

} // namespace

FuzzyDate parseDateForm(QStringView input, const DateReading &reading, QString *error)
{
    QString local;
    QString &message = error ? *error : local;
    message.clear();
    const QString whole = input.toString().simplified();
    if (whole.isEmpty()) {
        message = u"no date"_s;
        return {};
    }
    if (FuzzyDate date = FuzzyDate::fromEdtf(whole); date.isValid())
        return date;
    if (std::optional<FuzzyDate> date = isoTimestamp(whole, &message))
        return *date;
    if (std::optional<FuzzyDate> date = isoWeekDate(whole, &message))
        return *date;
    // "from 17 March to 6 April 2008" is a range; "from Mar 2008" (as Dateline shows an open end)
    // goes on.
    static const QRegularExpression from(uR"(^from\s+(.+)$)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto fromMatch = from.match(whole);
    const QString text = fromMatch.hasMatch() ? fromMatch.captured(1) : whole;
    if (std::optional<FuzzyDate> date = openRange(text, reading, &message))
        return *date;
    const std::optional<QString> edtf = rangeOrSingle(text, fromMatch.hasMatch(), reading, &message);
    if (!edtf)
        return {};
    return FuzzyDate::fromEdtf(*edtf, &message);
}

std::optional<int> zoneWordOffset(QStringView word)
{
    // The zone names JavaScript's Date.parse knows, and the European, Moscow, Japanese and eastern
    // Australian ones; not the ambiguous (IST, BST).
    static const QHash<QString, int> zones = {
        {u"gmt"_s, 0},     {u"utc"_s, 0},     {u"ut"_s, 0},      {u"z"_s, 0},       {u"est"_s, -300},
        {u"edt"_s, -240},  {u"cst"_s, -360},  {u"cdt"_s, -300},  {u"mst"_s, -420},  {u"mdt"_s, -360},
        {u"pst"_s, -480},  {u"pdt"_s, -420},  {u"wet"_s, 0},     {u"west"_s, 60},   {u"cet"_s, 60},
        {u"cest"_s, 120},  {u"eet"_s, 120},   {u"eest"_s, 180},  {u"msk"_s, 180},   {u"jst"_s, 540},
        {u"aest"_s, 600},  {u"aedt"_s, 660}};
    const auto found = zones.constFind(word.toString().toLower());
    return found == zones.cend() ? std::nullopt : std::optional(*found);
}

std::optional<QString> parseClockTime(QStringView text, QString *error)
{
    static const QRegularExpression whole(u"^\\s*"_s + kClockTime + u"\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = whole.match(text);
    if (!m.hasMatch()) {
        *error = u"\"%1\" is not a time of day (like 14:30 or 2:30 PM)"_s.arg(text.trimmed());
        return std::nullopt;
    }
    return clockTime(m, error);
}

DayOrder guessDayOrder(const QStringList &samples, DayOrder fallback, bool *sawNumeric, bool *disagree)
{
    static const QRegularExpression numeric(uR"(^\s*(\d{1,2})[/\-](\d{1,2})[/\-]\d{2,}\b)"_s);
    bool firstBig = false, secondBig = false;
    for (const QString &s : samples) {
        const auto m = numeric.match(s);
        if (!m.hasMatch())
            continue;
        if (sawNumeric)
            *sawNumeric = true;
        firstBig |= m.captured(1).toInt() > 12;
        secondBig |= m.captured(2).toInt() > 12;
    }
    if (disagree)
        *disagree = firstBig && secondBig;
    if (firstBig && !secondBig)
        return DayOrder::DayFirst;
    if (secondBig && !firstBig)
        return DayOrder::MonthFirst;
    return fallback;
}

std::optional<int> twoDigitYearsFromText(QStringView text)
{
    bool ok = false;
    const int year = text.trimmed().toInt(&ok);
    return ok && text.trimmed().size() == 4 && year >= 1000 ? std::optional(year) : std::nullopt;
}

} // namespace dateline
