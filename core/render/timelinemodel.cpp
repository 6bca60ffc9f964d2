#include "core/render/timelinemodel.h"

#include "core/edit/documentchange.h"
#include "core/index/eventtextcache.h"
#include "core/index/indexpatch.h"
#include "core/index/timeindex.h"
#include "core/render/timelineloader.h"
#include "core/store/document.h"

namespace dateline {

TimelineModel::TimelineModel(QObject *parent)
    : QObject(parent)
    , m_loader(new TimelineLoader(this))
{
    connect(m_loader, &TimelineLoader::loaded, this, [this](std::shared_ptr<TimeIndex> index, const QString &error) {
        if (index) {
            installIndex(std::move(index));
            return;
        }
        if (m_index) // the lanes shown stay: they keep the name of their grouping, not the one that failed
            m_grouping = m_indexGrouping;
        Q_EMIT loadFailed(error);
    });
}

TimelineModel::~TimelineModel() = default;

bool TimelineModel::isLoading() const
{
    return m_loader->isLoading();
}

void TimelineModel::dropIndex()
{
    m_scene.index = nullptr;
    m_index.reset();
    m_shown.reset();
}

void TimelineModel::setDocument(const Document *document, IndexReuse reuse)
{
    m_document = document;
    m_scene.texts = nullptr;
    m_texts.reset();
    m_scene.eras.clear();
    m_scene.relations.clear();
    if (!document || reuse == IndexReuse::Drop)
        dropIndex();
    if (!document) {
        m_loader->cancel();
        return;
    }
    m_texts = std::make_shared<EventTextCache>(*document);
    m_scene.texts = m_texts.get();
    m_scene.eras = Scene::erasFrom(document->eras());
    m_scene.relations = Scene::relationsFrom(document->relations());
    if (!document->path().isEmpty() && document->info().events >= m_backgroundThreshold) {
        m_loader->load(document->path(), document->isReadOnly() ? OpenMode::ReadOnly : OpenMode::ReadWrite,
                       m_grouping); // installIndex() follows
        return;
    }
    m_loader->cancel();
    installIndex(std::make_shared<TimeIndex>(TimeIndex::load(*document, m_grouping)));
}

void TimelineModel::setGrouping(LaneGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    if (m_document)
        setDocument(m_document, IndexReuse::KeepUntilLoaded);
}

void TimelineModel::installIndex(std::shared_ptr<TimeIndex> index)
{
    m_patchedRevision = -1;
    m_index = std::move(index);
    m_indexGrouping = m_grouping;
    refilter();
    m_scene.hovered = EventId();
    Q_EMIT indexLoaded();
}

void TimelineModel::setIndexFilter(IndexFilter filter)
{
    m_filter = std::move(filter);
    refilter();
}

void TimelineModel::refilter()
{
    if (!m_index)
        return;
    m_shown = m_filter ? m_filter(m_index) : nullptr;
    if (!m_shown)
        m_shown = m_index;
    m_scene.index = m_shown.get();
    m_scene.hovered = EventId();
}

bool TimelineModel::apply(const DocumentChange &change)
{
    const bool lanesNamedByActors = m_grouping == LaneGrouping::Actor || m_grouping == LaneGrouping::Country;
    if (!m_document || !m_index || isLoading() || change.everything
        || (lanesNamedByActors && change.touches(EntityKind::Actor)))
        return false;
    std::vector<EventId> upserted = change.eventsAdded;
    upserted.insert(upserted.end(), change.eventsChanged.begin(), change.eventsChanged.end());
    if (!upserted.empty() || !change.eventsRemoved.empty()) {
        m_index->apply(IndexPatch::read(*m_document, m_grouping, change.eventsRemoved, upserted));
        m_patchedRevision = m_document->revision();
        refilter(); // a patched event may enter or leave the filter

    }
    if (m_texts) {
        m_texts->forget(upserted);
        m_texts->forget(change.eventsRemoved);
        if (change.touches(EntityKind::Quote) || change.touches(EntityKind::Actor))
            m_texts->clear(); // callouts show quote texts and speakers
    }
    if (change.touches(EntityKind::Era))
        m_scene.eras = Scene::erasFrom(m_document->eras());
    if (change.touches(EntityKind::Relation) || !change.eventsRemoved.empty())
        m_scene.relations = Scene::relationsFrom(m_document->relations());
    return true;
}

void TimelineModel::storePatchedIndex()
{
    if (m_index && m_document && m_patchedRevision >= 0 && m_document->revision() == m_patchedRevision)
        m_document->storeSnapshot(TimeIndex::snapshotKey(m_grouping), m_index->serialize());
    m_patchedRevision = -1;
}

TimelineModel::Snapshot TimelineModel::exportSnapshot() const
{
    Snapshot s;
    s.index = m_shown; // what the view shows: filtered when a filter is set
    s.texts = m_texts;
    s.scene = m_scene;
    s.scene.options.textBudgetMs = 0; // the view rations text per frame; an export draws every label
    // An export shows no highlight or hover, and the exporter decides about "today".
    s.scene.selected = EventId();
    s.scene.selection.clear();
    s.scene.hovered = EventId();
    s.scene.today.reset();
    return s;
}

} // namespace dateline
