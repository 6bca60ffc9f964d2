// Titles cut to their budget of words: which words give way first (a long subject's phrases, the
// offices before names) and where a cut may fall (not inside a name or a phrase, not after a
// preposition), and tidy() on words whose cut falls at their end.
#include "core/extract/proposaltitle.h"
#include "titletestrows.h"

#include <QTest>

using namespace dateline;
using namespace dateline::extract;

class TestTitleLength : public QObject {
    Q_OBJECT
private slots:
    void longTitles_data();
    void longTitles();
    void cutToBudget_data();
    void cutToBudget();
};

void TestTitleLength::longTitles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    // a long subject's phrases give way to its verb; not its "of" (who it is), nor a participle's
    QTest::newRow("long subject")
        << QStringLiteral("Most of the 90-odd countries at a weekend summit on ending the war in Ukraine backed a final "
                          "communique on Sunday.")
        << QStringLiteral("Most of the 90-odd countries backed a final communique");
    QTest::newRow("long subject, a participle in it")
        << QStringLiteral("Lawyers for the relatives of the boy hired in Miami last year filed a brief in federal court on Monday.")
        << QStringLiteral("Lawyers filed a brief in federal court");
    QTest::newRow("long subject, the name after of")
        << QStringLiteral("The predominantly Moslem nation of Bangladesh said on Monday its troops would join the multinational "
                          "forces in Saudi Arabia.")
        << QStringLiteral("The predominantly Moslem nation of Bangladesh said its troops would join");
    // (round 29) a list between dashes gives way, as an aside in brackets does, en or em dashes
    QTest::newRow("a list between en dashes")
        << QStringLiteral("Iran and the three European powers known as the E3 \u2013 Britain, France and Germany \u2013 will "
                          "resume talks in Geneva on March 30.")
        << QStringLiteral("Iran and the three European powers known as the E3 will resume talks");
    QTest::newRow("a list between em dashes")
        << QStringLiteral("Iran and the E3 \u2014 Britain, France and Germany \u2014 will resume talks in Geneva on March 30.")
        << QStringLiteral("Iran and the E3 will resume talks in Geneva");
    // a cut falls between phrases: not after a preposition whose noun it cut off, nor on "&"; a quotation it cuts is closed
    QTest::newRow("cut before a preposition")
        << QStringLiteral("On March 3, the ministers of the four countries agreed to send their envoys to Baghdad and Amman.")
        << QStringLiteral("The ministers of the four countries agreed to send their envoys");
    QTest::newRow("a preposition before the cut")
        << QStringLiteral("North Korea fired a short-range ballistic missile into the sea off its east coast on Tuesday.")
        << QStringLiteral("North Korea fired a short-range ballistic missile into the sea");
    QTest::newRow("no preposition at the end of a cut title")
        << QStringLiteral("Chinese coastguard vessels fired water cannon at a Philippine supply boat near Second Thomas "
                          "Shoal on Saturday night.")
        << QStringLiteral("Chinese coastguard vessels fired water cannon at a Philippine supply boat");
    QTest::newRow("no participle whose object was cut off")
        << QStringLiteral("The UN Security Council is due to vote on a US-drafted resolution backing the plan on Monday.")
        << QStringLiteral("The UN Security Council to vote on a US-drafted resolution");
    QTest::newRow("no ampersand at the end of a cut title")
        << QStringLiteral("Ministers also agreed on Monday to hold a special session on climate finance & loss and damage.")
        << QStringLiteral("Ministers also agreed to hold a special session on climate finance");
    QTest::newRow("quotation cut by the word limit")
        << QStringLiteral("On Sunday, Starmer said Europe would \"stand with Ukraine for as long as it takes and more\".")
        << QStringLiteral("Starmer said Europe would \"stand with Ukraine for as long as it takes\u2026\"");
    // nor inside a phrase or a name ("of" in a name too)
    QTest::newRow("a phrase not cut before its noun")
        << QStringLiteral("Prime Minister Narendra Modi and Chinese President Xi Jinping will hold bilateral talks on the "
                          "sidelines of the BRICS summit in Kazan on October 23.")
        << QStringLiteral("Narendra Modi and Xi Jinping will hold bilateral talks on the sidelines");
    QTest::newRow("a name with of, not cut")
        << QStringLiteral("The two leaders will meet again on the sidelines of the Group of Seven summit in Hiroshima "
                          "later this month.")
        << QStringLiteral("The two leaders will meet again on the sidelines of the Group of Seven summit");
    QTest::newRow("a name that ends just after the cut is kept")
        << QStringLiteral("The ministers discussed the outcomes of the state visit of Prime Minister Narendra Modi on "
                          "February 13.")
        << QStringLiteral("The ministers discussed the outcomes of the state visit of Prime Minister Narendra Modi");
    // the subject's office gives way to what the subject did (an organisation's too; a monarch's title stays)
    QTest::newRow("an office gives way to the clause")
        << QStringLiteral("Secretary of State Antony J. Blinken met today with People's Republic of China (PRC) Foreign "
                          "Minister Wang Yi on the margins of the ASEAN meetings.")
        << QStringLiteral("Antony J. Blinken met with People's Republic of China Foreign Minister Wang Yi");
    QTest::newRow("an office that ends in its department")
        << QStringLiteral("Secretary of State Antony J. Blinken and Secretary of Defense Lloyd J. Austin III met the "
                          "Indian delegation in New Delhi on Friday.")
        << QStringLiteral("Antony J. Blinken and Lloyd J. Austin III met the Indian delegation");
    QTest::newRow("an organisation's secretary-general")
        << QStringLiteral("In March 2008, the United Nations Secretary-General Ban Ki-moon proposed a plan to restore the "
                          "export of grain from the region.")
        << QStringLiteral("Ban Ki-moon proposed a plan to restore the export of grain");
    QTest::newRow("each office of a subject of two")
        << QStringLiteral("SEOUL, March 23 (Yonhap) -- South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio "
                          "Kishida agreed on Sunday to resume regular \"shuttle diplomacy\" and to cooperate on threats.")
        << QStringLiteral("Yoon Suk Yeol and Fumio Kishida agreed to resume regular \"shuttle diplomacy\"");
    QTest::newRow("two offices of one person")
        << QStringLiteral("On March 27, 2008, Member of the Political Bureau of the CPC Central Committee and Foreign Minister "
                          "Wang Yi held talks with French Foreign Minister Jean-Noel Barrot in Beijing.")
        << QStringLiteral("Wang Yi held talks with French Foreign Minister Jean-Noel Barrot in Beijing");
    QTest::newRow("a person named by an office, and another")
        << QStringLiteral("The Secretary and Foreign Minister Iwaya discussed the Quad Foreign Ministers' Meeting "
                          "in Washington on July 1 and the alliance's future.")
        << QStringLiteral("The Secretary and Foreign Minister Iwaya discussed the Quad Foreign Ministers' Meeting");
    QTest::newRow("a monarch keeps his title")
        << QStringLiteral("King Abdullah of Jordan held long talks with the president about the Persian Gulf crisis and the "
                          "embargo on Tuesday.")
        << QStringLiteral("King Abdullah of Jordan held long talks with the president");
    // an office before a later name gives way to the name, not words of a body's name (round 23)
    QTest::newRow("an object's office")
        << QStringLiteral("Berlin and Paris had sent a letter to the bloc's foreign policy chief Kaja Kallas on March 3.")
        << QStringLiteral("Berlin and Paris had sent a letter to Kaja Kallas");
    QTest::newRow("an office within a body's name stays")
        << QStringLiteral("Immigration and Naturalization Service Commissioner Doris Meissner ruled on March 3 that the "
                          "boy should go back to his father in Cuba.")
        << QStringLiteral("Immigration and Naturalization Service Commissioner Doris Meissner ruled the boy should go back");
    QTest::newRow("a later name's office gives way, the name whole (round 23)")
        << QStringLiteral("The ministers discussed the outcomes of the recent state visit by India's Prime Minister "
                          "Narendra Modi on February 13.")
        << QStringLiteral("The ministers discussed the outcomes of the recent state visit by Narendra Modi");
}

void TestTitleLength::longTitles()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    compareDatedTitle(text, title);
}

// Cutting words to a budget, where the cut falls at the end of the words (a name kept whole reaches
// the last word: nothing may be read after it).
void TestTitleLength::cutToBudget_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("budget");
    QTest::addColumn<QString>("title");
    QTest::newRow("a name reaching the end")
        << QStringLiteral("one two three four five six seven Federal Bureau Investigation") << 8
        << QStringLiteral("One two three four five six seven Federal Bureau Investigation");
    QTest::newRow("a name with of kept whole")
        << QStringLiteral("one two three four five six seven Group of Seven") << 8
        << QStringLiteral("One two three four five six seven Group of Seven");
    QTest::newRow("within the budget") << QStringLiteral("the talks ended,") << 8 << QStringLiteral("The talks ended");
    // (round 24) a court's honorifics go; a phrasal verb's particle and an opening demonstrative stay
    QTest::newRow("honorifics") << QStringLiteral("the sheikh received His Excellency Emmanuel Macron") << 12
                                << QStringLiteral("The sheikh received Emmanuel Macron");
    QTest::newRow("a particle at the end") << QStringLiteral("the new president was sworn in on") << 12
                                           << QStringLiteral("The new president was sworn in");
    QTest::newRow("a demonstrative") << QStringLiteral("That era ended on") << 12 << QStringLiteral("That era ended");
    // (round 29) a list between dashes goes, a name between them stays
    QTest::newRow("a list between dashes") << QStringLiteral("the E3 \u2013 Britain, France and Germany \u2013 will meet") << 12
                                           << QStringLiteral("The E3 will meet");
    QTest::newRow("a name between dashes") << QStringLiteral("the steelmaker -- National Steel Corp. -- posted a profit") << 12
                                           << QStringLiteral("The steelmaker -- National Steel Corp. -- posted a profit");
    // (round 29) official style: the office's department and country give way too
    QTest::newRow("an official style's office gives way")
        << QStringLiteral("Foreign Minister Sergey Lavrov held talks in Moscow with Minister of Foreign Affairs of the Arab "
                          "Republic of Egypt Badr Abdelatty") << 12
        << QStringLiteral("Sergey Lavrov held talks in Moscow with Badr Abdelatty");
    QTest::newRow("offices in lower case give way")
        << QStringLiteral("U.S. envoy Steve Witkoff and Iranian Foreign Minister Abbas Araqchi hold a first round of indirect "
                          "talks in Muscat") << 12
        << QStringLiteral("Steve Witkoff and Abbas Araqchi hold a first round of indirect talks");
}

void TestTitleLength::cutToBudget()
{
    QFETCH(QString, words);
    QFETCH(int, budget);
    QFETCH(QString, title);
    QCOMPARE(tidy(words, budget), title);
}

QTEST_GUILESS_MAIN(TestTitleLength)
#include "tst_titlelength.moc"
