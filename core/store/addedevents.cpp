#include "core/store/addedevents.h"

#include "core/date/fuzzydate.h"
#include "core/store/eventtext.h"
#include "core/store/searchtextbatch.h"

#include <algorithm>

namespace dateline::store {

namespace {

constexpr std::size_t kRowsPerBatch = 4096;
// Reservation: title and description bytes per event (GDELT titles: ~35), and at most this many
// events (a hint far off should not reserve more than this record could use).
constexpr std::size_t kTextPerEvent = 48;
constexpr std::int64_t kMaxReserved = 20'000'000;

} // namespace

AddedEvents::AddedEvents(std::int64_t expectedEvents)
{
    // (untouched pages of a generous reservation cost address space only)
    const auto n = std::size_t(std::clamp<std::int64_t>(expectedEvents, 0, kMaxReserved));
    m_events.reserve(n);
    m_text.reserve(n * kTextPerEvent);
    m_actors.reserve(n * 2);
}

AddedEvents::~AddedEvents() = default;

void AddedEvents::add(std::int64_t id, const BulkImport::EventRow &row)
{
    if (!m_usable)
        return;
    Event e{};
    e.id = id;
    e.place = row.place;
    e.sortKey = row.sortKey;
    // As the tables hold it: an event without EDTF has no bounds (NULL), one with has them all.
    e.dated = !row.edtf.isEmpty();
    if (e.dated)
        e.time = sortTime({row.bounds[0], row.bounds[1], row.bounds[2], row.bounds[3]});
    e.text = m_text.size();
    e.titleSize = std::uint32_t(row.title.size());
    e.descriptionSize = std::uint32_t(row.description.size());
    m_text.append(row.title.constData(), std::size_t(row.title.size()));
    m_text.append(row.description.constData(), std::size_t(row.description.size()));
    e.actors = m_actors.size();
    e.actorCount = std::uint32_t(row.actors.size());
    for (const ActorLink &link : row.actors)
        m_actors.push_back(link.actor.value);
    m_events.push_back(e);
}

void AddedEvents::abandon()
{
    m_usable = false;
    m_events = {};
    m_text = {};
    m_actors = {};
}

std::vector<SearchIndex::Unkeyed> AddedEvents::unkeyed() const
{
    std::vector<SearchIndex::Unkeyed> events;
    events.reserve(m_events.size());
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events[i];
        // undated: the day after all others, and (as NULL in SQL) no time
        events.push_back({e.dated ? SearchIndex::dayOf(e.time) : SearchIndex::kUndatedDay, e.dated,
                          e.dated ? e.time : 0, e.sortKey, e.id, i});
    }
    return events;
}

void AddedEvents::readNames(Database &db)
{
    EntityNames names(db);
    for (std::int64_t actor : m_actors) {
        if (!m_actorNames.count(actor)) {
            const std::string *entry = names.actor(actor);
            m_actorNames.emplace(actor, entry ? std::optional<std::string>(*entry) : std::nullopt);
        }
    }
    for (const Event &e : m_events)
        if (e.place > 0 && !m_placeNames.count(e.place))
            m_placeNames.emplace(e.place, names.place(e.place));
}

void AddedEvents::gatherText(const std::vector<SearchIndex::Keyed> &keyed, const TextSink &sink) const
{
    EventText text;
    auto batch = std::make_unique<TextBatch>();
    for (const SearchIndex::Keyed &k : keyed) {
        const Event &e = m_events[k.tag];
        text.eventId = e.id;
        text.key = k.key;
        text.title.assign(m_text, e.text, e.titleSize);
        text.body.assign(m_text, e.text + e.titleSize, e.descriptionSize);
        NamesColumn column(text.names);
        for (std::size_t a = e.actors; a < e.actors + e.actorCount; ++a) {
            const auto found = m_actorNames.find(m_actors[a]);
            if (found != m_actorNames.end() && found->second) // a link to no actor reads as none
                column.nextActor() += *found->second;
        }
        const auto place = e.place > 0 ? m_placeNames.find(e.place) : m_placeNames.end();
        column.place(place != m_placeNames.end() ? std::string_view(place->second) : std::string_view());
        batch->add(text);
        if (batch->size() == kRowsPerBatch) {
            if (!sink(std::move(batch)))
                return;
            batch = std::make_unique<TextBatch>();
        }
    }
    if (batch->size() > 0)
        sink(std::move(batch));
}

} // namespace dateline::store
