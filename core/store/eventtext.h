#pragma once

// Internal to core/store: the text of an event as the full-text index holds it.

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

namespace dateline {

class Database;

namespace store {

// An event's three indexed columns (see SearchIndex): its title; its description followed by its
// quotes' texts; the names around it (each actor's label and aliases, the place's name, the
// titles of its quotes' sources), and its search key (the full-text rowid).
struct EventText {
    std::int64_t eventId = 0, key = 0;
    std::string title, body, names; // UTF-8
};

// Reads EventText for a range of events. Every write of the index goes through here, so the text
// an event was indexed with is exactly the text it is later unindexed with (a contentless FTS5
// table forgets a row only when told the same words).
//
// The events, their actor links and their quote links are read as three streams in event id order
// and merged here: sequential reads, where one statement with a subquery per event seeks into
// each link table for every event (~3x slower over a million GDELT events).
class EventTextReader {
public:
    explicit EventTextReader(Database &db) : m_db(db) {}

    // Calls `each` for every keyed event with an id in (after, upTo], in id order. The reference
    // is valid during the call only. Place names are cached for the reader's lifetime: make a
    // reader per operation, not across writes.
    void read(std::int64_t after, std::int64_t upTo, const std::function<void(const EventText &)> &each);

private:
    const std::string &placeName(std::int64_t placeId);

    Database &m_db;
    std::unordered_map<std::int64_t, std::string> m_places;
};

} // namespace store
} // namespace dateline
