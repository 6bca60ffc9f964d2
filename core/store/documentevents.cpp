// Document: events, their links, the overlap query, the time-index scans and full-text search.
#include "core/store/document.h"

#include "core/model/cameo.h"
#include "core/store/documentprivate.h"
#include "core/store/schema.h"
#include "core/store/searchindex.h"

#include <QHash>

#include <algorithm>
#include <iterator>
#include <limits>

namespace dateline {

namespace store {

// Fills the scalar fields from a row selected with kEventColumns (starting at column 0).
Event readEvent(const Statement &s)
{
    Event e;
    e.id = EventId(s.int64(0));
    e.title = s.text(1);
    e.description = s.text(2);
    e.date = store::readDate(s, 3);
    e.status = EventStatus(std::clamp(s.integer(4), 0, 4));
    e.cameoCode = s.text(5);
    e.place = PlaceId(s.int64(6));
    e.importance = s.integer(7);
    e.sortKey = s.int64(8);
    e.created = store::parseTimestamp(s.text(9));
    e.updated = store::parseTimestamp(s.text(10));
    return e;
}

// Tags and actor links of many events: one statement per link table (with `filter`, an
// "event_id IN (...)" page bound by the caller's binder), not two queries per event.
void loadLinks(const Database &db, std::vector<Event> &events, const QByteArray &filter,
               const std::function<void(Statement &)> &bindFilter)
{
    QHash<std::int64_t, Event *> byId;
    byId.reserve(qsizetype(events.size()));
    for (Event &e : events)
        byId.insert(e.id.value, &e);
    // Cached: preparing an IN list of 200 numbered parameters costs SQLite more than running it.
    Statement &tags = db.cached("SELECT event_id, tag FROM event_tags" + filter + " ORDER BY event_id, position");
    bindFilter(tags);
    while (tags.step()) {
        if (Event *e = byId.value(tags.int64(0)))
            e->tags.append(tags.text(1));
    }
    Statement &actors = db.cached("SELECT event_id, actor_id, role FROM event_actors" + filter
                                  + " ORDER BY event_id, position");
    bindFilter(actors);
    while (actors.step()) {
        if (Event *e = byId.value(actors.int64(0)))
            e->actors.push_back({ActorId(actors.int64(1)), ActorRole(std::clamp(actors.integer(2), 0, 4))});
    }
}

// The events with these ids, in the given order (missing ids are left out): a query per page.
std::vector<Event> readEvents(const Database &db, const std::vector<EventId> &ids)
{
    static const QByteArray in = " WHERE event_id IN (" + store::parameterList(store::kIdsPerQuery) + ")";
    static const QByteArray rowSql = QByteArray("SELECT ") + kEventColumns + " FROM events WHERE id IN ("
        + store::parameterList(store::kIdsPerQuery) + ")";
    std::vector<Event> result;
    result.reserve(ids.size());
    for (std::size_t first = 0; first < ids.size(); first += store::kIdsPerQuery) {
        const std::size_t end = std::min(ids.size(), first + store::kIdsPerQuery);
        auto bindPage = [&](Statement &s) {
            for (std::size_t i = first; i < end; ++i)
                s.bind(int(i - first) + 1, ids[i].value); // unbound parameters stay NULL
        };
        QHash<std::int64_t, Event> page;
        Statement &rows = db.cached(rowSql);
        bindPage(rows);
        while (rows.step()) {
            Event e = readEvent(rows);
            page.insert(e.id.value, std::move(e));
        }
        rows.reset();
        std::vector<Event> ordered;
        for (std::size_t i = first; i < end; ++i) {
            auto found = page.find(ids[i].value);
            if (found != page.end())
                ordered.push_back(std::move(*found));
        }
        loadLinks(db, ordered, in, bindPage);
        std::move(ordered.begin(), ordered.end(), std::back_inserter(result));
    }
    return result;
}

} // namespace store

using store::kEventColumns;
using store::readEvent;
using store::readEvents;

namespace {

void clearLinks(Database &db, EventId id)
{
    db.cached("DELETE FROM event_tags WHERE event_id = ?1").bind(1, id.value).execute();
    db.cached("DELETE FROM event_actors WHERE event_id = ?1").bind(1, id.value).execute();
}

} // namespace

void store::insertEventLinks(Database &db, const Event &e)
{
    if (!e.tags.isEmpty()) {
        Statement &tag = db.cached("INSERT INTO event_tags(event_id, position, tag) VALUES (?1, ?2, ?3)");
        for (qsizetype i = 0; i < e.tags.size(); ++i)
            tag.bind(1, e.id.value).bind(2, std::int64_t(i)).bind(3, QStringView(e.tags[i])).execute();
    }
    if (!e.actors.empty()) {
        Statement &actor =
            db.cached("INSERT INTO event_actors(event_id, position, actor_id, role) VALUES (?1, ?2, ?3, ?4)");
        for (size_t i = 0; i < e.actors.size(); ++i) {
            actor.bind(1, e.id.value)
                .bind(2, std::int64_t(i))
                .bind(3, e.actors[i].actor.value)
                .bind(4, int(e.actors[i].role))
                .execute();
        }
    }
}

// Binds ?1..?16 of the event insert/update: everything except id and created.
void store::bindEvent(Statement &s, const Event &e, const QString &updated)
{
    s.bind(1, QStringView(e.title)).bind(2, QStringView(e.description)); // never NULL
    store::bindDate(s, 3, e.date);
    if (e.date.isValid()) {
        s.bind(8, store::spanClass(e.date.bounds())).bind(9, int(e.date.precision()));
    } else {
        s.bindNull(8).bind(9, int(DatePrecision::Day));
    }
    s.bind(10, int(e.status))
        .bindOptional(11, e.cameoCode)
        .bind(12, cameo::rootCode(e.cameoCode));
    store::bindId(s, 13, e.place.value);
    s.bind(14, std::clamp(e.importance, 0, 100)).bind(15, e.sortKey).bind(16, updated);
}

EventId store::insertEvent(Database &db, const Event &event)
{
    Statement &s = db.cached(
        "INSERT INTO events(title, description, date_edtf, start_min, start_max, end_min, end_max, span_class, "
        "precision, status, cameo_code, cameo_root, place_id, importance, sort_key, updated, created, id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    const QString created = store::timestamp(event.created);
    bindEvent(s, event, event.updated.isValid() ? store::timestamp(event.updated) : created);
    s.bind(17, created);
    store::bindId(s, 18, event.id.value);
    s.execute();
    return EventId(db.lastInsertRowId());
}

namespace {

using store::bindEvent;
using store::insertEvent;
using store::insertEventLinks;

// Writes every column but created and the links of a stored event, not its search entry.
void writeEventRow(Database &db, const Event &event, const QString &updated)
{
    Statement &s = db.cached(
        "UPDATE events SET title = ?1, description = ?2, date_edtf = ?3, start_min = ?4, start_max = ?5, "
        "end_min = ?6, end_max = ?7, span_class = ?8, precision = ?9, status = ?10, cameo_code = ?11, "
        "cameo_root = ?12, place_id = ?13, importance = ?14, sort_key = ?15, updated = ?16 WHERE id = ?17");
    bindEvent(s, event, updated);
    s.bind(17, event.id.value);
    s.execute();
    clearLinks(db, event.id);
    insertEventLinks(db, event);
}

// The same and its search entry.
void rewriteEvent(Database &db, const Event &event, const QString &updated)
{
    store::SearchIndex search(db);
    const bool reindex = !search.entryUnchangedBy(event);
    if (reindex)
        search.unindex({event.id.value}); // its text as indexed, before anything changes
    writeEventRow(db, event, updated);
    if (reindex)
        search.index({event.id.value});
}

// The lower end of the start_min range of span class c for an overlap with [from, ...):
// from - 2^c, clamped so that it cannot overflow.
std::int64_t classLowerBound(TimePoint from, int c)
{
    constexpr std::int64_t lowest = std::numeric_limits<std::int64_t>::min();
    if (c >= 63)
        return lowest;
    const std::int64_t width = std::int64_t(1) << c;
    return from < lowest + width ? lowest : from - width;
}

} // namespace

EventId Document::addEvent(const Event &event)
{
    d->requireWritable("add an event");
    Database &db = *d->db;
    if (db.inTransaction()) {
        // Inside a BulkEdit a SAVEPOINT per row would cost more than the row (SQLite copies every
        // page it touches into a sub-journal), so a failed add is undone by hand instead. Each
        // statement is atomic on its own.
        const EventId id = insertEvent(db, event);
        try {
            Event stored = event;
            stored.id = id;
            insertEventLinks(db, stored);
            store::SearchIndex(db).index({id.value}); // its last statement adds the search row
        } catch (...) {
            db.cached("DELETE FROM search_keys WHERE event_id = ?1").bind(1, id.value).execute();
            db.cached("DELETE FROM events WHERE id = ?1").bind(1, id.value).execute(); // links cascade
            throw;
        }
        d->touch(EntityKind::Event, id.value, Touch::Created);
        return id;
    }
    Transaction transaction(db);
    Event stored = event;
    stored.id = insertEvent(db, event);
    insertEventLinks(db, stored);
    store::SearchIndex(db).index({stored.id.value});
    d->touch(EntityKind::Event, stored.id.value, Touch::Created);
    transaction.commit();
    return stored.id;
}

void Document::updateEvent(const Event &event)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    if (!store::rowExists(db, "events", event.id.value))
        store::notFound("event", event.id.value);
    d->touch(EntityKind::Event, event.id.value);
    rewriteEvent(db, event, store::timestamp({}));
    transaction.commit();
}

void Document::restoreEvent(const Event &event)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    if (!store::rowExists(db, "events", event.id.value))
        addEvent(event);
    else
        d->restoreStoredEvent(event);
    transaction.commit();
}

void Document::Private::restoreStoredEvent(const Event &event, SearchEntry entry)
{
    touch(EntityKind::Event, event.id.value);
    if (entry == SearchEntry::Rewrite)
        rewriteEvent(*db, event, store::timestamp(event.updated));
    else
        writeEventRow(*db, event, store::timestamp(event.updated));
    db->cached("UPDATE events SET created = ?1 WHERE id = ?2")
        .bind(1, store::timestamp(event.created))
        .bind(2, event.id.value)
        .execute();
}

void Document::removeEvent(EventId id)
{
    d->requireWritable("remove an event");
    Database &db = *d->db;
    Transaction transaction(db);
    if (store::rowExists(db, "events", id.value)) {
        // What the delete cascades into, so that undo can put it back.
        d->touchEach(EntityKind::Relation, "SELECT id FROM relations WHERE from_id = ?1 OR to_id = ?1", id.value);
        d->touchEach(EntityKind::Quote, "SELECT quote_id FROM quote_events WHERE event_id = ?1", id.value);
        d->touch(EntityKind::Event, id.value);
        store::SearchIndex(db).remove(id.value);
        db.cached("DELETE FROM events WHERE id = ?1").bind(1, id.value).execute();
    }
    transaction.commit();
}

std::optional<Event> Document::event(EventId id) const
{
    std::vector<Event> found = readEvents(*d->db, {id});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Event> Document::events() const
{
    std::vector<Event> result;
    // In sortTime() order (an open start sorts at its latest start); undated events (NULL start) last.
    static const QByteArray order = " FROM events ORDER BY start_min IS NULL, CASE WHEN start_min > "
        + QByteArray::number(qint64(kTimeMin)) + " THEN start_min WHEN start_max > "
        + QByteArray::number(qint64(kTimeMin)) + " THEN start_max ELSE end_min END, sort_key, id";
    Statement s = d->db->prepare(QByteArray("SELECT ") + kEventColumns + order);
    while (s.step())
        result.push_back(readEvent(s));
    store::loadLinks(*d->db, result, QByteArray(), [](Statement &) {});
    return result;
}

std::vector<EventId> Document::eventIdsOverlapping(TimePoint from, TimePoint to) const
{
    struct Hit {
        std::int64_t start, sortKey, id;
    };
    std::vector<Hit> hits;
    if (from >= to)
        return {};
    Statement &s = d->db->cached(schema::kOverlapQuery);
    for (int c = 1; c <= 63; ++c) { // bit lengths of a positive int64
        s.bind(1, c).bind(2, classLowerBound(from, c)).bind(3, to).bind(4, from);
        while (s.step())
            hits.push_back({s.int64(1), s.int64(2), s.int64(0)});
        s.reset();
    }
    // Open starts ("before 26 Mar") sort at their latest start (sortTime); they are rare, so they
    // are looked up one by one rather than widening the covering index.
    for (Hit &h : hits) {
        if (h.start > kTimeMin)
            continue;
        Statement &bounds = d->db->cached("SELECT start_max, end_min FROM events WHERE id = ?1");
        if (bounds.bind(1, h.id).step())
            h.start = sortTime({h.start, bounds.int64(0), bounds.int64(1), 0});
        bounds.reset();
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return std::tie(a.start, a.sortKey, a.id) < std::tie(b.start, b.sortKey, b.id);
    });
    std::vector<EventId> ids;
    ids.reserve(hits.size());
    for (const Hit &h : hits)
        ids.push_back(EventId(h.id));
    return ids;
}

std::vector<Event> Document::eventsOverlapping(TimePoint from, TimePoint to) const
{
    return readEvents(*d->db, eventIdsOverlapping(from, to));
}

namespace {

// A row of the columns of schema::kSpanScanQuery.
EventSpan readSpan(const Statement &s)
{
    EventSpan span;
    span.id = EventId(s.int64(0));
    span.bounds = {s.int64(1), s.int64(2), s.int64(3), s.int64(4)};
    span.precision = DatePrecision(std::clamp(s.integer(5), 0, 9));
    span.status = EventStatus(std::clamp(s.integer(6), 0, 4));
    span.cameoRoot = std::uint8_t(std::clamp(s.integer(7), 0, 20));
    span.importance = std::uint8_t(std::clamp(s.integer(8), 0, 100));
    span.quoteCount = std::uint16_t(std::clamp<std::int64_t>(s.int64(9), 0, 65535));
    span.sortKey = s.int64(10);
    return span;
}

} // namespace

void Document::forEachEventSpan(const std::function<void(const EventSpan &)> &visit) const
{
    Statement s = d->db->prepare(schema::kSpanScanQuery);
    while (s.step())
        visit(readSpan(s));
}

std::vector<EventSpan> Document::eventSpans(const std::vector<EventId> &ids) const
{
    static const QByteArray sql = "SELECT id, start_min, start_max, end_min, end_max, precision, status, cameo_root, "
                                  "importance, quote_count, sort_key FROM events WHERE start_min IS NOT NULL AND id IN ("
        + store::parameterList(store::kIdsPerQuery) + ")";
    std::vector<EventSpan> result;
    Statement &s = d->db->cached(sql);
    for (std::size_t first = 0; first < ids.size(); first += store::kIdsPerQuery) {
        const std::size_t end = std::min(ids.size(), first + store::kIdsPerQuery);
        for (std::size_t i = first; i < end; ++i)
            s.bind(int(i - first) + 1, ids[i].value);
        while (s.step())
            result.push_back(readSpan(s));
        s.reset();
    }
    return result;
}

std::vector<std::pair<EventId, ActorId>> Document::actorLinks() const
{
    std::vector<std::pair<EventId, ActorId>> result;
    Statement s = d->db->prepare("SELECT event_id, actor_id FROM event_actors");
    while (s.step())
        result.emplace_back(EventId(s.int64(0)), ActorId(s.int64(1)));
    return result;
}

std::vector<std::pair<EventId, QString>> Document::eventTags() const
{
    std::vector<std::pair<EventId, QString>> result;
    Statement s = d->db->prepare("SELECT event_id, tag FROM event_tags");
    while (s.step())
        result.emplace_back(EventId(s.int64(0)), s.text(1));
    return result;
}

} // namespace dateline
