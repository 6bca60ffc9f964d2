#pragma once

#include <QString>

#include <cstdint>

namespace dateline::bench {

// Writes a deterministic benchmark document: `events` events over 200 actor lanes with Zipf-like
// lane sizes, bursty times across 1500-2025, 15% ranges of days to decades, a few very long ones,
// titles in Latin, Cyrillic, Arabic and CJK scripts (plus the rare words "ceasefire", "embargo" and
// "ultimatum" in 0.01 %, 0.1 % and 1 % of titles), 0-3 quotes per event. Returns false and sets
// error on failure.
bool generateDocument(const QString &path, std::uint32_t events, std::uint64_t seed, QString *error);

} // namespace dateline::bench
