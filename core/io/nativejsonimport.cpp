// Native JSON import, second half: write validated content into a document, all or nothing.
#include "core/io/nativejson.h"
#include "core/io/nativejsonreader.h"
#include "core/store/document.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

bool isEmpty(const DocumentInfo &info)
{
    return info.events == 0 && info.actors == 0 && info.places == 0 && info.sources == 0
           && info.quotes == 0 && info.relations == 0 && info.eras == 0;
}

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

void write(NativeJsonContent &content, Document &into, bool keepIds, NativeJsonImport &result)
{
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

    result.events = qsizetype(content.events.size());
    result.actors = qsizetype(content.actors.size());
    result.places = qsizetype(content.places.size());
    result.sources = qsizetype(content.sources.size());
    result.quotes = qsizetype(content.quotes.size());
    result.relations = qsizetype(content.relations.size());
    result.eras = qsizetype(content.eras.size());
    result.idsKept = keepIds;
}

} // namespace

NativeJsonImport importNativeJson(const QByteArray &json, Document &into)
{
    NativeJsonImport result;
    NativeJsonReader reader;
    std::optional<NativeJsonContent> content = reader.read(json);
    if (!content) {
        result.problems = reader.problems();
        return result;
    }
    if (into.isReadOnly()) {
        result.problems << u"the document is read-only; nothing was imported"_s;
        return result;
    }
    try {
        write(*content, into, isEmpty(into.info()), result);
    } catch (const StoreError &e) {
        // BulkEdit has rolled the transaction back: the document is as it was.
        result = NativeJsonImport();
        result.problems << u"writing the document failed, nothing was imported: %1"_s
                               .arg(QString::fromUtf8(e.what()));
    }
    return result;
}

bool importNativeJson(const QByteArray &json, Document &into, QString *errorMessage)
{
    const NativeJsonImport result = importNativeJson(json, into);
    if (errorMessage)
        *errorMessage = result.problems.join(u'\n');
    return result.ok();
}

} // namespace dateline
