#include "randomspans.h"

#include "core/index/timeindex.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace dateline;

class TestTimeIndex : public QObject {
    Q_OBJECT
private slots:
    void visibleRangeEqualsBruteForce_data();
    void visibleRangeEqualsBruteForce();
    void pyramidCountsEqualBruteForce_data();
    void pyramidCountsEqualBruteForce();
    void densityEqualsBruteForce();
    void densitySpreadsDenseBuckets();
    void startsWithinIsALowerBound();
    void lanesPerGrouping_data();
    void lanesPerGrouping();
    void boundsAndIdsRoundTrip();
    void extentWithOpenBounds_data();
    void extentWithOpenBounds();
    void compactMemory();
};

void TestTimeIndex::visibleRangeEqualsBruteForce_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<uint>("seed");
    QTest::newRow("none") << int(LaneGrouping::None) << 1u;
    QTest::newRow("actor") << int(LaneGrouping::Actor) << 2u;
    QTest::newRow("type") << int(LaneGrouping::EventType) << 3u;
    QTest::newRow("country") << int(LaneGrouping::Country) << 4u;
    QTest::newRow("tag") << int(LaneGrouping::Tag) << 5u;
}

// Brute force over every (lane, event) membership: the index must find exactly the events
// overlapping each random window, including long events that started long before it.
void TestTimeIndex::visibleRangeEqualsBruteForce()
{
    QFETCH(int, grouping);
    QFETCH(uint, seed);
    const TimeIndex index = test::randomIndex(seed, 3000, LaneGrouping(grouping));
    std::vector<std::vector<std::uint32_t>> members(std::size_t(index.laneCount()));
    for (int lane = 0; lane < index.laneCount(); ++lane)
        index.visibleEvents(lane, kTimeMin, kTimeMax, members[std::size_t(lane)]);
    std::size_t total = 0;
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        QCOMPARE(members[std::size_t(lane)].size(), std::size_t(index.lane(lane).count));
        total += members[std::size_t(lane)].size();
    }
    QVERIFY(total >= index.eventCount());

    std::mt19937_64 rng(seed * 77);
    std::uniform_int_distribution<TimePoint> when(index.earliest() - 1000 * kSecondsPerDay, index.latest());
    for (int q = 0; q < 200; ++q) {
        const TimePoint from = when(rng);
        const TimePoint to = from + TimePoint(rng() % 4) * TimePoint(rng() % (400 * kSecondsPerDay)) + 1;
        for (int lane = 0; lane < index.laneCount(); ++lane) {
            std::vector<std::uint32_t> expected;
            for (const std::uint32_t o : members[std::size_t(lane)]) {
                if (index.entry(o).start < to && index.entry(o).end > from)
                    expected.push_back(o);
            }
            std::vector<std::uint32_t> got;
            index.visibleEvents(lane, from, to, got);
            QCOMPARE(got, expected);
            QVERIFY(index.countVisible(lane, from, to) >= expected.size());
        }
    }
}

void TestTimeIndex::pyramidCountsEqualBruteForce_data()
{
    QTest::addColumn<int>("events");
    QTest::newRow("tiny") << 5;
    QTest::newRow("small") << 300;
    QTest::newRow("larger") << 5000;
}

void TestTimeIndex::pyramidCountsEqualBruteForce()
{
    QFETCH(int, events);
    const TimeIndex index = test::randomIndex(9, events, LaneGrouping::Actor);
    for (int lane = -1; lane < index.laneCount(); ++lane) {
        std::vector<std::uint32_t> members;
        if (lane < 0) {
            for (std::uint32_t o = 0; o < index.eventCount(); ++o)
                members.push_back(o);
        } else {
            index.visibleEvents(lane, kTimeMin, kTimeMax, members);
        }
        const DensityPyramid &p = index.pyramid(lane);
        QVERIFY(p.levels() >= 1);
        QCOMPARE(p.bucketCount(p.levels() - 1), 1u);
        for (int level = 0; level < p.levels(); ++level) {
            std::uint64_t sum = 0;
            for (std::uint32_t b = 0; b < p.bucketCount(level); ++b) {
                const TimePoint lo = p.origin() + TimePoint(b) * p.bucketWidth(level);
                const TimePoint hi = lo + p.bucketWidth(level);
                std::uint32_t count = 0;
                for (const std::uint32_t o : members) {
                    const TimePoint s = std::max(index.entry(o).start, p.origin()); // open starts: first bucket
                    if (s >= lo && s < hi)
                        ++count;
                }
                QCOMPARE(p.count(level, b), count);
                sum += count;
            }
            QCOMPARE(sum, std::uint64_t(members.size()));
        }
    }
}

// Per-column start counts (pyramid or walk) against brute force, at zoom levels where the
// pyramid's buckets divide the column width and where they do not.
void TestTimeIndex::densityEqualsBruteForce()
{
    const TimeIndex index = test::randomIndex(11, 20000, LaneGrouping::None);
    const DensityPyramid &p = index.pyramid(0);
    for (int level = 0; level < p.levels(); level += 3) {
        const double spp = double(p.bucketWidth(level));
        const int columns = 300;
        const TimePoint t0 = p.origin() + TimePoint(spp) * 7;
        std::vector<std::uint32_t> counts(columns, 0);
        index.density(0, t0, spp, columns, counts.data());
        std::vector<std::uint32_t> expected(columns, 0);
        for (std::uint32_t o = 0; o < index.eventCount(); ++o) {
            const TimePoint s = index.entry(o).start;
            if (s < t0)
                continue;
            const auto c = std::int64_t(double(s - t0) / spp);
            if (c < columns)
                ++expected[std::size_t(c)];
        }
        QCOMPARE(counts, expected);
    }
    // finer than the pyramid: walking the events must give the same counts
    const double spp = double(p.bucketWidth(0)) / 16;
    const TimePoint t0 = index.entry(index.eventCount() / 2).start;
    std::vector<std::uint32_t> counts(500, 0);
    index.density(0, t0, spp, 500, counts.data());
    std::vector<std::uint32_t> expected(500, 0);
    for (std::uint32_t o = 0; o < index.eventCount(); ++o) {
        const TimePoint s = index.entry(o).start;
        if (s >= t0 && double(s - t0) < spp * 500)
            ++expected[std::size_t(double(s - t0) / spp)];
    }
    QCOMPARE(counts, expected); // few events in the window: walked, exactly
}

// The pyramid's count of starts in whole buckets never exceeds the events starting in the window
// (so a lane it calls dense is dense), and it sees most of them when the window is wide.
void TestTimeIndex::startsWithinIsALowerBound()
{
    const TimeIndex index = test::randomIndex(5, 30000, LaneGrouping::Actor, 6);
    std::mt19937_64 rng(9);
    const TimePoint a = index.earliest(), span = index.latest() - index.earliest();
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        std::vector<std::uint32_t> members;
        index.visibleEvents(lane, kTimeMin, kTimeMax, members);
        for (int trial = 0; trial < 40; ++trial) {
            const TimePoint from = a + TimePoint(rng() % std::uint64_t(span));
            const TimePoint to = from + 1 + TimePoint(rng() % std::uint64_t(span >> (trial % 12)));
            std::size_t starting = 0;
            for (const std::uint32_t o : members)
                starting += index.entry(o).start >= from && index.entry(o).start < to;
            const std::size_t bound = index.startsWithin(lane, from, to);
            QVERIFY2(bound <= starting, qPrintable(QStringLiteral("lane %1: %2 > %3").arg(lane).arg(bound).arg(starting)));
            QVERIFY(bound <= index.countVisible(lane, from, to));
        }
        // the whole extent: whole buckets hold nearly everything
        QVERIFY(index.startsWithin(lane, a - span / 4, index.latest() + span / 4) >= members.size() * 3 / 4);
    }
    QCOMPARE(index.startsWithin(0, a + 10, a + 10), std::size_t(0));
}

// A burst far denser than the window's columns, under buckets wider than four columns: spread
// evenly over its bucket's columns (walking it would read every entry), nothing elsewhere.
void TestTimeIndex::densitySpreadsDenseBuckets()
{
    IndexBuilder builder;
    const TimePoint base = 1'000'000'000;
    for (int i = 0; i < 4096; ++i) { // one day
        EventSpan s;
        s.id = EventId(i + 1);
        s.bounds = {base + i * 20, base + i * 20, base + i * 20 + 1, base + i * 20 + 1};
        builder.addEvent(s);
    }
    for (int i = 0; i < 64; ++i) { // sparse years around it
        EventSpan s;
        s.id = EventId(10000 + i);
        const TimePoint year = 365 * kSecondsPerDay;
        const TimePoint t = base - 40 * year + i * year * 5 / 4;
        s.bounds = {t, t, t + 1, t + 1};
        builder.addEvent(s);
    }
    const TimeIndex index = builder.build(LaneGrouping::None);
    const DensityPyramid &p = index.pyramid(0);
    const TimePoint w = p.bucketWidth(0);
    const TimePoint bucket = p.origin() + (base - p.origin()) / w * w;
    QVERIFY2(base + 4096 * 20 <= bucket + w, "the burst fits one bucket");
    const double spp = double(w) / 8;
    const int columns = 64;
    const TimePoint t0 = bucket - 16 * TimePoint(spp); // the burst's bucket covers columns 16..23
    std::vector<std::uint32_t> counts(columns, 0);
    index.density(0, t0, spp, columns, counts.data());
    std::uint64_t total = 0;
    for (int c = 0; c < columns; ++c) {
        total += counts[std::size_t(c)];
        if (c < 16 || c >= 24)
            QCOMPARE(counts[std::size_t(c)], 0u);
        else
            QCOMPARE(counts[std::size_t(c)], 4096u / 8);
    }
    QCOMPARE(total, std::uint64_t(4096));
}

void TestTimeIndex::lanesPerGrouping_data()
{
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QString>("someKey");
    QTest::newRow("none") << int(LaneGrouping::None) << QStringLiteral("all");
    QTest::newRow("actor") << int(LaneGrouping::Actor) << QStringLiteral("actor:3");
    QTest::newRow("type") << int(LaneGrouping::EventType) << QStringLiteral("type:4");
    QTest::newRow("country") << int(LaneGrouping::Country) << QStringLiteral("country:C1");
    QTest::newRow("tag") << int(LaneGrouping::Tag) << QStringLiteral("tag:tag2");
}

void TestTimeIndex::lanesPerGrouping()
{
    QFETCH(int, grouping);
    QFETCH(QString, someKey);
    const TimeIndex index = test::randomIndex(21, 2000, LaneGrouping(grouping));
    const int lane = index.laneOfKey(someKey);
    QVERIFY2(lane >= 0, qPrintable(someKey));
    QCOMPARE(index.lane(lane).key, someKey);
    QVERIFY(index.lane(lane).count > 0);
    // every event is in at least one lane
    std::set<std::uint32_t> seen;
    for (int l = 0; l < index.laneCount(); ++l) {
        std::vector<std::uint32_t> members;
        index.visibleEvents(l, kTimeMin, kTimeMax, members);
        seen.insert(members.begin(), members.end());
    }
    QCOMPARE(seen.size(), std::size_t(index.eventCount()));
    if (LaneGrouping(grouping) == LaneGrouping::EventType)
        QCOMPARE(index.lane(lane).cameoRoot, std::uint8_t(4));
}

void TestTimeIndex::boundsAndIdsRoundTrip()
{
    IndexBuilder builder;
    const TimePoint d = calendar::toTimePoint(CivilDate{2008, 3, 17});
    EventSpan wide;
    wide.id = EventId(std::int64_t(1) << 40);
    wide.bounds = {d, d + kSecondsPerDay * 9, d + kSecondsPerDay * 10, d + kSecondsPerDay * 40};
    EventSpan plain;
    plain.id = EventId(7);
    plain.bounds = {d - kSecondsPerDay, d - kSecondsPerDay, d, d};
    builder.addEvent(wide);
    builder.addEvent(plain); // out of order on purpose
    const TimeIndex index = builder.build(LaneGrouping::None);
    QCOMPARE(index.eventCount(), 2u);
    QCOMPARE(index.eventId(0), EventId(7));
    QCOMPARE(index.eventId(1), wide.id);
    QCOMPARE(index.bounds(1), wide.bounds);
    QCOMPARE(index.bounds(0), plain.bounds);
    QCOMPARE(index.ordinalOf(wide.id), std::optional<std::uint32_t>(1));
    QCOMPARE(index.earliest(), d - kSecondsPerDay);
    QCOMPARE(index.latest(), d + kSecondsPerDay * 40);
    QCOMPARE(index.firstStartingAtOrAfter(d), 1u);
}

void TestTimeIndex::extentWithOpenBounds_data()
{
    // (days after 17 March 2008 of the second event's bounds; the first is 17–18 March, filtered out
    // unless kept)
    QTest::addColumn<bool>("keepClosed");
    QTest::addColumn<bool>("openStart");
    QTest::addColumn<bool>("openEnd");
    QTest::addColumn<int>("earliestDay");
    QTest::addColumn<int>("latestDay");
    QTest::newRow("open end alone") << false << false << true << 10 << 10;
    QTest::newRow("open start alone") << false << true << false << 20 << 20;
    QTest::newRow("open end after a closed event") << true << false << true << 0 << 10;
    QTest::newRow("open start beside a closed event") << true << true << false << 0 << 20;
    QTest::newRow("closed") << true << false << false << 0 << 20;
}

// An event open at one end still spans its other bound, so a view fitted to a filter that keeps
// only "from March 2008" shows March 2008, not the epoch.
void TestTimeIndex::extentWithOpenBounds()
{
    QFETCH(bool, keepClosed);
    QFETCH(bool, openStart);
    QFETCH(bool, openEnd);
    QFETCH(int, earliestDay);
    QFETCH(int, latestDay);
    const TimePoint d = calendar::toTimePoint(CivilDate{2008, 3, 17});
    IndexBuilder builder;
    EventSpan closed;
    closed.id = EventId(1);
    closed.bounds = {d, d, d + kSecondsPerDay, d + kSecondsPerDay};
    EventSpan open;
    open.id = EventId(2);
    const TimePoint from = d + 10 * kSecondsPerDay, to = d + 20 * kSecondsPerDay;
    open.bounds = {openStart ? kTimeMin : from, openStart ? kTimeMin : from, openEnd ? kTimeMax : to, openEnd ? kTimeMax : to};
    builder.addEvent(closed);
    builder.addEvent(open);
    const TimeIndex whole = builder.build(LaneGrouping::None);
    const std::uint32_t closedOrdinal = *whole.ordinalOf(closed.id);
    std::vector<std::uint8_t> keep(2, 1);
    keep[closedOrdinal] = keepClosed;
    const TimeIndex filtered = whole.filtered(keep);
    QCOMPARE(filtered.earliest(), d + earliestDay * kSecondsPerDay);
    QCOMPARE(filtered.latest(), d + latestDay * kSecondsPerDay);
    // (built from the same events alone, the index agrees)
    IndexBuilder alone;
    if (keepClosed)
        alone.addEvent(closed);
    alone.addEvent(open);
    const TimeIndex rebuilt = alone.build(LaneGrouping::None);
    QCOMPARE(rebuilt.earliest(), filtered.earliest());
    QCOMPARE(rebuilt.latest(), filtered.latest());
}

void TestTimeIndex::compactMemory()
{
    const TimeIndex index = test::randomIndex(5, 100000, LaneGrouping::EventType);
    const double perEvent = double(index.memoryBytes()) / index.eventCount();
    QVERIFY2(perEvent <= 40, qPrintable(QString::number(perEvent)));
}

QTEST_GUILESS_MAIN(TestTimeIndex)
#include "tst_timeindex.moc"
