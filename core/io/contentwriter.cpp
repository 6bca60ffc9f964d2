// Writes imported content into a document: the one write path of every importer.
#include "core/io/contentwriter.h"

#include "core/store/document.h"

#include <QHash>

namespace dateline {
namespace {

// Old id -> new id for one entity kind. With keepIds the store is asked to keep the file's id.
template <typename IdType>
class IdMap {
public:
    explicit IdMap(bool keepIds) : m_keep(keepIds) {}
    IdType request(IdType fileId) const { return m_keep ? fileId : IdType(); }
    void insert(IdType fileId, IdType newId) { m_map.insert(fileId.value, newId); }
    IdType operator()(IdType fileId) const { return fileId.isValid() ? m_map.value(fileId.value) : IdType(); }

private:
    bool m_keep;
    QHash<std::int64_t, IdType> m_map;
};

} // namespace

WriteCounts writeContent(NativeJsonContent &content, Document &into, IdPolicy ids)
{
    const bool keepIds = ids == IdPolicy::KeepFileIds;
    IdMap<ActorId> actors(keepIds);
    IdMap<PlaceId> places(keepIds);
    IdMap<SourceId> sources(keepIds);
    IdMap<EventId> events(keepIds);

    Document::BulkEdit edit(into);
    if (into.title().isEmpty() && !content.title.isEmpty())
        into.setTitle(content.title);
    for (Actor &a : content.actors) {
        const ActorId fileId = a.id;
        a.id = actors.request(fileId);
        actors.insert(fileId, into.addActor(a));
    }
    for (Place &p : content.places) {
        const PlaceId fileId = p.id;
        p.id = places.request(fileId);
        places.insert(fileId, into.addPlace(p));
    }
    for (Source &s : content.sources) {
        const SourceId fileId = s.id;
        s.id = sources.request(fileId);
        sources.insert(fileId, into.addSource(s));
    }
    for (Event &e : content.events) {
        const EventId fileId = e.id;
        e.id = events.request(fileId);
        e.place = places(e.place);
        for (ActorLink &link : e.actors)
            link.actor = actors(link.actor);
        events.insert(fileId, into.addEvent(e));
    }
    for (Quote &q : content.quotes) {
        q.id = keepIds ? q.id : QuoteId();
        q.speaker = actors(q.speaker);
        q.source = sources(q.source);
        for (EventId &event : q.events)
            event = events(event);
        into.addQuote(q);
    }
    for (Relation &r : content.relations) {
        r.id = keepIds ? r.id : RelationId();
        r.from = events(r.from);
        r.to = events(r.to);
        into.addRelation(r);
    }
    for (Era &e : content.eras) {
        e.id = keepIds ? e.id : EraId();
        into.addEra(e);
    }
    edit.commit();

    WriteCounts counts;
    counts.events = qsizetype(content.events.size());
    counts.actors = qsizetype(content.actors.size());
    counts.places = qsizetype(content.places.size());
    counts.sources = qsizetype(content.sources.size());
    counts.quotes = qsizetype(content.quotes.size());
    counts.relations = qsizetype(content.relations.size());
    counts.eras = qsizetype(content.eras.size());
    return counts;
}

} // namespace dateline
