#include "core/io/importedtimeindex.h"

#include "core/store/database.h"

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace dateline {

namespace {

bool hasNoEventsOrActors(Database &db)
{
    Statement s = db.prepare("SELECT NOT EXISTS (SELECT 1 FROM events) AND NOT EXISTS (SELECT 1 FROM actors)");
    return s.step() && s.int64(0) == 1;
}

// The calling thread only (Linux gives each thread its own nice value): the scheduler then runs it
// on a core the import's two threads leave idle, instead of taking a share of theirs.
void lowestPriority()
{
#ifdef __linux__
    setpriority(PRIO_PROCESS, id_t(gettid()), 19);
#endif
}

} // namespace

ImportedTimeIndex::ImportedTimeIndex(Database &db, std::int64_t expectedEvents)
    // DATELINE_IMPORT_TIME_INDEX=document builds from the document after the commit, as an import
    // into a document with content does (for comparisons in the import benchmark).
    : m_collecting(qgetenv("DATELINE_IMPORT_TIME_INDEX") != "document" && hasNoEventsOrActors(db))
{
    if (m_collecting)
        m_spans.reserve(std::size_t(std::max<std::int64_t>(expectedEvents, 0)));
}

ImportedTimeIndex::~ImportedTimeIndex()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ImportedTimeIndex::addActor(ActorId id, const Actor &actor)
{
    if (!m_collecting)
        return;
    Actor stored = actor;
    stored.id = id;
    m_builder.addActor(stored);
}

void ImportedTimeIndex::addEvent(EventId id, const BulkImport::EventRow &row)
{
    if (!m_collecting)
        return;
    // As Document::forEachEventSpan reads the row back (undated events have no span).
    if (!row.edtf.isEmpty()) {
        EventSpan span;
        span.id = id;
        span.bounds = {row.bounds[0], row.bounds[1], row.bounds[2], row.bounds[3]};
        span.precision = DatePrecision(row.precision);
        span.status = EventStatus(row.status);
        span.cameoRoot = std::uint8_t(row.cameoRoot);
        span.importance = std::uint8_t(row.importance);
        span.sortKey = row.sortKey;
        m_spans.push_back(span);
    }
    for (const ActorLink &link : row.actors)
        m_builder.addActorLink(id, link.actor);
}

void ImportedTimeIndex::addQuote(const std::vector<EventId> &events)
{
    if (!m_collecting)
        return;
    for (EventId e : events)
        m_quoted.insert(e.value);
}

void ImportedTimeIndex::startBuilding()
{
    if (!m_collecting || m_thread.joinable())
        return;
    m_thread = std::thread([this] {
        lowestPriority();
        try {
            // The index keeps whether an event has quotes, not how many (the events' quote_count).
            if (!m_quoted.empty()) {
                for (EventSpan &span : m_spans)
                    span.quoteCount = m_quoted.contains(span.id.value) ? 1 : 0;
            }
            m_builder.addEvents(std::move(m_spans));
            m_snapshot = m_builder.build(LaneGrouping::Actor).serialize();
        } catch (...) { // must not leave the thread
            m_snapshot.reset(); // e.g. out of memory: the snapshot is built from the document instead
        }
    });
}

std::optional<QByteArray> ImportedTimeIndex::takeSnapshot()
{
    if (m_thread.joinable())
        m_thread.join();
    std::optional<QByteArray> result = std::move(m_snapshot);
    m_snapshot.reset();
    return result;
}

} // namespace dateline
