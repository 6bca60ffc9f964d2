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
    const std::uint32_t n = index.eventCount();
    mask.ordinals.assign(n, 0);
    std::vector<std::uint8_t> datedRows;
    if (byDate)
        datedRows.assign(mask.rows.size(), 0);
    for (std::uint32_t o = 0; o < n; ++o) {
        const auto row = facets.rowOf(index.eventId(o));
        bool keep = row ? bool(mask.rows[*row]) : !byFacets;
        if (keep && byDate) {
            const IndexEntry &e = index.entry(o);
            keep = e.start < to && e.end > from;
        }
        mask.ordinals[o] = keep;
        if (keep && byDate && row)
            datedRows[*row] = 1;
    }
    if (byDate)
        mask.rows = std::move(datedRows); // undated events (no ordinal) stay hidden
    for (const std::uint8_t r : mask.rows)
        mask.shown += r;
    mask.hidden = std::uint32_t(mask.rows.size()) - mask.shown;
    return mask;
}

} // namespace dateline
