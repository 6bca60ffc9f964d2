#include "core/io/dataformats.h"
#include "core/io/jsonrecords.h"
#include "interchangetest.h"

using namespace Qt::StringLiterals;
using namespace dateline;
using namespace dateline::testing;

class TestJsonRecords : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void values_data();
    void values();
    void linesOfRejectedRecords();
    void jsonLines();
    void columnsInFileOrder_data();
    void columnsInFileOrder();
    void refused_data();
    void refused();
    void detected_data();
    void detected();
};

// pandas' to_json(orient="records") with its default epoch milliseconds, JSON.stringify's ISO
// strings, lists, nested objects and nulls.
const QByteArray kRecords = R"([
  {"date": 1205712000000, "title": "2+2 talks", "actors": ["Lavrov", "Rice"], "lat": 55.7558, "lon": 37.6173, "place": "Moscow"},
  {"date": 1206541800000, "title": "Interview", "importance": 70},
  {"date": "2008-04-06T00:00:00.000Z", "end date": null, "title": "Sochi summit", "tags": ["summit"],
   "meta": {"source": "AP"}},
  {"date": 1205712000, "title": "Seconds", "sort key": 1205712000}
])";

void TestJsonRecords::values_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("edtf");
    QTest::newRow("milliseconds at midnight: a day") << u"2+2 talks"_s << u"2008-03-17"_s;
    QTest::newRow("milliseconds with a time") << u"Interview"_s << u"2008-03-26T14:30:00Z"_s;
    QTest::newRow("ISO string at midnight: a day") << u"Sochi summit"_s << u"2008-04-06"_s;
    QTest::newRow("seconds") << u"Seconds"_s << u"2008-03-17"_s;
}

void TestJsonRecords::values()
{
    QFETCH(QString, title);
    QFETCH(QString, edtf);
    const ImportedContent imported = readJsonRecords(kRecords, {});
    QVERIFY2(!imported.fatal && imported.rejected.empty(), qPrintable(describe(imported)));
    QCOMPARE(imported.content.events.size(), size_t(4));
    const Event *e = eventTitled(imported, title);
    QVERIFY2(e, qPrintable(title));
    QCOMPARE(e->date.toEdtf(), edtf);
    const Event *talks = eventTitled(imported, u"2+2 talks"_s);
    QCOMPARE(talks->actors.size(), size_t(2)); // a list of names is several actors
    QCOMPARE(*imported.content.places.at(0).latitude, 55.7558);
    QCOMPARE(eventTitled(imported, u"Interview"_s)->importance, 70);
    QCOMPARE(eventTitled(imported, u"Sochi summit"_s)->tags, QStringList{u"summit"_s});
    // A number in a column that is not a date stays a number.
    QCOMPARE(eventTitled(imported, u"Seconds"_s)->sortKey, std::int64_t(1205712000));
    QVERIFY2(imported.notes.join(u'\n').contains(u"columns not read: \"meta\""_s), qPrintable(imported.notes.join(u'\n')));
}

void TestJsonRecords::linesOfRejectedRecords()
{
    const QByteArray data = "[\n  {\"date\": \"2008-03-17\", \"title\": \"a\"},\n  42,\n"
                            "  {\"date\": \"sometime\",\n   \"title\": \"b\"},\n  {\"title\": \"c\", \"date\": \"2008\"}\n]\n";
    const ImportedContent imported = readJsonRecords(data, {});
    QVERIFY(!imported.fatal);
    QCOMPARE(imported.content.events.size(), size_t(2));
    QCOMPARE(imported.rejected.size(), size_t(2));
    QCOMPARE(imported.rejected[0].line, qint64(3));
    QVERIFY(imported.rejected[0].message.contains(u"not an object"_s));
    QCOMPARE(imported.rejected[1].line, qint64(4)); // where the record begins
    QVERIFY(imported.rejected[1].message.contains(u"sometime"_s));
}

void TestJsonRecords::jsonLines()
{
    const QByteArray data = "\xEF\xBB\xBF{\"when\": \"2008-03-17\", \"headline\": \"One\"}\n"
                            "{\"when\": \"17 March 2008\", \"headline\": \"Two\", \"extra\": 1}\r\n"
                            "not json\n\n"
                            "{\"headline\": \"Three\", \"when\": 1205712000000}\n";
    QVERIFY(looksLikeJsonRecords(data));
    const ImportedContent imported = readJsonRecords(data, {});
    QCOMPARE(imported.content.events.size(), size_t(3));
    QCOMPARE(imported.rejected.size(), size_t(1));
    QCOMPARE(imported.rejected[0].line, qint64(3));
    for (const Event &e : imported.content.events)
        QCOMPARE(e.date.toEdtf(), u"2008-03-17"_s);
}

// The preview's columns come in the order the file names them, not sorted; a key first named by a
// later record goes after; keys of rejected lines and of nested objects are no columns.
void TestJsonRecords::columnsInFileOrder_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("array") << QByteArray(R"([{"title": "One", "date": "2008", "actors": ["A"]}, {"title": "Two", "date": "2009"}])")
                           << QByteArray("title,date,actors");
    QTest::newRow("later key last") << QByteArray(R"([{"zulu": 1, "title": "x", "date": "2008"}, {"date": "2009", "alpha": 2, "title": "y"}])")
                                    << QByteArray("zulu,title,date,alpha");
    QTest::newRow("nested objects") << QByteArray(R"([{"title": "x", "meta": {"b": 1, "a": 2}, "date": "2008"}])")
                                    << QByteArray("title,meta,date");
    QTest::newRow("escaped key") << QByteArray(R"([{"title": "x", "début": "2008", "date": "2008"}])")
                                 << QByteArray("title,début,date");
    QTest::newRow("JSON Lines, a bad line") << QByteArray("{\"when\": \"2008\", \"title\": \"x\"}\n{\"zz\": 1,\n{\"title\": \"y\", \"when\": \"2009\"}\n")
                                            << QByteArray("when,title");
}

void TestJsonRecords::columnsInFileOrder()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, header);
    QString error;
    const std::optional<TableAsCsv> table = jsonRecordsAsCsv(data, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->csv.left(table->csv.indexOf('\n')).trimmed().replace('"', QByteArray()), header);
}

void TestJsonRecords::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << QByteArray("[\n{\"date\": \"2008\", \"title\": \"x\"},\n{\"date\"") << u"line 3: not valid JSON"_s;
    QTest::newRow("empty array") << QByteArray("[]") << u"no records"_s;
    QTest::newRow("only numbers") << QByteArray("[1, 2]") << u"not an object"_s;
    QTest::newRow("no title") << QByteArray("[{\"date\": \"2008\", \"name of it\": \"x\"}]") << u"no column is mapped to the title"_s;
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << u"not valid JSON"_s;
}

void TestJsonRecords::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const ImportedContent imported = readJsonRecords(data, {});
    QVERIFY(imported.fatal);
    QVERIFY(imported.content.events.empty());
    QVERIFY2(!imported.rejected.empty() && imported.rejected[0].message.contains(reason), qPrintable(describe(imported)));
}

void TestJsonRecords::detected_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format"); // empty: no format
    QTest::newRow("array of objects") << QByteArray(" [\n {\"date\": 1}") << u"records"_s;
    QTest::newRow("json lines") << QByteArray("{\"a\": 1}\n{\"a\": 2}\n") << u"records"_s;
    QTest::newRow("array of numbers") << QByteArray("[1, 2, 3]") << QString();
    QTest::newRow("one object") << QByteArray("{\"rows\": []}") << QString();
    QTest::newRow("timelinejs") << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2008}}]}") << u"timelinejs"_s;
    QTest::newRow("native") << QByteArray("{\n  \"format\": \"dateline\",\n  \"version\": 1}") << u"json"_s;
}

void TestJsonRecords::detected()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    const DataFormat *f = detectDataFormat(head);
    QCOMPARE(f ? f->name : QString(), format);
}

QTEST_GUILESS_MAIN(TestJsonRecords)
#include "tst_jsonrecords.moc"
