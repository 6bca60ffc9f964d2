// BulkImport: the row inserts (the writing thread's hot path).
#include "core/store/bulkimport.h"

#include "core/model/cameo.h"
#include "core/store/addedevents.h"
#include "core/store/documentprivate.h"
#include "core/store/searchindex.h"

#include <sqlite3.h>

#include <algorithm>

namespace dateline {

BulkImport::EventRow BulkImport::EventRow::from(const Event &event)
{
    EventRow row;
    row.id = event.id.value;
    row.title = event.title.toUtf8();
    row.description = event.description.toUtf8();
    if (event.date.isValid()) {
        const DateBounds b = event.date.bounds();
        row.edtf = event.date.toEdtf().toUtf8();
        row.bounds[0] = b.earliestStart;
        row.bounds[1] = b.latestStart;
        row.bounds[2] = b.earliestEnd;
        row.bounds[3] = b.latestEnd;
        row.spanClass = store::spanClass(b);
        row.precision = int(event.date.precision());
    }
    row.status = int(event.status);
    row.cameoCode = event.cameoCode.toUtf8();
    row.cameoRoot = cameo::rootCode(event.cameoCode);
    row.place = event.place.value;
    row.importance = std::clamp(event.importance, 0, 100);
    row.sortKey = event.sortKey;
    row.actors = event.actors;
    for (const QString &tag : event.tags)
        row.tags.push_back(tag.toUtf8());
    if (event.created.isValid())
        row.created = store::timestamp(event.created).toUtf8();
    if (event.updated.isValid())
        row.updated = store::timestamp(event.updated).toUtf8();
    else
        row.updated = row.created;
    return row;
}

EventId BulkImport::addEvent(const Event &event)
{
    return addEvent(EventRow::from(event));
}

namespace {

// Text the statement only reads while it steps (the caller keeps it alive): no copy.
void bindText(sqlite3_stmt *s, int index, const QByteArray &text, bool nullWhenEmpty = false)
{
    if (nullWhenEmpty && text.isEmpty())
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_text(s, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

// A row id, NULL when not valid (0: assign one, or no reference).
void bindRowId(sqlite3_stmt *s, int index, std::int64_t id)
{
    if (id > 0)
        sqlite3_bind_int64(s, index, id);
    else
        sqlite3_bind_null(s, index);
}

void step(Statement &statement)
{
    sqlite3_stmt *s = statement.handle();
    if (sqlite3_step(s) != SQLITE_DONE) {
        const int rc = sqlite3_reset(s); // the statement's real error code
        sqlite3 *db = sqlite3_db_handle(s);
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_clear_bindings(s);
        throw StoreError(QStringLiteral("Importing failed: %1").arg(message).toStdString(), sqlite3_extended_errcode(db) ? sqlite3_extended_errcode(db) : rc);
    }
    sqlite3_reset(s);
}

} // namespace

void BulkImport::checkReference(Table table, std::int64_t id)
{
    if (!m_checkReferences)
        return;
    constexpr std::int64_t kMaxBit = 1 << 24;
    std::vector<bool> &bits = m_existingBits[int(table)];
    const bool dense = id > 0 && id < kMaxBit;
    if (dense ? std::size_t(id) < bits.size() && bits[std::size_t(id)] : m_existing[int(table)].count(id) != 0)
        return;
    static constexpr const char *kTables[] = {"events", "actors", "places", "sources"};
    static constexpr const char *kSql[] = {"SELECT 1 FROM events WHERE id = ?1", "SELECT 1 FROM actors WHERE id = ?1",
                                           "SELECT 1 FROM places WHERE id = ?1", "SELECT 1 FROM sources WHERE id = ?1"};
    Statement &s = m_db.cached(QByteArray(kSql[int(table)]));
    s.bind(1, id);
    const bool found = s.step();
    s.reset();
    if (!found) {
        throw StoreError(QStringLiteral("Importing failed: FOREIGN KEY constraint failed (no row %1 in %2)")
                             .arg(id).arg(QLatin1StringView(kTables[int(table)])).toStdString(),
                         SQLITE_CONSTRAINT_FOREIGNKEY);
    }
    if (dense) {
        if (bits.size() <= std::size_t(id))
            bits.resize(std::max(std::size_t(id) + 1, bits.size() * 2));
        bits[std::size_t(id)] = true;
    } else {
        m_existing[int(table)].insert(id);
    }
}

EventId BulkImport::addEvent(const EventRow &row)
{
    Statement &statement = this->statement(
        SEvent, "INSERT INTO events(title, description, date_edtf, start_min, start_max, end_min, end_max, "
                "span_class, precision, status, cameo_code, cameo_root, place_id, importance, sort_key, updated, "
                "created, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                "?17, ?18)");
    sqlite3_stmt *s = statement.handle();
    if (row.place > 0)
        checkReference(Table::Places, row.place);
    for (const ActorLink &link : row.actors)
        checkReference(Table::Actors, link.actor.value);
    bindText(s, 1, row.title);
    bindText(s, 2, row.description);
    if (row.edtf.isEmpty()) {
        for (int i = 3; i <= 8; ++i)
            sqlite3_bind_null(s, i);
    } else {
        bindText(s, 3, row.edtf);
        for (int i = 0; i < 4; ++i)
            sqlite3_bind_int64(s, 4 + i, row.bounds[i]);
        sqlite3_bind_int(s, 8, row.spanClass);
    }
    sqlite3_bind_int(s, 9, row.precision);
    sqlite3_bind_int(s, 10, row.status);
    bindText(s, 11, row.cameoCode, true);
    sqlite3_bind_int(s, 12, row.cameoRoot);
    bindRowId(s, 13, row.place);
    sqlite3_bind_int(s, 14, row.importance);
    sqlite3_bind_int64(s, 15, row.sortKey);
    const QByteArray &created = row.created.isEmpty() ? m_now : row.created;
    bindText(s, 16, row.updated.isEmpty() ? created : row.updated);
    bindText(s, 17, created);
    bindRowId(s, 18, row.id);
    step(statement);
    const std::int64_t id = m_db.lastInsertRowId();
    m_summary.events.add(id);
    if (id <= m_previousMaxEvent) // a kept id below existing rows: not in the range indexed at the end
        m_searchLater.insert(id);
    else if (m_added)
        m_added->add(id, row);
    if (!row.tags.empty()) {
        Statement &tag = this->statement(STag, "INSERT INTO event_tags(event_id, position, tag) VALUES (?1, ?2, ?3)");
        for (std::size_t i = 0; i < row.tags.size(); ++i) {
            sqlite3_bind_int64(tag.handle(), 1, id);
            sqlite3_bind_int64(tag.handle(), 2, std::int64_t(i));
            bindText(tag.handle(), 3, row.tags[i]);
            step(tag);
        }
    }
    if (row.actors.size() == 2) { // the common case (initiator and target): one statement
        Statement &link = this->statement(
            SActorLinks2, "INSERT INTO event_actors(event_id, position, actor_id, role) VALUES (?1, 0, ?2, ?3), "
                          "(?1, 1, ?4, ?5)");
        sqlite3_bind_int64(link.handle(), 1, id);
        sqlite3_bind_int64(link.handle(), 2, row.actors[0].actor.value);
        sqlite3_bind_int(link.handle(), 3, int(row.actors[0].role));
        sqlite3_bind_int64(link.handle(), 4, row.actors[1].actor.value);
        sqlite3_bind_int(link.handle(), 5, int(row.actors[1].role));
        step(link);
    } else if (!row.actors.empty()) {
        Statement &link = this->statement(
            SActorLink, "INSERT INTO event_actors(event_id, position, actor_id, role) VALUES (?1, ?2, ?3, ?4)");
        for (std::size_t i = 0; i < row.actors.size(); ++i) {
            sqlite3_bind_int64(link.handle(), 1, id);
            sqlite3_bind_int64(link.handle(), 2, std::int64_t(i));
            sqlite3_bind_int64(link.handle(), 3, row.actors[i].actor.value);
            sqlite3_bind_int(link.handle(), 4, int(row.actors[i].role));
            step(link);
        }
    }
    return EventId(id);
}

ActorId BulkImport::addActor(const Actor &actor)
{
    Statement &s = statement(SActor, store::kInsertActor);
    store::bindActor(s, actor);
    s.execute();
    const ActorId id(m_db.lastInsertRowId());
    m_summary.actors.add(id.value);
    return id;
}

PlaceId BulkImport::addPlace(const Place &place)
{
    Statement &s = statement(SPlace, store::kInsertPlace);
    store::bindPlace(s, place);
    s.execute();
    const PlaceId id(m_db.lastInsertRowId());
    m_summary.places.add(id.value);
    return id;
}

BulkImport::SourceRow BulkImport::SourceRow::from(const Source &source)
{
    // as store::bindSource binds it
    SourceRow row;
    row.title = source.title.toUtf8();
    row.publication = source.publication.toUtf8();
    row.author = source.author.toUtf8();
    if (source.issued.isValid())
        row.issued = source.issued.toEdtf().toUtf8();
    row.url = source.url.toUtf8();
    if (source.accessed.isValid())
        row.accessed = source.accessed.toEdtf().toUtf8();
    row.reliability = QString(source.reliability.toUpper()).toUtf8(); // the CHECK constraint wants A..F
    row.id = source.id.value;
    return row;
}

SourceId BulkImport::addSource(const Source &source)
{
    return addSource(SourceRow::from(source));
}

SourceId BulkImport::addSource(const SourceRow &row)
{
    Statement &statement = this->statement(SSource, store::kInsertSource);
    sqlite3_stmt *s = statement.handle();
    bindText(s, 1, row.title);
    bindText(s, 2, row.publication, true);
    bindText(s, 3, row.author, true);
    bindText(s, 4, row.issued, true);
    bindText(s, 5, row.url, true);
    bindText(s, 6, row.accessed, true);
    bindText(s, 7, row.reliability);
    bindRowId(s, 8, row.id);
    statement.execute();
    const SourceId id(m_db.lastInsertRowId());
    m_summary.sources.add(id.value);
    return id;
}

QuoteId BulkImport::addQuote(const Quote &quote)
{
    if (quote.speaker.isValid())
        checkReference(Table::Actors, quote.speaker.value);
    if (quote.source.isValid())
        checkReference(Table::Sources, quote.source.value);
    for (EventId event : quote.events)
        checkReference(Table::Events, event.value);
    Statement &s = statement(SQuote, store::kInsertQuote);
    store::bindQuote(s, quote);
    s.execute();
    const std::int64_t id = m_db.lastInsertRowId();
    m_summary.quotes.add(id);
    if (m_added && !quote.events.empty()) // its text is part of the events' search text now
        m_added->abandon();
    for (EventId event : quote.events) { // an existing event's search text is about to change
        if (event.value <= m_previousMaxEvent && m_searchLater.insert(event.value).second)
            store::SearchIndex(m_db).unindex({event.value}); // nothing when it is new (not indexed yet)
    }
    Statement &link = statement(SQuoteEvent, "INSERT OR IGNORE INTO quote_events(quote_id, event_id, position) "
                                             "VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < quote.events.size(); ++i)
        link.bind(1, id).bind(2, quote.events[i].value).bind(3, std::int64_t(i)).execute();
    return QuoteId(id);
}

RelationId BulkImport::addRelation(const Relation &relation)
{
    checkReference(Table::Events, relation.from.value);
    checkReference(Table::Events, relation.to.value);
    Statement &s = statement(SRelation, store::kInsertRelation);
    s.bind(1, relation.from.value).bind(2, relation.to.value).bind(3, int(relation.kind));
    store::bindId(s, 4, relation.id.value);
    s.execute();
    const RelationId id(m_db.lastInsertRowId());
    m_summary.relations.add(id.value);
    return id;
}

EraId BulkImport::addEra(const Era &era)
{
    Statement &s = statement(SEra, store::kInsertEra);
    store::bindEra(s, era);
    s.execute();
    const EraId id(m_db.lastInsertRowId());
    m_summary.eras.add(id.value);
    return id;
}

bool BulkImport::addGdeltRecord(EventId event, const GdeltRecord &record)
{
    // gdelt_events has no foreign keys (schema.cpp), and callers pass ids they have just added or
    // resolved: a lookup per row would cost the GDELT import a B-tree search for every event.
    Statement &s = statement(SGdelt,
                             "INSERT INTO gdelt_events(global_id, event_id, date_added, source_id, goldstein, avg_tone, "
                             "num_mentions, num_sources, num_articles) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                             "ON CONFLICT(global_id) DO UPDATE SET event_id = excluded.event_id, "
                             "date_added = excluded.date_added, source_id = excluded.source_id, "
                             "goldstein = excluded.goldstein, avg_tone = excluded.avg_tone, "
                             "num_mentions = excluded.num_mentions, num_sources = excluded.num_sources, "
                             "num_articles = excluded.num_articles "
                             "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = gdelt_events.event_id "
                             "AND e.sort_key = gdelt_events.global_id)");
    s.bind(1, record.globalEventId).bind(2, event.value);
    if (record.dateAdded > 0)
        s.bind(3, record.dateAdded);
    else
        s.bindNull(3);
    if (record.source.isValid())
        s.bind(4, record.source.value);
    else
        s.bindNull(4);
    const auto bindReal = [&s](int index, std::optional<double> v) { v ? s.bind(index, *v) : s.bindNull(index); };
    const auto bindCount = [&s](int index, std::optional<std::int64_t> v) { v ? s.bind(index, *v) : s.bindNull(index); };
    bindReal(5, record.goldstein);
    bindReal(6, record.tone);
    bindCount(7, record.mentions);
    bindCount(8, record.sources);
    bindCount(9, record.articles);
    s.execute();
    return m_db.changes() > 0;
}

} // namespace dateline
