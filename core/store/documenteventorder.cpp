// Document::eventIdsOrderedBy(): the events table sorted by a column, ties in time order.
//
// SQLite sorting 2M rows by "title COLLATE NOCASE, <time order expression>" takes ~6.7 s: most of
// it in the sorter comparing long records. Here the store is read in two cheap scans instead (the
// time order through its covering index, the column in id order), every distinct value gets a
// rank, and a counting sort over the time order puts the events in place: stable, so ties stay in
// time order. The ranks reproduce SQLite's own comparison exactly (storage class first, then
// BINARY or NOCASE); a value this code cannot rank the same way (a REAL in a damaged file) makes
// it fall back to the SQL sort.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <QCollator>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string_view>

namespace dateline {

namespace {

// The ORDER BY tail that puts events in time order (as Document::eventIdsInTimeOrder()).
QByteArray timeOrderSql()
{
    const QByteArray min = QByteArray::number(qint64(kTimeMin));
    return "start_min IS NULL, CASE WHEN start_min > " + min + " THEN start_min WHEN start_max > " + min
        + " THEN start_max ELSE end_min END, sort_key, id";
}

// A rank for every event (equal ranks tie), by event id.
struct Ranks {
    std::vector<std::int64_t> ids;    // ascending
    std::vector<std::uint32_t> ranks; // of ids[i]
    std::uint32_t count = 0;          // ranks are 0..count-1
    std::uint32_t missing = 0;        // the rank of an event not in ids
};

// The events of timeOrder by rank; within a rank, in time order (a stable counting sort).
std::vector<EventId> arrange(const std::vector<EventId> &timeOrder, const Ranks &r)
{
    std::vector<std::uint32_t> rankAt(timeOrder.size(), r.missing);
    // Ids are usually dense: look them up in a table by id then, else by binary search.
    const std::int64_t first = r.ids.empty() ? 0 : r.ids.front();
    const std::uint64_t span = r.ids.empty() ? 0 : std::uint64_t(r.ids.back() - first) + 1;
    if (span <= 2 * r.ids.size() + 1024) {
        std::vector<std::uint32_t> byId(span, r.missing);
        for (std::size_t i = 0; i < r.ids.size(); ++i)
            byId[std::size_t(r.ids[i] - first)] = r.ranks[i];
        for (std::size_t t = 0; t < timeOrder.size(); ++t) {
            const std::uint64_t offset = std::uint64_t(timeOrder[t].value - first); // wraps below first
            if (offset < span)
                rankAt[t] = byId[offset];
        }
    } else {
        for (std::size_t t = 0; t < timeOrder.size(); ++t) {
            const auto found = std::lower_bound(r.ids.begin(), r.ids.end(), timeOrder[t].value);
            if (found != r.ids.end() && *found == timeOrder[t].value)
                rankAt[t] = r.ranks[std::size_t(found - r.ids.begin())];
        }
    }
    std::vector<std::size_t> next(std::size_t(std::max(r.count, r.missing + 1)) + 1, 0);
    for (std::uint32_t rank : rankAt)
        ++next[rank + 1];
    for (std::size_t k = 1; k < next.size(); ++k)
        next[k] += next[k - 1];
    std::vector<EventId> ids(timeOrder.size());
    for (std::size_t t = 0; t < timeOrder.size(); ++t)
        ids[next[rankAt[t]]++] = timeOrder[t];
    return ids;
}

enum class Collation : std::uint8_t { Binary, NoCase };

// Appends to key a byte string whose plain byte order (memcmp, then length) is SQLite's order of
// the value: the storage class first (NULL < numbers < text < BLOB), then within it
// - an integer as 8 big-endian bytes, sign bit flipped;
// - text under BINARY as its UTF-8 bytes (memcmp, then length: a prefix sorts first);
// - text under NOCASE as its bytes with A-Z folded, cut at the first NUL byte (where SQLite's
//   comparison stops), then a NUL and the full length in 4 big-endian bytes (SQLite's last
//   tie-break);
// - a BLOB as its bytes.
// False for a REAL, which compares with integers by value: not rankable here.
bool appendSortKey(sqlite3_stmt *s, int column, Collation collation, std::vector<char> &key)
{
    const auto bigEndian = [&key](std::uint64_t value, int bytes) {
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
            key.push_back(char(value >> shift));
    };
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_NULL: key.push_back('\0'); return true;
    case SQLITE_INTEGER:
        key.push_back('\1');
        bigEndian(std::uint64_t(sqlite3_column_int64(s, column)) ^ (std::uint64_t(1) << 63), 8);
        return true;
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
        const auto bytes = std::size_t(sqlite3_column_bytes(s, column));
        key.push_back('\2');
        if (collation == Collation::Binary) {
            key.insert(key.end(), text, text + bytes);
            return true;
        }
        const std::size_t kept = std::find(text, text + bytes, '\0') - text;
        const std::size_t start = key.size();
        key.resize(start + kept);
        std::transform(text, text + kept, key.begin() + std::ptrdiff_t(start),
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; });
        key.push_back('\0');
        bigEndian(bytes, 4);
        return true;
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(s, column));
        key.push_back('\3');
        key.insert(key.end(), blob, blob + sqlite3_column_bytes(s, column));
        return true;
    }
    default: return false;
    }
}

// The distinct sort keys of a column: one byte arena and an open-addressing table (a million
// distinct titles in std::unordered_map<std::string> cost ~2 s in allocations and cache misses).
class DistinctKeys {
public:
    // The group of the key at the end of the arena (from `start`), which stays there if it is new.
    std::uint32_t add(std::size_t start)
    {
        if (2 * (m_groups.size() + 1) > m_slots.size())
            grow();
        const std::string_view key(m_arena.data() + start, m_arena.size() - start);
        const std::uint64_t hash = std::hash<std::string_view>()(key);
        const auto tag = std::uint32_t(hash >> 32); // kept in the slot: most misses skip the group
        for (std::size_t slot = hash & (m_slots.size() - 1);; slot = (slot + 1) & (m_slots.size() - 1)) {
            const Slot found = m_slots[slot];
            if (found.group == kEmpty) {
                m_slots[slot] = {tag, std::uint32_t(m_groups.size())};
                m_groups.push_back({hash, start, key.size()});
                return m_slots[slot].group;
            }
            if (found.tag == tag && this->key(found.group) == key) {
                m_arena.resize(start);
                return found.group;
            }
        }
    }
    std::vector<char> &arena() { return m_arena; }
    std::size_t size() const { return m_groups.size(); }
    std::string_view key(std::uint32_t group) const
    {
        return {m_arena.data() + m_groups[group].offset, m_groups[group].size};
    }

private:
    struct Group {
        std::uint64_t hash;
        std::size_t offset, size;
    };
    struct Slot {
        std::uint32_t tag, group;
    };
    static constexpr std::uint32_t kEmpty = ~std::uint32_t(0);
    void grow()
    {
        m_slots.assign(std::max<std::size_t>(1024, 2 * m_slots.size()), {0, kEmpty});
        for (std::uint32_t group = 0; group < m_groups.size(); ++group) {
            std::size_t slot = m_groups[group].hash & (m_slots.size() - 1);
            while (m_slots[slot].group != kEmpty)
                slot = (slot + 1) & (m_slots.size() - 1);
            m_slots[slot] = {std::uint32_t(m_groups[group].hash >> 32), group};
        }
    }
    std::vector<char> m_arena;
    std::vector<Group> m_groups;
    std::vector<Slot> m_slots;
};

// Ranks of the events by one column of the events table, or nothing when a value cannot be
// ranked as SQLite would order it.
std::optional<Ranks> columnRanks(const Database &db, const char *column, Collation collation, Qt::SortOrder order)
{
    Ranks r;
    DistinctKeys keys;
    Statement s = db.prepare(QByteArray("SELECT id, ") + column + " FROM events ORDER BY id");
    while (s.step()) {
        const std::size_t start = keys.arena().size();
        if (!appendSortKey(s.handle(), 1, collation, keys.arena()))
            return std::nullopt;
        r.ids.push_back(s.int64(0));
        r.ranks.push_back(keys.add(start)); // a group for now; a rank below
    }
    // Sort the groups by key, comparing the first 8 bytes (big-endian, zero-padded) inline.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted(keys.size());
    for (std::uint32_t group = 0; group < sorted.size(); ++group) {
        const std::string_view key = keys.key(group);
        std::uint64_t head = 0;
        for (std::size_t i = 0; i < 8; ++i)
            head = head << 8 | (i < key.size() ? std::uint8_t(key[i]) : 0);
        sorted[group] = {head, group};
    }
    std::sort(sorted.begin(), sorted.end(), [&keys](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return keys.key(a.second) < keys.key(b.second);
    });
    std::vector<std::uint32_t> rankOfGroup(sorted.size());
    const auto count = std::uint32_t(sorted.size());
    for (std::uint32_t i = 0; i < count; ++i)
        rankOfGroup[sorted[i].second] = order == Qt::AscendingOrder ? i : count - 1 - i;
    for (std::uint32_t &rank : r.ranks)
        rank = rankOfGroup[rank];
    r.count = count;
    return r;
}

// Ranks by the label of the first linked actor (locale-aware, any case); events without actors
// rank before all (after all when descending).
Ranks firstActorRanks(const Database &db, Qt::SortOrder order)
{
    std::vector<std::pair<QString, std::int64_t>> actors;
    Statement a = db.prepare("SELECT label, id FROM actors");
    while (a.step())
        actors.emplace_back(a.text(0), a.int64(1));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(actors.begin(), actors.end(),
                     [&](const auto &x, const auto &y) { return collator.compare(x.first, y.first) < 0; });
    QHash<std::int64_t, std::uint32_t> rank; // labels that compare equal share a rank (and tie)
    std::uint32_t top = 0;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        if (i == 0 || collator.compare(actors[i - 1].first, actors[i].first) != 0)
            ++top;
        rank.insert(actors[i].second, top);
    }
    const auto directed = [&](std::uint32_t k) { return order == Qt::AscendingOrder ? k : top - k; };
    Ranks r;
    // A bare column next to min() takes its value from the row with the minimum.
    Statement links = db.prepare(
        "SELECT event_id, actor_id, min(position) FROM event_actors GROUP BY event_id ORDER BY event_id");
    while (links.step()) {
        r.ids.push_back(links.int64(0));
        r.ranks.push_back(directed(rank.value(links.int64(1))));
    }
    r.count = top + 1;
    r.missing = directed(0);
    return r;
}

} // namespace

std::vector<EventId> Document::eventIdsOrderedBy(EventListKey key, Qt::SortOrder order) const
{
    const ReadTransaction snapshot(*d->db); // the scans below must see the same rows
    std::optional<Ranks> ranks;
    const char *column = nullptr;
    Collation collation = Collation::Binary;
    switch (key) {
    case EventListKey::Title: column = "title"; collation = Collation::NoCase; break;
    case EventListKey::CameoCode: column = "cameo_code"; break;
    case EventListKey::QuoteCount: column = "quote_count"; break;
    case EventListKey::FirstActor: ranks = firstActorRanks(*d->db, order); break;
    }
    if (column)
        ranks = columnRanks(*d->db, column, collation, order);
    if (ranks)
        return arrange(eventIdsInTimeOrder(), *ranks);
    std::vector<EventId> ids;
    Statement s = d->db->prepare(QByteArray("SELECT id FROM events ORDER BY ") + column
                                 + (collation == Collation::NoCase ? " COLLATE NOCASE" : "")
                                 + (order == Qt::AscendingOrder ? " ASC, " : " DESC, ") + timeOrderSql());
    while (s.step())
        ids.push_back(EventId(s.int64(0)));
    return ids;
}

} // namespace dateline
