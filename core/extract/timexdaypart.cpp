// Parts of the day and days counted from the story's own day or from a named one: "that night",
// "the next morning", "mid-afternoon yesterday", "4 in the morning", "the day before", "the year
// after", "the day after Christmas", "the week of March 6", "the first week of May", "for the
// year", and the day a clock time belongs to ("10:35 a.m. (0735 GMT) Friday").
#include "core/extract/timexrules.h"

#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"

namespace dateline::extract {

namespace tv = timexvalue;

namespace {

QString partCode(const Token *t)
{
    return t && t->isWord() ? lexicon::partOfDay(t->lower) : QString();
}

} // namespace

std::int64_t TimexRules::storyDay() const
{
    // Anaphoric days count from the last day the text named; without one, from the creation date.
    return refUnit == 'D' ? ref : dct;
}

TimexRules::Match TimexRules::timeOfDay(int i)
{
    // "that night", "the same morning": the story's day; "the next morning", "the following
    // evening", "the previous night": the day after or before it.
    int j = i;
    int offset = 0;
    // "the night before last", "the morning before last": the one before last night's, two days back
    if (word(j, u"the") && !partCode(tok(j + 1)).isEmpty() && word(j + 2, u"before") && word(j + 3, u"last")
        && !(tok(j + 4) && t[size_t(j + 4)].isWord())) {
        Match m;
        m.end = j + 4;
        m.type = Timex::Type::Time;
        m.value = tv::day(dct - 2) + u'T' + partCode(tok(j + 1));
        return m;
    }
    if (word(j, u"that")) {
        ++j;
    } else if (word(j, u"the") && word(j + 1, u"same")) {
        j += 2;
    } else if (word(j, u"the") && (word(j + 1, u"next") || word(j + 1, u"following") || word(j + 1, u"previous")
                                   || word(j + 1, u"preceding"))) {
        offset = word(j + 1, u"next") || word(j + 1, u"following") ? 1 : -1;
        j += 2;
    } else {
        return {};
    }
    const QString code = partCode(tok(j));
    if (code.isEmpty() || word(j, u"overnight"))
        return {};
    Match m = dayMatch(j + 1, storyDay() + offset);
    m.type = Timex::Type::Time;
    m.value += u'T' + code;
    return m;
}

TimexRules::Match TimexRules::partOfDayPhrase(int i)
{
    // "mid-afternoon yesterday", "early evening on Friday", "the late afternoon": a part of a day
    // with its position. Bare "the afternoon" is left alone (often habitual: "he runs in the morning").
    int j = word(i, u"the") ? i + 1 : i;
    QString mod;
    if (word(j, u"early") || word(j, u"late") || word(j, u"mid")) {
        mod = word(j, u"early") ? QStringLiteral("START") : word(j, u"late") ? QStringLiteral("END") : QStringLiteral("MID");
        ++j;
        if (punct(j, u'-') && joined(j))
            ++j;
    }
    const QString code = partCode(tok(j));
    if (code.isEmpty() || word(j, u"overnight") || (word(j, u"night") && mod == u"END" && word(j - 1, u"late")))
        return {};
    int e = j + 1;
    std::int64_t day = storyDay();
    const int de = word(e, u"on") ? e + 1 : e;
    if (const Match d = tok(de) && !t[size_t(e)].lineBefore && !t[size_t(de)].lineBefore ? namedDay(de) : Match{}; d.end > 0) {
        day = d.refDay;
        e = d.end;
    } else if (mod.isEmpty()) {
        return {};
    } else if (punct(j - 1, u'-') && tok(e) && t[size_t(e)].isWord() && !t[size_t(e)].capitalised) {
        return {}; // "a late-night address", "an early-morning raid": an adjective, no day of its own
    }
    Match m = dayMatch(e, day);
    m.type = Timex::Type::Time;
    m.value += u'T' + code;
    m.mod = mod;
    return m;
}

TimexRules::Match TimexRules::theYear(int i)
{
    // "for the year", "in the year": the year the story is in ("the year of the dragon",
    // "the year ended June 30" and "the year before" are read elsewhere or not at all)
    if (!word(i, u"the") || !word(i + 1, u"year"))
        return {};
    if (!(word(i - 1, u"for") || word(i - 1, u"in") || word(i - 1, u"during") || word(i - 1, u"through")))
        return {};
    if (!closesExpression(i + 2) && !word(i + 2, u"and") && !word(i + 2, u"as") && !word(i + 2, u"but"))
        return {};
    Match m;
    m.end = i + 2;
    m.value = tv::year(yearInView(i));
    return m;
}

TimexRules::Match TimexRules::namedDay(int i)
{
    // A date a day expression can count from: "Christmas", "last Tuesday", "March 6".
    const Match d = std::max({monthDate(i), dayMonth(i), weekdayExpr(i), holiday(i), shifted(i), deictic(i)},
                             [](const Match &x, const Match &y) { return x.end < y.end; });
    return d.end > 0 && d.type == Timex::Type::Date && d.value.size() == 10 ? d : Match{};
}

TimexRules::Match TimexRules::unitBeforeAfter(int i)
{
    // "the week beginning 24 March", "week commencing 24 March", British "w/c 24 March": the week
    // holding that day
    const int w = word(i, u"the") ? i + 1 : i;
    int from = -1;
    if (word(w, u"week") && (word(w + 1, u"commencing") || word(w + 1, u"beginning") || word(w + 1, u"starting")))
        from = w + 2;
    else if (w == i && word(i, u"w") && punct(i + 1, u'/') && word(i + 2, u"c") && joined(i + 1) && joined(i + 2))
        from = i + 3;
    if (from > 0) {
        if (const Match d = namedDay(from); d.end > 0 && d.refUnit == 'D') {
            Match m;
            m.end = d.end;
            m.value = tv::isoWeek(d.refDay);
            return m;
        }
        return {};
    }
    if (!word(i, u"the"))
        return {};
    // "the week of March 6", "the weekend of March 23-24": the week holding that day
    if ((word(i + 1, u"week") || word(i + 1, u"weekend")) && word(i + 2, u"of")) {
        if (const Match d = namedDay(i + 3); d.end > 0) {
            Match m;
            m.end = d.end;
            m.value = tv::isoWeek(d.refDay) + (word(i + 1, u"weekend") ? QStringLiteral("-WE") : QString());
            return m;
        }
        return {};
    }
    // "the first week of April", "the last week of February": a week counted in a month
    int oe = 0;
    const int nth = word(i + 1, u"last") || word(i + 1, u"final") ? -1 : ordinalAt(i + 1, oe);
    if (nth && (nth < 0 || (nth <= 4 && oe == i + 2)) && word(i + 2, u"week") && word(i + 3, u"of")) {
        const Match mo = monthDate(i + 4);
        if (mo.end > 0 && mo.value.size() == 7) {
            const std::int64_t first = mo.refDay;
            // the week holding most of those seven days (as ISO counts a year's first week)
            const std::int64_t day = nth > 0 ? first + 3 + 7 * (nth - 1) : tv::addMonths(first, 1) - 4;
            Match m;
            m.end = mo.end;
            m.value = tv::isoWeek(day);
            return m;
        }
    }
    if (!(word(i + 2, u"before") || word(i + 2, u"after") || word(i + 2, u"earlier") || word(i + 2, u"later")))
        return {};
    // "the day after Christmas", "the day before last Tuesday": one day from a named one
    if ((word(i + 1, u"day") || word(i + 1, u"night")) && (word(i + 2, u"before") || word(i + 2, u"after"))) {
        if (Match d = namedDay(i + 3); d.end > 0) {
            const std::int64_t day = d.refDay + (word(i + 2, u"before") ? -1 : 1);
            Match m = dayMatch(d.end, day);
            if (word(i + 1, u"night")) {
                m.type = Timex::Type::Time;
                m.value += QStringLiteral("TNI");
            }
            return m;
        }
    }
    // "the day before", "the year after", "the week earlier": one unit from the story's date. Only
    // when the phrase ends there: in "the day before the vote" the vote is the anchor, not known here.
    if (!closesExpression(i + 3))
        return {};
    const Token *u = tok(i + 1);
    if (!u || !u->isWord())
        return {};
    const int dir = word(i + 2, u"before") || word(i + 2, u"earlier") ? -1 : 1;
    if (const QString code = partCode(u); !code.isEmpty() && u->lower != u"overnight") {
        // "the night before"
        Match m = dayMatch(i + 3, storyDay() + dir);
        m.type = Timex::Type::Time;
        m.value += u'T' + code;
        return m;
    }
    const QString unit = lexicon::unit(u->lower);
    if (unit != u"D" && unit != u"W" && unit != u"M" && unit != u"Y")
        return {};
    if (lexicon::unitIsPlural(u->lower))
        return {};
    const bool fine = refUnit == 'D' || (refUnit == 'M' && unit != u"D" && unit != u"W") || (refUnit == 'Y' && unit == u"Y");
    // "Putin will attend on May 9. The day before, Lavrov met …": a past verb cannot be after the story's
    // day, so the day before is the story's
    const bool pastAfterStory = fine && unit == u"D" && ref + dir > dct && tenseAround(i) == Tense::Past;
    const std::int64_t anchor = fine && !pastAfterStory ? ref : dct;
    if (unit == u"D")
        return dayMatch(i + 3, anchor + dir);
    Match m;
    m.end = i + 3;
    m.value = unitValue(anchor, unit, dir);
    if (unit == u"Y") {
        m.refDay = tv::days(tv::yearOf(anchor) + dir, 1, 1);
        m.refUnit = 'Y';
    }
    return m;
}

TimexRules::Match TimexRules::hourInPartOfDay(int i)
{
    // "4 in the morning", "8 in the evening", "11 at night": a clock time without a.m. or p.m.
    const Token *a = tok(i);
    if (!a || !a->isNumber() || a->digits > 2 || a->number < 1 || a->number > 12)
        return {};
    int e = i + 1;
    QString code;
    if (word(e, u"in") && word(e + 1, u"the"))
        code = partCode(tok(e + 2)), e += 3;
    else if (word(e, u"at") && word(e + 1, u"night"))
        code = QStringLiteral("NI"), e += 2;
    if (code.isEmpty() || word(e - 1, u"overnight"))
        return {};
    int hour = int(a->number);
    if (code == u"MO")
        hour = hour == 12 ? 0 : hour;
    else if (code == u"NI" && hour == 12)
        hour = 24; // "12 at night": midnight, the start of the next day
    else if (code == u"AF" || code == u"EV" || (code == u"NI" && hour >= 6))
        hour = hour == 12 ? 12 : hour + 12;
    return timeOnDay(i, e, hour, 0);
}

TimexRules::Match TimexRules::timeOnDay(int start, int e, int hour, int minute)
{
    // The day a clock time belongs to: "5 p.m. Friday", "noon on Nov. 9", "00:01 on 19 January", "10 a.m. tomorrow",
    // "10:35 a.m. (0735 GMT) Friday", "on Thursday at 10:00"; otherwise the story's day.
    std::int64_t day = storyDay();
    // "France put the draft in blue late last night. The vote is scheduled for 3 p.m.": a time still
    // to come is not on a day already past
    if (day < dct && tenseAround(e - 1) == Tense::Future)
        day = dct;
    int de = e;
    if (punct(de, u'(')) {
        // a conversion to another zone in brackets
        int k = de + 1;
        while (k < n && k < de + 6 && !punct(k, u')'))
            ++k;
        if (punct(k, u')'))
            de = k + 1;
    }
    const int afterBrackets = de;
    de += (word(de, u"on") || punct(de, u',')) ? 1 : 0;
    // (not a day on the next line: "2025-04-01 19:20\n\nOn April 1, 2025, …")
    const bool lineGoesOn = !(tok(e) && t[size_t(e)].lineBefore) && !(tok(de) && t[size_t(de)].lineBefore);
    const Match d = lineGoesOn ? std::max({weekdayExpr(de), monthDate(de), dayMonth(de), numericDate(de), deictic(de)},
                                          [](const Match &x, const Match &y) { return x.end < y.end; })
                               : Match{};
    if (d.end > 0 && d.value.size() == 10 && (de == afterBrackets || !punct(afterBrackets, u',') || d.value.at(4) == u'-')) {
        day = d.refDay;
        if (afterBrackets == e)
            e = d.end; // after brackets the day stays an expression of its own
    }
    else if (const std::optional<std::int64_t> before = dayJustBefore(start); d.end <= 0 && before)
        day = *before;
    // (a live blog's entry time, "16:40 GMT – Army says 24 soldiers killed on Monday", is the blog's day)
    else if (d.end <= 0 && !(t[size_t(start)].lineBefore && (punct(e, u'-') || punct(e, u':') || punct(e, u'|'))))
        day = dayLaterInSentence(e, day);
    if (hour == 24) {
        hour = 0;
        ++day;
    }
    Match m = dayMatch(e, day);
    m.type = Timex::Type::Time;
    m.value += QStringLiteral("T%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
    return m;
}

std::optional<std::int64_t> TimexRules::dayJustBefore(int start)
{
    // "on Thursday at 10:00", "March 6 at 9 a.m.", "tomorrow at noon": a day expression that ends at
    // the "at" before the time
    if (!word(start - 1, u"at"))
        return std::nullopt;
    for (int k = start - 2; k >= 0 && k >= start - 6; --k) {
        if (const Match d = namedDay(k); d.end == start - 1)
            return d.refDay;
    }
    return std::nullopt;
}

std::int64_t TimexRules::dayLaterInSentence(int e, std::int64_t fallback)
{
    // "polls open at 6 a.m. and close at 9 p.m. on Nov. 5": the day named later in the sentence
    // (which "… ended at 10:40 a.m. Some troops …" has ended: the full stop was the time's)
    if (punct(e - 1, u'.') && e < n && t[size_t(e)].isWord() && t[size_t(e)].capitalised
        && !lexicon::weekday(t[size_t(e)].lower) && !lexicon::month(t[size_t(e)].lower))
        return fallback;
    for (int k = e; k < n && k < e + 15; ++k) {
        const Token &a = t[size_t(k)];
        if (a.isPunct(u';') || a.isPunct(u'?') || a.isPunct(u'!') || a.paragraphBefore)
            break;
        if (a.isPunct(u'.') && !(k > 0 && !a.spaceBefore && t[size_t(k - 1)].isWord()
                                 && (t[size_t(k - 1)].lower.size() == 1 || lexicon::monthIsAbbreviation(t[size_t(k - 1)].lower))))
            break; // a full stop ends the sentence; the one of "p.m." or "Nov." does not
        if (!a.is(u"on"))
            continue;
        const Match d = std::max({weekdayExpr(k + 1), monthDate(k + 1), dayMonth(k + 1)},
                                 [](const Match &x, const Match &y) { return x.end < y.end; });
        if (d.end > 0 && d.value.size() >= 10)
            return d.refDay;
    }
    return fallback;
}

} // namespace dateline::extract
