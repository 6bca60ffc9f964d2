// Relative dates ("yesterday", "last week", "three days ago", "the following day"), durations
// ("two years", "the past few months"), sets ("every Monday"), PRESENT/PAST/FUTURE_REF and bare
// weekdays, whose side of the creation date the tense decides.
#include "core/extract/timexrules.h"

#include "core/extract/lexicon.h"
#include "core/extract/timexvalue.h"

#include <QSet>



namespace dateline::extract {

namespace tv = timexvalue;

QString TimexRules::unitValue(std::int64_t day, const QString &unit, int offset) const
{
    const std::int64_t y = tv::yearOf(day);
    if (unit == u"D" || unit == u"H" || unit == u"MIN" || unit == u"S")
        return tv::day(unit == u"D" ? day + offset : day);
    if (unit == u"W" || unit == u"2W")
        return tv::isoWeek(day + 7 * offset * (unit == u"2W" ? 2 : 1));
    if (unit == u"WE")
        return tv::isoWeek(day + 7 * offset) + QStringLiteral("-WE");
    if (unit == u"M") {
        const std::int64_t d = tv::addMonths(day, offset);
        return tv::month(tv::yearOf(d), tv::monthOf(d));
    }
    if (unit == u"Q") {
        const std::int64_t q = y * 4 + (tv::monthOf(day) - 1) / 3 + offset;
        return tv::quarter(q / 4, int(q % 4) + 1);
    }
    if (unit == u"DE")
        return QString::number(y / 10 + offset);
    if (unit == u"CE")
        return QString::number(y / 100 + offset);
    return tv::year(y + offset);
}

namespace {

char refUnitFor(const QString &unit)
{
    return unit == u"D" ? 'D' : unit == u"M" ? 'M' : unit == u"Y" ? 'Y' : 0;
}

} // namespace

TimexRules::Match TimexRules::deictic(int i)
{
    const Token *a = tok(i);
    if (!a || !a->isWord())
        return {};
    int offset = 0;
    int end = i + 1;
    if (a->is(u"today"))
        offset = 0;
    else if (a->is(u"yesterday"))
        offset = -1;
    else if (a->is(u"tomorrow"))
        offset = 1;
    else if (a->is(u"tonight") || ((a->is(u"this") || a->is(u"last")) && tok(i + 1) && t[size_t(i + 1)].isWord()
                                   && !lexicon::partOfDay(t[size_t(i + 1)].lower).isEmpty())) {
        Match m = dayMatch(a->is(u"tonight") ? i + 1 : i + 2, a->is(u"last") ? dct - 1 : dct);
        m.type = Timex::Type::Time;
        m.value += u'T' + (a->is(u"tonight") ? QStringLiteral("NI") : lexicon::partOfDay(t[size_t(i + 1)].lower));
        if (a->is(u"last") && !word(i + 1, u"night"))
            return {};
        return m;
    } else if (a->is(u"the") && word(i + 1, u"day") && (word(i + 2, u"before") || word(i + 2, u"after"))
               && (word(i + 3, u"yesterday") || word(i + 3, u"tomorrow"))) {
        offset = word(i + 3, u"yesterday") ? -2 : 2;
        end = i + 4;
    } else {
        return {};
    }
    // "today's world", "tomorrow's youth": the present or the future in general, not a day
    static const QSet<QString> generic = {
        QStringLiteral("world"), QStringLiteral("youth"), QStringLiteral("society"), QStringLiteral("generation"),
        QStringLiteral("young"), QStringLiteral("children"), QStringLiteral("kids"), QStringLiteral("economy"),
        QStringLiteral("computers"), QStringLiteral("standards"), QStringLiteral("age"), QStringLiteral("culture"),
        QStringLiteral("people"), QStringLiteral("leaders"), QStringLiteral("technology")};
    if (offset >= 0 && punct(end, u'\'') && word(end + 1, u"s")) {
        // the noun or an adjective and the noun: "today's personal computers"
        for (int k = end + 2; k < end + 4 && tok(k) && t[size_t(k)].isWord() && !t[size_t(k)].capitalised; ++k)
            if (generic.contains(t[size_t(k)].lower))
                return {};
    }
    // "tomorrow's", "today's" stay dates; the possessive is not part of them.
    return withPartOfDay(dayMatch(end, dct + offset));
}

TimexRules::Match TimexRules::shifted(int i)
{
    int j = i;
    const bool the = word(j, u"the");
    if (the)
        ++j;
    const Token *a = tok(j);
    if (!a || !a->isWord())
        return {};
    int dir = 2; // 2 = not a shift word
    bool anaphoric = false;
    const QString &w = a->lower;
    if (w == u"last" || w == u"past" || w == u"previous" || w == u"preceding" || (the && w == u"prior"))
        dir = -1, anaphoric = the && w != u"past" && w != u"last";
    else if (w == u"next" || w == u"coming" || w == u"following" || w == u"upcoming")
        dir = 1, anaphoric = the && w != u"coming" && w != u"upcoming";
    else if (w == u"this" || w == u"current" || w == u"present")
        dir = 0;
    else if ((w == u"that" || w == u"same") && (!the || w == u"same")) {
        dir = 0, anaphoric = true;
        if (w == u"that" && word(j + 1, u"same"))
            ++j; // "that same day"
    }
    else if ((w == u"earlier" || w == u"later" || ((w == u"early" || w == u"late") && !the && word(j + 3, u"day")))
             && (word(j + 1, u"this") || (word(j + 1, u"in") && word(j + 2, u"the"))))
        return earlierOrLaterIn(i, j);
    else if (the && ((word(i - 1, u"of") && (word(i - 2, u"end") || word(i - 2, u"rest") || word(i - 2, u"beginning")
                                                 || word(i - 2, u"start") || word(i - 2, u"middle") || word(i - 2, u"half")))
                       || word(i - 1, u"throughout")) && !lexicon::unit(w).isEmpty()) {
        dir = 0; // "the end of the year", "the rest of the month"
        --j;
        // (in a story of a day well before the creation date, that day's: "They met on Sunday 12
        // January. … By the end of the week, the sides had agreed")
        // (but not what will be done: "… on Feb. 28. By the end of the week, leaders will decide")
        anaphoric = refUnit == 'D' && refToken >= 0 && i - refToken < 60 && (ref < dct - 31 || ref > dct + 31)
            && !(ref < dct && tenseAround(i) == Tense::Future);
    }
    if (dir == 2)
        return {};
    if (word(j + 1, u"past") && w == u"this")
        dir = -1, ++j; // "this past week"
    else if (word(j + 1, u"coming") && w == u"this")
        dir = 1, ++j; // "this coming Sunday"
    const int k = j + 1;
    const Token *b = tok(k);
    if (!b || !b->isWord())
        return {};
    // "the next day" after "in 2005" has no day to count from: then it counts from the creation date.
    const QString bUnit = lexicon::unit(b->lower);
    // "On the evening of the same day" after "in the first half of 2026": a season, quarter or half
    // is no day to count from; the day named last is
    const bool afterSpan = anaphoric && bUnit == u"D" && refSpan && lastDay > 0;
    const std::int64_t refHere = afterSpan ? lastDay : ref;
    const char unitHere = afterSpan ? 'D' : refUnit;
    const bool refFineEnough = unitHere == 'D' || (unitHere == 'M' && bUnit != u"D" && bUnit != u"W" && bUnit != u"WE")
        || (unitHere == 'Y' && (bUnit == u"Y" || bUnit == u"DE" || bUnit == u"CE"));
    const std::int64_t anchor = anaphoric && refFineEnough ? refHere : dct;
    if (b->capitalised && a->capitalised && !lexicon::unit(b->lower).isEmpty())
        return {}; // "This Week", "Next Year": a programme's or a book's name
    const Shift shift{k, dir, anaphoric, the, w, anchor, refHere, unitHere, refFineEnough};
    if (const QString u = lexicon::unit(b->lower); !u.isEmpty() && !lexicon::unitIsPlural(b->lower))
        return shiftedUnit(shift, u);
    if (!b->capitalised && !lexicon::season(b->lower))
        return {};
    return shiftedName(shift, b->lower);
}

    // "earlier this year", "later in the month": the unit itself
TimexRules::Match TimexRules::earlierOrLaterIn(int i, int j)
{
    const int k = word(j + 1, u"this") ? j + 2 : j + 3;
    const QString u = tok(k) && t[size_t(k)].isWord() ? lexicon::unit(t[size_t(k)].lower) : QString();
    if (u.isEmpty() || lexicon::unitIsPlural(t[size_t(k)].lower) || (u == u"D" && k != j + 3))
        return {};
    Match m;
    m.end = k + 1;
    if (u == u"D") {
        // "later in the day", "Late in the day": the day the text is telling of
        const std::int64_t day = refUnit == 'D' ? ref : dct;
        m.value = unitValue(day, u, 0);
        m.refDay = day;
        m.refUnit = 'D';
        return m;
    }
    // ("on Monday, ahead of a meeting later in the week": "in the" is the week the text is telling
    // of, the one of the day it named last; "this" is the story's)
    // (but not a day still ahead, unless the clause plans too: "Her verdict is expected on March 31. Earlier
    // in the week, Moody's cut the rating" is the story's week, not March's last)
    const bool aheadOfPast = ref > dct && (word(j, u"earlier") || word(j, u"early")) && tenseAround(i) != Tense::Future;
    const bool told = k == j + 3 && refUnit == 'D' && refToken >= 0 && i - refToken < 60 && !aheadOfPast;
    m.value = unitValue(told ? ref : dct, u, 0);
    if (u == u"Y") { // ("Earlier this year, …, and in late March …": the year a month goes on in)
        m.refDay = tv::days(tv::yearOf(dct), 1, 1);
        m.refUnit = 'Y';
    }
    return m;
}

// A calendar unit shifted: "last week", "the following day", "this coming weekend", "the past decade".
TimexRules::Match TimexRules::shiftedUnit(const Shift &shift, const QString &u)
{
    const int dir = shift.dir;
    const bool anaphoric = shift.anaphoric;
    const QString &w = shift.word;
    const std::int64_t anchor = shift.anchor;
    Match m;
    m.end = shift.k + 1;
    if (u == u"H" || u == u"MIN" || u == u"S")
        return {};
    if (u == u"D" && dir != 0 && !anaphoric && w != u"next")
        return {}; // "the last day" of something is not a date
    if (u == u"D" && w == u"next" && !shift.the)
        return {};
    if (u == u"D" && dir == 0 && !anaphoric)
        return {};
    if (u == u"D" && anaphoric && shift.unitHere == 'M') {
        // "killed last October … crossed out that same day", "the following day": a day of
        // that month (or, past its end, perhaps the next), not the creation date
        m.value = tv::month(tv::yearOf(ref), tv::monthOf(ref)) + QStringLiteral("-XX");
        return withPartOfDay(m);
    }
    if (u == u"2W" && dir != 0 && !anaphoric) {
        // "the past fortnight", "the coming fortnight": the two weeks up to or from now, as "the
        // past two weeks" (no calendar unit is two weeks long)
        m.type = Timex::Type::Duration;
        m.value = QStringLiteral("P2W");
        return m;
    }
    if ((u == u"DE" || u == u"CE") && w == u"past") {
        // "over the past decade": the ten years up to now, not the 2000s
        m.type = Timex::Type::Duration;
        m.value = u == u"DE" ? QStringLiteral("P10Y") : QStringLiteral("P100Y");
        return m;
    }
    if (u == u"Q" && (w == u"past" || w == u"last") && word(shift.k + 1, u"century")) {
        // "over the past quarter century": 25 years up to now, not last quarter
        m.end = shift.k + 2;
        m.type = Timex::Type::Duration;
        m.value = QStringLiteral("P25Y");
        return m;
    }
    // "this coming weekend", "the following weekend", counted from a weekday, is that week's
    const bool comingWeekend = u == u"WE" && dir == 1 && w != u"next" && tv::isoWeekday(anchor) <= 5;
    m.value = unitValue(anchor, u, comingWeekend ? 0 : dir);
    if (u == u"D") {
        m.refDay = anchor + dir;
        m.refUnit = 'D';
        return withPartOfDay(m);
    }
    if (anaphoric && refUnitFor(u) == 'Y') {
        m.refDay = tv::days(tv::yearOf(anchor) + dir, 1, 1);
        m.refUnit = 'Y';
    }
    return m;
}

// A weekday, month or season shifted: "next Tuesday", "the following March", "last spring".
TimexRules::Match TimexRules::shiftedName(const Shift &shift, const QString &name)
{
    const int dir = shift.dir;
    const std::int64_t anchor = shift.anchor;
    Match m;
    m.end = shift.k + 1;
    if (const int wd = lexicon::weekday(name); wd && name.size() >= 6) {
        const int dow = tv::isoWeekday(anchor);
        std::int64_t day = 0;
        if (dir < 0)
            day = anchor - ((dow - wd + 7) % 7 == 0 ? 7 : (dow - wd + 7) % 7);
        else if (dir > 0)
            day = anchor + ((wd - dow + 7) % 7 == 0 ? 7 : (wd - dow + 7) % 7);
        else
            day = anchor - (dow - 1) + (wd - 1); // "this Friday": in this week
        return withPartOfDay(dayMatch(shift.k + 1, day));
    }
    if (const int mo = lexicon::month(name); mo && !lexicon::monthIsAbbreviation(name)) {
        // ("signed in 1978 … the following March" after a story's year: the March after that year)
        const bool afterYear = shift.anaphoric && !shift.refFineEnough && shift.unitHere == 'Y' && refToken >= 0;
        const std::int64_t from = !afterYear ? anchor : dir > 0 ? tv::days(tv::yearOf(shift.refHere), 12, 31) : shift.refHere;
        std::int64_t y = tv::yearOf(from);
        const int cur = tv::monthOf(from);
        if (dir < 0 && mo >= cur)
            --y;
        else if (dir > 0 && mo <= cur)
            ++y;
        m.value = tv::month(y, mo);
        m.refDay = tv::days(y, mo, 1);
        m.refUnit = 'M';
        return m;
    }
    if (const int s = lexicon::season(name)) {
        std::int64_t y = tv::yearOf(anchor);
        const int curSeason = (tv::monthOf(anchor) % 12) / 3; // 0 winter, 1 spring...
        const int target = s % 4;                             // winter = 0
        if (dir < 0 && target >= curSeason)
            --y;
        else if (dir > 0 && target <= curSeason)
            ++y;
        m.value = tv::season(y, s);
        return m;
    }
    return {};
}

TimexRules::Match TimexRules::weekendOrYearEnd(int i)
{
    Match m;
    // "the week after next", "the weekend before last": two of the unit from this one
    if (word(i, u"the") && tok(i + 1) && t[size_t(i + 1)].isWord()
        && ((word(i + 2, u"after") && word(i + 3, u"next")) || (word(i + 2, u"before") && word(i + 3, u"last")))) {
        const QString u = lexicon::unit(t[size_t(i + 1)].lower);
        if ((u == u"W" || u == u"WE" || u == u"M" || u == u"Y") && !lexicon::unitIsPlural(t[size_t(i + 1)].lower)) {
            m.end = i + 4;
            m.value = unitValue(dct, u, word(i + 2, u"after") ? 2 : -2);
            return m;
        }
    }
    // "the weekend", "over the weekend": the one before the creation date, or after it in the future.
    if (word(i, u"the") && word(i + 1, u"weekend")) {
        const std::int64_t day = tenseAround(i) == Tense::Future ? dct + 7 - (tv::isoWeekday(dct) % 7) : dct - tv::isoWeekday(dct);
        m.end = i + 2;
        m.value = tv::isoWeek(tv::isoWeekday(dct) >= 6 ? dct : day) + QStringLiteral("-WE");
        return m;
    }
    // "year-end", "year end", "by year's end", "the month's end"
    int j = word(i, u"the") ? i + 1 : i;
    const bool possessiveEnd = punct(j + 1, u'\'') && word(j + 2, u"s") && word(j + 3, u"end");
    if ((word(j, u"year") || (word(j, u"month") && possessiveEnd))
        && (word(j + 1, u"end") || (punct(j + 1, u'-') && word(j + 2, u"end")) || possessiveEnd)) {
        m.end = possessiveEnd ? j + 4 : word(j + 1, u"end") ? j + 2 : j + 3;
        m.value = word(j, u"month") ? tv::month(tv::yearOf(dct), tv::monthOf(dct)) : tv::year(tv::yearOf(dct));
        m.mod = QStringLiteral("END");
        return m;
    }
    // "talks will resume around the turn of the year": the December and January about the year's
    // change ahead (or, in the past or said in its first weeks, the last one)
    if (word(i, u"the") && word(i + 1, u"turn") && word(i + 2, u"of") && word(i + 3, u"the") && word(i + 4, u"year")
        && !punct(i + 5, u'\'')) {
        const Tense tense = tenseAround(i);
        const std::int64_t y = tv::yearOf(dct);
        const bool last = tense == Tense::Past || (tense != Tense::Future && tv::monthOf(dct) == 1);
        m.end = i + 5;
        m.value = tv::month(last ? y - 1 : y, 12);
        m.edtf = m.value + u'/' + tv::month(last ? y : y + 1, 1);
        return m;
    }
    // "talks resume in the new year": said in a year's second half, the next one (capitalised, "the New
    // Year" is the holiday; "the new year's budget" is left alone)
    if (word(i, u"the") && word(i + 1, u"new") && !t[size_t(i + 1)].capitalised && word(i + 2, u"year")
        && !punct(i + 3, u'\'') && !(punct(i + 3, u'-') && joined(i + 3))) {
        m.end = i + 3;
        m.value = tv::year(tv::yearOf(dct) + (tv::monthOf(dct) >= 7 ? 1 : 0));
        return m;
    }
    return {};
}

TimexRules::Match TimexRules::agoLater(int i)
{
    int e = 0;
    double n = 0;
    if (!number(i, e, n))
        return {};
    const Token *u = tok(e);
    if (!u || !u->isWord())
        return {};
    const QString unit = lexicon::unit(u->lower);
    if (unit.isEmpty())
        return {};
    int k = e + 1;
    if (word(k, u"or") && word(k + 1, u"so"))
        k += 2;
    int sign = 0;
    bool fromRef = false;
    // "a week from Friday", "ten days from tomorrow", British "a week on Monday": counted from that
    // day ("two days after March 6" is a duration and a date, as TimeML tags it)
    if ((word(k, u"from") || (word(k, u"on") && unit == u"W")) && (unit == u"D" || unit == u"W") && n > 0) {
        if (const Match day = namedDay(k + 1); day.end > 0 && day.refUnit == 'D') {
            const std::int64_t d = day.refDay + std::int64_t(std::lround(n)) * (unit == u"W" ? 7 : 1);
            return dayMatch(day.end, d);
        }
    }
    if (word(k, u"ago"))
        sign = -1;
    else if (word(k, u"hence") || (word(k, u"from") && word(k + 1, u"now")))
        sign = 1;
    else if (word(k, u"earlier") || word(k, u"later") || word(k, u"before") || word(k, u"after")) {
        if ((word(k, u"before") || word(k, u"after")) && !closesExpression(k + 1))
            return {}; // "two days before the vote": a duration and a signal
        sign = word(k, u"earlier") || word(k, u"before") ? -1 : 1;
        fromRef = true;
    } else {
        return {};
    }
    Match m;
    m.end = word(k, u"from") ? k + 2 : k + 1;
    if (n < 0) {
        m.value = sign < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF");
        return m;
    }
    const int count = int(std::lround(n)) * sign;
    const std::int64_t anchor = fromRef ? ref : dct;
    if (unit == u"Y" && count == -1 && quarterInSight(i)) {
        // Results reporting compares a quarter with the same quarter a year before.
        m.value = quarterBefore(1);
        m.comparison = true;
        return m;
    }
    if (unit == u"Y" && count == -1 && fromRef && refUnit == 'M' && i - refToken <= kMonthReach) {
        // Monthly figures: "exports fell in April from a year earlier" compare with April a year before.
        m.value = unitValue(ref, QStringLiteral("M"), -12);
        m.comparison = true;
        return m;
    }
    // "two years ago this month", "a year ago today", "a month ago today": the same month, week or day
    // that many years (or months) back
    if (sign < 0 && !fromRef && (unit == u"Y" || unit == u"M") && word(m.end, u"today")) {
        const std::int64_t y0 = tv::yearOf(dct);
        const int mo0 = tv::monthOf(dct);
        const int day = int(dct - tv::days(y0, mo0, 1)) + 1;
        const std::int64_t months = y0 * 12 + (mo0 - 1) + count * (unit == u"Y" ? 12 : 1);
        const std::int64_t y = months / 12;
        const int mo = int(months % 12) + 1;
        if (tv::validDay(y, mo, day))
            return dayMatch(m.end + 1, tv::days(y, mo, day));
    }
    if (sign < 0 && !fromRef && unit == u"Y" && word(m.end, u"this") && (word(m.end + 1, u"month") || word(m.end + 1, u"week"))) {
        const QString same = unitValue(dct, word(m.end + 1, u"month") ? QStringLiteral("M") : QStringLiteral("W"), 0);
        m.value = QString::number(tv::yearOf(dct) + count) + same.mid(4);
        m.end += 2;
        return m;
    }
    if (unit == u"DE" || unit == u"CE") {
        // "a decade ago" is a year ten years back, not the decade before this one
        m.value = unitValue(anchor, QStringLiteral("Y"), count * (unit == u"DE" ? 10 : 100));
        return m;
    }
    m.value = unitValue(anchor, unit, count);
    if (unit == u"D") {
        m.refDay = anchor + count;
        m.refUnit = 'D';
    }
    return m;
}

TimexRules::Match TimexRules::reference(int i)
{
    const Token *a = tok(i);
    Match m;
    auto ref = [&m](int end, const char *value) {
        m.end = end;
        m.value = QString::fromLatin1(value);
        return m;
    };
    if (a->is(u"now") || a->is(u"currently") || a->is(u"nowadays") || a->is(u"presently"))
        return ref(i + 1, "PRESENT_REF");
    if (a->is(u"right") && word(i + 1, u"now"))
        return ref(i + 2, "PRESENT_REF");
    if (a->is(u"these") && word(i + 1, u"days"))
        return ref(i + 2, "PRESENT_REF");
    if (a->is(u"recently") || a->is(u"lately"))
        return ref(i + 1, "PAST_REF");
    // "was soon released" in a past narrative is no reference to the future
    const bool modalBefore = word(i - 1, u"may") || word(i - 1, u"might") || word(i - 1, u"will") || word(i - 1, u"could")
        || word(i - 1, u"should") || word(i - 1, u"can") || word(i - 1, u"would");
    if (a->is(u"soon") && !word(i + 1, u"as") && !word(i + 1, u"after") && (modalBefore || tenseAround(i) != Tense::Past))
        return ref(i + 1, "FUTURE_REF");
    if (a->is(u"as") && word(i + 1, u"soon") && word(i + 2, u"as") && word(i + 3, u"possible"))
        return ref(i + 4, "FUTURE_REF");
    if (a->is(u"the")) {
        int k = i + 1;
        if (word(k, u"near") || word(k, u"foreseeable") || word(k, u"distant") || word(k, u"recent"))
            ++k;
        if (word(k, u"future"))
            return ref(k + 1, "FUTURE_REF");
        // "in the past", "in the past it had...": longer readings ("the past two years") win in matchCore
        if (word(k, u"past") && (closesExpression(k + 1) || (k == i + 1 && (word(i - 1, u"in") || word(i - 1, u"from")))))
            return ref(k + 1, "PAST_REF");
        if (word(k, u"other") && word(k + 1, u"day"))
            return ref(k + 2, "PAST_REF");
        if ((word(k - 1, u"near") && word(k, u"term")) || (word(k, u"short") && word(k + 1, u"term")))
            return ref(word(k, u"term") ? k + 1 : k + 2, "FUTURE_REF");
        if (word(k, u"long") && word(k + 1, u"term"))
            return ref(k + 2, "FUTURE_REF");
        const Token *u = tok(k);
        if (u && u->isWord() && lexicon::unitIsPlural(u->lower) && !lexicon::unit(u->lower).isEmpty() && word(k + 1, u"ahead")) {
            Match d;
            d.end = k + 2;
            d.type = Timex::Type::Duration;
            d.value = QStringLiteral("PX") + (lexicon::unit(u->lower) == u"MIN" ? QStringLiteral("M") : lexicon::unit(u->lower));
            return d;
        }
    }
    return {};
}

TimexRules::Match TimexRules::weekdayExpr(int i)
{
    const Token *a = tok(i);
    if (!a || !a->isWord() || !a->capitalised)
        return {};
    const int wd = lexicon::weekday(a->lower);
    if (!wd)
        return {};
    // "Bloody Sunday", "Black Friday", "the Good Friday Agreement": a name, not this week's day
    if (const Token *p = tok(i - 1); p && p->isWord() && p->capitalised
        && (p->lower == u"good" || p->lower == u"black" || p->lower == u"bloody" || p->lower == u"ash" || p->lower == u"palm"
            || p->lower == u"holy" || p->lower == u"super" || p->lower == u"maundy" || p->lower == u"cyber"))
        return {};
    // "Saturday, April 25", "Wed May 15, 2024": the explicit date wins. An abbreviation ("Sun",
    // "Sat", "Wed" are words too) is read only before such a date.
    const bool abbreviation = a->lower.size() < 6;
    int k = abbreviation && punct(i + 1, u'.') && joined(i + 1) ? i + 2 : i + 1;
    if (punct(k, u','))
        ++k;
    const Match explicitDate = std::max(monthDate(k), dayMonth(k), [](const Match &x, const Match &y) { return x.end < y.end; });
    if (explicitDate.end > 0)
        return explicitDate;
    if (abbreviation)
        return {};
    // "Thursday 11 and Friday 12 January 2024": a weekday and a bare day, in the month and year of
    // the date after it, when the weekday agrees
    if (int de = 0, dn = 0; isNumberTok(k) && dayNumber(k, de, dn)
        && (word(de, u"and") || word(de, u"or") || punct(de, u'-') || word(de, u"to") || punct(de, u','))) {
        int s = de + 1;
        if (const Token *w = tok(s); w && w->isWord() && lexicon::weekday(w->lower))
            s += punct(s + 1, u',') ? 2 : 1;
        const Match later = std::max(monthDate(s), dayMonth(s), [](const Match &x, const Match &y) { return x.end < y.end; });
        if (later.end > 0 && later.refUnit == 'D') {
            std::int64_t y = tv::yearOf(later.refDay);
            int mo = tv::monthOf(later.refDay);
            if (dn > int(later.refDay - tv::days(y, mo, 1)) + 1)
                mo = mo == 1 ? (--y, 12) : mo - 1;
            if (tv::validDay(y, mo, dn) && tv::isoWeekday(tv::days(y, mo, dn)) == wd)
                return dayMatch(de, tv::days(y, mo, dn));
        }
    }
    // "7 January (Wednesday)", "March 13, Friday": the weekday of the date just read
    if ((punct(i - 1, u'(') || punct(i - 1, u',')) && refToken == i - 1 && refUnit == 'D' && tv::isoWeekday(ref) == wd)
        return dayMatch(i + 1, ref);
    // "Tuesday-Wednesday", "Monday to Thursday", "will meet next Thursday and Friday": the second
    // day, after its first (a weekday just read; not in the past: "statements made Friday and Thursday")
    if (refToken == i - 1 && refUnit == 'D' && i >= 2 && tok(i - 2)->isWord() && lexicon::weekday(t[size_t(i - 2)].lower)
        && (punct(i - 1, u'-') || punct(i - 1, u'\u2013') || word(i - 1, u"to") || word(i - 1, u"through")
            || ((word(i - 1, u"and") || word(i - 1, u"or")) && tenseAround(i) != Tense::Past))) {
        const int after = ((wd - tv::isoWeekday(ref)) % 7 + 7) % 7;
        return withPartOfDay(dayMatch(i + 1, ref + (after == 0 ? 7 : after)));
    }
    // "on 24 and 25 June. A dinner opens the gathering on the Tuesday evening": "the" and a weekday
    // is the one of the days just named (within three days of the last one)
    if (word(i - 1, u"the") && refUnit == 'D' && refToken >= 0 && i - refToken < 80) {
        const int offset = ((wd - tv::isoWeekday(ref)) % 7 + 7) % 7;
        const int near = offset > 3 ? offset - 7 : offset;
        return withPartOfDay(dayMatch(i + 1, ref + near));
    }
    const int dow = tv::isoWeekday(dct);
    std::int64_t day = 0;
    const Tense tense = tenseAround(i);
    const int ahead = (wd - dow + 7) % 7, back = (dow - wd + 7) % 7;
    // an agenda's entry, a weekday that opens its line before a colon or dash and no verb says when
    // ("Schedule for the week:\nMonday: Open debate …\nWednesday: Consultations …"): the nearer one
    const bool entry = a->lineBefore && (punct(i + 1, u':') || punct(i + 1, u'\u2013') || punct(i + 1, u'\u2014') || punct(i + 1, u'-'));
    // ("would arrive Thursday", "who is in China through Sunday": the nearer one)
    if (tense == Tense::Future
        || ((tense == Tense::Conditional || tense == Tense::Present || (tense == Tense::Unknown && entry)) && ahead < back))
        day = dct + ahead;
    else
        day = dct - back;
    return withPartOfDay(dayMatch(i + 1, day));
}

} // namespace dateline::extract

