#include "core/store/searchindex.h"

#include "core/store/addedevents.h"
#include "core/store/database.h"
#include "core/store/eventtext.h"
#include "core/store/listedids.h"
#include "core/store/searchindexbuild.h"
#include "core/store/searchtextbatch.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <tuple>

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

// FTS5 collects terms in memory and writes a segment whenever they exceed its hash size (1 MB by
// default), then merges the segments: a larger size while many rows arrive or leave means fewer,
// larger segments and far less merging (100,000 events unindexed one megabyte at a time took
// 26 s, mostly merges rewriting the index). It is a setting stored in the index's config table,
// so it is set back afterwards.
class SearchIndex::LargeHashSize {
public:
    explicit LargeHashSize(SearchIndex &index) : m_index(index)
    {
        Statement current = m_index.m_db.prepare("SELECT v FROM search_fts_config WHERE k = 'hashsize'");
        if (current.step() && current.int64(0) > 0)
            m_before = current.int64(0);
        m_index.setFtsHashSize(kBulkFtsHashSize);
    }
    // Not in a destructor: this writes, and a failed write must be reported (the transaction
    // that failed rolls the setting back anyway).
    void restore() { m_index.setFtsHashSize(m_before); }

private:
    SearchIndex &m_index;
    std::int64_t m_before = kFts5DefaultHashSize;
};

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
    EventTextReader reader(m_db, m_quoteNames);
    for (std::int64_t id : eventIds) {
        // nothing when the event is not indexed (or does not exist)
        reader.read(id - 1, id, [&](const EventText &text) {
            writeSearchRow(forget, text.key, text.title, text.body, text.names);
        });
    }
}

bool SearchIndex::entryUnchangedBy(const Event &event) const
{
    Statement &row = m_db.cached("SELECT e.title, e.description, e.place_id, k.key FROM events e "
                                 "JOIN search_keys k ON k.event_id = e.id WHERE e.id = ?1");
    row.bind(1, event.id.value);
    const std::int64_t day = event.date.isValid() ? dayOf(sortTime(event.date.bounds())) : kUndatedDay;
    const bool same = row.step() && row.text(0) == event.title && row.text(1) == event.description
        && row.int64(2) == (event.place.isValid() ? event.place.value : 0) && dayOfKey(row.int64(3)) == day;
    row.reset();
    if (!same)
        return false;
    Statement &actors = m_db.cached("SELECT actor_id FROM event_actors WHERE event_id = ?1 ORDER BY position");
    actors.bind(1, event.id.value);
    std::size_t n = 0;
    bool sameActors = true;
    while (sameActors && actors.step())
        sameActors = n < event.actors.size() && actors.int64(0) == event.actors[n++].actor.value;
    actors.reset();
    return sameActors && n == event.actors.size();
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
    EventTextReader reader(m_db, m_quoteNames);
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

std::vector<SearchIndex::Unkeyed> SearchIndex::readUnkeyed(std::int64_t after, std::int64_t upTo)
{
    Statement read = m_db.prepare("SELECT e.id, " + daySql() + ", " + kSortTime
                                  + ", e.sort_key FROM events e WHERE e.id > ?1 AND e.id <= ?2");
    read.bind(1, after).bind(2, upTo);
    return readUnkeyed(read);
}

std::vector<SearchIndex::Unkeyed> SearchIndex::readUnkeyed(Statement &read)
{
    std::vector<Unkeyed> events;
    while (read.step())
        events.push_back({read.int64(1), !read.isNull(2), read.int64(2), read.int64(3), read.int64(0), 0});
    return events;
}

void SearchIndex::writeListedSorted(Statement &write)
{
    // In key order (SortedTextWriter): FTS5 writes its pending rows out as a segment, and merges,
    // whenever a rowid is lower than the last; in event id order that was nearly every row
    // (100,000 deletes took 15 s, 0.4 s sorted).
    SortedTextWriter sorted(write);
    gatherListedText(m_db, [&](std::unique_ptr<TextBatch> batch) {
        sorted.add(std::move(batch));
        return true;
    }, m_quoteNames);
    sorted.finish();
}

void SearchIndex::removeListed()
{
    unindexListed();
    m_db.exec(QByteArray("DELETE FROM search_keys WHERE event_id IN (") + ListedIds::kSelect + ")");
}

void SearchIndex::unindexListed()
{
    LargeHashSize hashSize(*this);
    Statement &forget = m_db.cached(
        "INSERT INTO search_fts(search_fts, rowid, title, body, names) VALUES ('delete', ?1, ?2, ?3, ?4)");
    writeListedSorted(forget);
    hashSize.restore();
}

void SearchIndex::indexListed()
{
    // A key on another day than the event's now is dropped (a restored date), as index() does.
    m_db.exec("DELETE FROM search_keys WHERE event_id IN (" + QByteArray(ListedIds::kSelect) + ") AND (key >> "
              + QByteArray::number(kDayBits) + ") IS NOT (SELECT " + daySql()
              + " FROM events e WHERE e.id = search_keys.event_id)");
    Statement read = m_db.prepare("SELECT e.id, " + daySql() + ", " + kSortTime + ", e.sort_key FROM events e WHERE e.id IN ("
                                  + ListedIds::kSelect + ") AND NOT EXISTS (SELECT 1 FROM search_keys k WHERE k.event_id = e.id)");
    std::vector<Unkeyed> unkeyed = readUnkeyed(read);
    std::vector<std::int64_t> overflow;
    storeKeys(assignKeys(unkeyed, false, overflow));
    LargeHashSize hashSize(*this);
    writeListedSorted(m_db.cached("INSERT INTO search_fts(rowid, title, body, names) VALUES (?1, ?2, ?3, ?4)"));
    hashSize.restore();
    index(overflow); // a day of over a million events: one by one (no key of theirs was stored)
}

std::vector<SearchIndex::Keyed> SearchIndex::assignKeys(std::vector<Unkeyed> &events, bool indexWasEmpty,
                                                        std::vector<std::int64_t> &overflow)
{
    // Sorted here rather than by a window function in SQL: about half the time for a million events.
    const auto order = [](const Unkeyed &e) { return std::tie(e.day, e.dated, e.time, e.sortKey, e.id); };
    std::sort(events.begin(), events.end(), [&](const Unkeyed &x, const Unkeyed &y) { return order(x) < order(y); });
    constexpr std::int64_t perDay = std::int64_t(1) << kDayBits;
    Statement &lastOfDay = m_db.cached("SELECT max(key) FROM search_keys WHERE key BETWEEN ?1 AND ?2");
    std::vector<Keyed> keyed;
    keyed.reserve(events.size());
    std::int64_t day = 0, slot = 0; // slot: the next free key of the day, minus the day's first
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (i == 0 || events[i].day != day) {
            day = events[i].day;
            slot = 0;
            if (!indexWasEmpty) { // after the keys the day has
                lastOfDay.bind(1, day * perDay).bind(2, day * perDay + (perDay - 1));
                if (lastOfDay.step() && !lastOfDay.isNull(0))
                    slot = lastOfDay.int64(0) - day * perDay + 1;
                lastOfDay.reset();
            }
        }
        // (day + 1) * perDay would overflow for the undated day, the last that fits in 64 bits
        if (slot < perDay)
            keyed.push_back({day * perDay + slot++, events[i].id, events[i].tag});
        else
            overflow.push_back(events[i].id);
    }
    std::sort(overflow.begin(), overflow.end());
    return keyed;
}

void SearchIndex::storeKeys(const std::vector<Keyed> &keyed)
{
    QElapsedTimer clock;
    clock.start();
    Statement insert = m_db.prepare("INSERT INTO search_keys(key, event_id) VALUES (?1, ?2)");
    for (const Keyed &k : keyed)
        insert.bind(1, k.key).bind(2, k.id).execute();
    // DATELINE_IMPORT_TRACE=1 (the import benchmark) prints where the time goes.
    static const bool trace = qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0;
    if (trace)
        std::fprintf(stderr, "bulk import: search index: %zu keys stored in %lld ms\n", keyed.size(), clock.elapsed());
}

void SearchIndex::indexRange(std::int64_t after, std::int64_t upTo, Volume volume,
                             const std::function<void()> &meanwhile, AddedEvents *added)
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
    const bool fromMemory = added && added->usable();
    std::vector<Unkeyed> unkeyed = fromMemory ? added->unkeyed() : readUnkeyed(after, upTo);
    std::vector<std::int64_t> overflow;
    const std::vector<Keyed> keyed = assignKeys(unkeyed, wasEmpty, overflow);
    unkeyed = {};
    // The text read from the tables finds each event through its key: stored first. Text from
    // memory needs none, so the keys are stored while the second thread tokenizes.
    bool keysStored = false;
    const auto storeKeysOnce = [&] {
        if (!keysStored)
            storeKeys(keyed);
        keysStored = true;
    };
    if (fromMemory)
        added->readNames(m_db);
    else
        storeKeysOnce();
    const TextSource text = [&](const TextSink &sink) {
        if (fromMemory)
            added->gatherText(keyed, sink);
        else
            gatherText(m_db, after, upTo, sink, m_quoteNames);
    };
    const TextThread textThread = fromMemory ? TextThread::Worker : TextThread::This;
    if (volume == Volume::Many && wasEmpty && fillEmptySearchIndexInParallel(m_db, text, textThread, [&] {
            storeKeysOnce();
            runMeanwhile();
        })) {
        index(overflow);
        return;
    }
    storeKeysOnce();
    runMeanwhile();
    // A larger FTS5 hash size (LargeHashSize) while many rows arrive: ~35% less CPU.
    std::int64_t indexedBefore = 0;
    std::optional<LargeHashSize> hashSize;
    if (volume == Volume::Many) {
        Statement count = m_db.prepare("SELECT count(*) FROM search_keys");
        indexedBefore = (count.step() ? count.int64(0) : 0) - std::int64_t(keyed.size());
        hashSize.emplace(*this);
    }
    Statement insert = m_db.prepare("INSERT INTO search_fts(rowid, title, body, names) VALUES (?1, ?2, ?3, ?4)");
    SortedTextWriter sorted(insert);
    text([&](std::unique_ptr<TextBatch> batch) {
        sorted.add(std::move(batch));
        return true;
    });
    sorted.finish();
    if (volume == Volume::Many) {
        hashSize->restore();
        // The new segments are on FTS5's level 0, which edits fill and then merge whole (see
        // buildScratchIndex): the 12th edit after a million rows imported into a document of one
        // event stalled 3.4 s. One segment a level up instead, when the import is most of the
        // index (merging a small import into a large index would rewrite all of it).
        if (std::int64_t(keyed.size()) >= indexedBefore)
            m_db.exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')", "Building the search index");
    }
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

void SearchIndex::addQuoteSpeakers(Database &db)
{
    std::vector<std::int64_t> events;
    Statement spoken = db.prepare("SELECT DISTINCT qe.event_id FROM quotes q JOIN quote_events qe ON qe.quote_id = q.id "
                                  "WHERE q.speaker_id IS NOT NULL ORDER BY qe.event_id");
    while (spoken.step())
        events.push_back(spoken.int64(0));
    SearchIndex(db, QuoteNames::Sources).unindex(events);
    SearchIndex(db, QuoteNames::SourcesAndSpeakers).index(events);
}

namespace {

// The events whose indexed text names the entities `which` selects: "= ?1" for one (its id bound
// as ?1), ListedIds::kIn for those listed. An actor's are those it takes part in and those with a
// quote it speaks; a source's, those with a quote from it.
QByteArray eventsOfSql(EntityKind kind, const char *which)
{
    const QByteArray is(which);
    switch (kind) {
    case EntityKind::Actor:
        return "SELECT event_id FROM event_actors WHERE actor_id " + is + " UNION SELECT qe.event_id FROM quotes q "
               "JOIN quote_events qe ON qe.quote_id = q.id WHERE q.speaker_id " + is;
    case EntityKind::Place: return "SELECT id FROM events WHERE place_id " + is;
    case EntityKind::Source:
        return "SELECT DISTINCT qe.event_id FROM quotes q JOIN quote_events qe ON qe.quote_id = q.id "
               "WHERE q.source_id " + is;
    case EntityKind::Quote: return "SELECT event_id FROM quote_events WHERE quote_id " + is;
    default: throw std::logic_error("no events are named by this kind of entity");
    }
}

} // namespace

std::vector<std::int64_t> SearchIndex::eventsOf(EntityKind kind, std::int64_t id) const
{
    std::vector<std::int64_t> result;
    Statement &s = m_db.cached(eventsOfSql(kind, "= ?1"));
    s.bind(1, id);
    while (s.step())
        result.push_back(s.int64(0));
    s.reset();
    return result;
}

std::vector<std::int64_t> SearchIndex::eventsOfListed(EntityKind kind) const
{
    std::vector<std::int64_t> result;
    Statement s = m_db.prepare(eventsOfSql(kind, ListedIds::kIn));
    while (s.step())
        result.push_back(s.int64(0));
    return result;
}

} // namespace dateline::store
