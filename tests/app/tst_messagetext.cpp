// Pieces of the app's messages: counts with a singular, and core messages as sentences.
#include "app/gui/messagetext.h"

#include <QTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestMessageText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countText_data();
    void countText();
    void asSentence_data();
    void asSentence();
};

void TestMessageText::countText_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(0) << u"0 quotes"_s;
    QTest::newRow("one") << qint64(1) << u"1 quote"_s; // was "1 quotes"
    QTest::newRow("two") << qint64(2) << u"2 quotes"_s;
    QTest::newRow("many") << qint64(1234567) << u"1234567 quotes"_s;
}

void TestMessageText::countText()
{
    QFETCH(qint64, n);
    QFETCH(QString, text);
    QCOMPARE(dateline::countText(n, u"1 quote"_s, u"%1 quotes"_s), text);
}

void TestMessageText::asSentence_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("core message") << u"cannot write /tmp/a.png: Permission denied"_s
                                  << u"Cannot write /tmp/a.png: Permission denied"_s;
    QTest::newRow("already a sentence") << u"The file is gone."_s << u"The file is gone."_s;
    QTest::newRow("a path first") << u"/tmp/a.png: no room"_s << u"/tmp/a.png: no room"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestMessageText::asSentence()
{
    QFETCH(QString, message);
    QFETCH(QString, sentence);
    QCOMPARE(dateline::asSentence(message), sentence);
}

QTEST_MAIN(TestMessageText)
#include "tst_messagetext.moc"
