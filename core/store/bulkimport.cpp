// BulkImport: the one-transaction write path of every importer.
#include "core/store/bulkimport.h"

#include "core/store/documentprivate.h"
#include "core/model/cameo.h"
#include "core/store/schema.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace dateline {

namespace {

// The tables whose secondary indexes a large import drops and rebuilds. Rebuilding sorts once;
// maintaining events_time row by row costs a random B-tree insert per event (dates arrive in
// file order, not time order).
constexpr const char *kIndexedTables[] = {"events", "event_tags", "event_actors", "quotes", "quote_events",
                                          "relations"};

// Bulk phase page cache: the new rows' pages, the index sorts and the full-text segments stay in
// memory. About 1 KiB per expected event (a GDELT row takes ~0.5 KB in the file with its indexes),
// at least 256 MB and at most 2 GB; pages the cache never fills are never allocated.
constexpr std::int64_t kMinBulkCacheKiB = 262144;
constexpr std::int64_t kMaxBulkCacheKiB = 2097152;
// Imports from this size on rebuild the indexes (when the document is not much larger). They stay
// in WAL mode: switching to a rollback journal would save the checkpoint's second write of every
// page, but it rewrites the file header, and a cancelled import must leave the file byte-identical.
constexpr std::int64_t kLargeImport = 20000;

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
        m_threads = m_db.pragma("threads");
        // A bigger page cache, and a helper thread for the sorts of the index rebuilds.
        const std::int64_t cacheKiB = std::clamp(expectedEvents, kMinBulkCacheKiB, kMaxBulkCacheKiB);
        m_db.exec(QByteArray("PRAGMA cache_size = -") + QByteArray::number(cacheKiB) + "; PRAGMA threads = 2");
        m_settingsChanged = true;
    }
    try {
        m_transaction = std::make_unique<Transaction>(m_db);
        m_previousMaxEvent = maxId(m_db, "events");
        m_previousMaxQuote = maxId(m_db, "quotes");
        // DATELINE_BULK_INDEXES=keep|rebuild overrides Automatic (to compare them in the benchmark).
        const QByteArray forced = qgetenv("DATELINE_BULK_INDEXES");
        if (indexes == Indexes::Automatic && (forced == "keep" || forced == "rebuild"))
            indexes = forced == "keep" ? Indexes::Keep : Indexes::Rebuild;
        bool rebuild = indexes == Indexes::Rebuild;
        if (indexes == Indexes::Automatic && expectedEvents > 0) {
            Statement count = m_db.prepare("SELECT count(*) FROM events");
            const std::int64_t existing = count.step() ? count.int64(0) : 0;
            rebuild = expectedEvents >= kLargeImport && expectedEvents >= existing / 2;
        }
        if (rebuild && !m_nested)
            dropIndexes();
    } catch (...) {
        m_transaction.reset();
        restoreSettings();
        throw;
    }
    m_now = store::timestamp({}).toUtf8();
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
        m_db.exec(QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_cacheSize) + "; PRAGMA threads = "
                  + QByteArray::number(m_threads));
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

EventId BulkImport::addEvent(const EventRow &row)
{
    Statement &statement = this->statement(
        SEvent, "INSERT INTO events(title, description, date_edtf, start_min, start_max, end_min, end_max, "
                "span_class, precision, status, cameo_code, cameo_root, place_id, importance, sort_key, updated, "
                "created, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                "?17, ?18)");
    sqlite3_stmt *s = statement.handle();
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
    if (row.place > 0)
        sqlite3_bind_int64(s, 13, row.place);
    else
        sqlite3_bind_null(s, 13);
    sqlite3_bind_int(s, 14, row.importance);
    sqlite3_bind_int64(s, 15, row.sortKey);
    const QByteArray &created = row.created.isEmpty() ? m_now : row.created;
    bindText(s, 16, row.updated.isEmpty() ? created : row.updated);
    bindText(s, 17, created);
    if (row.id > 0)
        sqlite3_bind_int64(s, 18, row.id);
    else
        sqlite3_bind_null(s, 18);
    step(statement);
    const std::int64_t id = m_db.lastInsertRowId();
    m_summary.events.add(id);
    if (id <= m_previousMaxEvent) { // a kept id below existing rows: not in the range indexed at the end
        Statement &fts = this->statement(SEventFts, "INSERT INTO events_fts(rowid, title, description) VALUES (?1, ?2, ?3)");
        sqlite3_bind_int64(fts.handle(), 1, id);
        bindText(fts.handle(), 2, row.title);
        bindText(fts.handle(), 3, row.description);
        step(fts);
    }
    if (!row.tags.empty()) {
        Statement &tag = this->statement(STag, "INSERT INTO event_tags(event_id, position, tag) VALUES (?1, ?2, ?3)");
        for (std::size_t i = 0; i < row.tags.size(); ++i) {
            sqlite3_bind_int64(tag.handle(), 1, id);
            sqlite3_bind_int64(tag.handle(), 2, std::int64_t(i));
            bindText(tag.handle(), 3, row.tags[i]);
            step(tag);
        }
    }
    if (!row.actors.empty()) {
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
    // DATELINE_IMPORT_TRACE=1 prints where the end of an import goes (for the import benchmark).
    static const bool trace = qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0;
    QElapsedTimer clock;
    clock.start();
    std::clock_t cpu = std::clock();
    auto lap = [&](const char *what) {
        if (trace) {
            std::fprintf(stderr, "bulk import: %s %.0f ms (cpu %.0f ms)\n", what, double(clock.nsecsElapsed()) / 1e6,
                         double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
        }
        clock.restart();
        cpu = std::clock();
    };
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
    lap("full-text index");
    for (const QByteArray &create : m_droppedIndexes)
        m_db.exec(create, "Rebuilding an index after the import");
    m_droppedIndexes.clear();
    lap("indexes");
    if (m_beforeCommit)
        m_beforeCommit();
    for (Statement *&s : m_statements) // cached statements must not hold the tables open
        if (s)
            s->reset();
    m_transaction->commit(); // runs Database::beforeCommit (the revision bump) when rows changed
    m_transaction.reset();
    lap("commit");
    m_committed = true;
    restoreSettings();
    return m_summary;
}

} // namespace dateline
