#pragma once

#include "core/render/export/exportrequest.h"
#include "core/render/export/quotenotes.h"
#include "core/render/layout.h"
#include "core/render/palette.h"
#include "core/render/rendercache.h"
#include "core/render/scene.h"

#include <QRectF>

#include <memory>
#include <vector>

namespace dateline {

class Document;
class TimeIndex;

// A quote number next to a quoted event: "[1]", "[2, 3]", in tile-local coordinates.
struct QuoteMarker {
    QRectF rect;
    QString text;
};

// One timeline strip of an export: a whole PNG/SVG, or one page of a tiled PDF.
struct TimelineTile {
    QRectF rect;              // in canvas coordinates
    TimePoint from = 0;       // the part of the range this tile is responsible for;
    TimePoint to = 0;         // the layout shows a little more on each side (the overlap)
    Layout layout;            // in tile-local coordinates (its viewport starts at rect.topLeft())
    std::vector<QuoteMarker> markers; // placed without overlapping labels or each other
};

// Everything an export draws, computed before anything is drawn: the canvas regions, the time
// range, one Layout per tile (by Layout::compute on a copy of the scene, exactly as on screen)
// and the numbered quotes. Owns the subset index when only some events or lanes are exported.
class ExportPlan {
public:
    ExportPlan(const Document *document, const Scene &scene, const ExportRequest &request);
    ~ExportPlan();
    ExportPlan(const ExportPlan &) = delete;
    ExportPlan &operator=(const ExportPlan &) = delete;

    const ExportRequest &request() const { return m_request; }
    const Scene &scene() const { return m_scene; }
    const Palette &palette() const { return m_palette; }
    QSizeF canvas() const { return m_canvas; }
    // The size a PNG (device pixels) or SVG is written at: the request's, taller when its lanes
    // need more height than it has (see ExportRequest::visibleLanesOnly). Empty for a PDF.
    QSize pixelSize() const { return m_pixelSize; }
    TimePoint from() const { return m_from; }
    TimePoint to() const { return m_to; }
    QRectF headerRect() const { return m_header; }
    QRectF legendRect() const { return m_legend; }
    QRectF footerRect() const { return m_footer; }
    const std::vector<TimelineTile> &tiles() const { return m_tiles; }
    const QuoteNotes &notes() const { return m_notes; }
    // PDF with ExportPart::Appendix: [first, last) note indexes per appendix page; else empty.
    const std::vector<std::pair<int, int>> &appendixPages() const { return m_appendixPages; }
    int hiddenLanes() const { return m_hiddenLanes; }
    qint64 eventsInRange() const { return m_eventsInRange; }
    QString caption() const;  // "17 Mar – 6 Apr 2008 · 9 events · lanes by actor"
    RenderCache &cache() const { return m_cache; }

    static QString dayLabel(TimePoint t); // "17 Mar 2008", "100 BCE" for deep time
    // The range in the caption: days; with clock times when it is under three days long
    // ("17 Mar 2008, 10:00 – 12:00": six hours of one day read "17 Mar 2008 – 17 Mar 2008").
    static QString rangeLabel(TimePoint from, TimePoint to);

private:
    void chooseRange();
    void placeRegions();
    void prepareLanes();
    void layoutTiles();
    void growForLanes();
    bool roomUsedPast(TimePoint t) const;
    void fitRows();
    void collectNotes();

    const Document *m_document;
    ExportRequest m_request;
    Scene m_scene;
    std::unique_ptr<TimeIndex> m_subset;
    Palette m_palette;
    QSizeF m_canvas;
    QSize m_pixelSize;
    TimePoint m_from = 0;
    TimePoint m_to = 0;
    TimePoint m_paddedTo = 0; // the whole timeline's end without room for a last label
    QRectF m_header, m_legend, m_footer, m_timeline;
    std::vector<TimelineTile> m_tiles;
    QuoteNotes m_notes;
    std::vector<std::pair<int, int>> m_appendixPages;
    int m_hiddenLanes = 0;
    qint64 m_eventsInRange = 0;
    mutable RenderCache m_cache;
};

} // namespace dateline
