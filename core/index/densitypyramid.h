#pragma once

#include "core/date/timepoint.h"
#include "core/index/indexentry.h"

#include <cstdint>
#include <span>
#include <vector>

namespace dateline {

// Counts of event starts per time bucket, at power-of-two levels: level 0 has bucketCount(0)
// buckets of bucketWidth(0) seconds from origin(), each level above halves the bucket count.
// Sized to about one bucket per two events (~4 bytes per member): fine enough that a density band
// rarely has to walk events, whose scattered reads cost more than the buckets (docs/architecture.md §6).
// Starts before origin() (open starts) count in the first bucket.
class DensityPyramid {
public:
    DensityPyramid() = default;
    // members: ordinals into entries, in any order.
    void build(std::span<const std::uint32_t> members, const std::vector<IndexEntry> &entries);

    bool isEmpty() const { return m_counts.empty(); }
    int levels() const { return m_levels; }
    TimePoint origin() const { return m_origin; }
    TimePoint bucketWidth(int level) const { return m_width0 << level; }
    std::uint32_t bucketCount(int level) const { return m_buckets0 >> level; }
    std::uint32_t count(int level, std::uint32_t bucket) const
    {
        return m_counts[offset(level) + bucket];
    }
    // Counts one start more (delta 1) or less (-1) at every level, as build() would have counted
    // it. False, changing nothing, when the start falls outside the buckets or a count would go
    // below zero: then build again.
    bool adjust(TimePoint start, int delta);

    // The coarsest level whose buckets are at most `seconds` wide, or -1 if even level 0 is wider.
    int levelFor(double seconds) const;

    std::size_t memoryBytes() const;

private:
    friend class TimeIndex; // snapshots write and validate the arrays directly
    std::size_t offset(int level) const { return 2 * std::size_t(m_buckets0) - 2 * (m_buckets0 >> level); }

    TimePoint m_origin = 0;
    TimePoint m_width0 = 1;
    std::uint32_t m_buckets0 = 0;
    int m_levels = 0;
    std::vector<std::uint32_t> m_counts;
};

} // namespace dateline
