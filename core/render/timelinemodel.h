#pragma once

#include "core/index/lanegrouping.h"
#include "core/model/ids.h"
#include "core/render/palette.h"
#include "core/render/scene.h"

#include <QObject>

#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace dateline {

class Document;
struct DocumentChange;
class EventTextCache;
class TimeIndex;
class TimelineLoader;

// What a timeline shows of one document, shared by the view, the export dialog and the CLI: the
// time index for the chosen lane grouping (loaded at once or, for large files, in a background
// thread), the text cache, eras and relations, lane state, selection and hover, layout options
// and palette, all kept in one Scene. Edits patch the index in place (apply()). The widget on top
// of it handles only input and painting; Layout::compute(viewport, model.scene(), …) draws it.
// The caller owns the Document and hands over another (or null) before destroying it.
class TimelineModel : public QObject {
    Q_OBJECT
public:
    // What setDocument does with the current index while the new one is read.
    enum class IndexReuse : std::uint8_t {
        Drop,            // another document, or none: the old index is meaningless
        KeepUntilLoaded  // the same document re-read: keep showing the old index meanwhile
    };

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    const Document *document() const { return m_document; }
    // Reads the document (null: none): eras, relations, a fresh text cache and the index, which
    // arrives at once or, at backgroundLoadThreshold() events and more, later (indexLoaded()).
    void setDocument(const Document *document, IndexReuse reuse = IndexReuse::Drop);
    LaneGrouping grouping() const { return m_grouping; }
    // Re-reads the index for another grouping (the old one stays until the new one is there).
    // When a background load of it fails, grouping() is the shown index's again (loadFailed()).
    void setGrouping(LaneGrouping grouping);
    // Follows an edit: patches the index (milliseconds at a million events), forgets changed
    // texts and re-reads eras and relations when they changed. Returns false, changing nothing,
    // when a patch cannot follow it (no index yet, a load running, everything changed, actors
    // renamed while lanes are named by actors): then read the document again with setDocument().
    [[nodiscard]] bool apply(const DocumentChange &change);
    // Stores the patched index as the snapshot of the current revision, so the next open does
    // not rebuild it; a no-op when nothing was patched or someone else wrote the file meanwhile.
    void storePatchedIndex();

    // Documents with at least this many events are indexed in a background thread (default:
    // never, as the CLI wants; the view sets 50,000). Documents without a file load at once.
    qint64 backgroundLoadThreshold() const { return m_backgroundThreshold; }
    void setBackgroundLoadThreshold(qint64 events) { m_backgroundThreshold = events; }
    bool isLoading() const;

    // The index drawn: the filtered one when an index filter is set, else the document's.
    const TimeIndex *index() const { return m_shown.get(); }
    // The document's index, all events (lane state is kept for its lanes).
    const TimeIndex *fullIndex() const { return m_index.get(); }
    // Draws a smaller index made from the full one (the filters: FilterMask and
    // TimeIndex::filtered); called with the full index whenever it changes (load, edit) and by
    // refilter(), for instance when the filter changes. An empty function draws everything.
    using IndexFilter = std::function<std::shared_ptr<TimeIndex>(const std::shared_ptr<TimeIndex> &full)>;
    void setIndexFilter(IndexFilter filter);
    void refilter();
    const EventTextCache *texts() const { return m_texts.get(); }
    // Everything a frame shows besides the viewport.
    const Scene &scene() const { return m_scene; }
    const LayoutOptions &options() const { return m_scene.options; }
    void setOptions(const LayoutOptions &options) { m_scene.options = options; }
    const LaneState &laneState() const { return m_scene.lanes; }
    void setLaneState(const LaneState &lanes) { m_scene.lanes = lanes; }
    EventId selected() const { return m_scene.selected; }
    void setSelected(EventId id) { m_scene.selected = id; }
    void setSelection(std::vector<EventId> sortedIds) { m_scene.selection = std::move(sortedIds); }
    EventId hovered() const { return m_scene.hovered; }
    void setHovered(EventId id) { m_scene.hovered = id; }
    const Palette &palette() const { return m_palette; }
    void setPalette(const Palette &palette) { m_palette = palette; }
    // "Now", for the today line; the caller passes it so that output is reproducible.
    void setToday(std::optional<TimePoint> t) { m_scene.today = t; }

    // A copy of the scene that stays valid on its own (it holds the index and text cache it points
    // to) and draws every label: exports have no per-frame text budget.
    struct Snapshot {
        std::shared_ptr<const TimeIndex> index;
        std::shared_ptr<const EventTextCache> texts;
        Scene scene;
    };
    Snapshot exportSnapshot() const;

Q_SIGNALS:
    // A new index is in the scene (at once from setDocument(), or when a background load ends).
    void indexLoaded();
    // A background load failed (the document itself is open, so this is rare).
    void loadFailed(const QString &error);

private:
    void installIndex(std::shared_ptr<TimeIndex> index);
    void dropIndex();

    const Document *m_document = nullptr;
    LaneGrouping m_grouping = LaneGrouping::Actor;
    LaneGrouping m_indexGrouping = LaneGrouping::Actor; // the one m_index was built for
    std::shared_ptr<TimeIndex> m_index;
    std::shared_ptr<TimeIndex> m_shown; // m_index, or its filtered copy
    IndexFilter m_filter;
    std::shared_ptr<EventTextCache> m_texts;
    TimelineLoader *m_loader;
    qint64 m_backgroundThreshold = std::numeric_limits<qint64>::max();
    qint64 m_patchedRevision = -1; // the document revision the patched index matches; -1: not patched
    Scene m_scene;
    Palette m_palette = Palette::light();
};

} // namespace dateline
