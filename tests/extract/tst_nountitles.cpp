// Proposal titles of a date that modifies a noun or a participle rather than the sentence's verb:
// "a March 26 interview", "Tuesday's meeting", "the summit planned for April 6", "the damage caused
// by Typhoon Gaemi in July", "welcomed the signing of the agreement on July 8".
#include "titletestrows.h"

#include <QTest>

using namespace dateline;
using namespace dateline::extract;

class TestNounTitles : public QObject {
    Q_OBJECT
private slots:
    void titles_data();
    void titles();
};

void TestNounTitles::titles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    // a decision the date after it dates, and what was decided (round 26)
    QTest::newRow("a decision welcomed")
        << QStringLiteral("Rubio welcomed India's decision last month to reduce tariffs on U.S. goods.")
        << QStringLiteral("India's decision to reduce tariffs on U.S. goods");
    QTest::newRow("a decision as the subject")
        << QStringLiteral("The decision on Monday to close the border surprised many.") << QStringLiteral("Decision to close the border");
    QTest::newRow("prenominal") << QStringLiteral("Bush spoke at a March 26 interview at the White House.")
                                << QStringLiteral("Interview at the White House");
    QTest::newRow("possessive before a name's noun") << QStringLiteral("They prepared for next month's NATO meeting in The Hague.")
                                                     << QStringLiteral("NATO meeting in The Hague");
    QTest::newRow("possessive") << QStringLiteral("Tuesday's meeting in Geneva collapsed.") << QStringLiteral("Meeting in Geneva collapsed");
    QTest::newRow("one noun after a possessive at the clause's end")
        << QStringLiteral("Cineplex shareholders responded coolly to yesterday's announcement.")
        << QStringLiteral("Cineplex shareholders responded coolly");
    QTest::newRow("rare weekday session") << QStringLiteral("Senators met in a rare Sunday session of the chamber.")
                                          << QStringLiteral("Session of the chamber");
    QTest::newRow("scheduled noun") << QStringLiteral("Russia will skip the peace summit planned for April 6 in Sochi.")
                                    << QStringLiteral("Peace summit in Sochi");
    QTest::newRow("set off, scheduled to take place on the sidelines")
        << QStringLiteral("They discussed the next meeting of the Astana format, scheduled to take place in Doha on the "
                          "sidelines of the Doha Forum on May 7-8.")
        << QStringLiteral("Next meeting of the Astana format in Doha");
    QTest::newRow("the event a clause prepares")
        << QStringLiteral("The vote was lost, paving the way for an early election on May 23.")
        << QStringLiteral("An early election");
    QTest::newRow("plural elections ahead")
        << QStringLiteral("The assembly prepared the ballots ahead of elections scheduled for June 6-9.")
        << QStringLiteral("Elections scheduled");
    // (round 29) after "that", and what follows the date no place
    QTest::newRow("scheduled, after that") << QStringLiteral("He noted that elections scheduled for May 4 represent a milestone.")
                                           << QStringLiteral("Elections scheduled");
    QTest::newRow("scheduled, a plural after what is said of it")
        << QStringLiteral("The Secretary-General is expected to report on elections scheduled for December 2026.")
        << QStringLiteral("Elections scheduled");
    QTest::newRow("a meeting looked forward to")
        << QStringLiteral("The Secretary reaffirmed the commitment and looked forward to the Quad Foreign Ministers' Meeting "
                          "later this year.")
        << QStringLiteral("The Quad Foreign Ministers' Meeting");
    QTest::newRow("a noun to be done") << QStringLiteral("They looked forward to the next Quad Leaders' Summit to be hosted by "
                                                         "India in May.")
                                       << QStringLiteral("Next Quad Leaders' Summit to be hosted by India");
    QTest::newRow("scheduled noun after prepositions")
        << QStringLiteral("The next round of talks on the grain corridor is scheduled for April 2 in Istanbul.")
        << QStringLiteral("Next round of talks on the grain corridor in Istanbul");
    QTest::newRow("scheduled noun, then the main verb")
        << QStringLiteral("The summit planned for April 2-3 in Vienna was postponed after Moscow declined.")
        << QStringLiteral("Summit in Vienna (postponed)");
    QTest::newRow("scheduled noun after a comma")
        << QStringLiteral("The meeting, set for April 2 in Beijing, was cancelled.") << QStringLiteral("Meeting in Beijing (cancelled)");
    QTest::newRow("a plan called off") << QStringLiteral("The talks scheduled for April 2 in Geneva have been called off.")
                                       << QStringLiteral("Talks in Geneva (called off)");
    // (round 22) a participle's doer names what happened on the date; what was welcomed happened then
    QTest::newRow("done by a name") << QStringLiteral("Kamikawa expressed her condolences for the damage caused by Typhoon "
                                                      "Gaemi in July.")
                                    << QStringLiteral("Typhoon Gaemi caused the damage");
    QTest::newRow("requested by a state") << QStringLiteral("The Court will rule on the intervention requested by Nicaragua on "
                                                            "8 February.")
                                          << QStringLiteral("Nicaragua requested the intervention");
    QTest::newRow("done by, no name") << QStringLiteral("They discussed the damage caused by the storm in July.")
                                      << QStringLiteral("They discussed the damage caused by the storm");
    QTest::newRow("the signing welcomed") << QStringLiteral("The two ministers welcomed the signing of the Reciprocal Access "
                                                            "Agreement on July 8.")
                                          << QStringLiteral("Signing of the Reciprocal Access Agreement");
    QTest::newRow("the signing welcomed, then a second verb of the subject")
        << QStringLiteral("Both sides welcomed the signing of a migration and mobility partnership and agreed to convene the "
                          "next session of the Joint Commission in Nairobi in the first half of 2026.")
        << QStringLiteral("Both sides agreed to convene the next session of the Joint Commission");
    QTest::newRow("a plan in a relative clause, called off")
        << QStringLiteral("Talks between the US and Iran that were due to take place in Oman on Sunday were called off.")
        << QStringLiteral("Talks between the US and Iran in Oman (called off)");
    QTest::newRow("a state since a date, set off") << QStringLiteral("The blockade, in place since June 2007, ended after talks.")
                                                   << QStringLiteral("The blockade in place");
    // (round 23) what is condemned a month or more before the text is the event of that day, not what
    // was condemned yesterday; a noun with digits in its name has a participle too
    QTest::newRow("an attack condemned months later")
        << QStringLiteral("The Ministers condemned in the strongest terms the terrorist attack in Pahalgam on 22 January.")
        << QStringLiteral("Terrorist attack in Pahalgam");
    QTest::newRow("an attack condemned the next day") << QStringLiteral("The EU condemned the attack in Kabul on Thursday.")
                                                      << QStringLiteral("The EU condemned the attack in Kabul");
    QTest::newRow("a numbered meeting held")
        << QStringLiteral("The Ministers welcomed the progress made since the Second 2+2 Ministerial Dialogue held in "
                          "Washington in November 2007.")
        << QStringLiteral("The Second 2+2 Ministerial Dialogue held in Washington");
    QTest::newRow("what was announced, set off (round 27)") << QStringLiteral("The new sanctions, announced on Monday, target banks.")
                                                             << QStringLiteral("The new sanctions announced");
}

void TestNounTitles::titles()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    compareDatedTitle(text, title);
}

QTEST_GUILESS_MAIN(TestNounTitles)
#include "tst_nountitles.moc"
