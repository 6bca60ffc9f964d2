// oneLine(): untrusted text in a label the program draws.
#include "core/model/untrustedtext.h"

#include <QtTest>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestTextPieces : public QObject {
    Q_OBJECT
private slots:
    void oneLine_data();
    void oneLine();
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

QTEST_APPLESS_MAIN(TestTextPieces)
#include "tst_textpieces.moc"
