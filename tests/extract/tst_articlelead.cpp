// A story's lead that no date of its own dates: proposed at the publication date, uncertain, when it
// says plainly who did what in the past; nothing otherwise.
#include "core/extract/articleextractor.h"

#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace dateline::extract;

Q_DECLARE_METATYPE(EventStatus)

class TestArticleLead : public QObject {
    Q_OBJECT
private slots:
    void lead_data();
    void lead();
    void quotationsOfLaterParagraphs();
    void datedLeadIsTheDatesProposal();
};

void TestArticleLead::lead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title"); // empty: no undated proposal
    QTest::addColumn<EventStatus>("status");
    QTest::addColumn<QString>("place");
    const EventStatus occurred = EventStatus::Occurred;

    QTest::newRow("readout under its date line")
        << QStringLiteral("Kremlin readout: telephone conversation with President of France\n\nJuly 1, 2025\n\n"
                          "Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel "
                          "Macron.\n\nThe presidents discussed the situation around Ukraine.")
        << QStringLiteral("Vladimir Putin had a telephone conversation with President of the French Republic Emmanuel Macron")
        << occurred << QString();
    QTest::newRow("wire dateline without a date")
        << QStringLiteral("MOSCOW (Reuters) - Russia launched a massive drone attack on Ukraine's energy grid, Ukrainian "
                          "officials said.")
        << QStringLiteral("Russia launched a massive drone attack on Ukraine's energy grid") << occurred << QString();
    QTest::newRow("headline and byline passed")
        << QStringLiteral("Lavrov meets Wang in Beijing\nBy Jane Roe\n\nSergei Lavrov, Russia's foreign minister, met his "
                          "Chinese counterpart Wang Yi in Beijing.")
        << QStringLiteral("Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing") << occurred
        << QStringLiteral("Beijing");
    QTest::newRow("present perfect")
        << QStringLiteral("The US and China have agreed to slash tariffs on each other's goods, the two governments said.")
        << QStringLiteral("The US and China have agreed to slash tariffs on each other's goods") << occurred << QString();
    QTest::newRow("passive")
        << QStringLiteral("Russia's ambassador was summoned to the Foreign Office over the drone incursion.")
        << QStringLiteral("Russia's ambassador was summoned to the Foreign Office over the drone incursion") << occurred
        << QString();
    QTest::newRow("said that")
        << QStringLiteral("The Foreign Ministry said that Japan had lodged a protest with China over the survey ship.")
        << QStringLiteral("The Foreign Ministry said Japan had lodged a protest with China") // (twelve words)
        << occurred << QString();
    QTest::newRow("a noun phrase subject")
        << QStringLiteral("The foreign ministers of India and Pakistan held talks in Islamabad for the first time in a decade.")
        << QStringLiteral("The foreign ministers of India and Pakistan held talks in Islamabad") << occurred
        << QStringLiteral("Islamabad");
    QTest::newRow("denied")
        << QStringLiteral("Russia denied that its drones had entered Polish airspace.")
        << QStringLiteral("Russia denied its drones had entered Polish airspace")
        << EventStatus::Denied << QString();
    QTest::newRow("reportedly")
        << QStringLiteral("North Korea reportedly fired a ballistic missile into the sea off its east coast.")
        << QStringLiteral("North Korea reportedly fired a ballistic missile into the sea")
        << EventStatus::Reported << QString();

    // nothing: the lead says something else than what happened about the publication date
    QTest::newRow("future") << QStringLiteral("Iran will resume nuclear talks with the United States, its foreign minister said.")
                            << QString() << occurred << QString();
    QTest::newRow("subordinate clause first")
        << QStringLiteral("As tensions mount in the strait, China has sent warships toward Taiwan, officials said.")
        << QString() << occurred << QString();
    QTest::newRow("pronoun") << QStringLiteral("It was the first visit by a Chinese leader to the country in a decade.")
                             << QString() << occurred << QString();
    QTest::newRow("present tense")
        << QStringLiteral("The Secretary-General welcomes the agreement between Israel and Hamas announced by the mediators.")
        << QString() << occurred << QString();
    QTest::newRow("recently") << QStringLiteral("The United States recently announced new sanctions on Iran's oil exports.")
                              << QString() << occurred << QString();
    QTest::newRow("past perfect") << QStringLiteral("Iran had warned of retaliation for the strikes on its nuclear sites.")
                                  << QString() << occurred << QString();
    QTest::newRow("participle as adjective")
        << QStringLiteral("The bolstered agreement between Russia and China carries heightened risks for both.")
        << QString() << occurred << QString();
    QTest::newRow("no name nor actor as subject")
        << QStringLiteral("The conversation focused on the situation in the Middle East and the war.")
        << QString() << occurred << QString();
    QTest::newRow("a headline alone") << QStringLiteral("Russia strikes Kyiv as talks stall") << QString() << occurred << QString();
    QTest::newRow("a question") << QStringLiteral("Did Russia launch the drones that crossed into Polish airspace?")
                                << QString() << occurred << QString();
}

void TestArticleLead::lead()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(EventStatus, status);
    QFETCH(QString, place);
    const Extraction x = ArticleExtractor(CivilDate{2025, 7, 1}).run(text);
    const auto undated = std::find_if(x.events.begin(), x.events.end(), [](const ProposedEvent &e) { return e.timex < 0; });
    if (title.isEmpty()) {
        QVERIFY2(undated == x.events.end(), undated == x.events.end() ? "" : qPrintable(undated->title));
        return;
    }
    QVERIFY(undated != x.events.end());
    QCOMPARE(undated->title, title);
    QCOMPARE(undated->date, QStringLiteral("2025-07-01?")); // the publication day, uncertain
    QCOMPARE(undated->status, status);
    QCOMPARE(undated->place, place);
    QVERIFY(undated->evidenceEnd > undated->evidenceStart);
}

// Words said in the paragraphs after the lead, which date nothing, are the lead's.
void TestArticleLead::quotationsOfLaterParagraphs()
{
    const QString text = QStringLiteral(
        "Israeli troops killed at least 20 Palestinians in Gaza, the territory's health ministry said.\n\n"
        "\u201CThis is a massacre,\u201D said spokesman Ashraf al-Qudra.\n\n"
        "The army said it was looking into the reports.");
    const Extraction x = ArticleExtractor(CivilDate{2025, 7, 1}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QCOMPARE(x.events[0].title, QStringLiteral("Israeli troops killed at least 20 Palestinians in Gaza"));
    QCOMPARE(x.events[0].quotes.size(), size_t(1));
    QCOMPARE(x.events[0].quotes[0].speaker, QStringLiteral("Ashraf al-Qudra"));
    QCOMPARE(x.events[0].actors.size(), size_t(1));
    QCOMPARE(x.events[0].actors[0].label, QStringLiteral("Israel"));
}

// A lead with its own date is proposed from that date, once.
void TestArticleLead::datedLeadIsTheDatesProposal()
{
    const Extraction x = ArticleExtractor(CivilDate{2025, 7, 1})
                             .run(QStringLiteral("Russia launched a massive drone attack on Kyiv on Sunday, officials said."));
    QCOMPARE(x.events.size(), size_t(1));
    QVERIFY(x.events[0].timex >= 0);
    QCOMPARE(x.events[0].date, QStringLiteral("2025-06-29"));
}

QTEST_GUILESS_MAIN(TestArticleLead)
#include "tst_articlelead.moc"
