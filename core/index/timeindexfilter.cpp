// TimeIndex::filtered: a smaller index of the events a filter keeps, made from the index's own
// arrays (no document read), so that applying a filter to a million events redraws at once.
#include "core/index/timeindex.h"

#include <algorithm>
#include <bit>

namespace dateline {

TimeIndex TimeIndex::filtered(const std::vector<std::uint8_t> &keep) const
{
    constexpr std::uint32_t kGone = ~0u;
    const std::uint32_t n = eventCount();
    TimeIndex out;
    out.m_grouping = m_grouping;

    // Ordinals stay in time order: the renumbering is monotonic, so every sorted run of
    // ordinals (lane classes, the fuzz table) stays sorted.
    // The new ordinal of o is the number of kept ordinals before it: a bitset and a count per
    // 64 ordinals (192 KB per million events) answer that from the cache, where a table of new
    // ordinals (4 MB) costs a cache miss per lane member.
    const std::size_t words = (std::size_t(n) + 63) / 64;
    std::vector<std::uint64_t> bits(words, 0);
    std::vector<std::uint32_t> before(words + 1, 0);
    for (std::uint32_t o = 0; o < n && o < keep.size(); ++o)
        if (keep[o])
            bits[o >> 6] |= std::uint64_t(1) << (o & 63);
    for (std::size_t w = 0; w < words; ++w)
        before[w + 1] = before[w] + std::uint32_t(std::popcount(bits[w]));
    const std::uint32_t kept = before[words];
    auto renumber = [&bits, &before](std::uint32_t o) {
        const std::uint64_t word = bits[o >> 6];
        const std::uint64_t bit = std::uint64_t(1) << (o & 63);
        return word & bit ? before[o >> 6] + std::uint32_t(std::popcount(word & (bit - 1))) : kGone;
    };
    out.m_entries.reserve(kept);
    IndexExtent extent;
    for (std::uint32_t o = 0; o < n; ++o) {
        if (!((bits[o >> 6] >> (o & 63)) & 1))
            continue;
        IndexEntry e = m_entries[o];
        if (e.flags & IndexEntry::kWideIdBit) {
            const std::int64_t id = m_wideIds[e.idOrSlot];
            e.idOrSlot = std::uint32_t(out.m_wideIds.size());
            out.m_wideIds.push_back(id);
        }
        extent.add(e);
        out.m_entries.push_back(e);
    }
    out.m_earliest = extent.empty() ? 0 : extent.earliest;
    out.m_latest = extent.empty() ? 0 : extent.latest;
    for (const Fuzz &f : m_fuzz)
        if (const std::uint32_t o = renumber(f.ordinal); o != kGone)
            out.m_fuzz.push_back({o, f.latestStart, f.earliestEnd});

    for (const Lane &lane : m_lanes) {
        Lane copy;
        copy.info = lane.info;
        copy.members.reserve(lane.members.size());
        for (const ClassSlice &slice : lane.classes) {
            // the class's longest duration stays a valid bound (a query only needs one at least
            // as long), and reading every member's entry for a tighter one costs a cache miss each
            ClassSlice s;
            s.maxDuration = slice.maxDuration;
            s.begin = std::uint32_t(copy.members.size());
            for (std::uint32_t i = slice.begin; i < slice.end; ++i) {
                const std::uint32_t o = renumber(lane.members[i]);
                if (o != kGone)
                    copy.members.push_back(o);
            }
            s.end = std::uint32_t(copy.members.size());
            if (s.end > s.begin)
                copy.classes.push_back(s);
        }
        if (copy.members.empty() && m_grouping != LaneGrouping::None)
            continue;
        copy.members.shrink_to_fit();
        copy.info.count = std::uint32_t(copy.members.size());
        copy.pyramid.build(copy.members, out.m_entries); // any order will do
        out.m_laneByKey.insert(copy.info.key, int(out.m_lanes.size()));
        out.m_lanes.push_back(std::move(copy));
    }

    std::vector<std::uint32_t> all(kept);
    for (std::uint32_t i = 0; i < kept; ++i)
        all[i] = i;
    out.m_all.build(all, out.m_entries);
    return out;
}

} // namespace dateline
