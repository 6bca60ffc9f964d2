#pragma once

#include "core/date/fuzzydate.h"
#include "core/model/cameo.h"
#include "core/model/event.h"

#include <algorithm>
#include <cstdint>

namespace dateline {

// One event in the time index: 24 bytes, no text. start/end are the outer bounds
// (earliestStart, latestEnd); the inner fuzzy bounds live in a sparse side table of the index.
struct IndexEntry {
    TimePoint start = 0;
    TimePoint end = 0;
    std::uint32_t idOrSlot = 0; // the event id, or a slot in the wide-id table (flag WideId)
    std::uint32_t flags = 0;

    // flags layout: precision 4 bits | status 3 | quotes 1 | cameo root 5 | importance 7 |
    // fuzzy 1 | wide id 1
    static constexpr std::uint32_t kQuoteBit = 1u << 7;
    static constexpr std::uint32_t kFuzzyBit = 1u << 20;
    static constexpr std::uint32_t kWideIdBit = 1u << 21;

    static std::uint32_t packFlags(DatePrecision precision, EventStatus status, bool hasQuotes,
                                   int cameoRoot, int importance)
    {
        return (std::uint32_t(precision) & 0xF) | ((std::uint32_t(status) & 0x7) << 4)
            | (hasQuotes ? kQuoteBit : 0u) | ((std::uint32_t(cameoRoot) & 0x1F) << 8)
            | ((std::uint32_t(importance) & 0x7F) << 13);
    }

    DatePrecision precision() const { return DatePrecision(flags & 0xF); }
    EventStatus status() const { return EventStatus((flags >> 4) & 0x7); }
    bool hasQuotes() const { return flags & kQuoteBit; }
    int cameoRoot() const { return int((flags >> 8) & 0x1F); }
    int importance() const { return int((flags >> 13) & 0x7F); }
    bool isFuzzy() const { return flags & kFuzzyBit; }
    TimePoint duration() const { return end - start; }

    cameo::QuadClass quadClass() const { return quadOfRoot(cameoRoot()); }
    static cameo::QuadClass quadOfRoot(int root)
    {
        if (root <= 0)
            return cameo::QuadClass::None;
        if (root <= 5)
            return cameo::QuadClass::VerbalCooperation;
        if (root <= 8)
            return cameo::QuadClass::MaterialCooperation;
        if (root <= 13)
            return cameo::QuadClass::VerbalConflict;
        return cameo::QuadClass::MaterialConflict;
    }
};

static_assert(sizeof(IndexEntry) == 24);

// The finite extent of some entries: their earliest and latest bound that is not open. Both bounds
// of each count, so that one event "from March 2008", open at its end, still has an extent.
struct IndexExtent {
    TimePoint earliest = kTimeMax;
    TimePoint latest = kTimeMin;

    void add(const IndexEntry &e)
    {
        for (const TimePoint t : {e.start, e.end})
            if (t > kTimeMin && t < kTimeMax) {
                earliest = std::min(earliest, t);
                latest = std::max(latest, t);
            }
    }
    bool empty() const { return earliest > latest; }
};

} // namespace dateline
