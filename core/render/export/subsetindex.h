#pragma once

#include "core/index/lanegrouping.h"
#include "core/index/timeindex.h"
#include "core/model/ids.h"

#include <QStringList>

#include <vector>

namespace dateline {

class Document;

// A TimeIndex of only some of a document's events and lanes: the selection, a filter's hits or
// the lanes a user ticked. Built fresh from one scan of the document, so the live index (and the
// view using it) is never touched. Empty `events` or `laneKeys` mean "all".
// Lane keys are LaneInfo keys ("actor:12", "country:RUS", "tag:nuclear", "type:4", "all", "none").
TimeIndex buildSubsetIndex(const Document &document, LaneGrouping grouping, const std::vector<EventId> &events,
                           const QStringList &laneKeys);

} // namespace dateline
