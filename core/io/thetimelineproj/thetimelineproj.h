#pragma once

#include "core/io/importresult.h"

#include <QByteArray>

namespace dateline {

class Document;

// The .timeline XML of the "Timeline" desktop app (thetimelineproj), Gregorian time type only:
// categories (as tags, "Parent/Child"), events, fuzzy and "ends today" flags, milestones (tag
// "milestone"), containers (as "part of" relations), eras. See docs/import-export-formats.md.
ImportedContent readTheTimelineProj(const QByteArray &data);
QByteArray writeTheTimelineProj(const Document &doc, ExportReport *report);
bool looksLikeTheTimelineProj(const QByteArray &head);

// The tag an imported milestone carries, and that marks a milestone on export.
inline constexpr QLatin1StringView kMilestoneTag{"milestone"};

} // namespace dateline
