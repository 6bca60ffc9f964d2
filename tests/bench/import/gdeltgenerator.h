#pragma once

#include <QString>

#include <cstdint>

namespace dateline::bench {

// Writes n synthetic GDELT 2.0 event rows (61 tab-separated columns) to path: 3,000 actors and
// 6,000 places picked with Zipf-like skew, CAMEO codes weighted the way news coverage is (many
// statements, consultations and visits, few assaults), rows in DATEADDED order over 2015-2025 with
// event days mostly on or just before it (as in real files), one source URL
// per two events on average. Returns false when the file cannot be written.
bool writeGdeltRows(const QString &path, std::int64_t n, std::uint32_t seed = 1);

} // namespace dateline::bench
