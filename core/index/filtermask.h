#pragma once

#include "core/model/eventfilter.h"

#include <cstdint>
#include <vector>

namespace dateline {

class FacetIndex;
class TimeIndex;

// Which events an EventFilter keeps, as masks over the two compact indexes: per time-index
// ordinal (hand it to TimeIndex::filtered for drawing) and per facet-index row, which covers
// undated events too (the events table). The date range is tested on the time index's bounds, so
// undated events never pass it. An event the time index holds but the facet index does not yet
// know (an edit the facets have not followed) passes only a filter without other facets.
struct FilterMask {
    std::vector<std::uint8_t> ordinals;
    std::vector<std::uint8_t> rows;
    std::uint32_t shown = 0;  // events of the document kept (rows)
    std::uint32_t hidden = 0; // events of the document hidden (rows)

    static FilterMask evaluate(const EventFilter &filter, const FacetIndex &facets, const TimeIndex &index);
};

} // namespace dateline
