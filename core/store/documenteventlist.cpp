// Document: lazy event lists. Ids in an order (one scan, no text), then rows a page at a time.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace dateline {

namespace {

constexpr int kPageSize = store::kIdsPerQuery; // ids per eventListRows() query

QByteArray pageQuery()
{
    const QByteArray params = store::parameterList(kPageSize);
    // Actor ids come as "3,5" in link order: one statement for the whole page.
    return "SELECT e.id, e.title, e.date_edtf, e.cameo_code, e.quote_count, (SELECT group_concat(actor_id)"
           " FROM (SELECT actor_id FROM event_actors WHERE event_id = e.id ORDER BY position))"
           " FROM events e WHERE e.id IN ("
        + params + ")";
}

// FTS5 query on the title column: every word quoted (operators taken literally), the last also
// as a prefix.
QString titleQuery(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms;
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QStringLiteral("title : \"%1\"").arg(word));
    }
    if (!terms.isEmpty())
        terms.last().append(QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
}

// A small page cache while one big scan runs: through the connection's 64 MB cache, a cold scan
// of the 1M-event time index allocates and fills ~60 MB of cache pages (0.67 s measured, 0.25 s
// of it in the kernel); through 2 MB of recycled pages it takes ~0.25 s.
class SmallCacheWhileScanning {
public:
    explicit SmallCacheWhileScanning(Database &db)
        : m_db(db), m_cacheSize(db.pragma("cache_size"))
    {
        m_db.exec("PRAGMA cache_size = -2000");
    }
    ~SmallCacheWhileScanning()
    {
        try {
            m_db.exec("PRAGMA cache_size = " + QByteArray::number(m_cacheSize));
        } catch (const StoreError &) {
            // a setting of this connection only: nothing in the file to undo
        }
    }
    SmallCacheWhileScanning(const SmallCacheWhileScanning &) = delete;
    SmallCacheWhileScanning &operator=(const SmallCacheWhileScanning &) = delete;

private:
    Database &m_db;
    std::int64_t m_cacheSize;
};

} // namespace

std::vector<EventId> Document::eventIdsInTimeOrder() const
{
    // The covering index events_time yields (start_min, sort_key, id) order, which is time order
    // except for open starts (start_min <= kTimeMin, sorted at their latest start). Those come
    // first in the scan and are rare: collect them, sort them, and merge them into the stream.
    struct Key {
        TimePoint time;
        std::int64_t sortKey, id;
        bool operator<(const Key &o) const { return std::tie(time, sortKey, id) < std::tie(o.time, o.sortKey, o.id); }
    };
    std::vector<Key> open;
    std::vector<EventId> ids;
    const SmallCacheWhileScanning smallCache(*d->db);
    Statement s = d->db->prepare("SELECT id, start_min, start_max, end_min, sort_key FROM events"
                                 " WHERE start_min IS NOT NULL ORDER BY start_min, sort_key, id");
    std::size_t nextOpen = 0;
    bool sortedOpen = false;
    while (s.step()) {
        const Key key{s.int64(1), s.int64(4), s.int64(0)};
        if (key.time <= kTimeMin) {
            open.push_back({sortTime({key.time, s.int64(2), s.int64(3), 0}), key.sortKey, key.id});
            continue;
        }
        if (!sortedOpen) {
            std::sort(open.begin(), open.end());
            sortedOpen = true;
        }
        while (nextOpen < open.size() && open[nextOpen] < key)
            ids.push_back(EventId(open[nextOpen++].id));
        ids.push_back(EventId(key.id));
    }
    if (!sortedOpen)
        std::sort(open.begin(), open.end());
    for (; nextOpen < open.size(); ++nextOpen)
        ids.push_back(EventId(open[nextOpen].id));
    Statement undated = d->db->prepare("SELECT id FROM events WHERE start_min IS NULL ORDER BY sort_key, id");
    while (undated.step())
        ids.push_back(EventId(undated.int64(0)));
    return ids;
}

std::vector<EventListRow> Document::eventListRows(const std::vector<EventId> &ids) const
{
    std::vector<EventListRow> rows(ids.size());
    QHash<std::int64_t, std::size_t> where;
    for (std::size_t i = 0; i < ids.size(); ++i)
        where.insert(ids[i].value, i);
    static const QByteArray sql = pageQuery();
    Statement &s = d->db->cached(sql);
    for (std::size_t first = 0; first < ids.size(); first += kPageSize) {
        const std::size_t end = std::min(ids.size(), first + kPageSize);
        for (std::size_t i = first; i < end; ++i)
            s.bind(int(i - first) + 1, ids[i].value); // unbound parameters stay NULL
        while (s.step()) {
            const auto found = where.constFind(s.int64(0));
            if (found == where.constEnd())
                continue;
            EventListRow &row = rows[*found];
            row.id = EventId(s.int64(0));
            row.title = s.text(1);
            row.date = store::readDate(s, 2);
            row.cameoCode = s.text(3);
            row.quoteCount = s.integer(4);
            const QString actors = s.text(5);
            for (QStringView actor : QStringView(actors).split(QLatin1Char(','), Qt::SkipEmptyParts))
                row.actors.push_back(ActorId(actor.toLongLong()));
        }
        s.reset();
    }
    // Duplicate ids in the request share one result: copy it to every place that asked.
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::size_t filled = where.value(ids[i].value);
        if (filled != i)
            rows[i] = rows[filled];
    }
    return rows;
}

qsizetype Document::countEventsAlreadyPresent(const std::vector<Event> &events) const
{
    // The events grouped by earliest start (the time index's first column; undated: none), and the
    // document's events with each start read once and compared by date and title. A look-up per
    // event read the whole day again for every event: a day of a month of GDELT holds ~33,000.
    std::map<std::optional<TimePoint>, std::vector<const Event *>> byStart;
    for (const Event &e : events)
        byStart[e.date.isValid() ? std::optional(e.date.bounds().earliestStart) : std::nullopt].push_back(&e);
    Statement &dated = d->db->cached("SELECT date_edtf, title FROM events WHERE start_min = ?1");
    Statement &undated = d->db->cached("SELECT date_edtf, title FROM events WHERE start_min IS NULL");
    qsizetype present = 0;
    QSet<std::pair<QString, QString>> known;
    for (const auto &[start, group] : byStart) {
        Statement &s = start ? dated.bind(1, *start) : undated;
        known.clear();
        while (s.step())
            known.insert({s.text(0), s.text(1)});
        s.reset();
        for (const Event *e : group)
            present += known.contains({e->date.isValid() ? e->date.toEdtf() : QString(), e->title}) ? 1 : 0;
    }
    return present;
}

std::vector<EventId> Document::eventIdsMatchingTitleOrActor(const QString &text) const
{
    std::vector<std::int64_t> found;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // events_fts: a file older than v4 opened read-only (not upgraded).
    Statement v4 = d->db->prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_fts'");
    Statement fts = d->db->prepare(v4.step() ? "SELECT k.event_id FROM search_fts f JOIN search_keys k ON k.key = f.rowid "
                                               "WHERE search_fts MATCH ?1"
                                             : "SELECT rowid FROM events_fts WHERE events_fts MATCH ?1");
    fts.bind(1, titleQuery(trimmed));
    while (fts.step())
        found.push_back(fts.int64(0));
    // Actors are few: match their labels here (Unicode case folding, unlike SQL LIKE).
    Statement actors = d->db->prepare("SELECT id, label FROM actors");
    Statement &links = d->db->cached("SELECT event_id FROM event_actors WHERE actor_id = ?1");
    while (actors.step()) {
        if (!actors.text(1).contains(trimmed, Qt::CaseInsensitive))
            continue;
        links.bind(1, actors.int64(0));
        while (links.step())
            found.push_back(links.int64(0));
        links.reset();
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<EventId> ids;
    ids.reserve(found.size());
    for (std::int64_t id : found)
        ids.push_back(EventId(id));
    return ids;
}

} // namespace dateline
