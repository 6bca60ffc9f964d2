#pragma once

#include "core/extract/timex.h"
#include "core/extract/token.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline::extract {

// Conditional: "would", "could" (future in the past), which says nothing about the creation date.
enum class Tense : std::uint8_t { Unknown, Past, Present, Future, Conditional };

// The hand-written grammar of English temporal expressions over tokens (private to the tagger).
// Each rule tries to read one expression starting at a token and, on success, returns where it
// ends and its TIMEX3 type, value and mod, resolved against the document creation time (dct) and
// the last date the text mentioned (ref). Rules live in several files: absolute dates
// (timexabsolute.cpp, timexcalendar.cpp), relative dates (timexrelative.cpp), durations and sets
// (timexduration.cpp), forms of current wire news (timexnews.cpp), parts of the day and days counted from the story's day (timexdaypart.cpp),
// tense (timextense.cpp), year choice (timexyear.cpp), and shared reading helpers with
// the driver (timexrules.cpp).
class TimexRules {
public:
    // dayFirst: the text writes "12/03/2024" for 12 March (timexvalue::numericDatesDayFirst)
    TimexRules(const std::vector<Token> &tokens, std::int64_t dctDays, bool dayFirst = false);

    struct Match {
        int end = -1; // one past the last token; -1 = no match
        Timex::Type type = Timex::Type::Date;
        QString value;
        QString mod;
        QString edtf;          // set for ranges ("March 17-18"); otherwise derived from value
        std::int64_t refDay = 0;  // the day a date-naming match makes the new reference
        char refUnit = 0;      // 'D', 'M', 'Y' when refDay is set
        bool comparison = false; // "a year earlier": a quarter counted from the last one, not a new one
    };

    // The longest expression starting at token i (modifiers such as "early" or "nearly" included).
    Match matchAt(int i);
    // Tells the rules that a match starting at token start was accepted, so later anaphoric
    // expressions anchor to it.
    void accept(const Match &m, int start);

private:
    // timexrules.cpp: reading helpers
    const Token *tok(int i) const { return i >= 0 && i < n ? &t[size_t(i)] : nullptr; }
    bool word(int i, QStringView w) const { return i >= 0 && i < n && t[size_t(i)].is(w); }
    bool punct(int i, char16_t c) const { return i >= 0 && i < n && t[size_t(i)].isPunct(c); }
    bool joined(int i) const { return i >= 0 && i < n && !t[size_t(i)].spaceBefore; }
    bool isNumberTok(int i) const { return i >= 0 && i < n && t[size_t(i)].isNumber(); }
    bool number(int i, int &end, double &value) const;   // value < 0: vague ("several")
    void halfMore(int &end, double &value) const;        // "two and a half": adds the half
    bool dayNumber(int i, int &end, int &day) const;
    bool yearNumber(int i, int &end, std::int64_t &year) const;
    bool yearWords(int i, int &end, std::int64_t &year) const; // "nineteen ninety-six"
    int monthAt(int i, int &end, bool bare) const;
    int ordinalAt(int i, int &end) const;
    Tense tenseAround(int i) const;
    struct TenseReading; // timextense.cpp: the rules tenseAround() applies, around one expression
    std::optional<std::int64_t> namedEventYear(int end, int month, int day) const; // "the Sept. 11 attacks"
    static bool movesDate(const QString &lower); // "postponed", "extended", "moved": a new date follows
    bool movedBefore(int i) const;              // such a verb just before token i
    std::optional<std::int64_t> pairedYear(int i, int month) const; // the year of "June 5" in "June 3 and June 5"
    // The year of a month (and day) named at token i without one. forcedPast: "since April" is in
    // the past however far back.
    std::int64_t resolveYear(int i, int month, int day, Tense tense, bool forcedPast = false) const;
    // timexyear.cpp: the parts of resolveYear() (empty: not this rule's)
    std::optional<std::int64_t> listYear(int i, int month, int day) const;    // in a list of dated lines
    std::optional<std::int64_t> narrativeYear(int i, int month, int day, Tense tense) const; // near the last year written
    bool reachesNow(int i) const; // a present perfect from the last dated sentence on
    std::int64_t nearestYear(int month, int day, Tense tense, bool forcedPast) const; // nearest the creation date
    // The date starting at token i opens a line of a list or chronology ("- April 19: …", "May 11 –
    // …", "| June 13 |"): at the line's start after bullets, and followed by a separator or the line's end.
    bool listItemDate(int i) const;
    // "since" before the date at token i, past its modifiers ("since early February", "since the end of May")
    bool afterSince(int i) const;
    bool dayBefore(int i) const; // a day of the month right before the month at token i ("2nd Mar")
    bool closesExpression(int i) const; // token i cannot continue a temporal phrase

    // timexabsolute.cpp
    static bool canStartExpression(const QString &lowerWord);
    Match matchCore(int i);
    Match monthDate(int i);
    Match dayMonth(int i);
    // the parts of dayMonth(): the day, a second day, the month after them (in one of its forms),
    // a day and month the range runs to, the year
    struct DayMonth {
        int j = 0;            // the day's token (after "the" or "this")
        int d = 0;            // the day
        int d1 = 0;           // the last day of a range, 0: none
        int e = 0;            // past the days (and "of"): the month's token
        bool dayOf = false;   // "this fifteenth day of March"
        int month = 0;
        int month2 = 0;       // the range's last month
        int me = 0;           // past the month
        int end = 0;          // past the expression
        bool listed = false;  // "on 3 and 17 March": the first day of a list
        std::optional<std::int64_t> year; // written in the month's form: "3-Feb-2025", "the 18th of next month"
    };
    bool dayBeforeMonth(int i, DayMonth &r) const;
    void daysRunning(int i, DayMonth &r) const;
    void monthAfterDays(int i, DayMonth &r) const;
    void hyphenedMonth(int i, DayMonth &r) const;      // "3-Feb-2025"
    void monthNamedRelative(int i, DayMonth &r) const; // "the 18th of this month"
    void monthOfList(int i, DayMonth &r) const;        // "on 3 and 17 March"
    bool dayInStoryMonthAt(int i, const DayMonth &r) const; // "talks resume on the 21st."
    Match dayInStoryMonth(int i, const DayMonth &r) const;
    void toDayInMonth(int i, DayMonth &r) const;       // "13 March to 23 April"
    std::int64_t dayMonthYear(int i, DayMonth &r) const;
    Match numericDate(int i);
    Match yearExpr(int i);
    Match decade(int i);
    Match season(int i);
    Match quarter(int i);
    // the parts of quarter(), tried in turn (empty: not this rule's)
    Match yearAgoPeriod(int i);   // "a year-earlier loss", "year-ago results"
    Match fiscalYearEnded(int i); // "the fiscal year ending June 30"
    Match reportingPeriod(int i); // "the quarter", "the current quarter", "the year-earlier period"
    Match namedQuarter(int i);    // "the third quarter", "Q3 2008", "the first half of 1990"
    std::int64_t quarterYear(int i, int &e, int q, bool half);
    Match holiday(int i);
    Match monthNamed(int i); // "the month of May", "the holy month of Ramadan"
    Match clockTime(int i);
    Match withPartOfDay(Match m);

    // timexdaypart.cpp
    std::int64_t storyDay() const;
    Match timeOfDay(int i);       // "that night", "the next morning"
    Match partOfDayPhrase(int i); // "mid-afternoon yesterday", "the late afternoon"
    Match theYear(int i);         // "for the year"
    Match unitBeforeAfter(int i); // "the day before", "the year after", "the week of March 6"
    Match namedDay(int i);        // a day-valued date expression at i, or none
    Match hourInPartOfDay(int i); // "4 in the morning"
    Match timeOnDay(int start, int e, int hour, int minute); // the time's tokens are [start, e)
    std::optional<std::int64_t> dayJustBefore(int start); // "on Thursday at" 10:00
    std::int64_t dayLaterInSentence(int e, std::int64_t fallback); // "at 6 a.m. and … on Nov. 5"

    // timexrelative.cpp
    Match deictic(int i);
    Match shifted(int i);     // last/next/this/the following + unit, weekday, month, season
    // the parts of shifted(): "earlier this year"; then, once the shift word is read, a unit or a name
    struct Shift {
        int k = 0;                // the unit's or the name's token
        int dir = 0;              // -1 back, 0 this, 1 ahead
        bool anaphoric = false;   // counted from the date the text named last ("the following day")
        bool the = false;         // opened by "the"
        QString word;             // the shift word: "last", "next", "this" …
        std::int64_t anchor = 0;  // the day counted from
        std::int64_t refHere = 0; // the date named last, as a day
        char unitHere = 0;        // its unit ('D', 'M', 'Y')
        bool refFineEnough = false;
    };
    Match earlierOrLaterIn(int i, int j);
    Match shiftedUnit(const Shift &shift, const QString &u);
    Match shiftedName(const Shift &shift, const QString &name);
    Match agoLater(int i);    // "three days ago", "a year earlier", "two weeks later"
    Match weekdayExpr(int i); // "Friday": the one before or after the creation date, by tense
    Match duration(int i);
    // the parts of duration(): a vague time, then a length read in turn (its opening words, the
    // amount, on to the unit, the unit) and its value
    struct Length {
        int j = 0;             // the number's token (the unit's when there is none)
        int e = 0;             // past the number: the unit's token, once toLengthUnit() has run
        double n = 0;          // the amount; -1: unknown ("for years")
        bool the = false;      // opened by "the", "those", "these"
        bool leadWord = false; // "past", "next", "first" …
        bool hyphen = false;   // "a two-year plan"
    };
    Match vagueTimeAround(int i) const; // "in recent years", "coming months"
    bool lengthOpening(int i, Length &len) const;
    bool lengthAmount(int i, Length &len) const;
    void toLengthUnit(Length &len) const;
    QString lengthUnit(const Length &len) const;
    bool quarterOfAPoint(int i) const;
    int quarterCenturyEnd(const Length &len) const;
    static QString durationValue(QString unit, double n);
    Match weekendOrYearEnd(int i);
    bool rateContext(int i) const;
    bool afterSuperlative(int i) const; // "the highest level" before token i: "in years" is then a length
    Match setExpr(int i);
    Match reference(int i);   // now, recently, the future...
    QString unitValue(std::int64_t day, const QString &unit, int offset) const;

    // timexnews.cpp: forms of current wire news
    Match overnight(int i);    // "struck overnight"
    Match longDuration(int i); // "weeklong", "decades-long"
    bool beforeLong(int end) const; // "-long" follows: "a year-long" is matched from "year"
    Match yearSpan(int i);     // "2023/24", "the 2024-25 season", "FY24"
    Match halfYear(int i);     // "H1 2024"
    Match monthQuarter(int i); // "the January-March quarter"
    Match weekdayOfWeek(int i); // "Friday next week"
    Match secondDay(int i);    // "25" in "on April 24 and 25"
    bool temperatureContext(int i) const; // "highs in the 90s" are degrees

    static Match dayMatch(int end, std::int64_t day);

    const std::vector<Token> &t;
    int n = 0;
    std::int64_t dct = 0;
    bool slashDayFirst = false;
    // tenseAround() found the past in the expression's own verb just before it ("was indicted in
    // August"); resolveYear() then reaches a year back (read once, then cleared)
    mutable bool ownPast = false;
    std::int64_t ref = 0;
    char refUnit = 'D';
    // The year of the chronology heading read last ("2006" or "March 2022" alone on a line, then
    // "July 31 - …", "Dec. 23 - …"), 0 before any: a month and day without a year are in it.
    std::int64_t headingYear = 0;
    // A list whose lines open with dates ("- April 12, 2025: …", "- April 19: …"): the last such
    // date (0 before any) and whether the list runs back in time (newest first). A line's date
    // without a year continues the list's year, into the next (or previous) one when it would go back.
    std::int64_t listDay = 0;
    int listDayEnd = -1; // the token after that date: the rest of its line is dated beside it
    bool listRunsBack = false;
    // The last quarter the text named (year * 4 + quarter - 1), -1 before any: in results
    // reporting "a year earlier" and "the year-ago period" mean that quarter a year before.
    std::int64_t lastQuarter = -1;
    int refToken = -1000; // where the reference date's expression ended
    int clauseYearToken = -1;     // refToken when that date wrote its year after "in" or "on" ("In 2014,")
    bool refYearWritten = false; // the reference date wrote its year, after "on" or "in" ("on 22 July 2022")
    std::int64_t lastDay = 0; // the last day a match named (0 before any)
    bool refSpan = false;     // the reference is a season, quarter or half year, not a month
    bool storyOfThePast = false; // every year written is years before the creation date (see the constructor)
    int lastQuarterToken = 0;
    QString quarterBefore(int years) const; // lastQuarter shifted by whole years
    // "the year" at token i: the reference date's year when this paragraph named it, else the
    // story's own year (a year named in an earlier paragraph's background is not "the year")
    std::int64_t yearInView(int i) const;
    // A quarter was named shortly before token i (a few sentences): "a year ago" then compares with it.
    bool quarterInSight(int i) const { return lastQuarter >= 0 && i - lastQuarterToken <= kQuarterReach; }
    static constexpr int kQuarterReach = 150; // tokens
    static constexpr int kMonthReach = 25;    // tokens: about a sentence
};

} // namespace dateline::extract
