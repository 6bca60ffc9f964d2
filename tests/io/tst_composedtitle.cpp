// Tables without a title column (event datasets in the layouts of ACLED and ICEWS): the titles
// made of each row's parts, and whole imports of such tables. The rows are written for this test.
#include "core/io/csv/composedtitle.h"
#include "core/io/csv/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

class TestComposedTitle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void titles_data();
    void titles();
    void datasets_data();
    void datasets();
    void nothingToMakeATitleOf();
};

void TestComposedTitle::titles_data()
{
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<QString>("cameo");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("title");
    const QStringList two{u"Russia"_s, u"Ukraine"_s};
    QTest::newRow("CAMEO code and two actors") << two << u"130"_s << u"Notes."_s << QStringList{} << u"Russia threatens Ukraine"_s;
    QTest::newRow("CAMEO code and one actor") << QStringList{u"Russia"_s} << u"130"_s << QString() << QStringList{}
                                              << u"Russia threatens"_s;
    QTest::newRow("not a CAMEO code: the description")
        << two << u"999"_s << u"Talks ended. More later."_s << QStringList{} << u"Talks ended"_s;
    QTest::newRow("first sentence, its opening date dropped")
        << two << QString() << u"On 15 March 2023, Russian forces clashed with Ukrainian forces near Bakhmut. 3 were hurt."_s
        << QStringList{} << u"Russian forces clashed with Ukrainian forces near Bakhmut"_s;
    QTest::newRow("on or around a date")
        << QStringList{} << QString() << u"On or around 2 May 2022 (as reported), protesters gathered in Tbilisi."_s
        << QStringList{} << u"Protesters gathered in Tbilisi"_s;
    QTest::newRow("abbreviations and initials do not end it")
        << QStringList{} << QString() << u"Gen. J. Smith met U.S. envoys in St. Petersburg. Later he left."_s << QStringList{}
        << u"Gen. J. Smith met U.S. envoys in St. Petersburg"_s;
    QTest::newRow("a decimal does not end it")
        << QStringList{} << QString() << u"Turnout was 61.5 percent in the capital. Results follow."_s << QStringList{}
        << u"Turnout was 61.5 percent in the capital"_s;
    QTest::newRow("a line ends it") << QStringList{} << QString() << u"Ceasefire agreed\nDetails below"_s << QStringList{}
                                    << u"Ceasefire agreed"_s;
    QTest::newRow("a long sentence is cut")
        << QStringList{} << QString()
        << u"Ministers from the twelve member states met for three days of talks on fisheries quotas, border checks "
           u"and the budget."_s
        << QStringList{} << u"Ministers from the twelve member states met for three days of talks on fisheries quotas, border…"_s;
    QTest::newRow("a date alone is kept") << QStringList{} << QString() << u"On 15 March 2023, nothing."_s << QStringList{}
                                          << u"On 15 March 2023, nothing"_s;
    QTest::newRow("actors and the last tag") << two << QString() << QString()
                                             << QStringList{u"Political violence"_s, u"Battles"_s, u"Armed clash"_s}
                                             << u"Russia – Ukraine: Armed clash"_s;
    QTest::newRow("actors alone") << two << QString() << u"  "_s << QStringList{} << u"Russia – Ukraine"_s;
    QTest::newRow("a tag alone") << QStringList{} << QString() << QString() << QStringList{u"Protests"_s} << u"Protests"_s;
    QTest::newRow("nothing") << QStringList{} << u"130"_s << QString() << QStringList{} << QString();
}

void TestComposedTitle::titles()
{
    QFETCH(QStringList, actors);
    QFETCH(QString, cameo);
    QFETCH(QString, description);
    QFETCH(QStringList, tags);
    QFETCH(QString, title);
    QCOMPARE(composedTitle({actors, cameo, description, tags, {}}), title);
}

void TestComposedTitle::datasets_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QStringList>("events"); // "EDTF | title | actors | tags" per event
    QTest::newRow("ACLED layout")
        << QByteArray("event_id_cnty,event_date,year,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,actor2,"
                      "country,location,latitude,longitude,source,notes,fatalities,tags\n"
                      "XYZ1,15 March 2023,2023,Political violence,Battles,Armed clash,Army of A,,Militia of B,Ukraine,"
                      "Bakhmut,48.59,38.00,Local Daily,\"On 15 March 2023, the army of A clashed with a militia near "
                      "Bakhmut. No casualties.\",0,\n"
                      "XYZ2,2023-03-16,2023,Demonstrations,Protests,Peaceful protest,Protesters (Georgia),Students;Labour "
                      "Group,,Georgia,Tbilisi,41.69,44.80,Radio Free,,0,crowd size=thousands\n")
        << QStringList{u"2023-03-15 | The army of A clashed with a militia near Bakhmut | Army of A, Militia of B | "
                       u"Political violence, Battles, Armed clash"_s,
                       u"2023-03-16 | Protesters (Georgia) – Students: Peaceful protest | Protesters (Georgia), Students, "
                       u"Labour Group | Demonstrations, Protests, Peaceful protest, crowd size=thousands"_s};
    QTest::newRow("ICEWS layout")
        << QByteArray("Event ID\tEvent Date\tSource Name\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\t"
                      "Publisher\tCity\tCountry\n"
                      "1001\t2014-01-02\tRussia\tRussia\tThreaten\t130\t-4.4\tUkraine\tWire A\t\tUkraine\n"
                      "1002\t2014-01-03\tCitizen (India)\tIndia\tProtest violently, riot\t145\t-6.5\t\tWire B\tMumbai\tIndia\n")
        << QStringList{u"2014-01-02 | Russia threatens Ukraine | Russia, Ukraine | Threaten"_s,
                       u"2014-01-03 | Citizen (India) protests violently | Citizen (India) | Protest violently, riot"_s};
}

void TestComposedTitle::datasets()
{
    QFETCH(QByteArray, table);
    QFETCH(QStringList, events);
    const ImportedContent imported = readCsv(table, {});
    QVERIFY2(!imported.fatal && imported.rejected.empty(),
             qPrintable(imported.rejected.empty() ? QString() : imported.rejected.front().message));
    QStringList got;
    for (const Event &e : imported.content.events) {
        QStringList actors;
        for (const ActorLink &link : e.actors)
            for (const Actor &a : imported.content.actors)
                if (a.id == link.actor)
                    actors << a.label;
        got << u"%1 | %2 | %3 | %4"_s.arg(e.date.toEdtf(), e.title, actors.join(u", "_s), e.tags.join(u", "_s));
    }
    QCOMPARE(got, events);
    QVERIFY2(imported.notes.join(u'\n').contains(u"no title column: each title is made of"_s), qPrintable(imported.notes.join(u'\n')));
}

// A table with neither a title column nor anything to make titles of is refused whole; a row
// with none of the parts is refused alone.
void TestComposedTitle::nothingToMakeATitleOf()
{
    const ImportedContent none = readCsv("when,where\n2008-03-17,Moscow\n", {});
    QVERIFY(none.fatal);
    QVERIFY2(none.rejected.front().message.startsWith(u"no column is mapped to the title"_s), qPrintable(none.rejected.front().message));
    const ImportedContent row = readCsv("date,actor1,notes\n2008-03-17,Rice,Talks.\n2008-03-18,,\n", {});
    QCOMPARE(row.content.events.size(), size_t(1));
    QCOMPARE(row.rejected.size(), size_t(1));
    QCOMPARE(row.rejected.front().line, 3);
    QCOMPARE(row.rejected.front().message, u"no title, and no actors, CAMEO code, description or tags to make one of"_s);
}

QTEST_GUILESS_MAIN(TestComposedTitle)
#include "tst_composedtitle.moc"
