#pragma once

#include "core/model/entityref.h"
#include "core/model/ids.h"

#include <set>
#include <vector>

namespace dateline {

// What one committed step, undo or redo changed: the typed notice listeners get (the time index
// patches itself from the event ids instead of rebuilding).
struct DocumentChange {
    std::vector<EventId> eventsAdded;
    std::vector<EventId> eventsChanged; // fields, links or quotes (an event's quote count) changed
    std::vector<EventId> eventsRemoved;
    std::set<EntityKind> kinds;         // every kind of entity the step touched
    bool everything = false;            // too much to list (a large import): reload what you show

    bool touches(EntityKind kind) const { return everything || kinds.count(kind) > 0; }
    bool isEmpty() const { return !everything && kinds.empty(); }
};

} // namespace dateline
