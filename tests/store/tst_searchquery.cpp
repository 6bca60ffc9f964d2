// SearchQuery: what people type -> the FTS5 expression, or a message saying what to change.
#include "core/store/searchquery.h"

#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestSearchQuery : public QObject {
    Q_OBJECT
private slots:
    void translate_data();
    void translate();
    void errors_data();
    void errors();
    void matches_data();
    void matches();
};

void TestSearchQuery::translate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fts");
    QTest::newRow("word") << u"Sochi"_s << u"\"Sochi\""_s;
    QTest::newRow("words: implicit AND") << u"  missile   Poland "_s << u"\"missile\" AND \"Poland\""_s;
    QTest::newRow("phrase") << u"\"missile defence\""_s << u"\"missile defence\""_s;
    QTest::newRow("prefix") << u"negot*"_s << u"\"negot\"*"_s;
    QTest::newRow("phrase prefix") << u"\"missile def\"*"_s << u"\"missile def\"*"_s;
    QTest::newRow("OR") << u"Sochi OR Moscow"_s << u"\"Sochi\" OR \"Moscow\""_s;
    QTest::newRow("NOT") << u"summit NOT Sochi"_s << u"\"summit\" NOT \"Sochi\""_s;
    QTest::newRow("explicit AND") << u"a AND b"_s << u"\"a\" AND \"b\""_s;
    QTest::newRow("lower-case operators are words") << u"war or peace"_s << u"\"war\" AND \"or\" AND \"peace\""_s;
    QTest::newRow("parentheses") << u"(treaty OR accord) Iran"_s << u"(\"treaty\" OR \"accord\") AND \"Iran\""_s;
    QTest::newRow("nested") << u"((a OR b) NOT c)"_s << u"((\"a\" OR \"b\") NOT \"c\")"_s;
    QTest::newRow("punctuation stays literal") << u"2+2 U.S. title:x"_s << u"\"2+2\" AND \"U.S.\" AND \"title:x\""_s;
    QTest::newRow("FTS5 specials are literal") << u"NEAR(a b) ^start -x"_s
                                               << u"\"NEAR\" AND (\"a\" AND \"b\") AND \"^start\" AND \"-x\""_s;
    QTest::newRow("punctuation-only words dropped") << u"Lavrov - Rice"_s << u"\"Lavrov\" AND \"Rice\""_s;
    QTest::newRow("non-Latin") << u"переговоры 会谈"_s << u"\"переговоры\" AND \"会谈\""_s;
    QTest::newRow("quote adjacent to word") << u"a\"b c\""_s << u"\"a\" AND \"b c\""_s;
    QTest::newRow("blank") << u"   "_s << QString();
}

void TestSearchQuery::translate()
{
    QFETCH(QString, text);
    QFETCH(QString, fts);
    const SearchQuery q = SearchQuery::parse(text);
    QVERIFY2(q.errorMessage().isEmpty(), qPrintable(q.errorMessage()));
    QCOMPARE(q.ftsExpression(), fts);
    QCOMPARE(q.isValid(), !fts.isEmpty());
    QCOMPARE(q.isEmpty(), fts.isEmpty());
}

void TestSearchQuery::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("unbalanced quote") << u"\"missile defence"_s << u"Unbalanced quote"_s;
    QTest::newRow("third quote") << u"\"a\" \"b"_s << u"Unbalanced quote"_s;
    QTest::newRow("open parenthesis") << u"(a OR b"_s << u"not closed"_s;
    QTest::newRow("close parenthesis") << u"a OR b)"_s << u"has no"_s;
    QTest::newRow("close first") << u") a"_s << u"has no"_s;
    QTest::newRow("empty parentheses") << u"a ()"_s << u"Empty parentheses"_s;
    QTest::newRow("OR at the end") << u"Sochi OR"_s << u"OR\u201d needs"_s;
    QTest::newRow("OR at the start") << u"OR Sochi"_s << u"OR\u201d needs"_s;
    QTest::newRow("OR OR") << u"a OR OR b"_s << u"OR\u201d needs"_s;
    QTest::newRow("OR before )") << u"(a OR) b"_s << u"OR\u201d needs"_s;
    QTest::newRow("leading NOT") << u"NOT Sochi"_s << u"NOT\u201d needs"_s;
    QTest::newRow("trailing NOT") << u"summit NOT"_s << u"NOT\u201d needs"_s;
    QTest::newRow("AND alone") << u"AND"_s << u"AND\u201d needs"_s;
    QTest::newRow("star alone") << u"*"_s << u"prefix"_s;
    QTest::newRow("star inside") << u"ne*got"_s << u"prefix"_s;
    QTest::newRow("star on punctuation") << u"+*"_s << u"prefix"_s;
    QTest::newRow("punctuation only") << u"+ - &"_s << u"punctuation alone"_s;
    QTest::newRow("empty phrase only") << u"\"\""_s << u"punctuation alone"_s;
}

void TestSearchQuery::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const SearchQuery q = SearchQuery::parse(text);
    QVERIFY(!q.isValid());
    QVERIFY(!q.isEmpty());
    QVERIFY2(q.errorMessage().contains(message), qPrintable(q.errorMessage()));
    QVERIFY(q.ftsExpression().isEmpty());
    QVERIFY(!q.errorMessage().contains(u"fts5"_s) && !q.errorMessage().contains(u"syntax error"_s));
}

void TestSearchQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("starts"); // start of each marked word
    QTest::newRow("word, any case") << u"sochi"_s << u"From SOCHI to Sochi."_s << QList<int>{5, 14};
    QTest::newRow("diacritics") << u"Sao"_s << u"São Paulo"_s << QList<int>{0};
    QTest::newRow("whole words only") << u"talk"_s << u"talks talk"_s << QList<int>{6};
    QTest::newRow("prefix") << u"tal*"_s << u"talks talk at"_s << QList<int>{0, 6};
    QTest::newRow("phrase words") << u"\"missile defence\""_s << u"defence of missile"_s << QList<int>{0, 11};
    QTest::newRow("NOT is not marked") << u"summit NOT Sochi"_s << u"Sochi summit"_s << QList<int>{6};
    QTest::newRow("OR marks both") << u"a OR b"_s << u"b c a"_s << QList<int>{0, 4};
    QTest::newRow("Cyrillic case") << u"ПЕРЕГОВОРЫ"_s << u"Переговоры в Москве"_s << QList<int>{0};
    QTest::newRow("punctuation splits") << u"2+2"_s << u"the 2+2 talks"_s << QList<int>{4, 6};
}

void TestSearchQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QList<int>, starts);
    QList<int> found;
    for (const TextRange &r : SearchQuery::parse(query).matchesIn(text)) {
        found.append(int(r.start));
        QVERIFY(r.length > 0 && r.start + r.length <= text.size());
    }
    QCOMPARE(found, starts);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
