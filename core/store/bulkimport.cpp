// BulkImport: the one-transaction write path of every importer.
#include "core/store/bulkimport.h"

#include "core/store/documentprivate.h"
#include "core/store/schema.h"

#include <QDateTime>

#include <algorithm>

namespace dateline {

namespace {

// The tables whose secondary indexes a large import drops and rebuilds. Rebuilding sorts once;
// maintaining events_time row by row costs a random B-tree insert per event (dates arrive in
// file order, not time order).
constexpr const char *kIndexedTables[] = {"events", "event_tags", "event_actors", "quotes", "quote_events",
                                          "relations"};

// Bulk phase page cache: the new rows' pages and the index sorts stay in memory (256 MB).
constexpr std::int64_t kBulkCacheKiB = 262144;

enum StatementIndex : int { SEvent, STag, SActorLink, SActor, SPlace, SSource, SQuote, SQuoteEvent,
                            SRelation, SEra, SEventFts, SQuoteFts, SCount };

std::int64_t maxId(Database &db, const char *table)
{
    Statement s = db.prepare(QByteArray("SELECT max(id) FROM ") + table);
    return s.step() ? s.int64(0) : 0;
}

} // namespace

void IdRange::add(std::int64_t id)
{
    if (count == 0) {
        first = last = id;
    } else {
        first = std::min(first, id);
        last = std::max(last, id);
    }
    ++count;
}

BulkImport::BulkImport(Document &document, std::int64_t expectedEvents, Indexes indexes)
    : m_document(document), m_db(document.database()), m_statements(SCount, nullptr)
{
    if (document.isReadOnly()) {
        throw StoreError("This document is open read-only, so Dateline cannot import into it. "
                         "Save a copy to edit it.");
    }
    m_nested = m_db.inTransaction();
    if (!m_nested) {
        m_cacheSize = m_db.pragma("cache_size");
        m_db.exec(QByteArray("PRAGMA cache_size = -") + QByteArray::number(kBulkCacheKiB));
        m_settingsChanged = true;
    }
    try {
        m_transaction = std::make_unique<Transaction>(m_db);
        m_previousMaxEvent = maxId(m_db, "events");
        m_previousMaxQuote = maxId(m_db, "quotes");
        bool rebuild = indexes == Indexes::Rebuild;
        if (indexes == Indexes::Automatic && expectedEvents > 0) {
            Statement count = m_db.prepare("SELECT count(*) FROM events");
            const std::int64_t existing = count.step() ? count.int64(0) : 0;
            rebuild = expectedEvents >= 20000 && expectedEvents >= existing / 2;
        }
        if (rebuild && !m_nested)
            dropIndexes();
    } catch (...) {
        m_transaction.reset();
        restoreSettings();
        throw;
    }
    m_now = store::timestamp({});
}

BulkImport::~BulkImport()
{
    m_transaction.reset(); // rolls back unless committed (the dropped indexes come back with it)
    restoreSettings();
}

void BulkImport::restoreSettings()
{
    if (!m_settingsChanged)
        return;
    m_settingsChanged = false;
    try {
        m_db.exec(QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_cacheSize));
    } catch (const StoreError &) {
        // a setting of this connection only; nothing in the file depends on it
    }
}

void BulkImport::dropIndexes()
{
    // Recreate from our own schema, never from SQL found in the (untrusted) file.
    auto fresh = Database::inMemory();
    schema::create(*fresh);
    QByteArray tables;
    for (const char *t : kIndexedTables)
        tables += (tables.isEmpty() ? "'" : ",'") + QByteArray(t) + "'";
    const QByteArray sql = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN (" + tables + ") ORDER BY name";
    Statement ours = fresh->prepare(sql);
    std::vector<std::pair<QString, QString>> wanted;
    while (ours.step())
        wanted.emplace_back(ours.text(0), ours.text(1));
    Statement present = m_db.prepare(sql);
    QStringList names;
    while (present.step())
        names.append(present.text(0));
    present.reset();
    for (const auto &[name, create] : wanted) {
        if (!names.contains(name))
            continue;
        m_db.exec("DROP INDEX \"" + name.toUtf8() + '"', "Preparing the bulk import");
        m_droppedIndexes.push_back(create.toUtf8());
    }
}

Database &BulkImport::database()
{
    return m_db;
}

Statement &BulkImport::statement(int which, const char *sql)
{
    Statement *&s = m_statements[std::size_t(which)];
    if (!s)
        s = &m_db.cached(QByteArray(sql));
    return *s;
}

EventId BulkImport::addEvent(const Event &event)
{
    Statement &s = statement(
        SEvent, "INSERT INTO events(title, description, date_edtf, start_min, start_max, end_min, end_max, "
                "span_class, precision, status, cameo_code, cameo_root, place_id, importance, sort_key, updated, "
                "created, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                "?17, ?18)");
    const QString created = event.created.isValid() ? store::timestamp(event.created) : m_now;
    store::bindEvent(s, event, event.updated.isValid() ? store::timestamp(event.updated) : created);
    s.bind(17, created);
    store::bindId(s, 18, event.id.value);
    s.execute();
    const std::int64_t id = m_db.lastInsertRowId();
    m_summary.events.add(id);
    if (id <= m_previousMaxEvent) { // a kept id below existing rows: not in the range indexed at the end
        statement(SEventFts, "INSERT INTO events_fts(rowid, title, description) VALUES (?1, ?2, ?3)")
            .bind(1, id).bind(2, QStringView(event.title)).bind(3, QStringView(event.description)).execute();
    }
    if (!event.tags.isEmpty()) {
        Statement &tag = statement(STag, "INSERT INTO event_tags(event_id, position, tag) VALUES (?1, ?2, ?3)");
        for (qsizetype i = 0; i < event.tags.size(); ++i)
            tag.bind(1, id).bind(2, std::int64_t(i)).bind(3, QStringView(event.tags[i])).execute();
    }
    if (!event.actors.empty()) {
        Statement &link = statement(
            SActorLink, "INSERT INTO event_actors(event_id, position, actor_id, role) VALUES (?1, ?2, ?3, ?4)");
        for (std::size_t i = 0; i < event.actors.size(); ++i) {
            link.bind(1, id).bind(2, std::int64_t(i)).bind(3, event.actors[i].actor.value)
                .bind(4, int(event.actors[i].role)).execute();
        }
    }
    return EventId(id);
}

ActorId BulkImport::addActor(const Actor &actor)
{
    Statement &s = statement(SActor, "INSERT INTO actors(label, kind, country, cameo_code, aliases, id) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    store::bindActor(s, actor);
    s.execute();
    const ActorId id(m_db.lastInsertRowId());
    m_summary.actors.add(id.value);
    return id;
}

PlaceId BulkImport::addPlace(const Place &place)
{
    Statement &s = statement(SPlace, "INSERT INTO places(name, country, latitude, longitude, id) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    store::bindPlace(s, place);
    s.execute();
    const PlaceId id(m_db.lastInsertRowId());
    m_summary.places.add(id.value);
    return id;
}

SourceId BulkImport::addSource(const Source &source)
{
    Statement &s = statement(SSource, "INSERT INTO sources(title, publication, author, issued_edtf, url, "
                                      "accessed_edtf, reliability, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    store::bindSource(s, source);
    s.execute();
    const SourceId id(m_db.lastInsertRowId());
    m_summary.sources.add(id.value);
    return id;
}

QuoteId BulkImport::addQuote(const Quote &quote)
{
    Statement &s = statement(SQuote, "INSERT INTO quotes(text, speaker_id, source_id, locator, credibility, id) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    store::bindQuote(s, quote);
    s.execute();
    const std::int64_t id = m_db.lastInsertRowId();
    m_summary.quotes.add(id);
    if (id <= m_previousMaxQuote) {
        statement(SQuoteFts, "INSERT INTO quotes_fts(rowid, text) VALUES (?1, ?2)")
            .bind(1, id).bind(2, QStringView(quote.text)).execute();
    }
    Statement &link = statement(SQuoteEvent, "INSERT OR IGNORE INTO quote_events(quote_id, event_id, position) "
                                             "VALUES (?1, ?2, ?3)");
    for (std::size_t i = 0; i < quote.events.size(); ++i)
        link.bind(1, id).bind(2, quote.events[i].value).bind(3, std::int64_t(i)).execute();
    return QuoteId(id);
}

RelationId BulkImport::addRelation(const Relation &relation)
{
    Statement &s = statement(SRelation, "INSERT INTO relations(from_id, to_id, kind, id) VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, relation.from.value).bind(2, relation.to.value).bind(3, int(relation.kind));
    store::bindId(s, 4, relation.id.value);
    s.execute();
    const RelationId id(m_db.lastInsertRowId());
    m_summary.relations.add(id.value);
    return id;
}

EraId BulkImport::addEra(const Era &era)
{
    Statement &s = statement(SEra, "INSERT INTO eras(name, span_edtf, start_min, start_max, end_min, end_max, "
                                   "color, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    store::bindEra(s, era);
    s.execute();
    const EraId id(m_db.lastInsertRowId());
    m_summary.eras.add(id.value);
    return id;
}

BulkImportSummary BulkImport::commit()
{
    if (m_committed)
        return m_summary;
    // Full text for the appended rows in one statement each (ids above the previous maximum).
    const IdRange &events = m_summary.events;
    if (events.count > 0 && events.last > m_previousMaxEvent) {
        Statement s = m_db.prepare("INSERT INTO events_fts(rowid, title, description) "
                                   "SELECT id, title, description FROM events WHERE id > ?1 AND id <= ?2");
        s.bind(1, m_previousMaxEvent).bind(2, events.last).execute();
    }
    const IdRange &quotes = m_summary.quotes;
    if (quotes.count > 0 && quotes.last > m_previousMaxQuote) {
        Statement s = m_db.prepare("INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes "
                                   "WHERE id > ?1 AND id <= ?2");
        s.bind(1, m_previousMaxQuote).bind(2, quotes.last).execute();
    }
    for (const QByteArray &create : m_droppedIndexes)
        m_db.exec(create, "Rebuilding an index after the import");
    m_droppedIndexes.clear();
    if (m_beforeCommit)
        m_beforeCommit();
    for (Statement *&s : m_statements) // cached statements must not hold the tables open
        if (s)
            s->reset();
    m_transaction->commit(); // runs Database::beforeCommit (the revision bump) when rows changed
    m_transaction.reset();
    m_committed = true;
    restoreSettings();
    return m_summary;
}

} // namespace dateline
