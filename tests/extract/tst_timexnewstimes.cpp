// The temporal expression tagger on current wire-news phrasing (round 4): times, durations and sets,
// and text that holds none, against a fixed creation date: Wednesday 2024-05-15 (ISO week 20).
// Sentences written for this test, one row per expression family.
#include "core/extract/timextagger.h"
#include "timextestrows.h"

#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace dateline::extract;

class TestTimexNewsTimes : public QObject {
    Q_OBJECT
private slots:
    void expressions_data();
    void expressions();
    void notTagged_data();
    void notTagged();
};

namespace {

const CivilDate kDct{2024, 5, 15};

} // namespace

void TestTimexNewsTimes::expressions_data()
{
    addTimexColumns();
    const auto row = timexRow;
    row("coming days", "Aid is expected to arrive in the coming days.", "the coming days", "DURATION", "PXD", "");
    row("two decades", "The dispute has lasted two decades.", "two decades", "DURATION", "P20Y", "");
    row("iso date time", "The statement was issued at 2024-05-15T10:00Z.", "2024-05-15T10:00Z",
        "TIME", "2024-05-15T10:00", "2024-05-15T10:00:00");
    row("overnight", "Russia launched drones at Kyiv overnight.", "overnight", "TIME", "2024-05-14TNI", "2024-05-14");
    row("a zone's name", "The polls close at 5 PM Eastern Time on Friday.", "5 PM Eastern Time on Friday", "TIME",
        "2024-05-17T17:00", "2024-05-17T17:00:00");
    row("weekday evening", "The ministers met Monday evening.", "Monday evening", "TIME", "2024-05-13TEV", "2024-05-13");
    // a live blog's entry time is the blog's day, not a day its heading names (round 21)
    row("entry time before a day in its heading", "Live\n\n16:40 GMT \u2013 Army says 24 soldiers killed on Monday", "16:40 GMT",
        "TIME", "2024-05-15T16:40", "2024-05-15T16:40:00");
    row("time before a day in its sentence", "Polls open at 6 a.m. and close at 9 p.m. on Monday.", "6 a.m.", "TIME", "2024-05-20T06:00",
        "2024-05-20T06:00:00");
    // a publication stamp's time does not run on into the next line's date
    row("stamp time before a dated line", "2024-05-13 19:20\n\nOn May 13, 2024, the ministers met.", "19:20", "TIME",
        "2024-05-13T19:20", "2024-05-13T19:20:00");
    row("dated line after a stamp", "2024-05-13 19:20\n\nOn May 13, 2024, the ministers met.", "May 13, 2024", "DATE",
        "2024-05-13", "2024-05-13");
    row("part of the day before a line", "The talks ended in the evening\nMonday's talks were calm.", "Monday", "DATE",
        "2024-05-13", "2024-05-13");
    row("10am", "The court sits at 10am.", "10am", "TIME", "2024-05-15T10:00", "2024-05-15T10:00:00");
    row("clock gmt", "The truce began at 10:30 GMT.", "10:30 GMT", "TIME", "2024-05-15T10:30", "2024-05-15T10:30:00");
    row("dotted clock gmt", "A second round opened at 16.10 GMT.", "16.10 GMT", "TIME", "2024-05-15T16:10", "2024-05-15T16:10:00");
    row("dotted clock, local time", "The vote closes at 19.30 local time.", "19.30 local time", "TIME", "2024-05-15T19:30",
        "2024-05-15T19:30:00");
    row("wire clock gmt", "Trading halted at 1400 GMT.", "1400 GMT", "TIME", "2024-05-15T14:00", "2024-05-15T14:00:00");
    row("midnight weekday", "The deadline expires at midnight Sunday.", "midnight Sunday",
        "TIME", "2024-05-20T00:00", "2024-05-20T00:00:00");
    row("noon on weekday", "The talks will open at noon on Friday.", "noon on Friday",
        "TIME", "2024-05-17T12:00", "2024-05-17T12:00:00");
    // a day just before "at" is the time's day, not the report's day later in the sentence
    row("weekday at time", "Talks resume on Friday at 10:00 local time (0800 GMT), diplomats said on Monday.",
        "10:00 local time", "TIME", "2024-05-17T10:00", "2024-05-17T10:00:00");
    row("date at time", "On May 13 they agreed that the vote is on May 20 at 9 a.m.", "9 a.m.", "TIME", "2024-05-20T09:00",
        "2024-05-20T09:00:00");
    row("tomorrow at noon", "He left Paris on May 12 and lands tomorrow at noon.", "noon", "TIME", "2024-05-16T12:00",
        "2024-05-16T12:00:00");
    row("24 hours", "The town was shelled for 24 hours.", "24 hours", "DURATION", "PT24H", "");
    row("48-hour", "Both sides agreed a 48-hour ceasefire.", "48-hour", "DURATION", "PT48H", "");
    row("three-day", "He began a three-day visit to China.", "three-day", "DURATION", "P3D", "");
    row("two-year term", "She won a two-year term.", "two-year", "DURATION", "P2Y", "");
    row("past 24 hours", "At least 40 people were killed in the past 24 hours.", "the past 24 hours",
        "DURATION", "PT24H", "");
    row("tuesday night", "Rockets were fired Tuesday night.", "Tuesday night", "TIME", "2024-05-14TNI", "2024-05-14");
    row("the night before last", "Shots rang out the night before last.", "the night before last", "TIME",
        "2024-05-13TNI", "2024-05-13");
    row("this morning", "The minister spoke this morning.", "this morning", "TIME", "2024-05-15TMO", "2024-05-15");
    row("yesterday afternoon", "He resigned yesterday afternoon.", "yesterday afternoon",
        "TIME", "2024-05-14TAF", "2024-05-14");
    row("local time", "The blast occurred at 3:45 pm local time.", "3:45 pm local time",
        "TIME", "2024-05-15T15:45", "2024-05-15T15:45:00");
    row("24h clock", "The curfew starts at 21:00 local time.", "21:00 local time",
        "TIME", "2024-05-15T21:00", "2024-05-15T21:00:00");
    row("edt", "Trading opens at 9:30 a.m. EDT.", "9:30 a.m. EDT", "TIME", "2024-05-15T09:30", "2024-05-15T09:30:00");
    row("late sunday night", "The deal collapsed late Sunday night.", "late Sunday night",
        "TIME", "2024-05-12TNI", "2024-05-12");
    row("weeklong", "The weeklong strike ended.", "weeklong", "DURATION", "P1W", "");
    row("month-long", "The month-long siege ended.", "month-long", "DURATION", "P1M", "");
    row("years-long", "The years-long dispute ended.", "years-long", "DURATION", "PXY", "");
    row("decades-long", "The decades-long conflict continues.", "decades-long", "DURATION", "PXY", "");
    row("in two weeks", "Results are expected in two weeks.", "two weeks", "DURATION", "P2W", "");
    row("within days", "Aid could arrive within days.", "days", "DURATION", "PXD", "");
    row("for decades", "The region has been poor for decades.", "decades", "DURATION", "PXDE", "");
    row("in a decade", "It is the first such visit in a decade.", "a decade", "DURATION", "P10Y", "");
    row("two years after", "The war ended two years after the treaty.", "two years", "DURATION", "P2Y", "");
    row("quarterly", "The bank reports quarterly.", "quarterly", "SET", "P3M", "");
    row("monthly", "Inflation data is released monthly.", "monthly", "SET", "P1M", "");
    row("every year", "Millions visit every year.", "every year", "SET", "P1Y", "");
    row("twice a year", "The board meets twice a year.", "twice a year", "SET", "P1Y", "");
    row("10.30am", "The court sits at 10.30am.", "10.30am", "TIME", "2024-05-15T10:30", "2024-05-15T10:30:00");
    row("10.30 a.m.", "The court sits at 10.30 a.m.", "10.30 a.m.", "TIME", "2024-05-15T10:30", "2024-05-15T10:30:00");
    row("2:30pm", "The court sits at 2:30pm.", "2:30pm", "TIME", "2024-05-15T14:30", "2024-05-15T14:30:00");
    row("1430 gmt", "The ship docked at 1430 GMT.", "1430 GMT", "TIME", "2024-05-15T14:30", "2024-05-15T14:30:00");
    row("utc", "The launch is set for 0600 UTC.", "0600 UTC", "TIME", "2024-05-15T06:00", "2024-05-15T06:00:00");
    row("bst", "The polls opened at 7am BST.", "7am BST", "TIME", "2024-05-15T07:00", "2024-05-15T07:00:00");
    row("noon bracket", "He will speak at noon (1600 GMT).", "noon", "TIME", "2024-05-15T12:00", "2024-05-15T12:00:00");
    row("in a years time", "The plant will open in a year's time.", "a year", "DURATION", "P1Y", "");
    row("late on sunday ev", "Results came late on Sunday evening.", "late on Sunday evening",
        "TIME", "2024-05-12TEV", "2024-05-12");
    row("on sunday evening", "He spoke on Sunday evening.", "Sunday evening", "TIME", "2024-05-12TEV", "2024-05-12");
    row("30 years", "He spent 30 years in prison.", "30 years", "DURATION", "P30Y", "");
    row("six-month", "He got a six-month extension.", "six-month", "DURATION", "P6M", "");
    row("90-day", "Both sides agreed a 90-day pause.", "90-day", "DURATION", "P90D", "");
    row("hour-long", "They held an hour-long call.", "hour-long", "DURATION", "PT1H", "");
    row("past 12 months", "Prices rose over the past 12 months.", "the past 12 months", "DURATION", "P12M", "");
    row("last 24 hours", "Ten were killed in the last 24 hours.", "the last 24 hours", "DURATION", "PT24H", "");
    row("within 24 hours", "The army must leave within 24 hours.", "24 hours", "DURATION", "PT24H", "");
    row("next 10 years", "The fund will be spent over the next 10 years.", "the next 10 years", "DURATION", "P10Y", "");
    row("next few days", "Talks will continue in the next few days.", "the next few days", "DURATION", "PXD", "");
    row("two years' time", "The plant will open in two years' time.", "two years", "DURATION", "P2Y", "");
    row("sunday morning", "Sirens sounded on Sunday morning.", "Sunday morning", "TIME", "2024-05-12TMO", "2024-05-12");
    row("two-week", "Both sides agreed a two-week truce.", "two-week", "DURATION", "P2W", "");
    row("half-hour", "They held a half-hour call.", "a half-hour", "DURATION", "PT30M", "");
    row("18 months", "The talks took 18 months.", "18 months", "DURATION", "P18M", "");
    row("week-long", "The week-long talks ended.", "week-long", "DURATION", "P1W", "");
    row("next 48 hours", "A decision is due in the next 48 hours.", "the next 48 hours", "DURATION", "PT48H", "");
    row("every day", "Thousands cross every day.", "every day", "SET", "P1D", "");
    row("once a month", "The panel meets once a month.", "once a month", "SET", "P1M", "");
    row("twice weekly", "Flights run twice weekly.", "twice weekly", "SET", "P1W", "");
    row("per year", "The plant makes 1 million cars per year.", "per year", "SET", "P1Y", "");
    row("for hours", "Crowds waited for hours.", "hours", "DURATION", "PTXH", "");
    row("last few weeks", "Tensions rose over the last few weeks.", "the last few weeks", "DURATION", "PXW", "");
    row("first 100 days", "He set out plans for his first 100 days.", "100 days", "DURATION", "P100D", "");
    row("next 30 days", "Troops will leave within the next 30 days.", "the next 30 days", "DURATION", "P30D", "");
    row("a year into", "A year into the war, talks began.", "A year", "DURATION", "P1Y", "");
    row("the last two years", "Output doubled in the last two years.", "the last two years", "DURATION", "P2Y", "");
    row("two and a half years", "Inflation is at its lowest in two and a half years.", "two and a half years",
        "DURATION", "P2Y6M", "");
    row("three-and-a-half years", "He spent three-and-a-half years in jail.", "three-and-a-half years",
        "DURATION", "P3Y6M", "");
    row("following as a preposition", "The deal came following thirteen days of talks.", "thirteen days", "DURATION", "P13D", "");
    row("last as a verb", "The trial is expected to last six to eight weeks.", "six to eight weeks", "DURATION", "P6W", "");
    row("first time in years", "Exports grew for the first time in years.", "years", "DURATION", "PXY", "");
    row("highest in decades", "Rates hit their highest level in decades.", "decades", "DURATION", "PXDE", "");
    row("largest in weeks", "The attack was the largest in weeks.", "weeks", "DURATION", "PXW", "");
    row("clock day later in sentence", "Talks ended on May 6. Polls open at 6 a.m. and close at 9 p.m. on Nov. 5.", "6 a.m.",
        "TIME", "2024-11-05T06:00", "2024-11-05T06:00:00");
    row("seconds", "Published Thu, 16 May 2024 09:00:00 GMT", "09:00:00 GMT",
        "TIME", "2024-05-16T09:00", "2024-05-16T09:00:00");
    row("upper AM", "Updated 10:42 AM ET.", "10:42 AM ET", "TIME", "2024-05-15T10:42", "2024-05-15T10:42:00");
    row("joined AM", "Updated at 10:42AM.", "10:42AM", "TIME", "2024-05-15T10:42", "2024-05-15T10:42:00");
    row("5PM", "The deadline is 5PM.", "5PM", "TIME", "2024-05-15T17:00", "2024-05-15T17:00:00");
    row("time on date", "It was filed at 10:42 a.m. on May 14.", "10:42 a.m. on May 14",
        "TIME", "2024-05-14T10:42", "2024-05-14T10:42:00");
    row("12 noon", "The ceasefire starts at 12 noon.", "12 noon", "TIME", "2024-05-15T12:00", "2024-05-15T12:00:00");
    row("wire clock local", "The curfew starts at 0700 local time.", "0700 local time",
        "TIME", "2024-05-15T07:00", "2024-05-15T07:00:00");
    row("within hours", "The strike came within hours.", "hours", "DURATION", "PTXH", "");
    row("hours-long", "After hours-long talks, they agreed.", "hours-long", "DURATION", "PTXH", "");
    row("2.30pm", "He spoke at 2.30pm.", "2.30pm", "TIME", "2024-05-15T14:30", "2024-05-15T14:30:00");
    row("nearly two decades", "The war has lasted nearly two decades.", "nearly two decades", "DURATION", "P20Y", "");
    row("past few days", "Rockets hit the city over the past few days.", "the past few days", "DURATION", "PXD", "");
    row("coming hours", "A decision is expected in the coming hours.", "the coming hours", "DURATION", "PTXH", "");
    row("daily", "The paper is published daily.", "daily", "SET", "P1D", "");
    row("weekly", "The council meets weekly.", "weekly", "SET", "P1W", "");
    row("every weekday, sentence start", "Every Friday, protesters gather outside the embassy.", "Every Friday", "SET",
        "XXXX-WXX-5", "");
    row("each weekday, sentence start", "Each Monday the council meets.", "Each Monday", "SET", "XXXX-WXX-1", "");
    row("every two weeks", "Inspectors visit every two weeks.", "every two weeks", "SET", "P2W", "");
    row("each year", "Thousands cross the border each year.", "each year", "SET", "P1Y", "");
    row("clock time on a British date", "The ceasefire took effect at 00:01 on 19 January.", "00:01 on 19 January",
        "TIME", "2024-01-19T00:01", "2024-01-19T00:01:00");
    // a live report's entries: a time alone on its line is the story's day, not the day named before it
    row("entry heading after a weekday", "13:40 BST\nThe leaders met in Alaska on Friday.\n\n12:15 BST\nDrones hit Kharkiv.",
        "12:15 BST", "TIME", "2024-05-15T12:15", "2024-05-15T12:15:00");
    // (round 28) or opening its line before a dash
    row("entry time before a dash", "10:05 GMT - Talks began.\nRubio arrived on Friday.\n14:02 GMT - Peskov says no.",
        "14:02 GMT", "TIME", "2024-05-15T14:02", "2024-05-15T14:02:00");
    row("a time in a sentence keeps the named day", "The leaders met on Friday.\nTalks began at 12:15 BST and lasted long.",
        "12:15 BST", "TIME", "2024-05-10T12:15", "2024-05-10T12:15:00");
}

void TestTimexNewsTimes::expressions()
{
    checkTimexRow(kDct);
}

void TestTimexNewsTimes::notTagged_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::newRow("covid-19") << QStringLiteral("Covid-19 cases rose.");
    QTest::newRow("g7 and g20") << QStringLiteral("G7 and G20 leaders met.");
    QTest::newRow("resolution number") << QStringLiteral("The council adopted Resolution 2728.");
    QTest::newRow("flight number") << QStringLiteral("Flight MH17 was shot down.");
    QTest::newRow("24/7") << QStringLiteral("The hotline runs 24/7.");
    QTest::newRow("score") << QStringLiteral("Madrid won 3-1 at home.");
    QTest::newRow("aircraft") << QStringLiteral("The airline ordered 50 Boeing 737 jets and an Airbus A320.");
    QTest::newRow("dotted figure") << QStringLiteral("The index rose 14.35 points.");
    QTest::newRow("index") << QStringLiteral("The S&P 500 fell 2 percent.");
    QTest::newRow("may modal") << QStringLiteral("Officials said prices May rise.");
    QTest::newRow("cop28") << QStringLiteral("Delegates at COP28 agreed a text.");
    QTest::newRow("article number") << QStringLiteral("Article 5 of the treaty applies.");
    QTest::newRow("twice-weekly flights") << QStringLiteral("The airline runs twice weekly flights to Rome.");
    QTest::newRow("in weeks of a plan") << QStringLiteral("The deal was agreed in weeks of talks.");
    QTest::newRow("bracketed wire clock") << QStringLiteral("It rained (1300 GMT) again.");
    QTest::newRow("a programme title") << QStringLiteral("He told CBS's '60 Minutes' about it.");
    QTest::newRow("a daily by name")
        << QStringLiteral("The Israeli daily Haaretz and the state-run daily Global Times said so.");
    QTest::newRow("last-minute") << QStringLiteral("They struck a last-minute deal.");
    QTest::newRow("work hours") << QStringLiteral("Full-time and part-time staff work overtime day-to-day.");
    QTest::newRow("long-term") << QStringLiteral("Long-term and short-term rates diverged.");
    QTest::newRow("one-time") << QStringLiteral("She got a one-time payment as a first-time buyer.");
    QTest::newRow("half-time") << QStringLiteral("The score at half-time was level.");
    QTest::newRow("temperatures") << QStringLiteral("Temperatures were in the 90s and 100s.");
    QTest::newRow("ages in the 60s") << QStringLiteral("He is in his 60s.");
    QTest::newRow("late-night adjective") << QStringLiteral("In a late-night address, he urged calm.");
    QTest::newRow("early-morning adjective") << QStringLiteral("Police staged an early-morning raid.");
    QTest::newRow("a named day") << QStringLiteral("Rallies marked International Women's Day.");
    QTest::newRow("an organisation") << QStringLiteral("International Crisis Group and Earth Island said so.");
    QTest::newRow("a newspaper") << QStringLiteral("The Daily Mail reported it.");
    QTest::newRow("overnight adjective") << QStringLiteral("The bank cut its overnight rate.");
    QTest::newRow("an overnight stay") << QStringLiteral("He made an overnight stop in Rome.");
    QTest::newRow("late on payments") << QStringLiteral("The firm was late on payments.");
    QTest::newRow("a visa") << QStringLiteral("She holds an H1 visa.");
}

void TestTimexNewsTimes::notTagged()
{
    QFETCH(QString, sentence);
    const std::vector<Timex> found = TimexTagger(kDct).tag(sentence);
    QVERIFY2(found.empty(), qPrintable(timexListing(found)));
}

QTEST_GUILESS_MAIN(TestTimexNewsTimes)
#include "tst_timexnewstimes.moc"
