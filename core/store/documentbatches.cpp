// Document: streaming reads for exports. Rows come a batch at a time (keyset pages over the
// primary key, links read by id range), so that memory stays the same whatever the document size.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace dateline {

namespace store {

// The columns readGdelt() reads (here and in documententities.cpp), for a file of schema version
// v: v3 and v4 have no measures, v1 and v2 no gdelt_events table (callers check).
QByteArray gdeltColumns(std::int64_t version)
{
    return "g.global_id, coalesce(g.date_added, 0), (SELECT s.id FROM sources s WHERE s.id = g.source_id), "
        + QByteArray(version >= 5 ? "g.goldstein, g.avg_tone, g.num_mentions, g.num_sources, g.num_articles"
                                  : "NULL, NULL, NULL, NULL, NULL");
}

GdeltRecord readGdelt(const Statement &s)
{
    GdeltRecord r;
    r.globalEventId = s.int64(0);
    r.dateAdded = s.int64(1);
    r.source = SourceId(s.isNull(2) ? 0 : s.int64(2));
    const auto real = [&s](int column) { return s.isNull(column) ? std::nullopt : std::optional<double>(s.real(column)); };
    const auto count = [&s](int column) {
        return s.isNull(column) ? std::nullopt : std::optional<std::int64_t>(s.int64(column));
    };
    r.goldstein = real(3);
    r.tone = real(4);
    r.mentions = count(5);
    r.sources = count(6);
    r.articles = count(7);
    return r;
}

} // namespace store

namespace {

// Keyset pages: "... WHERE id > ?1 ORDER BY id LIMIT ?2" never rescans what was read, where
// OFFSET would. select must end so that the id condition can follow ("FROM actors WHERE").
template <typename T, typename Read, typename Complete>
bool eachBatch(const Database &db, const QByteArray &select, const char *idColumn, int batchSize, Read read,
               Complete complete, const BatchVisitor<T> &visit)
{
    const QByteArray sql = select + ' ' + idColumn + " > ?1 ORDER BY " + idColumn + " LIMIT ?2";
    Statement s = db.prepare(sql);
    std::vector<T> batch;
    batch.reserve(std::size_t(std::max(1, batchSize)));
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    for (;;) {
        batch.clear();
        s.bind(1, after).bind(2, std::int64_t(std::max(1, batchSize)));
        while (s.step())
            batch.push_back(read(s));
        s.reset();
        if (batch.empty())
            return true;
        after = batch.back().id.value;
        complete(batch);
        if (!visit(batch))
            return false;
        batch.clear(); // the visitor may have moved the rows out
    }
}

// Runs sql ("... IN (?1..?200)") over ids a page at a time, collecting what read makes of each row.
template <typename T, typename Read>
std::vector<T> pagesOf(const Database &db, const QByteArray &sql, const std::vector<std::int64_t> &ids, Read read)
{
    std::vector<T> result;
    Statement &s = db.cached(sql);
    for (std::size_t first = 0; first < ids.size(); first += store::kIdsPerQuery) {
        const std::size_t end = std::min(ids.size(), first + store::kIdsPerQuery);
        for (std::size_t i = first; i < end; ++i)
            s.bind(int(i - first) + 1, ids[i]);
        for (std::size_t i = end; i < first + store::kIdsPerQuery; ++i)
            s.bindNull(int(i - first) + 1); // a short last page: no id of the previous page stays bound
        while (s.step())
            result.push_back(read(s));
        s.reset();
    }
    return result;
}

template <typename Id>
std::vector<std::int64_t> uniqueValues(const std::vector<Id> &ids)
{
    std::vector<std::int64_t> values;
    values.reserve(ids.size());
    for (const Id id : ids)
        values.push_back(id.value);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

// The entities of a table with these ids, by id.
template <typename T, typename Id, typename Read>
std::vector<T> byIds(const Database &db, const char *columns, const char *table, const std::vector<Id> &ids, Read read)
{
    const QByteArray sql = QByteArray("SELECT ") + columns + " FROM " + table + " WHERE id IN ("
        + store::parameterList(store::kIdsPerQuery) + ")";
    std::vector<T> result = pagesOf<T>(db, sql, uniqueValues(ids), read);
    std::sort(result.begin(), result.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return result;
}

} // namespace

bool Document::forEachEventBatch(EventOrder order, const BatchVisitor<Event> &visit, int batchSize) const
{
    const Database &db = *d->db;
    if (order == EventOrder::Time) {
        const std::vector<EventId> ids = eventIdsInTimeOrder();
        const std::size_t size = std::size_t(std::max(1, batchSize));
        for (std::size_t first = 0; first < ids.size(); first += size) {
            const std::vector<EventId> slice(ids.begin() + std::ptrdiff_t(first),
                                             ids.begin() + std::ptrdiff_t(std::min(ids.size(), first + size)));
            std::vector<Event> batch = store::readEvents(db, slice);
            if (!visit(batch))
                return false;
        }
        return true;
    }
    auto links = [&db](std::vector<Event> &batch) {
        const std::int64_t first = batch.front().id.value, last = batch.back().id.value;
        store::loadLinks(db, batch, " WHERE event_id BETWEEN ?1 AND ?2",
                         [first, last](Statement &s) { s.bind(1, first).bind(2, last); });
    };
    return eachBatch<Event>(db, QByteArray("SELECT ") + store::kEventColumns + " FROM events WHERE", "id", batchSize,
                            store::readEvent, links, visit);
}

bool Document::forEachActorBatch(const BatchVisitor<Actor> &visit, int batchSize) const
{
    return eachBatch<Actor>(*d->db, QByteArray("SELECT ") + store::kActorColumns + " FROM actors WHERE", "id",
                            batchSize, store::readActor, [](std::vector<Actor> &) {}, visit);
}

bool Document::forEachPlaceBatch(const BatchVisitor<Place> &visit, int batchSize) const
{
    return eachBatch<Place>(*d->db, QByteArray("SELECT ") + store::kPlaceColumns + " FROM places WHERE", "id",
                            batchSize, store::readPlace, [](std::vector<Place> &) {}, visit);
}

bool Document::forEachSourceBatch(const BatchVisitor<Source> &visit, int batchSize) const
{
    return eachBatch<Source>(*d->db, QByteArray("SELECT ") + store::kSourceColumns + " FROM sources WHERE", "id",
                             batchSize, store::readSource, [](std::vector<Source> &) {}, visit);
}

bool Document::forEachQuoteBatch(const BatchVisitor<Quote> &visit, int batchSize) const
{
    const Database &db = *d->db;
    auto links = [&db](std::vector<Quote> &batch) {
        QHash<std::int64_t, Quote *> byId;
        for (Quote &q : batch)
            byId.insert(q.id.value, &q);
        Statement &s = db.cached("SELECT quote_id, event_id FROM quote_events WHERE quote_id BETWEEN ?1 AND ?2"
                                 " ORDER BY quote_id, position");
        s.bind(1, batch.front().id.value).bind(2, batch.back().id.value);
        while (s.step()) {
            if (Quote *q = byId.value(s.int64(0)))
                q->events.push_back(EventId(s.int64(1)));
        }
        s.reset();
    };
    return eachBatch<Quote>(db, QByteArray("SELECT ") + store::kQuoteColumns + " FROM quotes q WHERE", "q.id",
                            batchSize, store::readQuote, links, visit);
}

bool Document::forEachRelationBatch(const BatchVisitor<Relation> &visit, int batchSize) const
{
    return eachBatch<Relation>(*d->db, QByteArray("SELECT ") + store::kRelationColumns + " FROM relations WHERE",
                               "id", batchSize, store::readRelation, [](std::vector<Relation> &) {}, visit);
}

std::vector<Actor> Document::actors(const std::vector<ActorId> &ids) const
{
    return byIds<Actor>(*d->db, store::kActorColumns, "actors", ids, store::readActor);
}

std::vector<Place> Document::places(const std::vector<PlaceId> &ids) const
{
    return byIds<Place>(*d->db, store::kPlaceColumns, "places", ids, store::readPlace);
}

std::vector<Source> Document::sources(const std::vector<SourceId> &ids) const
{
    return byIds<Source>(*d->db, store::kSourceColumns, "sources", ids, store::readSource);
}

std::vector<std::pair<EventId, GdeltRecord>> Document::gdeltRecords(const std::vector<EventId> &ids) const
{
    const std::int64_t version = d->db->pragma("user_version");
    if (version < 3)
        return {};
    const QByteArray sql = "SELECT " + store::gdeltColumns(version)
        + ", e.id FROM events e JOIN gdelt_events g ON g.global_id = e.sort_key AND g.event_id = e.id WHERE e.id IN ("
        + store::parameterList(store::kIdsPerQuery) + ")";
    using Row = std::pair<EventId, GdeltRecord>;
    std::vector<Row> result = pagesOf<Row>(*d->db, sql, uniqueValues(ids), [](const Statement &s) {
        return Row(EventId(s.int64(8)), store::readGdelt(s));
    });
    std::sort(result.begin(), result.end(), [](const Row &a, const Row &b) { return a.first < b.first; });
    return result;
}

std::vector<Quote> Document::quotesOfEvents(const std::vector<EventId> &ids) const
{
    static const QByteArray linked = "SELECT quote_id FROM quote_events WHERE event_id IN ("
        + store::parameterList(store::kIdsPerQuery) + ")";
    const std::vector<QuoteId> quoteIds = pagesOf<QuoteId>(*d->db, linked, uniqueValues(ids),
                                                           [](const Statement &s) { return QuoteId(s.int64(0)); });
    if (quoteIds.empty())
        return {};
    std::vector<Quote> quotes = byIds<Quote>(*d->db, store::kQuoteColumns, "quotes q", quoteIds, store::readQuote);
    QHash<std::int64_t, Quote *> byId;
    std::vector<std::int64_t> values;
    for (Quote &q : quotes) {
        byId.insert(q.id.value, &q);
        values.push_back(q.id.value);
    }
    static const QByteArray links = "SELECT quote_id, event_id FROM quote_events WHERE quote_id IN ("
        + store::parameterList(store::kIdsPerQuery) + ") ORDER BY quote_id, position";
    using Link = std::pair<std::int64_t, EventId>;
    for (const Link &link : pagesOf<Link>(*d->db, links, values, [](const Statement &s) {
             return Link(s.int64(0), EventId(s.int64(1)));
         })) {
        if (Quote *q = byId.value(link.first))
            q->events.push_back(link.second);
    }
    return quotes;
}

} // namespace dateline
