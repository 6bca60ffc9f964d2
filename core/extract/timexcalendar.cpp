// Seasons, quarters and halves, holidays and clock times.
#include "core/extract/timexrules.h"

#include "core/extract/holidays.h"
#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"

#include <QSet>

namespace dateline::extract {

namespace tv = timexvalue;

TimexRules::Match TimexRules::season(int i)
{
    // "spring 2008", "the spring of 2008", "in the summer", "this fall" (the last in shifted())
    const bool the = word(i, u"the");
    const int j = the ? i + 1 : i;
    const Token *a = tok(j);
    const int s = a && a->isWord() ? lexicon::season(a->lower) : 0;
    if (!s)
        return {};
    int end = j + 1, ye = 0;
    std::int64_t year = 0;
    if (word(end, u"of") && (yearNumber(end + 1, ye, year) || yearWords(end + 1, ye, year)))
        end = ye;
    else if (yearNumber(end, ye, year))
        end = ye;
    else {
        const Token *p = tok(i - 1);
        const bool temporalPrep = p && (p->is(u"in") || p->is(u"during") || p->is(u"by") || p->is(u"since")
                                        || p->is(u"until") || p->is(u"early") || p->is(u"late") || p->is(u"this")
                                        || p->is(u"mid") || p->isPunct(u'-'));
        if (!the && !temporalPrep)
            return {};
        // "in the summer", "pencilled in for the spring", "before the autumn" (not "the spring of a trap")
        static const QSet<QString> seasonPreps = {
            QStringLiteral("in"), QStringLiteral("during"), QStringLiteral("by"), QStringLiteral("since"),
            QStringLiteral("until"), QStringLiteral("till"), QStringLiteral("over"), QStringLiteral("through"),
            QStringLiteral("throughout"), QStringLiteral("for"), QStringLiteral("before"), QStringLiteral("after"),
            QStringLiteral("into"), QStringLiteral("from")};
        if (the && !(p && p->isWord() && seasonPreps.contains(p->lower)))
            return {};
        if (a->lower == u"fall" && !the && !temporalPrep)
            return {};
        const Tense tense = tenseAround(i);
        year = resolveYear(i, s == 4 ? 1 : s * 3 + 1, 0, tense);
        // "prices rose over the summer", written in May: a season not yet begun cannot be past
        if (tense == Tense::Past && s != 4 && tv::days(year, s * 3, 21) > dct)
            --year;
    }
    Match m;
    m.end = end;
    m.value = tv::season(year, s);
    m.refDay = tv::days(year, s == 4 ? 12 : s * 3, 1);
    m.refUnit = 'M';
    return m;
}

TimexRules::Match TimexRules::quarter(int i)
{
    for (Match (TimexRules::*rule)(int) : {&TimexRules::yearAgoPeriod, &TimexRules::fiscalYearEnded, &TimexRules::reportingPeriod})
        if (Match m = (this->*rule)(i); m.end > 0)
            return m;
    return namedQuarter(i);
}

// "a year-earlier loss", "year-ago results": the same period a year before (span without "a")
TimexRules::Match TimexRules::yearAgoPeriod(int i)
{
    if (word(i, u"year") && punct(i + 1, u'-') && joined(i + 1) && (word(i + 2, u"earlier") || word(i + 2, u"ago"))
        && !word(i - 1, u"the")) {
        Match m;
        m.end = i + 3;
        if (word(m.end, u"quarter") || word(m.end, u"period"))
            ++m.end;
        m.value = quarterInSight(i) ? quarterBefore(1) : tv::year(tv::yearOf(dct) - 1);
        m.comparison = true;
        return m;
    }
    return {};
}

// "the year ended Aug. 31", "the fiscal year ending June 30": a year-long period named by its end
TimexRules::Match TimexRules::fiscalYearEnded(int i)
{
    if (word(i, u"the")) {
        const int y = word(i + 1, u"fiscal") ? i + 2 : i + 1;
        if (word(y, u"year") && (word(y + 1, u"ended") || word(y + 1, u"ending"))) {
            Match m;
            m.end = y + 1;
            m.type = Timex::Type::Duration;
            m.value = QStringLiteral("P1Y");
            return m;
        }
    }
    return {};
}

// "the quarter", "the latest quarter" in results reporting: the last completed one;
// "the current quarter", "this quarter": the creation date's.
TimexRules::Match TimexRules::reportingPeriod(int i)
{
    if ((word(i, u"the") || word(i, u"this")) ) {
        int k = i + 1;
        int offset = word(i, u"this") ? 0 : -1;
        if (word(k, u"latest") || word(k, u"recent") || word(k, u"past") || word(k, u"last"))
            ++k;
        else if (word(k, u"current")) {
            offset = 0;
            ++k;
        }
        // "the year-earlier quarter", "the year-ago period": the same quarter a year before
        bool yearAgo = false;
        if (word(k, u"comparable"))
            ++k;
        if (word(k, u"year") && punct(k + 1, u'-') && (word(k + 2, u"earlier") || word(k + 2, u"ago"))) {
            yearAgo = true;
            k += 3;
        }
        if (word(k, u"fiscal"))
            ++k;
        if (yearAgo) {
            // "the year-earlier third quarter" names its quarter; otherwise the one last named
            int qe = 0;
            const int q = ordinalAt(k, qe);
            if (q >= 1 && q <= 4 && word(qe, u"quarter")) {
                Match m;
                m.end = qe + 1;
                m.value = tv::quarter(tv::yearOf(dct) - 1 - (q > (tv::monthOf(dct) - 1) / 3 + 1 ? 1 : 0), q);
                m.comparison = true;
                return m;
            }
            if (word(k, u"quarter") || word(k, u"period")) {
                Match m;
                m.end = k + 1;
                m.value = lastQuarter >= 0 ? quarterBefore(1) : unitValue(dct, QStringLiteral("Q"), offset - 4);
                m.comparison = true;
                return m;
            }
        }
        if (lastQuarter >= 0 && word(k, u"period") && (word(k - 1, u"latest") || word(k - 1, u"recent"))) {
            Match m; // "the latest period": the quarter being reported
            m.end = k + 1;
            m.value = quarterBefore(0);
            return m;
        }
        // "the fiscal year", "the full year", "the current fiscal year"
        if ((word(k, u"year") && (word(k - 1, u"fiscal") || word(k - 1, u"full") || word(k - 1, u"current"))) && !word(k + 1, u"-")
            && !word(k + 1, u"ago") && !word(k + 1, u"earlier")) {
            Match m;
            m.end = k + 1;
            m.value = tv::year(tv::yearOf(dct) + ((word(k - 2, u"latest") || word(k - 1, u"latest")) ? -1 : 0));
            return m;
        }
        if (word(k, u"full") && word(k + 1, u"year")) {
            Match m;
            m.end = k + 2;
            m.value = tv::year(tv::yearOf(dct));
            return m;
        }
        if (word(k, u"quarter") && !word(k + 1, u"of") && !(word(k + 1, u"-") ) && !(k == i + 1 && word(i, u"the") && tenseAround(i) == Tense::Future)) {
            Match m;
            m.end = k + 1;
            m.value = unitValue(dct, QStringLiteral("Q"), offset);
            return m;
        }
    }
    return {};
}

// "the third quarter", "third-quarter", "the fourth quarter of 1990", "Q3 2008", "the first half"
TimexRules::Match TimexRules::namedQuarter(int i)
{
    int j = i;
    bool the = false;
    std::int64_t year = 0;
    bool haveYear = false;
    int ye = 0;
    if ((word(j, u"next") || word(j, u"last") || word(j, u"this")) && word(j + 1, u"year") && punct(j + 2, u'\'')
        && word(j + 3, u"s") && joined(j + 3)) {
        // "next year's first quarter", "last year's second half": that year's
        year = tv::yearOf(dct) + (word(j, u"last") ? -1 : word(j, u"next") ? 1 : 0);
        haveYear = true;
        j += 4;
    } else if (word(j, u"the") || word(j, u"this")) {
        the = true;
        ++j;
    }
    if (!haveYear && yearNumber(j, ye, year)) {
        j = ye;
        haveYear = true;
    }
    if (haveYear && the && (word(j, u"quarter") || word(j, u"period"))) {
        // "the 1988 quarter", "the 1989 period": that year's quarter of the one being reported
        Match m;
        m.end = j + 1;
        m.value = lastQuarter >= 0 ? tv::quarter(year, int(lastQuarter % 4) + 1) : tv::year(year);
        m.comparison = true;
        return m;
    }
    if (word(j, u"fiscal"))
        ++j;
    int e = 0, q = 0;
    bool half = false;
    const Token *a = tok(j);
    if (a && a->isWord() && a->lower.size() == 1 && a->lower == u"q" && a->capitalised && isNumberTok(j + 1)
        && joined(j + 1) && t[size_t(j + 1)].number >= 1 && t[size_t(j + 1)].number <= 4) {
        q = int(t[size_t(j + 1)].number);
        e = j + 2;
    } else {
        q = ordinalAt(j, e);
        // "the last half of 1989", "the last quarter of the year": the final one of the year named
        const bool lastOf = the && !haveYear && word(j, u"last") && (word(j + 1, u"half") || word(j + 1, u"quarter"))
                            && word(j + 2, u"of");
        if (lastOf) {
            int yEnd = 0;
            std::int64_t y = 0;
            if (!yearNumber(j + 3, yEnd, y) && !word(j + 4, u"year"))
                return {}; // "the last quarter of the decade" is not read
            q = word(j + 1, u"half") ? 2 : 4;
            e = j + 1;
        }
        if (!q && isNumberTok(j) && !dayNumber(j, e, q))
            return {};
        if (q < 1 || q > 4)
            return {};
        const bool hyphen = punct(e, u'-') && joined(e);
        if (hyphen)
            ++e;
        if (word(e, u"half") && q <= 2)
            half = true;
        else if (!word(e, u"quarter"))
            return {};
        ++e;
        // "the second half of March": the month's first or last fifteen days or so
        if (half && the && word(e, u"of")) {
            if (Match month = monthDate(e + 1); month.end > 0 && month.value.size() == 7) {
                const std::int64_t y = month.value.left(4).toLongLong();
                const int mo = month.value.mid(5, 2).toInt();
                month.mod = q == 1 ? QStringLiteral("START") : QStringLiteral("END");
                month.edtf = tv::day(tv::days(y, mo, q == 1 ? 1 : 16)) + u'/'
                    + tv::day(q == 1 ? tv::days(y, mo, 15) : tv::addMonths(tv::days(y, mo, 1), 1) - 1);
                return month;
            }
        }
        // "the first half" of a game is no date; "first-half profit" in results reporting is
        static const QSet<QString> results = {
            QStringLiteral("profit"), QStringLiteral("profits"), QStringLiteral("results"), QStringLiteral("earnings"),
            QStringLiteral("net"), QStringLiteral("sales"), QStringLiteral("revenue"), QStringLiteral("revenues"),
            QStringLiteral("loss"), QStringLiteral("losses"), QStringLiteral("growth"), QStringLiteral("output"),
            QStringLiteral("deficit"), QStringLiteral("surplus"), QStringLiteral("figures"), QStringLiteral("income")};
        if (half && !the && !haveYear && !word(e, u"of") && !(hyphen && tok(e) && results.contains(t[size_t(e)].lower)))
            return {};
    }
    if (!haveYear)
        year = quarterYear(i, e, q, half);
    Match m;
    m.end = e;
    m.value = half ? tv::half(year, q) : tv::quarter(year, q);
    m.refDay = tv::days(year, half ? 6 * q - 5 : 3 * q - 2, 1);
    m.refUnit = 'M';
    return m;
}


// The year of a quarter or half named without one before it: after it ("of 1990", "of next year"),
// else the creation date's, or the year before for a quarter still to come that is not planned. e
// moves past the year's words.
std::int64_t TimexRules::quarterYear(int i, int &e, int q, bool half)
{
    std::int64_t year = 0;
    int ye = 0;
    if ((word(e, u"of") || punct(e, u',')) && (word(e + 1, u"fiscal") ? yearNumber(e + 2, ye, year) : yearNumber(e + 1, ye, year))) {
        e = ye;
    } else if (yearNumber(e, ye, year)) {
        e = ye;
    } else if (word(e, u"of") && (word(e + 1, u"the") || word(e + 1, u"this") || word(e + 1, u"last") || word(e + 1, u"next"))
               && word(e + 2, u"year")) {
        // "the second half of the year", "the first quarter of next year"
        year = word(e + 1, u"the") ? yearInView(e)
                                   : tv::yearOf(dct) + (word(e + 1, u"last") ? -1 : word(e + 1, u"next") ? 1 : 0);
        e += 3;
    } else {
        const int current = half ? (tv::monthOf(dct) - 1) / 6 + 1 : (tv::monthOf(dct) - 1) / 3 + 1;
        year = tv::yearOf(dct);
        if (q > current && tenseAround(i) != Tense::Future)
            year -= 1;
    }
    return year;
}
TimexRules::Match TimexRules::monthNamed(int i)
{
    // The words that name a month belong to it; its tense is read as for "in May" (tenseAround).
    int j = i + 1;
    if (!word(i, u"the"))
        return {};
    if (word(j, u"holy"))
        ++j;
    if (!word(j, u"month") || !word(j + 1, u"of"))
        return {};
    const Match m = std::max(monthDate(j + 2), holiday(j + 2), [](const Match &x, const Match &y) { return x.end < y.end; });
    return m.type == Timex::Type::Date ? m : Match{};
}

TimexRules::Match TimexRules::holiday(int i)
{
    const Token *a = tok(i);
    if (!a || !a->isWord() || !a->capitalised)
        return {};
    QString words[4];
    int count = 0;
    for (; count < 4 && tok(i + count); ++count) {
        const Token &w = t[size_t(i + count)];
        if (w.kind == Token::Kind::Number)
            break;
        words[count] = w.lower;
    }
    int id = 0;
    const int used = holidays::match(words, count, id);
    if (!used)
        return {};
    int end = i + used;
    // "St. Patrick's Cathedral": a saint's name is a holiday only as "St. Patrick's Day"
    if ((words[0] == u"st" || words[0] == u"saint") && !word(end + (word(end, u"s") ? 1 : 0), u"day"))
        return {};
    if (punct(end - 1, u'\'') && word(end, u"s") && joined(end))
        ++end; // "St. Patrick's"
    // "the Good Friday Agreement", "the Tet Offensive", "the Yom Kippur War": a holiday in a name
    static const QSet<QString> inNames = {QStringLiteral("agreement"), QStringLiteral("accord"), QStringLiteral("accords"),
                                          QStringLiteral("offensive"), QStringLiteral("war"), QStringLiteral("rising"),
                                          QStringLiteral("island"), QStringLiteral("islands"), QStringLiteral("uprising"),
                                          QStringLiteral("massacre"), QStringLiteral("revolution"), QStringLiteral("treaty")};
    if (const Token *next = tok(end); next && next->isWord() && next->capitalised && inNames.contains(next->lower))
        return {};
    // "New Year's Eve", "Easter eve": the day before the holiday itself
    const int eve = word(end, u"eve") && !word(end - 1, u"eve") ? -1 : 0;
    if (word(end, u"day") || word(end, u"eve"))
        ++end;
    // "Easter week", "Christmas week": the week holding the holiday
    const bool week = !eve && word(end, u"week") && !(punct(end + 1, u'\'') && word(end + 2, u"s"));
    if (week)
        ++end;
    std::int64_t year = 0;
    int ye = 0;
    if (yearNumber(end, ye, year))
        end = ye;
    else {
        year = tv::yearOf(dct);
        // "returned from its Christmas recess", "Easter holiday traffic": a holiday before a noun
        // names its nearest occurrence whatever the clause's tense says of the noun
        const Token *next = tok(end);
        const bool modifier = next && next->isWord() && !next->capitalised && !week && next->lower != u"and"
            && next->lower != u"or" && next->lower.size() > 2 && lexicon::weekday(next->lower) == 0;
        const Tense tense = modifier ? Tense::Unknown : tenseAround(i);
        // a week counts as begun from its Monday and as still to come up to its Sunday
        const std::int64_t d = holidays::day(id, year);
        const std::int64_t first = week ? d - (tv::isoWeekday(d) - 1) : d;
        // (and a month-long one as still on until its last day: "demands a ceasefire during Ramadan",
        // written in its third week, is this Ramadan)
        const std::int64_t last = week ? first + 6 : holidays::approximate(id) ? holidays::lastDay(id, year) : d;
        if (tense == Tense::Past && first > dct)
            --year;
        else if (tense == Tense::Future && last < dct)
            ++year;
        else if (tense != Tense::Past && tense != Tense::Future) {
            // no tense to go by: the nearest occurrence ("Christmas sales", read in January, were last
            // December's)
            const std::int64_t before = holidays::day(id, year - 1), after = holidays::day(id, year + 1);
            const auto gap = [this](std::int64_t x) { return x > dct ? x - dct : dct - x; };
            if (gap(before) < gap(d) && gap(before) < gap(after))
                --year;
            else if (gap(after) < gap(d))
                ++year;
        }
    }
    if (week) {
        Match m;
        m.end = end;
        m.value = tv::isoWeek(holidays::day(id, year));
        return m;
    }
    Match m = withPartOfDay(dayMatch(end, holidays::day(id, year) + eve));
    if (holidays::approximate(id) && m.edtf.isEmpty() && m.type == Timex::Type::Date) {
        // "Ramadan": the month of fasting as an interval; each end a day or two uncertain
        const std::int64_t last = holidays::lastDay(id, year);
        m.edtf = m.value + u'~' + (last != holidays::day(id, year) ? u'/' + tv::day(last) + u'~' : QString());
    }
    return m;
}

TimexRules::Match TimexRules::clockTime(int i)
{
    // "5 p.m.", "10:30 a.m. EST", "17:00 GMT", "noon", "midnight", optionally followed by the day.
    int e = i, hour = -1, minute = 0;
    const Token *a = tok(i);
    if (!a)
        return {};
    if ((a->is(u"noon") || a->is(u"midday") || a->is(u"midnight")) && !word(i - 1, u"high")) { // "high noon": an idiom
        hour = a->is(u"midnight") ? 24 : 12;
        e = i + 1;
    } else if (a->isNumber() && a->number == 12 && a->digits == 2 && (word(i + 1, u"noon") || word(i + 1, u"midnight"))) {
        hour = word(i + 1, u"midnight") ? 24 : 12; // "12 noon"
        e = i + 2;
    } else if (a->isNumber() && a->digits == 4 && a->number % 100 < 60 && a->number / 100 < 24 && !punct(i - 1, u'(')
               && tok(i + 1) && t[size_t(i + 1)].isWord()
               && ((t[size_t(i + 1)].capitalised && lexicon::timeZone(t[size_t(i + 1)].lower))
                   || (word(i + 1, u"local") && word(i + 2, u"time")))) { // "0700 local time"
        // "0800 GMT": the wire services' 24-hour clock (not inside brackets, where it restates a time)
        hour = int(a->number / 100);
        minute = int(a->number % 100);
        e = i + 1;
    } else if (a->isNumber() && a->number <= 24 && a->digits <= 2 && !(punct(i - 1, u':') && joined(i) && joined(i - 1))) {
        // (not from the middle of "00:12:34")
        hour = int(a->number);
        e = i + 1;
        bool colon = false, dotted = false;
        if ((punct(e, u':') || punct(e, u'.')) && joined(e) && isNumberTok(e + 1) && joined(e + 1) && t[size_t(e + 1)].digits == 2) {
            minute = int(t[size_t(e + 1)].number);
            colon = punct(e, u':');
            dotted = !colon;
            e += 2;
            if (colon && punct(e, u':') && joined(e) && isNumberTok(e + 1) && joined(e + 1) && t[size_t(e + 1)].digits == 2) {
                e += 2; // seconds, "09:00:00": the value stays to the minute
                // (a recording's position, "[00:12:34] HOST:", is no time of day)
                if (punct(i - 1, u'[') && punct(e, u']'))
                    return {};
            }
        }
        // a.m. / p.m. / am / pm / o'clock
        bool pm = false, meridiem = false;
        if ((word(e, u"a") || word(e, u"p")) && punct(e + 1, u'.') && word(e + 2, u"m")) {
            pm = word(e, u"p");
            meridiem = true;
            e += punct(e + 3, u'.') ? 4 : 3;
        } else if (word(e, u"am") || word(e, u"pm")) {
            pm = word(e, u"pm");
            meridiem = true;
            ++e;
        } else if (word(e, u"o") && punct(e + 1, u'\'') && word(e + 2, u"clock")) {
            meridiem = true;
            e += 3;
        }
        // "16.10 GMT", "09.30 local time": the British 24-hour clock, known by its zone (not "rose 14.35 points")
        const Token *zone = tok(e);
        if (!meridiem && !colon
            && !(dotted && ((zone && zone->isWord() && zone->capitalised && lexicon::timeZone(zone->lower))
                            || (word(e, u"local") && word(e + 1, u"time")))))
            return {};
        if (meridiem && (hour < 1 || hour > 12))
            return {};
        if (meridiem && pm && hour < 12)
            hour += 12;
        if (meridiem && !pm && hour == 12)
            hour = 0;
        if (minute > 59)
            return {};
    } else {
        return {};
    }
    if (const Token *z = tok(e); z && z->isWord() && z->capitalised && lexicon::timeZone(z->lower))
        ++e;
    if (word(e, u"local") && word(e + 1, u"time"))
        e += 2;
    // "5 PM Eastern Time", "9 a.m. Pacific Standard Time", "noon Moscow time" is a zone too
    else if (const Token *w = tok(e); w && w->isWord() && w->capitalised) {
        const int k = word(e + 1, u"standard") || word(e + 1, u"daylight") ? e + 2 : e + 1;
        if (word(k, u"time") && (w->lower == u"eastern" || w->lower == u"central" || w->lower == u"pacific"
                                  || w->lower == u"mountain" || w->lower == u"moscow" || w->lower == u"greenwich"
                                  || w->lower == u"british" || w->lower == u"european" || w->lower == u"beijing"
                                  || w->lower == u"tokyo" || w->lower == u"israel" || w->lower == u"gulf"))
            e = k + 1;
    }
    // A time alone on its line heads a live report's entry ("13:40 BST" above its paragraph), or
    // opens its line before a dash ("10:40 GMT - Umerov says …"): the creation day's, whatever day the
    // entry before named.
    const bool entryDash = e < n && !t[size_t(e)].lineBefore
        && (punct(e, u'-') || punct(e, u'\u2013') || punct(e, u'\u2014') || punct(e, u'|'));
    if (a->lineBefore && (e >= n || t[size_t(e)].lineBefore || entryDash) && hour < 24) {
        Match m = dayMatch(e, dct);
        m.type = Timex::Type::Time;
        m.value += QStringLiteral("T%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
        return m;
    }
    return timeOnDay(i, e, hour, minute);
}

} // namespace dateline::extract

