// From article text to proposed events: status, dates, titles, relations, and the seed
// article's proposals (reading a page into text: tst_articletext.cpp; quotations and which event
// they go to: tst_articlequotes.cpp; actors, who takes part and places: tst_articleactors.cpp).
#include "core/extract/articleextractor.h"
#include "core/extract/sentencesplitter.h"
#include "statustestrows.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace dateline;
using namespace dateline::extract;

namespace {

// The text's one proposal, written on 28 March 2008, has this date and title (and status).
void compareOnlyProposal(const QString &text, const QString &date, const QString &title,
                         std::optional<EventStatus> status = std::nullopt)
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].date, date);
    QCOMPARE(x.events[0].title, title);
    if (status)
        QCOMPARE(x.events[0].status, *status);
}

} // namespace

class TestArticleExtract : public QObject {
    Q_OBJECT
private slots:
    void status_data();
    void status();
    void storysNextDay();
    void planSaidOnADay_data();
    void planSaidOnADay();
    void figurePeriods_data();
    void figurePeriods();
    void movedPlan_data();
    void movedPlan();
    void proposalCount_data();
    void proposalCount();
    void repeatedEvent();
    void dayAndItsTime();
    void listedDays();
    void joinedDays_data();
    void joinedDays();
    void countedDays_data();
    void countedDays();
    void hugeSentence();
    void clockTimeEndsSentence();
    void referenceMarkEndsSentence();
    void tableRowsAreEntries();
    void conjunctSharesPlan();
    void contentlessTitle();
    void reportDateIsNoEvent_data();
    void reportDateIsNoEvent();
    void relations_data();
    void relations();
    void seedArticle();
};

void TestArticleExtract::status_data()
{
    addStatusRows();
}

void TestArticleExtract::status()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(statusName(x.events[0].status), status);
}

// A story's "the next day" is no plan: "next" says so only of "next week" (round 21).
void TestArticleExtract::storysNextDay()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("The envoys arrived in Oslo on March 3. The next day, they met behind closed doors."));
    QCOMPARE(x.events.size(), size_t(2));
    QCOMPARE(x.events[1].date, QStringLiteral("2008-03-04"));
    QCOMPARE(statusName(x.events[1].status), QStringLiteral("occurred"));
}

// A plan told on a day happens on or after that day, not on it; what was said that day, and a plan
// the sentence dates itself, keep their day.
void TestArticleExtract::planSaidOnADay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::newRow("said after the plan") << QStringLiteral("Zelenskyy is due to sign a minerals deal with Washington, he said on Monday.")
                                         << QStringLiteral("[2008-03-24..]");
    QTest::newRow("said before the plan") << QStringLiteral("The president said on Monday he will travel to Paris.")
                                          << QStringLiteral("[2008-03-24..]");
    QTest::newRow("expected, said at a briefing")
        << QStringLiteral("Sytenko, a former U.N. official, is also expected to visit Baghdad, Gremitskikh said at a news briefing on Monday.")
        << QStringLiteral("[2008-03-24..]");
    QTest::newRow("the statement is the event") << QStringLiteral("The Kremlin said on Monday it would send envoys.")
                                                << QStringLiteral("2008-03-24");
    QTest::newRow("what was agreed") << QStringLiteral("Israel and Hamas have agreed to extend the truce, Qatar said on Monday.")
                                     << QStringLiteral("2008-03-24");
    // (round 28) a plan dated in what was stated gives the statement's day no proposal of its own
    QTest::newRow("the plan's own dates, stated on a day")
        << QStringLiteral("Modi will travel to Jordan from December 15 to 18, the ministry announced on Wednesday.")
        << QStringLiteral("2008-12-15/2008-12-18");
    QTest::newRow("the plan's own day")
        << QStringLiteral("Iran will hold nuclear talks in Istanbul on Friday, a spokesman said on Tuesday.")
        << QStringLiteral("2008-03-28");
}

void TestArticleExtract::planSaidOnADay()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].date, date);
}

// A plan moved to a new date is one proposal, at the new date, named by its noun; the date given up
// proposes nothing.
// a figure's period and its end are one date, the months that end then, titled by the clause
void TestArticleExtract::figurePeriods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");
    QTest::newRow("a quarter that ended")
        << QStringLiteral("For the quarter ended Sept. 30, Delta posted net income of $133.1 million.")
        << QStringLiteral("2007-07/2007-09") << QStringLiteral("Delta posted net income of $133.1 million");
    QTest::newRow("a fiscal quarter")
        << QStringLiteral("Sun reported a $20.3 million loss for its fourth quarter ended June 30.")
        << QStringLiteral("2007-04/2007-06") << QStringLiteral("Sun reported a $20.3 million loss");
    QTest::newRow("a year that ended")
        << QStringLiteral("Net income for the year ended Jan. 31 fell to $1.2 billion.")
        << QStringLiteral("2007-02/2008-01") << QStringLiteral("Net income fell to $1.2 billion");
    QTest::newRow("six months to a day")
        << QStringLiteral("Profit for the six months to 31 December rose 3 percent.")
        << QStringLiteral("2007-07/2007-12") << QStringLiteral("Profit rose 3 percent");
}

void TestArticleExtract::figurePeriods()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, title);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].date, date);
    QCOMPARE(x.events[0].title, title);
}

void TestArticleExtract::movedPlan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");
    QTest::newRow("postponed to") << QStringLiteral("The summit, planned for May 3, was postponed to June 10.")
                                  << QStringLiteral("2008-06-10") << QStringLiteral("Summit");
    QTest::newRow("brought forward") << QStringLiteral("A meeting of Arab foreign ministers planned for 27 April in Riyadh "
                                                       "was brought forward to 20 April.")
                                     << QStringLiteral("2008-04-20") << QStringLiteral("Meeting of Arab foreign ministers in Riyadh");
    QTest::newRow("postponed until") << QStringLiteral("The talks scheduled for Monday were postponed until Thursday.")
                                     << QStringLiteral("2008-04-03") << QStringLiteral("Talks");
    // round 24: a plan moved a second time; a plan for a day gone by moved ahead is planned again
    QTest::newRow("originally been due, then moved") << QStringLiteral("The election had originally been due in September 2007 "
                                                                       "but was brought forward to April 2008.")
                                                     << QStringLiteral("2008-04") << QStringLiteral("Election");
    QTest::newRow("moved again") << QStringLiteral("Elections, originally planned for December 2006, were postponed to "
                                                   "December 2007 and then again to December 2009.")
                                 << QStringLiteral("2009-12") << QStringLiteral("Elections");
    QTest::newRow("a past plan moved ahead") << QStringLiteral("The vote, originally planned for December 2007, was postponed "
                                                               "to June 2008.")
                                             << QStringLiteral("2008-06") << QStringLiteral("Vote");
    QTest::newRow("an aside's plan") << QStringLiteral("Talks on the truce, due to resume in Cairo on Saturday, were delayed.")
                                     << QStringLiteral("2008-03-29") << QStringLiteral("Talks on the truce to resume in Cairo (postponed)");
}

void TestArticleExtract::movedPlan()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, title);
    compareOnlyProposal(text, date, title, EventStatus::Planned);
}

void TestArticleExtract::proposalCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    // the date a plan was moved from is no event of its own when the new one is named
    QTest::newRow("moved from a date") << QStringLiteral("The vote, postponed from March 3, is now set for April 20.") << 1;
    QTest::newRow("moved from a date, no new date") << QStringLiteral("The vote was postponed from March 3.") << 1;
    // a chronology's entries open with their year (round 21); a fronted year frames the month after it
    QTest::newRow("chronology of years")
        << QStringLiteral("Timeline\n\n1978 - Egypt and Israel sign the Camp David Accords.\n1993: Israel and the PLO sign "
                          "the Oslo Accords.\n\u2022 2003 \u2013 The Quartet launches a plan.") << 3;
    QTest::newRow("a year in a sentence") << QStringLiteral("The 1978 accords still hold.") << 0;
    QTest::newRow("a fronted decade") << QStringLiteral("In the late 1940s, the powers divided Europe.") << 1;
    QTest::newRow("a decade as a noun's") << QStringLiteral("The 1970s detente did not last.") << 0;
    QTest::newRow("a decade inside a clause")
        << QStringLiteral("Little of the vitriol that the issue aroused in the late 1980s remains.") << 0;
    QTest::newRow("fronted year and its month") << QStringLiteral("In 2014, US-brokered talks collapsed in April.") << 1;
    QTest::newRow("a month and its day") << QStringLiteral("The talks in March ended on March 9.") << 1;
    QTest::newRow("a month and a day of two verbs") << QStringLiteral("Talks stalled in March and resumed on March 9.") << 2;
    QTest::newRow("wire header") << QStringLiteral("AP900815-0044 08-15-90 1337EDT AP-NR-08-15-90 March 3, 1990\n\nThe talks ended.") << 0;
    // a wire dateline's date is the story's when the lead dates its event itself (the story's day,
    // 28 March 2008, is a Friday: "on Sunday" is another day than the dateline's)
    QTest::newRow("dateline and the lead's own day")
        << QStringLiteral("SEOUL, March 28 (Yonhap) -- President Lee Myung-bak and Prime Minister Yasuo Fukuda agreed on "
                          "Sunday to resume \"shuttle diplomacy\".") << 1;
    // a question asserts nothing; a reported one, or one quoted in a statement, is news
    // a page's own day, and the figure a comparison is made with, are no events (round 21)
    QTest::newRow("here is the situation") << QStringLiteral("Here is the situation on Tuesday, 19 November 2008:") << 0;
    QTest::newRow("figure compared with")
        << QStringLiteral("At 0900 GMT on Tuesday, the rial traded at 900,000 to the dollar, down from 820,000 a month ago.") << 1;
    QTest::newRow("people from places") << QStringLiteral("The rally drew crowds from 14 cities on Monday.") << 1;
    QTest::newRow("an amount compared with") << QStringLiteral("Profit rose to $155 million from $99 million in March.") << 0;
    QTest::newRow("a headline's plan and its story")
        << QStringLiteral("Iran, E3 to hold nuclear talks in Istanbul on Friday\n\nTEHRAN, March 26 (Reuters) - Iran will hold "
                          "nuclear talks with Britain, France and Germany in Istanbul on Friday, a spokesman said.") << 1;
    QTest::newRow("a question") << QStringLiteral("And the talks in Cairo \u2013 are they still scheduled for next week?") << 0;
    QTest::newRow("a reported question")
        << QStringLiteral("The Pentagon said today it will re-examine the question are the remains known?") << 1;
    QTest::newRow("a question quoted in a statement") << QStringLiteral("\u201CWhy now?\u201D Lavrov asked reporters on Monday.") << 1;
    QTest::newRow("page header") << QStringLiteral("WSJ891102-0067 = 891102 891102-0067 March 3\n\nThe talks ended.") << 0;
    QTest::newRow("end of what an earlier date began")
        << QStringLiteral("The Council on Monday extended the mandate of the mission until 30 April 2009.") << 1;
    QTest::newRow("the last time before an earlier date")
        << QStringLiteral("The presidents spoke by phone on March 3, their first conversation since August.") << 1;
    QTest::newRow("a time again in another zone")
        << QStringLiteral("The vote is scheduled for 3 p.m. ET (20:00 GMT) on Tuesday.") << 1;
    QTest::newRow("local time and GMT")
        << QStringLiteral("The ceasefire begins at 06:00 local time (04:00 GMT) on Friday.") << 1;
    QTest::newRow("a day and its time")
        << QStringLiteral("Iran and the six powers will resume talks in Geneva on Thursday at 10:00 local time.") << 1;
    QTest::newRow("two times of two events")
        << QStringLiteral("The talks began at 9 a.m. on Tuesday, and the ministers left at 5 p.m.") << 2;
    QTest::newRow("a year that dates its clause") << QStringLiteral("In 2019, Volodymyr Zelenskyy was elected president.") << 1;
    QTest::newRow("a year before a noun") << QStringLiteral("The envoys discussed the 2015 nuclear deal in Vienna.") << 0;
    QTest::newRow("a year in an election") << QStringLiteral("He lost his seat in 2015 elections.") << 0;
    QTest::newRow("a year before the clause goes on")
        << QStringLiteral("He joined the foreign ministry in 1972 after graduating.") << 1;
    QTest::newRow("a year compared with") << QStringLiteral("Net income rose to $5 million from $3 million in 2007.") << 0;
    QTest::newRow("a date moved until another")
        << QStringLiteral("The Council on Monday postponed the vote until 30 April.") << 2;
    QTest::newRow("slug of short codes") << QStringLiteral("A4195 Cx1f taf-z u a Cx13 Cx11 BC-NY-MURDER 02-12 0207 March 3\n\nThe talks ended.") << 0;
    QTest::newRow("names with digits") << QStringLiteral("G20 and G7 leaders met F-16 pilots on March 3.") << 1;
    QTest::newRow("decades and ordinals") << QStringLiteral("The 1990s reforms and 2000s cuts of the 21st century ended on March 3.") << 1;
    QTest::newRow("capitals only") << QStringLiteral("WALL STREET JOURNAL, March 3, 2008\n\nThe talks ended.") << 0;
    QTest::newRow("a clock reading") << QStringLiteral("Good morning from New York, where it is 9:32 a.m. on Friday.") << 0;
    QTest::newRow("a report whose other date is a bound")
        << QStringLiteral("Orban told Hungarian radio on March 20 that Budapest would block the aid until after the "
                          "elections in June.") << 2;
    QTest::newRow("a page stamp") << QStringLiteral("Last updated 22:10 GMT, March 3, 2008\n\nThe talks ended.") << 0;
    QTest::newRow("a byline's date and time")
        << QStringLiteral("By Jane Roe\nWednesday, 10 June 2026 \u00B7 8:41am\n\nThe talks ended.") << 0;
    QTest::newRow("a byline with an update stamp")
        << QStringLiteral("By Jane Roe \u00B7 June 19, 2023 8:12 AM UTC \u00B7 Updated 2 hours ago\n\nThe talks ended.") << 0;
    QTest::newRow("a byline of two")
        << QStringLiteral("By Jane Roe and John Doe | March 3, 2008\n\nThe talks ended.") << 0;
    QTest::newRow("byline with an ampersand")
        << QStringLiteral("By Amira Haddad & Tom Riley \u00B7 10 January 2008\n\nThe talks ended.") << 0;
    QTest::newRow("a byline with a role, no By")
        << QStringLiteral("Pippa Crerar, Political editor \u00B7 Thu 10 Jul 2025 19.02 BST\n\nThe talks ended.") << 0;
    QTest::newRow("a byline of two, no By")
        << QStringLiteral("Jane Roe and John Doe | March 3, 2008\n\nThe talks ended.") << 0;
    QTest::newRow("byline of three") << QStringLiteral("By Jane Roe, John Doe and Max Roe | March 3, 2008\n\nThe talks ended.") << 0;
    QTest::newRow("a quotation of the same day")
        << QStringLiteral("The leaders met in Tokyo today. \u201CToday's summit is a first step,\u201D the premier said.") << 1;
    QTest::newRow("a quotation of another day")
        << QStringLiteral("The leaders met in Tokyo today. \u201CWe meet again on April 9,\u201D the premier said.") << 2;
    QTest::newRow("a plan later this year") << QStringLiteral("The premier is expected to visit Seoul later this year.") << 1;
    QTest::newRow("a forecast for this year") << QStringLiteral("Profits will be lower this year, the firm said.") << 0;
    QTest::newRow("a visit earlier this year") << QStringLiteral("The premier visited Seoul earlier this year.") << 0;
    // (round 23) a story's year counted from its date is an event's; a comparison with a year before is none
    QTest::newRow("the following year of a story")
        << QStringLiteral("The talks failed in 1999. The following year, the two sides signed a truce.") << 2;
    QTest::newRow("a story's years later after withdrawing from")
        << QStringLiteral("Iran reached a deal in 2015. The United States withdrew from the accord three years later.") << 2;
    QTest::newRow("a year earlier than a figure from")
        << QStringLiteral("Sales rose in 1999. Exports grew from 4 million three years earlier.") << 1;
    QTest::newRow("a deadline's year") << QStringLiteral("The two sides will sign the treaty no later than 2030.") << 1;
    QTest::newRow("a comparison with a year") << QStringLiteral("Profits were higher than in 1988.") << 0;
    QTest::newRow("a rise from a figure") << QStringLiteral("Exports rose from 4 million in 1988.") << 0;
    QTest::newRow("a comparison with a year earlier")
        << QStringLiteral("Wages rose in 1999 and were 3.8 percent higher than a year earlier.") << 1;
    // (round 24) a figure's baseline of any date is none: a year-ago quarter, a superlative's "since"
    QTest::newRow("a quarter's baseline")
        << QStringLiteral("Third-quarter profit fell to $1.2 billion from $1.5 billion in the year-ago period.") << 1;
    QTest::newRow("against a year earlier") << QStringLiteral("Exports rose 5 percent in March from a year earlier.") << 1;
    QTest::newRow("lowest since a month")
        << QStringLiteral("The stock closed at its lowest level since March 2005 on Monday.") << 1;
    QTest::newRow("page stamps with their dates")
        << QStringLiteral("Published March 3, 2008 6:10 PM EST \u00B7 Updated 2 hours ago\n\nThe talks ended.") << 0;
    QTest::newRow("by a day is no byline")
        << QStringLiteral("By Monday, the troops had left the town.") << 1;
    QTest::newRow("advertising")
        << QStringLiteral("Subscribe today and get your first month free until March 31.") << 0;
    QTest::newRow("advertising, an offer") << QStringLiteral("Your special offer ends on Friday.") << 0;
    QTest::newRow("a briefing's aside to the press")
        << QStringLiteral("Second, as many of you saw, the Secretary spoke yesterday with the ministers of Armenia and Azerbaijan.")
        << 1;
    QTest::newRow("one date twice in a sentence")
        << QStringLiteral("The ministers met on March 3 and signed the accord on March 3 in Geneva.") << 1;
    QTest::newRow("two dates in a sentence") << QStringLiteral("The ministers met on March 3 and again on March 5.") << 2;
    QTest::newRow("report date beside the event's")
        << QStringLiteral("Car sales fell 8% in February, industry data showed on March 12.") << 1;
    QTest::newRow("report date before the event's")
        << QStringLiteral("The agency reported on March 12 that rebels had shelled the town on March 10.") << 1;
    QTest::newRow("told reporters, then the event")
        << QStringLiteral("Officials told reporters on Tuesday the convoy would leave on April 2.") << 1;
    QTest::newRow("told a briefing, then the event (round 33)")
        << QStringLiteral("A spokeswoman told a regular briefing on Tuesday that the envoy would arrive on April 2.") << 1;
    QTest::newRow("announced after the plan's own date and more (round 33)")
        << QStringLiteral("Wang Yi will travel to Brussels next month for talks on trade, the ministry announced on Thursday.")
        << 1;
    QTest::newRow("report date alone") << QStringLiteral("Industry data showed on March 12 that car sales fell 8%.") << 1;
    QTest::newRow("report date beside a plan's year (round 23)")
        << QStringLiteral("Modi will travel to Moscow later this year, the ministry said in a statement on Tuesday.") << 1;
    QTest::newRow("event date before a comma and said")
        << QStringLiteral("Rebels shelled the town on March 10, said officials, who told reporters on March 12 it was hit.") << 1;
    QTest::newRow("reported a quarter's results")
        << QStringLiteral("The airline reported first-quarter profit of $2 million on March 12.") << 2;
    QTest::newRow("two report dates") << QStringLiteral("The army said on March 10 and reported on March 12 that it withdrew.") << 2;
    QTest::newRow("an announcement is an event")
        << QStringLiteral("The ministry announced on March 12 that the border would reopen on April 2.") << 2;
    // (round 27) a meeting next year is a plan to propose; a forecast for next year is none
    QTest::newRow("a summit next year")
        << QStringLiteral("President Xi Jinping is expected to attend a China-Arab States summit in the region next year.") << 1;
    QTest::newRow("a forecast for next year") << QStringLiteral("The economy will grow 3 percent next year.") << 0;
    QTest::newRow("a court's ruling next year") << QStringLiteral("The court is expected to rule next year.") << 1; // (round 29)
    // a holiday or a day in a name
    QTest::newRow("a holiday in a name") << QStringLiteral("The Good Friday Agreement still holds.") << 0;
    QTest::newRow("a holiday in a war's name") << QStringLiteral("The Tet Offensive shocked Washington.") << 0;
    QTest::newRow("a day in a name") << QStringLiteral("Marchers remembered Bloody Sunday.") << 0;
    QTest::newRow("the first since a date") << QStringLiteral("This was the first conversation between the two leaders "
                                                              "since September 2007.") << 0;
    QTest::newRow("stalled since a date") << QStringLiteral("The talks have stalled since early March.") << 1;
    // an elliptical clause names no event: "as it has since …"
    QTest::newRow("as it has since") << QStringLiteral("The Federal Reserve kept rates near zero on Friday, as it has since "
                                                      "December 2006.") << 1;
    // a headline's event that the story tells again is proposed once, from the story
    QTest::newRow("a headline the story repeats")
        << QStringLiteral("Minister's visit to Singapore (April 4-6, 2008)\n\nThe minister will pay an official visit to "
                          "Singapore from 4-6 April 2008.") << 1;
    QTest::newRow("a headline the story dates otherwise")
        << QStringLiteral("Minister to visit Singapore on April 4\n\nThe minister last visited Singapore on March 3.") << 2;
    QTest::newRow("a headline's week the story makes a day")
        << QStringLiteral("Nuclear talks to resume next week in Vienna\n\nTalks on the nuclear deal will resume on April 2 "
                          "in Vienna, the EU said on Tuesday.") << 1;
    QTest::newRow("a headline's week with another story that day")
        << QStringLiteral("Nuclear talks to resume next week in Vienna\n\nThe minister will visit Singapore on April 2.") << 2;
    QTest::newRow("an entry's deadline") << QStringLiteral("- By Aug. 31: The electoral court must declare the winner.") << 1;
    // (round 28) a live report's entry time dates no event its entry dates itself; a report it does
    QTest::newRow("an entry time and the entry's own day")
        << QStringLiteral("13:15 GMT - Advisers will join the talks on Monday, a source said.") << 1;
    QTest::newRow("an entry time and a later clause's week")
        << QStringLiteral("16:30 GMT - Rubio says progress was made and that work will continue this week.") << 2;
    QTest::newRow("a first sentence is no headline")
        << QStringLiteral("The minister will visit Singapore on April 4.\nThe minister will visit Singapore on April 4 with aides.")
        << 2;
}

void TestArticleExtract::proposalCount()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QStringList titles;
    for (const ProposedEvent &e : x.events)
        titles << e.title;
    QVERIFY2(int(x.events.size()) == count, qPrintable(titles.join(u" | ")));
}

// "on Thursday at 10:00": one event, dated to the minute, titled from the clause
void TestArticleExtract::dayAndItsTime()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 3})
                             .run(QStringLiteral("Iran and the six powers will resume talks in Geneva on Thursday at 10:00 local time."));
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].date, QStringLiteral("2008-03-06T10:00:00"));
    QVERIFY2(!x.events[0].title.contains(u"Thursday"), qPrintable(x.events[0].title));
    // a start time set off after the day (Japanese official style)
    const Extraction y = ArticleExtractor(CivilDate{2008, 3, 3})
                             .run(QStringLiteral("On March 3, commencing at 2:10 p.m. for approximately 70 minutes, the two "
                                                 "ministers held a meeting."));
    QCOMPARE(y.events.size(), size_t(1));
    QCOMPARE(y.events[0].date, QStringLiteral("2008-03-03T14:10:00"));
    // an entry's day and two times of it, each with its verb (round 24): the times, not the day
    const Extraction z = ArticleExtractor(CivilDate{2008, 3, 3})
                             .run(QStringLiteral("- March 9: Polls open at 8 a.m. local time (1400 GMT) and close at 6 p.m."));
    QCOMPARE(z.events.size(), size_t(2));
    QCOMPARE(z.events[0].date, QStringLiteral("2008-03-09T08:00:00"));
    QCOMPARE(z.events[0].title, QStringLiteral("Polls open"));
    QCOMPARE(z.events[1].date, QStringLiteral("2008-03-09T18:00:00"));
    QCOMPARE(z.events[1].title, QStringLiteral("Polls close"));
}

// "…, and again on March 20": a second instance of the event the sentence dated first
void TestArticleExtract::repeatedEvent()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("The ministry will announce new sanctions on April 4, the anniversary of the "
                                                 "war, and again at the end of May."));
    QCOMPARE(x.events.size(), size_t(2));
    QCOMPARE(x.events[1].title, x.events[0].title);
    QVERIFY2(x.events[0].title.contains(u"sanctions"), qPrintable(x.events[0].title));
}

// "this week or next" in a quote gives no proposal titled "Or next"; the quote with its speaker
// Two dates in one sentence: the second clause's subject, noun or instance
// "on 22 and 24 April", "on 3, 10 and 17 March": one event on each day of the list
void TestArticleExtract::listedDays()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("The council held consultations on 3, 10 and 17 March."));
    QCOMPARE(x.events.size(), size_t(3));
    const QStringList dates = {x.events[0].date, x.events[1].date, x.events[2].date};
    QCOMPARE(dates, QStringList({QStringLiteral("2008-03-03"), QStringLiteral("2008-03-10"), QStringLiteral("2008-03-17")}));
    for (const ProposedEvent &e : x.events)
        QCOMPARE(e.title, QStringLiteral("The council held consultations"));
}

// A count of days or weeks before "after" and a clause dates that clause from the sentence's day
// (round 23); a span or a bound does not, nor a clause cut to a name or a gerund.
void TestArticleExtract::countedDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date"); // of the proposal from the count, empty for none
    QTest::addColumn<QString>("title");
    QTest::newRow("a day after a meeting")
        << QStringLiteral("Jaishankar held talks with Wang Yi on Monday, a day after Narendra Modi met Xi Jinping in Tianjin.")
        << QStringLiteral("2008-03-23") << QStringLiteral("Narendra Modi met Xi Jinping in Tianjin");
    QTest::newRow("days after an event's noun")
        << QStringLiteral("Retaliating 13 days after the embassy bombings in East Africa, the navy struck on March 20.")
        << QStringLiteral("2008-03-07") << QStringLiteral("The embassy bombings in East Africa");
    QTest::newRow("weeks before, approximate")
        << QStringLiteral("The envoy arrived on March 20, two weeks before the ministers meet in Geneva.")
        << QStringLiteral("2008-04-03~") << QStringLiteral("The ministers meet in Geneva");
    // (round 24) a count that opens the sentence dates the main clause from the clause's day
    QTest::newRow("a week before a dated clause")
        << QStringLiteral("A week before the summit opens on April 20, the envoys will meet in Geneva.")
        << QStringLiteral("2008-04-13~") << QStringLiteral("The envoys will meet in Geneva");
    QTest::newRow("days after a dated clause")
        << QStringLiteral("Two days after the vote on March 3, the president resigned.")
        << QStringLiteral("2008-03-05") << QStringLiteral("The president resigned");
    QTest::newRow("a span") << QStringLiteral("Protests spread for two days after the vote on March 3.") << QString() << QString();
    QTest::newRow("a bound") << QStringLiteral("The banks must wait at least 30 days before closing the sale, they said on March 3.")
                             << QString() << QString();
}

void TestArticleExtract::countedDays()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, title);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    const auto counted = std::find_if(x.events.begin(), x.events.end(), [&](const ProposedEvent &e) {
        return e.timex >= 0 && x.timexes[size_t(e.timex)].type == Timex::Type::Duration;
    });
    QCOMPARE(counted == x.events.end() ? QString() : counted->date, date);
    QCOMPARE(counted == x.events.end() ? QString() : counted->title, title);
}

// Days in a row joined by "and", or a first and last day, are one event over them.
void TestArticleExtract::joinedDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("two days in a row") << QStringLiteral("EU leaders held a summit in Brussels on March 19 and March 20.")
                                       << QStringList{QStringLiteral("2008-03-19/2008-03-20")};
    QTest::newRow("first and last day") << QStringLiteral("The delegations negotiated in Vienna from Monday through Friday.")
                                        << QStringList{QStringLiteral("2008-03-24/2008-03-28")};
    // two weekdays joined (round 23), but not a move from one to the other
    QTest::newRow("weekdays joined by a hyphen") << QStringLiteral("Delegations will meet in Geneva on Tuesday-Wednesday.")
                                                 << QStringList{QStringLiteral("2008-04-01/2008-04-02")};
    QTest::newRow("weekdays joined by to") << QStringLiteral("The talks will take place Monday to Thursday.")
                                           << QStringList{QStringLiteral("2008-03-31/2008-04-03")};
    QTest::newRow("days apart") << QStringLiteral("The envoy visited Kyiv on March 3 and March 10.")
                                << QStringList{QStringLiteral("2008-03-03"), QStringLiteral("2008-03-10")};
    // a span of years a sentence opens with (round 21); two years are two
    QTest::newRow("between two years") << QStringLiteral("Between 2001 and 2003, the two countries held six rounds of talks.")
                                       << QStringList{QStringLiteral("2001/2003")};
    QTest::newRow("from late in a year") << QStringLiteral("From late 2005 until mid-2006, the talks stalled.")
                                         << QStringList{QStringLiteral("2005-09/2006-08")};
    QTest::newRow("two years") << QStringLiteral("In 2001 and 2003, elections were held.") << QStringList{};
    // a visit's length gives its days, from the one named or up to it (round 21)
    QTest::newRow("a three-day visit from a day") << QStringLiteral("Modi will begin a three-day visit to France on Monday.")
                                                  << QStringList{QStringLiteral("2008-03-31/2008-04-02")};
    QTest::newRow("arrived for a visit") << QStringLiteral("Xi arrived in Moscow on Monday for a three-day state visit.")
                                         << QStringList{QStringLiteral("2008-03-24/2008-03-26")};
    QTest::newRow("ended a visit") << QStringLiteral("Blinken ended a two-day visit to Kyiv on Wednesday.")
                                   << QStringList{QStringLiteral("2008-03-25/2008-03-26")};
    QTest::newRow("the last day of a visit")
        << QStringLiteral("Blinken was on the last day of a two-day visit to Kyiv on Wednesday.")
        << QStringList{QStringLiteral("2008-03-25/2008-03-26")};
    // (round 22) a visit through a day of the present relative clause, not of the main clause's past
    QTest::newRow("a visit through a day")
        << QStringLiteral("Foreign Minister Takeshi Iwaya, who is on a two-day visit to China through Saturday, and Wang Yi "
                          "co-chaired the meeting.")
        << QStringList{QStringLiteral("2008-03-28/2008-03-29")};
    QTest::newRow("a visit of another clause")
        << QStringLiteral("The envoys met on Monday, days after the three-day summit.") << QStringList{QStringLiteral("2008-03-24")};
}

void TestArticleExtract::joinedDays()
{
    QFETCH(QString, text);
    QFETCH(QStringList, dates);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QStringList found;
    for (const ProposedEvent &e : x.events)
        found << e.date;
    QCOMPARE(found, dates);
}

// A clock time's "a.m." can end a sentence: the next sentence's day is not the time's.
void TestArticleExtract::clockTimeEndsSentence()
{
    const QString text = QStringLiteral("The meeting began at 10:05 a.m. Some 4,000 troops arrived on Monday.");
    const std::vector<Sentence> sentences = SentenceSplitter::split(text);
    QCOMPARE(sentences.size(), size_t(2));
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.timexes.front().value, QStringLiteral("2008-03-28T10:05"));
    QCOMPARE(x.events.back().title, QStringLiteral("Some 4,000 troops arrived"));
    // "at 10 a.m. Monday" goes on
    QCOMPARE(SentenceSplitter::split(QStringLiteral("They meet at 10 a.m. Monday in Paris.")).size(), size_t(1));
}

// An encyclopedia's reference mark after a full stop ends the sentence with it, and leaves the title.
void TestArticleExtract::referenceMarkEndsSentence()
{
    const QString text = QStringLiteral("The protocol was signed on 5 September 2014 by the Contact Group.[2] It failed "
                                        "to stop the fighting.[3][a] Talks resumed.");
    const std::vector<Sentence> sentences = SentenceSplitter::split(text);
    QCOMPARE(sentences.size(), size_t(3));
    QCOMPARE(text.mid(sentences[0].start, sentences[0].end - sentences[0].start).right(4), QStringLiteral(".[2]"));
    const Extraction x = ArticleExtractor(CivilDate{2024, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].title, QStringLiteral("The protocol was signed by the Contact Group"));
}

// A web page's timeline table: each row's date dates its other cells.
void TestArticleExtract::tableRowsAreEntries()
{
    const QString html = QStringLiteral("<html><body><table><tr><th>Date</th><th>Event</th></tr>"
                                        "<tr><td>12 April 2025</td><td>First round of talks in Muscat.</td></tr>"
                                        "<tr><td>19 April 2025</td><td>Second round held in Rome.</td></tr></table></body></html>");
    const Extraction x = ArticleExtractor(CivilDate{2025, 5, 30}).run(html);
    QCOMPARE(x.events.size(), size_t(2));
    QCOMPARE(x.events[0].date, QStringLiteral("2025-04-12"));
    QCOMPARE(x.events[0].title, QStringLiteral("First round of talks in Muscat"));
    QCOMPARE(x.events[1].date, QStringLiteral("2025-04-19"));
    QCOMPARE(x.events[1].title, QStringLiteral("Second round held in Rome"));
}

// "is scheduled to hold talks on Thursday and meet the president on Friday": the second verb shares the plan
void TestArticleExtract::conjunctSharesPlan()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("The envoy is scheduled to hold talks on Thursday and meet the president "
                                                 "on Friday."));
    QCOMPARE(x.events.size(), size_t(2));
    QCOMPARE(statusName(x.events[1].status), QStringLiteral("planned"));
    const Extraction y = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("The envoy is scheduled to hold talks on Thursday, and the president "
                                                 "met him on Friday."));
    QCOMPARE(y.events.size(), size_t(2));
    QCOMPARE(statusName(y.events[1].status), QStringLiteral("occurred"));
}

void TestArticleExtract::contentlessTitle()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("\"We cannot wait,\" Senator Chuck Schumer said Wednesday morning, adding that "
                                                 "the House should act \"this week or next.\""));
    QCOMPARE(x.events.size(), size_t(1));
    // the first quotation, now that "…," Senator Chuck Schumer said gives it its speaker
    QCOMPARE(x.events[0].title, QStringLiteral("Chuck Schumer: \u201CWe cannot wait\u201D"));
}

void TestArticleExtract::reportDateIsNoEvent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("title");
    QTest::newRow("figures showed") << QStringLiteral("Car sales fell 8% in February, industry data showed on March 12.")
                                    << QStringLiteral("2008-02") << QStringLiteral("Car sales fell 8%");
    QTest::newRow("agency reported first")
        << QStringLiteral("The agency reported on March 12 that rebels had shelled the town on March 10.")
        << QStringLiteral("2008-03-10") << QStringLiteral("Rebels had shelled the town");
    QTest::newRow("speaker carried past the report date")
        << QStringLiteral("The Houthis said on March 12 they had freed the hostages on March 11.") << QStringLiteral("2008-03-11")
        << QStringLiteral("The Houthis had freed the hostages");
    QTest::newRow("subject, report date, verb")
        << QStringLiteral("Government spokesman Ali Rahimi on Tuesday said the border would reopen on April 2.")
        << QStringLiteral("2008-04-02") << QStringLiteral("The border would reopen");
    // a wire dateline's date is the story's, not an event date that makes "said on Tuesday" a report date
    QTest::newRow("dateline and a statement's day")
        << QStringLiteral("ANKARA, March 27 (Reuters) - Turkish President Tayyip Erdogan said on Tuesday that parliament "
                          "would decide on the bid.")
        << QStringLiteral("2008-03-25") << QStringLiteral("Turkish President Tayyip Erdogan said parliament would decide on the bid");
    QTest::newRow("dateline's day, then what was said")
        << QStringLiteral("DOHA, March 27 (Reuters) - Israel and Hamas have agreed to a ceasefire deal in Gaza, Qatar's prime "
                          "minister said on Thursday.")
        << QStringLiteral("2008-03-27") << QStringLiteral("Israel and Hamas have agreed to a ceasefire deal in Gaza");
    QTest::newRow("said, bare weekday") << QStringLiteral("Talks resumed in Vienna on March 20, the ministry said Tuesday.")
                                        << QStringLiteral("2008-03-20") << QStringLiteral("Talks resumed in Vienna");
}

void TestArticleExtract::reportDateIsNoEvent()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    QFETCH(QString, title);
    compareOnlyProposal(text, date, title);
}

void TestArticleExtract::relations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("relation"); // "from > kind > to" by date, empty for none
    QTest::newRow("follow-up") << QStringLiteral("The leaders will meet in Sochi on April 6. Officials called it a "
                                                 "follow-up to the March 17 talks in Moscow.")
                               << QStringLiteral("2008-04-06 > follow-up of > 2008-03-17");
    QTest::newRow("quoted cue") << QStringLiteral("The leaders will meet in Sochi on April 6. He called it \"a follow-up\" "
                                                  "to the March 17 talks in Moscow.")
                                << QStringLiteral("2008-04-06 > follow-up of > 2008-03-17");
    QTest::newRow("response") << QStringLiteral("Russia expelled two diplomats on March 20. Britain said it acted in "
                                                "response to the March 12 expulsions in London.")
                              << QStringLiteral("2008-03-20 > response to > 2008-03-12");
    QTest::newRow("no cue") << QStringLiteral("The leaders will meet in Sochi on April 6. Their ministers met in Moscow "
                                              "on March 17.")
                            << QString();
    QTest::newRow("no follow-up before it") << QStringLiteral("The ministers met on March 2. It was a follow-up to "
                                                              "the March 17 talks in Moscow.")
                                            << QString(); // an earlier event cannot follow up a later one
}

void TestArticleExtract::relations()
{
    QFETCH(QString, text);
    QFETCH(QString, relation);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QStringList found;
    for (const ProposedEvent &e : x.events)
        for (const ProposedRelation &r : e.relations)
            found << e.date + QStringLiteral(" > ") + relationKindName(r.kind) + QStringLiteral(" > ") + x.events[size_t(r.to)].date;
    QCOMPARE(found.join(u'|'), relation);
}

void TestArticleExtract::seedArticle()
{
    QFile f(QStringLiteral(DATELINE_SHARED_DATA "/seed/000_2dfa95e0bfc6aa2c.txt"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("the seed article is not present");
    const QString text = QString::fromUtf8(f.readAll());
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    auto event = [&](const QString &date) -> const ProposedEvent * {
        for (const ProposedEvent &e : x.events)
            if (e.date == date)
                return &e;
        return nullptr;
    };
    auto quoteBy = [](const ProposedEvent &e, const QString &start, const QString &speaker) {
        for (const QuoteMention &q : e.quotes)
            if (q.text.startsWith(start) && q.speaker == speaker)
                return true;
        return false;
    };
    const ProposedEvent *meeting = event(QStringLiteral("2008-03-17/2008-03-18"));
    QVERIFY(meeting);
    QVERIFY2(meeting->title.contains(QStringLiteral("eeting")), qPrintable(meeting->title));
    QCOMPARE(meeting->place, QStringLiteral("Moscow"));
    QCOMPARE(meeting->status, EventStatus::Occurred);
    QVERIFY(quoteBy(*meeting, QStringLiteral("The best way"), QStringLiteral("Sergei Lavrov")));
    QVERIFY(quoteBy(*meeting, QStringLiteral("important and useful"), QStringLiteral("Sergei Lavrov")));
    QStringList participants; // the 2+2: named in the sentence that takes the meeting up
    for (const ActorMention &a : meeting->actors)
        participants << a.label;
    for (const char *name : {"Condoleezza Rice", "Robert Gates", "Sergei Lavrov", "Anatoly Serdyukov"})
        QVERIFY2(participants.contains(QLatin1String(name)), qPrintable(participants.join(u", ")));
    QVERIFY(!participants.contains(QStringLiteral("George W. Bush"))); // he spoke of it later
    const ProposedEvent *interview = event(QStringLiteral("2008-03-26"));
    QVERIFY(interview);
    QVERIFY2(interview->title.contains(QStringLiteral("nterview")), qPrintable(interview->title));
    QVERIFY(quoteBy(*interview, QStringLiteral("It's important"), QStringLiteral("George W. Bush")));
    const ProposedEvent *summit = event(QStringLiteral("2008-04-06"));
    QVERIFY(summit);
    QCOMPARE(summit->status, EventStatus::Planned);
    QCOMPARE(summit->place, QStringLiteral("Sochi"));
    QCOMPARE(summit->relations.size(), size_t(1)); // "a follow-up" to the meeting
    QCOMPARE(x.events[size_t(summit->relations.front().to)].date, QStringLiteral("2008-03-17/2008-03-18"));
    QCOMPARE(summit->relations.front().kind, RelationKind::FollowUpOf);
    QVERIFY(quoteBy(*summit, QStringLiteral("a follow-up"), QStringLiteral("George W. Bush")));
    QStringList countries;
    for (const ActorMention &a : summit->actors)
        countries << a.country;
    QVERIFY(countries.contains(QStringLiteral("RUS")) && countries.contains(QStringLiteral("USA")));
    // Only the article: the paywall text after it proposes nothing.
    QCOMPARE(x.events.size(), size_t(3));
}

// A page without full stops is one sentence of thousands of characters: each proposal's evidence and
// quotations are the part around its date, not all of it (every search ran over all of it for every
// date: a megabyte took a minute).
void TestArticleExtract::hugeSentence()
{
    QString text = QStringLiteral("The envoy met officials, ");
    for (int k = 0; k < 400; ++k)
        text += QStringLiteral("the talks (held on March %1 in Geneva) ended, \u201Cwe agree\u201D, said Foreign Minister Sergei "
                               "Lavrov, ").arg(k % 28 + 1);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(28)); // one per day, as in any sentence
    for (const ProposedEvent &e : x.events) {
        QVERIFY2(e.evidenceEnd - e.evidenceStart <= 1300, qPrintable(e.date));
        const Timex &t = x.timexes[size_t(e.timex)];
        QVERIFY(e.evidenceStart <= t.start && t.end <= e.evidenceEnd);
        QVERIFY2(e.quotes.size() <= 20, qPrintable(QString::number(e.quotes.size()))); // (of 400)
    }
}

QTEST_GUILESS_MAIN(TestArticleExtract)
#include "tst_articleextract.moc"
