// FacetIndex::build and FacetIndex::apply: reading the facets from the document, whole or for the
// few events an edit names.
#include "core/index/facetindex.h"

#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/statement.h"

#include <algorithm>

namespace dateline {

namespace {

// Best (lowest) grades over an event's quotes. MIN over the reliability letters works as text.
constexpr char kGradesSql[] =
    "SELECT qe.event_id, MIN(q.credibility), MIN(s.reliability) FROM quote_events qe"
    " JOIN quotes q ON q.id = qe.quote_id LEFT JOIN sources s ON s.id = q.source_id";

// A grade as the flags hold it (see FacetIndex::packFlags): reliability A to F as 1 to 6,
// credibility 1 to 6; 0 for none.
int reliabilityCode(const Statement &s, int column)
{
    if (s.isNull(column))
        return 0;
    const QString letter = s.text(column);
    const int code = letter.isEmpty() ? 0 : letter.at(0).unicode() - 'A' + 1;
    return code >= 1 && code <= 6 ? code : 0;
}

int credibilityCode(const Statement &s, int column)
{
    return s.isNull(column) ? 0 : std::clamp(s.integer(column), 0, 6);
}

// (row, value) pairs to CSR arrays; pairs of one row keep their order.
void toCsr(std::uint32_t rows, const std::vector<std::pair<std::uint32_t, std::uint32_t>> &pairs,
           std::vector<std::uint32_t> &start, std::vector<std::uint32_t> &list)
{
    start.assign(std::size_t(rows) + 1, 0);
    for (const auto &p : pairs)
        ++start[p.first + 1];
    for (std::uint32_t r = 0; r < rows; ++r)
        start[r + 1] += start[r];
    list.resize(pairs.size());
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (const auto &p : pairs)
        list[fill[p.first]++] = p.second;
}

} // namespace

// One event's facets, read by id (for apply).
struct FacetRow {
    std::int64_t id = 0;
    std::uint16_t flags = 0;
    std::uint16_t placeCountry = 0;
    std::vector<std::uint32_t> actors;
    std::vector<std::uint32_t> tags;
};

class FacetIndexBuilder {
public:
    // Five scans: the actors, the events (with their place's country), the quote grades, the
    // actor links and the tags; the events' scan gives the rows the others are matched to.
    static FacetIndex build(const Document &document)
    {
        const Database &db = document.database();
        FacetIndex index;
        readActors(index, db);
        readEvents(index, db);
        index.finish(); // the id lookup, for the scans below
        readGrades(index, db);
        readLinks(index, db, "SELECT event_id, actor_id FROM event_actors",
                  [&index](const Statement &s) { return index.internActor(s.int64(1)); }, index.m_actorStart,
                  index.m_actorList);
        readLinks(index, db, "SELECT event_id, tag FROM event_tags",
                  [&index](const Statement &s) { return index.internTag(s.text(1)); }, index.m_tagStart,
                  index.m_tagList);
        index.m_actorIds.shrink_to_fit();
        return index;
    }

    // Reads the upserted events again and merges them, in id order, with the rows the edit left.
    static void apply(FacetIndex &index, const Document &document, const std::vector<EventId> &removed,
                      const std::vector<EventId> &upserted, FacetIndex::ActorRefresh actors)
    {
        const Database &db = document.database();
        if (actors == FacetIndex::ActorRefresh::Reread)
            readActors(index, db);
        const std::vector<std::int64_t> gone = goneIds(removed, upserted);
        const std::vector<FacetRow> rows = readRows(index, db, upserted);
        takeRows(index, merged(index, gone, rows));
        index.finish();
    }

private:
    // Every actor and its country (an actor's country is a facet of its events); the pickers offer
    // actors no event names too.
    static void readActors(FacetIndex &index, const Database &db)
    {
        Statement s = db.prepare("SELECT id, country FROM actors");
        while (s.step()) {
            const std::uint32_t a = index.internActor(s.int64(0));
            index.m_actorCountry[a] = s.isNull(1) ? 0 : index.internCountry(s.text(1));
        }
    }

    // One event's facets; nullopt when it no longer exists.
    static std::optional<FacetRow> readRow(FacetIndex &index, const Database &db, EventId id)
    {
        Statement &e = db.cached("SELECT e.status, e.cameo_root, e.quote_count, p.country FROM events e"
                                 " LEFT JOIN places p ON p.id = e.place_id WHERE e.id = ?1");
        e.bind(1, id.value);
        if (!e.step())
            return std::nullopt;
        FacetRow row;
        row.id = id.value;
        const int status = e.integer(0), root = e.integer(1);
        const bool quotes = e.int64(2) > 0;
        row.placeCountry = e.isNull(3) ? 0 : index.internCountry(e.text(3));
        e.reset();
        int rel = 0, cred = 0;
        Statement &g = db.cached(QByteArray(kGradesSql) + " WHERE qe.event_id = ?1 GROUP BY qe.event_id");
        g.bind(1, id.value);
        if (g.step()) {
            cred = credibilityCode(g, 1);
            rel = reliabilityCode(g, 2);
        }
        g.reset();
        row.flags = FacetIndex::packFlags(status, root, quotes, rel, cred);
        Statement &a = db.cached("SELECT actor_id FROM event_actors WHERE event_id = ?1 ORDER BY position");
        a.bind(1, id.value);
        while (a.step())
            row.actors.push_back(index.internActor(a.int64(0)));
        a.reset();
        Statement &t = db.cached("SELECT tag FROM event_tags WHERE event_id = ?1 ORDER BY position");
        t.bind(1, id.value);
        while (t.step())
            row.tags.push_back(index.internTag(t.text(0)));
        t.reset();
        return row;
    }

    // Every event's row in id order: its status, CAMEO root, whether it has quotes (its grades
    // come with readGrades), its place's country.
    static void readEvents(FacetIndex &index, const Database &db)
    {
        Statement s = db.prepare("SELECT e.id, e.status, e.cameo_root, e.quote_count, p.country FROM events e"
                                 " LEFT JOIN places p ON p.id = e.place_id ORDER BY e.id");
        while (s.step()) {
            index.m_ids.push_back(s.int64(0));
            index.m_flags.push_back(FacetIndex::packFlags(s.integer(1), s.integer(2), s.int64(3) > 0, 0, 0));
            index.m_placeCountry.push_back(s.isNull(4) ? 0 : index.internCountry(s.text(4)));
        }
    }

    // The best grades of each event's quotes, into its flags.
    static void readGrades(FacetIndex &index, const Database &db)
    {
        Statement s = db.prepare(QByteArray(kGradesSql) + " GROUP BY qe.event_id");
        while (s.step()) {
            const auto row = index.rowOf(EventId(s.int64(0)));
            if (!row)
                continue;
            std::uint16_t &f = index.m_flags[*row];
            f = std::uint16_t((f & 0x1FF) | ((reliabilityCode(s, 2) & 7) << 9) | ((credibilityCode(s, 1) & 7) << 12));
        }
    }

    // A table of (event_id, value) as CSR arrays over the index's rows; value interns the second
    // column. Links to events the index does not have are left out.
    template <typename Value>
    static void readLinks(FacetIndex &index, const Database &db, const char *sql, Value value,
                          std::vector<std::uint32_t> &start, std::vector<std::uint32_t> &list)
    {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
        Statement s = db.prepare(sql);
        while (s.step())
            if (const auto row = index.rowOf(EventId(s.int64(0))))
                pairs.emplace_back(*row, value(s));
        toCsr(index.eventCount(), pairs, start, list);
    }

    // The ids whose old rows go: the removed and the upserted (read again, or gone if deleted); sorted.
    static std::vector<std::int64_t> goneIds(const std::vector<EventId> &removed, const std::vector<EventId> &upserted)
    {
        std::vector<std::int64_t> gone;
        for (const EventId id : removed)
            gone.push_back(id.value);
        for (const EventId id : upserted)
            gone.push_back(id.value);
        std::sort(gone.begin(), gone.end());
        return gone;
    }

    // The upserted events that still exist, read again, in id order and once each.
    static std::vector<FacetRow> readRows(FacetIndex &index, const Database &db, const std::vector<EventId> &upserted)
    {
        std::vector<FacetRow> rows;
        for (const EventId id : upserted) {
            if (auto row = readRow(index, db, id))
                rows.push_back(std::move(*row));
        }
        std::sort(rows.begin(), rows.end(), [](const FacetRow &a, const FacetRow &b) { return a.id < b.id; });
        rows.erase(std::unique(rows.begin(), rows.end(), [](const FacetRow &a, const FacetRow &b) { return a.id == b.id; }),
                   rows.end());
        return rows;
    }

    // The old rows (less the gone ones) and the new rows, in id order, in the arrays of a new index.
    static FacetIndex merged(const FacetIndex &index, const std::vector<std::int64_t> &gone,
                             const std::vector<FacetRow> &rows)
    {
        FacetIndex out;
        reserveRows(out, index, rows.size());
        std::size_t next = 0;
        for (std::uint32_t r = 0; r < index.eventCount(); ++r) {
            const std::int64_t id = index.m_ids[r];
            for (; next < rows.size() && rows[next].id < id; ++next)
                appendRow(out, rows[next]);
            if (!std::binary_search(gone.begin(), gone.end(), id))
                appendRow(out, index, r);
        }
        for (; next < rows.size(); ++next)
            appendRow(out, rows[next]);
        out.m_actorStart.push_back(std::uint32_t(out.m_actorList.size()));
        out.m_tagStart.push_back(std::uint32_t(out.m_tagList.size()));
        return out;
    }

    // Empties out's row arrays and makes room for the rows of index and newRows more.
    static void reserveRows(FacetIndex &out, const FacetIndex &index, std::size_t newRows)
    {
        out.m_actorStart.clear();
        out.m_tagStart.clear();
        const std::size_t capacity = index.m_ids.size() + newRows;
        out.m_ids.reserve(capacity);
        out.m_flags.reserve(capacity);
        out.m_placeCountry.reserve(capacity);
        out.m_actorStart.reserve(capacity + 1);
        out.m_tagStart.reserve(capacity + 1);
        out.m_actorList.reserve(index.m_actorList.size() + 4 * newRows);
        out.m_tagList.reserve(index.m_tagList.size() + 4 * newRows);
    }

    // Appends row r of index to out.
    static void appendRow(FacetIndex &out, const FacetIndex &index, std::uint32_t r)
    {
        out.m_ids.push_back(index.m_ids[r]);
        out.m_flags.push_back(index.m_flags[r]);
        out.m_placeCountry.push_back(index.m_placeCountry[r]);
        out.m_actorStart.push_back(std::uint32_t(out.m_actorList.size()));
        out.m_actorList.insert(out.m_actorList.end(), index.m_actorList.begin() + index.m_actorStart[r],
                               index.m_actorList.begin() + index.m_actorStart[r + 1]);
        out.m_tagStart.push_back(std::uint32_t(out.m_tagList.size()));
        out.m_tagList.insert(out.m_tagList.end(), index.m_tagList.begin() + index.m_tagStart[r],
                             index.m_tagList.begin() + index.m_tagStart[r + 1]);
    }

    // Appends a row read again to out.
    static void appendRow(FacetIndex &out, const FacetRow &row)
    {
        out.m_ids.push_back(row.id);
        out.m_flags.push_back(row.flags);
        out.m_placeCountry.push_back(row.placeCountry);
        out.m_actorStart.push_back(std::uint32_t(out.m_actorList.size()));
        out.m_actorList.insert(out.m_actorList.end(), row.actors.begin(), row.actors.end());
        out.m_tagStart.push_back(std::uint32_t(out.m_tagList.size()));
        out.m_tagList.insert(out.m_tagList.end(), row.tags.begin(), row.tags.end());
    }

    // The row arrays of merged into index; its interned values (actors, countries, tags) stay.
    static void takeRows(FacetIndex &index, FacetIndex &&merged)
    {
        index.m_ids = std::move(merged.m_ids);
        index.m_flags = std::move(merged.m_flags);
        index.m_placeCountry = std::move(merged.m_placeCountry);
        index.m_actorStart = std::move(merged.m_actorStart);
        index.m_actorList = std::move(merged.m_actorList);
        index.m_tagStart = std::move(merged.m_tagStart);
        index.m_tagList = std::move(merged.m_tagList);
    }
};

FacetIndex FacetIndex::build(const Document &document)
{
    return FacetIndexBuilder::build(document);
}

void FacetIndex::apply(const Document &document, const std::vector<EventId> &removed,
                       const std::vector<EventId> &upserted, ActorRefresh actors)
{
    FacetIndexBuilder::apply(*this, document, removed, upserted, actors);
}

} // namespace dateline
