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

// How many entities the progress counts: every row the write adds or links to.
qint64 entityCount(const NativeJsonContent &c)
{
    return qint64(c.actors.size() + c.places.size() + c.sources.size() + c.events.size() + c.quotes.size()
                  + c.relations.size() + c.eras.size());
}

// The names the document's views or bookmarks already use.
template <typename List>
QSet<QString> namesIn(const List &list)
{
    QSet<QString> names;
    for (const auto &item : list)
        names.insert(item.name);
    return names;
}

// One write of content into a document: the transaction, the time index built from its rows, and
// the ids the file's entities got, which the entities written later link through. Each add*
// writes one kind, in the order the links need (actors, places and sources before the events,
// events before the quotes and relations).
class ContentWrite {
public:
    ContentWrite(NativeJsonContent &content, Document &into, bool keepIds, Ticker &tick)
        : m_content(content), m_into(into), m_keepIds(keepIds), m_tick(tick), m_actors(keepIds), m_places(keepIds),
          m_sources(keepIds), m_events(keepIds), m_bulk(into, qint64(content.events.size())),
          m_imported(m_bulk.database(), qint64(content.events.size()))
    {
        if (into.title().isEmpty() && !content.title.isEmpty())
            into.setTitle(content.title);
        // Into a document with content, actors, places and sources it already has are linked to.
        if (!keepIds)
            m_existing.emplace(into);
    }

    // Each returns how many it added (the others were linked to the document's own).
    qsizetype addActors()
    {
        return linkOrAdd(m_content.actors, m_actors, [this](const Actor &a) { return m_existing->actor(a); },
                         [this](const Actor &a) {
                             const ActorId id = m_bulk.addActor(a);
                             m_imported.addActor(id, a);
                             return id;
                         });
    }
    qsizetype addPlaces()
    {
        return linkOrAdd(m_content.places, m_places, [this](const Place &p) { return m_existing->place(p); },
                         [this](const Place &p) { return m_bulk.addPlace(p); });
    }
    qsizetype addSources()
    {
        return linkOrAdd(m_content.sources, m_sources, [this](const Source &s) { return m_existing->source(s); },
                         [this](const Source &s) { return m_bulk.addSource(s); });
    }

    // Returns how many of the events' GDELT records the document had already (see WriteCounts).
    qsizetype addEvents()
    {
        auto gdelt = m_content.gdelt.begin(); // in event order
        qsizetype gdeltAlreadyThere = 0;
        for (std::size_t i = 0; i < m_content.events.size(); ++i) {
            const bool fromGdelt = gdelt != m_content.gdelt.end() && gdelt->event == i;
            const EventId id = addEvent(m_content.events[i], fromGdelt ? &gdelt->record : nullptr);
            if (fromGdelt) {
                gdelt->record.source = m_sources(gdelt->record.source);
                gdeltAlreadyThere += !m_bulk.addGdeltRecord(id, gdelt->record);
                ++gdelt;
            }
            m_tick();
        }
        return gdeltAlreadyThere;
    }

    void addQuotes()
    {
        for (Quote &q : m_content.quotes) {
            q.id = m_keepIds ? q.id : QuoteId();
            q.speaker = m_actors(q.speaker);
            q.source = m_sources(q.source);
            for (EventId &event : q.events)
                event = m_events(event);
            m_bulk.addQuote(q);
            m_imported.addQuote(q.events);
            m_tick();
        }
    }

    void addRelations()
    {
        for (Relation &r : m_content.relations) {
            r.id = m_keepIds ? r.id : RelationId();
            r.from = m_events(r.from);
            r.to = m_events(r.to);
            m_bulk.addRelation(r);
            m_tick();
        }
    }

    void addEras()
    {
        for (Era &e : m_content.eras) {
            e.id = m_keepIds ? e.id : EraId();
            m_bulk.addEra(e);
            m_tick();
        }
    }

    // Views and bookmarks are few and not counted; a name in use gets a number (freeName).
    void addViews()
    {
        QSet<QString> taken = namesIn(m_into.savedViews());
        for (SavedView &v : m_content.views) {
            for (ActorId &actor : v.filter.actors)
                actor = m_actors(actor);
            std::erase_if(v.filter.actors, [](ActorId a) { return !a.isValid(); });
            v.name = freeName(v.name, taken);
            m_into.putSavedView(v);
        }
    }

    void addBookmarks()
    {
        QSet<QString> taken = namesIn(m_into.bookmarks());
        for (DateBookmark &b : m_content.bookmarks) {
            b.name = freeName(b.name, taken);
            m_into.putBookmark(b);
        }
    }

    BulkImportSummary commit()
    {
        m_imported.startBuilding(); // while the commit rebuilds the document's indexes
        return m_bulk.commit();
    }

    std::optional<QByteArray> takeTimeIndexSnapshot() { return m_imported.takeSnapshot(); }

private:
    // Each entity is linked to the document's own when it has one, else added; returns how many were added.
    template <typename List, typename Ids, typename FindExisting, typename Add>
    qsizetype linkOrAdd(List &list, Ids &ids, FindExisting findExisting, Add add)
    {
        qsizetype added = 0;
        for (auto &entity : list) {
            const auto fileId = entity.id;
            auto id = m_existing ? findExisting(entity) : decltype(fileId)();
            if (!id.isValid()) {
                entity.id = ids.request(fileId);
                id = add(entity);
                ++added;
            }
            ids.insert(fileId, id);
            m_tick();
        }
        return added;
    }

    // The event with its place and actors linked; a GDELT event is sorted by its GLOBALEVENTID.
    EventId addEvent(Event &e, const GdeltRecord *gdelt)
    {
        const EventId fileId = e.id;
        e.id = m_events.request(fileId);
        e.place = m_places(e.place);
        for (ActorLink &link : e.actors)
            link.actor = m_actors(link.actor);
        if (gdelt)
            e.sortKey = gdelt->globalEventId; // how Document::gdeltRecord() finds the record
        const BulkImport::EventRow row = BulkImport::EventRow::from(e);
        const EventId id = m_bulk.addEvent(row);
        m_imported.addEvent(id, row);
        m_events.insert(fileId, id);
        return id;
    }

    NativeJsonContent &m_content;
    Document &m_into;
    const bool m_keepIds;
    Ticker &m_tick;
    IdMap<ActorId> m_actors;
    IdMap<PlaceId> m_places;
    IdMap<SourceId> m_sources;
    IdMap<EventId> m_events;
    BulkImport m_bulk;
    ImportedTimeIndex m_imported; // after m_bulk: it looks at the document inside the import's transaction
    std::optional<ExistingEntities> m_existing;
};

} // namespace

WriteCounts writeContent(NativeJsonContent &content, Document &into, IdPolicy ids, const ImportProgress &progress)
{
    const bool keepIds = ids == IdPolicy::KeepFileIds && keepableIds(content);
    Ticker tick(progress, entityCount(content));
    tick.report();
    // Counted before the write, which would find every event of the file present.
    const qsizetype alreadyPresent = ids == IdPolicy::AssignNewIds ? into.countEventsAlreadyPresent(content.events) : 0;

    ContentWrite write(content, into, keepIds, tick);
    WriteCounts counts;
    counts.actors = write.addActors();
    counts.places = write.addPlaces();
    counts.sources = write.addSources();
    counts.gdeltAlreadyThere = write.addEvents();
    write.addQuotes();
    write.addRelations();
    write.addEras();
    write.addViews();
    write.addBookmarks();
    tick.finishing();
    counts.ids = write.commit();
    storeIndexSnapshot(into, write.takeTimeIndexSnapshot());

    counts.events = qsizetype(content.events.size());
    counts.quotes = qsizetype(content.quotes.size());
    counts.relations = qsizetype(content.relations.size());
    counts.eras = qsizetype(content.eras.size());
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
