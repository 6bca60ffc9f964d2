#pragma once

#include <QString>

#include <cstddef>

namespace dateline {

class DocumentController;

// One step of the command layer that changes events (duplicate, move, a bulk change in the
// Inspector) acts on at most this many. A duplicate or a move writes each event through the
// store one at a time with its whole state kept in the journal for undo, about a millisecond an
// event in a million-event file: 10,000 take 10-20 s and as long to undo, while the million a
// Ctrl+A selects would hold the window for a quarter of an hour. The Inspector's bulk changes
// are set-based (10,000 in 2-4 s), but undo and redo still rewrite their events one at a time
// (100,000 took 20-40 s).
inline constexpr std::size_t kMaxEventsPerStep = 10000;
// A delete goes set-based from a hundred events (Document::removeEvents, restoreEvents): 100,000
// of a million GDELT events are deleted, undone or redone in about 15 s each here, the window
// showing a wait cursor. Past that the journal's before-states (JSON, ~0.5 KB an event) and the
// pages a scattered delete rewrites keep it from scaling to the whole document.
inline constexpr std::size_t kMaxEventsPerDelete = 100000;

// Whether a step on count events may run (limit: one of the above); if not, reports why and what
// to do instead (titled "<what> Events") through the controller, and returns false.
bool withinStepLimit(const DocumentController &controller, std::size_t count, const QString &what,
                     std::size_t limit = kMaxEventsPerStep);

} // namespace dateline
