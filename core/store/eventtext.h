#pragma once

// Internal to core/store: the text of an event as the full-text index holds it.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dateline {

class Database;
class Statement;

namespace store {

// An event's three indexed columns (see SearchIndex): its title; its description followed by its
// quotes' texts; the names around it (each actor's label and aliases, the place's name, the
// titles of its quotes' sources and the names of their speakers), and its search key (the
// full-text rowid).
struct EventText {
    std::int64_t eventId = 0, key = 0;
    std::string title, body, names; // UTF-8
};

// Lays out an event's names column: each actor's label and aliases (from kActorNames), a line
// break between actors; a line break, the place's name, a line break; then for each quote its
// source's title and its speaker's label and aliases, a line break between them.
class NamesColumn {
public:
    explicit NamesColumn(std::string &names) : m_names(names) { m_names.clear(); }
    // The column, to append the next actor's names to.
    std::string &nextActor()
    {
        if (m_actors++ > 0)
            m_names += '\n';
        return m_names;
    }
    void place(std::string_view name)
    {
        m_names += '\n';
        m_names.append(name);
        m_names += '\n';
    }
    // The column, to append the next quote's source title or speaker's names to (after place()).
    std::string &nextQuoteName()
    {
        if (m_quoteNames++ > 0)
            m_names += '\n';
        return m_names;
    }

private:
    std::string &m_names;
    int m_actors = 0, m_quoteNames = 0;
};

// Which names an index holds for an event's quotes. The index must be told the text a row was
// indexed with to forget it, so a document keeps the layout its schema version was indexed
// with until its migration re-indexes the events concerned.
enum class QuoteNames : std::uint8_t {
    Sources,            // schema 4 and 5: the titles of the quotes' sources
    SourcesAndSpeakers, // schema 6 on: and the speakers' labels and aliases
};

// An actor's entry in the names column, in SQL over actors a.
inline constexpr char kActorNames[] = "a.label || char(10) || coalesce(a.aliases, '')";

// Actor entries and place names by id, each looked up once (a cache for one operation: make one
// per operation, not across writes).
class EntityNames {
public:
    explicit EntityNames(Database &db) : m_db(db) {}
    const std::string *actor(std::int64_t actorId); // nullptr: no such actor
    const std::string &place(std::int64_t placeId); // empty: no such place

private:
    Database &m_db;
    std::unordered_map<std::int64_t, std::optional<std::string>> m_actors;
    std::unordered_map<std::int64_t, std::string> m_places;
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
    explicit EventTextReader(Database &db, QuoteNames quoteNames = QuoteNames::SourcesAndSpeakers)
        : m_db(db), m_names(db), m_quoteNames(quoteNames)
    {
    }

    // Calls `each` for every keyed event with an id in (after, upTo], in id order. The reference
    // is valid during the call only. Place names are cached for the reader's lifetime: make a
    // reader per operation, not across writes.
    void read(std::int64_t after, std::int64_t upTo, const std::function<void(const EventText &)> &each);
    // The same for the keyed events listed in temp.listed_ids (ListedIds), in id order.
    void readListed(const std::function<void(const EventText &)> &each);

private:
    // Steps events (bound) and the link streams (bound here: ids in (after, upTo], or listed when
    // upTo <= after).
    void readRows(Statement &events, Statement &actorRows, Statement &quoteRows, std::int64_t after,
                  std::int64_t upTo, const std::function<void(const EventText &)> &each);

    Database &m_db;
    EntityNames m_names;
    QuoteNames m_quoteNames;
};

} // namespace store
} // namespace dateline
