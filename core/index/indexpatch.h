#pragma once

#include "core/index/lanegrouping.h"
#include "core/store/document.h"

#include <vector>

namespace dateline {

// What TimeIndex::apply needs to follow an edit: the events to drop and the current span and
// lanes of the events that were added or changed. Read from the document for the few ids a
// DocumentChange names, so an edit on a million-event document costs no scan.
struct IndexPatch {
    struct Upsert {
        EventSpan span;
        std::vector<LaneInfo> lanes; // for the index's grouping; at least one
    };
    std::vector<EventId> removed;
    std::vector<Upsert> upserts;

    // removed: ids that left the document; upserted: ids added or changed (an upserted event
    // that no longer exists or has no date is removed instead).
    static IndexPatch read(const Document &document, LaneGrouping grouping, const std::vector<EventId> &removed,
                           const std::vector<EventId> &upserted);
};

} // namespace dateline
