// The bundled Moscow 2008 sample through the whole pipeline: Document -> TimeIndex -> Layout ->
// TimelinePainter. Set DATELINE_SHOT_DIR to keep the rendered PNGs for a look.
#include "core/date/calendar.h"
#include "core/index/eventtextcache.h"
#include "core/index/timeindex.h"
#include "core/io/sample.h"
#include "core/render/timelinepainter.h"
#include "core/store/document.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace dateline;

class TestSampleRender : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void marchApril2008_data();
    void marchApril2008();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestSampleRender::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_doc = createSampleDocument(m_dir.filePath(QStringLiteral("sample.dateline")), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestSampleRender::marchApril2008_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<int>("palette");
    QTest::newRow("actor light") << int(LaneGrouping::Actor) << int(Palette::Kind::Light);
    QTest::newRow("actor dark") << int(LaneGrouping::Actor) << int(Palette::Kind::Dark);
    QTest::newRow("type print") << int(LaneGrouping::EventType) << int(Palette::Kind::Print);
    QTest::newRow("none light") << int(LaneGrouping::None) << int(Palette::Kind::Light);
}

void TestSampleRender::marchApril2008()
{
    QFETCH(int, grouping);
    QFETCH(int, palette);
    const TimeIndex index = TimeIndex::load(*m_doc, LaneGrouping(grouping));
    QCOMPARE(qint64(index.eventCount()), m_doc->info().events);
    QVERIFY(index.laneCount() >= 1);
    const EventTextCache texts(*m_doc);
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    scene.relations = Scene::relationsFrom(m_doc->relations());
    scene.eras = Scene::erasFrom(m_doc->eras());
    Viewport vp;
    vp.size = QSizeF(1600, 700);
    vp.scale = TimeScale::fitting(calendar::toTimePoint(CivilDate{2008, 3, 10}),
                                  calendar::toTimePoint(CivilDate{2008, 4, 12}), scene.options.headerWidth, 1600);
    QImage image(QSize(3200, 1400), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    QPainter painter(&image);
    const Layout layout = TimelinePainter().render(painter, vp, scene, Palette::forKind(Palette::Kind(palette)));
    painter.end();
    if (qEnvironmentVariableIsSet("DATELINE_SHOT_DIR"))
        image.save(QStringLiteral("%1/sample-%2.png").arg(qEnvironmentVariable("DATELINE_SHOT_DIR"), QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));

    // every sample event in the window is drawn and labelled; quotes appear as callouts
    QVERIFY(layout.shapes.size() >= 5);
    QVERIFY(layout.labels.size() >= 3);
    if (LaneGrouping(grouping) == LaneGrouping::Actor) // one lane per speaker leaves room below
        QVERIFY(!layout.callouts.empty());
    for (const CalloutItem &c : layout.callouts)
        QVERIFY(!c.quote.isEmpty());
    if (!scene.relations.empty())
        QVERIFY(!layout.arrows.empty());
    for (const LabelItem &l : layout.labels)
        QCOMPARE(l.text.isEmpty(), false);
}

QTEST_MAIN(TestSampleRender)
#include "tst_samplerender.moc"
