#pragma once

#include <QString>

namespace dateline {

struct DocumentInfo;

// Status-bar wording: "5 events · 17 Mar 2008 – 6 Apr 2008"; with a filter, "3 of 5 events · …".
QString documentSummary(const DocumentInfo &info, int shownEvents);
// The time extent of a document, or an empty string when it has no dated events.
QString timeExtentText(const DocumentInfo &info);

} // namespace dateline
