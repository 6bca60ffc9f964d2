#pragma once

#include "core/index/lanegrouping.h"
#include "core/render/scene.h"

#include <QString>

namespace dateline {

class TimeIndex;

// The user's lane order and collapsed lanes, remembered in QSettings per document file and per
// lane grouping, so a timeline reopens the way it was left. Values stay small: the order keeps
// only the prefix that differs from the index's default order.
namespace TimelineViewSettings {

// The settings group for a document and grouping (derived from the canonical path); empty for a
// document without a file.
QString laneStateGroup(const QString &documentPath, LaneGrouping grouping);

// The remembered state, without keys the index no longer has; empty when nothing was saved.
LaneState loadLaneState(const QString &documentPath, LaneGrouping grouping, const TimeIndex &index);
// Stores the state (removes the entry when it is the default). A no-op without a path.
void saveLaneState(const QString &documentPath, LaneGrouping grouping, const TimeIndex &index,
                   const LaneState &state);

// The lane header column's width, dragged by its right edge: one for all documents (default 170 px,
// at least kMinHeaderWidth, at most kMaxHeaderWidth).
inline constexpr double kMinHeaderWidth = 100;
inline constexpr double kMaxHeaderWidth = 600;
double headerWidth();
void saveHeaderWidth(double width);

} // namespace TimelineViewSettings

} // namespace dateline
