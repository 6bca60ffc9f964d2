// Forms common in current wire news that the 1989-1998 corpora the first rounds were written from
// rarely use: "overnight", "weeklong", "decades-long", "2023/24", "the 2024-25 season", "FY24",
// "H1 2024", "the January-March quarter", "Friday next week".
#include "core/extract/timexrules.h"

#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"

#include <QSet>

#include <algorithm>

namespace dateline::extract {

namespace tv = timexvalue;

TimexRules::Match TimexRules::overnight(int i)
{
    // "Russia launched drones overnight": the night before the story's day (TimeML's TNI). Before a
    // noun it is an adjective ("overnight rates", "an overnight stay"), not a time.
    if (!word(i, u"overnight") || word(i - 1, u"an") || word(i - 1, u"the") || word(i - 1, u"a"))
        return {};
    static const QSet<QString> follows = {
        QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("at"), QStringLiteral("to"), QStringLiteral("into"),
        QStringLiteral("and"), QStringLiteral("but"), QStringLiteral("from"), QStringLiteral("as"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("when"), QStringLiteral("while"),
        QStringLiteral("near"), QStringLiteral("across"), QStringLiteral("against"), QStringLiteral("the"),
        QStringLiteral("a"), QStringLiteral("by"), QStringLiteral("killing"),
        QStringLiteral("officials"), QStringLiteral("police"), QStringLiteral("according"), QStringLiteral("that"),
        QStringLiteral("said"), QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("its")};
    const Token *b = tok(i + 1);
    if (b && b->isWord() && !follows.contains(b->lower) && !(b->capitalised && lexicon::weekday(b->lower)))
        return {};
    Match m;
    m.end = i + 1;
    m.type = Timex::Type::Time;
    m.value = tv::day(storyDay() - 1) + QStringLiteral("TNI");
    // "overnight on Sunday", "overnight Sunday into Monday", "overnight into Monday": that night
    const auto weekdayAt = [&](int k) { return tok(k) && t[size_t(k)].isWord() && t[size_t(k)].capitalised && lexicon::weekday(t[size_t(k)].lower); };
    const int on = word(i + 1, u"on") ? i + 2 : i + 1;
    if (weekdayAt(on)) {
        if (const Match day = weekdayExpr(on); day.end > on && day.value.size() == 10) {
            m.value = day.value + QStringLiteral("TNI");
            m.refDay = day.refDay;
            m.refUnit = day.refUnit;
            m.end = day.end;
            if (word(m.end, u"into") && weekdayAt(m.end + 1))
                m.end += 2; // (the same night)
        }
    } else if (word(i + 1, u"into") && weekdayAt(i + 2)) {
        if (const Match day = weekdayExpr(i + 2); day.end > i + 2 && day.value.size() == 10) {
            const std::int64_t night = tv::days(day.value.left(4).toLongLong(), day.value.mid(5, 2).toInt(), day.value.mid(8, 2).toInt()) - 1;
            m.value = tv::day(night) + QStringLiteral("TNI");
            m.refDay = night;
            m.refUnit = 'D';
            m.end = day.end;
        }
    }
    return m;
}

TimexRules::Match TimexRules::longDuration(int i)
{
    // "weeklong", "yearlong": one word
    const Token *a = tok(i);
    if (!a || !a->isWord())
        return {};
    Match m;
    m.type = Timex::Type::Duration;
    if (a->lower.size() > 4 && a->lower.endsWith(QLatin1String("long"))) {
        const QString u = lexicon::unit(a->lower.chopped(4));
        if (u != u"D" && u != u"W" && u != u"M" && u != u"Y")
            return {};
        m.end = i + 1;
        m.value = QStringLiteral("P1") + u;
        return m;
    }
    // "decades-long", "hour-long", "months-long": a unit joined to "-long"
    const QString u = lexicon::unit(a->lower);
    if (u.isEmpty() || u == u"WE" || u == u"2W" || !(punct(i + 1, u'-') && joined(i + 1) && word(i + 2, u"long") && joined(i + 2)))
        return {};
    const bool plural = lexicon::unitIsPlural(a->lower);
    const bool timeUnit = u == u"H" || u == u"MIN" || u == u"S";
    QString unit = u == u"MIN" ? QStringLiteral("M") : u;
    QString amount = plural ? QStringLiteral("X") : QStringLiteral("1");
    if (plural && u == u"DE")
        unit = QStringLiteral("Y"); // "decades-long": both corpora write a vague number of years
    if (!plural && (u == u"DE" || u == u"CE" || u == u"Q")) {
        amount = u == u"DE" ? QStringLiteral("10") : u == u"CE" ? QStringLiteral("100") : QStringLiteral("3");
        unit = u == u"Q" ? QStringLiteral("M") : QStringLiteral("Y");
    }
    m.end = i + 3;
    m.value = (timeUnit ? QStringLiteral("PT") : QStringLiteral("P")) + amount + unit;
    return m;
}

bool TimexRules::beforeLong(int end) const
{
    return punct(end, u'-') && joined(end) && word(end + 1, u"long") && joined(end + 1);
}

TimexRules::Match TimexRules::yearSpan(int i)
{
    // "2023/24", "2024-25", "2023-2024", "fiscal 2024/25": a season or fiscal year across two
    // calendar years, one period; "FY24" a fiscal year written short.
    int j = i;
    const bool fiscal = word(j, u"fiscal") || word(j, u"fy");
    if (fiscal) {
        ++j;
        if (word(j, u"year"))
            ++j;
        else if (word(j - 1, u"fy") && punct(j, u'-') && joined(j))
            ++j; // "FY-24"
    }
    const Token *a = tok(j);
    if (!a || !a->isNumber())
        return {};
    Match m;
    if (a->digits == 4 && a->number >= 1900 && a->number <= 2099 && joined(j + 1)
        && (punct(j + 1, u'/') || punct(j + 1, u'-') || punct(j + 1, u'\u2013')) && isNumberTok(j + 2) && joined(j + 2)) {
        const Token &b = t[size_t(j + 2)];
        // "2025-2027", "1939–1945": a span of years, one interval (not a fiscal year: no "fiscal")
        const bool span = !fiscal && b.digits == 4 && b.number > a->number + 1 && b.number - a->number <= 100
            && !punct(j + 1, u'/');
        const std::int64_t next = span ? std::int64_t(b.number) : a->number + 1;
        if (!((b.digits == 2 && b.number == next % 100) || (b.digits == 4 && b.number == next)))
            return {};
        if (tok(j + 3) && joined(j + 3) && (t[size_t(j + 3)].isWord() || t[size_t(j + 3)].isNumber()
                                             || punct(j + 3, u'-') || punct(j + 3, u'/')))
            return {}; // "2023-24-05", "2023/24th"
        m.end = j + 3;
        m.value = tv::year(a->number);
        m.edtf = m.value + u'/' + tv::year(next);
        m.refDay = tv::days(a->number, 1, 1);
        m.refUnit = 'Y';
        return m;
    }
    if (word(i, u"fy") && a->digits == 2 && joined(j) && !(tok(j + 1) && joined(j + 1) && !t[size_t(j + 1)].isPunct(u'.')
                                                          && !t[size_t(j + 1)].isPunct(u',')))
    {
        // "FY24": the century that puts it nearest the creation year
        const std::int64_t base = tv::yearOf(dct) / 100 * 100;
        const std::int64_t year = base + a->number > tv::yearOf(dct) + 20 ? base - 100 + a->number : base + a->number;
        m.end = j + 1;
        m.value = tv::year(year);
        m.refDay = tv::days(year, 1, 1);
        m.refUnit = 'Y';
        return m;
    }
    return {};
}

TimexRules::Match TimexRules::halfYear(int i)
{
    // "H1 2024", "1H 2024", "H2 2023": a half year in results reporting; the year is required,
    // since "H1" alone is also a name (a visa, a virus).
    int h = 0, e = 0;
    if (word(i, u"h") && isNumberTok(i + 1) && joined(i + 1) && t[size_t(i + 1)].digits == 1)
        h = int(t[size_t(i + 1)].number), e = i + 2;
    else if (isNumberTok(i) && t[size_t(i)].digits == 1 && word(i + 1, u"h") && joined(i + 1))
        h = int(t[size_t(i)].number), e = i + 2;
    if (h != 1 && h != 2)
        return {};
    if (tok(e) && joined(e) && !punct(e, u',') && !punct(e, u'.'))
        return {};
    std::int64_t year = 0;
    int ye = 0;
    if (!yearNumber(e, ye, year))
        return {};
    Match m;
    m.end = ye;
    m.value = tv::half(year, h);
    return m;
}

bool TimexRules::temperatureContext(int i) const
{
    // "highs in the 90s", "temperatures in the 30s": degrees, not decades
    static const QSet<QString> words = {
        QStringLiteral("degrees"), QStringLiteral("temperature"), QStringLiteral("temperatures"), QStringLiteral("highs"),
        QStringLiteral("lows"), QStringLiteral("fahrenheit"), QStringLiteral("celsius"), QStringLiteral("heat"),
        QStringLiteral("weather"), QStringLiteral("thermometer"), QStringLiteral("forecast")};
    for (int k = std::max(0, i - 8); k < std::min(n, i + 6); ++k)
        if (t[size_t(k)].isWord() && words.contains(t[size_t(k)].lower))
            return true;
    return false;
}

TimexRules::Match TimexRules::weekdayOfWeek(int i)
{
    // "Friday next week", "Monday last week", "Thursday this week": that day of the week named
    const Token *a = tok(i);
    if (!a || !a->isWord() || !a->capitalised || a->lower.size() < 6)
        return {};
    const int wd = lexicon::weekday(a->lower);
    // "on Wednesday week" (British): a week after the coming Wednesday (a week from today when
    // today is Wednesday); not "Wednesday week-long talks"
    if (wd && word(i + 1, u"week") && word(i - 1, u"on") && !(punct(i + 2, u'-') && joined(i + 2))) {
        const int ahead = (wd - tv::isoWeekday(dct) + 7) % 7;
        return dayMatch(i + 2, dct + ahead + 7);
    }
    const int k = word(i + 1, u"of") ? i + 2 : i + 1;
    if (!wd || !word(k + 1, u"week") || !(word(k, u"next") || word(k, u"last") || word(k, u"this")))
        return {};
    const int offset = word(k, u"next") ? 7 : word(k, u"last") ? -7 : 0;
    const std::int64_t monday = dct - (tv::isoWeekday(dct) - 1) + offset;
    return withPartOfDay(dayMatch(k + 2, monday + wd - 1));
}

TimexRules::Match TimexRules::monthQuarter(int i)
{
    // "the January-March quarter", "April-June", "the July-September period 2023": a calendar quarter
    // written as its months (other month ranges stay two dates, as TimeBank marks them).
    const int j = word(i, u"the") ? i + 1 : i;
    int e = 0, e2 = 0;
    const int first = monthAt(j, e, false);
    if (!first || (first - 1) % 3 != 0 || !(joined(e) && (punct(e, u'-') || punct(e, u'/') || punct(e, u'\u2013'))))
        return {};
    if (monthAt(e + 1, e2, false) != first + 2 || !joined(e + 1))
        return {};
    int end = e2;
    const bool unitWord = word(end, u"quarter") || word(end, u"period");
    if (unitWord)
        ++end;
    if (j > i && !unitWord)
        return {}; // "the January-March" needs its noun
    const int q = (first - 1) / 3 + 1;
    std::int64_t year = 0;
    int ye = 0;
    if ((word(end, u"of") || punct(end, u',')) && yearNumber(end + 1, ye, year)) {
        end = ye;
    } else if (yearNumber(end, ye, year)) {
        end = ye;
    } else {
        // the last quarter begun, unless the sentence looks ahead
        year = tv::yearOf(dct);
        if (q > (tv::monthOf(dct) - 1) / 3 + 1 && tenseAround(i) != Tense::Future)
            year -= 1;
    }
    Match m;
    m.end = end;
    m.value = tv::quarter(year, q);
    m.refDay = tv::days(year, 3 * q - 2, 1);
    m.refUnit = 'M';
    return m;
}

TimexRules::Match TimexRules::secondDay(int i)
{
    // "the summit on April 24 and 25", "talks on May 4 or 5": the second day is a date of the month
    // just named. Only right after a month and day the tagger accepted (the reference ends at the
    // "and"), later in that month, and before punctuation or a function word ("April 24 and 25
    // soldiers" counts soldiers).
    int e = 0, d = 0, pe = 0, pd = 0, me = 0;
    if (!(word(i - 1, u"and") || word(i - 1, u"or")) || refToken != i - 1 || refUnit != 'D' || !dayNumber(i, e, d)
        || !isNumberTok(i - 2) || !dayNumber(i - 2, pe, pd) || pe != i - 1 || pd >= d || !monthAt(i - 3, me, false)
        || me != i - 2)
        return {};
    static const QSet<QString> follows = {
        QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("to"), QStringLiteral("and"),
        QStringLiteral("when"), QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("with"),
        QStringLiteral("for"), QStringLiteral("but"), QStringLiteral("as"), QStringLiteral("while"), QStringLiteral("the")};
    if (const Token *b = tok(e); b && b->isWord() && !follows.contains(b->lower))
        return {};
    if (punct(e, u'%') || punct(e, u':') || punct(e, u'-') || punct(e, u'/'))
        return {}; // "24 and 25%", "4 and 5:30"
    const std::int64_t year = tv::yearOf(ref);
    const int month = tv::monthOf(ref);
    if (!tv::validDay(year, month, d))
        return {};
    return dayMatch(e, tv::days(year, month, d));
}

} // namespace dateline::extract
