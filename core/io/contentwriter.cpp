// Writes imported content into a document: the one write path of every importer.
#include "core/io/contentwriter.h"

#include "core/io/existingentities.h"
#include "core/io/importedtimeindex.h"

#include "core/index/timeindex.h"
#include "core/store/backgroundcheckpoint.h"
#include "core/store/bulkimport.h"
#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/writeerror.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cstdio>

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

// Calls progress every kStep entities (and at the end); throws ImportCancelled when it says stop.
class Ticker {
public:
    Ticker(const ImportProgress &progress, qint64 total) : m_progress(progress), m_total(total) {}
    void operator()()
    {
        if (++m_done % kStep == 0 || m_done == m_total)
            report();
    }
    void report() const { report(m_total); }
    void finishing() const { report(kProgressFinishing); } // every row written: the indexes next

private:
    void report(qint64 total) const
    {
        if (m_progress && !m_progress(m_done, total))
            throw ImportCancelled();
    }

    static constexpr qint64 kStep = 4096;
    const ImportProgress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

// name, or "name (2)", "name (3)"... when the document already uses it: an import never replaces
// a view or bookmark the user made.
QString freeName(const QString &name, QSet<QString> &taken)
{
    QString result = name;
    for (int n = 2; taken.contains(result); ++n)
        result = QStringLiteral("%1 (%2)").arg(name).arg(n);
    taken.insert(result);
    return result;
}

// File ids are kept only when they are compact: positive, within JSON's exact integers, and in
// each table spanning at most kIdSlack more ids than it has rows. Undo records an import by the id
// range per table, so ids 1 and 10^12 would make it walk (and journal) a trillion ids.
constexpr std::int64_t kMaxKeptId = std::int64_t(1) << 53;
constexpr std::int64_t kIdSlack = 1'000'000;

template <typename List>
bool compactIds(const List &list)
{
    std::int64_t low = 0, high = 0;
    for (const auto &entity : list) {
        const std::int64_t id = entity.id.value;
        if (id <= 0)
            continue; // the store assigns one
        if (id > kMaxKeptId)
            return false;
        low = low == 0 ? id : std::min(low, id);
        high = std::max(high, id);
    }
    return high - low < std::int64_t(list.size()) + kIdSlack;
}

bool keepableIds(const NativeJsonContent &c)
{
    return compactIds(c.actors) && compactIds(c.places) && compactIds(c.sources) && compactIds(c.events)
           && compactIds(c.quotes) && compactIds(c.relations) && compactIds(c.eras);
}

} // namespace

WriteCounts writeContent(NativeJsonContent &content, Document &into, IdPolicy ids, const ImportProgress &progress)
{
    const bool keepIds = ids == IdPolicy::KeepFileIds && keepableIds(content);
    IdMap<ActorId> actors(keepIds);
    IdMap<PlaceId> places(keepIds);
    IdMap<SourceId> sources(keepIds);
    IdMap<EventId> events(keepIds);
    const qint64 total = qint64(content.actors.size() + content.places.size() + content.sources.size()
                                + content.events.size() + content.quotes.size() + content.relations.size()
                                + content.eras.size());
    Ticker tick(progress, total);
    tick.report();
    const qsizetype alreadyPresent = ids == IdPolicy::AssignNewIds ? into.countEventsAlreadyPresent(content.events) : 0;

    BulkImport bulk(into, qint64(content.events.size()));
    ImportedTimeIndex imported(bulk.database(), qint64(content.events.size()));
    if (into.title().isEmpty() && !content.title.isEmpty())
        into.setTitle(content.title);
    // Into a document with content, actors, places and sources it already has are linked to.
    const std::optional<ExistingEntities> existing =
        keepIds ? std::nullopt : std::optional<ExistingEntities>(std::in_place, into);
    // Each entity is linked to the document's own when it has one, else added; returns how many were added.
    auto linkOrAdd = [&](auto &list, auto &ids, auto findExisting, auto add) {
        qsizetype added = 0;
        for (auto &entity : list) {
            const auto fileId = entity.id;
            auto id = existing ? findExisting(entity) : decltype(fileId)();
            if (!id.isValid()) {
                entity.id = ids.request(fileId);
                id = add(entity);
                ++added;
            }
            ids.insert(fileId, id);
            tick();
        }
        return added;
    };
    const qsizetype addedActors = linkOrAdd(content.actors, actors, [&](const Actor &a) { return existing->actor(a); },
                                            [&](const Actor &a) {
                                                const ActorId id = bulk.addActor(a);
                                                imported.addActor(id, a);
                                                return id;
                                            });
    const qsizetype addedPlaces = linkOrAdd(content.places, places, [&](const Place &p) { return existing->place(p); },
                                            [&](const Place &p) { return bulk.addPlace(p); });
    const qsizetype addedSources = linkOrAdd(content.sources, sources, [&](const Source &s) { return existing->source(s); },
                                             [&](const Source &s) { return bulk.addSource(s); });
    auto gdelt = content.gdelt.begin(); // in event order
    qsizetype gdeltAlreadyThere = 0;
    for (std::size_t i = 0; i < content.events.size(); ++i) {
        Event &e = content.events[i];
        const EventId fileId = e.id;
        e.id = events.request(fileId);
        e.place = places(e.place);
        for (ActorLink &link : e.actors)
            link.actor = actors(link.actor);
        const bool fromGdelt = gdelt != content.gdelt.end() && gdelt->event == i;
        if (fromGdelt)
            e.sortKey = gdelt->record.globalEventId; // how Document::gdeltRecord() finds the record
        const BulkImport::EventRow row = BulkImport::EventRow::from(e);
        const EventId id = bulk.addEvent(row);
        imported.addEvent(id, row);
        events.insert(fileId, id);
        if (fromGdelt) {
            gdelt->record.source = sources(gdelt->record.source);
            gdeltAlreadyThere += !bulk.addGdeltRecord(id, gdelt->record);
            ++gdelt;
        }
        tick();
    }
    for (Quote &q : content.quotes) {
        q.id = keepIds ? q.id : QuoteId();
        q.speaker = actors(q.speaker);
        q.source = sources(q.source);
        for (EventId &event : q.events)
            event = events(event);
        bulk.addQuote(q);
        imported.addQuote(q.events);
        tick();
    }
    for (Relation &r : content.relations) {
        r.id = keepIds ? r.id : RelationId();
        r.from = events(r.from);
        r.to = events(r.to);
        bulk.addRelation(r);
        tick();
    }
    for (Era &e : content.eras) {
        e.id = keepIds ? e.id : EraId();
        bulk.addEra(e);
        tick();
    }

    QSet<QString> viewNames;
    for (const SavedView &v : into.savedViews())
        viewNames.insert(v.name);
    for (SavedView &v : content.views) {
        for (ActorId &actor : v.filter.actors)
            actor = actors(actor);
        std::erase_if(v.filter.actors, [](ActorId a) { return !a.isValid(); });
        v.name = freeName(v.name, viewNames);
        into.putSavedView(v);
    }
    QSet<QString> bookmarkNames;
    for (const DateBookmark &b : into.bookmarks())
        bookmarkNames.insert(b.name);
    for (DateBookmark &b : content.bookmarks) {
        b.name = freeName(b.name, bookmarkNames);
        into.putBookmark(b);
    }

    WriteCounts counts;
    tick.finishing();
    imported.startBuilding(); // while the commit rebuilds the document's indexes
    counts.ids = bulk.commit();
    storeIndexSnapshot(into, imported.takeSnapshot());
    counts.events = qsizetype(content.events.size());
    counts.actors = addedActors;
    counts.places = addedPlaces;
    counts.sources = addedSources;
    counts.quotes = qsizetype(content.quotes.size());
    counts.relations = qsizetype(content.relations.size());
    counts.eras = qsizetype(content.eras.size());
    counts.gdeltAlreadyThere = gdeltAlreadyThere;
    counts.eventsAlreadyPresent = alreadyPresent;
    return counts;
}

void storeIndexSnapshot(const Document &document, const std::optional<QByteArray> &built)
{
    if (document.isReadOnly() || document.database().inTransaction())
        return;
    // The view opens on the actor grouping; load() builds and stores when no current snapshot exists.
    QElapsedTimer clock;
    clock.start();
    const BackgroundCheckpoint checkpoint(document); // the import's pages go into the file meanwhile
    const bool prebuilt = built.has_value();
    if (prebuilt)
        document.storeSnapshot(TimeIndex::snapshotKey(LaneGrouping::Actor), *built);
    else
        TimeIndex::load(document, LaneGrouping::Actor);
    if (qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0) {
        std::fprintf(stderr, "bulk import: time index snapshot %.0f ms%s\n", double(clock.nsecsElapsed()) / 1e6,
                     prebuilt ? " (built from the rows during the commit)" : "");
    }
}

QString importWriteFailure(const StoreError &error, const QString &path)
{
    const std::optional<QString> why = store::plainWriteError(error, path);
    return QStringLiteral("writing the document failed, nothing was imported: %1")
        .arg(why ? *why + u'.' : QString::fromUtf8(error.what()));
}

QString importIntoReadOnly(const QString &path)
{
    const QString file = path.isEmpty() ? QStringLiteral("the document")
                                        : QStringLiteral("\u201c%1\u201d").arg(QFileInfo(path).fileName());
    return QStringLiteral("nothing was imported: %1 is open read-only. Save a copy in a folder you can write to and "
                          "import into that.")
        .arg(file);
}

} // namespace dateline
