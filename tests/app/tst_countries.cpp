// The ISO 3166-1 country list read from the iso-codes package.
#include "app/gui/inspector/countries.h"

#include <QCollator>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestCountries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void names_data();
    void names();
    void listIsSortedAndUnique();
};

void TestCountries::initTestCase()
{
    if (!QFile::exists(u"/usr/share/iso-codes/json/iso_3166-1.json"_s))
        QSKIP("iso-codes is not installed");
}

void TestCountries::names_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::newRow("Russia") << u"RUS"_s << true;
    QTest::newRow("lower case") << u"usa"_s << true;
    QTest::newRow("Czechia") << u"CZE"_s << true;
    QTest::newRow("alpha-2 is not alpha-3") << u"RU"_s << false;
    QTest::newRow("not a country") << u"XYZ"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCountries::names()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QCOMPARE(!countries::name(code).isEmpty(), known);
}

void TestCountries::listIsSortedAndUnique()
{
    const std::vector<countries::Country> &all = countries::all();
    QVERIFY(all.size() > 200);
    QCollator collator;
    QSet<QString> codes;
    for (std::size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(all[i].alpha3.size(), 3);
        QVERIFY(!codes.contains(all[i].alpha3));
        codes.insert(all[i].alpha3);
        QCOMPARE(countries::name(all[i].alpha3), all[i].name);
        if (i > 0)
            QVERIFY(collator.compare(all[i - 1].name, all[i].name) <= 0);
    }
}

QTEST_MAIN(TestCountries)
#include "tst_countries.moc"
