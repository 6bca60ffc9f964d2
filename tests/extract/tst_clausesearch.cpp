// The clause searches made for speed must find what the plain ones find, whatever the text holds:
// clauses::holdsAnyOf, which guards the title patterns and reads the status word lists, says what
// QStringView::contains() says for each word; clauses::matchLong, which skips PCRE2's check of a
// subject without surrogates, matches as QRegularExpression::match() does.
#include "core/extract/titleclauses.h"

#include <QTest>

#include <algorithm>

using namespace dateline::extract;

class TestClauseSearch : public QObject {
    Q_OBJECT
private slots:
    void words_data();
    void words();
    void matchLong_data();
    void matchLong();
};

void TestClauseSearch::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("holds"); // of "ahead", "run-up", "caf\u00e9" and "s"
    QTest::newRow("the s of a plural") << QStringLiteral("The envoys met in Geneva on March 3") << true;
    QTest::newRow("no s") << QStringLiteral("They met on Monday") << false;
    QTest::newRow("at the start") << QStringLiteral("ahead of the talks") << true;
    QTest::newRow("at the end") << QStringLiteral("in the run-up") << true;
    QTest::newRow("cut off at the end") << QStringLiteral("in the run-u") << false;
    QTest::newRow("a prefix first") << QStringLiteral("aheaahead") << true;
    QTest::newRow("a Latin-1 letter") << QStringLiteral("a caf\u00e9 by the lake") << true;
    QTest::newRow("another accent") << QStringLiteral("a caf\u00e8 by the lake") << false;
    QTest::newRow("beyond Latin-1") << QStringLiteral("\u017F\u0100 \u0101head \u2014 r\u0075n-up") << true;
    QTest::newRow("beyond Latin-1, none") << QStringLiteral("\u017F\u0100 \u0101head \u2014 run\u2010up") << false;
    QTest::newRow("upper case") << QStringLiteral("AHEAD RUN-UP CAF\u00c9 IN MAY") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestClauseSearch::words()
{
    QFETCH(QString, text);
    QFETCH(bool, holds);
    const std::initializer_list<QLatin1String> words = {QLatin1String("ahead"), QLatin1String("run-up"),
                                                        QLatin1String("caf\xe9"), QLatin1String("s")};
    QCOMPARE(clauses::holdsAnyOf(text, words), holds);
    QCOMPARE(holds, std::any_of(words.begin(), words.end(), [&](QLatin1String w) { return QStringView(text).contains(w); }));
    // the same words in UTF-16, and one beyond Latin-1 ("\u2014 r")
    static constexpr QStringView wide[] = {u"ahead", u"run-up", u"caf\u00e9", u"s"};
    QCOMPARE(clauses::holdsAnyOf(text, wide), holds);
    static constexpr QStringView dash[] = {u"\u2014 r"};
    QCOMPARE(clauses::holdsAnyOf(text, dash), text.contains(u"\u2014 r"));
    // an empty word is in every text, as contains() finds it
    QVERIFY(clauses::holdsAnyOf(text, {QLatin1String("zzz"), QLatin1String("")}));
}

void TestClauseSearch::matchLong_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("a clause") << QStringLiteral("in Geneva on Tuesday, the envoys said");
    QTest::newRow("no stop") << QStringLiteral("in Geneva on Tuesday");
    QTest::newRow("empty") << QString();
    // (its lanes of four: a surrogate at each place of one, and after them)
    for (int at = 0; at < 6; ++at) {
        QString pair = QStringLiteral("in Geneva ");
        pair.insert(at, QStringLiteral("\U0001F600"));
        QTest::addRow("a pair at %d", at) << pair + QStringLiteral(", they said");
        QString lone = QStringLiteral("in Geneva ");
        lone.insert(at, QChar(0xDC00));
        QTest::addRow("a lone surrogate at %d", at) << lone + QStringLiteral(", they said");
    }
}

void TestClauseSearch::matchLong()
{
    QFETCH(QString, subject);
    static const QRegularExpression stop(QStringLiteral("[,:]|\\s(?:said|says)\\s|$"), clauses::kUnicode);
    const QRegularExpressionMatch quick = clauses::matchLong(stop, subject), plain = stop.match(subject);
    QCOMPARE(quick.hasMatch(), plain.hasMatch());
    QCOMPARE(quick.capturedStart(), plain.capturedStart());
    QCOMPARE(quick.capturedEnd(), plain.capturedEnd());
}

QTEST_GUILESS_MAIN(TestClauseSearch)
#include "tst_clausesearch.moc"
