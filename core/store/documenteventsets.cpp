// Document: many events at once (a delete of 100,000, its undo, a tag added to them), set-based: a
// statement per table for all of them through temp.listed_ids, not a dozen statements per event.
#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/listedids.h"
#include "core/store/searchindex.h"

#include <optional>

namespace dateline {

namespace {

using store::ListedIds;

std::vector<std::int64_t> values(const std::vector<EventId> &ids)
{
    std::vector<std::int64_t> result;
    result.reserve(ids.size());
    for (EventId id : ids)
        result.push_back(id.value);
    return result;
}

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
    ListedIds listed(db, values(ids));
    // What the delete cascades into, so that undo can put it back; then the events, in id order.
    d->touchAll(EntityKind::Relation, "SELECT id FROM relations WHERE from_id IN " + kListed
                                          + " UNION SELECT id FROM relations WHERE to_id IN " + kListed);
    d->touchAll(EntityKind::Quote, "SELECT DISTINCT quote_id FROM quote_events WHERE event_id IN " + kListed);
    d->touchAll(EntityKind::Event, "SELECT id FROM events WHERE id IN " + kListed + " ORDER BY id");
    store::SearchIndex(db).removeListed();
    db.exec("DELETE FROM events WHERE id IN " + kListed); // links, quote links, relations cascade
    transaction.commit();
}

void Document::addEventTag(const std::vector<EventId> &ids, const QString &tag)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, values(ids));
    // Only the events that lack it change (and go into the step).
    db.prepare(QByteArray("DELETE FROM temp.listed_ids WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = listed_ids.id) ")
               + "OR EXISTS (" + kHasTag + ")")
        .bind(1, QStringView(tag))
        .execute();
    d->touchAll(EntityKind::Event, "SELECT id FROM temp.listed_ids ORDER BY id");
    db.prepare("UPDATE events SET updated = ?1 WHERE id IN " + kListed).bind(1, store::timestamp({})).execute();
    db.prepare("INSERT INTO event_tags(event_id, position, tag) SELECT l.id, "
               "coalesce((SELECT max(t.position) + 1 FROM event_tags t WHERE t.event_id = l.id), 0), ?1 "
               "FROM temp.listed_ids l")
        .bind(1, QStringView(tag))
        .execute();
    transaction.commit();
}

void Document::removeEventTag(const std::vector<EventId> &ids, const QString &tag)
{
    d->requireWritable("change an event");
    Database &db = *d->db;
    Transaction transaction(db);
    ListedIds listed(db, values(ids));
    db.prepare(QByteArray("DELETE FROM temp.listed_ids WHERE NOT EXISTS (") + kHasTag + ")")
        .bind(1, QStringView(tag))
        .execute();
    d->touchAll(EntityKind::Event, "SELECT id FROM temp.listed_ids ORDER BY id");
    db.prepare("UPDATE events SET updated = ?1 WHERE id IN " + kListed).bind(1, store::timestamp({})).execute();
    // The other tags keep their positions, gaps and all: only their order is read.
    db.prepare("DELETE FROM event_tags WHERE event_id IN " + kListed + " AND +tag = ?1").bind(1, QStringView(tag)).execute();
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
    std::vector<std::int64_t> added;
    for (const Event &event : events) {
        if (!event.id.isValid()) {
            restoreEvent(event); // added as a new event
        } else if (store::rowExists(db, "events", event.id.value)) {
            d->restoreStoredEvent(event); // inside this transaction, without a savepoint of its own
        } else {
            store::insertEvent(db, event);
            store::insertEventLinks(db, event);
            added.push_back(event.id.value);
        }
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
