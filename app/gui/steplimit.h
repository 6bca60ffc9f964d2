#pragma once

#include <QString>

#include <cstddef>

namespace dateline {

class DocumentController;

// One step of the command layer (delete, duplicate, a bulk change in the Inspector) acts on at
// most this many events. Each event it touches goes through the store with its whole state kept
// in the journal for undo, about a millisecond an event in a million-event file: 10,000 take
// 10-15 s and as long to undo, while the million a Ctrl+A selects would hold the window for a
// quarter of an hour.
inline constexpr std::size_t kMaxEventsPerStep = 10000;

// Whether a step on count events may run; if not, reports why and what to do instead (titled
// "<what> Events") through the controller, and returns false.
bool withinStepLimit(const DocumentController &controller, std::size_t count, const QString &what);

} // namespace dateline
