#include "app/cli/viewindex.h"

#include "core/index/facetindex.h"
#include "core/index/filtermask.h"
#include "core/store/document.h"

namespace dateline::cli {

// The same path as the app's filter bar: facets (from their snapshot when current), a mask over
// the time index, and the smaller index drawn from it. One meaning of every facet for both.
TimeIndex timeIndexForFilter(const Document &document, LaneGrouping grouping, const EventFilter &filter)
{
    TimeIndex full = TimeIndex::load(document, grouping);
    if (filter.isEmpty())
        return full;
    const FacetIndex facets = FacetIndex::load(document);
    return full.filtered(FilterMask::evaluate(filter, facets, full).ordinals);
}

} // namespace dateline::cli
