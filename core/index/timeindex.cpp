#include "core/index/timeindex.h"

#include "core/index/indexbuilder.h"
#include "core/store/document.h"

#include <algorithm>
#include <cmath>

namespace dateline {

TimeIndex::TimeIndex() = default;
TimeIndex::~TimeIndex() = default;
TimeIndex::TimeIndex(TimeIndex &&) noexcept = default;
TimeIndex &TimeIndex::operator=(TimeIndex &&) noexcept = default;

TimeIndex TimeIndex::load(const Document &document, LaneGrouping grouping)
{
    const QString key = snapshotKey(grouping);
    std::optional<TimeIndex> snapshot;
    document.readSnapshot(key, [&snapshot, grouping](ByteSource &source) {
        snapshot = deserialize(source);
        if (snapshot && snapshot->grouping() != grouping)
            snapshot.reset();
        return snapshot.has_value();
    });
    if (snapshot)
        return std::move(*snapshot);
    TimeIndex index = IndexBuilder::fromDocument(document, grouping);
    if (!document.isReadOnly())
        document.storeSnapshot(key, index.serialize());
    return index;
}

EventId TimeIndex::eventId(std::uint32_t ordinal) const
{
    const IndexEntry &e = m_entries[ordinal];
    return EventId(e.flags & IndexEntry::kWideIdBit ? m_wideIds[e.idOrSlot] : std::int64_t(e.idOrSlot));
}

DateBounds TimeIndex::bounds(std::uint32_t ordinal) const
{
    const IndexEntry &e = m_entries[ordinal];
    DateBounds b{e.start, e.start, e.end, e.end};
    if (e.isFuzzy()) {
        const auto it = std::lower_bound(m_fuzz.begin(), m_fuzz.end(), ordinal,
                                         [](const Fuzz &f, std::uint32_t o) { return f.ordinal < o; });
        if (it != m_fuzz.end() && it->ordinal == ordinal) {
            b.latestStart = it->latestStart;
            b.earliestEnd = it->earliestEnd;
        }
    }
    return b;
}

std::optional<std::uint32_t> TimeIndex::ordinalOf(EventId id) const
{
    for (std::uint32_t i = 0; i < eventCount(); ++i) {
        if (eventId(i) == id)
            return i;
    }
    return std::nullopt;
}

std::uint32_t TimeIndex::firstStartingAtOrAfter(TimePoint t) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), t,
                                     [](const IndexEntry &e, TimePoint v) { return e.start < v; });
    return std::uint32_t(it - m_entries.begin());
}

std::pair<const std::uint32_t *, const std::uint32_t *>
TimeIndex::candidates(const Lane &lane, const ClassSlice &slice, TimePoint from, TimePoint to) const
{
    const std::uint32_t *first = lane.members.data() + slice.begin;
    const std::uint32_t *last = lane.members.data() + slice.end;
    const TimePoint after = from - slice.maxDuration; // start > after can still reach from
    const IndexEntry *entries = m_entries.data();
    first = std::upper_bound(first, last, after,
                             [entries](TimePoint v, std::uint32_t o) { return v < entries[o].start; });
    last = std::lower_bound(first, last, to,
                            [entries](std::uint32_t o, TimePoint v) { return entries[o].start < v; });
    return {first, last};
}

void TimeIndex::visibleEvents(int laneIndex, TimePoint from, TimePoint to,
                              std::vector<std::uint32_t> &out) const
{
    const Lane &lane = m_lanes[std::size_t(laneIndex)];
    const std::size_t before = out.size();
    for (const ClassSlice &slice : lane.classes) {
        const auto [first, last] = candidates(lane, slice, from, to);
        for (const std::uint32_t *p = first; p != last; ++p) {
            if (m_entries[*p].end > from)
                out.push_back(*p);
        }
    }
    if (lane.classes.size() > 1)
        std::sort(out.begin() + std::ptrdiff_t(before), out.end());
}

std::size_t TimeIndex::countVisible(int laneIndex, TimePoint from, TimePoint to) const
{
    const Lane &lane = m_lanes[std::size_t(laneIndex)];
    std::size_t n = 0;
    for (const ClassSlice &slice : lane.classes) {
        const auto [first, last] = candidates(lane, slice, from, to);
        n += std::size_t(last - first); // may include a few that ended just before `from`
    }
    return n;
}

void TimeIndex::longEvents(int laneIndex, TimePoint minDuration, TimePoint from, TimePoint to,
                           std::vector<std::uint32_t> &out) const
{
    const Lane &lane = m_lanes[std::size_t(laneIndex)];
    const std::size_t before = out.size();
    for (const ClassSlice &slice : lane.classes) {
        if (slice.maxDuration < minDuration)
            continue;
        const auto [first, last] = candidates(lane, slice, from, to);
        for (const std::uint32_t *p = first; p != last; ++p) {
            const IndexEntry &e = m_entries[*p];
            if (e.end > from && e.duration() >= minDuration)
                out.push_back(*p);
        }
    }
    std::sort(out.begin() + std::ptrdiff_t(before), out.end());
}

const DensityPyramid &TimeIndex::pyramid(int laneIndex) const
{
    return laneIndex < 0 ? m_all : m_lanes[std::size_t(laneIndex)].pyramid;
}

void TimeIndex::density(int laneIndex, TimePoint t0, double spp, int columns, std::uint32_t *counts) const
{
    if (columns <= 0 || spp <= 0)
        return;
    const double span = spp * columns;
    const TimePoint t1 = span >= double(kTimeMax - t0) ? kTimeMax : t0 + TimePoint(std::ceil(span));
    auto add = [&](TimePoint start, std::uint32_t n) {
        const double c = std::floor(double(start - t0) / spp);
        if (c >= 0 && c < columns)
            counts[int(c)] += n;
    };

    const DensityPyramid &p = pyramid(laneIndex);
    const int level = p.levelFor(spp);
    if (level < 0 && !p.isEmpty() && double(p.bucketWidth(0)) <= 4 * spp) {
        // buckets up to four columns wide: spread each over the columns it covers, rather than
        // walking what may be tens of thousands of events
        const TimePoint w = p.bucketWidth(0);
        const auto first = std::uint32_t(std::clamp<TimePoint>((std::max(t0, p.origin()) - p.origin()) / w, 0,
                                                               p.bucketCount(0)));
        for (std::uint32_t i = first; i < p.bucketCount(0); ++i) {
            const TimePoint bucketStart = p.origin() + TimePoint(i) * w;
            if (bucketStart >= t1)
                break;
            const std::uint32_t n = p.count(0, i);
            if (n == 0)
                continue;
            const double c0 = std::max(0.0, double(bucketStart - t0) / spp);
            const double c1 = std::min(double(columns), double(bucketStart + w - t0) / spp);
            const int from = int(c0), to = std::max(from + 1, int(std::ceil(c1)));
            const std::uint32_t share = std::max<std::uint32_t>(1, n / std::uint32_t(to - from));
            for (int c = from; c < std::min(to, columns); ++c)
                counts[c] += share;
        }
        return;
    }
    if (level >= 0) {
        const TimePoint w = p.bucketWidth(level);
        const TimePoint firstStart = std::max(t0, p.origin());
        const auto first = std::uint32_t(std::min<TimePoint>((firstStart - p.origin()) / w, p.bucketCount(level)));
        for (std::uint32_t i = first; i < p.bucketCount(level); ++i) {
            const TimePoint bucketStart = p.origin() + TimePoint(i) * w;
            if (bucketStart >= t1)
                break;
            if (const std::uint32_t n = p.count(level, i))
                add(std::max(bucketStart, t0), n);
        }
        return;
    }
    if (laneIndex < 0) {
        for (std::uint32_t o = firstStartingAtOrAfter(t0); o < eventCount() && m_entries[o].start < t1; ++o)
            add(m_entries[o].start, 1);
        return;
    }
    const Lane &lane = m_lanes[std::size_t(laneIndex)];
    const IndexEntry *entries = m_entries.data();
    for (const ClassSlice &slice : lane.classes) {
        const std::uint32_t *first = lane.members.data() + slice.begin;
        const std::uint32_t *last = lane.members.data() + slice.end;
        first = std::lower_bound(first, last, t0,
                                 [entries](std::uint32_t o, TimePoint v) { return entries[o].start < v; });
        // members lie far apart in entries: fetch ahead, as the walk waits on memory, not arithmetic
        constexpr std::ptrdiff_t kAhead = 16;
        for (; first != last && entries[*first].start < t1; ++first) {
            if (last - first > kAhead)
                __builtin_prefetch(&entries[first[kAhead]]);
            add(entries[*first].start, 1);
        }
    }
}

std::size_t TimeIndex::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + m_entries.capacity() * sizeof(IndexEntry)
        + m_wideIds.capacity() * sizeof(std::int64_t) + m_fuzz.capacity() * sizeof(Fuzz)
        + m_lanes.capacity() * sizeof(Lane) + m_all.memoryBytes();
    for (const Lane &lane : m_lanes) {
        bytes += lane.members.capacity() * sizeof(std::uint32_t)
            + lane.classes.capacity() * sizeof(ClassSlice) + lane.pyramid.memoryBytes()
            + std::size_t(lane.info.key.capacity() + lane.info.label.capacity()) * 2;
    }
    bytes += std::size_t(m_laneByKey.capacity()) * (sizeof(QString) + sizeof(int) + 16);
    return bytes;
}

} // namespace dateline
