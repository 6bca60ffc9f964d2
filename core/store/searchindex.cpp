#include "core/store/searchindex.h"

#include "core/store/database.h"
#include "core/store/eventtext.h"
#include "core/store/searchindexbuild.h"
#include "core/store/searchtextbatch.h"

#include <algorithm>

namespace dateline::store {


namespace {

// FTS5's in-memory term buffer ('hashsize'): its default, and the size used while many rows arrive.
constexpr std::int64_t kFts5DefaultHashSize = 1024 * 1024;
constexpr std::int64_t kBulkFtsHashSize = 64 * 1024 * 1024;

// sortTime() (core/date/fuzzydate.h) in SQL, and its day (floor division; NULL start: undated).
constexpr char kSortTime[] =
    "(CASE WHEN e.start_min > -2305843009213693952 THEN e.start_min "
    "WHEN e.start_max > -2305843009213693952 THEN e.start_max ELSE e.end_min END)";
static_assert(kTimeMin == -2305843009213693952LL, "kSortTime spells out kTimeMin");

QByteArray daySql()
{
    const QByteArray t = kSortTime;
    const QByteArray max = QByteArray::number(qint64(SearchIndex::kMaxDay));
    return "(CASE WHEN e.start_min IS NULL THEN " + QByteArray::number(qint64(SearchIndex::kUndatedDay))
        + " WHEN " + t + " >= 0 THEN min(" + t + " / 86400, " + max + ") ELSE max((" + t + " + 1) / 86400 - 1, -"
        + max + ") END)";
}

} // namespace

std::int64_t SearchIndex::dayOf(TimePoint t)
{
    const std::int64_t day = t >= 0 ? t / kSecondsPerDay : (t + 1) / kSecondsPerDay - 1;
    return std::clamp(day, -kMaxDay, kMaxDay);
}

TimePoint SearchIndex::timeOfDay(std::int64_t day)
{
    if (day >= kUndatedDay)
        return kTimeMax;
    return std::clamp<std::int64_t>(day, kTimeMin / kSecondsPerDay, kTimeMax / kSecondsPerDay) * kSecondsPerDay;
}

void SearchIndex::unindex(const std::vector<std::int64_t> &eventIds)
{
    Statement &forget = m_db.cached(
        "INSERT INTO search_fts(search_fts, rowid, title, body, names) VALUES ('delete', ?1, ?2, ?3, ?4)");
    EventTextReader reader(m_db);
    for (std::int64_t id : eventIds) {
        // nothing when the event is not indexed (or does not exist)
        reader.read(id - 1, id, [&](const EventText &text) {
            writeSearchRow(forget, text.key, text.title, text.body, text.names);
        });
    }
}

std::int64_t SearchIndex::newKey(std::int64_t day)
{
    const std::int64_t first = day << kDayBits;
    const std::int64_t last = first + ((std::int64_t(1) << kDayBits) - 1);
    Statement &s = m_db.cached("SELECT max(key) FROM search_keys WHERE key BETWEEN ?1 AND ?2");
    s.bind(1, first).bind(2, last);
    const bool any = s.step() && !s.isNull(0);
    const std::int64_t used = any ? s.int64(0) : first - 1;
    s.reset();
    if (used < last)
        return used + 1;
    // More than a million events on one day: any free key of that day, else after all keys (found
    // still, though not in time order).
    Statement &gap = m_db.cached("SELECT k.key + 1 FROM search_keys k WHERE k.key BETWEEN ?1 AND ?2 - 1 "
                                 "AND NOT EXISTS (SELECT 1 FROM search_keys n WHERE n.key = k.key + 1) LIMIT 1");
    gap.bind(1, first).bind(2, last);
    std::int64_t key = 0;
    if (gap.step()) {
        key = gap.int64(0);
    } else {
        Statement &top = m_db.cached("SELECT max(key) FROM search_keys");
        key = top.step() ? top.int64(0) + 1 : 0;
        top.reset();
    }
    gap.reset();
    return key;
}

void SearchIndex::index(const std::vector<std::int64_t> &eventIds)
{
    static const QByteArray daySelect = "SELECT " + daySql() + " FROM events e WHERE e.id = ?1";
    Statement &dayOfEvent = m_db.cached(daySelect);
    Statement &keyOfEvent = m_db.cached("SELECT key FROM search_keys WHERE event_id = ?1");
    Statement &dropKey = m_db.cached("DELETE FROM search_keys WHERE event_id = ?1");
    Statement &addKey = m_db.cached("INSERT INTO search_keys(key, event_id) VALUES (?1, ?2)");
    Statement &insert = m_db.cached("INSERT INTO search_fts(rowid, title, body, names) VALUES (?1, ?2, ?3, ?4)");
    EventTextReader reader(m_db);
    for (std::int64_t id : eventIds) {
        dayOfEvent.bind(1, id);
        if (!dayOfEvent.step())
            continue; // no such event
        const std::int64_t day = dayOfEvent.int64(0);
        dayOfEvent.reset();
        keyOfEvent.bind(1, id);
        const bool keyed = keyOfEvent.step();
        const std::int64_t oldKey = keyed ? keyOfEvent.int64(0) : 0;
        keyOfEvent.reset();
        if (!keyed || dayOfKey(oldKey) != day) {
            if (keyed)
                dropKey.bind(1, id).execute();
            addKey.bind(1, newKey(day)).bind(2, id).execute();
        }
        reader.read(id - 1, id, [&](const EventText &text) {
            writeSearchRow(insert, text.key, text.title, text.body, text.names);
        });
    }
}

void SearchIndex::setFtsHashSize(std::int64_t bytes)
{
    m_db.prepare("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', ?1)").bind(1, bytes).execute();
}

void SearchIndex::remove(std::int64_t eventId)
{
    unindex({eventId});
    m_db.cached("DELETE FROM search_keys WHERE event_id = ?1").bind(1, eventId).execute();
}

void SearchIndex::indexRange(std::int64_t after, std::int64_t upTo, Volume volume,
                             const std::function<void()> &meanwhile)
{
    bool ran = false;
    const auto runMeanwhile = [&] {
        if (!ran && meanwhile)
            meanwhile();
        ran = true;
    };
    if (upTo <= after) {
        runMeanwhile();
        return;
    }
    Statement anyKey = m_db.prepare("SELECT 1 FROM search_keys LIMIT 1");
    const bool wasEmpty = !anyKey.step();
    // Keys for the whole range in one statement: each day's events numbered in time order after
    // the keys that day already has. The window's sort already yields them in key order, so
    // there is no ORDER BY (a second sort of every row: ~25% of this statement's time).
    const QByteArray perDay = QByteArray::number(std::int64_t(1) << kDayBits);
    // Into an empty index every day starts at slot 0: no per-day bases to look up (they cost a
    // second pass over the rows, ~a third of this statement).
    const QByteArray base = wasEmpty ? QByteArray() : QByteArray("b.base + ");
    const QByteArray bases = wasEmpty
        ? QByteArray()
        : "bases AS (SELECT day, coalesce((SELECT max(key) FROM search_keys WHERE key BETWEEN day * " + perDay
            + " AND day * " + perDay + " + " + perDay + " - 1) - day * " + perDay + " + 1, 0) AS base "
              "  FROM (SELECT DISTINCT day FROM fresh)), ";
    const QByteArray keys =
        "WITH fresh AS (SELECT e.id AS id, " + daySql() + " AS day, " + kSortTime + " AS t, e.sort_key AS sk "
        "  FROM events e WHERE e.id > ?1 AND e.id <= ?2), " + bases
        + "numbered AS (SELECT f.id AS id, f.day AS day, " + base + "row_number() OVER (PARTITION BY f.day "
          "  ORDER BY f.t, f.sk, f.id) - 1 AS slot FROM fresh f"
        + (wasEmpty ? QByteArray() : QByteArray(" JOIN bases b ON b.day = f.day"))
        + ") INSERT INTO search_keys(key, event_id) SELECT day * " + perDay + " + slot, id FROM numbered "
          "WHERE slot < " + perDay;
    Statement assign = m_db.prepare(keys);
    assign.bind(1, after).bind(2, upTo).execute();
    const std::int64_t assigned = m_db.changes();
    // Days that overflowed (over a million events on one day) are keyed one by one.
    std::vector<std::int64_t> overflow;
    Statement count = m_db.prepare("SELECT count(*) FROM events WHERE id > ?1 AND id <= ?2");
    count.bind(1, after).bind(2, upTo);
    if (count.step() && count.int64(0) > assigned) {
        Statement unkeyed = m_db.prepare("SELECT e.id FROM events e WHERE e.id > ?1 AND e.id <= ?2 "
                                         "AND NOT EXISTS (SELECT 1 FROM search_keys k WHERE k.event_id = e.id)");
        unkeyed.bind(1, after).bind(2, upTo);
        while (unkeyed.step())
            overflow.push_back(unkeyed.int64(0));
    }
    if (volume == Volume::Many && wasEmpty && fillEmptySearchIndexInParallel(m_db, after, upTo, runMeanwhile)) {
        index(overflow);
        return;
    }
    runMeanwhile();
    // FTS5 collects terms in memory and writes a segment whenever they exceed its hash size (1 MB
    // by default), then merges the segments: a larger size while many rows arrive means fewer,
    // larger segments and ~35% less CPU. It is a setting stored in the index's config table, so
    // it is set back afterwards.
    std::int64_t hashSize = kFts5DefaultHashSize;
    if (volume == Volume::Many) {
        Statement current = m_db.prepare("SELECT v FROM search_fts_config WHERE k = 'hashsize'");
        if (current.step() && current.int64(0) > 0)
            hashSize = current.int64(0);
        setFtsHashSize(kBulkFtsHashSize);
    }
    Statement insert = m_db.prepare("INSERT INTO search_fts(rowid, title, body, names) VALUES (?1, ?2, ?3, ?4)");
    SortedTextWriter sorted(insert);
    gatherText(m_db, after, upTo, [&](std::unique_ptr<TextBatch> batch) {
        sorted.add(std::move(batch));
        return true;
    });
    sorted.finish();
    if (volume == Volume::Many)
        setFtsHashSize(hashSize);
    index(overflow);
}

void SearchIndex::rebuild()
{
    m_db.exec("INSERT INTO search_fts(search_fts) VALUES ('delete-all'); DELETE FROM search_keys;",
              "Clearing the search index");
    Statement range = m_db.prepare("SELECT min(id), max(id) FROM events");
    if (range.step() && !range.isNull(0))
        indexRange(range.int64(0) - 1, range.int64(1), Volume::Many);
}

std::vector<std::int64_t> SearchIndex::ids(const char *sql, std::int64_t parameter) const
{
    std::vector<std::int64_t> result;
    Statement &s = m_db.cached(sql);
    s.bind(1, parameter);
    while (s.step())
        result.push_back(s.int64(0));
    s.reset();
    return result;
}

std::vector<std::int64_t> SearchIndex::eventsOfActor(std::int64_t actorId) const
{
    return ids("SELECT DISTINCT event_id FROM event_actors WHERE actor_id = ?1", actorId);
}

std::vector<std::int64_t> SearchIndex::eventsOfPlace(std::int64_t placeId) const
{
    return ids("SELECT id FROM events WHERE place_id = ?1", placeId);
}

std::vector<std::int64_t> SearchIndex::eventsOfSource(std::int64_t sourceId) const
{
    return ids("SELECT DISTINCT qe.event_id FROM quotes q JOIN quote_events qe ON qe.quote_id = q.id "
               "WHERE q.source_id = ?1",
               sourceId);
}

std::vector<std::int64_t> SearchIndex::eventsOfQuote(std::int64_t quoteId) const
{
    return ids("SELECT event_id FROM quote_events WHERE quote_id = ?1", quoteId);
}

} // namespace dateline::store
