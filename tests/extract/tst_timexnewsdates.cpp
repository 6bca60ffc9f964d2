// The temporal expression tagger on current wire-news phrasing (round 4): dates (days, weeks, months, seasons, years,
// vague references), against a fixed creation date: Wednesday 2024-05-15 (ISO week 20).
// Sentences written for this test, one row per expression family.
#include "core/extract/timextagger.h"
#include "timextestrows.h"

#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace dateline::extract;

class TestTimexNewsDates : public QObject {
    Q_OBJECT
private slots:
    void expressions_data();
    void expressions();
    void dependsOnTheMonth_data();
    void dependsOnTheMonth();
};

namespace {

const CivilDate kDct{2024, 5, 15};

} // namespace

void TestTimexNewsDates::expressions_data()
{
    addTimexColumns();
    const auto row = timexRow;
    row("over the weekend", "Protesters gathered in the capital over the weekend.", "the weekend",
        "DATE", "2024-W19-WE", "2024-05-11/2024-05-12");
    // an attribution after a comma has its own tense
    row("future before an attribution", "Iran will hold talks with Britain, France and Germany in Istanbul on Friday, a "
        "spokesman said on Tuesday.", "Friday", "DATE", "2024-05-17", "2024-05-17");
    row("past before an attribution", "Iran held talks with Britain, France and Germany in Istanbul on Friday, a "
        "spokesman said on Tuesday.", "Friday", "DATE", "2024-05-10", "2024-05-10");
    // what one looks forward to lies ahead, whatever verb comes after
    row("looks forward to", "Lee said he looks forward to attending the APEC meeting in April and welcomed the visit.",
        "April", "DATE", "2025-04", "2025-04");
    // an aside on an earlier plan says nothing of the clause's tense
    row("aside on an earlier plan", "May 3 - A fourth round, planned in Rome, was postponed for logistical reasons.",
        "May 3", "DATE", "2024-05-03", "2024-05-03");
    // (round 27) and so does a relative clause on a plan
    row("relative clause on a plan", "Netanyahu, who is due to meet President Donald Trump in Washington on Friday, spoke.",
        "Friday", "DATE", "2024-05-17", "2024-05-17");
    // (round 28) and a clause after "since" has its own
    row("a clause since", "Netanyahu is due to meet Trump at the White House on Monday, his third visit since Trump returned "
        "to office.", "Monday", "DATE", "2024-05-20", "2024-05-20");
    // (round 27) an infinitive in -ss is one ("to pass"); a deadline for what someone was asked to do
    // lies ahead, the day of an order need not
    row("agreed to pass by a day", "The senators agreed to pass the bill by Friday.", "Friday", "DATE", "2024-05-17",
        "2024-05-17");
    row("asked to do by a day", "Biden asked Congress to pass the bill by Friday.", "Friday", "DATE", "2024-05-17",
        "2024-05-17");
    row("ordered to do on a day", "The court ordered Israel to halt its offensive on Friday.", "Friday", "DATE", "2024-05-10",
        "2024-05-10");
    // "the end of the week" after a day of another month is that day's week, unless it is to come
    row("the week to come after an old day", "He last met Trump on Feb. 28. By the end of the week, European leaders "
        "will decide.", "the end of the week", "DATE", "2024-W20", "2024-05-13/2024-05-19");
    // "until" set off in commas after the clause is the clause's bound, ahead (not a fronted "Until …,")
    row("until in commas", "The measures will remain in place for six months, until July 31, unless renewed.", "July 31",
        "DATE", "2024-07-31", "2024-07-31");
    row("until in commas, the next year", "The curbs will remain in place, until March 31, unless renewed.", "March 31",
        "DATE", "2025-03-31", "2025-03-31");
    // what a visit follows is behind it, and a clause after ", and" has its own tense
    row("follows, then a clause of its own", "The visit follows a call between Xi and Biden on May 2, and comes ahead of a "
        "meeting in Italy next month.", "May 2", "DATE", "2024-05-02", "2024-05-02");
    // what one is ready for lies ahead
    row("ready for", "Kyiv is ready for a full ceasefire from Monday.", "Monday", "DATE", "2024-05-20", "2024-05-20");
    // (an adjective made with "-ed" is no past verb)
    row("a hyphened adjective", "The council is due to vote on a US-drafted resolution backing the plan on Monday.", "Monday",
        "DATE", "2024-05-20", "2024-05-20");
    // a month "of that year" is the story's year
    row("month of that year", "He shared the 1973 Nobel Peace Prize for the accords, signed in January of that year.",
        "January of that year", "DATE", "1973-01", "1973-01");
    // what a promise commits to lies ahead, past the promise's own date
    row("promise, its day, then the infinitive", "The two sides agreed on Monday to resume talks in March.", "March", "DATE",
        "2025-03", "2025-03");
    // what is prepared for lies ahead
    row("run-up to", "The ministers discussed aid in the run-up to a leaders' summit on Friday.", "Friday", "DATE",
        "2024-05-17", "2024-05-17");
    // a plural's plain "vote" is a vote to come; "a parliamentary vote" is a noun
    row("people vote", "Mexicans vote on Sunday in the country's largest election.", "Sunday", "DATE", "2024-05-19",
        "2024-05-19");
    // a possibility after the date lies ahead, as before it
    row("could after the month", "Elections in November could change the calculus.", "November", "DATE", "2024-11",
        "2024-11");
    // a present perfect brings a story of another year up to now: the month after it is this one's
    row("story brought up to now", "Pyongyang has carried out four more tests, the last in September 2017. Kim declared "
        "in January that the South was its primary foe.", "January", "DATE", "2024-01", "2024-01");
    // an attribution with another reporting verb than "said" has its own tense too
    row("future before a confirmation", "Iran and the United States will hold a second round of talks on Tehran's "
        "nuclear programme in Rome on Saturday, officials from both countries have confirmed.", "Saturday", "DATE",
        "2024-05-18", "2024-05-18");
    // a weekday joined to the one before follows it, ahead; in the past the order is free
    row("next Tuesday and Wednesday", "EU leaders will gather in Brussels next Tuesday and Wednesday.", "Wednesday",
        "DATE", "2024-05-22", "2024-05-22");
    row("past weekdays in any order", "Statements were made Friday and Thursday by the lawyer.", "Thursday",
        "DATE", "2024-05-09", "2024-05-09");
    // "most recently" puts the date behind, though the verb before it promised
    row("most recently", "Orban has threatened to veto the decision before, most recently at the October summit.",
        "October", "DATE", "2023-10", "2023-10");
    row("this weekend", "The talks will resume this weekend.", "this weekend",
        "DATE", "2024-W20-WE", "2024-05-18/2024-05-19");
    row("next weekend", "The envoy will arrive next weekend.", "next weekend",
        "DATE", "2024-W21-WE", "2024-05-25/2024-05-26");
    row("last weekend", "Storms hit the coast last weekend.", "last weekend",
        "DATE", "2024-W19-WE", "2024-05-11/2024-05-12");
    row("coming months", "Rates could fall in coming months.", "coming months", "DATE", "FUTURE_REF", "2024-05-15/..");
    row("recent weeks", "Fighting has intensified in recent weeks.", "recent weeks", "DATE", "PAST_REF", "../2024-05-15");
    row("the past fortnight", "Ministers met twice in the past fortnight.", "the past fortnight", "DURATION", "P2W", "");
    row("the coming fortnight", "A deal is expected in the coming fortnight.", "the coming fortnight", "DURATION", "P2W", "");
    row("a fortnight ago", "The talks collapsed a fortnight ago.", "a fortnight ago", "DATE", "2024-W18",
        "2024-04-29/2024-05-05");
    row("year's end", "The talks should conclude by year's end.", "year's end", "DATE", "2024", "2024-09/2024-12");
    row("the month's end", "Payments are due by the month's end.", "the month's end", "DATE", "2024-05",
        "2024-05-21/2024-05-31");
    row("recent days", "Several ships were attacked in recent days.", "recent days", "DATE", "PAST_REF", "../2024-05-15");
    row("currently", "The minister is currently in Paris.", "currently", "DATE", "PRESENT_REF", "2024-05-15");
    row("nowadays", "Few diplomats travel by sea nowadays.", "nowadays", "DATE", "PRESENT_REF", "2024-05-15");
    row("for now", "The border stays closed for now.", "now", "DATE", "PRESENT_REF", "2024-05-15");
    row("earlier this week", "The envoy met rebel leaders earlier this week.", "earlier this week",
        "DATE", "2024-W20", "2024-05-13/2024-05-19");
    row("later this month", "Parliament will vote later this month.", "later this month", "DATE", "2024-05", "2024-05");
    row("late last year", "The company was founded late last year.", "late last year", "DATE", "2023", "2023-09/2023-12");
    row("early next year", "Elections are due early next year.", "early next year", "DATE", "2025", "2025-01/2025-04");
    row("end of the year", "The troops will leave by the end of the year.", "the end of the year",
        "DATE", "2024", "2024-09/2024-12");
    row("end of next month", "A decision is expected at the end of next month.", "the end of next month",
        "DATE", "2024-06", "2024-06-21/2024-06-30");
    row("year-end", "The bank expects inflation to ease by year-end.", "year-end", "DATE", "2024", "2024-09/2024-12");
    row("so far this year", "More than 200 migrants have died so far this year.", "this year", "DATE", "2024", "2024");
    row("decade ago", "The war began a decade ago.", "a decade ago", "DATE", "2014", "2014");
    row("the 2010s", "Growth slowed in the 2010s.", "the 2010s", "DATE", "201", "201X");
    row("mid-1990s", "The treaty was signed in the mid-1990s.", "the mid-1990s", "DATE", "199", "1994/1996");
    row("since year", "The region has been tense since 2014.", "2014", "DATE", "2014", "2014");
    row("fiscal year", "The budget for fiscal year 2025 was approved.", "fiscal year 2025", "DATE", "2025", "2025");
    row("FY", "The budget for FY2025 was approved.", "FY2025", "DATE", "2025", "2025");
    row("Q3 year", "Profit rose in Q3 2021.", "Q3 2021", "DATE", "2021-Q3", "2021-07/2021-09");
    row("quarter of year", "Profit rose in the third quarter of 2023.", "the third quarter of 2023",
        "DATE", "2023-Q3", "2023-07/2023-09");
    row("year range en dash", "He was ambassador in 2015\u20132018.", "2015\u20132018", "DATE", "2015", "2015/2018");
    row("from year to year", "He was ambassador from 2015 to 2018.", "2018", "DATE", "2018", "2018");
    row("between years", "Exports doubled between 2010 and 2012.", "2012", "DATE", "2012", "2012");
    row("jan 6", "The riot on Jan. 6 shocked the nation.", "Jan. 6", "DATE", "2024-01-06", "2024-01-06");
    row("May 2nd", "The ceasefire began on May 2nd.", "May 2nd", "DATE", "2024-05-02", "2024-05-02");
    row("1st of June", "The summit opens on the 1st of June.", "the 1st of June", "DATE", "2024-06-01", "2024-06-01");
    row("day month year", "The accord was signed on 12 June 2023.", "12 June 2023", "DATE", "2023-06-12", "2023-06-12");
    row("weekday comma date", "The vote took place on Monday, May 13.", "Monday, May 13",
        "DATE", "2024-05-13", "2024-05-13");
    row("weekday bracket date", "He arrived on Tuesday (May 14) in Kyiv.", "Tuesday", "DATE", "2024-05-14", "2024-05-14");
    row("this summer", "The games open this summer.", "this summer", "DATE", "2024-SU", "2024-22");
    row("last summer", "The floods came last summer.", "last summer", "DATE", "2023-SU", "2023-22");
    row("summer year", "Prices peaked in summer 2022.", "summer 2022", "DATE", "2022-SU", "2022-22");
    row("late weekday", "The deal was reached late Tuesday.", "late Tuesday", "DATE", "2024-05-14", "2024-05-14");
    row("early weekday", "The blast struck early Wednesday.", "early Wednesday", "DATE", "2024-05-15", "2024-05-15");
    row("previous year", "Sales rose in 2023 after falling the previous year.", "the previous year", "DATE", "2022", "2022");
    row("prior month", "Prices rose in April from the prior month.", "the prior month", "DATE", "2024-03", "2024-03");
    row("sept no dot", "The plan was unveiled on Sept 30.", "Sept 30", "DATE", "2023-09-30", "2023-09-30");
    row("jan no dot", "The riot on Jan 6 shocked the nation.", "Jan 6", "DATE", "2024-01-06", "2024-01-06");
    row("aug no dot day", "Voting ends on Aug 2.", "Aug 2", "DATE", "2024-08-02", "2024-08-02");
    row("past week", "Prices rose over the past week.", "the past week", "DATE", "2024-W19", "2024-05-06/2024-05-12");
    row("this past weekend", "Protests spread this past weekend.", "this past weekend",
        "DATE", "2024-W19-WE", "2024-05-11/2024-05-12");
    row("mid-May", "The summit is planned for mid-May.", "mid-May", "DATE", "2024-05", "2024-05-11/2024-05-20");
    row("end-May", "Talks should finish by end-May.", "end-May", "DATE", "2024-05", "2024-05-21/2024-05-31");
    row("mid-2023", "Inflation peaked in mid-2023.", "mid-2023", "DATE", "2023", "2023-05/2023-08");
    row("H1 2024", "Profit rose in H1 2024.", "H1 2024", "DATE", "2024-H1", "2024-01/2024-06");
    row("first-quarter", "The bank posted first-quarter profit.", "first-quarter", "DATE", "2024-Q1", "2024-01/2024-03");
    row("2023/24", "The budget for 2023/24 was cut.", "2023/24", "DATE", "2023", "2023/2024");
    row("2024-25 season", "He joined for the 2024-25 season.", "2024-25", "DATE", "2024", "2024/2025");
    row("years not consecutive", "Form 1990/75 was filed.", "1990", "DATE", "1990", "1990");
    row("fiscal 2024", "Sales fell in fiscal 2024.", "fiscal 2024", "DATE", "2024", "2024");
    row("FY24", "Sales fell in FY24.", "FY24", "DATE", "2024", "2024");
    row("day range", "Leaders met on May 13-14.", "May 13-14", "DATE", "2024-05-13", "2024-05-13/2024-05-14");
    row("day range dm", "Leaders met on 13-14 May.", "13-14 May", "DATE", "2024-05-13", "2024-05-13/2024-05-14");
    row("next day", "Talks opened on May 13 and ended the next day.", "the next day", "DATE", "2024-05-14", "2024-05-14");
    row("following week", "Talks opened on May 13 and resumed the following week.", "the following week",
        "DATE", "2024-W21", "2024-05-20/2024-05-26");
    row("late next month", "The vote is set for late next month.", "late next month",
        "DATE", "2024-06", "2024-06-21/2024-06-30");
    row("start of year", "Prices have risen since the start of the year.", "the start of the year",
        "DATE", "2024", "2024-01/2024-04");
    row("beginning 2025", "The law takes effect at the beginning of 2025.", "the beginning of 2025",
        "DATE", "2025", "2025-01/2025-04");
    row("end-2024", "Debt will peak at end-2024.", "end-2024", "DATE", "2024", "2024-09/2024-12");
    row("last year's", "Last year's harvest was poor.", "Last year", "DATE", "2023", "2023");
    row("thursday's", "Thursday's vote was delayed.", "Thursday", "DATE", "2024-05-09", "2024-05-09");
    row("the '90s", "Crime peaked in the '90s.", "the '90s", "DATE", "199", "199X");
    row("21st century", "It is the worst war of the 21st century.", "the 21st century", "DATE", "20", "20XX");
    row("last decade", "Growth slowed over the last decade.", "the last decade", "DATE", "201", "201X");
    row("a week ago", "He was detained a week ago.", "a week ago", "DATE", "2024-W19", "2024-05-06/2024-05-12");
    row("week before", "Talks opened on May 13, after a truce the week before.", "the week before",
        "DATE", "2024-W19", "2024-05-06/2024-05-12");
    row("may 15 2024", "The statement was dated May 15, 2024.", "May 15, 2024", "DATE", "2024-05-15", "2024-05-15");
    row("15 may 2024", "The statement was dated 15 May 2024.", "15 May 2024", "DATE", "2024-05-15", "2024-05-15");
    row("late on sunday", "The bill passed late on Sunday.", "late on Sunday", "DATE", "2024-05-12", "2024-05-12");
    row("tuesday comma", "On Tuesday, May 14, 2024, he arrived.", "Tuesday, May 14, 2024",
        "DATE", "2024-05-14", "2024-05-14");
    row("until march", "The ban stays in force until March.", "March", "DATE", "2025-03", "2025-03");
    row("through june", "The sanctions run through June.", "June", "DATE", "2024-06", "2024-06");
    row("weekday day month", "He arrived on Wednesday 15 May.", "Wednesday 15 May", "DATE", "2024-05-15", "2024-05-15");
    row("15th May", "He arrived on 15th May.", "15th May", "DATE", "2024-05-15", "2024-05-15");
    row("the 15th of May", "He arrived on the 15th of May.", "the 15th of May", "DATE", "2024-05-15", "2024-05-15");
    row("uk numeric", "The letter was dated 15/05/2024.", "15/05/2024", "DATE", "2024-05-15", "2024-05-15");
    row("iso slash", "The letter was dated 2024/05/15.", "2024/05/15", "DATE", "2024-05-15", "2024-05-15");
    row("earlier this month", "Talks collapsed earlier this month.", "earlier this month", "DATE", "2024-05", "2024-05");
    row("in early May", "Talks collapsed in early May.", "early May", "DATE", "2024-05", "2024-05-01/2024-05-10");
    row("by 2030", "Emissions must fall by 2030.", "2030", "DATE", "2030", "2030");
    row("mid-2030s", "Output will peak by the mid-2030s.", "the mid-2030s", "DATE", "203", "2034/2036");
    row("two weeks ago", "He was detained two weeks ago.", "two weeks ago", "DATE", "2024-W18", "2024-04-29/2024-05-05");
    row("monday bracket", "He arrived Monday (May 13) in Kyiv.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("last friday", "He resigned last Friday.", "last Friday", "DATE", "2024-05-10", "2024-05-10");
    row("this week", "Talks continue this week.", "this week", "DATE", "2024-W20", "2024-05-13/2024-05-19");
    row("next year", "Elections are due next year.", "next year", "DATE", "2025", "2025");
    row("this spring", "Talks stalled this spring.", "this spring", "DATE", "2024-SP", "2024-21");
    row("autumn", "Elections are due in the autumn.", "the autumn", "DATE", "2024-FA", "2024-23");
    row("fall 2025", "Elections are due in fall 2025.", "fall 2025", "DATE", "2025-FA", "2025-23");
    row("ahead of weekday's", "Crowds gathered ahead of Sunday's election.", "Sunday", "DATE", "2024-05-19", "2024-05-19");
    row("ahead of next week's", "Ministers met ahead of next week's summit.", "next week",
        "DATE", "2024-W21", "2024-05-20/2024-05-26");
    row("said on wednesday", "The ministry said on Wednesday that talks failed.", "Wednesday",
        "DATE", "2024-05-15", "2024-05-15");
    row("earlier on wednesday", "Earlier on Wednesday, troops withdrew.", "Wednesday", "DATE", "2024-05-15", "2024-05-15");
    row("next year's", "He will run in next year's election.", "next year", "DATE", "2025", "2025");
    row("since oct 7", "Fighting has raged since Oct. 7.", "Oct. 7", "DATE", "2023-10-07", "2023-10-07");
    row("oct 7 attack past", "Hamas killed 1,200 people in the Oct 7 attack.", "Oct 7", "DATE", "2023-10-07", "2023-10-07");
    row("first-half", "The bank posted first-half profit of $2 billion.", "first-half",
        "DATE", "2024-H1", "2024-01/2024-06");
    row("january-march", "Growth slowed in the January-March quarter.", "the January-March quarter",
        "DATE", "2024-Q1", "2024-01/2024-03");
    row("april-june", "Output fell in April-June.", "April-June", "DATE", "2024-Q2", "2024-04/2024-06");
    row("late last month", "The ceasefire collapsed late last month.", "late last month",
        "DATE", "2024-04", "2024-04-21/2024-04-30");
    row("next decade", "Demand will double over the next decade.", "the next decade", "DATE", "203", "203X");
    row("first time since", "It was the first visit since 2019.", "2019", "DATE", "2019", "2019");
    row("next monday", "The court will rule next Monday.", "next Monday", "DATE", "2024-05-20", "2024-05-20");
    // (round 33) "next" and "last" name the nearest such day after or before the creation date,
    // as TimeBank's "last Thursday" written on a Monday is three days back and "last Wednesday"
    // written on a Wednesday a week back (written on Wednesday 15 May)
    row("next weekday of tomorrow", "The envoys meet next Thursday.", "next Thursday", "DATE", "2024-05-16", "2024-05-16");
    row("next weekday of today", "The envoys meet next Wednesday.", "next Wednesday", "DATE", "2024-05-22", "2024-05-22");
    row("last weekday of today", "The envoys met last Wednesday.", "last Wednesday", "DATE", "2024-05-08", "2024-05-08");
    row("last weekday of yesterday", "The envoys met last Tuesday.", "last Tuesday", "DATE", "2024-05-14", "2024-05-14");
    row("may last year", "He was arrested in May last year.", "May last year", "DATE", "2023-05", "2023-05");
    row("season en dash", "He starred in the 1990\u201391 season.", "1990\u201391", "DATE", "1990", "1990/1991");
    row("2019-20", "The 2019-20 budget was cut.", "2019-20", "DATE", "2019", "2019/2020");
    row("early hours", "The attack came in the early hours of Sunday.", "Sunday", "DATE", "2024-05-12", "2024-05-12");
    row("ten days from now", "The vote is ten days from now.", "ten days from now", "DATE", "2024-05-25", "2024-05-25");
    row("last year's election", "He lost last year's election.", "last year", "DATE", "2023", "2023");
    row("the following day", "He was arrested on May 3 and freed the following day.", "the following day",
        "DATE", "2024-05-04", "2024-05-04");
    row("by the weekend", "Aid should arrive by the weekend.", "the weekend",
        "DATE", "2024-W20-WE", "2024-05-18/2024-05-19");
    row("in 2023 and 2024", "Growth slowed in 2023 and 2024.", "2024", "DATE", "2024", "2024");
    row("on sept 11", "The attacks of Sept. 11, 2001 changed policy.", "Sept. 11, 2001", "DATE", "2001-09-11", "2001-09-11");
    row("head to the polls", "Voters head to the polls on Sunday.", "Sunday", "DATE", "2024-05-19", "2024-05-19");
    row("goes to a vote", "The bill goes to a vote on Thursday.", "Thursday", "DATE", "2024-05-16", "2024-05-16");
    row("takes place", "The summit takes place on Friday in Rome.", "Friday", "DATE", "2024-05-17", "2024-05-17");
    row("takes effect", "The ceasefire takes effect on Friday.", "Friday", "DATE", "2024-05-17", "2024-05-17");
    row("plural take effect", "The new export curbs take effect on Friday.", "Friday", "DATE", "2024-05-17", "2024-05-17");
    row("plural take place", "Regional elections take place on Sunday.", "Sunday", "DATE", "2024-05-19", "2024-05-19");
    row("did not take place", "The parade did not take place on Sunday.", "Sunday", "DATE", "2024-05-12", "2024-05-12");
    row("progressive arrangement", "The finance ministers are meeting on Thursday in Brussels.", "Thursday", "DATE", "2024-05-16",
        "2024-05-16");
    row("progressive travel", "The chancellor is also travelling to Beijing on Friday.", "Friday", "DATE", "2024-05-17",
        "2024-05-17");
    row("progressive of inquiry looks back", "Police are investigating an arson attack on Monday.", "Monday", "DATE", "2024-05-13",
        "2024-05-13");
    row("past progressive", "The envoys were meeting on Monday when the news broke.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("weekday week", "The prime minister will face MPs on Tuesday week.", "Tuesday week", "DATE", "2024-05-28", "2024-05-28");
    row("same weekday week", "The court sits again on Wednesday week.", "Wednesday week", "DATE", "2024-05-22", "2024-05-22");
    row("polls close", "Polls open at 7am and close at 10pm on Thursday.", "10pm on Thursday", "TIME", "2024-05-16T22:00",
        "2024-05-16T22:00:00");
    row("remained open", "Shops remained open on Monday despite the strike.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("will be held", "The runoff will be held on Sunday.", "Sunday", "DATE", "2024-05-19", "2024-05-19");
    row("will be paid", "The dividend will be paid Dec. 14.", "Dec. 14", "DATE", "2024-12-14", "2024-12-14");
    row("are being held", "The consultations are being held on Friday.", "Friday", "DATE", "2024-05-17", "2024-05-17");
    row("had been held", "The vote had been held on Sunday.", "Sunday", "DATE", "2024-05-12", "2024-05-12");
    row("own past verb a year back", "The former minister was indicted in August on four counts.", "August", "DATE", "2023-08",
        "2023-08");
    row("own past verb, active", "The group bought the refinery in September for $2 billion.", "September", "DATE", "2023-09",
        "2023-09");
    row("a noun's date after a past verb", "The premier demanded guarantees before the meeting on 18 August.", "18 August",
        "DATE", "2024-08-18", "2024-08-18");
    row("a fronted date's comma opens the main clause", "On 18 August, the group said the talks had failed.", "18 August",
        "DATE", "2023-08-18", "2023-08-18");
    row("the following month after a story's year", "The accords were signed in 1978. The treaty was signed the following "
        "March.", "the following March", "DATE", "1979-03", "1979-03");
    row("a count set off before the date it names", "The accords were signed in 1978. He was killed three years later, on "
        "6 October 1981.", "three years later", "DATE", "1981", "1981");
    row("a weekday span's second day", "They will meet on Wednesday-Thursday.", "Thursday", "DATE", "2024-05-16",
        "2024-05-16");
    row("the week after next", "Talks could begin the week after next.", "the week after next", "DATE", "2024-W22",
        "2024-05-27/2024-06-02");
    row("the weekend before last", "Protests spread the weekend before last.", "the weekend before last", "DATE",
        "2024-W18-WE", "2024-05-04/2024-05-05");
    row("overnight on a day into the next", "Strikes overnight on Sunday into Monday killed 12 people.",
        "overnight on Sunday into Monday", "TIME", "2024-05-12TNI", "2024-05-12");
    row("overnight into a day", "Russia launched drones overnight into Monday.", "overnight into Monday", "TIME",
        "2024-05-12TNI", "2024-05-12");
    row("a possibility's month", "Sanctions could be lifted in March.", "March", "DATE", "2025-03", "2025-03");
    row("a past ability's weekday", "The envoy could not be reached Monday.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("a plan told in the past, the nearest day", "The ministers were expected to sign the deal on Monday but the "
        "ceremony was postponed.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("a place's date is the verb's", "The premier met the envoy at the residence on 18 August.", "18 August", "DATE",
        "2023-08-18", "2023-08-18");
    row("the turn of the year ahead", "Talks will resume around the turn of the year.", "around the turn of the year", "DATE",
        "2024-12", "2024-12/2025-01");
    row("the turn of the year past", "Prices fell sharply at the turn of the year.", "the turn of the year", "DATE",
        "2023-12", "2023-12/2024-01");
    row("fronted date, past clause", "In August, the minister resigned.", "August", "DATE", "2023-08", "2023-08");
    row("fronted date, far past verb", "In September, after weeks of talks in Geneva, the two sides agreed a ceasefire.",
        "September", "DATE", "2023-09", "2023-09");
    row("fronted date, abbreviations", "In August, Smith vs. Jones in Mobile, Ala., was decided.", "August", "DATE", "2023-08",
        "2023-08");
    row("fronted date, future clause", "In August, the minister will resign.", "August", "DATE", "2024-08", "2024-08");
    row("fronted after a dateline", "PARIS, May 15 (Reuters) - In August, the minister resigned.", "August", "DATE",
        "2023-08", "2023-08");
    row("fronted in commas", "Ten days after the vote, on August 25, the parliament convened.", "August 25", "DATE",
        "2023-08-25", "2023-08-25");
    row("fronted part of a day", "On the afternoon of August 27, the envoys met in Vienna.", "August 27", "DATE",
        "2023-08-27", "2023-08-27");
    row("fronted early hours", "In the early hours of August 3, the rebels attacked the town.", "August 3", "DATE",
        "2023-08-03", "2023-08-03");
    row("part of a day, future", "On the evening of August 27, the envoys will meet in Vienna.", "August 27", "DATE",
        "2024-08-27", "2024-08-27");
    row("past verb right before", "The fiscal year ended Aug. 31 with a loss.", "Aug. 31", "DATE", "2023-08-31", "2023-08-31");
    row("fronted date, plan", "In August, the minister is expected to resign.", "August", "DATE", "2024-08", "2024-08");
    row("for the season", "Talks are planned for the spring.", "the spring", "DATE", "2025-SP", "2025-21");
    row("two days running", "The delegations met on the 11th and 12th of March.", "the 11th and 12th of March", "DATE",
        "2024-03-11", "2024-03-11/2024-03-12");
    row("first day of a list", "Talks were held on 3 and 17 March.", "3", "DATE", "2024-03-03", "2024-03-03");
    row("middle day of a list", "Talks were held on 3, 10 and 17 March 2023.", "10", "DATE", "2023-03-10", "2023-03-10");
    row("days between", "Fighting raged between 2 and 5 March.", "2 and 5 March", "DATE", "2024-03-02",
        "2024-03-02/2024-03-05");
    row("day before, a past verb", "Putin will attend the parade on May 19. The day before, Lavrov met the envoy.",
        "The day before", "DATE", "2024-05-14", "2024-05-14");
    row("month after would", "Peskov said Putin would travel to China in December.", "December", "DATE", "2024-12",
        "2024-12");
    row("winter", "Talks stalled in the winter.", "the winter", "DATE", "2024-WI", "2024-24");
    row("span of years", "A road map covering 2025-2027 will be adopted.", "2025-2027", "DATE", "2025", "2025/2027");
    row("second of a pair", "Talks were held between June 3 and June 5 in Vienna.", "June 5", "DATE", "2023-06-05",
        "2023-06-05");
    row("second month of a pair", "The envoys met in June and in July.", "July", "DATE", "2023-07", "2023-07");
    row("pair across the new year", "Strikes are planned for December 28 and January 3.", "January 3", "DATE", "2025-01-03",
        "2025-01-03");
    row("day-month range", "The drills run from 13 June to 23 June.", "13 June to 23 June", "DATE", "2024-06-13",
        "2024-06-13/2024-06-23");
    row("day-month range across months", "The fair runs 30 May - 2 June.", "30 May - 2 June", "DATE", "2024-05-30",
        "2024-05-30/2024-06-02");
    row("moved, no range", "The vote was postponed from June 13 to June 20.", "June 20", "DATE", "2024-06-20", "2024-06-20");
    row("deadline moved ahead", "The offer was extended on Friday to November 20.", "November 20", "DATE", "2024-11-20",
        "2024-11-20");
    row("postponed until weekday", "The hearing was postponed until Monday.", "Monday", "DATE", "2024-05-20", "2024-05-20");
    row("country votes", "Lithuania votes on Sunday in a presidential runoff.", "Sunday", "DATE", "2024-05-19", "2024-05-19");
    row("body holds", "The central bank holds its policy meeting on Thursday.", "Thursday", "DATE", "2024-05-16", "2024-05-16");
    row("share of votes", "The party won 40% of votes on Sunday.", "Sunday", "DATE", "2024-05-12", "2024-05-12");
    row("shot down", "Air defences shot down most of the drones in October.", "October", "DATE", "2023-10", "2023-10");
    row("court upheld", "The supreme court upheld the ban in October.", "October", "DATE", "2023-10", "2023-10");
    row("would take effect", "He said the curbs would take effect on Friday.", "Friday", "DATE", "2024-05-17", "2024-05-17");
    row("faces a vote", "The government faces a confidence vote on Monday.", "Monday", "DATE", "2024-05-20", "2024-05-20");
    row("hosts", "France hosts the summit on Saturday.", "Saturday", "DATE", "2024-05-18", "2024-05-18");
    row("closes", "The exhibition closes on Sunday.", "Sunday", "DATE", "2024-05-19", "2024-05-19");
    row("set to", "The talks are set to resume on Monday.", "Monday", "DATE", "2024-05-20", "2024-05-20");
    row("says past", "The minister says he met them on Monday.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("head of past", "The head of the agency spoke on Monday.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("day before yesterday", "He left the day before yesterday.", "the day before yesterday",
        "DATE", "2024-05-13", "2024-05-13");
    row("summer of 2022", "Prices peaked in the summer of 2022.", "the summer of 2022", "DATE", "2022-SU", "2022-22");
    row("may 15th 2024", "The statement was dated May 15th, 2024.", "May 15th, 2024", "DATE", "2024-05-15", "2024-05-15");
    row("this past sunday", "Voters went to the polls this past Sunday.", "this past Sunday",
        "DATE", "2024-05-12", "2024-05-12");
    row("as of monday", "As of Monday, 30 ships had crossed.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    row("earlier wednesday", "Earlier Wednesday, the army said it had withdrawn.", "Earlier Wednesday",
        "DATE", "2024-05-15", "2024-05-15");
    row("christmas day", "The truce held on Christmas Day.", "Christmas Day", "DATE", "2023-12-25", "2023-12-25");
    row("new year's day", "The law takes effect on New Year's Day.", "New Year's Day", "DATE", "2025-01-01", "2025-01-01");
    row("morning of", "Shots rang out on the morning of May 14.", "May 14", "DATE", "2024-05-14", "2024-05-14");
    row("in 2022", "The war began in 2022.", "2022", "DATE", "2022", "2022");
    row("mid-april", "Talks stalled in mid-April.", "mid-April", "DATE", "2024-04", "2024-04-11/2024-04-20");
    row("in the past month", "Prices jumped in the past month.", "the past month", "DATE", "2024-04", "2024-04");
    row("thanksgiving", "Shoppers returned after Thanksgiving.", "Thanksgiving", "DATE", "2023-11-23", "2023-11-23");
    row("month a year earlier", "Exports fell 3% in April from a year earlier.", "a year earlier",
        "DATE", "2023-04", "2023-04");
    row("month's data", "The agency will publish April's figures on June 12.", "April", "DATE", "2024-04", "2024-04");
    row("month future", "The new embassy will open in April.", "April", "DATE", "2025-04", "2025-04");
    row("wed abbrev", "Updated Wed May 15, 2024.", "Wed May 15, 2024", "DATE", "2024-05-15", "2024-05-15");
    row("rfc date", "Published Thu, 16 May 2024 09:00:00 GMT", "Thu, 16 May 2024", "DATE", "2024-05-16", "2024-05-16");
    row("sun a word", "The Sun reported it on Tuesday.", "Tuesday", "DATE", "2024-05-14", "2024-05-14");
    row("iso space time", "Posted 2024-05-15 10:42 by staff.", "2024-05-15", "DATE", "2024-05-15", "2024-05-15");
    row("date at time", "It was filed May 14, 2024 at 10:42 a.m.", "May 14, 2024", "DATE", "2024-05-14", "2024-05-14");
    row("past season not begun", "Prices rose over the summer.", "the summer", "DATE", "2023-SU", "2023-22");
    row("future season", "More aid is expected over the summer.", "the summer", "DATE", "2024-SU", "2024-22");
    row("season four-digit", "He coached in the 2023-2024 season.", "2023-2024", "DATE", "2023", "2023/2024");
    row("1H year", "Profit rose in 1H 2024.", "1H 2024", "DATE", "2024-H1", "2024-01/2024-06");
    row("end-year wire", "Debt will peak at end-March.", "end-March", "DATE", "2025-03", "2025-03-21/2025-03-31");
    row("us numeric", "The letter was dated 5/15/2024.", "5/15/2024", "DATE", "2024-05-15", "2024-05-15");
    row("this decade", "Emissions must halve this decade.", "this decade", "DATE", "202", "202X");
    row("next quarter", "Sales will recover next quarter.", "next quarter", "DATE", "2024-Q3", "2024-07/2024-09");
    row("this friday", "The vote is this Friday.", "this Friday", "DATE", "2024-05-17", "2024-05-17");
    row("this monday", "Talks began this Monday.", "this Monday", "DATE", "2024-05-13", "2024-05-13");
    row("friday next week", "The vote is on Friday next week.", "Friday next week", "DATE", "2024-05-24", "2024-05-24");
    row("weekend tense", "Fighting eased over the weekend.", "the weekend", "DATE", "2024-W19-WE", "2024-05-11/2024-05-12");
    row("coming weekend", "Talks resume this coming weekend.", "this coming weekend",
        "DATE", "2024-W20-WE", "2024-05-18/2024-05-19");
    row("monday last week", "Talks began on Monday last week.", "Monday last week", "DATE", "2024-05-06", "2024-05-06");
    row("next month", "The law takes effect next month.", "next month", "DATE", "2024-06", "2024-06");
    row("in june future", "The law takes effect in June.", "June", "DATE", "2024-06", "2024-06");
    row("december past", "He was arrested in December.", "December", "DATE", "2023-12", "2023-12");
    row("a day later", "He was arrested on May 3 and freed a day later.", "a day later", "DATE", "2024-05-04", "2024-05-04");
    row("that week", "Talks began on May 6. That week, shelling eased.", "That week",
        "DATE", "2024-W19", "2024-05-06/2024-05-12");
    row("that month", "Prices fell in March. That month, exports rose.", "That month", "DATE", "2024-03", "2024-03");
    row("following month", "He was arrested in March and tried the following month.", "the following month",
        "DATE", "2024-04", "2024-04");
    row("later that month", "He was arrested in March and freed later that month.", "later that month",
        "DATE", "2024-03", "2024-03");
    row("earlier that day", "He was killed on May 3. Earlier that day, he had spoken.", "Earlier that day",
        "DATE", "2024-05-03", "2024-05-03");
    row("previous month", "Exports rose in April after falling the previous month.", "the previous month",
        "DATE", "2024-03", "2024-03");
    row("weeks earlier", "He was freed on May 3, weeks after his arrest.", "May 3", "DATE", "2024-05-03", "2024-05-03");
    row("two days earlier", "He was freed on May 3, two days earlier than planned.", "two days earlier",
        "DATE", "2024-05-01", "2024-05-01");
    row("victory day", "Putin spoke at the Victory Day parade.", "Victory Day", "DATE", "2024-05-09", "2024-05-09");
    row("juneteenth", "Markets will close for Juneteenth.", "Juneteenth", "DATE", "2024-06-19", "2024-06-19");
    // Islamic holidays: the arithmetical calendar, approximate (observed on the moon's sighting)
    row("ramadan", "Negotiators will try to reach a deal before Ramadan.", "Ramadan", "DATE", "2025-03-01",
        "2025-03-01~/2025-03-30~");
    row("eid al-fitr, past", "Prisoners were freed on Eid al-Fitr.", "Eid al-Fitr", "DATE", "2024-04-10", "2024-04-10~");
    row("eid al-adha", "Pilgrims will gather for Eid al-Adha.", "Eid al-Adha", "DATE", "2024-06-17", "2024-06-17~");
    row("nowruz", "The talks resumed after Nowruz.", "Nowruz", "DATE", "2024-03-20", "2024-03-20~");
    row("orthodox christmas", "Ukraine moved the holiday from Orthodox Christmas.", "Orthodox Christmas",
        "DATE", "2024-01-07", "2024-01-07");
    // (round 23) the Hebrew calendar's holidays, the Lunar New Year and Diwali (approximate)
    row("passover, past", "Israel eased the closure for Passover.", "Passover", "DATE", "2024-04-23", "2024-04-23");
    row("purim", "Crowds filled the streets on Purim.", "Purim", "DATE", "2024-03-24", "2024-03-24");
    row("yom kippur ahead", "The talks will pause for Yom Kippur.", "Yom Kippur", "DATE", "2024-10-12", "2024-10-12");
    row("hanukkah in a complete year", "He will visit before Hanukkah.", "Hanukkah", "DATE", "2024-12-26", "2024-12-26");
    row("lunar new year, past", "Millions travelled home for the Lunar New Year.", "Lunar New Year", "DATE", "2024-02-10",
        "2024-02-10");
    row("chinese new year ahead", "Exports will slow after Chinese New Year.", "Chinese New Year", "DATE", "2025-01-29",
        "2025-01-29");
    row("diwali", "Modi will greet the diaspora on Diwali.", "Diwali", "DATE", "2024-11-01", "2024-11-01~");
    row("the 90s", "Crime peaked in the 90s.", "the 90s", "DATE", "199", "199X");
    row("1990's", "Crime peaked in the 1990's.", "the 1990's", "DATE", "199", "199X");
    row("early 90s", "Crime peaked in the early 90s.", "the early 90s", "DATE", "199", "1990/1993");
    row("the 2020s", "Growth will slow in the 2020s.", "the 2020s", "DATE", "202", "202X");
    row("late 2010s", "Growth slowed in the late 2010s.", "the late 2010s", "DATE", "201", "2017/2019");
    row("on the weekend", "Protesters rallied on the weekend.", "the weekend",
        "DATE", "2024-W19-WE", "2024-05-11/2024-05-12");
    row("at the weekend", "Ministers will meet at the weekend.", "the weekend",
        "DATE", "2024-W20-WE", "2024-05-18/2024-05-19");
    row("following weekend", "Talks opened on May 6 and ended the following weekend.", "the following weekend",
        "DATE", "2024-W19-WE", "2024-05-11/2024-05-12");
    row("upcoming weekend", "Talks resume over the upcoming weekend.", "the upcoming weekend",
        "DATE", "2024-W20-WE", "2024-05-18/2024-05-19");
    row("few days ago", "He was freed a few days ago.", "a few days ago", "DATE", "PAST_REF", "../2024-05-15");
    row("second half of a month", "The summit will take place in the second half of June.", "the second half of June",
        "DATE", "2024-06", "2024-06-16/2024-06-30");
    row("first half of a month", "Talks stalled in the first half of April.", "the first half of April",
        "DATE", "2024-04", "2024-04-01/2024-04-15");
    row("a week from a weekday", "The talks resume a week from Friday.", "a week from Friday", "DATE", "2024-05-24", "2024-05-24");
    row("days from tomorrow", "The deadline is ten days from tomorrow.", "ten days from tomorrow", "DATE", "2024-05-26",
        "2024-05-26");
    row("ordinal day ahead", "Talks are due to resume on the 3rd.", "the 3rd", "DATE", "2024-06-03", "2024-06-03");
    row("ordinal day past", "The envoys met on the 21st, officials said.", "the 21st", "DATE", "2024-04-21", "2024-04-21");
    // the day a report was made, after its sentence's own day, is no reference for what follows
    row("after a report's day", "Macron will host leaders on Monday evening, his office said Sunday. The meeting, set to "
        "begin at 1700 GMT, will bring them together.", "1700 GMT", "TIME", "2024-05-20T17:00", "2024-05-20T17:00:00");
    // British "week commencing": the week holding the day
    row("w/c", "A further round is planned for w/c 27 May.", "w/c 27 May", "DATE", "2024-W22", "2024-05-27/2024-06-02");
    row("week beginning", "Talks resume in the week beginning 3 June.", "the week beginning 3 June", "DATE", "2024-W23",
        "2024-06-03/2024-06-09");
    // "since" behind a modifier, and a day right after "said", look back however far
    row("since early in a month", "Talks have gone on since early October.", "early October", "DATE", "2023-10",
        "2023-10-01/2023-10-10");
    row("said on a day months back", "Zelensky said on 1 September he would not sign it.", "1 September", "DATE",
        "2023-09-01", "2023-09-01");
    // a season, quarter or half year is no day for "the same day" to count from; the day named last is
    row("the same day after a half year", "Wang Yi met Barrot on March 27. They agreed to meet in the first half of 2025. "
        "On the evening of the same day, they dined.", "the same day", "DATE", "2024-03-27", "2024-03-27");
    row("day and abbreviated month", "The talks were held on 2nd Mar 2024.", "2nd Mar 2024", "DATE", "2024-03-02", "2024-03-02");
    row("a time on a numeric date", "The ceasefire began at 00:01 on 19/01/2024.", "00:01 on 19/01/2024", "TIME",
        "2024-01-19T00:01", "2024-01-19T00:01:00");
    row("own past verb a few words back", "Crown Prince Mohammed bin Salman hosted the talks in Riyadh on September 1.",
        "September 1", "DATE", "2023-09-01", "2023-09-01");
    row("an obligation ahead", "Leaders meeting in Brussels on Friday should agree to spend more.", "Friday", "DATE",
        "2024-05-17", "2024-05-17");
    row("an obligation looked back on", "Leaders meeting in Brussels on Friday should have agreed to spend more.", "Friday",
        "DATE", "2024-05-10", "2024-05-10");
    row("the weekday of the days named", "Leaders meet in The Hague on 28 and 29 May. A dinner opens the gathering on the "
        "Tuesday evening.", "Tuesday evening", "TIME", "2024-05-28TEV", "2024-05-28");
    row("a span of two months", "The second edition was held in February\u2013March 2024.", "February\u2013March 2024", "DATE",
        "2024-02", "2024-02/2024-03");
    row("a span across the new year", "Exercises ran from December to January 2024.", "December to January 2024", "DATE",
        "2023-12", "2023-12/2024-01");
    row("years ago this month", "Two years ago this month, the envoys met.", "Two years ago this month", "DATE", "2022-05",
        "2022-05");
    row("a year ago today", "A year ago today, the deal was signed.", "A year ago today", "DATE", "2023-05-15", "2023-05-15");
    row("years ago this week", "Three years ago this week, talks began.", "Three years ago this week", "DATE", "2021-W20",
        "2021-05-17/2021-05-23");
    row("ordinal day after a named day", "Talks on 3 March produced an outline; the deal was signed on the 22nd.", "the 22nd",
        "DATE", "2024-03-22", "2024-03-22");
    // a chronology: a year alone on its line gives its entries their year, until the next heading
    row("under a year heading", "Key dates:\n\n2006\nJuly 31 - The council votes.\nDec. 23 - It imposes sanctions.",
        "Dec. 23", "DATE", "2006-12-23", "2006-12-23");
    row("under a year heading with a colon", "2013:\nNov. 24 - A deal is reached in Geneva.", "Nov. 24",
        "DATE", "2013-11-24", "2013-11-24");
    row("the next heading", "2013\nNov. 24 - A deal.\n\n2015\nJuly 14 - Another deal.", "July 14",
        "DATE", "2015-07-14", "2015-07-14");
    row("under a month heading", "March 2022\n2 March \u2013 The assembly votes.\n29 March \u2013 Talks in Istanbul.",
        "29 March", "DATE", "2022-03-29", "2022-03-29");
    row("a year in a sentence is no heading", "The deal of 2015 lapsed.\nOn Dec. 23 the council met.", "Dec. 23",
        "DATE", "2023-12-23", "2023-12-23");
    // a list whose lines open with dates: an entry without a year continues the list's, forward in
    // time unless the list's written years run back; the rest of an entry's line is dated beside it
    const char *keyDates = "Key dates\n\n- **April 12, 2025:** Indirect talks open in Muscat.\n"
                           "- **April 19:** A second round took place in Rome.\n"
                           "- **June 13:** The round scheduled for June 15 is cancelled.\n";
    row("list entry continues the year", keyDates, "April 19", "DATE", "2025-04-19", "2025-04-19");
    row("beside a list entry's date", keyDates, "June 15", "DATE", "2025-06-15", "2025-06-15");
    row("list entry into the next year", "Timeline:\nNov. 24, 2013 - A deal in Geneva.\nJan. 20 - It takes effect.",
        "Jan. 20", "DATE", "2014-01-20", "2014-01-20");
    row("list newest first", "Timeline:\nMarch 3, 2014 - Troops move.\nFeb. 27, 2014 - Gunmen seize parliament.\n"
        "Nov. 21 - Protests begin.", "Nov. 21", "DATE", "2013-11-21", "2013-11-21");
    row("a byline's date and time is no entry", "Factbox\n\nJune 13, 2025 8:02 AM GMT\n\n* April 12, 2025 - Talks open.\n"
        "* April 19 - A second round.\n* April 26 - A third round.", "April 26", "DATE", "2025-04-26", "2025-04-26");
    row("a line's date in a sentence is no entry", "Talks opened on April 12, 2025.\nMay 11 was the day they failed.",
        "May 11", "DATE", "2024-05-11", "2024-05-11");
    // numeric dates are read day first when the text writes them so elsewhere
    row("slashed date, day first elsewhere", "The deal of 10/03/2023 was signed. Talks resumed on 17/03/2024.",
        "10/03/2023", "DATE", "2023-03-10", "2023-03-10");
    row("slashed date, dotted dates elsewhere", "The meeting of 12/03/2024 prepared the summit of 16.05.2024.",
        "12/03/2024", "DATE", "2024-03-12", "2024-03-12");
    row("slashed date, month first elsewhere", "Talks on 03/17/2024 followed the deal of 10/03/2023.",
        "10/03/2023", "DATE", "2023-10-03", "2023-10-03");
    row("slashed date alone", "The deal of 10/03/2023 was signed.", "10/03/2023", "DATE", "2023-10-03", "2023-10-03");
    // a narrative of another year: after "on" a day with its year, more than a year back, a month and
    // day of the paragraph are its neighbours (not a date that is a noun's, nor what "will" happen)
    row("narrative of another year", "On 22 July 2022, the parties signed the deal. The first ship left Odesa on 1 August.",
        "1 August", "DATE", "2022-08-01", "2022-08-01");
    row("narrative across the new year", "On 29 December 2021, talks stalled. They resumed on 10 January in Geneva.",
        "10 January", "DATE", "2022-01-10", "2022-01-10");
    row("narrative from a month", "Negotiators first met in Oslo in January 1993. Two months later, the talks moved. "
        "On Aug. 20, Peres initialled the agreement.", "Aug. 20", "DATE", "1993-08-20", "1993-08-20");
    row("no narrative for a day of the last month", "Lavrov last visited China in July 2022. On May 2, Xi arrived in Moscow.",
        "May 2", "DATE", "2024-05-02", "2024-05-02");
    row("narrative from a season after by", "By the summer of 2022 the mood had changed. Officials met that autumn, and a "
        "draft text was circulated in December.", "December", "DATE", "2022-12", "2022-12");
    row("narrative flashback", "On 22 July 2022, the parties signed the deal. Talks had begun in May.", "May", "DATE",
        "2022-05", "2022-05");
    row("a noun's dated year is no narrative", "Iraq recalled the August 1988 cease-fire. It invaded Kuwait on Aug. 2.",
        "Aug. 2", "DATE", "2023-08-02", "2023-08-02");
    row("narrative, then a plan", "On 22 July 2022, the parties signed the deal. The ministers will meet on 1 August.",
        "1 August", "DATE", "2024-08-01", "2024-08-01");
    row("narrative ends with the paragraph", "On 22 July 2022, the parties signed the deal.\n\nThe envoys met on 1 March.",
        "1 March", "DATE", "2024-03-01", "2024-03-01");
    // a text of another time throughout (only years long past, no weekday, no "today"): the last
    // date goes on, a year's too, across paragraphs; one old year in news is no such text
    const char *history = "Kissinger mediated agreements in January 1974 and September 1975. Talks stalled in early 1978.\n\n"
                          "Carter invited both leaders in August, and the summit opened on 5 September 1978.";
    row("history: a month after a year", history, "August", "DATE", "1978-08", "1978-08");
    row("history: across a paragraph", "Sadat went to Jerusalem in November 1977. He spoke in 1979 and 1980.\n\n"
        "The treaty was signed on 26 March.", "26 March", "DATE", "1980-03-26", "1980-03-26");
    row("no history with a weekday", "Talks stalled in 1978, 1979 and 1980. On Monday the envoys met in August.", "August",
        "DATE", "2023-08", "2023-08");
    row("no history with a recent year", "Talks stalled in 1978 and 1979 and again in 2023. The envoys met in August.",
        "August", "DATE", "2023-08", "2023-08");
    // an agenda's entries: the nearer weekday (the story's day is Wednesday 15 May 2024)
    row("agenda entry ahead", "Schedule for the week:\nMonday: Open debate.\nFriday: Consultations on Syria.", "Friday",
        "DATE", "2024-05-17", "2024-05-17");
    row("agenda entry behind", "Schedule for the week:\nMonday: Open debate.\nFriday: Consultations on Syria.", "Monday",
        "DATE", "2024-05-13", "2024-05-13");
    row("a weekday opening a sentence is no entry", "Friday: the envoys met in Geneva, officials said.", "Friday",
        "DATE", "2024-05-10", "2024-05-10");
    // a plan given up: the nearest occurrence, past or not
    row("inside an aside on a plan", "The talks, due to resume in Cairo on Saturday, were postponed.", "Saturday", "DATE",
        "2024-05-18", "2024-05-18");
    row("originally planned", "The summit was originally planned for April but was postponed.", "April", "DATE", "2024-04",
        "2024-04");
    // "the year" is the year just named in its paragraph; after a paragraph break, the story's own
    row("half of the year named in the paragraph", "Exports fell in 2019. They recovered in the second half of the year.",
        "the second half of the year", "DATE", "2019-H2", "2019-07/2019-12");
    row("half of the year after a paragraph", "India hosted the G20 in 2023.\n\n\"If it slips into the second half of the year, "
        "people will ask questions.\"", "the second half of the year", "DATE", "2024-H2", "2024-07/2024-12");
    row("in the year after a paragraph", "The pact was signed in 2015.\n\nTrade rose 4% in the year, officials said.",
        "the year", "DATE", "2024", "2024");
    // what a resolution demands or a rule requires lies ahead; a demand made is a noun
    row("resolution demands", "The resolution demands a ceasefire from 06:00 on Friday.", "06:00 on Friday", "TIME",
        "2024-05-17T06:00", "2024-05-17T06:00:00");
    row("rule requires", "The decree requires all parties to register on Monday.", "Monday", "DATE", "2024-05-20",
        "2024-05-20");
    row("demands as a noun", "Their demands on Monday angered Beijing.", "Monday", "DATE", "2024-05-13", "2024-05-13");
    // round 21: a weekday with a bare day takes the month and year of the date after it
    row("weekday and bare day", "Hearings were held on Thursday 11 and Friday 12 January 2024.", "Thursday 11", "DATE",
        "2024-01-11", "2024-01-11");
    row("weekday and bare day, weekday disagrees", "Hearings were held on Friday 11 and Friday 12 January 2024.", "Friday",
        "DATE", "2024-05-10", "2024-05-10");
    row("days of this month", "Wang Yi will visit Egypt from the 18th to the 20th of this month.",
        "the 18th to the 20th of this month", "DATE", "2024-05-18", "2024-05-18/2024-05-20");
    row("a day of next month", "The envoys will meet on the 3rd of next month.", "the 3rd of next month", "DATE", "2024-06-03",
        "2024-06-03");
    row("days with the article twice", "He will visit from the 18th to the 20th of March.", "the 18th to the 20th of March",
        "DATE", "2025-03-18", "2025-03-18/2025-03-20");
    // a treaty's closing formula, its year in words
    row("treaty's day", "DONE at Geneva, this fifteenth day of March, two thousand and twenty-four, in duplicate.",
        "this fifteenth day of March, two thousand and twenty-four", "DATE", "2024-03-15", "2024-03-15");
    row("ordinal day of a month", "Signed on the 15th day of March 2023.", "the 15th day of March 2023", "DATE",
        "2023-03-15", "2023-03-15");
    // days news names by their date: the year is the event's, not the nearest one
    row("named day", "Two decades after the Sept. 11 attacks, the troops left.", "Sept. 11", "DATE", "2001-09-11", "2001-09-11");
    row("named day, a name before its noun", "The October 7 Hamas-led attack shocked Israel.", "October 7", "DATE",
        "2023-10-07", "2023-10-07");
    row("named day, day first", "Since the 24 February invasion, trade has collapsed.", "24 February", "DATE", "2022-02-24",
        "2022-02-24");
    row("same day, no noun", "He spoke on Sept. 11.", "Sept. 11", "DATE", "2023-09-11", "2023-09-11");
    // a sentence's fronted year holds for its later month or day; a noun's year does not
    row("fronted year", "In 2014, US-brokered talks collapsed in April.", "April", "DATE", "2014-04", "2014-04");
    row("fronted month", "In March 2014, the talks broke down on March 3.", "March 3", "DATE", "2014-03-03", "2014-03-03");
    row("a noun's year", "Under a program approved in 1987, it bought shares through Sept. 29.", "Sept. 29", "DATE",
        "2023-09-29", "2023-09-29");
    row("headline's infinitive", "Iran, E3 to hold nuclear talks in Istanbul on Friday\n\nThe talks matter.", "Friday", "DATE",
        "2024-05-17", "2024-05-17");
    row("infinitive in a sentence", "He became the first leader to visit Kyiv on Friday.\n\nThe talks matter.", "Friday", "DATE",
        "2024-05-10", "2024-05-10");
    // a story well before the creation date: its week, not the creation date's
    row("end of a story's week", "The envoys arrived in Oslo on Sunday 12 January 2020. By the end of the week, they had a text.",
        "the end of the week", "DATE", "2020-W02", "2020-01-06/2020-01-12");
    row("end of this week", "The envoys met on Monday. By the end of the week, they will have a text.", "the end of the week",
        "DATE", "2024-W20", "2024-05-13/2024-05-19");
    // a recording's position is no time of day
    row("recording position", "[00:12:34] HOST: Our correspondent joined us at 14:05 local time.", "14:05 local time", "TIME",
        "2024-05-15T14:05", "2024-05-15T14:05:00");
    row("a week on Monday", "The Prime Minister will meet the President a week on Monday.", "a week on Monday", "DATE",
        "2024-05-27", "2024-05-27");
    row("a duration after a date", "They met two days after March 6.", "two days", "DURATION", "P2D", "");
    row("day, month and year hyphenated", "The ministers meet again on 3-Feb-2025.", "3-Feb-2025", "DATE", "2025-02-03",
        "2025-02-03");
    row("two-digit year hyphenated", "The ministers met on 03-Feb-24.", "03-Feb-24", "DATE", "2024-02-03", "2024-02-03");
    row("chronology entry's year", "Timeline\n\n2014 - Talks collapse in April.\n2015 - Talks resume.", "April", "DATE",
        "2014-04", "2014-04");
}

void TestTimexNewsDates::expressions()
{
    checkTimexRow(kDct);
}

// Expressions whose value depends on when in the year the story was written (the 15th of the row's
// month, 2024).
void TestTimexNewsDates::dependsOnTheMonth_data()
{
    QTest::addColumn<int>("month");
    addTimexColumns();
    auto row = [](const char *name, int month, const char *sentence, const char *span, const char *value,
                  const char *edtf = nullptr) {
        QTest::newRow(name) << month << QString::fromUtf8(sentence) << QString::fromUtf8(span) << QStringLiteral("DATE")
                            << QString::fromLatin1(value) << QString::fromLatin1(edtf ? edtf : value);
    };
    row("new year, said in December", 12, "Talks will resume in the new year.", "the new year", "2025");
    row("new year, said in August", 8, "Talks will resume in the new year.", "the new year", "2025");
    row("new year, said in January", 1, "Markets rallied as the new year began.", "the new year", "2024");
    // a month-long holiday still under way is the one ahead (Ramadan 2024: 11 March to 9 April)
    row("ramadan, said during it", 3, "The council demands a ceasefire during Ramadan.", "Ramadan", "2024-03-11",
        "2024-03-11~/2024-04-09~");
    row("ramadan, said after it", 4, "The council demands a ceasefire during Ramadan.", "Ramadan", "2025-03-01",
        "2025-03-01~/2025-03-30~");
    // (round 27) a position in the month keeps the verb's past; a year counted from the day of
    // writing opens the sentence's months; such a year tells news, not a history
    row("late month in the past", 11, "The minister visited Beijing in late March.", "late March", "2024-03",
        "2024-03-21/2024-03-31");
    row("fronted late month in the past", 11, "In late March, the minister spent three days in Beijing.", "late March",
        "2024-03", "2024-03-21/2024-03-31");
    row("a month after earlier this year", 11,
        "Earlier this year, Riyadh signed a memorandum with a state firm, and in late March its minister spent three days in "
        "Beijing.", "late March", "2024-03", "2024-03-21/2024-03-31");
    row("news after old years", 11,
        "Washington objected in 2019. China brokered a deal in March 2020. Riyadh hosted the first summit in December 2021. "
        "Earlier this year the talks resumed. The council meets in Kuwait on December 1.", "December 1", "2024-12-01");
}

void TestTimexNewsDates::dependsOnTheMonth()
{
    QFETCH(int, month);
    checkTimexRow(CivilDate{2024, month, 15});
}

QTEST_GUILESS_MAIN(TestTimexNewsDates)
#include "tst_timexnewsdates.moc"
