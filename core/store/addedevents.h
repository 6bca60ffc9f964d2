#pragma once

// Internal to core/store: a bulk import's new events as the search index needs them, recorded
// while they are written.

#include "core/store/bulkimport.h"
#include "core/store/searchindex.h"
#include "core/store/searchtextbatch.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace dateline {

class Database;

namespace store {

// The time and search text of the events a BulkImport appends, kept as they are written, so that
// the full-text index of a large import is filled without reading every event back from the
// tables (3-7 s for 2M GDELT events, on the thread that also rebuilds the indexes): the
// tokenizing thread composes the text itself, in key order, as soon as the rows are in. It costs
// memory: ~110 bytes per GDELT event (~230 MB at 2M) until the index is built.
//
// The text is exactly what EventTextReader reads for the event: title; description; each actor's
// label and aliases, the place's name (looked up once each, with the reader's own queries).
// Quotes are not recorded: an import that links quotes to events abandons the record, and the
// text is read from the tables as before (tst_searchindexbuild compares the index both ways).
class AddedEvents {
public:
    // Room for about this many events is reserved (growing by doubling would copy the record and
    // leave the old copies in the heap, which a large import keeps: ~200 MB more at the peak for
    // 2M GDELT events).
    explicit AddedEvents(std::int64_t expectedEvents);
    ~AddedEvents();
    AddedEvents(const AddedEvents &) = delete;
    AddedEvents &operator=(const AddedEvents &) = delete;

    void add(std::int64_t id, const BulkImport::EventRow &row);
    // The events' text no longer follows from their rows alone: frees the record.
    void abandon();
    bool usable() const { return m_usable; }
    std::size_t size() const { return m_events.size(); }

    // Every recorded event, to key (tag: its position in the record).
    std::vector<SearchIndex::Unkeyed> unkeyed() const;
    // Looks up the names of the recorded events' actors and places (this connection's uncommitted
    // rows included), for gatherText().
    void readNames(Database &db);
    // Hands the text of the keyed events (their positions and keys, in key order) to `sink` a
    // batch at a time; stops early when `sink` returns false. Reads no connection: safe on
    // another thread while nothing changes the record.
    void gatherText(const std::vector<SearchIndex::Keyed> &keyed, const TextSink &sink) const;

private:
    struct Event {
        std::int64_t id, place, sortKey;
        TimePoint time;
        std::size_t text;                   // title, then description, in m_text
        std::uint32_t titleSize, descriptionSize;
        std::size_t actors;                 // first of its actor ids in m_actors
        std::uint32_t actorCount;
        bool dated;
    };
    std::vector<Event> m_events;
    std::string m_text;
    std::vector<std::int64_t> m_actors;
    // readNames(): each actor's entry (none: no such actor), each place's name
    std::unordered_map<std::int64_t, std::optional<std::string>> m_actorNames;
    std::unordered_map<std::int64_t, std::string> m_placeNames;
    bool m_usable = true;
};

} // namespace store
} // namespace dateline
