// Document: many events at once (a delete of 100,000, its undo, a tag, status, type or actor given
// to them), set-based: a statement per table for all of them through temp.listed_ids, not a dozen
// statements per event.
#include "core/store/document.h"

#include "core/model/cameo.h"
#include "core/store/documentprivate.h"
#include "core/store/listedids.h"
#include "core/store/searchindex.h"

#include <algorithm>
#include <optional>

namespace dateline {

namespace {

using store::ListedIds;

const QByteArray kListed = QByteArray("(") + ListedIds::kSelect + ")";
// Whether the listed event has tag ?1: through its own few tags (the primary key), not through
// every event with that tag (the tag's index), which may be most of the document.
constexpr char kHasTag[] = "SELECT 1 FROM event_tags t WHERE t.event_id = listed_ids.id AND +t.tag = ?1";

} // namespace

std::vector<Event> Document::events(const std::vector<EventId> &ids) const
{
    return store::readEvents(*d->db, ids);
}

void Document::removeEvents(const std::vector<EventId> &ids)
{
    d->requireWritable("remove events");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, store::idValues(ids));
    // What the delete cascades into, so that undo can put it back; then the events, in id order.
    d->touchAll(EntityKind::Relation, "SELECT id FROM relations WHERE from_id IN " + kListed
                                          + " UNION SELECT id FROM relations WHERE to_id IN " + kListed);
    d->touchAll(EntityKind::Quote, "SELECT DISTINCT quote_id FROM quote_events WHERE event_id IN " + kListed);
    d->touchAll(EntityKind::Event, "SELECT id FROM events WHERE id IN " + kListed + " ORDER BY id");
    store::SearchIndex(db).removeListed();
    db.exec("DELETE FROM events WHERE id IN " + kListed); // links, quote links, relations cascade
    transaction.commit();
}

void Document::Private::keepChangingListed(const QByteArray &changes, const std::function<void(Statement &)> &bind) const
{
    Statement keep = db->prepare("DELETE FROM temp.listed_ids WHERE NOT EXISTS (SELECT 1 FROM events e "
                                 "WHERE e.id = listed_ids.id AND (" + changes + "))");
    bind(keep);
    keep.execute();
    touchAll(EntityKind::Event, "SELECT id FROM temp.listed_ids ORDER BY id");
}

void Document::addEventTag(const std::vector<EventId> &ids, const QString &tag)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, store::idValues(ids));
    const auto bindTag = [&](Statement &s) { s.bind(1, QStringView(tag)); };
    d->keepChangingListed(QByteArray("NOT EXISTS (") + kHasTag + ")", bindTag); // those that lack it
    db.prepare("UPDATE events SET updated = ?1 WHERE id IN " + kListed).bind(1, store::timestamp({})).execute();
    Statement add = db.prepare("INSERT INTO event_tags(event_id, position, tag) SELECT l.id, "
                               "coalesce((SELECT max(t.position) + 1 FROM event_tags t WHERE t.event_id = l.id), 0), ?1 "
                               "FROM temp.listed_ids l");
    bindTag(add);
    add.execute();
    transaction.commit();
}

void Document::removeEventTag(const std::vector<EventId> &ids, const QString &tag)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, store::idValues(ids));
    const auto bindTag = [&](Statement &s) { s.bind(1, QStringView(tag)); };
    d->keepChangingListed(QByteArray("EXISTS (") + kHasTag + ")", bindTag);
    db.prepare("UPDATE events SET updated = ?1 WHERE id IN " + kListed).bind(1, store::timestamp({})).execute();
    // The other tags keep their positions, gaps and all: only their order is read.
    Statement remove = db.prepare("DELETE FROM event_tags WHERE event_id IN " + kListed + " AND +tag = ?1");
    bindTag(remove);
    remove.execute();
    transaction.commit();
}

void Document::setEventStatus(const std::vector<EventId> &ids, EventStatus status)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, store::idValues(ids));
    d->keepChangingListed("e.status IS NOT ?1", [&](Statement &s) { s.bind(1, int(status)); });
    db.prepare("UPDATE events SET status = ?1, updated = ?2 WHERE id IN " + kListed)
        .bind(1, int(status))
        .bind(2, store::timestamp({}))
        .execute();
    transaction.commit();
}

void Document::setEventCameoCode(const std::vector<EventId> &ids, const QString &code)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, store::idValues(ids));
    // NULL reads as no type, and no type is written as NULL, as updateEvent does.
    d->keepChangingListed("coalesce(e.cameo_code, '') IS NOT ?1", [&](Statement &s) { s.bind(1, QStringView(code)); });
    db.prepare("UPDATE events SET cameo_code = nullif(?1, ''), cameo_root = ?2, updated = ?3 WHERE id IN " + kListed)
        .bind(1, QStringView(code))
        .bind(2, cameo::rootCode(code))
        .bind(3, store::timestamp({}))
        .execute();
    transaction.commit();
}

void Document::addEventActor(const std::vector<EventId> &ids, ActorLink link)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, store::idValues(ids));
    // Through the event's own few actors (the primary key), not every event of this actor.
    d->keepChangingListed("NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND +a.actor_id = ?1)",
                          [&](Statement &s) { s.bind(1, link.actor.value); });
    // The actor's names are searched: the text as it is out first, the new text in after.
    store::SearchIndex search(db);
    search.unindexListed();
    db.prepare("UPDATE events SET updated = ?1 WHERE id IN " + kListed).bind(1, store::timestamp({})).execute();
    db.prepare("INSERT INTO event_actors(event_id, position, actor_id, role) SELECT l.id, "
               "coalesce((SELECT max(a.position) + 1 FROM event_actors a WHERE a.event_id = l.id), 0), ?1, ?2 "
               "FROM temp.listed_ids l")
        .bind(1, link.actor.value)
        .bind(2, int(link.role))
        .execute();
    search.indexListed();
    transaction.commit();
}

void Document::restoreEvents(const std::vector<Event> &events)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    // Inside a step (undo, redo) no savepoint of its own, as addEvent: while one is open SQLite
    // copies the pages each statement changes into a sub-journal it empties only when the
    // savepoint ends, and undoing a tag of 100,000 events spent minutes there. The step's
    // transaction rolls back whole.
    std::optional<Transaction> transaction;
    if (!db.inTransaction())
        transaction.emplace(db);
    // Stored events whose searched text changes (undoing an actor added to them) leave the search
    // index and come back together, in key order: one at a time, in id order, FTS5 wrote a segment
    // for nearly every one.
    store::SearchIndex search(db);
    std::vector<std::int64_t> stored, reindexed;
    for (const Event &event : events) {
        if (event.id.isValid() && store::rowExists(db, "events", event.id.value)) {
            stored.push_back(event.id.value);
            if (!search.entryUnchangedBy(event))
                reindexed.push_back(event.id.value);
        }
    }
    std::sort(stored.begin(), stored.end());
    if (!reindexed.empty()) {
        ListedIds listed(db, reindexed);
        search.unindexListed();
    }
    std::vector<std::int64_t> added;
    for (const Event &event : events) {
        if (!event.id.isValid()) {
            restoreEvent(event); // added as a new event
        } else if (std::binary_search(stored.begin(), stored.end(), event.id.value)) {
            // inside this transaction, without a savepoint of its own
            d->restoreStoredEvent(event, Private::SearchEntry::Leave);
        } else {
            store::insertEvent(db, event);
            store::insertEventLinks(db, event);
            added.push_back(event.id.value);
        }
    }
    if (!reindexed.empty()) {
        ListedIds listed(db, reindexed);
        search.indexListed();
    }
    if (!added.empty()) {
        ListedIds listed(db, added);
        store::SearchIndex(db).indexListed();
        if (d->observer)
            d->observer(EntityKind::Event, added, Touch::Created);
    }
    if (transaction)
        transaction->commit();
}

} // namespace dateline
