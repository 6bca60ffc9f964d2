#include "core/model/savedview.h"

#include <QJsonDocument>
#include <QTest>

using namespace dateline;

// EventFilter, SavedView and DateBookmark round-trip through JSON, and malformed JSON (as an
// untrusted file may hold) is refused with a message naming what is wrong.
class TestSavedView : public QObject {
    Q_OBJECT
private slots:
    void filterRoundTrip_data();
    void filterRoundTrip();
    void badFilter_data();
    void badFilter();
    void viewRoundTrip_data();
    void viewRoundTrip();
    void badView_data();
    void badView();
    void bookmark();
};

static QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

void TestSavedView::filterRoundTrip_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::newRow("empty") << EventFilter{};
    EventFilter full;
    full.actors = {ActorId(3), ActorId(9007199254740)};
    full.cameoRoots = {1, 14, 20};
    full.quadClasses = {cameo::QuadClass::VerbalConflict, cameo::QuadClass::MaterialConflict};
    full.countries = {QStringLiteral("RUS"), QStringLiteral("USA")};
    full.tags = {QStringLiteral("nuclear"), QStringLiteral("\"quoted\" <b>tag</b>")};
    full.statuses = {EventStatus::Planned, EventStatus::Denied};
    full.dateRange = FuzzyDate::fromEdtf(u"2008-03/2008-04-06");
    full.minReliability = QLatin1Char('B');
    full.maxCredibility = 2;
    full.hasQuotes = false;
    QTest::newRow("every facet") << full;
    EventFilter one;
    one.hasQuotes = true;
    QTest::newRow("has quotes only") << one;
}

void TestSavedView::filterRoundTrip()
{
    QFETCH(EventFilter, filter);
    const QJsonObject json = filter.toJson();
    QCOMPARE(json.isEmpty(), filter.isEmpty());
    QString error;
    const auto back = EventFilter::fromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == filter);
}

void TestSavedView::badFilter_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("actors not a list") << QByteArray(R"({"actors":3})") << "actors";
    QTest::newRow("actor id fraction") << QByteArray(R"({"actors":[1.5]})") << "actors";
    QTest::newRow("actor id zero") << QByteArray(R"({"actors":[0]})") << "actors";
    QTest::newRow("root out of range") << QByteArray(R"({"cameoRoots":[21]})") << "cameoRoots";
    QTest::newRow("quad class 5") << QByteArray(R"({"quadClasses":[5]})") << "quadClasses";
    QTest::newRow("unknown status") << QByteArray(R"({"statuses":["rumoured"]})") << "statuses";
    QTest::newRow("empty tag") << QByteArray(R"({"tags":[""]})") << "tags";
    QTest::newRow("bad date") << QByteArray(R"({"dateRange":"2008-02-30"})") << "dateRange";
    QTest::newRow("grade G") << QByteArray(R"({"minReliability":"G"})") << "minReliability";
    QTest::newRow("credibility 7") << QByteArray(R"({"maxCredibility":7})") << "maxCredibility";
    QTest::newRow("hasQuotes text") << QByteArray(R"({"hasQuotes":"yes"})") << "hasQuotes";
}

void TestSavedView::badFilter()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!EventFilter::fromJson(parse(json), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSavedView::viewRoundTrip_data()
{
    QTest::addColumn<SavedView>("view");
    SavedView plain;
    plain.name = QStringLiteral("All");
    QTest::newRow("name only") << plain;
    SavedView briefing;
    briefing.name = QStringLiteral("Summit run-up");
    briefing.filter.countries = {QStringLiteral("RUS")};
    briefing.grouping = LaneGrouping::Actor;
    briefing.visibleFrom = 1204329600; // 2008-03-01
    briefing.visibleTo = 1207526399;
    briefing.palette = QStringLiteral("print");
    QTest::newRow("briefing") << briefing;
    SavedView deep;
    deep.name = QStringLiteral("Deep time");
    deep.visibleFrom = -400000000000LL;
    deep.visibleTo = 1000;
    QTest::newRow("deep time range") << deep;
}

void TestSavedView::viewRoundTrip()
{
    QFETCH(SavedView, view);
    QString error;
    const auto back = SavedView::fromJson(view.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == view);
}

void TestSavedView::badView_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QByteArray(R"({"grouping":"actor"})") << "no name";
    QTest::newRow("blank name") << QByteArray(R"({"name":"  "})") << "no name";
    QTest::newRow("grouping") << QByteArray(R"({"name":"v","grouping":"planet"})") << "grouping";
    QTest::newRow("filter") << QByteArray(R"({"name":"v","filter":{"maxCredibility":0}})") << "maxCredibility";
    QTest::newRow("range reversed")
        << QByteArray(R"({"name":"v","from":"2009-01-01T00:00:00Z","to":"2008-01-01T00:00:00Z"})") << "range";
    QTest::newRow("range half") << QByteArray(R"({"name":"v","from":"2009-01-01T00:00:00Z"})") << "range";
    QTest::newRow("range Feb 30")
        << QByteArray(R"({"name":"v","from":"2009-02-30T00:00:00Z","to":"2010-01-01T00:00:00Z"})") << "range";
    QTest::newRow("palette") << QByteArray(R"({"name":"v","palette":"neon"})") << "palette";
}

void TestSavedView::badView()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!SavedView::fromJson(parse(json), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSavedView::bookmark()
{
    const DateBookmark mark{QStringLiteral("Bucharest"), FuzzyDate::fromEdtf(u"2008-04-02/2008-04-04")};
    QString error;
    const auto back = DateBookmark::fromJson(mark.toJson(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY(*back == mark);
    QVERIFY(!DateBookmark::fromJson(parse(R"({"name":"x","date":"2008-13"})"), &error));
    QVERIFY(error.contains(u"not valid"));
    QVERIFY(!DateBookmark::fromJson(parse(R"({"date":"2008"})"), &error));
}

QTEST_GUILESS_MAIN(TestSavedView)
#include "tst_savedview.moc"
