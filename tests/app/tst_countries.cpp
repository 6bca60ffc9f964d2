// The app's country table (ISO 3166-1 from the iso-codes package, Kosovo, former countries).
#include "app/gui/countrycodes.h"
#include "core/model/isocountries.h"

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
    void everydayNames_data();
    void everydayNames();
    void listIsSortedAndUnique();
    void codeForTypedText_data();
    void codeForTypedText();
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
    QTest::newRow("Kosovo") << u"XKX"_s << true;
    QTest::newRow("former: USSR") << u"SUN"_s << true;
    QTest::newRow("not a country") << u"XYZ"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCountries::names()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QCOMPARE(!CountryCodes::system().name(code).isEmpty(), known);
    QCOMPARE(CountryCodes::system().contains(code), known);
}

// Every place that shows a country (lanes by country, filter chips, the Inspector, exports) names
// it as an analyst does, where ISO's name reads like a register entry; the ISO name still finds it.
void TestCountries::everydayNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    const char *const rows[][2] = {
        {"RUS", "Russia"}, {"KOR", "South Korea"}, {"PRK", "North Korea"}, {"SYR", "Syria"}, {"IRN", "Iran"},
        {"MDA", "Moldova"}, {"LAO", "Laos"}, {"TZA", "Tanzania"}, {"BOL", "Bolivia"}, {"VEN", "Venezuela"},
        {"FSM", "Micronesia"}, {"COD", "DR Congo"}, {"PSE", "Palestine"}, {"VAT", "Vatican City"},
        {"BRN", "Brunei"}, {"VNM", "Vietnam"}, {"TWN", "Taiwan"}, {"VGB", "British Virgin Islands"},
        {"TUR", "Türkiye"}, {"CZE", "Czechia"}, {"COG", "Congo"}, {"SWE", "Sweden"}, {"SUN", "USSR"}};
    for (const auto &[code, name] : rows)
        QTest::newRow(code) << QString::fromLatin1(code) << QString::fromUtf8(name);
}

void TestCountries::everydayNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QCOMPARE(countryDisplayName(code), name);
    QCOMPARE(CountryCodes::system().name(code), name);
    QCOMPARE(CountryCodes::system().codeFor(name), code); // typed as shown
    const IsoCountry *country = knownCountry(code);
    QVERIFY(country);
    QCOMPARE(CountryCodes::system().codeFor(country->name), code); // "Russian Federation", "Viet Nam"
}

void TestCountries::listIsSortedAndUnique()
{
    const CountryCodes &countries = CountryCodes::system();
    const QStringList byName = countries.codesByName();
    QVERIFY(byName.size() > 200);
    QCOMPARE(byName.size(), countries.entries().size());
    QCollator collator;
    QSet<QString> codes;
    for (qsizetype i = 0; i < byName.size(); ++i) {
        QCOMPARE(byName[i].size(), 3);
        QVERIFY(!codes.contains(byName[i]));
        codes.insert(byName[i]);
        QVERIFY(!countries.name(byName[i]).isEmpty());
        if (i > 0)
            QVERIFY(collator.compare(countries.name(byName[i - 1]), countries.name(byName[i])) <= 0);
    }
}

// What a person types in a country field: a code of either length or a name, in any case.
void TestCountries::codeForTypedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code"); // empty: no country
    QTest::newRow("alpha-3") << u"DEU"_s << u"DEU"_s;
    QTest::newRow("alpha-3, lower case") << u"deu"_s << u"DEU"_s;
    QTest::newRow("alpha-2") << u"de"_s << u"DEU"_s;
    QTest::newRow("name") << u"Germany"_s << u"DEU"_s;
    QTest::newRow("name, upper case") << u"GERMANY"_s << u"DEU"_s;
    QTest::newRow("name of two words") << u" united  States "_s << u"USA"_s;
    QTest::newRow("common name") << u"Russia"_s << u"RUS"_s;
    QTest::newRow("ISO name") << u"Russian Federation"_s << u"RUS"_s;
    QTest::newRow("former country") << u"USSR"_s << u"SUN"_s;
    QTest::newRow("Kosovo") << u"XKX"_s << u"XKX"_s;
    QTest::newRow("no country") << u"Narnia"_s << QString();
    QTest::newRow("part of a name") << u"Germ"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCountries::codeForTypedText()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(CountryCodes::system().codeFor(text), code);
}

QTEST_MAIN(TestCountries)
#include "tst_countries.moc"
