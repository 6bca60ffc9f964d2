#include "core/io/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dateline;

class TestJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layout();
    void strings_data();
    void strings();
    void doubles_data();
    void doubles();
};

void TestJsonWriter::layout()
{
    JsonWriter w;
    w.beginObject();
    w.field("b"_L1, 1);
    w.field("a"_L1, u"x"_s);
    w.stringList("tags"_L1, {u"p"_s, u"q"_s});
    w.key("empty"_L1);
    w.beginArray();
    w.endArray();
    w.key("list"_L1);
    w.beginArray();
    w.beginObject();
    w.idField("id"_L1, 0);
    w.endObject();
    w.endArray();
    w.endObject();
    // Keys keep the written order (b before a); inline lists stay on one line.
    QCOMPARE(w.result(), QByteArray("{\n  \"b\": 1,\n  \"a\": \"x\",\n  \"tags\": [\"p\", \"q\"],\n"
                                    "  \"empty\": [],\n  \"list\": [\n    {\n      \"id\": null\n"
                                    "    }\n  ]\n}\n"));
}

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"abc"_s << QByteArray("\"abc\"");
    QTest::newRow("quote and backslash") << u"a\"b\\c"_s << QByteArray("\"a\\\"b\\\\c\"");
    QTest::newRow("controls") << u"a\nb\tc\u0001"_s << QByteArray("\"a\\nb\\tc\\u0001\"");
    QTest::newRow("unicode stays UTF-8") << u"Сергей “2+2” 🚀"_s << u"\"Сергей “2+2” 🚀\""_s.toUtf8();
    QTest::newRow("empty") << QString() << QByteArray("\"\"");
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    JsonWriter w;
    w.value(text);
    QCOMPARE(w.result(), expected + '\n');
    // And Qt's parser reads back the same text.
    const QJsonDocument parsed = QJsonDocument::fromJson("[" + w.result() + "]");
    QCOMPARE(parsed.array().at(0).toString(), text);
}

void TestJsonWriter::doubles_data()
{
    QTest::addColumn<double>("number");
    QTest::newRow("integral") << 55.0;
    QTest::newRow("negative") << -77.0365;
    QTest::newRow("third") << 1.0 / 3.0;
    QTest::newRow("tiny") << 1e-300;
}

void TestJsonWriter::doubles()
{
    QFETCH(double, number);
    JsonWriter w;
    w.value(number);
    const QJsonDocument parsed = QJsonDocument::fromJson("[" + w.result() + "]");
    QVERIFY(!parsed.isNull());
    QCOMPARE(parsed.array().at(0).toDouble(), number); // shortest form, exact round trip
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
