// The search dock's count of matches: a time-limited lower bound shown steadily.
#include "app/gui/search/searchcount.h"

#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

// One search as the dock sees it: the words, what Document::search counted, and whether it stopped early.
struct Counted {
    QString text;
    qint64 total;
    bool lowerBound;
};

} // namespace

Q_DECLARE_METATYPE(QList<Counted>)

class TestSearchCount : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void steadyCount_data();
    void steadyCount();
    void roundedDown_data();
    void roundedDown();
};

void TestSearchCount::steadyCount_data()
{
    QTest::addColumn<QList<Counted>>("searches");
    QTest::addColumn<bool>("forgetBeforeLast");
    QTest::addColumn<qint64>("shown");
    QTest::addColumn<bool>("isLowerBound");
    // "threatens" on a million GDELT events showed more than 5,312, then 1,984, 7,168, 6,208
    const QList<Counted> threatens{{u"threatens"_s, 5312, true}, {u"threatens"_s, 1984, true},
                                   {u"threatens"_s, 7168, true}, {u"threatens"_s, 6208, true}};
    QTest::newRow("never less than shown") << threatens << false << qint64(7100) << true;
    QTest::newRow("first bound rounded") << threatens.mid(0, 2) << false << qint64(5300) << true;
    QTest::newRow("same words, other spaces")
        << QList<Counted>{{u"threatens"_s, 5312, true}, {u" threatens "_s, 1984, true}} << false << qint64(5300) << true;
    QTest::newRow("other words start over")
        << QList<Counted>{{u"threatens"_s, 5312, true}, {u"threat"_s, 1984, true}} << false << qint64(1900) << true;
    QTest::newRow("an edit starts over") << threatens.mid(0, 2) << true << qint64(1900) << true;
    QTest::newRow("exact is exact")
        << QList<Counted>{{u"threatens"_s, 5312, true}, {u"threatens"_s, 6001, false}} << false << qint64(6001) << false;
    QTest::newRow("the cap") << QList<Counted>{{u"the"_s, 10000, true}} << false << qint64(10000) << true;
}

void TestSearchCount::steadyCount()
{
    QFETCH(QList<Counted>, searches);
    QFETCH(bool, forgetBeforeLast);
    QFETCH(qint64, shown);
    QFETCH(bool, isLowerBound);
    SearchCount count;
    SearchCount::Shown last;
    for (qsizetype i = 0; i < searches.size(); ++i) {
        if (forgetBeforeLast && i == searches.size() - 1)
            count.forget();
        last = count.show(searches[i].text, searches[i].total, searches[i].lowerBound);
    }
    QCOMPARE(last.total, shown);
    QCOMPARE(last.isLowerBound, isLowerBound);
}

void TestSearchCount::roundedDown_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("rounded");
    QTest::newRow("small") << qint64(87) << qint64(87);
    QTest::newRow("hundreds") << qint64(123) << qint64(120);
    QTest::newRow("thousands") << qint64(5312) << qint64(5300);
    QTest::newRow("round") << qint64(10000) << qint64(10000);
}

void TestSearchCount::roundedDown()
{
    QFETCH(qint64, n);
    QFETCH(qint64, rounded);
    QCOMPARE(SearchCount::roundedDown(n), rounded);
}

QTEST_MAIN(TestSearchCount)
#include "tst_searchcount.moc"
