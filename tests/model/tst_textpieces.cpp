// oneLine() and isolated(): the two ways untrusted text enters a line the program composes.
#include "core/model/untrustedtext.h"

#include <QtTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestTextPieces : public QObject {
    Q_OBJECT
private slots:
    void oneLine_data();
    void oneLine();
    void isolated_data();
    void isolated();
    void closedBidi_data();
    void closedBidi();
    void leftToRight_data();
    void leftToRight();
};

void TestTextPieces::oneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");
    QTest::newRow("plain") << u"Talks in Sochi"_s << u"Talks in Sochi"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("line feed") << u"a\nb"_s << u"a b"_s;
    QTest::newRow("CR LF, tab") << u"a\r\nb\tc"_s << u"a  b c"_s;
    QTest::newRow("U+2028, U+2029, NEL") << u"a\u2028b\u2029c\u0085d"_s << u"a b c d"_s;
    QTest::newRow("NUL, escape, DEL") << QString(QChar(0)) + u"a\u001B[31mb\u007F"_s << u" a [31mb "_s;
    // Not controls: joiners, bidi marks, combining marks and emoji stay as they are.
    QTest::newRow("format characters") << u"a\u200Db\u202Ec\u2066d\u0301"_s << u"a\u200Db\u202Ec\u2066d\u0301"_s;
    QTest::newRow("emoji") << u"\U0001F1FA\U0001F1F8 \U0001F468\u200D\U0001F469"_s << u"\U0001F1FA\U0001F1F8 \U0001F468\u200D\U0001F469"_s;
}

void TestTextPieces::oneLine()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    QCOMPARE(dateline::oneLine(text), line);
}

void TestTextPieces::isolated_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("piece");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Latin, digits: as it is") << u"Talks, 17 March 2008 (\u00e9)"_s << u"Talks, 17 March 2008 (\u00e9)"_s;
    QTest::newRow("Arabic-Indic digits") << u"\u0661\u0662"_s << u"\u2068\u0661\u0662\u2069"_s;
    QTest::newRow("Hebrew") << u"\u05E9\u05DC\u05D5\u05DD"_s << u"\u2068\u05E9\u05DC\u05D5\u05DD\u2069"_s;
    QTest::newRow("override") << u"a\u202Eb"_s << u"\u2068a\u202Eb\u2069"_s;
    QTest::newRow("own isolates kept") << u"\u2067a\u2069b"_s << u"\u2068\u2067a\u2069b\u2069"_s;
    // A pop that closes nothing of the text's own would close the wrapper and let the override
    // after it run on over the rest of the line.
    QTest::newRow("stray pop") << u"\u2069\u202Ex"_s << u"\u2068\u202Ex\u2069"_s;
    QTest::newRow("stray pops after own") << u"\u2066a\u2069\u2069\u2069b"_s << u"\u2068\u2066a\u2069b\u2069"_s;
    // An isolate left open would take the wrapper's pop, and the wrapper would run on.
    QTest::newRow("own isolate left open") << u"\u2067a\u2067b"_s << u"\u2068\u2067a\u2067b\u2069\u2069\u2069"_s;
}

void TestTextPieces::isolated()
{
    QFETCH(QString, text);
    QFETCH(QString, piece);
    QCOMPARE(dateline::isolated(text), piece);
}

void TestTextPieces::closedBidi_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("closed");
    QTest::newRow("plain") << u"Talks"_s << u"Talks"_s;
    QTest::newRow("Arabic, no controls") << u"\u0642\u0645\u0629 2008"_s << u"\u0642\u0645\u0629 2008"_s;
    QTest::newRow("override left open") << u"a\u202Eb"_s << u"a\u202Eb\u202C"_s;
    QTest::newRow("override closed") << u"a\u202Eb\u202Cc"_s << u"a\u202Eb\u202Cc"_s;
    QTest::newRow("isolate left open") << u"a\u2067b"_s << u"a\u2067b\u2069"_s;
    QTest::newRow("override inside open isolate") << u"\u2068a\u202Eb"_s << u"\u2068a\u202Eb\u202C\u2069"_s;
    QTest::newRow("pop isolate closes the override in it") << u"\u2068\u202Eb\u2069c"_s << u"\u2068\u202Eb\u2069c"_s;
    QTest::newRow("stray closers") << u"\u202C\u2069a"_s << u"\u202C\u2069a"_s;
    QTest::newRow("embeddings nested") << u"\u202A\u202Bx"_s << u"\u202A\u202Bx\u202C\u202C"_s;
}

void TestTextPieces::closedBidi()
{
    QFETCH(QString, text);
    QFETCH(QString, closed);
    QCOMPARE(dateline::closedBidi(text), closed);
}

void TestTextPieces::leftToRight_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Latin first") << u"\u2014 Lavrov \u2068\u05E9\u2069"_s << u"\u2014 Lavrov \u2068\u05E9\u2069"_s;
    QTest::newRow("Hebrew first, isolated") << u"\u2014 \u2068\u05E9\u05DC\u05D5\u05DD\u2069"_s
                                           << u"\u200E\u2014 \u2068\u05E9\u05DC\u05D5\u05DD\u2069"_s;
    QTest::newRow("Arabic first") << u"\u201C\u0642\u201D"_s << u"\u200E\u201C\u0642\u201D"_s;
    QTest::newRow("no letters") << u"\u201C12\u201D"_s << u"\u201C12\u201D"_s;
}

void TestTextPieces::leftToRight()
{
    QFETCH(QString, line);
    QFETCH(QString, shown);
    QCOMPARE(dateline::leftToRight(line), shown);
}

QTEST_APPLESS_MAIN(TestTextPieces)
#include "tst_textpieces.moc"
