// LayoutOptions::textBudgetMs: a frame that has spent its budget uses cached text only and says so;
// the frames after it add the missing labels without moving or dropping any, until the picture is
// the one an unlimited layout draws.
#include "randomspans.h"

#include "core/index/eventtextcache.h"
#include "core/render/layout.h"
#include "core/render/rendercache.h"

#include <QSet>
#include <QTest>

using namespace dateline;

class TestTextBudget : public QObject {
    Q_OBJECT
private slots:
    void spentBudgetUsesCacheOnly();
    void framesConverge_data();
    void framesConverge();
};

namespace {

EventTextCache texts(int *fetches)
{
    return EventTextCache(
        [fetches](EventId id) {
            ++*fetches;
            return QStringLiteral("Envoy %1 meets the %2 delegation").arg(id.value).arg(id.value % 5 ? u"trade" : u"border");
        },
        [fetches](EventId id) {
            ++*fetches;
            return QuotePreview{QStringLiteral("Quote for %1").arg(id.value), QStringLiteral("Speaker")};
        });
}

struct Fixture {
    TimeIndex index = test::randomIndex(21, 600, LaneGrouping::Actor, 6);
    int fetches = 0;
    EventTextCache cache = texts(&fetches);
    Scene scene;
    Viewport viewport;
    Fixture()
    {
        scene.index = &index;
        scene.texts = &cache;
        viewport.size = QSizeF(1400, 700);
        // a slice narrow enough for many separate, labelled events
        const TimePoint mid = index.entry(index.eventCount() / 2).start;
        const TimePoint span = (index.latest() - index.earliest()) / 40;
        viewport.scale = TimeScale::fitting(mid - span, mid + span, scene.options.headerWidth, 1400);
    }
};

using Labels = QMap<QPair<QString, std::int64_t>, QPair<QRectF, QString>>; // (lane, event) -> label

Labels labelsOf(const Layout &layout)
{
    Labels out;
    for (const LabelItem &l : layout.labels) {
        const QString &lane = layout.lanes[std::size_t(layout.shapes[std::size_t(l.shape)].laneItem)].key;
        out.insert({lane, l.id.value}, {l.rect, l.text});
    }
    return out;
}

} // namespace

void TestTextBudget::spentBudgetUsesCacheOnly()
{
    Fixture f;
    RenderCache render;
    f.scene.options.textBudgetMs = 1e-9; // spent after the first step, which every frame gets
    const Layout starved = Layout::compute(f.viewport, f.scene, &render);
    QVERIFY(!starved.shapes.empty());
    QVERIFY(starved.labels.empty()); // one page of titles fetched (one lookup), none measured yet
    QVERIFY(starved.textPending);
    QVERIFY(f.fetches >= 1);
    QVERIFY(f.fetches <= 64);

    f.scene.options.textBudgetMs = 0; // no limit
    const Layout full = Layout::compute(f.viewport, f.scene, &render);
    QVERIFY(full.labels.size() >= 10);
    QVERIFY(!full.textPending);
    const int fetched = f.fetches;

    // everything is cached now: a spent budget draws the same labels and fetches nothing
    f.scene.options.textBudgetMs = 1e-9;
    const Layout cached = Layout::compute(f.viewport, f.scene, &render);
    QVERIFY(!cached.textPending);
    QCOMPARE(labelsOf(cached), labelsOf(full));
    QCOMPARE(f.fetches, fetched);
}

void TestTextBudget::framesConverge_data()
{
    QTest::addColumn<double>("budgetMs");
    QTest::addColumn<bool>("zoomedIn"); // deep enough for quote callouts
    QTest::addColumn<double>("warmedAt"); // pan (px) of an earlier frame that filled the caches
    QTest::newRow("one label per frame") << 1e-9 << false << 0.0;
    QTest::newRow("a few labels per frame") << 0.05 << false << 0.0;
    QTest::newRow("callouts wait for labels") << 0.05 << true << 0.0;
    // some lesser labels are cached from the earlier frame: they must not take the room of the
    // more important ones still waiting for text
    QTest::newRow("after a pan, one per frame") << 1e-9 << false << 500.0;
    QTest::newRow("after a zoom, one per frame") << 1e-9 << false << -1.0;
}

void TestTextBudget::framesConverge()
{
    QFETCH(double, budgetMs);
    QFETCH(bool, zoomedIn);
    QFETCH(double, warmedAt);
    Fixture f;
    if (zoomedIn) {
        const TimePoint mid = f.index.entry(f.index.eventCount() / 2).start;
        f.viewport.scale = TimeScale(mid, 3600.0);
        f.viewport.scale.centerOn(mid, 800);
    }
    RenderCache unlimitedCache;
    Fixture reference;
    reference.viewport = f.viewport;
    const Layout expected = Layout::compute(reference.viewport, reference.scene, &unlimitedCache);
    QVERIFY(!expected.labels.empty());

    RenderCache render;
    if (warmedAt != 0) {
        Viewport earlier = f.viewport;
        if (warmedAt > 0)
            earlier.scale.pan(warmedAt);
        else
            earlier.scale.zoomAround(700, 1.6);
        const Layout warm = Layout::compute(earlier, f.scene, &render);
        QVERIFY(!warm.labels.empty());
    }
    f.scene.options.textBudgetMs = budgetMs;
    Labels previous;
    Layout layout;
    int frames = 0;
    do {
        layout = Layout::compute(f.viewport, f.scene, &render);
        const auto now = labelsOf(layout);
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) // labels only ever appear
            QCOMPARE(now.value(it.key()), it.value());
        if (!layout.callouts.empty()) // callouts wait until every label is placed
            QCOMPARE(now, labelsOf(expected));
        previous = now;
        // each frame makes at least one of the four steps of a label (title, width, elision, glyphs)
        QVERIFY2(++frames <= 4 * int(expected.labels.size()) + 8, "no progress");
    } while (layout.textPending);
    QCOMPARE(labelsOf(layout), labelsOf(expected));
    QCOMPARE(layout.callouts.size(), expected.callouts.size());
    if (zoomedIn)
        QVERIFY(!expected.callouts.empty());
}

QTEST_MAIN(TestTextBudget)
#include "tst_textbudget.moc"
