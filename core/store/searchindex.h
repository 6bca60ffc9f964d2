#pragma once

// Internal to core/store: upkeep of the full-text index behind Document::search.

#include "core/date/timepoint.h"
#include "core/model/entityref.h"
#include "core/model/event.h"
#include "core/store/eventtext.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace dateline {

class Database;
class Statement;

namespace store {

class AddedEvents;

// One full-text row per event (search_fts, contentless FTS5): its title; its description and
// quote texts; the names around it (actor labels and aliases, place name, the titles of its
// quotes' sources, the names of their speakers). So a query can combine words from all of them
// ("Lavrov missile").
//
// The row's rowid is not the event id but a time key, day << 20 | n (search_keys maps it to the
// event): FTS5 returns matches in rowid order, so "the first 100 hits in time order" is the
// first 100 rows of the match, without reading, let alone sorting, every hit of a common word.
// n orders events within a day as they were keyed (time, sort key, id for bulk writes; the end
// of the day for later edits); Document::search re-sorts the hits it reads by exact time.
//
// Contentless: the text is built from the tables when indexed. FTS5 forgets a row only when told
// its indexed text, so every write first unindexes the events whose text it is about to change
// (their text as it still is), then indexes them again. For the same reason an index built by an
// older schema is read and written in that schema's layout (`quoteNames`) until its migration.
class SearchIndex {
public:
    explicit SearchIndex(Database &db, QuoteNames quoteNames = QuoteNames::SourcesAndSpeakers)
        : m_db(db), m_quoteNames(quoteNames)
    {
    }

    static constexpr int kDayBits = 20;
    static constexpr std::int64_t kMaxDay = (std::int64_t(1) << 43) - 2;
    static constexpr std::int64_t kUndatedDay = kMaxDay + 1; // sorts after every dated event
    static std::int64_t dayOf(TimePoint sortTime); // floor(t / day), clamped to +-kMaxDay
    static std::int64_t dayOfKey(std::int64_t key) { return key >> kDayBits; }
    static TimePoint timeOfDay(std::int64_t day); // start of the day (kTimeMax for undated)

    // An event to key. Within a day keys follow (dated, time, sortKey, id); tag is the caller's.
    struct Unkeyed {
        std::int64_t day;
        bool dated; // has a sort time (undated events sort first within kUndatedDay, as NULL in SQL)
        TimePoint time;
        std::int64_t sortKey, id;
        std::size_t tag;
    };
    struct Keyed {
        std::int64_t key, id;
        std::size_t tag;
    };

    void unindex(const std::vector<std::int64_t> &eventIds);
    // Whether writing `event` over the stored one leaves its search entry as it is: the same
    // title, description, place and actors (in order) and a date on its key's day. A rewrite
    // that changes only what is not searched (tags, status, type, importance) then leaves the
    // index alone: unindexing and indexing the same text wrote FTS5 segments all the same, and
    // their merges rewrote the whole index of a million events inside a bulk tag step.
    bool entryUnchangedBy(const Event &event) const;
    // Indexes the events as they are now: keys them (a new key when their day changed).
    void index(const std::vector<std::int64_t> &eventIds);
    void remove(std::int64_t eventId); // unindex and drop its key (the event is being deleted)
    // The same for many events at once: those listed in temp.listed_ids (ListedIds).
    void removeListed();
    // The listed events' text taken out of the index, in key order; their keys stay, for
    // indexListed to put the text back once it has changed.
    void unindexListed();
    // Keys and indexes the listed events (restored ones, or ones unindexListed took out), a
    // statement for all of them where index() runs several per event: a key on the event's day
    // stays, others are replaced.
    void indexListed();
    // Keys and indexes the events with ids in (after, upTo] in one pass each. None of them may be
    // keyed or indexed yet (bulk imports: the rows are new; rebuild: the index was emptied).
    // Many: tuned for a large range; into an empty index, built on two threads. `meanwhile` (if
    // any) runs once on this thread, while the second thread may still be tokenizing: other work
    // of the same transaction that the text does not depend on. `added` (if usable) holds these
    // events as they were written: their keys and text are taken from it, not read back.
    enum class Volume : std::uint8_t { Few, Many };
    void indexRange(std::int64_t after, std::int64_t upTo, Volume volume,
                    const std::function<void()> &meanwhile = {}, AddedEvents *added = nullptr);
    // Everything again from the tables (schema migration).
    void rebuild();
    // Schema 5 -> 6: re-indexes the events that have a quote with a speaker, whose names column
    // gains the speaker's names.
    static void addQuoteSpeakers(Database &db);

    // The events whose indexed text includes this actor, place, source or quote (for its update
    // or removal); eventsOfListed, those of the entities listed in temp.listed_ids (ListedIds).
    std::vector<std::int64_t> eventsOf(EntityKind kind, std::int64_t id) const;
    std::vector<std::int64_t> eventsOfListed(EntityKind kind) const;

private:
    class LargeHashSize;
    void setFtsHashSize(std::int64_t bytes);
    // The events with ids in (after, upTo], to key.
    std::vector<Unkeyed> readUnkeyed(std::int64_t after, std::int64_t upTo);
    std::vector<Unkeyed> readUnkeyed(Statement &read);
    // Runs `write` (an insert or FTS5's 'delete') for the listed events' text, in key order.
    void writeListedSorted(Statement &write);
    // Sorts `events` into key order and numbers each day's after the keys it has (none when the
    // index was empty). Returns the keys given, in key order; the ids of events left without one
    // (a day of over a million events) go to `overflow`, sorted.
    std::vector<Keyed> assignKeys(std::vector<Unkeyed> &events, bool indexWasEmpty,
                                  std::vector<std::int64_t> &overflow);
    void storeKeys(const std::vector<Keyed> &keyed);
    std::int64_t newKey(std::int64_t day);

    Database &m_db;
    QuoteNames m_quoteNames;
};

} // namespace store
} // namespace dateline
