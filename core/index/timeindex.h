#pragma once

#include "core/index/densitypyramid.h"
#include "core/index/indexentry.h"
#include "core/index/lanegrouping.h"
#include "core/model/ids.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline {

class ByteSource;
class Document;
struct IndexPatch;
struct EventSpan;

// The compact in-memory time index the renderer queries (docs/architecture.md §6): ~24 bytes per event plus
// 4 bytes per lane membership plus the density pyramids; no text. Events are numbered by
// "ordinal", their position in time order (earliestStart, sortKey, id), so every per-lane ordinal
// array sorted by ordinal is also sorted by start. Each lane keeps its members split into
// duration classes (durations in (2^(c-1), 2^c] seconds) so that a window query finds long events
// that started before the window with one binary search per class instead of a scan.
// Immutable after build; cheap to query from one thread. Build with IndexBuilder or load().
class TimeIndex {
public:
    TimeIndex();
    ~TimeIndex();
    TimeIndex(TimeIndex &&) noexcept;
    TimeIndex &operator=(TimeIndex &&) noexcept;
    TimeIndex(const TimeIndex &) = delete;
    TimeIndex &operator=(const TimeIndex &) = delete;

    // The document's snapshot for this grouping when it is current and valid; otherwise reads
    // spans, actor links, tags and actors (one scan each, all in one read transaction), builds,
    // and stores the snapshot under the revision read (writable documents only, and only if no
    // edit committed on another connection meanwhile).
    static TimeIndex load(const Document &document, LaneGrouping grouping);

    LaneGrouping grouping() const { return m_grouping; }
    std::uint32_t eventCount() const { return std::uint32_t(m_entries.size()); }
    const IndexEntry &entry(std::uint32_t ordinal) const { return m_entries[ordinal]; }
    EventId eventId(std::uint32_t ordinal) const;
    DateBounds bounds(std::uint32_t ordinal) const; // all four bounds, fuzzy ones included
    // Linear scan: for rare lookups (selection from a table), not per frame.
    std::optional<std::uint32_t> ordinalOf(EventId id) const;
    // The first event (in time order) starting at or after t; eventCount() if none.
    std::uint32_t firstStartingAtOrAfter(TimePoint t) const;

    // Finite extent of all events: their earliest and latest bound that is not open (0 and 0 when
    // there are none).
    TimePoint earliest() const { return m_earliest; }
    TimePoint latest() const { return m_latest; }

    int laneCount() const { return int(m_lanes.size()); }
    const LaneInfo &lane(int lane) const { return m_lanes[std::size_t(lane)].info; }
    int laneOfKey(const QString &key) const { return m_laneByKey.value(key, -1); }

    // Ordinals of the lane's events overlapping [from, to) (start < to && end > from), appended
    // to out in ascending ordinal (= time) order.
    void visibleEvents(int lane, TimePoint from, TimePoint to, std::vector<std::uint32_t> &out) const;
    // Same count without collecting; for level-of-detail decisions.
    std::size_t countVisible(int lane, TimePoint from, TimePoint to) const;
    // A lower bound of countVisible from the density pyramid alone: the events starting in buckets
    // that lie wholly inside [from, to). Reads a few dozen buckets, where countVisible makes two
    // binary searches over scattered entries per duration class; enough to see a lane is dense.
    std::size_t startsWithin(int lane, TimePoint from, TimePoint to) const;
    // Ordinals of the lane's events with duration >= minDuration overlapping [from, to).
    void longEvents(int lane, TimePoint minDuration, TimePoint from, TimePoint to,
                    std::vector<std::uint32_t> &out) const;

    // Event starts per pixel column: column c covers [t0 + c*spp, t0 + (c+1)*spp). Adds into
    // counts[c]. Exact when the pyramid's buckets fit in a column, or when the window holds at
    // most columns/2 events and its buckets are over four columns wide (the events are walked);
    // otherwise each bucket is spread evenly over its columns. lane -1: all events (the overview).
    void density(int lane, TimePoint t0, double spp, int columns, std::uint32_t *counts) const;
    const DensityPyramid &pyramid(int lane) const; // lane -1: all events

    // A snapshot of the built index for Document::storeSnapshot: a versioned header, then the
    // arrays copied in bulk (host byte order; another byte order simply fails to load).
    QByteArray serialize() const;
    // Reads a snapshot from an untrusted file: every size, ordinal, slice and pyramid dimension
    // is checked, so a truncated or crafted blob yields nullopt, never an out-of-bounds access.
    static std::optional<TimeIndex> deserialize(const QByteArray &data);
    static std::optional<TimeIndex> deserialize(ByteSource &source); // e.g. Document::readSnapshot
    // The Document::snapshot key of an index of this grouping ("timeindex/actor").
    static QString snapshotKey(LaneGrouping grouping);

    // Bytes held by the index (capacities of all its arrays and lane strings).
    std::size_t memoryBytes() const;

    // Patches the index after an edit, in O(events) time with no document scan: the removed
    // events and the old versions of the upserted ones leave, the upserted ones enter in time
    // order and in the given lanes (new lanes go last; lanes left empty are dropped). Among events
    // starting at the same moment a patched event goes last: the sort key is not in the index,
    // so the full order returns at the next load.
    void apply(const IndexPatch &patch);

    // The index of only the events whose keep[ordinal] is non-zero (keep has eventCount()
    // entries): entries copied in order, lane members renumbered, duration classes and pyramids
    // recounted, lanes left empty dropped (the one lane of LaneGrouping::None stays). What a
    // filter hands the renderer, so that drawing, the overview band and the lane layout see a
    // smaller document and need no filter of their own. O(events + memberships).
    TimeIndex filtered(const std::vector<std::uint8_t> &keep) const;

private:
    friend class IndexBuilder;
    struct ClassSlice {
        TimePoint maxDuration = 0;
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
    };
    struct Lane {
        LaneInfo info;
        std::vector<std::uint32_t> members; // grouped by duration class, ascending within a class
        std::vector<ClassSlice> classes;
        DensityPyramid pyramid;
    };
    struct Fuzz {
        std::uint32_t ordinal;
        TimePoint latestStart;
        TimePoint earliestEnd;
    };
    // The entry of a span at ordinal (its id in the entry or in m_wideIds, fuzzy bounds in m_fuzz).
    IndexEntry entryFor(const EventSpan &span, std::uint32_t ordinal);
    // Sets LaneInfo::sharedLabel of every lane; after the lanes are built, read or patched.
    void markSharedLabels();
    // Sets a lane's members (ascending ordinals): split into duration classes, counted, pyramid.
    void fillLane(Lane &lane, const std::vector<std::uint32_t> &members) const;
    // Follows a patch in a lane whose renumbered members include kGone for those that left.
    void patchLane(Lane &lane, const std::vector<TimePoint> &droppedStarts, std::vector<std::uint32_t> added) const;
    // Steps of apply() (timeindexpatch.cpp): old ordinals -> new ones, lanes, totals.
    struct Renumber;
    void renumberLanes(const Renumber &renumber, const std::vector<std::vector<std::uint32_t>> &added,
                       const std::vector<IndexEntry> &oldEntries);
    void updateTotals(const Renumber &renumber, const std::vector<IndexEntry> &oldEntries,
                      const std::vector<std::uint32_t> &incomingOrdinal);
    // Snapshot reading (timeindexsnapshot.cpp): each part checked as it is read.
    class SnapshotReader;
    static bool readEntries(SnapshotReader &r, TimeIndex &index, std::uint32_t events, std::uint32_t wide);
    static bool readFuzz(SnapshotReader &r, TimeIndex &index, std::uint32_t count);
    static bool readPyramid(SnapshotReader &r, DensityPyramid &pyramid);
    static bool readLane(SnapshotReader &r, const TimeIndex &index, Lane &lane);
    // [first, last) of slice members with start > from - maxDuration and start < to
    std::pair<const std::uint32_t *, const std::uint32_t *>
    candidates(const Lane &lane, const ClassSlice &slice, TimePoint from, TimePoint to) const;

    LaneGrouping m_grouping = LaneGrouping::None;
    std::vector<IndexEntry> m_entries;
    std::vector<std::int64_t> m_wideIds;
    std::vector<Fuzz> m_fuzz; // sorted by ordinal
    std::vector<Lane> m_lanes;
    QHash<QString, int> m_laneByKey;
    DensityPyramid m_all;
    TimePoint m_earliest = 0;
    TimePoint m_latest = 0;
};

} // namespace dateline
