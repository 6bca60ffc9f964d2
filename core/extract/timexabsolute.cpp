// Absolute dates and clock times: "March 17, 2008", "17-18 March", "2008-03-17", "the 1990s",
// "spring 2008", "the third quarter", "Christmas", "5 p.m. EST", "Friday".
#include "core/extract/timexrules.h"

#include "core/extract/holidays.h"
#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"

#include <QSet>

#include <optional>

namespace dateline::extract {

namespace tv = timexvalue;

bool TimexRules::canStartExpression(const QString &word)
{
    static const QSet<QString> starters = [] {
        QSet<QString> s;
        for (const char *w : {
                 "the", "this", "that", "these", "those", "a", "an", "last", "past", "previous", "preceding", "next",
                 "coming", "following", "upcoming", "current", "present", "same", "earlier", "later", "early", "late",
                 "mid", "middle", "nearly", "almost", "about", "around", "approximately", "roughly", "some", "more",
                 "less", "fewer", "at", "up", "fiscal", "fy", "year", "q", "every", "each", "per", "once", "twice",
                 "thrice", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly",
                 "biannually", "now", "right", "currently", "nowadays", "presently", "recently", "lately",
                 "previously", "formerly", "soon", "as", "today", "yesterday", "tomorrow", "tonight", "noon",
                 "midday", "midnight", "several", "few", "many", "couple", "numerous", "dozen", "half", "single",
                 "recent", "latest", "final", "initial", "remaining", "entire", "full", "whole", "additional",
                 "succeeding", "another", "further", "new", "first", "second", "third", "fourth", "overnight", "h",
                 "weeklong", "yearlong", "monthlong", "daylong", "week", "w"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return starters.contains(word) || holidays::startsName(word) || lexicon::month(word) || lexicon::weekday(word)
        || lexicon::weekdayPlural(word)
        || lexicon::season(word) || lexicon::numberWord(word) >= 0 || lexicon::ordinalWord(word)
        || !lexicon::unit(word).isEmpty();
}

TimexRules::Match TimexRules::matchCore(int i)
{
    const Token *a = tok(i);
    if (!a || a->kind == Token::Kind::Punct) {
        if (a && a->isPunct(u'\''))
            return std::max({yearExpr(i), decade(i)}, [](const Match &x, const Match &y) { return x.end < y.end; });
        return {};
    }
    Match best;
    auto consider = [&best](Match m) {
        if (m.end > best.end)
            best = std::move(m);
    };
    if (a->isNumber()) {
        consider(dayMonth(i));
        consider(numericDate(i));
        consider(yearExpr(i));
        consider(decade(i));
        consider(clockTime(i));
        consider(duration(i));
        consider(quarter(i));
        consider(agoLater(i));
        consider(hourInPartOfDay(i));
        consider(yearSpan(i));
        consider(halfYear(i));
        consider(secondDay(i));
        return best;
    }
    // Most words cannot start a temporal expression: one hash lookup skips them (the speed target
    // is 1 MB/s; without this every rule is tried at every word).
    if (!canStartExpression(a->lower))
        return {};
    consider(monthDate(i));
    consider(weekdayExpr(i));
    consider(dayMonth(i));
    consider(yearExpr(i));
    consider(decade(i));
    consider(season(i));
    consider(quarter(i));
    consider(holiday(i));
    consider(monthNamed(i));
    consider(clockTime(i));
    consider(deictic(i));
    consider(shifted(i));
    consider(agoLater(i));
    consider(duration(i));
    consider(setExpr(i));
    consider(reference(i));
    consider(weekendOrYearEnd(i));
    consider(timeOfDay(i));
    consider(partOfDayPhrase(i));
    consider(theYear(i));
    consider(unitBeforeAfter(i));
    consider(overnight(i));
    consider(longDuration(i));
    consider(yearSpan(i));
    consider(halfYear(i));
    consider(monthQuarter(i));
    consider(weekdayOfWeek(i));
    if ((a->is(u"a") || a->is(u"an")) && beforeLong(best.end))
        return {}; // "a year-long siege": the duration is "year-long", matched from the next word
    return best;
}

TimexRules::Match TimexRules::withPartOfDay(Match m)
{
    // "Friday night", "yesterday morning": a time of that day.
    if (m.end < 0 || m.type != Timex::Type::Date || m.value.size() != 10)
        return m;
    const Token *p = tok(m.end);
    if (p && p->isWord()) {
        const QString code = lexicon::partOfDay(p->lower);
        if (!code.isEmpty()) {
            m.type = Timex::Type::Time;
            m.value += u'T' + code;
            m.end += 1;
        }
    }
    return m;
}

namespace {

bool rangeWord(const Token *t)
{
    return t && (t->isPunct(u'-') || t->is(u"to") || t->is(u"through") || t->is(u"until") || t->is(u"till"));
}

} // namespace

bool TimexRules::movesDate(const QString &lower)
{
    // verbs that give an event or deadline a new date: "postponed until June", "extended to Nov. 20"
    static const QSet<QString> moved = {
        QStringLiteral("extended"), QStringLiteral("postponed"), QStringLiteral("delayed"), QStringLiteral("moved"),
        QStringLiteral("pushed"), QStringLiteral("rescheduled"), QStringLiteral("deferred"), QStringLiteral("adjourned"),
        QStringLiteral("brought"), QStringLiteral("put"), QStringLiteral("changed"), QStringLiteral("shifted"),
        QStringLiteral("postpone"), QStringLiteral("move"), QStringLiteral("delay")};
    return moved.contains(lower);
}

bool TimexRules::movedBefore(int i) const
{
    // "postponed from March 13 to March 20": two dates, the old and the new, not an interval
    for (int k = i - 1; k >= std::max(0, i - 6); --k)
        if (t[size_t(k)].isWord() && movesDate(t[size_t(k)].lower))
            return true;
    return false;
}

std::optional<std::int64_t> TimexRules::pairedYear(int i, int month) const
{
    // "between June 3 and June 5", "on 3 May or 4 May": the second date of a pair is in the first's
    // year (the next one when its month comes earlier: "December 28 and January 3")
    const bool preposition = word(i - 1, u"in") || word(i - 1, u"on"); // "in May and in June"
    if (i != refToken + (preposition ? 2 : 1) || refUnit == 'Y' || !(word(refToken, u"and") || word(refToken, u"or")))
        return std::nullopt;
    const std::int64_t y = tv::yearOf(ref);
    return month < tv::monthOf(ref) ? y + 1 : y;
}

TimexRules::Match TimexRules::monthDate(int i)
{
    int e = 0;
    const int month = monthAt(i, e, false);
    if (!month)
        return {};
    int d = 0, e2 = 0;
    std::int64_t year = 0;
    int ye = 0;
    if (isNumberTok(e) && dayNumber(e, e2, d) && !(punct(e2, u':') && isNumberTok(e2 + 1)) && !punct(e2, u'%')) {
        int end = e2;
        int month2 = month, d2 = 0;
        // "March 17-18", "March 17 to 18", "March 31 - April 2" (not "moved from March 13 to March 20")
        if (rangeWord(tok(end)) && !movedBefore(i)) {
            int r = 0, m2e = 0;
            const int m2 = monthAt(end + 1, m2e, false);
            if (m2 && dayNumber(m2e, r, d2) && isNumberTok(m2e)) {
                month2 = m2;
                end = r;
            } else if (isNumberTok(end + 1) && dayNumber(end + 1, r, d2) && d2 > d) {
                end = r;
            } else {
                d2 = 0;
            }
        }
        bool explicitYear = false;
        if (punct(end, u',') && yearNumber(end + 1, ye, year))
            end = ye, explicitYear = true;
        else if (yearNumber(end, ye, year))
            end = ye, explicitYear = true;
        if (!explicitYear && (word(end, u"last") || word(end, u"this") || word(end, u"next")) && word(end + 1, u"year")) {
            // "Jan. 1 next year"
            year = tv::yearOf(dct) + (word(end, u"last") ? -1 : word(end, u"next") ? 1 : 0);
            end += 2;
            explicitYear = true;
        }
        if (!explicitYear) {
            const auto paired = pairedYear(i, month);
            const auto named = namedEventYear(end, month, d);
            year = named ? *named : paired ? *paired : resolveYear(i, month, d, tenseAround(i), afterSince(i));
        }
        if (!tv::validDay(year, month, d))
            return {};
        Match m = dayMatch(end, tv::days(year, month, d));
        if (d2) {
            std::int64_t y2 = year + (month2 < month ? 1 : 0);
            // "March 16-March 1" names no interval: an end before the start is not EDTF
            if (!tv::validDay(y2, month2, d2) || tv::days(y2, month2, d2) < tv::days(year, month, d))
                return {};
            m.edtf = m.value + u'/' + tv::day(tv::days(y2, month2, d2));
        }
        return withPartOfDay(m);
    }
    int end = e;
    if ((word(end, u"of") || punct(end, u',')) && yearNumber(end + 1, ye, year))
        end = ye;
    else if (yearNumber(end, ye, year) || yearWords(end, ye, year))
        end = ye;
    else if (int m2e = 0, m2 = rangeWord(tok(end)) && !movedBefore(i) ? monthAt(end + 1, m2e, false) : 0;
             m2 && m2 != month && yearNumber(m2e, ye, year)) {
        // "February–March 2024", "June to August 2024": one span, in the year written after it
        const std::int64_t first = m2 < month ? year - 1 : year;
        Match m;
        m.end = ye;
        m.value = tv::month(first, month);
        m.edtf = m.value + u'/' + tv::month(year, m2);
        m.refDay = tv::days(year, m2, 1);
        m.refUnit = 'M';
        return m;
    } else if ((word(end, u"last") || word(end, u"this") || word(end, u"next")) && word(end + 1, u"year")) {
        // "June last year"
        year = tv::yearOf(dct) + (word(end, u"last") ? -1 : word(end, u"next") ? 1 : 0);
        end += 2;
    } else if (const int k = word(end + 1, u"the") ? end + 2 : end + 1;
               word(end, u"of") && refToken >= 0 && refToken <= i && i - refToken < 80
               && (word(k, u"that") || word(k, u"same") || word(k, u"following") || word(k, u"next") || word(k, u"previous"))
               && word(k + 1, u"year") && (word(k, u"that") || word(end + 1, u"the"))) {
        // "signed in January of that year", "in May of the following year": the story's year
        year = tv::yearOf(ref) + (word(k, u"following") || word(k, u"next") ? 1 : word(k, u"previous") ? -1 : 0);
        end = k + 2;
    } else {
        int bare = 0;
        if (!monthAt(i, bare, true))
            return {};
        // "will publish April's figures": a month's data or events, the nearest month whatever the tense
        const bool possessive = punct(end, u'\'') && joined(end) && word(end + 1, u"s") && joined(end + 1);
        const auto paired = pairedYear(i, month);
        year = paired ? *paired
                      : resolveYear(i, month, 0, possessive ? Tense::Unknown : tenseAround(i), afterSince(i));
    }
    Match m;
    m.end = end;
    m.value = tv::month(year, month);
    m.refDay = tv::days(year, month, 1);
    m.refUnit = 'M';
    return m;
}

// "17 March 2008", "17-18 March", "the 17th of March", a treaty's "this fifteenth day of March"
TimexRules::Match TimexRules::dayMonth(int i)
{
    DayMonth r;
    if (!dayBeforeMonth(i, r))
        return {};
    daysRunning(i, r);
    if (word(r.e, u"of"))
        ++r.e;
    monthAfterDays(i, r);
    if (!r.month) // "talks resume on the 21st.": perhaps a day of the story's month
        return dayInStoryMonthAt(i, r) ? dayInStoryMonth(i, r) : Match{};
    r.end = r.listed ? r.e : r.me;
    r.month2 = r.month;
    toDayInMonth(i, r);
    const std::int64_t year = dayMonthYear(i, r);
    const std::int64_t year2 = year + (r.month2 < r.month ? 1 : 0);
    if (!tv::validDay(year, r.month, r.d)
        || (r.d1 && (!tv::validDay(year2, r.month2, r.d1) || tv::days(year2, r.month2, r.d1) <= tv::days(year, r.month, r.d))))
        return {};
    Match m = dayMatch(r.end, tv::days(year, r.month, r.d));
    if (r.d1)
        m.edtf = m.value + u'/' + tv::day(tv::days(year2, r.month2, r.d1));
    return withPartOfDay(m);
}

// The day, after "the" or a treaty's "this" ("this fifteenth day of"). False where the words are
// no day before a month: "first of March" needs "the", and "the 24 February invasion" gives the
// article to the noun.
bool TimexRules::dayBeforeMonth(int i, DayMonth &r) const
{
    r.j = word(i, u"the") || word(i, u"this") ? i + 1 : i;
    const int j = r.j;
    if (!dayNumber(j, r.e, r.d))
        return false;
    if (!isNumberTok(j) && j == i)
        return false; // "first of March" needs "the"
    r.dayOf = j > i && word(r.e, u"day") && word(r.e + 1, u"of");
    if (word(i, u"this") && !r.dayOf)
        return false;
    if (r.dayOf)
        ++r.e;
    // "the 24 February invasion": the article is the noun's (but "the 17th of March" is the date's)
    return !(j > i && isNumberTok(j) && r.e == j + 1 && !word(r.e, u"of") && !r.dayOf);
}

// "17-18 March"; "the 11th and 12th of March", two days running, and "between 2 and 5 March"
// (but "on 3 and 17 March" names two days, not the days between); "from the 18th to the 20th"
void TimexRules::daysRunning(int i, DayMonth &r) const
{
    const int e = r.e;
    const int second = r.j > i && word(e + 1, u"the") ? e + 2 : e + 1;
    if ((rangeWord(tok(e)) || word(e, u"and")) && (isNumberTok(second) || second == e + 2)) {
        int end = 0;
        if (dayNumber(second, end, r.d1) && r.d1 > r.d && (!word(e, u"and") || r.d1 == r.d + 1 || word(i - 1, u"between")))
            r.e = end;
        else
            r.d1 = 0;
    }
}

// The month after the days: named there, or in the forms tried in turn below
void TimexRules::monthAfterDays(int i, DayMonth &r) const
{
    r.month = monthAt(r.e, r.me, false);
    if (!r.month)
        hyphenedMonth(i, r);
    if (!r.month)
        monthNamedRelative(i, r);
    if (!r.month)
        monthOfList(i, r);
}

// "3-Feb-2025", "03-Feb-25": a day, the month's abbreviation and the year joined by hyphens
void TimexRules::hyphenedMonth(int i, DayMonth &r) const
{
    const int e = r.e;
    if (!(!r.d1 && r.j == i && punct(e, u'-') && joined(e) && joined(e + 1) && tok(e + 1) && t[size_t(e + 1)].isWord()
          && t[size_t(e + 1)].capitalised && (r.month = lexicon::month(t[size_t(e + 1)].lower))))
        return;
    r.me = e + 2;
    const int me = r.me;
    if (punct(me, u'-') && joined(me) && joined(me + 1) && isNumberTok(me + 1)
        && (t[size_t(me + 1)].digits == 4 || t[size_t(me + 1)].digits == 2)) {
        const std::int64_t y = t[size_t(me + 1)].number;
        const std::int64_t century = tv::yearOf(dct) / 100 * 100;
        r.year = y >= 1000 ? y : century + y > tv::yearOf(dct) + 10 ? century - 100 + y : century + y;
        r.me += 2;
    }
}

// "the 18th of this month", "the 3rd of next month": the creation date's month, or a neighbour
void TimexRules::monthNamedRelative(int i, DayMonth &r) const
{
    const int e = r.e;
    if (r.j > i && word(e + 1, u"month") && (word(e, u"this") || word(e, u"next") || word(e, u"last"))) {
        const std::int64_t first = tv::addMonths(tv::days(tv::yearOf(dct), tv::monthOf(dct), 1),
                                                 word(e, u"next") ? 1 : word(e, u"last") ? -1 : 0);
        r.month = tv::monthOf(first);
        r.year = tv::yearOf(first);
        r.me = e + 2;
    }
}

// "on 3 and 17 March", "on 3, 10 and 17 March": the first days of a list take its month (each
// later one is tagged with it in turn); "between 2 and 5 March" is one span
void TimexRules::monthOfList(int i, DayMonth &r) const
{
    if (r.d1 || !isNumberTok(r.j) || word(i - 1, u"between"))
        return;
    int k = r.e, end = 0, dk = 0;
    while ((punct(k, u',') || word(k, u"and") || word(k, u"or")) && isNumberTok(k + 1) && dayNumber(k + 1, end, dk))
        k = end;
    if (k != r.e && (r.month = monthAt(k, r.me, false)))
        r.listed = true;
}

// "talks resume on the 21st.": a day of the month the story is in; "on the 21st century" has a
// noun after it
bool TimexRules::dayInStoryMonthAt(int i, const DayMonth &r) const
{
    const int e = r.e;
    return !r.d1 && r.j > i && word(i - 1, u"on") && isNumberTok(r.j) && e == r.j + 2
        && (e >= n || t[size_t(e)].kind == Token::Kind::Punct || word(e, u"and") || word(e, u"at") || word(e, u"when"));
}

// The month of "on the 21st": the next one ahead, or the last one past, by the verb (after a day
// the text named, "Talks on 13 July … signed on the 22nd", its month, which the tense moves only
// past the creation date: the story goes on from that day)
TimexRules::Match TimexRules::dayInStoryMonth(int i, const DayMonth &r) const
{
    const bool fromRef = refUnit == 'D' && refToken >= 0;
    const std::int64_t base = fromRef ? ref : dct;
    std::int64_t y = tv::yearOf(base);
    int mo = tv::monthOf(base);
    const Tense tense = tenseAround(i);
    const int today = fromRef ? (tv::yearOf(dct) * 12 + tv::monthOf(dct) == y * 12 + mo ? int(dct - tv::days(y, mo, 1)) + 1 : -1)
                              : int(base - tv::days(y, mo, 1)) + 1;
    if (tense == Tense::Future && today >= 0 && r.d < today)
        mo = mo == 12 ? (++y, 1) : mo + 1;
    else if (tense == Tense::Past && today >= 0 && r.d > today)
        mo = mo == 1 ? (--y, 12) : mo - 1;
    if (!tv::validDay(y, mo, r.d))
        return {};
    return dayMatch(r.e, tv::days(y, mo, r.d));
}

// "13 March to 23 March", "30 March - 2 April 2008" (not a date moved "from 13 March to 20 March")
void TimexRules::toDayInMonth(int i, DayMonth &r) const
{
    if (r.d1 || !rangeWord(tok(r.me)) || !isNumberTok(r.me + 1) || movedBefore(i))
        return;
    int end = 0, m2e = 0, d2 = 0;
    if (dayNumber(r.me + 1, end, d2)) {
        if (const int m2 = monthAt(end, m2e, false)) {
            r.d1 = d2;
            r.month2 = m2;
            r.end = m2e;
        }
    }
}

// The year written after the month ("17 March 2008", "17 March, 2008", "… day of March, two
// thousand and twenty-four"; r.end moves past it), in the month's own form, or the one implied
std::int64_t TimexRules::dayMonthYear(int i, DayMonth &r) const
{
    if (r.year)
        return *r.year;
    const auto impliedYear = [&] {
        if (const auto named = r.d1 ? std::nullopt : namedEventYear(r.end, r.month, r.d))
            return *named; // "the 11 September attacks"
        const auto paired = pairedYear(i, r.month);
        return paired ? *paired : resolveYear(i, r.month, r.d, tenseAround(i));
    };
    std::int64_t year = 0;
    int ye = 0;
    if (r.listed) {
        // a list's year follows its month ("on 3 and 17 March 2024"); the expression stays the day
        if (!yearNumber(r.me, ye, year) && !(punct(r.me, u',') && yearNumber(r.me + 1, ye, year)))
            year = impliedYear();
    } else if ((punct(r.end, u',') && yearNumber(r.end + 1, ye, year)) || yearNumber(r.end, ye, year)
               || (r.dayOf && (yearWords(r.end, ye, year) || (punct(r.end, u',') && yearWords(r.end + 1, ye, year))))) {
        r.end = ye;
    } else {
        year = impliedYear();
    }
    return year;
}
TimexRules::Match TimexRules::numericDate(int i)
{
    // 2008-03-17, 2008/03/17, 03/17/2008 (US), 17/03/2008, 17.03.2008: all parts joined.
    const Token *a = tok(i);
    if (!a || !a->isNumber())
        return {};
    for (char16_t sep : {u'-', u'/', u'.'}) {
        if (!(punct(i + 1, sep) && joined(i + 1) && isNumberTok(i + 2) && joined(i + 2) && punct(i + 3, sep)
              && joined(i + 3) && isNumberTok(i + 4) && joined(i + 4)))
            continue;
        const Token &b = t[size_t(i + 2)];
        const Token &c = t[size_t(i + 4)];
        std::int64_t y = 0;
        int m = 0, d = 0;
        if (a->digits == 4 && sep != u'.') {
            y = a->number, m = int(b.number), d = int(c.number);
        } else if (c.digits == 4 || c.digits == 2) {
            y = c.digits == 4 ? c.number : (c.number > 50 ? 1900 + c.number : 2000 + c.number);
            const bool dayFirst = tv::numericDateDayFirst(int(a->number), int(b.number), sep, slashDayFirst);
            m = int(dayFirst ? b.number : a->number);
            d = int(dayFirst ? a->number : b.number);
        } else {
            return {};
        }
        const bool clock = word(i + 5, u"t") && joined(i + 5) && isNumberTok(i + 6) && joined(i + 6); // ISO 8601
        if (!tv::validDay(y, m, d) || (!clock && tok(i + 5) && joined(i + 5) && !t[size_t(i + 5)].isPunct(u',')
                                       && !t[size_t(i + 5)].isPunct(u'.') && !t[size_t(i + 5)].isPunct(u')')))
            return {};
        Match r = dayMatch(i + 5, tv::days(y, m, d));
        // "2008-03-17T14:30"
        if (word(i + 5, u"t") && joined(i + 5) && isNumberTok(i + 6) && punct(i + 7, u':') && isNumberTok(i + 8)) {
            r.type = Timex::Type::Time;
            r.value += QStringLiteral("T%1:%2").arg(t[size_t(i + 6)].number, 2, 10, QLatin1Char('0'))
                           .arg(t[size_t(i + 8)].number, 2, 10, QLatin1Char('0'));
            r.end = i + 9;
            if (punct(r.end, u':') && joined(r.end) && isNumberTok(r.end + 1) && joined(r.end + 1))
                r.end += 2; // seconds: kept to the minute, as news values are
            if (word(r.end, u"z") && joined(r.end))
                ++r.end; // UTC
        }
        return r;
    }
    return {};
}

TimexRules::Match TimexRules::yearExpr(int i)
{
    int j = i;
    if (word(j, u"the") && word(j + 1, u"year"))
        j += 2;
    else if (word(j, u"fiscal") || word(j, u"fy")) {
        ++j;
        if (word(j, u"year"))
            ++j;
    }
    std::int64_t year = 0;
    int end = 0;
    if (!yearNumber(j, end, year)) {
        // "nineteen ninety-six" alone; "two thousand" only after "the year"
        if (!yearWords(j, end, year) || (j == i && (year % 100 < 10 || end - j < 2)))
            return {};
    }
    // "1990 troops" is a number; "in 1990" and "1990," are years.
    static const QSet<QString> counted = {
        QStringLiteral("people"), QStringLiteral("troops"), QStringLiteral("soldiers"), QStringLiteral("dollars"),
        QStringLiteral("tons"), QStringLiteral("tonnes"), QStringLiteral("persons"), QStringLiteral("cases"),
        QStringLiteral("deaths"), QStringLiteral("members"), QStringLiteral("votes"), QStringLiteral("km"),
        QStringLiteral("miles"), QStringLiteral("meters"), QStringLiteral("metres"), QStringLiteral("feet"),
        QStringLiteral("workers"), QStringLiteral("jobs"), QStringLiteral("shares"), QStringLiteral("points"),
        QStringLiteral("percent"), QStringLiteral("million"), QStringLiteral("billion"), QStringLiteral("units"),
        QStringLiteral("euros"), QStringLiteral("yen"), QStringLiteral("pounds"), QStringLiteral("refugees"),
        QStringLiteral("civilians"), QStringLiteral("hours"), QStringLiteral("days"), QStringLiteral("years"),
        QStringLiteral("kilometers"), QStringLiteral("kilometres"), QStringLiteral("police"), QStringLiteral("men"),
        QStringLiteral("women"), QStringLiteral("children"), QStringLiteral("households"), QStringLiteral("homes")};
    const Token *next = tok(end);
    if (j == i && next && (next->isPunct(u'%') || (next->isWord() && counted.contains(next->lower))))
        return {};
    if (j == i && next && next->isWord() && next->capitalised && lexicon::timeZone(next->lower))
        return {}; // "(1300 GMT)": a clock time restated, not the year 1300
    const Token *prev = tok(i - 1);
    if (j == i && prev && (prev->is(u"no") || prev->is(u"number") || prev->is(u"flight") || prev->is(u"resolution")
                           || prev->is(u"route") || prev->isPunct(u'#')))
        return {};
    Match m;
    m.end = end;
    m.value = tv::year(year);
    m.refDay = tv::days(year, 1, 1);
    m.refUnit = 'Y';
    return m;
}

TimexRules::Match TimexRules::decade(int i)
{
    int j = word(i, u"the") ? i + 1 : i;
    QString mod;
    if (j > i && (word(j, u"early") || word(j, u"mid") || word(j, u"late"))) {
        mod = word(j, u"early") ? QStringLiteral("START") : word(j, u"late") ? QStringLiteral("END") : QStringLiteral("MID");
        ++j;
        if (punct(j, u'-'))
            ++j;
    }
    Match m;
    const Token *a = tok(j);
    if (a && a->isNumber() && a->digits == 4 && a->number % 10 == 0) {
        int e = j + 1;
        if (punct(e, u'\'') && joined(e))
            ++e;
        if (!(word(e, u"s") && joined(e)))
            return {};
        // "the 1800s" is a century; "the 2000s" the decade (its century is "the 21st")
        m.value = a->number % 100 == 0 && a->number != 2000 ? QString::number(a->number / 100) : QString::number(a->number / 10);
        m.end = e + 1;
    } else if (a && a->isPunct(u'\'') && isNumberTok(j + 1) && joined(j + 1) && t[size_t(j + 1)].digits == 2
               && t[size_t(j + 1)].number % 10 == 0 && word(j + 2, u"s") && joined(j + 2)) {
        const std::int64_t yy = t[size_t(j + 1)].number;
        const std::int64_t base = tv::yearOf(dct) / 100 * 100;
        const std::int64_t y = base + yy > tv::yearOf(dct) ? base - 100 + yy : base + yy;
        m.value = QString::number(y / 10);
        m.end = j + 3;
    } else if (j > i && a && a->isNumber() && a->digits == 2 && a->number % 10 == 0 && word(j + 1, u"s") && joined(j + 1)
               && !temperatureContext(i)) {
        // "the 90s" without the apostrophe (but "temperatures in the 90s" are degrees)
        const std::int64_t base = tv::yearOf(dct) / 100 * 100;
        const std::int64_t y = base + a->number > tv::yearOf(dct) ? base - 100 + a->number : base + a->number;
        m.value = QString::number(y / 10);
        m.end = j + 2;
    } else {
        static const QHash<QString, int> words = {
            {QStringLiteral("twenties"), 2}, {QStringLiteral("thirties"), 3}, {QStringLiteral("forties"), 4},
            {QStringLiteral("fifties"), 5}, {QStringLiteral("sixties"), 6}, {QStringLiteral("seventies"), 7},
            {QStringLiteral("eighties"), 8}, {QStringLiteral("nineties"), 9}};
        int o = 0, e = 0;
        if (a && a->isWord() && words.contains(a->lower) && j > i) {
            m.value = QString::number(190 + words.value(a->lower));
            m.end = j + 1;
        } else if ((o = ordinalAt(j, e)) || (isNumberTok(j) && dayNumber(j, e, o))) {
            if (!o || !(word(e, u"century") || (punct(e, u'-') && word(e + 1, u"century"))))
                return {};
            m.value = QStringLiteral("%1").arg(o - 1, 2, 10, QLatin1Char('0'));
            m.end = word(e, u"century") ? e + 1 : e + 2;
        } else {
            return {};
        }
    }
    m.mod = mod;
    return m;
}

} // namespace dateline::extract
