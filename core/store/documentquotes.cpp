// Document: quotes (with their event links), relations and eras.
#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/searchindex.h"

#include <QHash>

#include <algorithm>

namespace dateline {

namespace store {

Relation readRelation(const Statement &s)
{
    return {RelationId(s.int64(0)), EventId(s.int64(1)), EventId(s.int64(2)),
            RelationKind(std::clamp(s.integer(3), 0, 3))};
}

Era readEra(const Statement &s)
{
    Era era;
    era.id = EraId(s.int64(0));
    era.name = s.text(1);
    era.span = store::readDate(s, 2);
    era.color = s.text(3);
    return era;
}

Quote readQuote(const Statement &s)
{
    Quote q;
    q.id = QuoteId(s.int64(0));
    q.text = s.text(1);
    q.speaker = ActorId(s.int64(2));
    q.source = SourceId(s.int64(3));
    q.locator = s.text(4);
    q.credibility = s.integer(5);
    return q;
}

// Reads the quotes a statement selects with kQuoteColumns, then their event links with one more
// statement: all links when the quotes are the whole table, otherwise a page query per 200 quotes.
std::vector<Quote> readQuotes(const Database &db, Statement &s, bool wholeTable)
{
    std::vector<Quote> result;
    while (s.step())
        result.push_back(readQuote(s));
    s.reset();
    QHash<std::int64_t, Quote *> byId;
    for (Quote &q : result)
        byId.insert(q.id.value, &q);
    auto collect = [&byId](Statement &links) {
        while (links.step()) {
            if (Quote *q = byId.value(links.int64(0)))
                q->events.push_back(EventId(links.int64(1)));
        }
        links.reset();
    };
    if (wholeTable) {
        Statement links = db.prepare("SELECT quote_id, event_id FROM quote_events ORDER BY quote_id, position");
        collect(links);
        return result;
    }
    static const QByteArray pageSql = "SELECT quote_id, event_id FROM quote_events WHERE quote_id IN ("
        + store::parameterList(store::kIdsPerQuery) + ") ORDER BY quote_id, position";
    Statement &links = db.cached(pageSql);
    for (std::size_t first = 0; first < result.size(); first += store::kIdsPerQuery) {
        const std::size_t end = std::min(result.size(), first + store::kIdsPerQuery);
        for (std::size_t i = first; i < end; ++i)
            links.bind(int(i - first) + 1, result[i].id.value);
        collect(links);
    }
    return result;
}

} // namespace store

using store::kEraColumns;
using store::kQuoteColumns;
using store::kRelationColumns;
using store::readEra;
using store::readQuote;
using store::readQuotes;
using store::readRelation;

namespace store {

// Binds ?1..?6 of the quote insert (text, speaker_id, source_id, locator, credibility, id).
void bindQuote(Statement &s, const Quote &q)
{
    s.bind(1, QStringView(q.text));
    store::bindId(s, 2, q.speaker.value);
    store::bindId(s, 3, q.source.value);
    s.bindOptional(4, q.locator).bind(5, q.credibility); // the CHECK constraint rejects 0 and 7+
    store::bindId(s, 6, q.id.value);
}

} // namespace store

namespace {

using store::bindQuote;

void writeQuoteEvents(Database &db, QuoteId id, const std::vector<EventId> &events)
{
    db.cached("DELETE FROM quote_events WHERE quote_id = ?1").bind(1, id.value).execute();
    Statement &link = db.cached("INSERT OR IGNORE INTO quote_events(quote_id, event_id, position) VALUES (?1, ?2, ?3)");
    for (size_t i = 0; i < events.size(); ++i)
        link.bind(1, id.value).bind(2, events[i].value).bind(3, std::int64_t(i)).execute();
}

// The events whose search text a quote change touches: those it was and will be attached to.
std::vector<std::int64_t> quoteEvents(const store::SearchIndex &search, QuoteId id, const std::vector<EventId> &events)
{
    std::vector<std::int64_t> ids = id.isValid() ? search.eventsOf(EntityKind::Quote, id.value) : std::vector<std::int64_t>();
    for (EventId e : events)
        ids.push_back(e.value);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

std::optional<QString> quoteText(Database &db, QuoteId id)
{
    return store::readOne<QString>(db, "SELECT text FROM quotes WHERE id = ?1", id.value,
                                   [](const Statement &s) { return s.text(0); });
}


void bindRelation(Statement &s, const Relation &r)
{
    s.bind(1, r.from.value).bind(2, r.to.value).bind(3, int(r.kind));
    store::bindId(s, 4, r.id.value);
}


} // namespace

namespace store {

// Binds ?1..?8 of the era insert (name, the date's five columns, color, id).
void bindEra(Statement &s, const Era &era)
{
    s.bind(1, QStringView(era.name));
    store::bindDate(s, 2, era.span);
    s.bindOptional(7, era.color);
    store::bindId(s, 8, era.id.value);
}

} // namespace store

using store::bindEra;

QuoteId Document::addQuote(const Quote &quote)
{
    d->requireWritable("add a quote");
    Database &db = *d->db;
    Transaction transaction(db);
    store::SearchIndex search(db);
    const std::vector<std::int64_t> events = quoteEvents(search, QuoteId(), quote.events);
    search.unindex(events);
    const QuoteId id(store::writeRow(db, store::kInsertQuote,
                                     [&](Statement &s) { bindQuote(s, quote); }, "quote", quote.id.value,
                                     store::MustExist::No));
    writeQuoteEvents(db, id, quote.events);
    search.index(events);
    d->touch(EntityKind::Quote, id.value, Touch::Created);
    transaction.commit();
    return id;
}

void Document::updateQuote(const Quote &quote)
{
    d->requireWritable("change a quote");
    Database &db = *d->db;
    Transaction transaction(db);
    if (!quoteText(db, quote.id))
        store::notFound("quote", quote.id.value);
    d->touch(EntityKind::Quote, quote.id.value);
    store::SearchIndex search(db);
    const std::vector<std::int64_t> events = quoteEvents(search, quote.id, quote.events);
    search.unindex(events);
    store::writeRow(db, "UPDATE quotes SET text = ?1, speaker_id = ?2, source_id = ?3, locator = ?4, "
                        "credibility = ?5 WHERE id = ?6",
                    [&](Statement &s) { bindQuote(s, quote); }, "quote", quote.id.value, store::MustExist::Yes);
    writeQuoteEvents(db, quote.id, quote.events);
    search.index(events);
    transaction.commit();
}

void Document::restoreQuote(const Quote &quote)
{
    if (store::rowExists(*d->db, "quotes", quote.id.value))
        updateQuote(quote);
    else
        addQuote(quote);
}

void Document::removeQuote(QuoteId id)
{
    d->requireWritable("remove a quote");
    Database &db = *d->db;
    Transaction transaction(db);
    if (quoteText(db, id)) {
        d->touch(EntityKind::Quote, id.value);
        store::SearchIndex search(db);
        const std::vector<std::int64_t> events = search.eventsOf(EntityKind::Quote, id.value);
        search.unindex(events);
        db.cached("DELETE FROM quotes WHERE id = ?1").bind(1, id.value).execute();
        search.index(events);
    }
    transaction.commit();
}

std::optional<Quote> Document::quote(QuoteId id) const
{
    Statement &s = d->db->cached(QByteArray("SELECT ") + kQuoteColumns + " FROM quotes q WHERE q.id = ?1");
    s.bind(1, id.value);
    std::vector<Quote> found = readQuotes(*d->db, s, false);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Quote> Document::quotes() const
{
    Statement s = d->db->prepare(QByteArray("SELECT ") + kQuoteColumns + " FROM quotes q ORDER BY q.id");
    return readQuotes(*d->db, s, true);
}

std::vector<Quote> Document::quotesForEvent(EventId id) const
{
    Statement &s = d->db->cached(QByteArray("SELECT ") + kQuoteColumns +
                                 " FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id"
                                 " WHERE qe.event_id = ?1 ORDER BY q.id");
    s.bind(1, id.value);
    return readQuotes(*d->db, s, false);
}

RelationId Document::addRelation(const Relation &relation)
{
    d->requireWritable("add a relation");
    Transaction transaction(*d->db);
    const RelationId id(store::writeRow(*d->db, store::kInsertRelation,
                                        [&](Statement &s) { bindRelation(s, relation); }, "relation",
                                        relation.id.value, store::MustExist::No));
    d->touch(EntityKind::Relation, id.value, Touch::Created);
    transaction.commit();
    return id;
}

void Document::updateRelation(const Relation &relation)
{
    d->requireWritable("change a relation");
    Transaction transaction(*d->db);
    d->touch(EntityKind::Relation, relation.id.value);
    store::writeRow(*d->db, "UPDATE relations SET from_id = ?1, to_id = ?2, kind = ?3 WHERE id = ?4",
                    [&](Statement &s) { bindRelation(s, relation); }, "relation", relation.id.value,
                    store::MustExist::Yes);
    transaction.commit();
}

void Document::restoreRelation(const Relation &relation)
{
    if (store::rowExists(*d->db, "relations", relation.id.value))
        updateRelation(relation);
    else
        addRelation(relation);
}

void Document::removeRelation(RelationId id)
{
    d->requireWritable("remove a relation");
    Transaction transaction(*d->db);
    if (store::rowExists(*d->db, "relations", id.value))
        d->touch(EntityKind::Relation, id.value);
    store::writeRow(*d->db, "DELETE FROM relations WHERE id = ?1", [&](Statement &s) { s.bind(1, id.value); },
                    "relation", id.value, store::MustExist::No);
    transaction.commit();
}

std::optional<Relation> Document::relation(RelationId id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kRelationColumns + " FROM relations WHERE id = ?1";
    return store::readOne<Relation>(*d->db, sql.constData(), id.value, readRelation);
}

std::vector<Relation> Document::relations() const
{
    static const QByteArray sql = QByteArray("SELECT ") + kRelationColumns + " FROM relations ORDER BY id";
    return store::readAll<Relation>(*d->db, sql.constData(), readRelation);
}

std::vector<Relation> Document::relationsOf(EventId id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kRelationColumns
        + " FROM relations WHERE from_id = ?1 UNION SELECT " + kRelationColumns
        + " FROM relations WHERE to_id = ?1 ORDER BY id";
    std::vector<Relation> result;
    Statement &s = d->db->cached(sql);
    s.bind(1, id.value);
    while (s.step())
        result.push_back(readRelation(s));
    s.reset();
    return result;
}

EraId Document::addEra(const Era &era)
{
    d->requireWritable("add an era");
    Transaction transaction(*d->db);
    const EraId id(store::writeRow(*d->db,
                                   store::kInsertEra,
                                   [&](Statement &s) { bindEra(s, era); }, "era", era.id.value, store::MustExist::No));
    d->touch(EntityKind::Era, id.value, Touch::Created);
    transaction.commit();
    return id;
}

void Document::updateEra(const Era &era)
{
    d->requireWritable("change an era");
    Transaction transaction(*d->db);
    d->touch(EntityKind::Era, era.id.value);
    store::writeRow(*d->db, "UPDATE eras SET name = ?1, span_edtf = ?2, start_min = ?3, start_max = ?4, "
                            "end_min = ?5, end_max = ?6, color = ?7 WHERE id = ?8",
                    [&](Statement &s) { bindEra(s, era); }, "era", era.id.value, store::MustExist::Yes);
    transaction.commit();
}

void Document::restoreEra(const Era &era)
{
    if (store::rowExists(*d->db, "eras", era.id.value))
        updateEra(era);
    else
        addEra(era);
}

void Document::removeEra(EraId id)
{
    d->requireWritable("remove an era");
    Transaction transaction(*d->db);
    if (store::rowExists(*d->db, "eras", id.value))
        d->touch(EntityKind::Era, id.value);
    store::writeRow(*d->db, "DELETE FROM eras WHERE id = ?1", [&](Statement &s) { s.bind(1, id.value); }, "era",
                    id.value, store::MustExist::No);
    transaction.commit();
}

std::optional<Era> Document::era(EraId id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kEraColumns + " FROM eras WHERE id = ?1";
    return store::readOne<Era>(*d->db, sql.constData(), id.value, readEra);
}

std::vector<Era> Document::eras() const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kEraColumns + " FROM eras ORDER BY start_min IS NULL, start_min, id";
    return store::readAll<Era>(*d->db, sql.constData(), readEra);
}

} // namespace dateline
