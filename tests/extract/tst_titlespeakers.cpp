// Who a proposal's title names: the person "he" or "she" stands for, a speaker before an office in
// commas (past a start time, an office and a relative clause set off in official style), the body
// "we" is, the speaker a transcript's or a parliament record's "I" is, and who said or demanded what.
#include "titletestrows.h"

#include <QTest>

using namespace dateline;
using namespace dateline::extract;

class TestTitleSpeakers : public QObject {
    Q_OBJECT
private slots:
    void speakers_data();
    void speakers();
    void pronounTakesPart();
};

void TestTitleSpeakers::speakers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    // Japanese official style: the time set off after the date, the office after the name
    QTest::newRow("a start time and an office set off")
        << QStringLiteral("On March 8, commencing at 2:10 p.m. for approximately 70 minutes, Ms. KAMIKAWA Yoko, Minister for "
                          "Foreign Affairs of Japan, held a Japan-Philippines Foreign Ministers' Meeting with H.E. Mr. Enrique "
                          "A. Manalo.")
        << QStringLiteral("Ms. KAMIKAWA Yoko held a Japan-Philippines Foreign Ministers' Meeting with Mr. Enrique A. Manalo");
    QTest::newRow("an office set off after the name")
        << QStringLiteral("On March 8, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with Mr. "
                          "Enrique A. Manalo.")
        << QStringLiteral("Ms. KAMIKAWA Yoko held a meeting with Mr. Enrique A. Manalo");
    // (round 22) an office without its country, the time in another zone in brackets, a relative
    // clause on the subject
    QTest::newRow("an office, the time in another zone")
        << QStringLiteral("On March 8, commencing at 2:10 p.m. (local time; 3:10 p.m. on March 8, Japan time) for "
                          "approximately 70 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, held a meeting with Mr. "
                          "Wang Yi.")
        << QStringLiteral("Ms. KAMIKAWA Yoko held a meeting with Mr. Wang Yi");
    QTest::newRow("an office and a relative clause set off")
        << QStringLiteral("On March 8, commencing at 10:15 a.m. for approximately 50 minutes, Ms. KAMIKAWA Yoko, Minister for "
                          "Foreign Affairs of Japan, who is visiting New York to attend the General Assembly, held a meeting "
                          "with Mr. Wang Yi.")
        << QStringLiteral("Ms. KAMIKAWA Yoko held a meeting with Mr. Wang Yi");
    // (round 33) a relative clause set off after the speaker's name
    QTest::newRow("a relative clause set off after the speaker")
        << QStringLiteral("Kenyan President William Ruto, who chairs the council, said last week that he would push for a "
                          "ceasefire.")
        << QStringLiteral("Kenyan President William Ruto said he would push for a ceasefire");
    QTest::newRow("a relative clause set off after a one-word speaker")
        << QStringLiteral("Ruto, who chairs the council, said that he would push for a ceasefire before April 20.")
        << QStringLiteral("Ruto would push for a ceasefire");
    // he or she: the one person named before, in the sentence or the sentence before, in the paragraph
    QTest::newRow("said he: the sentence's subject")
        << QStringLiteral("Foreign Minister Sergei Lavrov, who arrived in Paris, said he would meet the French president "
                          "on Friday.")
        << QStringLiteral("Foreign Minister Sergei Lavrov would meet the French president"); // (round 33: as written)
    QTest::newRow("his in a phrase after the one person named (round 22)")
        << QStringLiteral("Ukraine's president Volodymyr Zelenskyy has landed in Washington ahead of his meeting with Donald "
                          "Trump at the White House on Friday.")
        << QStringLiteral("Volodymyr Zelenskyy\u2019s meeting with Donald Trump at the White House");
    QTest::newRow("he after a sentence naming one person")
        << QStringLiteral("Foreign Minister Sergei Lavrov arrived in Paris. He will meet the French president on Friday.")
        << QStringLiteral("Sergei Lavrov will meet the French president");
    QTest::newRow("she is due to")
        << QStringLiteral("South Africa's Foreign Minister Naledi Pandor welcomed the ruling. She is due to visit The Hague "
                          "on April 8.")
        << QStringLiteral("Naledi Pandor to visit The Hague");
    QTest::newRow("he in a clause after the one person named")
        << QStringLiteral("Secretary of State Antony Blinken has arrived in Cairo, where he will meet President Abdel Fattah "
                          "al-Sisi later today.")
        << QStringLiteral("Antony Blinken will meet President Abdel Fattah al-Sisi");
    QTest::newRow("he in a clause after two people")
        << QStringLiteral("Secretary of State Antony Blinken met Foreign Minister Sameh Shoukry, and he will meet President "
                          "Abdel Fattah al-Sisi later today.")
        << QStringLiteral("He will meet President Abdel Fattah al-Sisi");
    QTest::newRow("he after a sentence naming two people")
        << QStringLiteral("Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken. He will meet the French "
                          "president on Friday.")
        << QStringLiteral("He will meet the French president");
    QTest::newRow("he after another paragraph")
        << QStringLiteral("Foreign Minister Sergei Lavrov arrived in Paris.\n\nHe will meet the French president on Friday.")
        << QStringLiteral("He will meet the French president");
    // the speaker before an office set off in commas; "we" and the body in commas after it
    QTest::newRow("speaker before its office")
        << QStringLiteral("Kaja Kallas, the EU's foreign policy chief, said on Monday the talks had failed.")
        << QStringLiteral("Kaja Kallas said the talks had failed");
    QTest::newRow("speaker before a country's office")
        << QStringLiteral("Sergei Lavrov, Russia's foreign minister, said on Monday Moscow would respond.")
        << QStringLiteral("Sergei Lavrov said Moscow would respond");
    QTest::newRow("we, the leaders") << QStringLiteral("We, the Leaders of the G7, met today in Kananaskis, Alberta.")
                                     << QStringLiteral("The Leaders of the G7 met in Kananaskis");
    QTest::newRow("we, a long body with its initials")
        << QStringLiteral("We, the Foreign Ministers of the Member States of the Association of Southeast Asian Nations (ASEAN), "
                          "met on 8 July 2008 in Kuala Lumpur, Malaysia, for the 41st meeting.")
        << QStringLiteral("The Foreign Ministers of ASEAN met in Kuala Lumpur");
    // a transcript's label, a parliament's record (the office with the name in brackets, or the name
    // before the seat and party) name the speaker; a question's "Q:" and a dateline name nobody
    QTest::newRow("first person in a transcript")
        << QStringLiteral("Remarks\n\nCHANCELLOR KOHL: We are acting together. I will travel to Kyiv on March 14.")
        << QStringLiteral("Chancellor Kohl will travel to Kyiv");
    QTest::newRow("first person's possession in a transcript")
        << QStringLiteral("Mao Ning: My colleague was in Moscow on March 18.")
        << QStringLiteral("Mao Ning\u2019s colleague was in Moscow");
    // (round 23) who said or asked for something: a participle in the speaker's noun phrase, and what a
    // body demanded or ruled, before or after the date
    QTest::newRow("a participle before the speaker's noun")
        << QStringLiteral("On March 14, an exiled opposition group said Iran was building a plant at Natanz.")
        << QStringLiteral("An exiled opposition group said Iran was building a plant at Natanz");
    QTest::newRow("demanded on a day that")
        << QStringLiteral("The council demanded on March 14 that Iran halt enrichment.")
        << QStringLiteral("The council demanded Iran halt enrichment");
    QTest::newRow("a day between the body and its demand")
        << QStringLiteral("The Security Council on March 14 demanded that Iran halt enrichment.")
        << QStringLiteral("The Security Council demanded Iran halt enrichment");
    QTest::newRow("ruled that after a fronted day")
        << QStringLiteral("On March 14, the court ruled that the law was void.") << QStringLiteral("The court ruled the law was void");
    // (round 23) a name after its description in commas, a particle joined to it by a hyphen, two
    // countries' delegations in one subject
    QTest::newRow("a name with a hyphened particle in commas")
        << QStringLiteral("The army chief, Gen Abdel Fattah al-Burhan, vowed on Saturday to fight on in Darfur.")
        << QStringLiteral("Gen Abdel Fattah al-Burhan vowed to fight on in Darfur");
    QTest::newRow("a name in commas said in a video")
        << QStringLiteral("His rival, Mohamed Hamdan Dagalo, said in a video posted on Sunday that his forces would leave.")
        << QStringLiteral("Mohamed Hamdan Dagalo said his forces would leave");
    QTest::newRow("two countries' delegations before a relative clause")
        << QStringLiteral("The Saudi and US delegations, who had hosted the talks since late February, said they had failed.")
        << QStringLiteral("The Saudi and US delegations had hosted the talks");
    QTest::newRow("first person in a parliament's record")
        << QStringLiteral("Questions\n\nThe Secretary of State for Foreign, Commonwealth and Development Affairs (David Lammy): "
                          "I visited the Chad-Sudan border on March 14.")
        << QStringLiteral("David Lammy visited the Chad-Sudan border");
    QTest::newRow("first person after a member's seat")
        << QStringLiteral("Questions\n\n1. Emily Thornberry (Islington South and Finsbury) (Lab): I met the envoy on March 14.")
        << QStringLiteral("Emily Thornberry met the envoy");
    QTest::newRow("first person without a speaker") << QStringLiteral("Q: I was in Moscow on March 18.")
                                                     << QStringLiteral("I was in Moscow");
    QTest::newRow("a dateline is no speaker") << QStringLiteral("RIYADH: I was in Moscow on March 18, the envoy said.")
                                              << QStringLiteral("I was in Moscow");
    // (round 27) "it" or "they" opening a sentence is the previous one's subject, a noun phrase of
    // the same number; not a person's, not a dummy "it was"
    // (round 29) "He said … that he": the person the sentence before named, who then takes part
    QTest::newRow("he said that he, after a sentence naming one person")
        << QStringLiteral("Slovak Prime Minister Robert Fico held up the package. He said on March 4 that he had received "
                          "assurances.")
        << QStringLiteral("Robert Fico had received assurances");
    QTest::newRow("he said that she") << QStringLiteral("Slovak Prime Minister Robert Fico held up the package. He said on March 4 "
                                                        "that she had received assurances.")
                                      << QStringLiteral("She had received assurances");
    QTest::newRow("he hoped to") << QStringLiteral("President Lee Jae-myung said he hoped to visit Japan again on May 4.")
                                 << QStringLiteral("President Lee Jae-myung to visit Japan again");
    QTest::newRow("it after a noun phrase")
        << QStringLiteral("The resolution, drafted by the United States, passed 13-0. It keeps the office open until July 15, 2026.")
        << QStringLiteral("The resolution keeps the office open");
    QTest::newRow("they after a plural")
        << QStringLiteral("The talks opened in Vienna. They stalled in August 2022.") << QStringLiteral("The talks stalled");
    QTest::newRow("they after a singular") << QStringLiteral("The council met. They stalled in August 2022.")
                                           << QStringLiteral("They stalled");
    QTest::newRow("it is no person") << QStringLiteral("The minister arrived. It rained on March 4.")
                                     << QStringLiteral("It rained");
    QTest::newRow("a dummy it") << QStringLiteral("The talks opened. It was agreed on March 4 that they would resume.")
                                << QStringLiteral("It was agreed they would resume");
}

void TestTitleSpeakers::speakers()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    compareDatedTitle(text, title);
}

// The person a title's "he" is named for takes part in the event (round 29).
void TestTitleSpeakers::pronounTakesPart()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("Slovak Prime Minister Robert Fico held up the package. He said on March 4 "
                                                 "that he had received assurances from President Ursula von der Leyen."));
    QCOMPARE(x.events.size(), size_t(2)); // (the undated lead proposes one of its own)
    QCOMPARE(x.events[1].title, QStringLiteral("Robert Fico had received assurances from President Ursula von der Leyen"));
    QStringList labels;
    for (const ActorMention &a : x.events[1].actors)
        labels << a.label;
    QCOMPARE(labels, QStringList({QStringLiteral("Robert Fico"), QStringLiteral("Ursula von der Leyen")}));
}

QTEST_GUILESS_MAIN(TestTitleSpeakers)
#include "tst_titlespeakers.moc"
