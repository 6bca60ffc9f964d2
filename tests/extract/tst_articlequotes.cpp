// Quotations in article text: their speakers ("X said", "said X", "according to X", a transcript's
// label), and which proposed event each goes to (its sentence's, its paragraph's nearest, the
// event of an earlier paragraph that its speaker takes part in).
#include "core/extract/articleextractor.h"
#include "core/extract/sentencesplitter.h"

#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace dateline::extract;

class TestArticleQuotes : public QObject {
    Q_OBJECT
private slots:
    void quotesAndSpeakers_data();
    void quotesAndSpeakers();
    void quotesOfLaterParagraph_data();
    void quotesOfLaterParagraph();
    void speakerGoesOn();
    void paragraphQuotesNearest();
    void paragraphQuoteToOne();
    void namesAreNoQuotations_data();
    void namesAreNoQuotations();
};

void TestArticleQuotes::quotesAndSpeakers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("speaker");
    const QString intro = QStringLiteral("Foreign Minister Sergei Lavrov and President George W. Bush met. ");
    QTest::newRow("quote, X said") << intro + QStringLiteral("\"We will not accept it,\" Lavrov said.")
                                   << QStringLiteral("We will not accept it,") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("quote, said X") << intro + QStringLiteral("\u201CWe will not accept it,\u201D said Bush.")
                                   << QStringLiteral("We will not accept it,") << QStringLiteral("George W. Bush");
    QTest::newRow("X said: quote") << intro + QStringLiteral("Bush said: \u201CThis is a good day.\u201D")
                                   << QStringLiteral("This is a good day.") << QStringLiteral("George W. Bush");
    // a pronoun after the quotation is someone named before it, not inside it (round 21)
    QTest::newRow("she said after a name in the quotation")
        << QStringLiteral("Spokeswoman Maria Zakharova spoke on Thursday. \u201CThe ministers will prepare the visit of President "
                          "Vladimir Putin,\u201D she said.")
        << QStringLiteral("The ministers will prepare the visit of President Vladimir Putin,") << QStringLiteral("Maria Zakharova");
    QTest::newRow("a country's adjective before the title")
        << QStringLiteral("\u201CWe are cautiously optimistic,\u201D Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani "
                          "told reporters.")
        << QStringLiteral("We are cautiously optimistic,") << QStringLiteral("Mohammed bin Abdulrahman Al Thani");
    // (round 23) an unnamed spokesperson speaks for the state or body the title names; an unnamed
    // official for no one
    QTest::newRow("a state's unnamed spokesperson")
        << QStringLiteral("\u201CWe are deeply disappointed,\u201D a US State Department spokesperson told the BBC.")
        << QStringLiteral("We are deeply disappointed,") << QStringLiteral("United States");
    QTest::newRow("a spokesman for a body")
        << QStringLiteral("\u201CWe are deeply disappointed,\u201D a spokesman for the Kremlin said.")
        << QStringLiteral("We are deeply disappointed,") << QStringLiteral("Russia");
    QTest::newRow("an unnamed official") << QStringLiteral("\u201CWe are deeply disappointed,\u201D a senior US official said.")
                                         << QStringLiteral("We are deeply disappointed,") << QString();
    QTest::newRow("the Kremlin said")
        << QStringLiteral("The envoys met on Monday. \u201CThe talks were useful,\u201D the Kremlin said.")
        << QStringLiteral("The talks were useful,") << QStringLiteral("Russia");
    QTest::newRow("a state's representative, a partial quotation")
        << QStringLiteral("Speaking before the vote, the representative of Iran said the resolution was \u201Cpolitically "
                          "motivated\u201D.")
        << QStringLiteral("politically motivated") << QStringLiteral("Iran");
    // (round 22) a delegate's aside before the verb; a pronoun for the state whose delegate spoke
    QTest::newRow("a state's representative, an aside before the verb")
        << QStringLiteral("The representative of Algeria, speaking on behalf of the Arab Group, said: \u201CFinally, the Council "
                          "acts.\u201D")
        << QStringLiteral("Finally, the Council acts.") << QStringLiteral("Algeria");
    QTest::newRow("she for a state's representative")
        << QStringLiteral("The representative of the United States said her delegation supports the aims. \u201CWe did not "
                          "agree with everything,\u201D she said.")
        << QStringLiteral("We did not agree with everything,") << QStringLiteral("United States");
    QTest::newRow("she for a person, not the state")
        << QStringLiteral("The representative of the United States, Ambassador Linda Thomas-Greenfield, spoke. \u201CWe did not "
                          "agree,\u201D she said.")
        << QStringLiteral("We did not agree,") << QStringLiteral("Linda Thomas-Greenfield");
    QTest::newRow("said a surname, then the office")
        << QStringLiteral("\u201CWe will not stop,\u201D said Kallas, the EU's top diplomat.")
        << QStringLiteral("We will not stop,") << QStringLiteral("Kallas");
    QTest::newRow("the comma outside the quotation marks")
        << QStringLiteral("\u201CThe talks were useful\u201D, said Hanna Lindahl of Human Rights Watch.")
        << QStringLiteral("The talks were useful") << QStringLiteral("Hanna Lindahl");
    QTest::newRow("according to a body's statement")
        << QStringLiteral("\u201CWe are ready to talk,\u201D according to a statement from the Russian Foreign Ministry.")
        << QStringLiteral("We are ready to talk,") << QStringLiteral("Russia");
    QTest::newRow("a firm's name is no speaker's")
        << QStringLiteral("\u201CThese bugs don't affect our schedule,\u201D Hewlett said.")
        << QStringLiteral("These bugs don't affect our schedule,") << QString();
    QTest::newRow("a body's statement")
        << QStringLiteral("In a statement, the Foreign Office said: \u201CThe UK remains committed to a two-state solution.\u201D")
        << QStringLiteral("The UK remains committed to a two-state solution.") << QStringLiteral("Foreign Office");
    QTest::newRow("a surname with its particle")
        << QStringLiteral("Spokesman Majed al-Ansari met them. \u201CWe are working toward a truce,\u201D al-Ansari said.")
        << QStringLiteral("We are working toward a truce,") << QStringLiteral("Majed al-Ansari");
    // guillemets, and a speaker the agency "quoted … as saying" (before or after the quotation)
    QTest::newRow("guillemets, quoted X as saying")
        << intro + QStringLiteral("\u00ABWe will not accept it\u00BB, the Interfax news agency quoted Lavrov as saying.")
        << QStringLiteral("We will not accept it") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("quoted X as saying: quotation")
        << intro + QStringLiteral("Russian television quoted Lavrov as saying: \u201CWe will not accept it.\u201D")
        << QStringLiteral("We will not accept it.") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("according to") << intro + QStringLiteral("The talks were \"very difficult\", according to Lavrov.")
                                  << QStringLiteral("very difficult") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("pronoun") << intro + QStringLiteral("Lavrov spoke first. But he called the offers \"important and useful\" steps.")
                             << QStringLiteral("important and useful") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("he said, a person of the paragraph before")
        << intro + QStringLiteral("Lavrov spoke first.\n\n\"We will not accept it,\" he said.")
        << QStringLiteral("We will not accept it,") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("he said, after he said in this paragraph")
        << intro + QStringLiteral("Lavrov spoke first.\n\nHe said the talks would go on. \"We will not accept it,\" he said.")
        << QStringLiteral("We will not accept it,") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("he said, an unnamed speaker of this paragraph")
        << intro + QStringLiteral("Lavrov spoke first.\n\nThe Mexican minister, speaking to reporters, said it was hard. "
                                  "\"We will not accept it,\" he said.")
        << QStringLiteral("We will not accept it,") << QString();
    QTest::newRow("the second part of a quotation split by he said")
        << intro + QStringLiteral("Lavrov spoke first.\n\nAnalysts said it was hard. \"It is far off,\" he said, "
                                  "\"perhaps not before next year.\"")
        << QStringLiteral("perhaps not before next year.") << QString();
    QTest::newRow("he also said, a person of the paragraph before")
        << intro + QStringLiteral("Lavrov spoke first.\n\nHe also said the talks would build \"a new relationship.\"")
        << QStringLiteral("a new relationship.") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("she said within the quotation")
        << intro + QStringLiteral("Lavrov spoke first.\n\nAn aide said it was hard. \"She said, 'We will see,' and "
                                  "that was all,\" he said.")
        << QStringLiteral("She said, 'We will see,' and that was all,") << QString();
    // round 29: "the minister" is the minister named before; a name in an aside is not the subject
    QTest::newRow("the minister said, then he said")
        << intro + QStringLiteral("Lavrov spoke first.\n\nThe minister said it was hard. \"We will see,\" he said.")
        << QStringLiteral("We will see,") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("a person in an aside, then she said")
        << QStringLiteral("Secretary of State Madeleine Albright and President Bill Clinton spoke. Albright, echoing the "
                          "president, said more. \"We will do all we can,\" she said.")
        << QStringLiteral("We will do all we can,") << QStringLiteral("Madeleine Albright");
    QTest::newRow("no speaker") << QStringLiteral("The sign read \"no entry here\".") << QStringLiteral("no entry here") << QString();
    // round 11: whoever a quotation's reporting verb names is a person, title or not; a title
    // between the quotation and the name; a person before an organisation after "said"
    QTest::newRow("said a name without a title")
        << QStringLiteral("\u201CImpunity will destroy one,\u201D said Hanna Lindahl of Human Rights Watch.")
        << QStringLiteral("Impunity will destroy one,") << QStringLiteral("Hanna Lindahl");
    QTest::newRow("a name without a title, then said")
        << QStringLiteral("\"It's a cosmetic move,\" Jonathan S. Gelles said.") << QStringLiteral("It's a cosmetic move,")
        << QStringLiteral("Jonathan S. Gelles");
    QTest::newRow("a title between the quotation and the name")
        << QStringLiteral("\"We asked for additional information,\" spokesman Fyodor Lazarev said in a written reply.")
        << QStringLiteral("We asked for additional information,") << QStringLiteral("Fyodor Lazarev");
    QTest::newRow("a person after an organisation")
        << QStringLiteral("\"The food is there,\" said WFP spokesperson Tomasz Lewandowski.") << QStringLiteral("The food is there,")
        << QStringLiteral("Tomasz Lewandowski");
    QTest::newRow("single curly marks, an apostrophe inside")
        << intro + QStringLiteral("\u2018We don\u2019t accept it,\u2019 said Lavrov.")
        << QStringLiteral("We don\u2019t accept it,") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("a surname that is a month")
        << QStringLiteral("\"Premiums rose,\" said Jonathan May, a broker at Lloyd's.\n\n\"They will rise again,\" May said.")
        << QStringLiteral("They will rise again,") << QStringLiteral("Jonathan May");
    QTest::newRow("a firm's name before a title is no person")
        << QStringLiteral("\"They are not a happy group,\" says Merrill Lynch food analyst William Maguire.")
        << QStringLiteral("They are not a happy group,") << QString();
    // "chief" and "head" before a name are titles; so are "Chief Executive Officer" and the like
    QTest::newRow("policy chief")
        << QStringLiteral("The bloc's foreign policy chief Josep Borrell spoke. \u201CThis is a clear signal,\u201D he said.")
        << QStringLiteral("This is a clear signal,") << QStringLiteral("Josep Borrell");
    QTest::newRow("agency head") << QStringLiteral("\u201CWe need access,\u201D said IAEA head Rafael Grossi.")
                                 << QStringLiteral("We need access,") << QStringLiteral("Rafael Grossi");
    QTest::newRow("chief executive officer") << QStringLiteral("\u201CWe are ready,\u201D said Chief Executive Officer Tim Cook.")
                                             << QStringLiteral("We are ready,") << QStringLiteral("Tim Cook");
    // a Chinese or Korean name is called by its first word, the family name
    QTest::newRow("family name first")
        << QStringLiteral("Foreign Minister Wang Yi met Blinken. Wang said China \u201Cwill never compromise\u201D on Taiwan.")
        << QStringLiteral("will never compromise") << QStringLiteral("Wang Yi");
    // round 28: a family name from a longer list, a given name joined by a hyphen, a double family
    // name written with one, a name in commas after its office in lower case
    QTest::newRow("a less common family name first")
        << QStringLiteral("Spokesperson Mao Ning spoke on Tuesday. \u201CBoth sides attach great importance to it,\u201D Mao said.")
        << QStringLiteral("Both sides attach great importance to it,") << QStringLiteral("Mao Ning");
    QTest::newRow("a given name joined by a hyphen")
        << QStringLiteral("President Lee Jae-myung arrived. \u201CWe will work together,\u201D Lee said.")
        << QStringLiteral("We will work together,") << QStringLiteral("Lee Jae-myung");
    QTest::newRow("a double family name")
        << QStringLiteral("Director-General Ngozi Okonjo-Iweala spoke. \u201CClose is not enough,\u201D Okonjo-Iweala said.")
        << QStringLiteral("Close is not enough,") << QStringLiteral("Ngozi Okonjo-Iweala");
    QTest::newRow("a name in commas after its office")
        << QStringLiteral("Faki's successor as chairperson of the AU Commission, Mahmoud Ali Youssouf, announced the mission. "
                          "\u201CThe guns must fall silent,\u201D Youssouf said.")
        << QStringLiteral("The guns must fall silent,") << QStringLiteral("Mahmoud Ali Youssouf");
    QTest::newRow("a given name is no family name")
        << QStringLiteral("Foreign Minister Sergei Lavrov met Blinken. Sergei said Russia \u201Cwill never compromise\u201D on it.")
        << QStringLiteral("will never compromise") << QString();
    QTest::newRow("a sentence's first word is no name")
        << QStringLiteral("\"A great day,\" he said. \"It is over,\" And Geremek said nothing more.")
        << QStringLiteral("It is over,") << QString();
    // round 16: a name that opens the sentence whose reporting verb brings in a quotation later;
    // "U.S. Attorney" is a title
    QTest::newRow("a name opening the sentence, the quotation later")
        << QStringLiteral("The Kremlin ended the deal. Dmitry Peskov said the deal had been \"terminated in fact\".")
        << QStringLiteral("terminated in fact") << QStringLiteral("Dmitry Peskov");
    QTest::newRow("U.S. Attorney") << QStringLiteral("In Newark, U.S. Attorney Samuel A. Alito said, \"We reserve that right.\"")
                                   << QStringLiteral("We reserve that right.") << QStringLiteral("Samuel A. Alito");
    // a capital is no person, but speaks for its state (round 21: states and bodies speak too)
    QTest::newRow("a capital opening the sentence speaks for its state")
        << QStringLiteral("The talks ended. New Delhi said the talks were \"productive and frank\".")
        << QStringLiteral("productive and frank") << QStringLiteral("India");
    // a quotation opening the sentence after an attributed one goes on in that voice, unless its own
    // verb names someone else
    QTest::newRow("the same voice goes on")
        << QStringLiteral("\"We are at a crossroads,\" Foreign Secretary David Lammy said. \"It is time to act.\"")
        << QStringLiteral("It is time to act.") << QStringLiteral("David Lammy");
    QTest::newRow("another voice, unnamed")
        << QStringLiteral("\"We are at a crossroads,\" Foreign Secretary David Lammy said. \"He was told to go,\" the source said.")
        << QStringLiteral("He was told to go,") << QString();
    QTest::newRow("another paragraph is another voice")
        << QStringLiteral("\"We are at a crossroads,\" Foreign Secretary David Lammy said.\n\n\"It is time to act.\"")
        << QStringLiteral("It is time to act.") << QString();
    QTest::newRow("an owner is no subject")
        << QStringLiteral("Putin's foreign policy aide Yuri Ushakov said the leaders would discuss \"economic cooperation\".")
        << QStringLiteral("economic cooperation") << QStringLiteral("Yuri Ushakov");
    // "he" is not someone named as an owner ("Trump's envoy" is the envoy)
    QTest::newRow("he after an owner")
        << QStringLiteral("Senator Keith Kellogg, President Donald Trump's envoy, said Europe had no seat. \"That may be grating,\" he said.")
        << QStringLiteral("That may be grating,") << QStringLiteral("Keith Kellogg");
    // (round 27) a full stop inside a name ends no sentence; a relative "who" speaks for the one before it
    QTest::newRow("an abbreviated country before the title")
        << QStringLiteral("\u201CHaiti cannot wait another year,\u201D U.S. Ambassador Dorothy Shea told the council.")
        << QStringLiteral("Haiti cannot wait another year,") << QStringLiteral("Dorothy Shea");
    QTest::newRow("who called it")
        << QStringLiteral("Prime Minister Nikol Pashinyan and President Ilham Aliyev shook hands alongside President Donald "
                          "Trump, who called the deal \u201Ca long time coming.\u201D")
        << QStringLiteral("a long time coming.") << QStringLiteral("Donald Trump");
    QTest::newRow("who and another verb")
        << QStringLiteral("Prime Minister Nikol Pashinyan met President Donald Trump, who signed the deal, and said it was "
                          "\u201Ca long time coming.\u201D")
        << QStringLiteral("a long time coming.") << QStringLiteral("Nikol Pashinyan");
    // (round 27) an office without a name is the one the text last named with that title
    QTest::newRow("an office after the quotation")
        << QStringLiteral("Prime Minister Keir Starmer met Macron. \u201CWe are united,\u201D the prime minister said.")
        << QStringLiteral("We are united,") << QStringLiteral("Keir Starmer");
    QTest::newRow("an office before the quotation")
        << QStringLiteral("Russia's Foreign Minister Sergei Lavrov met Rubio. The Russian foreign minister told reporters: "
                          "\u201CThe talks were useful.\u201D")
        << QStringLiteral("The talks were useful.") << QStringLiteral("Sergei Lavrov");
    // (round 29) a name ending in s owns with an apostrophe alone
    QTest::newRow("an owner's apostrophe after s")
        << QStringLiteral("Secretary-General Ant\u00F3nio Guterres spoke. Guterres' spokesman, St\u00E9phane Dujarric, told "
                          "reporters that the secretary-general was \u201Cvery concerned\u201D.")
        << QStringLiteral("very concerned") << QStringLiteral("St\u00E9phane Dujarric");
    // (round 29) an unnamed spokesperson before the quotation speaks for the state named with them
    QTest::newRow("a state's spokesman, then the quotation")
        << QStringLiteral("A Kremlin spokesman said Moscow was \u201Cready for talks\u201D.") << QStringLiteral("ready for talks")
        << QStringLiteral("Russia");
    // (round 30) so do a delegate, a representative, an envoy, an ambassador
    QTest::newRow("a state's delegate, then the quotation")
        << QStringLiteral("The Russian delegate said Moscow had abstained because the text \u201Cfails to respect the "
                          "sovereignty of South Sudan\u201D.")
        << QStringLiteral("fails to respect the sovereignty of South Sudan") << QStringLiteral("Russia");
    QTest::newRow("a state's ambassador, after the quotation")
        << QStringLiteral("\u201COur partnership with the United States is strategic,\u201D the Saudi ambassador told "
                          "reporters.")
        << QStringLiteral("Our partnership with the United States is strategic,") << QStringLiteral("Saudi Arabia");
    QTest::newRow("a spokesman of no one named, then the quotation")
        << QStringLiteral("A spokesman said Moscow was \u201Cready for talks\u201D.") << QStringLiteral("ready for talks") << QString();
    // (round 29) an office of a country is only someone the text said was of it
    QTest::newRow("an office of a country nobody was said to be of")
        << QStringLiteral("Foreign Minister Sergei Lavrov met Rubio. The Russian foreign minister told reporters: "
                          "\u201CThe talks were useful.\u201D")
        << QStringLiteral("The talks were useful.") << QString();
    QTest::newRow("an office nobody was named with")
        << QStringLiteral("Prime Minister Keir Starmer met Macron. \u201CWe are united,\u201D the president said.")
        << QStringLiteral("We are united,") << QString();
    QTest::newRow("a name in the middle of the sentence is no speaker")
        << QStringLiteral("The talks ended. Officials close to Dmitry Peskov said the deal was \"over for now\".")
        << QStringLiteral("over for now") << QString();
}

void TestArticleQuotes::quotesAndSpeakers()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, speaker);
    const std::vector<ActorMention> actors = ActorRecognizer().recognize(text);
    const std::vector<QuoteMention> quotes = QuoteFinder::find(text, SentenceSplitter::split(text), actors);
    // the row's quotation (a split one has two parts)
    const auto q = std::find_if(quotes.begin(), quotes.end(), [&](const QuoteMention &m) { return m.text == quote; });
    QVERIFY2(q != quotes.end(), qPrintable(QStringLiteral("%1 quotes, none is the row's").arg(quotes.size())));
    QCOMPARE(text.mid(q->start, q->end - q->start), quote);
    QCOMPARE(q->speaker, speaker);
}

void TestArticleQuotes::quotesOfLaterParagraph_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("holder"); // the date of the proposal that gets the quotation, empty for none
    const QString event = QStringLiteral("The ministers met in Geneva on March 3.\n\n");
    QTest::newRow("a quotation of the next paragraph")
        << event + QStringLiteral("\u201CIt was useful,\u201D Foreign Minister Sergei Lavrov said.") << QStringLiteral("2008-03-03");
    QTest::newRow("a quotation its sentence dates otherwise")
        << event + QStringLiteral("As the Secretary said on Sunday, \u201CWe need more aid getting in.\u201D") << QString();
    // nor across a heading on a line of its own (a live blog's time)
    QTest::newRow("a quotation after a heading")
        << QStringLiteral("13.50 GMT\nThe ministers met in Geneva on March 3.\n\n12.10 GMT\nDefence Minister Yoav Gallant spoke "
                          "of Rafah. \u201CWe will reach places where we have not yet fought,\u201D he said.")
        << QString();
    // each item of a list is a paragraph of its own
    QTest::newRow("a list item's quotation")
        << QStringLiteral("Key dates\n\n- March 3: The envoys meet in Geneva.\n- March 5: Lavrov says: \u201CThe talks were useful and frank.\u201D\n"
                          "- March 9: The envoys meet in Vienna.")
        << QStringLiteral("2008-03-05");
    // the first event of the paragraph before that the speaker takes part in
    QTest::newRow("the speaker's event, not the last")
        << QStringLiteral("Foreign Secretary David Lammy arrived in Kyiv on March 3, his third visit since Labour took office "
                          "in July.\n\n\u201CWe stand with Ukraine,\u201D Lammy told reporters.")
        << QStringLiteral("2008-03-03");
    // words said before the next paragraph's event, by someone the event before takes part in
    QTest::newRow("the speaker's earlier event, not the paragraph's")
        << QStringLiteral("BEIJING \u2014 Antony Blinken met Chinese Foreign Minister Wang Yi on March 3.\n\nWang told Blinken "
                          "that ties were \u201Cbeginning to stabilise\u201D. Blinken is due to meet Xi Jinping on March 5.")
        << QStringLiteral("2008-03-03");
    // words opening a paragraph before another person's statement answer the event before them
    QTest::newRow("a reaction before another's statement")
        << QStringLiteral("Iran's Foreign Ministry on March 3 denied that it had supplied drones to Russia.\n\n\u201CThese "
                          "accusations are baseless,\u201D ministry spokesman Nasser Kanaani said in a statement. The EU's "
                          "foreign policy chief, Josep Borrell, told reporters that ministers would discuss the evidence "
                          "on March 9.")
        << QStringLiteral("2008-03-03");
    QTest::newRow("a reaction before another's plan stays")
        << QStringLiteral("Iran's Foreign Ministry on March 3 denied that it had supplied drones to Russia.\n\n\u201CThese "
                          "accusations are baseless,\u201D ministry spokesman Nasser Kanaani said. Josep Borrell will meet "
                          "the ministers on March 9.")
        << QStringLiteral("2008-03-09");
    // a quotation in another proposal's sentence is that one's, when this one's actors did not say it
    QTest::newRow("a quotation of another proposal's sentence")
        << QStringLiteral("Kyiv and Washington have negotiated a deal since early March. Zelensky said on March 3 he would "
                          "not sign it \u201Cbecause it is not ready\u201D.")
        << QStringLiteral("2008-03-03");
    // after a paragraph of background, words said of the news: the last event near the text's date
    QTest::newRow("the news, not the background")
        << QStringLiteral("The Security Council extended the mission's mandate on March 3. The mission was first deployed "
                          "in July 2005, when the war ended.\n\n\u201CThis is a clear signal,\u201D Ambassador Barbara "
                          "Woodward told reporters.")
        << QStringLiteral("2008-03-03");
    QTest::newRow("the background's own speaker")
        << QStringLiteral("The Security Council extended the mission's mandate on March 3. In July 2005, President Salva Kiir "
                          "signed the peace deal.\n\n\u201CIt was a new start,\u201D Kiir said.")
        << QStringLiteral("2005-07");
    QTest::newRow("background and nothing newer")
        << QStringLiteral("The mission was first deployed in July 2005.\n\n\u201CIt was a new start,\u201D the envoy said.")
        << QStringLiteral("2005-07");
    // of one sentence's proposals, the one the quotation's sentence speaks of; the speaker's next words
    // in that paragraph go with it (round 26)
    QTest::newRow("the proposal the quotation's sentence names")
        << QStringLiteral("EU ministers meeting in Luxembourg on March 3 discussed sanctions after talks in Vienna ended "
                          "on March 1.\n\n\u201CWe are not there yet,\u201D Josep Borrell told reporters as he arrived for "
                          "the meeting. He said the bloc would decide \u201Cin the coming weeks\u201D.")
        << QStringLiteral("2008-03-03");
    QTest::newRow("a name both mention decides nothing")
        << QStringLiteral("The firm mailed the Telerate supplement on March 3, after it launched the bid on March 1.\n\n"
                          "In the Telerate filing, the company views the rate \u201Cas a hoped-for goal\u201D.")
        << QStringLiteral("2008-03-01");
    QTest::newRow("a speaker the paragraph's event names keeps it")
        << QStringLiteral("The envoys met in Geneva on March 3.\n\nLavrov said: \u201CThe talks were useful and frank.\u201D "
                          "Lavrov will travel to Vienna on March 9.")
        << QStringLiteral("2008-03-09");
}

void TestArticleQuotes::quotesOfLaterParagraph()
{
    QFETCH(QString, text);
    QFETCH(QString, holder);
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 4}).run(text);
    QVERIFY(!x.events.empty());
    QString found;
    for (const ProposedEvent &e : x.events)
        if (!e.quotes.empty())
            found += (found.isEmpty() ? QString() : QStringLiteral(", ")) + e.date;
    QCOMPARE(found, holder);
}

// An event whose sentence quotes someone also holds what they go on to say in the paragraph.
void TestArticleQuotes::speakerGoesOn()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 4}).run(QStringLiteral(
        "\u201CThere is no military solution,\u201D Secretary-General Antonio Guterres told the Council on March 3. \u201CWe "
        "need a ceasefire now.\u201D\n\n\u201CNo,\u201D Ambassador Vassily Nebenzia replied."));
    QCOMPARE(x.events.size(), size_t(1));
    QStringList quotes;
    for (const QuoteMention &q : x.events[0].quotes)
        quotes << q.speaker + u':' + q.text;
    QCOMPARE(quotes, QStringList({QStringLiteral("Antonio Guterres:There is no military solution,"),
                                  QStringLiteral("Antonio Guterres:We need a ceasefire now.")}));
}

// An event without a quotation in its sentence takes its paragraph's, at most the four nearest: a
// long paragraph of quotations would otherwise give each of its dates all of them.
void TestArticleQuotes::paragraphQuotesNearest()
{
    QString text;
    for (int k = 1; k <= 6; ++k)
        text += QStringLiteral("Lavrov said: \u201CPoint %1 is settled now.\u201D ").arg(k);
    text += QStringLiteral("The envoys met in Geneva on March 3.");
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QStringList quoted;
    for (const QuoteMention &q : x.events[0].quotes)
        quoted << q.text.mid(6, 1);
    QCOMPARE(quoted, (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
}

// A quotation in a sentence of no proposal goes to one of its paragraph's proposals, the last before it
void TestArticleQuotes::paragraphQuoteToOne()
{
    const Extraction x = ArticleExtractor(CivilDate{2008, 3, 28})
                             .run(QStringLiteral("The leaders met in Singapore in June 2006. Their statement promised to "
                                                 "\u201Cwork toward peace\u201D. A second summit in Hanoi in February 2007 "
                                                 "collapsed. Talks in Stockholm that October broke down."));
    QCOMPARE(x.events.size(), size_t(3));
    QCOMPARE(x.events[0].quotes.size(), size_t(1));
    QVERIFY(x.events[1].quotes.empty());
    QVERIFY(x.events[2].quotes.empty());
}

// A short capitalised quotation between "the" and a noun (or the clause's end) names a rally, an
// agenda or a plan; the same marks around someone's words stay a quotation (round 21).
void TestArticleQuotes::namesAreNoQuotations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("quotes");
    QTest::newRow("a rally's name") << QStringLiteral("Modi and Trump met at the \"Howdy Modi\" rally in Houston.") << QStringList{};
    QTest::newRow("a plan's name at the clause's end") << QStringLiteral("The Quartet launched the \u201CRoad Map\u201D.")
                                                        << QStringList{};
    QTest::newRow("partial quotation") << QStringLiteral("Innopac called it a \"very positive\" move.")
                                       << QStringList{QStringLiteral("very positive")};
    QTest::newRow("quotation after a determiner") << QStringLiteral("He called it a \"Dangerous Gamble\" that would fail.")
                                                  << QStringList{QStringLiteral("Dangerous Gamble")};
    QTest::newRow("a statement") << QStringLiteral("Lavrov said \"We Will Win\" on Monday.")
                                 << QStringList{QStringLiteral("We Will Win")};
    // (round 24) German and Polish marks; a straight single mark opens after a space and closes after
    // the quotation's own punctuation, so apostrophes quote nothing
    QTest::newRow("low-high marks") << QStringLiteral("He called the talks \u201Esehr konstruktiv\u201C and left.")
                                    << QStringList{QStringLiteral("sehr konstruktiv")};
    QTest::newRow("straight single marks")
        << QStringLiteral("'We will not be intimidated,' the prime minister wrote.")
        << QStringList{QStringLiteral("We will not be intimidated,")};
    QTest::newRow("apostrophes")
        << QStringLiteral("The ministers' talks on rock 'n' roll were the Smiths' idea, and 'tis true.") << QStringList{};
}

void TestArticleQuotes::namesAreNoQuotations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, quotes);
    QStringList found;
    for (const QuoteMention &q : QuoteFinder::find(text, SentenceSplitter::split(text), ActorRecognizer().recognize(text)))
        found << q.text;
    QCOMPARE(found, quotes);
}

QTEST_GUILESS_MAIN(TestArticleQuotes)
#include "tst_articlequotes.moc"
