// Document: full-text search over everything an event is known by (core/store/searchindex.h).
#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/searchindex.h"
#include "core/store/searchquery.h"

#include <QElapsedTimer>

#include <algorithm>

namespace dateline {

namespace {

using store::SearchIndex;

// Matches past the listed ones are counted up to here: beyond it the count costs more than it tells.
constexpr std::int64_t kCountCap = 10000;
// ... and for at most this long after the listed hits are found.
constexpr qint64 kCountBudgetNs = 4'000'000;
// Hits past the last wanted one that share its day are read too, up to this many, so that
// the order within that day is exact (keys order a day only approximately).
constexpr std::int64_t kSameDayExtra = 500;
// Snippet size: characters of context before the first match, and at most in all.
constexpr qsizetype kContextBefore = 40;
constexpr qsizetype kSnippetLength = 140;

bool hasSearchIndex(const Database &db)
{
    Statement s = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_fts'");
    return s.step();
}

QString plain(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' '; // one-line snippets; the length (and so the ranges) stay as they are
    }
    return text;
}

// The part of text around its first match, cut at word boundaries, with "…" where cut.
void makeSnippet(const QString &text, const std::vector<TextRange> &matches, SearchHit &hit)
{
    qsizetype from = std::max<qsizetype>(0, matches.front().start - kContextBefore);
    while (from > 0 && !text[from - 1].isSpace() && matches.front().start - from < kContextBefore + 15)
        --from;
    qsizetype to = std::min(text.size(), from + kSnippetLength);
    to = std::max(to, matches.front().start + matches.front().length);
    while (to < text.size() && !text[to].isSpace() && to - from < kSnippetLength + 15)
        ++to;
    const QString head = from > 0 ? QStringLiteral("\u2026") : QString();
    hit.snippet = head + plain(text.mid(from, to - from)).trimmed() + (to < text.size() ? QStringLiteral("\u2026") : QString());
    // trimmed() may have removed leading spaces: find the offset of the kept text.
    qsizetype lead = 0;
    while (from + lead < to && text[from + lead].isSpace())
        ++lead;
    const qsizetype shift = head.size() - from - lead;
    for (const TextRange &m : matches) {
        if (m.start >= from + lead && m.start + m.length <= to)
            hit.snippetMatches.push_back({m.start + shift, m.length});
    }
}

struct Candidate {
    std::int64_t key = 0, id = 0, sortKey = 0;
    TimePoint time = 0;
    bool dated = false;
};

// Title, date and the first match outside the title of each hit.
SearchHit readHit(const Database &db, const SearchQuery &query, std::int64_t id)
{
    SearchHit hit;
    hit.event = EventId(id);
    Statement &row = db.cached("SELECT title, description, date_edtf FROM events WHERE id = ?1");
    row.bind(1, id);
    QString description;
    if (row.step()) {
        hit.title = row.text(0);
        description = row.text(1);
        hit.date = store::readDate(row, 2);
    }
    row.reset();
    hit.titleMatches = query.matchesIn(hit.title);
    std::vector<std::pair<SearchField, QString>> texts{{SearchField::Description, description}};
    Statement &quotes = db.cached(
        "SELECT q.text, s.title, a.label, a.aliases FROM quote_events qe JOIN quotes q ON q.id = qe.quote_id "
        "LEFT JOIN sources s ON s.id = q.source_id LEFT JOIN actors a ON a.id = q.speaker_id "
        "WHERE qe.event_id = ?1 ORDER BY qe.position, q.id");
    quotes.bind(1, id);
    std::vector<QString> names; // sources' titles, speakers' labels and aliases
    while (quotes.step()) {
        texts.emplace_back(SearchField::Quote, quotes.text(0));
        for (int column = 1; column <= 3; ++column)
            names.push_back(quotes.text(column));
    }
    quotes.reset();
    Statement &actors = db.cached("SELECT a.label, a.aliases FROM event_actors ea JOIN actors a ON a.id = ea.actor_id "
                                  "WHERE ea.event_id = ?1 ORDER BY ea.position");
    actors.bind(1, id);
    while (actors.step()) {
        texts.emplace_back(SearchField::Name, actors.text(0));
        texts.emplace_back(SearchField::Name, actors.text(1));
    }
    actors.reset();
    Statement &place = db.cached("SELECT p.name FROM events e JOIN places p ON p.id = e.place_id WHERE e.id = ?1");
    place.bind(1, id);
    if (place.step())
        texts.emplace_back(SearchField::Name, place.text(0));
    place.reset();
    for (QString &name : names)
        texts.emplace_back(SearchField::Name, std::move(name));
    for (const auto &[field, text] : texts) {
        const std::vector<TextRange> matches = query.matchesIn(text);
        if (matches.empty())
            continue;
        hit.snippetField = field;
        makeSnippet(text, matches, hit);
        break;
    }
    return hit;
}

} // namespace

SearchResults Document::search(const SearchQuery &query, int limit) const
{
    SearchResults results;
    if (!query.isValid()) {
        results.error = query.errorMessage();
        return results;
    }
    const Database &db = *d->db;
    if (!hasSearchIndex(db)) {
        results.error = QStringLiteral("This document comes from an older version of Dateline and is open read-only, "
                                       "so it has no search index yet. Open it once with write access to add one.");
        return results;
    }
    std::vector<Candidate> candidates;
    try {
        Statement &match = db.cached("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 ORDER BY rowid");
        match.bind(1, query.ftsExpression());
        const auto wanted = std::size_t(std::max(limit, 0));
        std::int64_t lastDay = 0;
        bool collecting = true;
        QElapsedTimer counting; // started once the wanted hits are in
        bool more = false;
        while ((more = match.step())) {
            const std::int64_t key = match.int64(0);
            if (candidates.size() < wanted) {
                candidates.push_back({key});
                lastDay = SearchIndex::dayOfKey(key);
            } else if (collecting && SearchIndex::dayOfKey(key) == lastDay && candidates.size() < wanted + kSameDayExtra) {
                candidates.push_back({key});
            } else if (collecting) {
                collecting = false;
                counting.start();
            }
            ++results.total;
            // Counting the rest costs what finding them costs: a common phrase or an AND of common
            // words is checked row by row. So the count stops at a cap and at a time budget.
            if (!collecting && (results.total >= kCountCap
                                || ((results.total & 63) == 0 && counting.nsecsElapsed() > kCountBudgetNs))) {
                more = match.step();
                break;
            }
        }
        results.totalIsLowerBound = more;
        match.reset();
    } catch (const StoreError &) {
        // The query was checked before it got here; should FTS5 still refuse it, say so plainly.
        results = {};
        results.error = QStringLiteral("This search could not be run. Check its quotes, brackets and operators "
                                       "(OR, AND, NOT), or search for plain words.");
        return results;
    }
    Statement &event = db.cached("SELECT e.id, e.start_min, e.start_max, e.end_min, e.sort_key "
                                 "FROM search_keys k JOIN events e ON e.id = k.event_id WHERE k.key = ?1");
    for (Candidate &c : candidates) {
        event.bind(1, c.key);
        if (event.step()) {
            c.id = event.int64(0);
            c.dated = !event.isNull(1);
            c.time = c.dated ? sortTime({event.int64(1), event.int64(2), event.int64(3), 0}) : 0;
            c.sortKey = event.int64(4);
        }
        event.reset();
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tuple(!a.dated, a.time, a.sortKey, a.id) < std::tuple(!b.dated, b.time, b.sortKey, b.id);
    });
    if (candidates.size() > std::size_t(limit))
        candidates.resize(std::size_t(limit));
    results.hits.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        if (c.id != 0)
            results.hits.push_back(readHit(db, query, c.id));
    }
    return results;
}

std::vector<EventId> Document::search(const QString &text, int limit) const
{
    std::vector<EventId> ids;
    for (const SearchHit &hit : search(SearchQuery::parse(text), limit).hits)
        ids.push_back(hit.event);
    return ids;
}

std::vector<SearchMark> Document::searchMarks(const SearchQuery &query, std::int64_t limit) const
{
    std::vector<SearchMark> marks;
    if (!query.isValid() || !hasSearchIndex(*d->db))
        return marks;
    try {
        Statement s = d->db->prepare(
            "SELECT k.event_id, m.key FROM (SELECT rowid AS key FROM search_fts WHERE search_fts MATCH ?1 "
            "ORDER BY rowid LIMIT ?2) m JOIN search_keys k ON k.key = m.key");
        s.bind(1, query.ftsExpression()).bind(2, limit);
        while (s.step())
            marks.push_back({EventId(s.int64(0)), SearchIndex::timeOfDay(SearchIndex::dayOfKey(s.int64(1)))});
    } catch (const StoreError &) {
        marks.clear(); // search() reports the problem
    }
    return marks;
}

} // namespace dateline
