// Document: actors, places and sources.
#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/listedids.h"
#include "core/store/searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace dateline {

using store::ListedIds;

namespace {

// Aliases are a JSON array of strings in one column: they are only ever read with their actor.
QString aliasesToJson(const QStringList &aliases)
{
    if (aliases.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

QStringList aliasesFromJson(const QString &json)
{
    QStringList result;
    if (json.isEmpty())
        return result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

} // namespace

namespace store {

// Binds ?1..?6 of the actor insert (label, kind, country, cameo_code, aliases, id).
void bindActor(Statement &s, const Actor &a)
{
    s.bind(1, QStringView(a.label)).bind(2, int(a.kind)).bindOptional(3, a.country).bindOptional(4, a.cameoCode)
        .bindOptional(5, aliasesToJson(a.aliases));
    store::bindId(s, 6, a.id.value);
}

// Binds ?1..?5 of the place insert (name, country, latitude, longitude, id).
void bindPlace(Statement &s, const Place &p)
{
    s.bind(1, QStringView(p.name)).bindOptional(2, p.country);
    if (p.latitude)
        s.bind(3, *p.latitude);
    else
        s.bindNull(3);
    if (p.longitude)
        s.bind(4, *p.longitude);
    else
        s.bindNull(4);
    store::bindId(s, 5, p.id.value);
}

// Binds ?1..?8 of the source insert.
void bindSource(Statement &s, const Source &src)
{
    const QChar grade = src.reliability.toUpper();
    s.bind(1, QStringView(src.title)).bindOptional(2, src.publication).bindOptional(3, src.author);
    s.bindOptional(4, src.issued.isValid() ? src.issued.toEdtf() : QString());
    s.bindOptional(5, src.url);
    s.bindOptional(6, src.accessed.isValid() ? src.accessed.toEdtf() : QString());
    s.bind(7, QString(grade)); // the CHECK constraint rejects anything but A..F
    store::bindId(s, 8, src.id.value);
}

// Row readers, shared with the batch reads (documentbatches.cpp).
Actor readActor(const Statement &s)
{
    Actor a;
    a.id = ActorId(s.int64(0));
    a.label = s.text(1);
    a.kind = ActorKind(std::clamp(s.integer(2), 0, 3));
    a.country = s.text(3);
    a.cameoCode = s.text(4);
    a.aliases = aliasesFromJson(s.text(5));
    return a;
}

Place readPlace(const Statement &s)
{
    Place p;
    p.id = PlaceId(s.int64(0));
    p.name = s.text(1);
    p.country = s.text(2);
    if (!s.isNull(3))
        p.latitude = s.real(3);
    if (!s.isNull(4))
        p.longitude = s.real(4);
    return p;
}

Source readSource(const Statement &s)
{
    Source src;
    src.id = SourceId(s.int64(0));
    src.title = s.text(1);
    src.publication = s.text(2);
    src.author = s.text(3);
    src.issued = store::readDate(s, 4);
    src.url = s.text(5);
    src.accessed = store::readDate(s, 6);
    const QString grade = s.text(7);
    src.reliability = grade.isEmpty() ? QLatin1Char('F') : grade.at(0);
    return src;
}

} // namespace store

using store::bindActor;
using store::bindPlace;
using store::bindSource;
using store::readActor;
using store::readPlace;
using store::readSource;

ActorId Document::addActor(const Actor &actor)
{
    d->requireWritable("add an actor");
    Transaction transaction(*d->db);
    const ActorId id(store::writeRow(*d->db, store::kInsertActor,
                                     [&](Statement &s) { bindActor(s, actor); }, "actor", actor.id.value,
                                     store::MustExist::No));
    d->touch(EntityKind::Actor, id.value, Touch::Created);
    transaction.commit();
    return id;
}

void Document::updateActor(const Actor &actor)
{
    d->requireWritable("change an actor");
    Transaction transaction(*d->db);
    d->touch(EntityKind::Actor, actor.id.value);
    // Its names are in the search text of its events: re-index those when a name changes.
    const std::optional<Actor> old = this->actor(actor.id);
    const bool renamed = old && (old->label != actor.label || old->aliases != actor.aliases);
    store::SearchIndex search(*d->db);
    const std::vector<std::int64_t> events = renamed ? search.eventsOf(EntityKind::Actor, actor.id.value) : std::vector<std::int64_t>();
    search.unindex(events);
    store::writeRow(*d->db, "UPDATE actors SET label = ?1, kind = ?2, country = ?3, cameo_code = ?4, aliases = ?5 "
                            "WHERE id = ?6",
                    [&](Statement &s) { bindActor(s, actor); }, "actor", actor.id.value, store::MustExist::Yes);
    search.index(events);
    transaction.commit();
}

void Document::restoreActor(const Actor &actor)
{
    if (store::rowExists(*d->db, "actors", actor.id.value))
        updateActor(actor);
    else
        addActor(actor);
}

// Removes the entities listed in temp.listed_ids from `table`, with the search text of the events
// that name them taken out before and written again after. Actors, places and sources go many at
// once (undoing an import takes back every one it created: half a million sources for a million
// GDELT rows), a statement per table for all of them; one is a list of one.
void Document::Private::removeListed(EntityKind kind, const char *table)
{
    touchAll(kind, QByteArray(ListedIds::kSelect) + " ORDER BY id");
    store::SearchIndex search(*db);
    const std::vector<std::int64_t> events = search.eventsOfListed(kind);
    search.unindex(events);
    db->exec(QByteArray("DELETE FROM ") + table + " WHERE id " + ListedIds::kIn, "Removing entities");
    search.index(events);
}

void Document::removeActor(ActorId id)
{
    removeActors({id});
}

void Document::removeActors(const std::vector<ActorId> &ids)
{
    d->requireWritable("remove actors");
    Transaction transaction(*d->db);
    ListedIds listed(*d->db, store::idValues(ids));
    d->touchAll(EntityKind::Event, QByteArray("SELECT DISTINCT event_id FROM event_actors WHERE actor_id ") + ListedIds::kIn);
    d->touchAll(EntityKind::Quote, QByteArray("SELECT id FROM quotes WHERE speaker_id ") + ListedIds::kIn);
    d->removeListed(EntityKind::Actor, "actors");
    transaction.commit();
}

std::optional<Actor> Document::actor(ActorId id) const
{
    return store::readOne<Actor>(*d->db, "SELECT id, label, kind, country, cameo_code, aliases FROM actors WHERE id = ?1",
                          id.value, readActor);
}

std::vector<Actor> Document::actors() const
{
    return store::readAll<Actor>(*d->db, "SELECT id, label, kind, country, cameo_code, aliases FROM actors ORDER BY id",
                          readActor);
}

PlaceId Document::addPlace(const Place &place)
{
    d->requireWritable("add a place");
    Transaction transaction(*d->db);
    const PlaceId id(store::writeRow(*d->db,
                                     store::kInsertPlace,
                                     [&](Statement &s) { bindPlace(s, place); }, "place", place.id.value,
                                     store::MustExist::No));
    d->touch(EntityKind::Place, id.value, Touch::Created);
    transaction.commit();
    return id;
}

void Document::updatePlace(const Place &place)
{
    d->requireWritable("change a place");
    Transaction transaction(*d->db);
    d->touch(EntityKind::Place, place.id.value);
    const std::optional<Place> old = this->place(place.id);
    store::SearchIndex search(*d->db);
    const std::vector<std::int64_t> events =
        old && old->name != place.name ? search.eventsOf(EntityKind::Place, place.id.value) : std::vector<std::int64_t>();
    search.unindex(events);
    store::writeRow(*d->db, "UPDATE places SET name = ?1, country = ?2, latitude = ?3, longitude = ?4 WHERE id = ?5",
                    [&](Statement &s) { bindPlace(s, place); }, "place", place.id.value, store::MustExist::Yes);
    search.index(events);
    transaction.commit();
}

void Document::restorePlace(const Place &place)
{
    if (store::rowExists(*d->db, "places", place.id.value))
        updatePlace(place);
    else
        addPlace(place);
}

void Document::removePlace(PlaceId id)
{
    removePlaces({id});
}

void Document::removePlaces(const std::vector<PlaceId> &ids)
{
    d->requireWritable("remove places");
    Transaction transaction(*d->db);
    ListedIds listed(*d->db, store::idValues(ids));
    d->touchAll(EntityKind::Event, QByteArray("SELECT id FROM events WHERE place_id ") + ListedIds::kIn);
    d->removeListed(EntityKind::Place, "places");
    transaction.commit();
}

std::optional<Place> Document::place(PlaceId id) const
{
    return store::readOne<Place>(*d->db, "SELECT id, name, country, latitude, longitude FROM places WHERE id = ?1",
                          id.value, readPlace);
}

std::vector<Place> Document::places() const
{
    return store::readAll<Place>(*d->db, "SELECT id, name, country, latitude, longitude FROM places ORDER BY id", readPlace);
}

SourceId Document::addSource(const Source &source)
{
    d->requireWritable("add a source");
    Transaction transaction(*d->db);
    const SourceId id(store::writeRow(*d->db,
                                      store::kInsertSource,
                                      [&](Statement &s) { bindSource(s, source); }, "source", source.id.value,
                                      store::MustExist::No));
    d->touch(EntityKind::Source, id.value, Touch::Created);
    transaction.commit();
    return id;
}

void Document::updateSource(const Source &source)
{
    d->requireWritable("change a source");
    Transaction transaction(*d->db);
    d->touch(EntityKind::Source, source.id.value);
    const std::optional<Source> old = this->source(source.id);
    store::SearchIndex search(*d->db);
    const std::vector<std::int64_t> events =
        old && old->title != source.title ? search.eventsOf(EntityKind::Source, source.id.value) : std::vector<std::int64_t>();
    search.unindex(events);
    store::writeRow(*d->db,
                    "UPDATE sources SET title = ?1, publication = ?2, author = ?3, issued_edtf = ?4, url = ?5, "
                    "accessed_edtf = ?6, reliability = ?7 WHERE id = ?8",
                    [&](Statement &s) { bindSource(s, source); }, "source", source.id.value, store::MustExist::Yes);
    search.index(events);
    transaction.commit();
}

void Document::restoreSource(const Source &source)
{
    if (store::rowExists(*d->db, "sources", source.id.value))
        updateSource(source);
    else
        addSource(source);
}

void Document::removeSource(SourceId id)
{
    removeSources({id});
}

void Document::removeSources(const std::vector<SourceId> &ids)
{
    d->requireWritable("remove sources");
    Transaction transaction(*d->db);
    ListedIds listed(*d->db, store::idValues(ids));
    d->touchAll(EntityKind::Quote, QByteArray("SELECT id FROM quotes WHERE source_id ") + ListedIds::kIn);
    d->removeListed(EntityKind::Source, "sources");
    // GDELT records name their article without a foreign key: forget it, or a source that later
    // gets the freed id would become their article. That column has no index (it would slow every
    // import), so this is a scan of every GDELT record: one for all the sources, not one each.
    d->db->exec(QByteArray("UPDATE gdelt_events SET source_id = NULL WHERE source_id ") + ListedIds::kIn,
                "Unlinking GDELT records from their sources");
    transaction.commit();
}

std::optional<Source> Document::source(SourceId id) const
{
    return store::readOne<Source>(*d->db,
                           "SELECT id, title, publication, author, issued_edtf, url, accessed_edtf, reliability "
                           "FROM sources WHERE id = ?1",
                           id.value, readSource);
}

std::vector<Source> Document::sources() const
{
    return store::readAll<Source>(*d->db,
                           "SELECT id, title, publication, author, issued_edtf, url, accessed_edtf, reliability "
                           "FROM sources ORDER BY id",
                           readSource);
}

using store::gdeltColumns;
using store::readGdelt;

std::optional<GdeltRecord> Document::gdeltRecord(EventId id) const
{
    // The GDELT importer gives each event its GLOBALEVENTID as sort key, so the record is found
    // through gdelt_events' primary key: that table has no index on event_id (an import would pay
    // for it on every row), and a scan would cost a selection ~20 ms at a million events.
    const std::int64_t version = d->db->pragma("user_version");
    if (version < 3)
        return std::nullopt;
    Statement &s = d->db->cached("SELECT " + gdeltColumns(version)
                                 + " FROM events e JOIN gdelt_events g ON g.global_id = e.sort_key AND g.event_id = e.id"
                                   " WHERE e.id = ?1");
    s.bind(1, id.value);
    if (!s.step())
        return std::nullopt;
    GdeltRecord r = readGdelt(s);
    s.reset();
    return r;
}

std::vector<std::pair<EventId, GdeltRecord>> Document::gdeltRecords() const
{
    std::vector<std::pair<EventId, GdeltRecord>> result;
    const std::int64_t version = d->db->pragma("user_version");
    if (version < 3)
        return result;
    Statement s = d->db->prepare("SELECT " + gdeltColumns(version) + ", e.id FROM gdelt_events g "
                                 "JOIN events e ON e.id = g.event_id AND e.sort_key = g.global_id ORDER BY e.id");
    while (s.step())
        result.emplace_back(EventId(s.int64(8)), readGdelt(s));
    return result;
}

} // namespace dateline
