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

int reliabilityCode(const Statement &s, int column)
{
    if (s.isNull(column))
        return 0;
    const QString letter = s.text(column);
    const int code = letter.isEmpty() ? 0 : letter.at(0).unicode() - 'A' + 1;
    return code >= 1 && code <= 6 ? code : 0;
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
    static void readActors(FacetIndex &index, const Database &db)
    {
        Statement s = db.prepare("SELECT id, country FROM actors");
        while (s.step()) {
            const std::uint32_t a = index.internActor(s.int64(0));
            index.m_actorCountry[a] = s.isNull(1) ? 0 : index.internCountry(s.text(1));
        }
    }

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
            cred = g.isNull(1) ? 0 : std::clamp(g.integer(1), 0, 6);
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

    static FacetIndex build(const Document &document)
    {
        const Database &db = document.database();
        FacetIndex index;
        readActors(index, db);
        {
            Statement s = db.prepare("SELECT e.id, e.status, e.cameo_root, e.quote_count, p.country FROM events e"
                                     " LEFT JOIN places p ON p.id = e.place_id ORDER BY e.id");
            while (s.step()) {
                index.m_ids.push_back(s.int64(0));
                index.m_flags.push_back(FacetIndex::packFlags(s.integer(1), s.integer(2), s.int64(3) > 0, 0, 0));
                index.m_placeCountry.push_back(s.isNull(4) ? 0 : index.internCountry(s.text(4)));
            }
        }
        index.finish(); // the id lookup, for the scans below
        const auto n = index.eventCount();
        {
            Statement s = db.prepare(QByteArray(kGradesSql) + " GROUP BY qe.event_id");
            while (s.step()) {
                const auto row = index.rowOf(EventId(s.int64(0)));
                if (!row)
                    continue;
                const int cred = s.isNull(1) ? 0 : std::clamp(s.integer(1), 0, 6);
                std::uint16_t &f = index.m_flags[*row];
                f = std::uint16_t((f & 0x1FF) | ((reliabilityCode(s, 2) & 7) << 9) | ((cred & 7) << 12));
            }
        }
        std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
        {
            Statement s = db.prepare("SELECT event_id, actor_id FROM event_actors");
            while (s.step())
                if (const auto row = index.rowOf(EventId(s.int64(0))))
                    pairs.emplace_back(*row, index.internActor(s.int64(1)));
            toCsr(n, pairs, index.m_actorStart, index.m_actorList);
        }
        pairs.clear();
        {
            Statement s = db.prepare("SELECT event_id, tag FROM event_tags");
            while (s.step())
                if (const auto row = index.rowOf(EventId(s.int64(0))))
                    pairs.emplace_back(*row, index.internTag(s.text(1)));
            toCsr(n, pairs, index.m_tagStart, index.m_tagList);
        }
        index.m_actorIds.shrink_to_fit();
        return index;
    }

    static void apply(FacetIndex &index, const Document &document, const std::vector<EventId> &removed,
                      const std::vector<EventId> &upserted, FacetIndex::ActorRefresh actors)
    {
        const Database &db = document.database();
        if (actors == FacetIndex::ActorRefresh::Reread)
            readActors(index, db);
        std::vector<std::int64_t> gone;
        for (const EventId id : removed)
            gone.push_back(id.value);
        std::vector<FacetRow> rows;
        for (const EventId id : upserted) {
            gone.push_back(id.value);
            if (auto row = readRow(index, db, id))
                rows.push_back(std::move(*row));
        }
        std::sort(gone.begin(), gone.end());
        std::sort(rows.begin(), rows.end(), [](const FacetRow &a, const FacetRow &b) { return a.id < b.id; });
        rows.erase(std::unique(rows.begin(), rows.end(), [](const FacetRow &a, const FacetRow &b) { return a.id == b.id; }),
                   rows.end());

        // merge the old rows (less the gone ones) with the new rows, in id order
        FacetIndex out;
        out.m_actorStart.clear();
        out.m_tagStart.clear();
        const std::size_t capacity = index.m_ids.size() + rows.size();
        out.m_ids.reserve(capacity);
        out.m_flags.reserve(capacity);
        out.m_placeCountry.reserve(capacity);
        out.m_actorStart.reserve(capacity + 1);
        out.m_tagStart.reserve(capacity + 1);
        out.m_actorList.reserve(index.m_actorList.size() + 4 * rows.size());
        out.m_tagList.reserve(index.m_tagList.size() + 4 * rows.size());
        auto addOld = [&](std::uint32_t r) {
            out.m_ids.push_back(index.m_ids[r]);
            out.m_flags.push_back(index.m_flags[r]);
            out.m_placeCountry.push_back(index.m_placeCountry[r]);
            out.m_actorStart.push_back(std::uint32_t(out.m_actorList.size()));
            out.m_actorList.insert(out.m_actorList.end(), index.m_actorList.begin() + index.m_actorStart[r],
                                   index.m_actorList.begin() + index.m_actorStart[r + 1]);
            out.m_tagStart.push_back(std::uint32_t(out.m_tagList.size()));
            out.m_tagList.insert(out.m_tagList.end(), index.m_tagList.begin() + index.m_tagStart[r],
                                 index.m_tagList.begin() + index.m_tagStart[r + 1]);
        };
        auto addNew = [&](const FacetRow &row) {
            out.m_ids.push_back(row.id);
            out.m_flags.push_back(row.flags);
            out.m_placeCountry.push_back(row.placeCountry);
            out.m_actorStart.push_back(std::uint32_t(out.m_actorList.size()));
            out.m_actorList.insert(out.m_actorList.end(), row.actors.begin(), row.actors.end());
            out.m_tagStart.push_back(std::uint32_t(out.m_tagList.size()));
            out.m_tagList.insert(out.m_tagList.end(), row.tags.begin(), row.tags.end());
        };
        std::size_t next = 0;
        for (std::uint32_t r = 0; r < index.eventCount(); ++r) {
            const std::int64_t id = index.m_ids[r];
            for (; next < rows.size() && rows[next].id < id; ++next)
                addNew(rows[next]);
            if (!std::binary_search(gone.begin(), gone.end(), id))
                addOld(r);
        }
        for (; next < rows.size(); ++next)
            addNew(rows[next]);
        out.m_actorStart.push_back(std::uint32_t(out.m_actorList.size()));
        out.m_tagStart.push_back(std::uint32_t(out.m_tagList.size()));

        index.m_ids = std::move(out.m_ids);
        index.m_flags = std::move(out.m_flags);
        index.m_placeCountry = std::move(out.m_placeCountry);
        index.m_actorStart = std::move(out.m_actorStart);
        index.m_actorList = std::move(out.m_actorList);
        index.m_tagStart = std::move(out.m_tagStart);
        index.m_tagList = std::move(out.m_tagList);
        index.finish();
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
