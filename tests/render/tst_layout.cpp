#include "randomspans.h"

#include "core/date/fuzzydate.h"
#include "core/index/eventtextcache.h"
#include "core/render/layout.h"
#include "core/render/rendercache.h"
#include "core/render/timelinepainter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

#include <numeric>

using namespace dateline;
using namespace Qt::StringLiterals;

class TestLayout : public QObject {
    Q_OBJECT
private slots:
    void eventPaintedAtComputedX_data();
    void eventPaintedAtComputedX();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void hitTestFindsEvents();
    void hitTestHeadersAndOverview();
    void denseLanesFold();
    void busyDayShowsHowManyMore_data();
    void busyDayShowsHowManyMore();
    void openEndedLabelledWhereKnown_data();
    void openEndedLabelledWhereKnown();
    void touchingBarsShareARow_data();
    void touchingBarsShareARow();
    void calloutsWhenZoomedIn();
    void eventLabelledInEachActorLane();
    void selectedEventDrawnInADenseLane_data();
    void selectedEventDrawnInADenseLane();
    void labelBeforeShapeAtRightEdge_data();
    void labelBeforeShapeAtRightEdge();
    void runOfShortBarsLabelled();
    void longTitleUsesItsBar();
    void longBarBeforePointsInOneRow_data();
    void longBarBeforePointsInOneRow();
    void shortTitlesLabelled_data();
    void shortTitlesLabelled();
    void svgKeepsTextAsText();
    void firstMajorLabelShown_data();
    void firstMajorLabelShown();
};

namespace {

TimePoint at(std::int64_t y, int m = 1, int d = 1)
{
    return calendar::toTimePoint(CivilDate{y, m, d});
}

EventTextCache fakeTexts()
{
    return EventTextCache(
        [](EventId id) { return QStringLiteral("Event %1 %2").arg(id.value).arg(QString(int(id.value % 7) * 3, u'x')).trimmed(); },
        [](EventId id) {
            return QuotePreview{QStringLiteral("We said something memorable about %1.").arg(id.value),
                                QStringLiteral("Speaker %1").arg(id.value % 4)};
        });
}

// A viewport of `size` showing [from, to) right of the default header column.
Viewport viewOver(QSizeF size, TimePoint from, TimePoint to)
{
    Viewport vp;
    vp.size = size;
    vp.scale = TimeScale::fitting(from, to, LayoutOptions().headerWidth, size.width());
    return vp;
}

// Events over [start, end), ids 1, 2, … in their order, in one lane.
TimeIndex oneLane(const std::vector<std::pair<TimePoint, TimePoint>> &spans)
{
    IndexBuilder b;
    for (std::size_t k = 0; k < spans.size(); ++k) {
        EventSpan s;
        s.id = EventId(qint64(k) + 1);
        s.bounds = {spans[k].first, spans[k].first, spans[k].second, spans[k].second};
        b.addEvent(s);
    }
    return b.build(LaneGrouping::None);
}

TimeIndex singleEvent(TimePoint start, TimePoint end, int cameoRoot, int quotes = 0)
{
    IndexBuilder b;
    EventSpan s;
    s.id = EventId(42);
    s.bounds = {start, start, end, end};
    s.cameoRoot = std::uint8_t(cameoRoot);
    s.quoteCount = std::uint16_t(quotes);
    b.addEvent(s);
    return b.build(LaneGrouping::None);
}

} // namespace

void TestLayout::eventPaintedAtComputedX_data()
{
    QTest::addColumn<qint64>("year");
    QTest::addColumn<double>("secondsPerPixel");
    QTest::addColumn<double>("dpr");
    QTest::newRow("2008 day zoom") << qint64(2008) << 30000.0 << 1.0;
    QTest::newRow("2008 hidpi") << qint64(2008) << 30000.0 << 2.0;
    QTest::newRow("1500 years zoom") << qint64(1500) << 3e6 << 1.0;
    QTest::newRow("100 BCE") << qint64(-99) << 86400.0 << 1.0;
    QTest::newRow("deep time") << qint64(-170'000'000LL) << 1e11 << 1.0;
}

// A point event at a known date is painted, in its quad colour, at the x the time scale computes.
void TestLayout::eventPaintedAtComputedX()
{
    QFETCH(qint64, year);
    QFETCH(double, secondsPerPixel);
    QFETCH(double, dpr);
    const TimePoint t = at(year, 3, 17);
    const TimeIndex index = singleEvent(t, t + kSecondsPerDay, 19); // material conflict
    Scene scene;
    scene.index = &index;
    scene.options.overviewHeight = 0;
    Viewport vp;
    vp.size = QSizeF(900, 200);
    vp.scale = TimeScale(t, secondsPerPixel);
    vp.scale.centerOn(t, 537.3);
    QImage image(QSize(int(900 * dpr), int(200 * dpr)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    const Palette palette = Palette::light();
    const Layout layout = TimelinePainter().render(painter, vp, scene, palette);
    painter.end();
    QCOMPARE(layout.shapes.size(), std::size_t(1));
    const double x = (vp.scale.toX(t) + vp.scale.toX(t + kSecondsPerDay)) / 2;
    const double y = layout.shapes[0].rect.center().y();
    const QColor expected = palette.eventColor(cameo::QuadClass::MaterialConflict);
    auto colourAt = [&](double lx) { return image.pixelColor(int(lx * dpr), int(y * dpr)); };
    QCOMPARE(colourAt(x).rgb(), expected.rgb());
    // and not a few pixels beside the marker
    QVERIFY(colourAt(x - 8).rgb() != expected.rgb());
    QVERIFY(colourAt(x + 8).rgb() != expected.rgb());
}

void TestLayout::labelsNeverOverlap_data()
{
    QTest::addColumn<uint>("seed");
    QTest::addColumn<double>("zoomDays");
    for (uint seed = 1; seed <= 6; ++seed) {
        for (double days : {30.0, 400.0, 4000.0, 40000.0})
            QTest::newRow(qPrintable(QStringLiteral("seed %1, %2 days").arg(seed).arg(days))) << seed << days;
    }
}

void TestLayout::labelsNeverOverlap()
{
    QFETCH(uint, seed);
    QFETCH(double, zoomDays);
    const TimeIndex index = test::randomIndex(seed, 1500, LaneGrouping::Actor, 5);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    Viewport vp;
    vp.size = QSizeF(1200, 800);
    const TimePoint centre = index.entry(index.eventCount() / 2).start;
    vp.scale = TimeScale(centre, zoomDays * kSecondsPerDay / 1000);
    vp.scale.centerOn(centre, 600);
    RenderCache cache;
    const Layout layout = Layout::compute(vp, scene, &cache);
    QVERIFY(!layout.shapes.empty());
    for (std::size_t i = 0; i < layout.labels.size(); ++i) {
        const QRectF &a = layout.labels[i].rect;
        QVERIFY(a.left() >= layout.laneArea.left() && a.right() <= layout.laneArea.right() + 0.01);
        QVERIFY(a.width() <= (layout.labels[i].onBar ? layout.shapes[size_t(layout.labels[i].shape)].rect.width()
                                                       : scene.options.maxLabelWidth));
        for (std::size_t j = i + 1; j < layout.labels.size(); ++j)
            QVERIFY2(!a.intersects(layout.labels[j].rect), qPrintable(layout.labels[i].text + QStringLiteral(" / ") + layout.labels[j].text));
        for (const CalloutItem &c : layout.callouts)
            QVERIFY(!a.intersects(c.rect));
    }
    for (std::size_t i = 0; i < layout.callouts.size(); ++i) {
        for (std::size_t j = i + 1; j < layout.callouts.size(); ++j)
            QVERIFY(!layout.callouts[i].rect.intersects(layout.callouts[j].rect));
    }
    if (zoomDays <= 400)
        QVERIFY(!layout.labels.empty());
}

void TestLayout::hitTestFindsEvents()
{
    const TimeIndex index = test::randomIndex(3, 400, LaneGrouping::EventType, 5);
    Scene scene;
    scene.index = &index;
    Viewport vp = viewOver(QSizeF(1400, 2000), at(1950), at(1960));
    const Layout layout = Layout::compute(vp, scene);
    int checked = 0;
    for (const EventShape &s : layout.shapes) {
        if (s.kind != ShapeKind::Point || !layout.laneArea.contains(s.rect.center()))
            continue;
        const QRectF grown = s.rect.adjusted(-4, -4, 4, 4);
        const bool alone = std::none_of(layout.shapes.begin(), layout.shapes.end(), [&](const EventShape &o) {
            return &o != &s && o.rect.intersects(grown);
        });
        if (!alone)
            continue;
        const HitResult hit = layout.hitTest(s.rect.center());
        QCOMPARE(int(hit.kind), int(HitKind::Event));
        QCOMPARE(hit.event, s.id);
        QCOMPARE(hit.laneKey, layout.lanes[std::size_t(s.laneItem)].key);
        ++checked;
    }
    QVERIFY(checked > 5);
}

void TestLayout::hitTestHeadersAndOverview()
{
    const TimeIndex index = test::randomIndex(4, 500, LaneGrouping::EventType);
    Scene scene;
    scene.index = &index;
    scene.lanes.order = {QStringLiteral("type:19"), QStringLiteral("type:1")};
    scene.lanes.collapsed = {QStringLiteral("type:1")};
    Viewport vp = viewOver(QSizeF(1000, 600), at(1950), at(1960));
    const Layout layout = Layout::compute(vp, scene);
    QCOMPARE(layout.lanes[0].key, QStringLiteral("type:19"));
    QCOMPARE(layout.lanes[1].key, QStringLiteral("type:1"));
    QVERIFY(layout.lanes[1].collapsed);
    QVERIFY(layout.lanes[1].body.height() < layout.lanes[0].body.height());
    HitResult hit = layout.hitTest(layout.lanes[0].toggle.center());
    QCOMPARE(int(hit.kind), int(HitKind::LaneToggle));
    QCOMPARE(hit.laneKey, QStringLiteral("type:19"));
    hit = layout.hitTest(layout.lanes[1].header.center() + QPointF(30, 0));
    QCOMPARE(int(hit.kind), int(HitKind::LaneHeader));
    QCOMPARE(hit.laneKey, QStringLiteral("type:1"));
    hit = layout.hitTest(layout.overview.window.center());
    QCOMPARE(int(hit.kind), int(HitKind::OverviewWindow));
    QVERIFY(hit.time >= at(1950) && hit.time <= at(1960));
    hit = layout.hitTest(QPointF(layout.overview.rect.left() + 6, layout.overview.rect.center().y()));
    QCOMPARE(int(hit.kind), int(HitKind::Overview));
    QVERIFY(hit.time < at(1905));
    hit = layout.hitTest(QPointF(500, 10));
    QCOMPARE(int(hit.kind), int(HitKind::Axis));
    QCOMPARE(hit.time, vp.scale.toTime(500));
}

void TestLayout::denseLanesFold()
{
    const TimeIndex index = test::randomIndex(8, 60000, LaneGrouping::None);
    Scene scene;
    scene.index = &index;
    Viewport vp = viewOver(QSizeF(1600, 400), index.earliest(), index.latest());
    const Layout layout = Layout::compute(vp, scene);
    QCOMPARE(layout.lanes.size(), std::size_t(1));
    QVERIFY(layout.lanes[0].folded);
    QCOMPARE(layout.bands.size(), std::size_t(1));
    QVERIFY(layout.foldedEvents > 50000);
    QVERIFY(layout.shapes.size() <= std::size_t(scene.options.maxIndividualEvents));
    for (const EventShape &s : layout.shapes) { // only long events stay individual
        if (layout.laneArea.contains(s.rect))
            QVERIFY(s.rect.width() >= 20);
    }
}

// Busy days seen at an hour's zoom: their day-long bars are few enough for the event count's
// threshold but too many for the lane's rows. Bars without a row were left out unseen (a lane
// showed 3 events of a day that had 48, and the next day empty); now the last row says
// "+N more" over each day.
void TestLayout::busyDayShowsHowManyMore_data()
{
    QTest::addColumn<int>("perDay");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("more"); // the counts shown, left to right
    QTest::newRow("48 on a day, 3 rows") << 48 << 1 << 3 << QList<int>{46};
    QTest::newRow("6 on a day, 4 rows") << 6 << 1 << 4 << QList<int>{3};
    QTest::newRow("5 on a day, 4 rows: one left out, kept so") << 5 << 1 << 4 << QList<int>{};
    // the second day's bars start where the first day's end (dates end where the next begins):
    // they share the first day's rows
    QTest::newRow("10 a day, two days, 3 rows") << 10 << 2 << 3 << QList<int>{8, 8};
    QTest::newRow("12 on a day, 8 rows") << 12 << 1 << 8 << QList<int>{5};
    QTest::newRow("3 on a day, 3 rows") << 3 << 1 << 3 << QList<int>{};
    QTest::newRow("3 a day, two days, 3 rows") << 3 << 2 << 3 << QList<int>{};
    QTest::newRow("2 a day, two days, 4 rows") << 2 << 2 << 4 << QList<int>{};
}

void TestLayout::busyDayShowsHowManyMore()
{
    QFETCH(int, perDay);
    QFETCH(int, days);
    QFETCH(int, rows);
    QFETCH(QList<int>, more);
    const TimePoint day = at(2020, 9, 29);
    IndexBuilder b;
    for (int i = 0; i < perDay * days; ++i) {
        EventSpan s;
        s.id = EventId(i + 1);
        const TimePoint start = day + (i / perDay) * kSecondsPerDay;
        s.bounds = {start, start, start + kSecondsPerDay, start + kSecondsPerDay};
        b.addEvent(s);
    }
    const TimeIndex index = b.build(LaneGrouping::None);
    Scene scene;
    scene.index = &index;
    scene.options.rowsPerLane = rows;
    const Viewport vp = viewOver(QSizeF(1200, 400), day + 18 * 3600, day + 30 * 3600);
    const Layout layout = Layout::compute(vp, scene);
    QCOMPARE(layout.lanes.size(), std::size_t(1));
    QList<int> counts;
    for (const MoreItem &m : layout.more)
        counts << m.count;
    QCOMPARE(counts, more);
    int shown = 0;
    for (const EventShape &s : layout.shapes)
        shown += s.crowded ? 0 : 1;
    if (!more.isEmpty()) // every event accounted for
        QCOMPARE(shown + std::accumulate(more.begin(), more.end(), 0), perDay * days);
    const double lastRowTop = layout.lanes[0].body.top() + scene.options.lanePadding + (rows - 1) * scene.options.rowHeight;
    for (const MoreItem &m : layout.more) {
        QCOMPARE(m.text, QStringLiteral("+%1 more").arg(m.count));
        QVERIFY(m.rect.top() >= lastRowTop && m.rect.bottom() <= lastRowTop + scene.options.rowHeight);
        QVERIFY(layout.laneArea.contains(m.rect));
        for (const EventShape &s : layout.shapes) // the last row is theirs
            QVERIFY(!s.rect.intersects(m.rect));
    }
}

void TestLayout::openEndedLabelledWhereKnown_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("view"); // an EDTF interval
    QTest::addColumn<QString>("labelAfter"); // the label starts at or after this; empty: no label
    QTest::newRow("until, where known") << u"../2008-03-26"_s << u"2008-03-10/2008-04-10"_s << u"2008-03-27"_s;
    QTest::newRow("until, years before") << u"../2008-03-26"_s << u"1990-01-01/1991-01-01"_s << QString();
    QTest::newRow("before, where known") << u"[..2008-03-26]"_s << u"2008-03-10/2008-04-10"_s << u"2008-03-27"_s;
    QTest::newRow("before, years before") << u"[..2008-03-26]"_s << u"1990-01-01/1991-01-01"_s << QString();
    QTest::newRow("from, where known") << u"2008-03-26/.."_s << u"2008-03-10/2008-04-10"_s << u"2008-03-26"_s;
    QTest::newRow("from, years after") << u"2008-03-26/.."_s << u"2020-01-01/2021-01-01"_s << QString();
    QTest::newRow("after, years after") << u"[2008-03-26..]"_s << u"2020-01-01/2021-01-01"_s << QString();
    // a closed bar seen in its middle keeps its label at the view's left, as ever
    QTest::newRow("closed, in its middle") << u"1990-01-01/2030-01-01"_s << u"2008-03-10/2008-04-10"_s
                                           << u"2008-03-10"_s;
}

// A date with an open side is drawn as a bar to the lane's edge; its label (and so its quote
// callout) keeps to the side that is known, as an event ending or starting there would have it,
// instead of following the open side into whatever period the view shows.
void TestLayout::openEndedLabelledWhereKnown()
{
    QFETCH(QString, date);
    QFETCH(QString, view);
    QFETCH(QString, labelAfter);
    IndexBuilder b;
    EventSpan s;
    s.id = EventId(7);
    s.bounds = FuzzyDate::fromEdtf(date).bounds();
    s.importance = 80;
    b.addEvent(s);
    const TimeIndex index = b.build(LaneGrouping::None);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    const DateBounds window = FuzzyDate::fromEdtf(view).bounds();
    const Viewport vp = viewOver(QSizeF(1200, 300), window.earliestStart, window.latestEnd);
    const Layout layout = Layout::compute(vp, scene);
    QCOMPARE(layout.shapes.size(), std::size_t(1));
    if (labelAfter.isEmpty()) {
        QVERIFY2(layout.labels.empty(), qPrintable(layout.labels.empty() ? QString() : layout.labels.front().text));
        return;
    }
    QCOMPARE(layout.labels.size(), std::size_t(1));
    const double known = std::max(vp.scale.toX(FuzzyDate::fromEdtf(labelAfter).bounds().earliestStart),
                                  layout.laneArea.left());
    QVERIFY2(layout.labels[0].rect.left() >= known, qPrintable(QString::number(layout.labels[0].rect.left())));
    QVERIFY(layout.labels[0].rect.left() <= known + 12);
}

void TestLayout::touchingBarsShareARow_data()
{
    QTest::addColumn<qint64>("firstEnd");    // seconds after the first bar's start
    QTest::addColumn<qint64>("secondStart"); // the same
    QTest::addColumn<qint64>("length");      // of each bar
    QTest::addColumn<qint64>("viewHours");   // the window, centred on the first bar's end
    QTest::addColumn<bool>("shared");
    const qint64 day = kSecondsPerDay, hour = 3600;
    QTest::newRow("day bars at an hour's zoom") << day << day << day << qint64(12) << true;
    QTest::newRow("hour bars at a day's zoom") << hour << hour << hour << qint64(24) << true;
    QTest::newRow("day bars overlapping by a second") << day << day - 1 << day << qint64(12) << false;
    QTest::newRow("hour bars overlapping by a minute") << hour << hour - 60 << hour << qint64(24) << false;
    // apart by less than the row's gap: still too close
    QTest::newRow("day bars a minute apart") << day << day + 60 << day << qint64(12) << false;
}

// Two bars where the first ends exactly where the second starts (end-exclusive dates: they do
// not overlap) share a row, with a seam of background between them; overlapping ones do not.
void TestLayout::touchingBarsShareARow()
{
    QFETCH(qint64, firstEnd);
    QFETCH(qint64, secondStart);
    QFETCH(qint64, length);
    QFETCH(qint64, viewHours);
    QFETCH(bool, shared);
    const TimePoint t = at(2020, 9, 29);
    IndexBuilder b;
    const TimePoint starts[2] = {t + firstEnd - length, t + secondStart};
    for (int i = 0; i < 2; ++i) {
        EventSpan s;
        s.id = EventId(i + 1);
        s.bounds = {starts[i], starts[i], starts[i] + length, starts[i] + length};
        b.addEvent(s);
    }
    const TimeIndex index = b.build(LaneGrouping::None);
    Scene scene;
    scene.index = &index;
    scene.options.rowsPerLane = 2;
    scene.options.overviewHeight = 0;
    const TimePoint boundary = t + firstEnd;
    const Viewport vp = viewOver(QSizeF(1200, 300), boundary - viewHours * 1800, boundary + viewHours * 1800);
    QImage image(vp.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const Palette palette = Palette::light();
    const Layout layout = TimelinePainter().render(painter, vp, scene, palette);
    painter.end();
    QCOMPARE(layout.shapes.size(), std::size_t(2));
    QVERIFY(layout.more.empty());
    const EventShape &first = layout.shapes[0].id == EventId(1) ? layout.shapes[0] : layout.shapes[1];
    const EventShape &second = layout.shapes[0].id == EventId(1) ? layout.shapes[1] : layout.shapes[0];
    QCOMPARE(first.kind, ShapeKind::Range);
    QCOMPARE(second.kind, ShapeKind::Range);
    QCOMPARE(first.row == second.row, shared);
    QVERIFY(!first.rect.intersects(second.rect));
    if (!shared)
        return;
    // pixels: the bar's colour on both sides of the boundary, and a column of something else at it
    const double x = vp.scale.toX(boundary);
    const int y = int(first.rect.center().y());
    const QRgb bar = palette.eventColor(cameo::QuadClass::None).rgb();
    QCOMPARE(image.pixel(int(x) - 6, y), bar);
    QCOMPARE(image.pixel(int(x) + 6, y), bar);
    bool seam = false;
    for (int c = int(x) - 1; c <= int(x) + 1; ++c)
        seam = seam || image.pixel(c, y) != bar;
    QVERIFY2(seam, "the two bars read as one");
}

void TestLayout::calloutsWhenZoomedIn()
{
    const TimePoint t = at(2008, 3, 18);
    const TimeIndex index = singleEvent(t, t + kSecondsPerDay, 4, 2);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    Viewport vp = viewOver(QSizeF(1200, 400), at(2008, 3, 1), at(2008, 5, 1));
    Layout layout = Layout::compute(vp, scene);
    QCOMPARE(layout.labels.size(), std::size_t(1));
    QCOMPARE(layout.labels[0].text, QStringLiteral("Event 42"));
    QCOMPARE(layout.callouts.size(), std::size_t(1));
    QCOMPARE(layout.callouts[0].speaker, QStringLiteral("\u2014 Speaker 2"));
    QVERIFY(layout.callouts[0].quote.startsWith(u'\u201C'));
    vp.scale = TimeScale::fitting(at(1990), at(2020), scene.options.headerWidth, 1200);
    layout = Layout::compute(vp, scene);
    QCOMPARE(layout.labels.size(), std::size_t(1));
    QVERIFY(layout.callouts.empty());
}

// A meeting of three actors appears in three lanes: each says what the bar is, and the quote is
// called out once.
void TestLayout::eventLabelledInEachActorLane()
{
    IndexBuilder b;
    EventSpan s;
    s.id = EventId(42);
    const TimePoint t = at(2008, 3, 18);
    s.bounds = {t, t, t + kSecondsPerDay, t + kSecondsPerDay};
    s.quoteCount = 1;
    b.addEvent(s);
    for (const std::int64_t actor : {1, 2, 3})
        b.addActorLink(s.id, ActorId(actor));
    const TimeIndex index = b.build(LaneGrouping::Actor);
    QCOMPARE(index.laneCount(), 3);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    Viewport vp = viewOver(QSizeF(1200, 500), at(2008, 3, 1), at(2008, 5, 1));
    const Layout layout = Layout::compute(vp, scene);
    QCOMPARE(layout.shapes.size(), std::size_t(3));
    QCOMPARE(layout.labels.size(), std::size_t(3));
    QSet<int> lanes;
    for (const LabelItem &l : layout.labels) {
        QCOMPARE(l.text, QStringLiteral("Event 42"));
        lanes.insert(layout.shapes[std::size_t(l.shape)].laneItem);
    }
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(layout.callouts.size(), std::size_t(1));
}

void TestLayout::selectedEventDrawnInADenseLane_data()
{
    QTest::addColumn<int>("days"); // shown around the busy day
    QTest::newRow("a year: the lane folds") << 365;
    QTest::newRow("the day itself: no free row") << 1;
}

// A thousand events on one day: the lane folds them into its density band, or runs out of rows;
// the selected one (a search hit stepped to) is drawn all the same, with its selection ring.
void TestLayout::selectedEventDrawnInADenseLane()
{
    QFETCH(int, days);
    IndexBuilder b;
    const TimePoint day = at(2015, 1, 1);
    for (int i = 1; i <= 1000; ++i) {
        EventSpan s;
        s.id = EventId(i);
        s.bounds = {day, day, day + kSecondsPerDay, day + kSecondsPerDay};
        b.addEvent(s);
    }
    const TimeIndex index = b.build(LaneGrouping::None);
    Scene scene;
    scene.index = &index;
    scene.selected = EventId(777);
    const Viewport vp = viewOver(QSizeF(1200, 400), day - (days / 2) * kSecondsPerDay, day + (days / 2 + 1) * kSecondsPerDay);
    const Layout layout = Layout::compute(vp, scene);
    const auto selected = std::find_if(layout.shapes.begin(), layout.shapes.end(),
                                       [](const EventShape &s) { return s.id == EventId(777); });
    QVERIFY(selected != layout.shapes.end());
    QVERIFY(selected->selected);
    QVERIFY(layout.laneArea.contains(selected->rect.center()));
    QVERIFY(layout.foldedEvents > 0 || layout.shapes.size() < 1000); // the others did not all fit
}

void TestLayout::labelBeforeShapeAtRightEdge_data()
{
    QTest::addColumn<int>("day"); // of April 2008, in a view of March and April
    QTest::addColumn<bool>("before");
    QTest::newRow("mid-view: after") << 10 << false;
    QTest::newRow("last day in view: before") << 30 << true;
    QTest::newRow("two days from the edge: before") << 28 << true;
}

// An event with no room after it (the last one before the lane's right edge) is labelled before
// it, and its quote's callout keeps its width by moving left.
void TestLayout::labelBeforeShapeAtRightEdge()
{
    QFETCH(int, day);
    QFETCH(bool, before);
    const TimePoint t = at(2008, 4, day);
    const TimeIndex index = singleEvent(t, t + kSecondsPerDay, 4, 1);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    Viewport vp = viewOver(QSizeF(1200, 300), at(2008, 3, 1), at(2008, 5, 1));
    const Layout layout = Layout::compute(vp, scene);
    QCOMPARE(layout.shapes.size(), std::size_t(1));
    QCOMPARE(layout.labels.size(), std::size_t(1));
    const QRectF shape = layout.shapes[0].rect, label = layout.labels[0].rect;
    QCOMPARE(layout.labels[0].text, QStringLiteral("Event 42"));
    if (before)
        QVERIFY2(label.right() <= shape.left() && label.right() > shape.left() - 6, "just before the shape");
    else
        QVERIFY2(label.left() >= shape.right() && label.left() < shape.right() + 6, "just after the shape");
    QVERIFY(label.right() <= layout.laneArea.right());
    QCOMPARE(layout.callouts.size(), std::size_t(1));
    QCOMPARE(layout.callouts[0].rect.width(), scene.options.calloutWidth);
    QVERIFY(layout.callouts[0].rect.right() <= layout.laneArea.right());
}

// Year-long bars one after another (a biography's timeline) went into one row, each starting where
// the last ended, and only the last had room for a label; with rows to spare each goes to a row
// where the one before it has room for its label.
void TestLayout::runOfShortBarsLabelled()
{
    std::vector<std::pair<TimePoint, TimePoint>> spans;
    for (int k = 0; k < 8; ++k)
        spans.emplace_back(at(1980 + 2 * k), at(1982 + 2 * k));
    const TimeIndex index = oneLane(spans);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    scene.options.rowsPerLane = 4;
    const Layout layout = Layout::compute(viewOver(QSizeF(1400, 400), at(1960), at(2020)), scene);
    QCOMPARE(layout.shapes.size(), std::size_t(8));
    QVERIFY(std::all_of(layout.shapes.begin(), layout.shapes.end(), [](const EventShape &s) { return s.rect.width() < 60; }));
    QCOMPARE(layout.labels.size(), std::size_t(8));
    for (const LabelItem &l : layout.labels)
        for (const EventShape &s : layout.shapes)
            QVERIFY2(s.id == l.id || !l.rect.intersects(s.rect), qPrintable(l.text));

    scene.texts = nullptr; // without labels the bars share a row, as before
    const Layout bare = Layout::compute(viewOver(QSizeF(1400, 400), at(1960), at(2020)), scene);
    QVERIFY(std::all_of(bare.shapes.begin(), bare.shapes.end(), [](const EventShape &s) { return s.row == 0; }));
}

// A long title on a bar across the view uses the bar, past the width a label beside a shape keeps to.
void TestLayout::longTitleUsesItsBar()
{
    const TimeIndex index = singleEvent(at(2008, 3, 1), at(2008, 4, 20), 4);
    const QString title = QStringLiteral("US missile-defence sites planned in Poland and the Czech Republic, and more");
    const EventTextCache texts([&](EventId) { return title; }, [](EventId) { return QuotePreview{}; });
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    const Layout layout = Layout::compute(viewOver(QSizeF(1400, 300), at(2008, 2, 25), at(2008, 4, 25)), scene);
    QCOMPARE(layout.labels.size(), std::size_t(1));
    const LabelItem &label = layout.labels[0];
    QVERIFY(label.onBar);
    QCOMPARE(label.text, title);
    QVERIFY(label.rect.width() > scene.options.maxLabelWidth);
    QVERIFY(label.rect.right() <= layout.shapes[0].rect.right());
}

void TestLayout::longBarBeforePointsInOneRow_data()
{
    QTest::addColumn<int>("barDays"); // from 1 August 2022, in a view of July to December
    QTest::addColumn<QList<int>>("pointDays"); // of October and November 2022
    QTest::newRow("one point after the bar") << 61 << QList<int>{13};
    QTest::newRow("two points after the bar") << 61 << QList<int>{13, 50};
    QTest::newRow("a short bar (placed in time order)") << 10 << QList<int>{13, 50};
}

// Long bars are placed after the other events of a lane, so a row's shapes are not in time order:
// a point after a long bar went unlabelled (its room was measured up to the bar, left of it) and
// the bar's label could run over the points after it.
void TestLayout::longBarBeforePointsInOneRow()
{
    QFETCH(int, barDays);
    QFETCH(QList<int>, pointDays);
    std::vector<std::pair<TimePoint, TimePoint>> spans{{at(2022, 8, 1), at(2022, 8, 1) + barDays * kSecondsPerDay}};
    for (const int day : pointDays)
        spans.emplace_back(at(2022, 10, 1) + day * kSecondsPerDay, at(2022, 10, 1) + (day + 1) * kSecondsPerDay);
    const TimeIndex index = oneLane(spans);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    const Layout layout = Layout::compute(viewOver(QSizeF(1400, 300), at(2022, 7, 1), at(2023, 1, 1)), scene);
    QCOMPARE(layout.shapes.size(), std::size_t(1 + pointDays.size()));
    QVERIFY(std::all_of(layout.shapes.begin(), layout.shapes.end(), [](const EventShape &s) { return s.row == 0; }));
    QCOMPARE(layout.labels.size(), layout.shapes.size()); // each one labelled
    for (const LabelItem &l : layout.labels)
        for (const EventShape &s : layout.shapes)
            if (s.id != l.id)
                QVERIFY2(!l.rect.intersects(s.rect), qPrintable(QStringLiteral("%1 over event %2").arg(l.text).arg(s.id.value)));
}

void TestLayout::shortTitlesLabelled_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("day"); // of April 2008, in a view of March and April
    QTest::newRow("one letter") << u"X"_qs << 10;
    QTest::newRow("two characters") << u"G7"_qs << 10;
    QTest::newRow("a word") << u"Talks"_qs << 10;
    QTest::newRow("a word at the right edge") << u"Talks"_qs << 30;
}

// A title narrower than the least room an elided label needs is drawn whole (such titles had no
// label at all).
void TestLayout::shortTitlesLabelled()
{
    QFETCH(QString, title);
    QFETCH(int, day);
    const TimePoint t = at(2008, 4, day);
    const TimeIndex index = singleEvent(t, t + kSecondsPerDay, 4);
    const EventTextCache texts([title](EventId) { return title; }, [](EventId) { return QuotePreview(); });
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    const Layout layout = Layout::compute(viewOver(QSizeF(1200, 300), at(2008, 3, 1), at(2008, 5, 1)), scene);
    QCOMPARE(layout.labels.size(), std::size_t(1));
    QCOMPARE(layout.labels[0].text, title);
    QVERIFY(layout.labels[0].rect.width() >= QFontMetricsF(scene.options.labelFont).horizontalAdvance(title) - 0.5);
}

void TestLayout::svgKeepsTextAsText()
{
    const TimePoint t = at(2008, 3, 18);
    const TimeIndex index = singleEvent(t, t + kSecondsPerDay, 4, 1);
    const EventTextCache texts = fakeTexts();
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    Viewport vp = viewOver(QSizeF(1000, 300), at(2008, 3, 1), at(2008, 5, 1));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1000, 300));
    svg.setViewBox(QRect(0, 0, 1000, 300));
    QPainter painter(&svg);
    TimelinePainter().render(painter, vp, scene, Palette::print());
    painter.end();
    const QString xml = QString::fromUtf8(buffer.data());
    QVERIFY(xml.contains(QStringLiteral(">Event 42<")));
    QVERIFY(xml.contains(QStringLiteral("Speaker 2")));
    QVERIFY(xml.contains(QStringLiteral("April 2008")));
    QVERIFY(!xml.contains(QStringLiteral("<image")));
}

// The sticky label of the period at the left edge must not hide the next major tick's label.
void TestLayout::firstMajorLabelShown_data()
{
    QTest::addColumn<TimePoint>("from");
    QTest::addColumn<TimePoint>("to");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("late Feb to Apr 2008") << at(2008, 2, 18) << at(2008, 4, 10)
                                          << QStringList{QStringLiteral("February 2008"), QStringLiteral("March 2008"), QStringLiteral("April 2008")};
    QTest::newRow("summer 1914") << at(1914, 5, 29) << at(1914, 8, 20)
                                 << QStringList{QStringLiteral("June 1914"), QStringLiteral("July 1914"), QStringLiteral("August 1914")};
}

void TestLayout::firstMajorLabelShown()
{
    QFETCH(TimePoint, from);
    QFETCH(TimePoint, to);
    QFETCH(QStringList, labels);
    const TimeIndex index = singleEvent(from, from + kSecondsPerDay, 4);
    Scene scene;
    scene.index = &index;
    Viewport vp = viewOver(QSizeF(1000, 300), from, to);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1000, 300));
    svg.setViewBox(QRect(0, 0, 1000, 300));
    QPainter painter(&svg);
    const Layout layout = TimelinePainter().render(painter, vp, scene, Palette::light());
    painter.end();
    QVERIFY(layout.ticks.majorStep.unit == TickUnit::Month);
    const QString xml = QString::fromUtf8(buffer.data());
    for (const QString &label : labels)
        QVERIFY2(xml.contains(u'>' + label + u'<'), qPrintable(label));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
