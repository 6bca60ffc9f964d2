#include "core/index/timeindex.h"

#include "core/index/indexbuilder.h"
#include "core/model/actorlabel.h"
#include "core/store/document.h"
#include "core/store/transaction.h"

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
    const bool current = document.readSnapshot(key, [&snapshot, grouping](ByteSource &source) {
        snapshot = deserialize(source);
        if (snapshot && snapshot->grouping() != grouping)
            snapshot.reset();
        return snapshot.has_value();
    });
    if (current && snapshot) // not current: another program changed the content since
        return std::move(*snapshot);
    // The app loads large documents on a connection of its own while the window's connection
    // edits: the scans share one read snapshot, whose revision is the one the index is stored
    // under, and only while no edit has committed since.
    qint64 builtAt = 0;
    TimeIndex index;
    {
        const ReadTransaction read(document.database());
        builtAt = document.revision();
        index = IndexBuilder::fromDocument(document, grouping);
    }
    if (!document.isReadOnly())
        document.storeSnapshot(key, index.serialize(), builtAt);
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

namespace {

// A lane's members lie far apart in the entries: fetch ahead while walking them, as the walk
// waits on memory, not on arithmetic.
constexpr std::ptrdiff_t kPrefetchAhead = 16;

inline void prefetchAhead(const IndexEntry *entries, const std::uint32_t *p, const std::uint32_t *last)
{
    if (last - p > kPrefetchAhead)
        __builtin_prefetch(&entries[p[kPrefetchAhead]]);
}

} // namespace

void TimeIndex::visibleEvents(int laneIndex, TimePoint from, TimePoint to,
                              std::vector<std::uint32_t> &out) const
{
    const Lane &lane = m_lanes[std::size_t(laneIndex)];
    const std::size_t before = out.size();
    const IndexEntry *entries = m_entries.data();
    for (const ClassSlice &slice : lane.classes) {
        const auto [first, last] = candidates(lane, slice, from, to);
        for (const std::uint32_t *p = first; p != last; ++p) {
            prefetchAhead(entries, p, last);
            if (entries[*p].end > from)
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

std::size_t TimeIndex::startsWithin(int laneIndex, TimePoint from, TimePoint to) const
{
    const DensityPyramid &p = pyramid(laneIndex);
    if (p.isEmpty() || to <= from)
        return 0;
    // buckets of at most 1/16 of the window: whole ones cover at least 7/8 of it
    const int level = p.levelFor(double(to - from) / 16);
    if (level < 0)
        return 0;
    const TimePoint w = p.bucketWidth(level);
    const TimePoint firstStart = std::max(from, p.origin());
    // the first bucket starting at or after `from`, and the buckets ending at or before `to`
    const auto first = std::uint32_t(std::min<TimePoint>((firstStart - p.origin() + w - 1) / w, p.bucketCount(level)));
    std::size_t n = 0;
    for (std::uint32_t i = first; i < p.bucketCount(level); ++i) {
        const TimePoint bucketStart = p.origin() + TimePoint(i) * w;
        if (bucketStart > to - w)
            break;
        n += p.count(level, i);
    }
    return n;
}

void TimeIndex::longEvents(int laneIndex, TimePoint minDuration, TimePoint from, TimePoint to,
                           std::vector<std::uint32_t> &out) const
{
    const Lane &lane = m_lanes[std::size_t(laneIndex)];
    const std::size_t before = out.size();
    const IndexEntry *entries = m_entries.data();
    for (const ClassSlice &slice : lane.classes) {
        if (slice.maxDuration < minDuration)
            continue;
        const auto [first, last] = candidates(lane, slice, from, to);
        for (const std::uint32_t *p = first; p != last; ++p) {
            prefetchAhead(entries, p, last);
            const IndexEntry &e = entries[*p];
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
    const TimePoint w0 = p.isEmpty() ? 0 : p.bucketWidth(0);
    const auto first0 = p.isEmpty() ? 0u
        : std::uint32_t(std::clamp<TimePoint>((std::max(t0, p.origin()) - p.origin()) / w0, 0, p.bucketCount(0)));
    // Buckets wider than a column: spread each over the columns it covers when they are at most
    // four columns wide, or when the window holds more events than half its columns. Walking
    // those would read thousands of scattered entries, for a band that at such density reads as
    // a texture a few columns of smoothing do not change. Few events are walked, exactly.
    bool spread = level < 0 && !p.isEmpty() && double(w0) <= 4 * spp;
    if (level < 0 && !p.isEmpty() && !spread) {
        std::uint64_t inWindow = 0;
        for (std::uint32_t i = first0; i < p.bucketCount(0) && p.origin() + TimePoint(i) * w0 < t1; ++i)
            inWindow += p.count(0, i);
        spread = inWindow > std::uint64_t(columns / 2);
    }
    if (spread) {
        const TimePoint w = w0;
        for (std::uint32_t i = first0; i < p.bucketCount(0); ++i) {
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
        for (; first != last && entries[*first].start < t1; ++first) {
            prefetchAhead(entries, first, last);
            add(entries[*first].start, 1);
        }
    }
}

void TimeIndex::markSharedLabels()
{
    QStringList labels;
    labels.reserve(qsizetype(m_lanes.size()));
    for (const Lane &lane : m_lanes)
        labels.append(lane.info.label);
    const QSet<QString> shared = repeatedLabels(labels);
    for (Lane &lane : m_lanes)
        lane.info.sharedLabel = shared.contains(lane.info.label);
}

std::size_t TimeIndex::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + m_entries.capacity() * sizeof(IndexEntry)
        + m_wideIds.capacity() * sizeof(std::int64_t) + m_fuzz.capacity() * sizeof(Fuzz)
        + m_lanes.capacity() * sizeof(Lane) + m_all.memoryBytes();
    for (const Lane &lane : m_lanes) {
        bytes += lane.members.capacity() * sizeof(std::uint32_t)
            + lane.classes.capacity() * sizeof(ClassSlice) + lane.pyramid.memoryBytes()
            + std::size_t(lane.info.key.capacity() + lane.info.label.capacity() + lane.info.code.capacity()) * 2;
    }
    bytes += std::size_t(m_laneByKey.capacity()) * (sizeof(QString) + sizeof(int) + 16);
    return bytes;
}

} // namespace dateline
