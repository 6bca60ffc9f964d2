// Choosing the year of a month or day written without one (the tense it takes is read in
// timextense.cpp).
#include "core/extract/timexrules.h"

#include "core/extract/timexvalue.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace dateline::extract {

namespace tv = timexvalue;

namespace {

// The day (month and day) fell in the 31 days up to dct.
bool inLastMonth(std::int64_t dct, int month, int day)
{
    if (!day)
        return false;
    for (std::int64_t c = tv::yearOf(dct) - 1; c <= tv::yearOf(dct); ++c)
        if (tv::validDay(c, month, day) && tv::days(c, month, day) <= dct && tv::days(c, month, day) >= dct - 31)
            return true;
    return false;
}

} // namespace

std::int64_t TimexRules::resolveYear(int i, int month, int day, Tense tense, bool forcedPast) const
{
    if (headingYear > 0)
        return headingYear; // under a chronology's year heading
    if (const std::optional<std::int64_t> year = listYear(i, month, day))
        return *year;
    // "In 2014, talks collapsed in April", "In March 2014, talks broke down on March 3": the year the
    // sentence gave its own date before goes on to its later months and days
    if (clauseYearToken >= 0 && clauseYearToken == refToken && refToken <= i && i - refToken < 40 && tense != Tense::Future) {
        bool sameSentence = true;
        for (int k = refToken; k <= i && sameSentence; ++k)
            sameSentence = !t[size_t(k)].lineBefore && !t[size_t(k)].isPunct(u'.') && !t[size_t(k)].isPunct(u'?')
                && !t[size_t(k)].isPunct(u'!') && !t[size_t(k)].isPunct(u';');
        if (sameSentence)
            return tv::yearOf(ref);
    }
    if (const std::optional<std::int64_t> year = narrativeYear(i, month, day, tense))
        return *year;
    return nearestYear(month, day, tense, forcedPast);
}

std::optional<std::int64_t> TimexRules::listYear(int i, int month, int day) const
{
    // "- June 13: Israel strikes …; the round scheduled for June 15 is cancelled": beside the line's date
    if (listDay > 0 && i >= listDayEnd && i - listDayEnd < 60) {
        bool sameLine = true;
        for (int k = listDayEnd; k <= i && sameLine; ++k)
            sameLine = !t[size_t(k)].lineBefore;
        if (sameLine) {
            std::int64_t best = tv::yearOf(listDay);
            for (std::int64_t c = best - 1; c <= best + 1; c += 2)
                if (std::abs(tv::days(c, month, std::min(day ? day : 15, 28)) - listDay)
                    < std::abs(tv::days(best, month, std::min(day ? day : 15, 28)) - listDay))
                    best = c;
            return best;
        }
    }
    if (listDay > 0 && listItemDate(i)) {
        const std::int64_t y = tv::yearOf(listDay);
        const std::int64_t here = tv::days(y, month, std::min(day ? day : 1, 28));
        if (!listRunsBack && here < listDay - (day ? 0 : 31))
            return y + 1;
        if (listRunsBack && here > listDay)
            return y - 1;
        return y;
    }
    return std::nullopt;
}

// A narrative of another year: "On 22 July 2022, the parties signed the deal. The first ship
// left Odesa on 1 August." After a day or month of this paragraph that wrote its year (after
// "on" or "in"), more than a year before the story, a month and day go with it, as do dates
// counted from it ("two months later"): the occurrence nearest that day (what "will" happen is
// still counted from the story's day). Not a day of the last month: "Lavrov last visited China in
// July 2023. On March 20, Xi arrived in Moscow", written on April 2, is news of this March.
std::optional<std::int64_t> TimexRules::narrativeYear(int i, int month, int day, Tense tense) const
{
    // In a text of another time throughout (storyOfThePast) the last date goes on whatever its unit,
    // across paragraphs, and whatever the tense (a history's future is its own).
    if (storyOfThePast && refToken >= 0 && refUnit == 'Y') {
        ownPast = false;
        return tv::yearOf(ref);
    }
    if (((storyOfThePast && refToken >= 0 && ref < dct - 366 && !reachesNow(i))
         || (refYearWritten && (refUnit == 'D' || refUnit == 'M') && ref < dct - 366 && tense != Tense::Future
             && yearInView(i) == tv::yearOf(ref) && !inLastMonth(dct, month, day) && !reachesNow(i)))) {
        const int d = day ? day : 15;
        std::int64_t best = tv::yearOf(ref);
        std::int64_t bestDistance = -1;
        for (std::int64_t c = tv::yearOf(ref) - 1; c <= tv::yearOf(ref) + 1; ++c) {
            // (a story runs forward: "In January 1993 … On Aug. 20" is the August after; a step back
            // counts double, so a flashback must be near: "… talks had begun in May")
            const std::int64_t step = tv::days(c, month, std::min(d, 28)) - ref;
            const std::int64_t distance = step < 0 ? -2 * step : step;
            if (bestDistance < 0 || distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        ownPast = false;
        return best;
    }
    return std::nullopt;
}

// ("Since then, Pyongyang has carried out four more tests, the last in September 2017. Kim declared
// in January …": a present perfect in the dated sentence or after it brings the story up to now)
bool TimexRules::reachesNow(int i) const
{
    int k = std::min(refToken, i);
    while (k > 0 && k > refToken - 40 && !t[size_t(k)].lineBefore && !punct(k - 1, u'.') && !punct(k - 1, u'?')
           && !punct(k - 1, u'!'))
        --k;
    for (; k < i; ++k)
        if ((word(k, u"has") || word(k, u"have")) && tok(k + 1) && t[size_t(k + 1)].isWord()
            && (t[size_t(k + 1)].lower.endsWith(QLatin1String("ed")) || t[size_t(k + 1)].lower.endsWith(QLatin1String("en"))))
            return true;
    return false;
}

std::int64_t TimexRules::nearestYear(int month, int day, Tense tense, bool forcedPast) const
{
    if (forcedPast)
        tense = Tense::Past;
    // A month (and day) without a year: the occurrence nearest the creation date, unless the tense
    // points the other way and the occurrence on that side is not too far off (240 days: "the record
    // set on Aug. 6" in February is last August, but "payable Dec. 7" in October is this December).
    const std::int64_t y = tv::yearOf(dct);
    const int d = day ? day : 15;
    std::int64_t best = y;
    std::int64_t bestDistance = -1;
    std::int64_t sided = 0;
    std::int64_t sidedDistance = -1;
    const std::int64_t slack = day ? 7 : 16; // a month "in March" said in March is still this March
    for (std::int64_t c = y - 1; c <= y + 1; ++c) {
        if (!tv::validDay(c, month, std::min(d, 28)))
            continue;
        const std::int64_t cand = tv::days(c, month, std::min(d, 28));
        const std::int64_t distance = cand > dct ? cand - dct : dct - cand;
        if (bestDistance < 0 || distance < bestDistance) {
            best = c;
            bestDistance = distance;
        }
        // "said Putin would travel in the autumn": a future seen from the saying, which is about the story's day
        const bool onSide = tense == Tense::Past ? cand <= dct + slack
            : tense == Tense::Future || tense == Tense::Conditional ? cand >= dct - slack : false;
        if (onSide && (sidedDistance < 0 || distance < sidedDistance)) {
            sided = c;
            sidedDistance = distance;
        }
    }
    // the event's own past verb ("was indicted in August", written in May) reaches back a whole year
    const bool own = ownPast && tense == Tense::Past;
    ownPast = false;
    if (sidedDistance >= 0 && (sidedDistance <= (own ? 366 : 240) || forcedPast || tense == Tense::Future))
        return sided;
    return best;
}

} // namespace dateline::extract
