// Document: quotes (with their event links), relations and eras.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <algorithm>

namespace dateline {

namespace {

constexpr char kQuoteColumns[] = "q.id, q.text, q.speaker_id, q.source_id, q.locator, q.credibility";

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

void loadQuoteEvents(const Database &db, std::vector<Quote> &quotes)
{
    for (Quote &q : quotes) {
        Statement &s = db.cached("SELECT event_id FROM quote_events WHERE quote_id = ?1 ORDER BY position");
        s.bind(1, q.id.value);
        while (s.step())
            q.events.push_back(EventId(s.int64(0)));
        s.reset();
    }
}

std::vector<Quote> readQuotes(const Database &db, Statement &s)
{
    std::vector<Quote> result;
    while (s.step())
        result.push_back(readQuote(s));
    s.reset();
    loadQuoteEvents(db, result);
    return result;
}

} // namespace

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

void indexQuote(Database &db, QuoteId id, const QString &text, bool remove)
{
    Statement &s = remove ? db.cached("INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', ?1, ?2)")
                          : db.cached("INSERT INTO quotes_fts(rowid, text) VALUES (?1, ?2)");
    s.bind(1, id.value).bind(2, QStringView(text)).execute();
}

std::optional<QString> quoteText(Database &db, QuoteId id)
{
    Statement &s = db.cached("SELECT text FROM quotes WHERE id = ?1");
    s.bind(1, id.value);
    if (!s.step())
        return std::nullopt;
    QString text = s.text(0);
    s.reset();
    return text;
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
    Statement &s = db.cached("INSERT INTO quotes(text, speaker_id, source_id, locator, credibility, id) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    bindQuote(s, quote);
    s.execute();
    const QuoteId id(db.lastInsertRowId());
    indexQuote(db, id, quote.text, false);
    writeQuoteEvents(db, id, quote.events);
    transaction.commit();
    return id;
}

void Document::updateQuote(const Quote &quote)
{
    d->requireWritable("change a quote");
    Database &db = *d->db;
    Transaction transaction(db);
    const auto old = quoteText(db, quote.id);
    if (!old)
        store::notFound("quote", quote.id.value);
    Statement &s = db.cached("UPDATE quotes SET text = ?1, speaker_id = ?2, source_id = ?3, locator = ?4, "
                             "credibility = ?5 WHERE id = ?6");
    bindQuote(s, quote);
    s.execute();
    if (*old != quote.text) {
        indexQuote(db, quote.id, *old, true);
        indexQuote(db, quote.id, quote.text, false);
    }
    writeQuoteEvents(db, quote.id, quote.events);
    transaction.commit();
}

void Document::removeQuote(QuoteId id)
{
    d->requireWritable("remove a quote");
    Database &db = *d->db;
    Transaction transaction(db);
    if (const auto old = quoteText(db, id)) {
        indexQuote(db, id, *old, true);
        db.cached("DELETE FROM quotes WHERE id = ?1").bind(1, id.value).execute();
    }
    transaction.commit();
}

std::optional<Quote> Document::quote(QuoteId id) const
{
    Statement &s = d->db->cached(QByteArray("SELECT ") + kQuoteColumns + " FROM quotes q WHERE q.id = ?1");
    s.bind(1, id.value);
    std::vector<Quote> found = readQuotes(*d->db, s);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<Quote> Document::quotes() const
{
    Statement s = d->db->prepare(QByteArray("SELECT ") + kQuoteColumns + " FROM quotes q ORDER BY q.id");
    return readQuotes(*d->db, s);
}

std::vector<Quote> Document::quotesForEvent(EventId id) const
{
    Statement &s = d->db->cached(QByteArray("SELECT ") + kQuoteColumns +
                                 " FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id"
                                 " WHERE qe.event_id = ?1 ORDER BY q.id");
    s.bind(1, id.value);
    return readQuotes(*d->db, s);
}

RelationId Document::addRelation(const Relation &relation)
{
    d->requireWritable("add a relation");
    Transaction transaction(*d->db);
    Statement &s = d->db->cached("INSERT INTO relations(from_id, to_id, kind, id) VALUES (?1, ?2, ?3, ?4)");
    s.bind(1, relation.from.value).bind(2, relation.to.value).bind(3, int(relation.kind));
    store::bindId(s, 4, relation.id.value);
    s.execute();
    const RelationId id(d->db->lastInsertRowId());
    transaction.commit();
    return id;
}

void Document::removeRelation(RelationId id)
{
    d->requireWritable("remove a relation");
    Transaction transaction(*d->db);
    d->db->cached("DELETE FROM relations WHERE id = ?1").bind(1, id.value).execute();
    transaction.commit();
}

std::vector<Relation> Document::relations() const
{
    std::vector<Relation> result;
    Statement s = d->db->prepare("SELECT id, from_id, to_id, kind FROM relations ORDER BY id");
    while (s.step()) {
        result.push_back({RelationId(s.int64(0)), EventId(s.int64(1)), EventId(s.int64(2)),
                          RelationKind(std::clamp(s.integer(3), 0, 3))});
    }
    return result;
}

EraId Document::addEra(const Era &era)
{
    d->requireWritable("add an era");
    Transaction transaction(*d->db);
    Statement &s = d->db->cached("INSERT INTO eras(name, span_edtf, start_min, start_max, end_min, end_max, color, id) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bindEra(s, era);
    s.execute();
    const EraId id(d->db->lastInsertRowId());
    transaction.commit();
    return id;
}

void Document::updateEra(const Era &era)
{
    d->requireWritable("change an era");
    Transaction transaction(*d->db);
    Statement &s = d->db->cached("UPDATE eras SET name = ?1, span_edtf = ?2, start_min = ?3, start_max = ?4, "
                                 "end_min = ?5, end_max = ?6, color = ?7 WHERE id = ?8");
    bindEra(s, era);
    s.execute();
    if (d->db->changes() == 0)
        store::notFound("era", era.id.value);
    transaction.commit();
}

void Document::removeEra(EraId id)
{
    d->requireWritable("remove an era");
    Transaction transaction(*d->db);
    d->db->cached("DELETE FROM eras WHERE id = ?1").bind(1, id.value).execute();
    transaction.commit();
}

std::vector<Era> Document::eras() const
{
    std::vector<Era> result;
    Statement s = d->db->prepare("SELECT id, name, span_edtf, color FROM eras ORDER BY start_min IS NULL, start_min, id");
    while (s.step())
        result.push_back(readEra(s));
    return result;
}

} // namespace dateline
