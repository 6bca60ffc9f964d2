#pragma once

#include "core/model/ids.h"

#include <QString>

namespace dateline {

class Document;

// The hover tooltip of a timeline event: display date, title, actors and quote count, read from the
// document on demand (the time index holds no text). Returned as rich text whose every piece of
// document text is HTML-escaped, so a title like "<b>x</b>" shows literally; empty if the event
// does not exist.
QString timelineToolTip(const Document &document, EventId id);

} // namespace dateline
