// Document: the texts a timeline labels its events with, a page of ids per query.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <QHash>

namespace dateline {

namespace {

constexpr int kPageSize = store::kIdsPerQuery;

// Runs query (one IN list of kPageSize parameters, the event id in column 0) over ids a page at a
// time and hands each row to read with the positions of the ids it answers. Unbound parameters
// stay NULL. Pages after the first read the same snapshot: one read transaction for all of them.
template <typename Read>
void eachPage(const Database &db, const QByteArray &sql, const std::vector<EventId> &ids, const Read &read)
{
    if (ids.empty())
        return;
    QMultiHash<std::int64_t, std::size_t> where;
    for (std::size_t i = 0; i < ids.size(); ++i)
        where.insert(ids[i].value, i);
    std::optional<ReadTransaction> snapshot;
    if (ids.size() > std::size_t(kPageSize))
        snapshot.emplace(db);
    Statement &s = db.cached(sql);
    for (std::size_t first = 0; first < ids.size(); first += kPageSize) {
        const std::size_t end = std::min(ids.size(), first + kPageSize);
        for (std::size_t i = first; i < end; ++i)
            s.bind(int(i - first) + 1, ids[i].value);
        while (s.step()) {
            for (auto it = where.constFind(s.int64(0)); it != where.constEnd() && it.key() == s.int64(0); ++it)
                read(s, *it);
        }
        s.reset();
    }
}

} // namespace

std::vector<QString> Document::eventTitles(const std::vector<EventId> &ids) const
{
    static const QByteArray sql = "SELECT id, title FROM events WHERE id IN (" + store::parameterList(kPageSize) + ")";
    std::vector<QString> titles(ids.size());
    eachPage(*d->db, sql, ids, [&titles](const Statement &s, std::size_t at) { titles[at] = s.text(1); });
    return titles;
}

std::vector<QuotePreview> Document::firstQuotes(const std::vector<EventId> &ids) const
{
    // Every quote of the page's events, lowest quote id first: the first row of an event wins.
    // Events have few quotes, so this reads little more than the winners.
    static const QByteArray sql =
        "SELECT qe.event_id, q.text, a.label, q.id FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id"
        " LEFT JOIN actors a ON a.id = q.speaker_id WHERE qe.event_id IN ("
        + store::parameterList(kPageSize) + ") ORDER BY q.id";
    std::vector<QuotePreview> quotes(ids.size());
    std::vector<bool> found(ids.size(), false);
    eachPage(*d->db, sql, ids, [&quotes, &found](const Statement &s, std::size_t at) {
        if (found[at])
            return;
        found[at] = true;
        quotes[at] = QuotePreview{s.text(1), s.text(2)};
    });
    return quotes;
}

} // namespace dateline
