#pragma once

#include "core/index/lanegrouping.h"
#include "core/index/timeindex.h"
#include "core/model/eventfilter.h"

namespace dateline {

class Document;

namespace cli {

// The time index of the events a filter lets through (a saved view's picture): the document's
// index filtered through the facet index, as the app's filter bar does.
TimeIndex timeIndexForFilter(const Document &document, LaneGrouping grouping, const EventFilter &filter);

} // namespace cli
} // namespace dateline
