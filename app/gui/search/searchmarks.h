#pragma once

#include "core/date/timepoint.h"
#include "core/model/ids.h"

#include <vector>

class QPainter;

namespace dateline {

class Layout;

// The hits of the current search as the timeline marks them: a ring around each hit event it
// draws, a tick in the overview band for each day with hits.
struct SearchMarks {
    std::vector<EventId> events; // sorted by id (for binary search while painting)
    std::vector<TimePoint> days; // sorted, distinct

    bool isEmpty() const { return events.empty(); }
    bool contains(EventId id) const;
};

// Draws the marks over a painted frame (after TimelinePainter): rings on the frame's event
// shapes, ticks along the top of its overview band.
void paintSearchMarks(QPainter &painter, const Layout &layout, const SearchMarks &marks);

} // namespace dateline
