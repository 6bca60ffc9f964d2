// The raster shortcuts of TimelinePainter (the header column kept as an image, density bands as
// unscaled images, grid rules as one-pixel rectangles) must draw what the frame describes, at any
// device pixel ratio, and a cached header column must never outlive a change to the lanes.
#include "randomspans.h"

#include "core/render/rendercache.h"
#include "core/render/timelinepainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace dateline;

class TestPainterPaths : public QObject {
    Q_OBJECT
private slots:
    void headerCacheFollowsLanes_data();
    void headerCacheFollowsLanes();
    void bandsFollowDensity_data();
    void bandsFollowDensity();
    void gridRulesAtTicks_data();
    void gridRulesAtTicks();
    void noTickLabelCutAtTheRightEdge();
};

namespace {

struct Frame {
    QImage image;
    Layout layout;
};

Frame paint(const Scene &scene, const Viewport &vp, const Palette &palette, double dpr, RenderCache *cache)
{
    Frame f;
    f.image = QImage((vp.size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    f.image.setDevicePixelRatio(dpr);
    QPainter p(&f.image);
    f.layout = TimelinePainter(cache).render(p, vp, scene, palette);
    return f;
}

bool nearTick(const Layout &layout, double x)
{
    for (const auto *ticks : {&layout.ticks.major, &layout.ticks.minor}) {
        for (const Tick &t : *ticks) {
            if (std::abs(std::round(t.x) + 0.5 - x) < 1.5)
                return true;
        }
    }
    return false;
}

QRgb pixelAt(const QImage &image, double x, double y)
{
    const double dpr = image.devicePixelRatio();
    return image.pixel(int(x * dpr), int(y * dpr));
}

Viewport wholeIndex(const TimeIndex &index, const Scene &scene, QSizeF size)
{
    Viewport vp;
    vp.size = size;
    vp.scale = TimeScale::fitting(index.earliest(), index.latest(), scene.options.headerWidth, size.width());
    return vp;
}

void addDprRows()
{
    QTest::addColumn<double>("dpr");
    QTest::addColumn<int>("palette");
    QTest::newRow("1x light") << 1.0 << int(Palette::Kind::Light);
    QTest::newRow("2x light") << 2.0 << int(Palette::Kind::Light);
    QTest::newRow("1.5x dark") << 1.5 << int(Palette::Kind::Dark);
}

} // namespace

void TestPainterPaths::headerCacheFollowsLanes_data()
{
    addDprRows();
}

void TestPainterPaths::headerCacheFollowsLanes()
{
    QFETCH(double, dpr);
    QFETCH(int, palette);
    const Palette pal = Palette::forKind(Palette::Kind(palette));
    const TimeIndex index = test::randomIndex(3, 3000, LaneGrouping::Actor, 8);
    Scene scene;
    scene.index = &index;
    const Viewport vp = wholeIndex(index, scene, QSizeF(900, 500));
    RenderCache shared;

    const Frame before = paint(scene, vp, pal, dpr, &shared);
    // collapse the first lane: every header below it moves, and its toggle turns
    scene.lanes.collapsed.insert(index.lane(0).key);
    const Frame cached = paint(scene, vp, pal, dpr, &shared);
    const Frame fresh = paint(scene, vp, pal, dpr, nullptr);
    QVERIFY(cached.image != before.image);
    QCOMPARE(cached.image, fresh.image);

    // back again: the same pixels as the first frame
    scene.lanes.collapsed.clear();
    QCOMPARE(paint(scene, vp, pal, dpr, &shared).image, before.image);

    // a pan leaves the header column as it was, with or without the cache
    Viewport panned = vp;
    panned.scale.pan(-120);
    const Frame pannedCached = paint(scene, panned, pal, dpr, &shared);
    const Frame pannedFresh = paint(scene, panned, pal, dpr, nullptr);
    QCOMPARE(pannedCached.image, pannedFresh.image);
    const QRectF column = pannedCached.layout.headerColumn;
    for (double y = column.top() + 1; y < column.bottom(); y += 7) {
        for (double x = column.left() + 1; x < column.right() - 1; x += 5)
            QCOMPARE(pixelAt(pannedCached.image, x, y), pixelAt(before.image, x, y));
    }
}

void TestPainterPaths::bandsFollowDensity_data()
{
    addDprRows();
}

void TestPainterPaths::bandsFollowDensity()
{
    QFETCH(double, dpr);
    QFETCH(int, palette);
    const Palette pal = Palette::forKind(Palette::Kind(palette));
    const TimeIndex index = test::randomIndex(8, 60000, LaneGrouping::None);
    Scene scene;
    scene.index = &index;
    const Frame f = paint(scene, wholeIndex(index, scene, QSizeF(1200, 300)), pal, dpr, nullptr);
    QCOMPARE(f.layout.bands.size(), std::size_t(1));
    const DensityBand &band = f.layout.bands.front();
    const LaneItem &lane = f.layout.lanes[std::size_t(band.laneItem)];
    const QRgb background = pixelAt(f.image, f.layout.laneArea.right() - 1, lane.body.top() + 1);
    const double y = band.rect.center().y();
    int empty = 0, filled = 0;
    for (std::size_t c = 0; c + 1 < band.alpha.size(); ++c) {
        const double x = band.rect.left() + double(c) + 0.5;
        bool onShape = false; // long events drawn over the band
        for (const EventShape &s : f.layout.shapes)
            onShape = onShape || s.rect.adjusted(-3, -3, 3, 3).contains(QPointF(x, y));
        if (onShape || nearTick(f.layout, x)) // grid rules cross the band
            continue;
        const QRgb px = pixelAt(f.image, x, y);
        if (band.alpha[c] == 0) {
            QCOMPARE(px, background);
            ++empty;
        } else {
            QVERIFY2(px != background, qPrintable(QStringLiteral("column %1").arg(c)));
            ++filled;
        }
    }
    QVERIFY(filled > 100);
    // the band keeps to its rectangle: the rows just above and below it are background
    const double mid = band.rect.left() + band.rect.width() / 2;
    QCOMPARE(pixelAt(f.image, mid, band.rect.top() - 1), background);
    QVERIFY(pixelAt(f.image, mid, band.rect.top() + 1) != background || band.alpha[std::size_t(mid - band.rect.left())] == 0);
    Q_UNUSED(empty);
}

void TestPainterPaths::gridRulesAtTicks_data()
{
    addDprRows();
}

void TestPainterPaths::gridRulesAtTicks()
{
    QFETCH(double, dpr);
    QFETCH(int, palette);
    const Palette pal = Palette::forKind(Palette::Kind(palette));
    const TimeIndex index = test::randomIndex(5, 200, LaneGrouping::Actor, 4);
    Scene scene;
    scene.index = &index;
    const Frame f = paint(scene, wholeIndex(index, scene, QSizeF(1000, 420)), pal, dpr, nullptr);
    QVERIFY(!f.layout.ticks.major.empty());
    // in the padding strip at the top of each lane no event is drawn: only background and rules
    const LaneItem &lane = f.layout.lanes.front();
    const double y = lane.body.top() + 1;
    int checked = 0;
    for (const auto &[ticks, color] : {std::pair(&f.layout.ticks.major, pal.gridMajor),
                                       std::pair(&f.layout.ticks.minor, pal.gridMinor)}) {
        for (const Tick &t : *ticks) {
            const double x = std::round(t.x);
            const bool underMajor = ticks != &f.layout.ticks.major
                && std::any_of(f.layout.ticks.major.begin(), f.layout.ticks.major.end(),
                               [x](const Tick &m) { return std::round(m.x) == x; });
            if (x < f.layout.laneArea.left() + 2 || x > f.layout.laneArea.right() - 2 || underMajor)
                continue;
            QCOMPARE(QColor(pixelAt(f.image, x + 0.5 / dpr, y)), color);
            // and in the axis, down to its bottom edge
            QCOMPARE(QColor(pixelAt(f.image, x + 0.5 / dpr, f.layout.axisRect.bottom() - 2)), pal.gridMajor);
            ++checked;
        }
    }
    QVERIFY(checked >= 3);
}

// A tick's label that does not fit before the axis' right edge is left out, not drawn cut: panned
// a pixel at a time, the strip between the last tick and the edge shows nothing but background
// and the tick's own rule whenever that tick's label would not fit.
void TestPainterPaths::noTickLabelCutAtTheRightEdge()
{
    const Palette pal = Palette::forKind(Palette::Kind::Light);
    const TimeIndex index = test::randomIndex(5, 200, LaneGrouping::Actor, 4);
    Scene scene;
    scene.index = &index;
    Viewport vp = wholeIndex(index, scene, QSizeF(900, 300));
    const QFontMetricsF metrics(scene.options.axisFont);
    int cut = 0;
    for (int step = 0; step < 60; ++step, vp.scale.pan(1.7)) {
        const Frame f = paint(scene, vp, pal, 1.0, nullptr);
        const QRectF &axis = f.layout.axisRect;
        const double mid = axis.top() + axis.height() / 2;
        const Tick *last = nullptr;
        for (const Tick &t : f.layout.ticks.minor)
            if (t.x < axis.right() - 1)
                last = &t;
        if (!last || last->x + 3 + metrics.horizontalAdvance(last->label) <= axis.right())
            continue;
        ++cut;
        for (int x = int(std::round(last->x)) + 2; x < int(axis.right()) - 1; ++x)
            for (int y = int(mid) + 2; y < int(axis.bottom()) - 2; ++y)
                QCOMPARE(QColor(pixelAt(f.image, x + 0.5, y + 0.5)), pal.axisBackground);
    }
    QVERIFY(cut > 0); // some of the pans put a label across the edge
}

QTEST_MAIN(TestPainterPaths)
#include "tst_painterpaths.moc"
