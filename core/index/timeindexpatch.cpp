// TimeIndex: entries and lanes shared by the builder, and patching after an edit.
#include "core/index/indexpatch.h"
#include "core/index/timeindex.h"
#include "core/model/actorlabel.h"

#include <algorithm>
#include <bit>
#include <tuple>

namespace dateline {

namespace {

int durationClass(TimePoint duration)
{
    return duration <= 1 ? 0 : int(std::bit_width(std::uint64_t(duration - 1)));
}

constexpr std::uint32_t kGone = ~0u;

// Old ordinal -> new ordinal after a patch: new = old - (drops before it) + (inserts before it),
// kGone for a dropped one. Answered from the few drops and inserts by binary search, not from a
// table over every entry: renumbering a lane's members then reads no scattered memory (a table
// made the membership pass of a 1M-event patch miss the cache on almost every read).
} // namespace

struct TimeIndex::Renumber {
    std::vector<std::uint32_t> drops;         // old ordinals, ascending
    std::vector<std::uint32_t> insertsBefore; // per incoming entry, the old ordinal it precedes; ascending
    std::vector<std::uint32_t> table;         // used instead when the patch is large

    std::uint32_t operator()(std::uint32_t o) const
    {
        if (!table.empty())
            return table[o];
        const auto d = std::lower_bound(drops.begin(), drops.end(), o);
        if (d != drops.end() && *d == o)
            return kGone;
        const auto i = std::upper_bound(insertsBefore.begin(), insertsBefore.end(), o);
        return o - std::uint32_t(d - drops.begin()) + std::uint32_t(i - insertsBefore.begin());
    }
};

IndexPatch IndexPatch::read(const Document &document, LaneGrouping grouping, const std::vector<EventId> &removed,
                            const std::vector<EventId> &upserted)
{
    IndexPatch patch;
    patch.removed = removed;
    const std::vector<EventSpan> spans = document.eventSpans(upserted);
    for (EventId id : upserted) {
        const auto span = std::find_if(spans.begin(), spans.end(), [id](const EventSpan &s) { return s.id == id; });
        if (span == spans.end()) {
            patch.removed.push_back(id); // gone, or no longer dated
            continue;
        }
        Upsert up{*span, {}};
        const std::optional<Event> event =
            grouping == LaneGrouping::None || grouping == LaneGrouping::EventType ? std::nullopt : document.event(id);
        switch (grouping) {
        case LaneGrouping::None: up.lanes.push_back(lanes::all()); break;
        case LaneGrouping::EventType: up.lanes.push_back(lanes::ofType(span->cameoRoot)); break;
        case LaneGrouping::Actor:
        case LaneGrouping::Country:
            for (const ActorLink &link : event ? event->actors : std::vector<ActorLink>{}) {
                const std::optional<Actor> actor = document.actor(link.actor);
                if (grouping == LaneGrouping::Actor)
                    up.lanes.push_back(lanes::ofActor(link.actor.value, actor ? actor->label : QString(),
                                                      actor ? actorCode(*actor) : QString()));
                else if (actor && !actor->country.isEmpty())
                    up.lanes.push_back(lanes::ofCountry(actor->country));
            }
            break;
        case LaneGrouping::Tag:
            for (const QString &tag : event ? event->tags : QStringList{})
                up.lanes.push_back(lanes::ofTag(tag));
            break;
        }
        if (up.lanes.empty())
            up.lanes.push_back(lanes::without(grouping));
        patch.upserts.push_back(std::move(up));
    }
    return patch;
}

IndexEntry TimeIndex::entryFor(const EventSpan &s, std::uint32_t ordinal)
{
    IndexEntry e;
    e.start = s.bounds.earliestStart;
    e.end = std::max(s.bounds.latestEnd, s.bounds.earliestStart + 1);
    e.flags = IndexEntry::packFlags(s.precision, s.status, s.quoteCount > 0, s.cameoRoot, std::min<int>(s.importance, 100));
    if (s.id.value >= 0 && s.id.value <= std::int64_t(UINT32_MAX)) {
        e.idOrSlot = std::uint32_t(s.id.value);
    } else {
        e.flags |= IndexEntry::kWideIdBit;
        e.idOrSlot = std::uint32_t(m_wideIds.size());
        m_wideIds.push_back(s.id.value);
    }
    if (s.bounds.latestStart != s.bounds.earliestStart || s.bounds.earliestEnd != s.bounds.latestEnd) {
        e.flags |= IndexEntry::kFuzzyBit;
        m_fuzz.push_back({ordinal, s.bounds.latestStart, s.bounds.earliestEnd});
    }
    return e;
}

void TimeIndex::fillLane(Lane &lane, const std::vector<std::uint32_t> &members) const
{
    lane.info.count = std::uint32_t(members.size());
    // stable split into duration classes
    std::uint32_t classCount[65] = {};
    TimePoint classMax[65] = {};
    for (const std::uint32_t o : members) {
        const TimePoint d = m_entries[o].duration();
        const int c = durationClass(d);
        ++classCount[c];
        classMax[c] = std::max(classMax[c], d);
    }
    std::uint32_t classFill[65];
    std::uint32_t at = 0;
    lane.classes.clear();
    for (int c = 0; c < 65; ++c) {
        classFill[c] = at;
        if (classCount[c])
            lane.classes.push_back({classMax[c], at, at + classCount[c]});
        at += classCount[c];
    }
    lane.members.resize(members.size());
    for (const std::uint32_t o : members)
        lane.members[classFill[durationClass(m_entries[o].duration())]++] = o;
    lane.classes.shrink_to_fit();
    lane.pyramid.build(members, m_entries);
}

// A lane after a patch, without sorting it again: the members that left (kGone) are squeezed out
// of their duration classes, new ones go into theirs at their place, and the pyramid counts them
// (built again only when a start falls outside its buckets). A class's maxDuration may stay
// larger than its longest member: it bounds a search window, so a larger value is still right.
void TimeIndex::patchLane(Lane &lane, const std::vector<TimePoint> &droppedStarts, std::vector<std::uint32_t> added) const
{
    std::sort(added.begin(), added.end());
    added.erase(std::unique(added.begin(), added.end()), added.end());
    std::vector<std::uint32_t> &m = lane.members;
    std::uint32_t write = 0;
    for (ClassSlice &slice : lane.classes) {
        const std::uint32_t begin = write;
        for (std::uint32_t i = slice.begin; i < slice.end; ++i) {
            if (m[i] != kGone)
                m[write++] = m[i];
        }
        slice.begin = begin;
        slice.end = write;
    }
    m.resize(write);
    std::erase_if(lane.classes, [](const ClassSlice &c) { return c.begin == c.end; });
    for (const std::uint32_t o : added) {
        const TimePoint d = m_entries[o].duration();
        const int c = durationClass(d);
        auto slice = std::find_if(lane.classes.begin(), lane.classes.end(),
                                  [c](const ClassSlice &s) { return durationClass(s.maxDuration) >= c; });
        if (slice == lane.classes.end() || durationClass(slice->maxDuration) != c) {
            const std::uint32_t at = slice == lane.classes.end() ? std::uint32_t(m.size()) : slice->begin;
            slice = lane.classes.insert(slice, ClassSlice{d, at, at});
        }
        slice->maxDuration = std::max(slice->maxDuration, d);
        const auto pos = std::lower_bound(m.begin() + slice->begin, m.begin() + slice->end, o);
        m.insert(pos, o);
        ++slice->end;
        for (auto later = slice + 1; later != lane.classes.end(); ++later) {
            ++later->begin;
            ++later->end;
        }
    }
    lane.info.count = std::uint32_t(m.size());
    bool adjusted = !lane.pyramid.isEmpty();
    for (const TimePoint start : droppedStarts)
        adjusted = adjusted && lane.pyramid.adjust(start, -1);
    for (const std::uint32_t o : added)
        adjusted = adjusted && lane.pyramid.adjust(m_entries[o].start, 1);
    if (!adjusted)
        lane.pyramid.build(m, m_entries);
}

void TimeIndex::apply(const IndexPatch &patch)
{
    // 1. Which ordinals leave: removed ids and the old versions of upserted ones.
    std::vector<std::int64_t> leaving;
    for (EventId id : patch.removed)
        leaving.push_back(id.value);
    for (const IndexPatch::Upsert &u : patch.upserts)
        leaving.push_back(u.span.id.value);
    std::sort(leaving.begin(), leaving.end());
    const std::uint32_t oldCount = eventCount();
    Renumber renumber;
    if (!leaving.empty()) {
        for (std::uint32_t i = 0; i < oldCount; ++i) {
            if (std::binary_search(leaving.begin(), leaving.end(), eventId(i).value))
                renumber.drops.push_back(i);
        }
    }

    // 2. Merge the kept entries with the new ones (sorted by start, then id) into time order.
    std::vector<const IndexPatch::Upsert *> incoming;
    for (const IndexPatch::Upsert &u : patch.upserts)
        incoming.push_back(&u);
    std::sort(incoming.begin(), incoming.end(), [](const auto *a, const auto *b) {
        return std::tie(a->span.bounds.earliestStart, a->span.sortKey, a->span.id)
            < std::tie(b->span.bounds.earliestStart, b->span.sortKey, b->span.id);
    });
    std::vector<IndexEntry> oldEntries = std::move(m_entries);
    std::vector<std::int64_t> oldWide = std::move(m_wideIds);
    std::vector<Fuzz> oldFuzz = std::move(m_fuzz);
    m_entries.clear();
    m_wideIds.clear();
    m_fuzz.clear();
    m_entries.reserve(oldEntries.size() + incoming.size());
    constexpr std::size_t kTableAbove = 256; // drops + inserts from which a table is faster
    const bool useTable = renumber.drops.size() + incoming.size() > kTableAbove;
    if (useTable)
        renumber.table.assign(oldCount, kGone);
    std::vector<std::uint32_t> incomingOrdinal(incoming.size());
    auto fuzzOf = oldFuzz.begin();
    std::size_t next = 0;
    auto takeIncoming = [&](std::uint32_t before) {
        const auto ordinal = std::uint32_t(m_entries.size());
        incomingOrdinal[next] = ordinal;
        renumber.insertsBefore.push_back(before);
        m_entries.push_back(entryFor(incoming[next]->span, ordinal));
        ++next;
    };
    auto nextDrop = renumber.drops.begin();
    for (std::uint32_t i = 0; i < oldCount; ++i) {
        if (nextDrop != renumber.drops.end() && *nextDrop == i) {
            ++nextDrop;
            continue;
        }
        while (next < incoming.size() && incoming[next]->span.bounds.earliestStart < oldEntries[i].start)
            takeIncoming(i);
        IndexEntry e = oldEntries[i];
        const auto ordinal = std::uint32_t(m_entries.size());
        if (e.flags & IndexEntry::kWideIdBit) {
            const std::int64_t id = oldWide[e.idOrSlot];
            e.idOrSlot = std::uint32_t(m_wideIds.size());
            m_wideIds.push_back(id);
        }
        if (e.isFuzzy()) {
            fuzzOf = std::lower_bound(fuzzOf, oldFuzz.end(), i, [](const Fuzz &f, std::uint32_t o) { return f.ordinal < o; });
            if (fuzzOf != oldFuzz.end() && fuzzOf->ordinal == i)
                m_fuzz.push_back({ordinal, fuzzOf->latestStart, fuzzOf->earliestEnd});
        }
        if (useTable)
            renumber.table[i] = ordinal;
        m_entries.push_back(e);
    }
    while (next < incoming.size())
        takeIncoming(oldCount);
    // m_fuzz was filled in ordinal order, kept and incoming entries alike: still sorted.

    // 3. Lanes: the incoming entries join theirs (new lanes go last); then every lane is renumbered.
    std::vector<std::vector<std::uint32_t>> added(m_lanes.size());
    for (std::size_t k = 0; k < incoming.size(); ++k) {
        for (const LaneInfo &info : incoming[k]->lanes) {
            int lane = m_laneByKey.value(info.key, -1);
            if (lane < 0) {
                lane = int(m_lanes.size());
                m_lanes.push_back(Lane{info, {}, {}, {}});
                m_laneByKey.insert(info.key, lane);
                added.emplace_back();
            }
            added[std::size_t(lane)].push_back(incomingOrdinal[k]);
        }
    }
    renumberLanes(renumber, added, oldEntries);
    updateTotals(renumber, oldEntries, incomingOrdinal);
}

// Every lane's members renumbered (order is kept), the incoming ones added; lanes left empty go.
void TimeIndex::renumberLanes(const Renumber &renumber, const std::vector<std::vector<std::uint32_t>> &added,
                              const std::vector<IndexEntry> &oldEntries)
{
    std::vector<TimePoint> droppedStarts;
    for (std::size_t l = 0; l < m_lanes.size(); ++l) {
        Lane &lane = m_lanes[l];
        // One pass renumbers in place; renumbering keeps the order within each duration class.
        droppedStarts.clear();
        for (std::uint32_t &o : lane.members) {
            const std::uint32_t n = renumber(o);
            if (n == kGone)
                droppedStarts.push_back(oldEntries[o].start);
            o = n;
        }
        if (!droppedStarts.empty() || !added[l].empty())
            patchLane(lane, droppedStarts, added[l]);
    }
    std::erase_if(m_lanes, [](const Lane &lane) { return lane.members.empty(); });
    m_laneByKey.clear();
    for (int i = 0; i < int(m_lanes.size()); ++i)
        m_laneByKey.insert(m_lanes[std::size_t(i)].info.key, i);
    markSharedLabels(); // a lane that came or went may have shared a label
}

// Whole-document figures: adjusted by the few entries that left and came, where possible.
void TimeIndex::updateTotals(const Renumber &renumber, const std::vector<IndexEntry> &oldEntries,
                             const std::vector<std::uint32_t> &incomingOrdinal)
{
    const auto oldCount = std::uint32_t(oldEntries.size());
    bool adjusted = true, extremeLeft = false;
    for (const std::uint32_t i : renumber.drops) {
        adjusted = adjusted && m_all.adjust(oldEntries[i].start, -1);
        // (either bound may be an extreme: an event open at one end counts its other)
        const IndexEntry &e = oldEntries[i];
        extremeLeft = extremeLeft || e.start == m_earliest || e.end == m_latest || e.start == m_latest || e.end == m_earliest;
    }
    for (const std::uint32_t ordinal : incomingOrdinal)
        adjusted = adjusted && m_all.adjust(m_entries[ordinal].start, 1);
    if (!adjusted) {
        std::vector<std::uint32_t> all(m_entries.size());
        for (std::uint32_t i = 0; i < all.size(); ++i)
            all[i] = i;
        m_all.build(all, m_entries);
    }
    IndexExtent extent;
    if (extremeLeft || oldCount == 0) {
        for (const IndexEntry &e : m_entries)
            extent.add(e);
    } else {
        extent.earliest = m_earliest;
        extent.latest = m_latest;
        for (const std::uint32_t ordinal : incomingOrdinal)
            extent.add(m_entries[ordinal]);
    }
    m_earliest = extent.empty() ? 0 : extent.earliest;
    m_latest = extent.empty() ? 0 : extent.latest;
}

} // namespace dateline
