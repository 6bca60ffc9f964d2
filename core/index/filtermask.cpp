#include "core/index/filtermask.h"

#include "core/index/facetindex.h"
#include "core/index/timeindex.h"

namespace dateline {

FilterMask FilterMask::evaluate(const EventFilter &filter, const FacetIndex &facets, const TimeIndex &index)
{
    FilterMask mask;
    EventFilter rest = filter;
    rest.dateRange = FuzzyDate();
    const bool byFacets = !rest.isEmpty();
    const bool byDate = filter.dateRange.isValid();
    mask.rows = byFacets ? facets.filterRows(rest) : std::vector<std::uint8_t>(facets.eventCount(), 1);

    TimePoint from = kTimeMin, to = kTimeMax;
    if (byDate) {
        const DateBounds b = filter.dateRange.bounds();
        from = b.earliestStart;
        to = b.latestEnd;
    }
    // Rows are in id order, ordinals in time order: the lookups below jump around, so they go
    // to bitsets (128 KB per million events stays in cache) instead of the byte masks.
    const std::size_t words = (mask.rows.size() + 63) / 64;
    std::vector<std::uint64_t> rowBits(words, 0), datedBits(byDate ? words : 0, 0);
    for (std::size_t r = 0; r < mask.rows.size(); ++r)
        rowBits[r >> 6] |= std::uint64_t(mask.rows[r]) << (r & 63);
    const std::uint32_t n = index.eventCount();
    mask.ordinals.assign(n, 0);
    for (std::uint32_t o = 0; o < n; ++o) {
        const IndexEntry &e = index.entry(o);
        if (byDate && !(e.start < to && e.end > from))
            continue;
        const auto row = facets.rowOf(index.eventId(o));
        if (!row) {
            mask.ordinals[o] = !byFacets;
            continue;
        }
        if (!((rowBits[*row >> 6] >> (*row & 63)) & 1))
            continue;
        mask.ordinals[o] = 1;
        if (byDate)
            datedBits[*row >> 6] |= std::uint64_t(1) << (*row & 63);
    }
    if (byDate) { // undated events (no ordinal) stay hidden
        for (std::size_t r = 0; r < mask.rows.size(); ++r)
            mask.rows[r] = std::uint8_t((datedBits[r >> 6] >> (r & 63)) & 1);
    }
    for (const std::uint8_t r : mask.rows)
        mask.shown += r;
    mask.hidden = std::uint32_t(mask.rows.size()) - mask.shown;
    return mask;
}

} // namespace dateline
