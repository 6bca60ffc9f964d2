// Proposal titles of a sentence with two dates: the second verb of the subject, a second noun
// phrase, the same event again elsewhere, a clause of its own (one date per sentence:
// tst_proposaltitles.cpp).
#include "core/extract/articleextractor.h"

#include <QTest>

using namespace dateline;
using namespace dateline::extract;

class TestSecondDateTitles : public QObject {
    Q_OBJECT
private slots:
    void secondDateOfSentence_data();
    void secondDateOfSentence();
    void startAndEnd_data();
    void startAndEnd();
};

void TestSecondDateTitles::secondDateOfSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("second verb of the subject")
        << QStringLiteral("Johnson met Biden at the White House last month and is due back there on April 2.")
        << QStringLiteral("Johnson met Biden at the White House") << QStringLiteral("Johnson is due back there");
    // (round 28) "both" opens a noun phrase
    QTest::newRow("second verb of a subject with both")
        << QStringLiteral("Both ministers welcomed the signing of the agreement on 29 August 2007 and agreed to hold the next "
                          "meeting in Canberra in 2009.")
        << QStringLiteral("Signing of the agreement") << QStringLiteral("Both ministers agreed to hold the next meeting in Canberra");
    QTest::newRow("second verb after the subject's modal")
        << QStringLiteral("He will visit Bahrain from December 2-4 and then travel to the UAE on 5th Dec.")
        << QStringLiteral("He will visit Bahrain") << QStringLiteral("He will travel to the UAE");
    // (round 29) the main verb after a relative clause set off after the subject, with the subject
    QTest::newRow("the main verb after a relative clause")
        << QStringLiteral("The package, which will be adopted at a summit on March 30, bans LNG imports from January 1, 2027.")
        << QStringLiteral("The package will be adopted at a summit") << QStringLiteral("The package bans LNG imports");
    // (round 29) what is ahead, without "Ahead of"
    QTest::newRow("a meeting ahead")
        << QStringLiteral("The prime minister will host Zelensky on Monday, ahead of a meeting of the coalition of the "
                          "willing later in the week.")
        << QStringLiteral("The prime minister will host Zelensky") << QStringLiteral("A meeting of the coalition of the willing");
    QTest::newRow("times of a day, each with its verb")
        << QStringLiteral("The polls open at 8 a.m. and close at 6 p.m. on Sunday.")
        << QStringLiteral("The polls open") << QStringLiteral("The polls close");
    QTest::newRow("a list of names said, then the plan")
        << QStringLiteral("On Tuesday Spain, Ireland and Norway said they would recognise a Palestinian state on May 28.")
        << QStringLiteral("Spain, Ireland and Norway said they would recognise a Palestinian state")
        << QStringLiteral("Spain, Ireland and Norway would recognise a Palestinian state");
    QTest::newRow("a second date before a clause of its own")
        << QStringLiteral("He met Xi in Beijing in July, and in May he marked his 100th birthday.")
        << QStringLiteral("He met Xi in Beijing") << QStringLiteral("He marked his 100th birthday");
    QTest::newRow("an infinitive after the commitment's date")
        << QStringLiteral("India and the GCC agreed in September to hold the next round of talks early next year.")
        << QStringLiteral("India and the GCC agreed to hold the next round of talks")
        << QStringLiteral("India and the GCC to hold the next round of talks");
    // (round 33) after a year that is no frame of the second date
    QTest::newRow("second verb after a year")
        << QStringLiteral("The talks were suspended in 2005 and relaunched in June 2007.")
        << QStringLiteral("The talks were suspended") << QStringLiteral("The talks relaunched");
    QTest::newRow("second verb of a pronoun")
        << QStringLiteral("He signed the treaty in Washington on Dec. 8, 1987, and was awarded the Nobel Peace Prize in 1990.")
        << QStringLiteral("He signed the treaty in Washington") << QStringLiteral("He was awarded the Nobel Peace Prize");
    QTest::newRow("second verb of a noun phrase's subject")
        << QStringLiteral("The first phase of the truce took effect on 19 January and is due to end on 1 March.")
        << QStringLiteral("The first phase of the truce took effect") << QStringLiteral("The first phase of the truce is due to end");
    // (round 22) a list of names with their dates; an adverb opening the sentence is no subject
    QTest::newRow("second verb of a subject with a name in a compound (round 27)")
        << QStringLiteral("A Kenyan-led security force began deploying in June 2024 and is due to be reviewed in October.")
        << QStringLiteral("A Kenyan-led security force began deploying")
        << QStringLiteral("A Kenyan-led security force is due to be reviewed");
    QTest::newRow("names each with a date")
        << QStringLiteral("Initially, the accords were signed by the UAE and Bahrain, followed by Morocco in December 2007 "
                          "and Sudan in January 2008.")
        << QStringLiteral("Followed by Morocco") << QStringLiteral("Followed by Sudan");
    // (round 22) the main clause after a relative clause that holds the first date
    QTest::newRow("main verb after a relative clause in commas")
        << QStringLiteral("The minister, who arrived on Monday, will leave on Wednesday.")
        << QStringLiteral("The minister arrived") << QStringLiteral("The minister will leave");
    QTest::newRow("second verb after a fronted attribution (round 23)")
        << QStringLiteral("According to sources, Munero fled to Florida in June 2007 and returned to Cuba in August 2007.")
        << QStringLiteral("Munero fled to Florida") << QStringLiteral("Munero returned to Cuba");
    QTest::newRow("a participle set off, then the main verb (round 23)")
        << QStringLiteral("The deal, agreed on March 3, takes effect on April 1.") << QStringLiteral("The deal agreed")
        << QStringLiteral("The deal takes effect");
    QTest::newRow("what was said after a relative clause (round 23)")
        << QStringLiteral("Araqchi, who met them in Istanbul on Monday, said on Tuesday that Tehran was ready for talks.")
        << QStringLiteral("Araqchi met them in Istanbul") << QStringLiteral("Araqchi said Tehran was ready for talks");
    QTest::newRow("a relative clause in dashes")
        << QStringLiteral("The envoy \u2014 who arrived on Sunday \u2014 met the delegates on Tuesday.")
        << QStringLiteral("The envoy arrived") << QStringLiteral("The envoy met the delegates");
    QTest::newRow("main verb right after a relative clause's date")
        << QStringLiteral("Talks that began on Monday ended on Tuesday without agreement.")
        << QStringLiteral("Talks began") << QStringLiteral("Talks ended without agreement");
    // a date set off by a comma at the sentence's end dates the clause before it
    QTest::newRow("dates set off at the end")
        << QStringLiteral("Henry Kissinger mediated two disengagement agreements, in January 1974 and September 1975.")
        << QStringLiteral("Henry Kissinger mediated two disengagement agreements")
        << QStringLiteral("Henry Kissinger mediated two disengagement agreements");
    QTest::newRow("a plan after a name's present")
        << QStringLiteral("The United States takes over the presidency on 1 December, and plans to host the summit in Miami "
                          "in December 2026.")
        << QStringLiteral("The United States takes over the presidency")
        << QStringLiteral("The United States to host the summit in Miami");
    QTest::newRow("a second verb after a place")
        << QStringLiteral("The envoys met on Tuesday in Geneva and will meet again next week.")
        << QStringLiteral("The envoys met in Geneva") << QStringLiteral("The envoys will meet again");
    QTest::newRow("second verb, clock times") << QStringLiteral("The envoy arrived at 10:05 a.m. and left at 10:40 a.m.")
                                              << QStringLiteral("The envoy arrived") << QStringLiteral("The envoy left");
    QTest::newRow("an event after the main clause's")
        << QStringLiteral("EU ministers agreed on Monday to widen sanctions against Iran after its drone and missile attack on "
                          "Israel last weekend.")
        << QStringLiteral("EU ministers agreed to widen sanctions against Iran") << QStringLiteral("Iran\u2019s drone and missile attack on Israel");
    QTest::newRow("an event after, no name before")
        << QStringLiteral("The talks resumed on Monday after the collapse of a truce and a wave of strikes last week.")
        << QStringLiteral("The talks resumed") << QStringLiteral("The collapse of a truce and a wave of strikes");
    QTest::newRow("second noun phrase")
        << QStringLiteral("The vote came after a rare Sunday session and a procedural vote on Thursday night.")
        << QStringLiteral("Rare Sunday session") << QStringLiteral("A procedural vote");
    QTest::newRow("again over") << QStringLiteral("North Korea fired a missile on Thursday and again over the weekend.")
                                << QStringLiteral("North Korea fired a missile") << QStringLiteral("North Korea fired a missile");
    QTest::newRow("the verb's other object") << QStringLiteral("The king will pay a state visit to Chile from May 4 to 5, "
                                                               "and to Peru and Bolivia from May 6 to 8.")
                                             << QStringLiteral("The king will pay a state visit to Chile")
                                             << QStringLiteral("The king will pay a state visit to Peru and Bolivia");
    QTest::newRow("the verb's other place") << QStringLiteral("The chancellor will travel to Kyiv on March 14 and to Moscow on March 15.")
                                            << QStringLiteral("The chancellor will travel to Kyiv")
                                            << QStringLiteral("The chancellor will travel to Moscow");
    QTest::newRow("again at another place, the verb's object kept")
        << QStringLiteral("The senior officials of the two foreign ministries met with counterparts in Vientiane in "
                          "February and again in Astana on March 20.")
        << QStringLiteral("The senior officials of the two foreign ministries met with counterparts")
        << QStringLiteral("The senior officials of the two foreign ministries met with counterparts again in Astana");
    QTest::newRow("the subject's second verb of intention")
        << QStringLiteral("Modi will leave for Russia on Monday and is expected to return to Delhi on Thursday night.")
        << QStringLiteral("Modi will leave for Russia") << QStringLiteral("Modi to return to Delhi");
    QTest::newRow("a second clause with its own subject")
        << QStringLiteral("The summit was due to end on Friday but leaders will reconvene early next year.")
        << QStringLiteral("The summit was due to end") << QStringLiteral("Leaders will reconvene");
    QTest::newRow("again at another place")
        << QStringLiteral("Negotiators had met in Abu Dhabi in February and again in Istanbul on March 20.")
        << QStringLiteral("Negotiators had met in Abu Dhabi") << QStringLiteral("Negotiators had met again in Istanbul");
    QTest::newRow("his, in a clause counted from the date (round 27)")
        << QStringLiteral("Prime Minister Keir Starmer hosted the summit on March 16, a fortnight after his Washington visit.")
        << QStringLiteral("Prime Minister Keir Starmer hosted the summit") << QStringLiteral("Keir Starmer\u2019s Washington visit");
}

void TestSecondDateTitles::secondDateOfSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(2));
    QCOMPARE(x.events[0].title, first);
    QCOMPARE(x.events[1].title, second);
}

// A sentence's start and end of one thing are one proposal, from the one date to the other, and so is
// a span written from … to, between … and (round 29).
void TestSecondDateTitles::startAndEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("proposals"); // title, then date, of each
    QTest::newRow("a meeting's times") << QStringLiteral("The meeting began at 10:05 a.m. and ended at 10:40 a.m. on Monday.")
                                       << QStringList{QStringLiteral("The meeting"),
                                                      QStringLiteral("2008-03-24T10:05:00/2008-03-24T10:40:00")};
    QTest::newRow("days") << QStringLiteral("The summit opened on March 3 and closed on March 5.")
                          << QStringList{QStringLiteral("The summit"), QStringLiteral("2008-03-03/2008-03-05")};
    QTest::newRow("another subject") << QStringLiteral("Voting began on March 3 and the count ended on March 5.")
                                     << QStringList{QStringLiteral("Voting began"), QStringLiteral("2008-03-03"),
                                                    QStringLiteral("The count ended"), QStringLiteral("2008-03-05")};
    QTest::newRow("years from and to") << QStringLiteral("The war lasted from 1980 to 1988.")
                                       << QStringList{QStringLiteral("The war lasted"), QStringLiteral("1980/1988")};
    QTest::newRow("years between") << QStringLiteral("He made $60 million from the sale of his shares between 1985 and 1987.")
                                   << QStringList{QStringLiteral("He made $60 million from the sale of his shares"),
                                                  QStringLiteral("1985/1987")};
    QTest::newRow("months from and to, an infinitive in the subject")
        << QStringLiteral("Talks to revive the accord in Vienna ran from April 2021 to August 2022 before collapsing.")
        << QStringList{QStringLiteral("Talks to revive the accord in Vienna ran"), QStringLiteral("2021-04/2022-08")};
    QTest::newRow("months from and through") << QStringLiteral("Talks ran from April 2021 through August 2022.")
                                             << QStringList{QStringLiteral("Talks ran"), QStringLiteral("2021-04/2022-08")};
    QTest::newRow("two sentences") << QStringLiteral("The talks began on March 3. The talks ended on March 5.")
                                   << QStringList{QStringLiteral("The talks began"), QStringLiteral("2008-03-03"),
                                                  QStringLiteral("The talks ended"), QStringLiteral("2008-03-05")};
}

void TestSecondDateTitles::startAndEnd()
{
    QFETCH(QString, text);
    QFETCH(QStringList, proposals);
    QStringList found;
    for (const ProposedEvent &e : ArticleExtractor(CivilDate{2008, 3, 28}).run(text).events)
        found << e.title << e.date;
    QCOMPARE(found, proposals);
}

QTEST_GUILESS_MAIN(TestSecondDateTitles)
#include "tst_secondtitles.moc"
