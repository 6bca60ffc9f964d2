// Actors in article text: people by their titles, names and surnames, countries, capitals and
// bodies, the document's own actors; which of them take part in a proposed event, and where it was.
#include "core/extract/articleextractor.h"

#include <QTest>

#include <algorithm>

using namespace dateline;
using namespace dateline::extract;

namespace {

// The labels of the actors a recognizer without known actors finds in text, in text order.
QStringList actorLabels(const QString &text)
{
    QStringList labels;
    for (const ActorMention &a : ActorRecognizer(std::vector<Actor>{}).recognize(text))
        labels.append(a.label);
    return labels;
}

} // namespace

class TestArticleActors : public QObject {
    Q_OBJECT
private slots:
    void actors();
    void officeHolders_data();
    void officeHolders();
    void participants_data();
    void participants();
    void places_data();
    void places();
};

void TestArticleActors::actors()
{
    Actor known;
    known.id = ActorId(7);
    known.label = QStringLiteral("NATO");
    known.kind = ActorKind::Organisation;
    known.aliases = {QStringLiteral("the Alliance")};
    const QString text = QStringLiteral("Russian Foreign Minister Sergei Lavrov told the Alliance in Brussels that Moscow "
                                        "and Washington disagree. Lavrov met U.S. officials in Moscow.");
    const std::vector<ActorMention> m = ActorRecognizer({known}).recognize(text);
    auto find = [&](const QString &t, int from = 0) -> const ActorMention * {
        for (const ActorMention &a : m)
            if (a.text == t && a.start >= from)
                return &a;
        return nullptr;
    };
    QVERIFY(find(QStringLiteral("Sergei Lavrov")));
    QCOMPARE(find(QStringLiteral("Sergei Lavrov"))->kind, ActorKind::Person);
    QCOMPARE(find(QStringLiteral("Sergei Lavrov"))->country, QStringLiteral("RUS"));
    QVERIFY(find(QStringLiteral("Lavrov")));
    QCOMPARE(find(QStringLiteral("Lavrov"))->label, QStringLiteral("Sergei Lavrov"));
    // a sheikh is called by the given name after the title; another's given name is someone else's (round 29)
    QCOMPARE(actorLabels(QStringLiteral("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke. Sheikh "
                                        "Mohammed left. Mohammed bin Salman stayed.")),
             QStringList({QStringLiteral("Qatar"), QStringLiteral("Mohammed bin Abdulrahman Al Thani"),
                          QStringLiteral("Mohammed bin Abdulrahman Al Thani")}));
    // a name learned once is found whole where it is written whole (round 29)
    const std::vector<ActorMention> twice = ActorRecognizer(std::vector<Actor>{}).recognize(
        QStringLiteral("President Vladimir Putin spoke. Later Vladimir Putin left."));
    QCOMPARE(twice.size(), size_t(2));
    QCOMPARE(twice.back().text, QStringLiteral("Vladimir Putin"));
    QCOMPARE(find(QStringLiteral("the Alliance"))->id.value, 7);
    const ActorMention *moscow = find(QStringLiteral("Moscow"));
    QCOMPARE(moscow->country, QStringLiteral("RUS"));
    QVERIFY(!moscow->place); // "Moscow and Washington disagree": the government
    QVERIFY(find(QStringLiteral("Moscow"), moscow->end)->place); // "in Moscow": the city
    QCOMPARE(find(QStringLiteral("Washington"))->country, QStringLiteral("USA"));
    QCOMPARE(find(QStringLiteral("U.S."))->country, QStringLiteral("USA"));
    QCOMPARE(find(QStringLiteral("Russian"))->country, QStringLiteral("RUS"));
    // lower-case particles inside a name, joined by a hyphen or not
    QStringList labels = actorLabels(QStringLiteral(
        "President Abdel Fattah al-Sisi met Crown Prince Mohammed bin Salman and President Ursula von der Leyen in the city."));
    QVERIFY2(labels.contains(QStringLiteral("Abdel Fattah al-Sisi")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("Mohammed bin Salman")), qPrintable(labels.join(u'|')));
    QVERIFY2(labels.contains(QStringLiteral("Ursula von der Leyen")), qPrintable(labels.join(u'|')));
    // a particle with no name after it ends the name: "President Macron de facto …"
    // a title in lower case before the name, in commas or not (British style)
    const std::vector<ActorMention> british = ActorRecognizer(std::vector<Actor>{}).recognize(QStringLiteral(
        "The Conservative leader, Kemi Badenoch, and the French president Emmanuel Macron spoke. The president, "
        "The White House said, left."));
    labels.clear();
    for (const ActorMention &a : british)
        labels.append(a.label + u'/' + a.country);
    // ("The president" is the last one named: Macron)
    QCOMPARE(labels, QStringList({QStringLiteral("Kemi Badenoch/"), QStringLiteral("France/FRA"),
                                  QStringLiteral("Emmanuel Macron/FRA"), QStringLiteral("Emmanuel Macron/FRA"),
                                  QStringLiteral("United States/USA")}));
    // a name with its title after it, in apposition; not a place before a subject, nor a connective
    QCOMPARE(actorLabels(QStringLiteral(
                 "\"We have a window,\" said Elisabeth Runge, the U.N. Secretary-General's personal envoy for Sudan. "
                 "North Darfur, the state's governor said, is hungry. However, the minister said no. Runge left.")),
             QStringList({QStringLiteral("Elisabeth Runge"), QStringLiteral("United Nations"), QStringLiteral("Sudan"),
                          QStringLiteral("Elisabeth Runge")}));
    // a hyphenated given name; a name that stops at the end of its line and at a heading in capitals
    QCOMPARE(actorLabels(QStringLiteral(
                 "Call with Foreign Minister Jaishankar\n\nREADOUT OFFICE\n\nHe met Foreign Minister Cho Tae-yul and Foreign "
                 "Minister Jean-No\u00EBl Barrot.")),
             QStringList({QStringLiteral("Jaishankar"), QStringLiteral("Cho Tae-yul"),
                          QStringLiteral("Jean-No\u00EBl Barrot")}));
    // (round 28) an official title's country, then the name in commas
    QCOMPARE(actorLabels(QStringLiteral("Sugiono received the Foreign Minister of Australia, Penny Wong, at the ministry.")),
             QStringList({QStringLiteral("Australia"), QStringLiteral("Penny Wong")}));
    // (round 28) a double family name written with a hyphen is found whole again
    const std::vector<ActorMention> doubleName = ActorRecognizer(std::vector<Actor>{}).recognize(QStringLiteral(
        "Director-General Ngozi Okonjo-Iweala spoke. A call by Okonjo-Iweala followed."));
    QCOMPARE(doubleName.size(), size_t(2));
    QCOMPARE(doubleName[1].text, QStringLiteral("Okonjo-Iweala"));
    QCOMPARE(doubleName[1].label, QStringLiteral("Ngozi Okonjo-Iweala"));
    // a seat of government inside a longer name is no actor; before a title it is
    QCOMPARE(actorLabels(QStringLiteral("The Minsk Protocol was signed. Kremlin Spokesman Dmitry Peskov spoke.")),
             QStringList({QStringLiteral("Russia"), QStringLiteral("Dmitry Peskov")}));
    // honorifics between title and name; a title and a surname named in full before
    QCOMPARE(actorLabels(QStringLiteral(
                 "Prime Minister Shri Atal Vajpayee met the President of Peru, H.E. Mr. Alan J. Garcia. President Garcia spoke.")),
             QStringList({QStringLiteral("Atal Vajpayee"), QStringLiteral("Peru"), QStringLiteral("Alan J. Garcia"),
                          QStringLiteral("Alan J. Garcia")}));
    // a counterpart, a top diplomat, a bare "Secretary" before a name; the nationality before it
    const std::vector<ActorMention> counterparts = ActorRecognizer(std::vector<Actor>{}).recognize(QStringLiteral(
        "Fidan and his Swedish counterpart Tobias Billstrom met China's top diplomat Wang Yi and Secretary Marco Rubio."));
    labels.clear();
    for (const ActorMention &a : counterparts)
        labels.append(a.label + u'/' + a.country);
    QCOMPARE(labels, QStringList({QStringLiteral("Sweden/SWE"), QStringLiteral("Tobias Billstrom/SWE"), QStringLiteral("China/CHN"),
                                  QStringLiteral("Wang Yi/CHN"), QStringLiteral("Marco Rubio/")}));
    // a lower-case title before a name whose second word is a particle's; a long Gulf name after its
    // honorific
    QCOMPARE(actorLabels(QStringLiteral("Qatar's foreign ministry spokesman Majed al-Ansari met the emir Sheikh "
                                        "Tamim bin Hamad Al Thani. Later al-Ansari spoke.")),
             QStringList({QStringLiteral("Qatar"), QStringLiteral("Majed al-Ansari"), QStringLiteral("Tamim bin Hamad Al Thani"),
                          QStringLiteral("Majed al-Ansari")}));
    // a part of a country is that country, not the one whose name it contains
    QCOMPARE(actorLabels(QStringLiteral("Police in Northern Ireland and in Ireland met.")),
             QStringList({QStringLiteral("United Kingdom"), QStringLiteral("Ireland")}));
    // Japanese official style: the family name first, in capitals; the title and family name later
    QCOMPARE(actorLabels(QStringLiteral("Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, met the press. Minister "
                                        "Kamikawa spoke. Prime Minister KISHIDA left.")),
             QStringList({QStringLiteral("Kamikawa Yoko"), QStringLiteral("Kamikawa Yoko"), QStringLiteral("KISHIDA")}));
    // a name before its office in commas, opened by a country; a name stays on its line
    QCOMPARE(actorLabels(QStringLiteral("Talks in Beijing\n\nSergei Lavrov, Russia's foreign minister, met the press. Lavrov left.")),
             QStringList({QStringLiteral("China"), QStringLiteral("Sergei Lavrov"), QStringLiteral("Russia"),
                          QStringLiteral("Sergei Lavrov")}));
    QCOMPARE(actorLabels(QStringLiteral("Kaja Kallas, the EU's foreign policy chief, spoke.")),
             QStringList({QStringLiteral("Kaja Kallas"), QStringLiteral("European Union")}));
    // a regnal number, an honorific after the office, a vice premier's country (round 22)
    QCOMPARE(actorLabels(QStringLiteral("Pope Leo XIV met King Charles III and Supreme Leader Ayatollah Ali Khamenei.")),
             QStringList({QStringLiteral("Leo XIV"), QStringLiteral("Charles III"), QStringLiteral("Ali Khamenei")}));
    const std::vector<ActorMention> vice = ActorRecognizer(std::vector<Actor>{}).recognize(
        QStringLiteral("Chinese Vice Premier He Lifeng spoke."));
    QVERIFY(std::any_of(vice.begin(), vice.end(), [](const ActorMention &a) { return a.label == u"He Lifeng" && a.country == u"CHN"; }));
    // (but initials in capitals are no family name)
    QCOMPARE(actorLabels(QStringLiteral("Vice President JD Vance spoke.")), QStringList({QStringLiteral("JD Vance")}));
    const std::vector<ActorMention> deFacto = ActorRecognizer(std::vector<Actor>{}).recognize(QStringLiteral("President Emmanuel Macron de facto agreed."));
    QVERIFY(std::any_of(deFacto.begin(), deFacto.end(), [](const ActorMention &a) { return a.label == u"Emmanuel Macron"; }));
}

void TestArticleActors::officeHolders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("office"); // as written in text
    QTest::addColumn<QString>("holder"); // empty: no one
    const QString india = QStringLiteral("Prime Minister Narendra Modi will travel to Jordan. Modi will meet King Abdullah II. "
                                         "He will go on to meet Ethiopian Prime Minister Abiy Ahmed Ali. ");
    // round 29: an office named without a name is the person the text titled so
    QTest::newRow("the one named most often") << india + QStringLiteral("Then the Prime Minister will visit Muscat.")
                                              << QStringLiteral("the Prime Minister") << QStringLiteral("Narendra Modi");
    QTest::newRow("possessive") << india + QStringLiteral("It will be the Prime Minister's first visit to Oman.")
                                << QStringLiteral("the Prime Minister") << QStringLiteral("Narendra Modi");
    QTest::newRow("the country served") << india + QStringLiteral("The Ethiopian prime minister welcomed him.")
                                        << QStringLiteral("prime minister") << QStringLiteral("Abiy Ahmed Ali");
    QTest::newRow("another country's") << india + QStringLiteral("The Pakistani prime minister was not invited.")
                                       << QStringLiteral("The Pakistani prime minister") << QString();
    QTest::newRow("lower case, the last word of the title")
        << QStringLiteral("Russian Foreign Minister Sergei Lavrov arrived. The minister met reporters.")
        << QStringLiteral("The minister") << QStringLiteral("Sergei Lavrov");
    QTest::newRow("a different office") << QStringLiteral("President Donald Trump spoke. The vice president listened.")
                                        << QStringLiteral("The vice president") << QString();
    QTest::newRow("former") << QStringLiteral("President Donald Trump spoke. The former president listened.")
                            << QStringLiteral("The former president") << QString();
    QTest::newRow("of a body") << QStringLiteral("President Donald Trump spoke. The president of the Commission listened.")
                               << QStringLiteral("The president") << QString();
    QTest::newRow("elect") << QStringLiteral("President Donald Trump spoke. The president-elect listened.")
                           << QStringLiteral("The president") << QString();
    QTest::newRow("nobody titled so") << QStringLiteral("Talks ended. The prime minister said nothing.")
                                      << QStringLiteral("The prime minister") << QString();
}

void TestArticleActors::officeHolders()
{
    QFETCH(QString, text);
    QFETCH(QString, office);
    QFETCH(QString, holder);
    const qsizetype at = text.lastIndexOf(office);
    QVERIFY(at >= 0);
    const std::vector<ActorMention> actors = ActorRecognizer(std::vector<Actor>{}).recognize(text);
    const auto found = std::find_if(actors.begin(), actors.end(), [&](const ActorMention &a) { return a.start == at; });
    QCOMPARE(found == actors.end() ? QString() : found->label, holder);
    if (found != actors.end())
        QCOMPARE(found->text, office);
}

void TestArticleActors::participants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("actors");
    // The noun phrase the date modifies names the participants, not the one who reports it.
    QTest::newRow("noun phrase") << QStringLiteral("President Hu Jintao praised the May 4 talks between French and German envoys in Paris.")
                                 << QStringList{QStringLiteral("France"), QStringLiteral("Germany")};
    // every country's adjective, not only the most reported ones' (round 16)
    QTest::newRow("adjectives of less reported countries")
        << QStringLiteral("The Sudanese army and Kenyan officials met Thai envoys on May 3.")
        << QStringList{QStringLiteral("Sudan"), QStringLiteral("Kenya"), QStringLiteral("Thailand")};
    QTest::newRow("adjectives in official style")
        << QStringLiteral("The Lao and Macedonian envoys met Swazi officials on May 3.")
        << QStringList{QStringLiteral("Laos"), QStringLiteral("North Macedonia"), QStringLiteral("Eswatini")};
    // where a wire story was filed is not a party to it
    QTest::newRow("wire dateline's country")
        << QStringLiteral("THE HAGUE, Netherlands (AP) \u2014 The top court on May 4 ordered Israel to allow aid into Gaza.")
        << QStringList{QStringLiteral("Israel")};
    // the second of two untitled names that open a sentence, its surname a subject elsewhere (round 26)
    QTest::newRow("two untitled names")
        << QStringLiteral("Keir Starmer and Emmanuel Macron agreed a deal on May 4. Starmer said it was fair. Macron said "
                          "it was a start.")
        << QStringList{QStringLiteral("Keir Starmer"), QStringLiteral("Emmanuel Macron")};
    QTest::newRow("two untitled names under a page's menu")
        << QStringLiteral("Home | World\n\nKeir Starmer and Emmanuel Macron agreed a deal on May 4. Starmer said it was "
                          "fair. Macron said it was a start.")
        << QStringList{QStringLiteral("Keir Starmer"), QStringLiteral("Emmanuel Macron")};
    // (round 27) and a name after a state's possessive, its surname a subject elsewhere
    QTest::newRow("a name after a state's possessive")
        << QStringLiteral("Italy's Giorgia Meloni is expected to attend the summit on May 4. Meloni said she would not send "
                          "troops.")
        << QStringList{QStringLiteral("Italy"), QStringLiteral("Giorgia Meloni")};
    // a city-state's name after "in" is where they met (round 26)
    QTest::newRow("meeting in a city-state")
        << QStringLiteral("EU foreign ministers meeting in Luxembourg on May 4 discussed sanctions against Iran.")
        << QStringList{QStringLiteral("European Union"), QStringLiteral("Iran")};
    // A region that ends in a country's name, and an institution after a title word, are no actors.
    QTest::newRow("Latin America and the General Assembly")
        << QStringLiteral("Ministers from Latin America met Brazil's envoy on May 4 at the UN General Assembly.")
        << QStringList{QStringLiteral("Brazil"), QStringLiteral("United Nations")};
    // organisations of current news (round 20)
    QTest::newRow("blocs and movements")
        << QStringLiteral("BRICS and G7 envoys met the Houthis on May 4 before the International Court of Justice ruled.")
        << QStringList{QStringLiteral("BRICS"), QStringLiteral("G7"), QStringLiteral("Houthis"),
                       QStringLiteral("International Court of Justice")};
    // a language is no party (round 21)
    QTest::newRow("languages") << QStringLiteral("The Swiss and Iranian envoys signed it on May 4 in the English and French "
                                                 "languages, then spoke in Russian.")
                               << QStringList{QStringLiteral("Switzerland"), QStringLiteral("Iran")};
    // a sea or a strait named after a country is no party (round 22)
    QTest::newRow("waters") << QStringLiteral("On May 4 Chinese ships and an Iranian boat crossed the Taiwan Strait, the "
                                              "South China Sea, the Gulf of Oman and the Indian Ocean.")
                            << QStringList{QStringLiteral("China"), QStringLiteral("Iran")};
    // official style: the title's country between the title and the name (round 22)
    QTest::newRow("title of a country") << QStringLiteral("President of the United States of America Donald Trump called "
                                                          "Prime Minister of India Narendra Modi on May 4.")
                                        << QStringList{QStringLiteral("United States"), QStringLiteral("Donald Trump"),
                                                       QStringLiteral("India"), QStringLiteral("Narendra Modi")};
    // a name that is the subject of two sentences, once of a person's verb, is a person (round 22);
    // a body's is not
    QTest::newRow("a name twice a subject")
        << QStringLiteral("Vladimir Putin had a conversation with envoys on May 4. Vladimir Putin responded positively.")
        << QStringList{QStringLiteral("Vladimir Putin")};
    QTest::newRow("a body twice a subject")
        << QStringLiteral("Supreme Court ruled on May 4 against the law. Supreme Court said it was void.") << QStringList{};
    QTest::newRow("a body's name ending in another's")
        << QStringLiteral("The African Union's Peace and Security Council will meet on May 24 with the EU and NATO.")
        << QStringList{QStringLiteral("African Union"), QStringLiteral("European Union"), QStringLiteral("NATO")};
    // a name the text titles only later is known before (round 21); a month is no surname
    QTest::newRow("a name titled later")
        << QStringLiteral("Vladimir Putin will meet envoys in Alaska on August 15. President Vladimir Putin said he was ready.")
        << QStringList{QStringLiteral("Vladimir Putin")};
    // a name that opens a sentence, its surname alone a subject elsewhere, is a person without a title
    QTest::newRow("a name without a title")
        << QStringLiteral("Donald Trump has said he will meet envoys in Alaska on August 15. Trump wrote that it would go well.")
        << QStringList{QStringLiteral("Donald Trump")};
    // names a meeting shows to be people: its subjects and its object (round 23); not a firm's, a
    // city's, a street's, a body's, or one a country names
    QTest::newRow("names that meet")
        << QStringLiteral("Xi Jinping and Shinzo Abe held their first formal talks in Beijing on May 4.")
        << QStringList{QStringLiteral("Xi Jinping"), QStringLiteral("Shinzo Abe")};
    QTest::newRow("South Asian press titles")
        << QStringLiteral("At 5 PM Eastern Time on May 4, PM Narendra Modi met EAM S Jaishankar.")
        << QStringList{QStringLiteral("Narendra Modi"), QStringLiteral("S Jaishankar")};
    QTest::newRow("official style, a format named after a capital")
        << QStringLiteral("Sergey Lavrov held talks with Foreign Minister of the Republic of Turkiye Hakan Fidan on the "
                          "Astana format on May 4.")
        << QStringList{QStringLiteral("Sergey Lavrov"), QStringLiteral("Turkey"), QStringLiteral("Hakan Fidan")};
    QTest::newRow("a title to be")
        << QStringLiteral("President-elect Donald Trump and Prime Minister-designate Nawaf Salam spoke on May 4.")
        << QStringList{QStringLiteral("Donald Trump"), QStringLiteral("Nawaf Salam")};
    QTest::newRow("a list of names that met")
        << QStringLiteral("Emmanuel Macron, Olaf Scholz, and Giorgia Meloni met in Rome on May 4.")
        << QStringList{QStringLiteral("Emmanuel Macron"), QStringLiteral("Olaf Scholz"), QStringLiteral("Giorgia Meloni")};
    QTest::newRow("a name met") << QStringLiteral("On May 4 Narendra Modi met with Anthony Albanese in Sydney.")
                                << QStringList{QStringLiteral("Narendra Modi"), QStringLiteral("Anthony Albanese")};
    QTest::newRow("a name spoken with")
        << QStringLiteral("Emmanuel Macron spoke by phone with Olaf Scholz and Giorgia Meloni on May 4.")
        << QStringList{QStringLiteral("Emmanuel Macron"), QStringLiteral("Olaf Scholz"), QStringLiteral("Giorgia Meloni")};
    // round 29: hosting, a conversation had, a meeting to come, a first name joined by a hyphen
    QTest::newRow("a name hosted") << QStringLiteral("The prime minister will host Volodymyr Zelensky at Downing Street on May 4.")
                                   << QStringList{QStringLiteral("Volodymyr Zelensky")};
    QTest::newRow("a conversation had")
        << QStringLiteral("Vladimir Putin had a telephone conversation with Emmanuel Macron on May 4.")
        << QStringList{QStringLiteral("Vladimir Putin"), QStringLiteral("Emmanuel Macron")};
    QTest::newRow("names that will meet")
        << QStringLiteral("Sergei Lavrov and Jean-Noel Barrot will hold talks on May 24.")
        << QStringList{QStringLiteral("Sergei Lavrov"), QStringLiteral("Jean-Noel Barrot")};
    QTest::newRow("a meeting built on") << QStringLiteral("Secretary of State Marco Rubio spoke with Jaishankar, building on "
                                                          "President Trump's meeting with Prime Minister Modi on May 4.")
                                        << QStringList{QStringLiteral("Trump"), QStringLiteral("Modi")};
    QTest::newRow("a subordinate clause's own") << QStringLiteral("Japanese Prime Minister Shigeru Ishiba met President Lee "
                                                                  "Jae-myung at their first summit since Lee took office in March.")
                                                << QStringList{QStringLiteral("Lee Jae-myung")};
    QTest::newRow("official style, the ministry's name")
        << QStringLiteral("On May 4 Sergey Lavrov held talks with Minister of Foreign Affairs of the Arab Republic of Egypt "
                          "Badr Abdelatty.")
        << QStringList{QStringLiteral("Sergey Lavrov"), QStringLiteral("Egypt"), QStringLiteral("Badr Abdelatty")};
    QTest::newRow("a firm's staff met") << QStringLiteral("The delegates met with Goldman Sachs bankers on May 4.")
                                        << QStringList{};
    QTest::newRow("cities and streets meet")
        << QStringLiteral("Buenos Aires received the envoys on May 4 and Downing Street received the letter.")
        << QStringList{QStringLiteral("Argentina"), QStringLiteral("United Kingdom")};
    QTest::newRow("a body met") << QStringLiteral("The Arab League met on May 4, and the Supreme Court met too.")
                                << QStringList{QStringLiteral("Arab League")};
    QTest::newRow("a country's word in a name")
        << QStringLiteral("Chinese Xi Jinping met Indian Narendra Modi on May 4.")
        << QStringList{QStringLiteral("China"), QStringLiteral("India")};
    QTest::newRow("a name after a wire dateline")
        << QStringLiteral("MOSCOW, Aug 30 (Reuters) - Mikhail Gorbachev, who ended the Cold War, died on May 4. Gorbachev "
                          "rose through the ranks.")
        << QStringList{QStringLiteral("Mikhail Gorbachev")};
    QTest::newRow("a common word before a surname")
        << QStringLiteral("Other Bush officials met on May 4. The other envoys agreed. Bush said so.")
        << QStringList{};
    QTest::newRow("a company's name") << QStringLiteral("Goldman Sachs said it would hire bankers on May 4. The bank has grown.")
                                      << QStringList{};
    QTest::newRow("a clause's first word")
        << QStringLiteral("Because Westinghouse paid, the deal closed on May 4. Westinghouse said it was pleased.") << QStringList{};
    QTest::newRow("a surname that is a month")
        << QStringLiteral("The talks ended on May 9. Prime Minister Theresa May spoke.") << QStringList{};
    QTest::newRow("a name with a possessive inside")
        << QStringLiteral("Premier Li Qiang will attend the opening of the National People's Congress on May 25.")
        << QStringList{QStringLiteral("Li Qiang"), QStringLiteral("National People's Congress")};
    QTest::newRow("former states") << QStringLiteral("Soviet and Yugoslav envoys met East German officials on May 4.")
                                   << QStringList{QStringLiteral("Soviet Union"), QStringLiteral("Yugoslavia"),
                                                  QStringLiteral("East Germany")};
    // (labelled by their full names, so that either way of writing them is one actor)
    QTest::newRow("organisations by their initials")
        << QStringLiteral("The GCC's ministers met the OIC and WHO envoys on May 4.")
        << QStringList{QStringLiteral("Gulf Cooperation Council"), QStringLiteral("Organisation of Islamic Cooperation"),
                       QStringLiteral("World Health Organization")};
    // A phrase without actors leaves them to the sentence.
    QTest::newRow("sentence") << QStringLiteral("Foreign Minister Celso Amorim gave a May 4 interview at the palace.")
                              << QStringList{QStringLiteral("Celso Amorim")};
    // A later sentence that takes the noun up ("That meeting, which included …") adds its people.
    QTest::newRow("taken up") << QStringLiteral("Officials praised the May 4 meeting between French and German envoys. "
                                                "The weather was fine. That \"quiet\" meeting -- which included Foreign "
                                                "Minister Bernard Kouchner -- went well.")
                              << QStringList{QStringLiteral("France"), QStringLiteral("Germany"), QStringLiteral("Bernard Kouchner")};
    QTest::newRow("not taken up") << QStringLiteral("Officials praised the May 4 meeting between French and German envoys. "
                                                    "That decision by Foreign Minister Bernard Kouchner surprised many.")
                                  << QStringList{QStringLiteral("France"), QStringLiteral("Germany")};
}

void TestArticleActors::participants()
{
    QFETCH(QString, text);
    QFETCH(QStringList, actors);
    const Extraction x = ArticleExtractor(CivilDate{2008, 5, 20}).run(text);
    QCOMPARE(x.events.size(), size_t(1));
    QStringList found;
    for (const ActorMention &a : x.events.front().actors)
        found << a.label;
    QCOMPARE(found, actors);
}

void TestArticleActors::places_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::newRow("capital") << QStringLiteral("The envoys met in Paris on May 4.") << QStringLiteral("Paris");
    QTest::newRow("other city") << QStringLiteral("The envoys met in Geneva on May 4.") << QStringLiteral("Geneva");
    QTest::newRow("resort of") << QStringLiteral("They will talk at Russia's Black Sea resort of Sochi on June 6.")
                               << QStringLiteral("Sochi");
    QTest::newRow("a saint's city") << QStringLiteral("The leaders will meet in St. Petersburg on June 5.")
                                    << QStringLiteral("St. Petersburg");
    QTest::newRow("month is no place") << QStringLiteral("Talks resumed in May, officials said on May 4.") << QString();
    QTest::newRow("a gerund's subject is no place")
        << QStringLiteral("The problems resulted in Sun reporting a loss on May 4.") << QString();
    QTest::newRow("a place before during") << QStringLiteral("The envoys met in Geneva during the session on May 4.")
                                           << QStringLiteral("Geneva");
    QTest::newRow("name with a particle") << QStringLiteral("Brazil will host the summit in Rio de Janeiro on July 6.")
                                          << QStringLiteral("Rio de Janeiro");
    QTest::newRow("two parts of one region")
        << QStringLiteral("The ceasefire in North and South Kivu begins on Friday.") << QStringLiteral("North and South Kivu");
    QTest::newRow("accented name") << QStringLiteral("The accord was signed in Bogot\u00E1 on May 4.") << QStringLiteral("Bogot\u00E1");
    QTest::newRow("country is an actor") << QStringLiteral("The envoys met in Germany on May 4.") << QString();
    QTest::newRow("a city-state is a place")
        << QStringLiteral("EU foreign ministers meeting in Luxembourg on May 4 discussed sanctions after talks in Vienna ended.")
        << QStringLiteral("Luxembourg");
    QTest::newRow("where one travels") << QStringLiteral("The minister will travel to Brussels on May 4.")
                                       << QStringLiteral("Brussels");
    QTest::newRow("a trip's end") << QStringLiteral("The envoy began a two-day trip to Vientiane on May 4.")
                                  << QStringLiteral("Vientiane");
    // (round 27) what "visit" takes, when it is neither someone nor a kind of place
    QTest::newRow("a place visited") << QStringLiteral("Pashinyan is due to visit Brussels next week to brief EU leaders.")
                                     << QStringLiteral("Brussels");
    QTest::newRow("someone visited is no place") << QStringLiteral("Modi visited Mr. Smith on May 4.") << QString();
    QTest::newRow("a kind of place visited is none")
        << QStringLiteral("The minister visited European capitals on May 4.") << QString();
    QTest::newRow("whom one spoke to is no place") << QStringLiteral("The minister spoke to Reuters on May 4.") << QString();
    QTest::newRow("topic of the talks is no place")
        << QStringLiteral("Arab ministers met on May 4 to discuss the war in Gaza.") << QString();
    QTest::newRow("venue before the topic")
        << QStringLiteral("The envoys met in Doha on May 4 to discuss the situation in Rafah.") << QStringLiteral("Doha");
    QTest::newRow("a city before a capital")
        << QStringLiteral("The ministers met in Vientiane on May 4 and flew on to talks in Moscow.") << QStringLiteral("Vientiane");
    QTest::newRow("an attack's place is its own")
        << QStringLiteral("An attack in Kandahar on May 4 killed three soldiers.") << QStringLiteral("Kandahar");
}

void TestArticleActors::places()
{
    QFETCH(QString, text);
    QFETCH(QString, place);
    const Extraction x = ArticleExtractor(CivilDate{2008, 5, 20}).run(text);
    QVERIFY(!x.events.empty());
    QCOMPARE(x.events.back().place, place);
}

QTEST_GUILESS_MAIN(TestArticleActors)
#include "tst_articleactors.moc"
