#include "core/index/densitypyramid.h"

#include "core/date/calendar.h"

#include <algorithm>
#include <bit>

namespace dateline {

namespace {

bool isFinite(TimePoint t)
{
    return t > kTimeMin && t < kTimeMax;
}

} // namespace

void DensityPyramid::build(std::span<const std::uint32_t> members,
                           const std::vector<IndexEntry> &entries)
{
    m_counts.clear();
    m_levels = 0;
    m_buckets0 = 0;
    if (members.empty())
        return;

    TimePoint lo = kTimeMax;
    TimePoint hi = kTimeMin;
    for (const std::uint32_t ordinal : members) {
        const TimePoint s = entries[ordinal].start;
        if (isFinite(s)) {
            lo = std::min(lo, s);
            hi = std::max(hi, s);
        }
    }
    if (lo > hi)
        lo = hi = 0; // only open starts: everything lands in bucket 0

    // At least two buckets: one aligned bucket can never hold starts on both sides of a multiple
    // of its width (e.g. 1960 and 1980 straddle 0), so the widening loop below would overflow.
    m_buckets0 = std::bit_floor(std::max<std::uint32_t>(2, std::uint32_t(members.size() / 2)));
    const auto span = std::uint64_t(hi - lo) + 1;
    m_width0 = TimePoint(std::bit_ceil(std::max<std::uint64_t>(1, span / m_buckets0)));
    m_origin = calendar::floorDiv(lo, m_width0) * m_width0;
    while (std::uint64_t(hi - m_origin) / std::uint64_t(m_width0) >= m_buckets0) {
        m_width0 *= 2; // alignment pushed the last start past the end
        m_origin = calendar::floorDiv(lo, m_width0) * m_width0;
    }
    m_levels = std::bit_width(m_buckets0);

    m_counts.assign(2 * std::size_t(m_buckets0) - 1, 0);
    for (const std::uint32_t ordinal : members) {
        const TimePoint s = std::clamp(entries[ordinal].start, m_origin, hi);
        ++m_counts[std::size_t((s - m_origin) / m_width0)];
    }
    for (int level = 1; level < m_levels; ++level) {
        const std::size_t below = offset(level - 1);
        const std::size_t here = offset(level);
        for (std::uint32_t i = 0; i < bucketCount(level); ++i)
            m_counts[here + i] = m_counts[below + 2 * i] + m_counts[below + 2 * i + 1];
    }
}

bool DensityPyramid::adjust(TimePoint start, int delta)
{
    if (isEmpty())
        return false;
    const TimePoint s = std::max(start, m_origin); // open starts count in the first bucket, as in build()
    const std::uint64_t bucket = std::uint64_t(s - m_origin) / std::uint64_t(m_width0);
    if (bucket >= m_buckets0)
        return false;
    if (delta < 0 && m_counts[std::size_t(bucket)] == 0)
        return false;
    for (int level = 0; level < m_levels; ++level)
        m_counts[offset(level) + std::size_t(bucket >> level)] += std::uint32_t(delta);
    return true;
}

int DensityPyramid::levelFor(double seconds) const
{
    if (isEmpty() || double(m_width0) > seconds)
        return -1;
    int level = 0;
    while (level + 1 < m_levels && double(bucketWidth(level + 1)) <= seconds)
        ++level;
    return level;
}

std::size_t DensityPyramid::memoryBytes() const
{
    return m_counts.capacity() * sizeof(std::uint32_t);
}

} // namespace dateline
