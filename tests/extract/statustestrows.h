#pragma once
// The rows of TestArticleExtract::status (tst_articleextract.cpp): a text written on 28 March 2008
// whose one proposal has this status. Kept apart so the test file stays short.
#include <QTest>

namespace dateline::extract {

inline void addStatusRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::newRow("occurred") << QStringLiteral("The ministers met in Geneva on March 3.") << QStringLiteral("occurred");
    QTest::newRow("after creation") << QStringLiteral("The ministers meet in Geneva on April 9.") << QStringLiteral("planned");
    QTest::newRow("next week") << QStringLiteral("The envoys meet again next week.") << QStringLiteral("planned");
    QTest::newRow("will") << QStringLiteral("The ministers will meet in Geneva on March 27 again.") << QStringLiteral("planned");
    QTest::newRow("said to have") << QStringLiteral("The envoy is said to have met rebels on March 3.") << QStringLiteral("reported");
    // a day the text puts behind it, whatever the main verb (round 26)
    QTest::newRow("what was announced, its relative clause's will")
        << QStringLiteral("The leaders have agreed a scheme under which Britain will return migrants, the two governments "
                          "announced on March 3.") << QStringLiteral("occurred");
    QTest::newRow("a plan's object made last week")
        << QStringLiteral("Blinken will press Hamas to accept a proposal outlined by Biden last week.") << QStringLiteral("occurred");
    // (a date that opens the sentence: the clause after it says what will be; the week is this one)
    QTest::newRow("announced plans on a day gone by")
        << QStringLiteral("In February, the company announced plans to acquire the fruit business.") << QStringLiteral("occurred");
    QTest::newRow("was to, later today") << QStringLiteral("The war cabinet was to meet later today.") << QStringLiteral("planned");
    QTest::newRow("will after a fronted week")
        << QStringLiteral("By the end of the week, European leaders will decide on the plan.")
        << QStringLiteral("planned");
    // a plan said before the comma is not the clause's that opens after it
    QTest::newRow("reported plan before the clause")
        << QStringLiteral("Hungary will not take part in the mission, Prime Minister Viktor Orban confirmed after meeting "
                          "Stoltenberg in Budapest on March 3.")
        << QStringLiteral("occurred");
    QTest::newRow("denied") << QStringLiteral("Officials denied that troops crossed the border on March 3.") << QStringLiteral("denied");
    // (round 23) what a denial's "that" governs, dated apart from the denial; a possibility
    QTest::newRow("denied, dated after that")
        << QStringLiteral("The Kremlin denied that Putin had met the envoy in February.") << QStringLiteral("denied");
    QTest::newRow("a clause after the denial") << QStringLiteral("Turkey denied that it blocked the bid, and talks resumed on March 3.")
                                               << QStringLiteral("occurred");
    QTest::newRow("could be") << QStringLiteral("Sanctions could be lifted in June.") << QStringLiteral("planned");
    // (round 31) any "could" or "might" of a date not wholly past, none of a day gone by
    QTest::newRow("could, a date still open") << QStringLiteral("A new round could take place before the end of the month.")
                                              << QStringLiteral("planned");
    QTest::newRow("could, a day gone by") << QStringLiteral("The envoy could not attend the talks on March 24.")
                                          << QStringLiteral("occurred");
    // (round 32) a noun "plan" between the past verb and the date; "would" with its own date ahead
    QTest::newRow("past verb before a plan and a place")
        << QStringLiteral("Regional leaders endorsed a ceasefire plan for the region at a summit in Accra on Saturday, "
                          "the president said.") << QStringLiteral("occurred");
    // (round 33) and the plural
    QTest::newRow("past verb before noun plans")
        << QStringLiteral("The ministers presented their peace plans at the meeting on Monday.") << QStringLiteral("occurred");
    QTest::newRow("would, its own date ahead")
        << QStringLiteral("The minister said Paris would press for a settlement before the end of the month.")
        << QStringLiteral("planned");
    QTest::newRow("would, later on the day")
        << QStringLiteral("Aides told reporters the envoys would sit down at 4 p.m. on Friday.") << QStringLiteral("planned");
    // (round 33) what was told on a day, "that" left out: the telling occurred
    QTest::newRow("would, told on a day")
        << QStringLiteral("Putin told reporters on Monday he would travel to Beijing.") << QStringLiteral("occurred");
    QTest::newRow("an aim, its date still open")
        << QStringLiteral("The two sides aim to conclude a trade deal by the end of the month, the envoy said.")
        << QStringLiteral("planned");
    QTest::newRow("an aim, its date gone by")
        << QStringLiteral("The two sides hope to build on the deal they signed on March 3.") << QStringLiteral("occurred");
    QTest::newRow("since and a clause, after will")
        << QStringLiteral("It will be his first trip to Japan since he took office in January.") << QStringLiteral("occurred");
    QTest::newRow("would, its own date gone by")
        << QStringLiteral("Aides said the envoys would sit down on Wednesday.") << QStringLiteral("occurred");
    QTest::newRow("a planned trip, past") << QStringLiteral("On March 3, Albright set aside plans for the hastily planned trip.")
                                          << QStringLiteral("occurred");
    QTest::newRow("reports rejected") << QStringLiteral("The Kremlin rejected reports that Putin met Witkoff on March 3.")
                                      << QStringLiteral("denied");
    // (round 33) what a report turned down says, words between the verb and the report
    QTest::newRow("a report dismissed as fiction")
        << QStringLiteral("Moscow dismissed as \"fiction\" a newspaper report that its envoys had met Ukrainian officials "
                          "in Abu Dhabi on March 3.")
        << QStringLiteral("denied");
    QTest::newRow("warning, reported")
        << QStringLiteral("Earlier this month, Tehran warned it would expand enrichment.") << QStringLiteral("occurred");
    QTest::newRow("expected by") << QStringLiteral("A final agreement is expected by the end of the month.")
                                 << QStringLiteral("planned");
    QTest::newRow("expect someone to") << QStringLiteral("We expect the delegations to meet in Cairo on Monday.")
                                       << QStringLiteral("planned");
    QTest::newRow("is due") << QStringLiteral("The envoy is due back in Kyiv on March 30.") << QStringLiteral("planned");
    QTest::newRow("later clause's plan") << QStringLiteral("The envoy arrived on March 27 and is to stay through the week.")
                                         << QStringLiteral("occurred");
    QTest::newRow("statement of a plan") << QStringLiteral("The Kremlin said on Monday it would send envoys.")
                                         << QStringLiteral("occurred");
    QTest::newRow("later clause") << QStringLiteral("The two sides met on Tuesday in Minsk and will meet again soon.")
                                  << QStringLiteral("occurred");
    QTest::newRow("later today") << QStringLiteral("The president has landed ahead of talks at the White House later today.")
                                 << QStringLiteral("planned");
    QTest::newRow("later that day") << QStringLiteral("The envoy arrived in Kyiv later that day.") << QStringLiteral("occurred");
    QTest::newRow("a past announcement of the future")
        << QStringLiteral("May 8, 2007 \u2013 The president announces the country will leave the treaty.") << QStringLiteral("occurred");
    QTest::newRow("a plan told of in an aside")
        << QStringLiteral("March 3 - A fourth round, planned in Rome, was postponed for logistical reasons.")
        << QStringLiteral("occurred");
    QTest::newRow("what was said of the future on a past day")
        << QStringLiteral("The president said on Monday he will travel to Paris.") << QStringLiteral("planned");
    // (round 22) a noun of plans in a clause dated wholly in the past
    QTest::newRow("an invitation declined in the past")
        << QStringLiteral("Argentina declined the invitation after Javier Milei took office in December 2007.")
        << QStringLiteral("occurred");
    QTest::newRow("invited, a past day") << QStringLiteral("The governments invited Sinn Fein to rejoin two weeks ago.")
                                         << QStringLiteral("occurred");
    // (round 29) a quotation's future is the speaker's
    QTest::newRow("a quotation's will") << QStringLiteral("\u201CWe will not waver,\u201D the minister told MPs on March 19.")
                                        << QStringLiteral("occurred");
}

} // namespace dateline::extract
