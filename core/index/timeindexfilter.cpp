// TimeIndex::filtered: a smaller index of the events a filter keeps, made from the index's own
// arrays (no document read), so that applying a filter to a million events redraws at once.
#include "core/index/timeindex.h"

#include <algorithm>

namespace dateline {

TimeIndex TimeIndex::filtered(const std::vector<std::uint8_t> &keep) const
{
    constexpr std::uint32_t kGone = ~0u;
    const std::uint32_t n = eventCount();
    TimeIndex out;
    out.m_grouping = m_grouping;

    // Ordinals stay in time order: the renumbering is monotonic, so every sorted run of
    // ordinals (lane classes, the fuzz table) stays sorted.
    std::vector<std::uint32_t> renumber(n, kGone);
    std::uint32_t kept = 0;
    for (std::uint32_t o = 0; o < n && o < keep.size(); ++o)
        if (keep[o])
            renumber[o] = kept++;
    out.m_entries.reserve(kept);
    TimePoint earliest = kTimeMax, latest = kTimeMin;
    for (std::uint32_t o = 0; o < n; ++o) {
        if (renumber[o] == kGone)
            continue;
        IndexEntry e = m_entries[o];
        if (e.flags & IndexEntry::kWideIdBit) {
            const std::int64_t id = m_wideIds[e.idOrSlot];
            e.idOrSlot = std::uint32_t(out.m_wideIds.size());
            out.m_wideIds.push_back(id);
        }
        if (e.start > kTimeMin)
            earliest = std::min(earliest, e.start);
        if (e.end < kTimeMax)
            latest = std::max(latest, e.end);
        out.m_entries.push_back(e);
    }
    out.m_earliest = earliest <= latest ? earliest : 0;
    out.m_latest = earliest <= latest ? latest : 0;
    for (const Fuzz &f : m_fuzz)
        if (renumber[f.ordinal] != kGone)
            out.m_fuzz.push_back({renumber[f.ordinal], f.latestStart, f.earliestEnd});

    for (const Lane &lane : m_lanes) {
        Lane copy;
        copy.info = lane.info;
        copy.members.reserve(lane.members.size());
        for (const ClassSlice &slice : lane.classes) {
            ClassSlice s;
            s.begin = std::uint32_t(copy.members.size());
            for (std::uint32_t i = slice.begin; i < slice.end; ++i) {
                const std::uint32_t o = renumber[lane.members[i]];
                if (o == kGone)
                    continue;
                copy.members.push_back(o);
                s.maxDuration = std::max(s.maxDuration, out.m_entries[o].duration());
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
