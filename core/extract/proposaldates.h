#pragma once

#include "core/date/fuzzydate.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/timex.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// How a sentence's dates date its proposals (eventproposer.cpp): which years date a clause, which
// dates are a report's, which join into one span. Internal to the extractor.
namespace dateline::extract::proposaldates {

// A year that dates its clause: "In 2019, Zelenskyy was elected", a chronology's "1993: …", a decade
// that opens its sentence (not "the 2015 nuclear deal", "since 2018", "in 2015 elections").
bool datesClauseByYear(const QString &text, const Timex &t);
// "later this year", "early next year": a plan dated by no more than its year.
bool yearAhead(const Timex &t);
// A plan for "next year" where its sentence speaks of a meeting, a visit, talks or a vote ("Xi is
// expected to attend a summit in the region next year"; a forecast for next year is no event).
bool meetingNextYear(const QString &text, const Timex &t, int sentenceStart, int sentenceEnd);
// Whether the day `last` (written by `before`) and `after` are the first and last days of one event:
// "Wednesday and Thursday", "Tuesday through Thursday", "March 3 to March 7".
bool spansDays(const QString &text, const Timex &before, const Timex &after, const QString &last);
// "ran from April 2021 to August 2022", "between 2019 and 2021": two dates the text writes as the
// start and end of one span, the second after the first; the span's EDTF, or empty.
QString spanFromTo(const QString &text, int sentenceStart, const Timex &before, const Timex &after);
// Parsed EDTF, cached per thread (an article repeats its dates).
const FuzzyDate &parsed(const QString &edtf);
// A date that names a day, a week, a month or a season (not a year, a duration or "recently").
bool namesDayWeekOrMonth(const Timex &t);
// The date of the reporting clause ("official figures showed on May 2", "Peskov on Monday said").
bool reportDate(const QString &text, const Timex &t, const Sentence &s);
// A figure's baseline: "fell to $1.2 billion from $1.5 billion in the year-ago period", "rose 5
// percent from a year earlier", "compared with the same quarter last year", "its lowest level since
// March 2009": what something is measured against, no event.
bool comparisonBaseline(const QString &text, const Timex &t, const Sentence &s);
// The end of a period a figure covers, right after the period (timexes[k - 1]): "the quarter ended
// Sept. 30", "the six months to 30 June". No event: the period dates the figure.
bool figurePeriod(const QString &text, const std::vector<Timex> &timexes, int k);
// The months of that period, ending with its end's month: "its fourth quarter ended June 30" ->
// "1989-04/1989-06", "the six months to 30 June", "the year ended Jan. 31". Empty when unknown.
QString periodEndingOn(const Timex &period, const Timex &end);
// "… on Monday, a day after Narendra Modi met Xi Jinping in Tianjin": a count of days, weeks or hours
// (timexes[k], a duration) before "after" or "before" and a clause dates that clause from the
// sentence's nearest day (Sunday; a week's count is approximate). The clause's range and its EDTF date.
struct CountedClause {
    int start = 0, end = 0;
    QString date;
};
std::optional<CountedClause> countedClause(const QString &text, const std::vector<Timex> &timexes, int k, int sentenceStart,
                                           int sentenceEnd);
// "A week before the summit opens on June 20, the envoys will meet": a count that opens the sentence,
// before or after a clause with a day of its own, dates the main clause after the comma (June 13; a
// week's count is approximate). The main clause's range and its EDTF date.
std::optional<CountedClause> countedMainClause(const QString &text, const std::vector<Timex> &timexes, int k, int sentenceStart,
                                               int sentenceEnd);
// Whether `inner` lies in a relative clause set off before `later` ("Araqchi, who met them on
// Monday, said on Tuesday that …"): the clause's date is not what the later one reports.
bool inRelativeClauseBefore(const QString &text, const Timex &inner, const Timex &later, int sentenceStart);
// Whether timexes[k] and timexes[k + 1] are a span of years the clause opens with: "Between 2019 and
// 2021, …", "From late 2022 until mid-2023, …" ("in 2019 and 2021" are two years).
bool opensYearSpan(const QString &text, const std::vector<Timex> &timexes, int k);
// The days of a visit a proposal dated `date` (one day) starts or ends, when its sentence says how
// long it lasts: "a three-day visit to France on Monday" -> Monday/Wednesday, "ended a two-day visit
// on Friday", "a two-day visit through Sunday" (beforeDate: the sentence up to the date) -> the two
// days that end then. Empty when it does not.
QString visitDays(const QString &date, QStringView sentence, const QString &title, QStringView beforeDate = {});

} // namespace dateline::extract::proposaldates
