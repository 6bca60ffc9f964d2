#pragma once

#include "core/date/timepoint.h"

#include <QString>

namespace dateline {

// ISO 8601 text of a point on the time axis, for logs, the CLI and tests (not for analysts:
// use FuzzyDate::toDisplayString for them). Astronomical years: "0000" is 1 BCE, "-0099"
// 100 BCE; years beyond four digits get EDTF's Y prefix ("Y-13800000000-01-01").
// kTimeMin and kTimeMax (open ends) are written "..".

// "2008-03-17": the day containing t.
QString formatIsoDay(TimePoint t);
// "2008-03-17" at midnight, "2008-03-17T14:30:00Z" otherwise (always UTC).
QString formatIsoDateTime(TimePoint t);

} // namespace dateline
