#pragma once

#include "core/index/lanegrouping.h"
#include "core/index/timeindex.h"
#include "core/model/eventfilter.h"

namespace dateline {

class Document;

namespace cli {

// The time index of the events a filter lets through (a saved view's picture), built from the
// spans of Document::eventIdsMatching. A stopgap of the CLI: once TimeIndex::filtered and the
// facet index are on main, this becomes load() + filtered(mask) with the same result.
TimeIndex timeIndexForFilter(const Document &document, LaneGrouping grouping, const EventFilter &filter);

} // namespace cli
} // namespace dateline
