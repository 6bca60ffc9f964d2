#pragma once

#include "core/model/cameo.h"
#include "core/model/event.h"
#include "core/render/scene.h"
#include "core/render/ticks.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <vector>

namespace dateline {

class RenderCache;
class TextBudget;
class TimeIndex;

struct LaneItem {
    int lane = -1;        // index in the TimeIndex
    QString key;
    QString label;        // laneTitle(): "Sanor — COD" where two lanes share a label
    QString name;         // the label alone, as one line
    QString code;         // set when label names it: an elided header keeps it ("Bedan… — SCG")
    std::uint32_t count = 0;
    std::uint8_t cameoRoot = 0;
    QRectF header;        // in the header column
    QRectF toggle;        // collapse/expand control inside the header
    QRectF body;          // in the lane area
    bool collapsed = false;
    bool folded = false;  // too dense: drawn as a density band (plus long events)
    bool alternate = false;
};

enum class ShapeKind : std::uint8_t { Point, Range };

struct EventShape {
    EventId id;
    std::uint32_t ordinal = 0;
    int laneItem = 0;            // index into Layout::lanes
    int row = 0;
    ShapeKind kind = ShapeKind::Point;
    QRectF rect;                 // marker box or bar (outer bounds)
    double coreLeft = 0;         // bar: the certain part [latestStart, earliestEnd]
    double coreRight = 0;
    double whiskerLeft = 0;      // point: the uncertain extent, drawn as a whisker
    double whiskerRight = 0;
    cameo::QuadClass quad = cameo::QuadClass::None;
    EventStatus status = EventStatus::Occurred;
    bool faint = false;          // coarser than day precision
    bool hasQuotes = false;
    bool selected = false;
    bool hovered = false;
    bool crowded = false;        // no free row: drawn over others, never labelled
    // An open side ("../2008-03-26", "2008-03-26/..") reaches the lane's edge wherever the view
    // is: labels, callouts and arrows keep to the known side, as for an event that ends there.
    bool openStart = false;
    bool openEnd = false;
};

struct DensityBand {
    int laneItem = 0;
    QRectF rect;
    QColor tint;                      // invalid: the palette's neutral colour
    std::vector<std::uint8_t> alpha;  // one per logical pixel column from rect.left()
};

struct LabelItem {
    EventId id;
    QRectF rect;
    QString text;                     // already elided to fit
    bool emphasized = false;          // selected or hovered
    bool onBar = false;               // drawn inside its range bar
    int shape = -1;                   // index into Layout::shapes
};

struct CalloutItem {
    EventId id;
    QRectF rect;
    QPointF anchor;                   // the event marker it points at
    QString quote;                    // elided first quote
    QString speaker;
    bool italic = true;               // the quote in LayoutOptions::quoteFont(), else upright
};

// Events of a lane that found no row here (many wide bars: a busy day at an hour's zoom): one
// summary over the lane's last row where they lie, instead of leaving them out unseen.
struct MoreItem {
    int laneItem = 0;
    QRectF rect;
    int count = 0;
    QString text; // "+45 more"
};

struct ArrowItem {
    QPointF from;
    QPointF to;
    RelationKind kind = RelationKind::FollowUpOf;
};

// Era names are written in a strip this high along the lane area's bottom edge.
inline constexpr double kEraNameStrip = 16;

struct EraItem {
    QRectF rect;
    QString name;
    QColor color;
};

struct OverviewItem {
    QRectF rect;
    QRectF window;                    // the visible range
    TimeScale scale;                  // time <-> x inside the band
    std::vector<float> histogram;     // 0..1, one per column from rect.left()
};

// Where compute() spent its time (wall clock), for the benchmark's per-frame trace.
struct LayoutTiming {
    double eventsMs = 0;   // lanes, shapes, density bands, relations
    double labelsMs = 0;   // includes fetching titles and shaping new ones
    double calloutsMs = 0; // includes fetching first quotes
};

enum class HitKind : std::uint8_t {
    None, Event, Lane, LaneHeader, LaneToggle, Axis, Overview, OverviewWindow
};

struct HitResult {
    HitKind kind = HitKind::None;
    EventId event;
    QString laneKey;
    TimePoint time = 0;               // time under the point (Lane, Axis, Overview*)
};

// One frame's geometry: lanes, rows, shapes, density bands, labels, callouts, arrows, eras,
// ticks and the overview band, in viewport logical pixels. A value; computing it reads the index
// (binary searches, the density pyramid) and never walks all events, so its cost depends on the
// pixels. The TimelinePainter draws it; hitTest() answers the GUI.
class Layout {
public:
    static Layout compute(const Viewport &viewport, const Scene &scene, RenderCache *cache = nullptr);

    HitResult hitTest(QPointF point) const;
    // The shape of an event (its first appearance), or nullptr.
    const EventShape *shapeOf(EventId id) const;

    Viewport viewport;
    LayoutOptions options;
    QRectF axisRect;
    QRectF headerColumn;
    QRectF laneArea;
    double contentHeight = 0;         // all lanes, for a vertical scroll bar
    TimePoint visibleFrom = 0;
    TimePoint visibleTo = 0;
    TickSet ticks;
    std::vector<LaneItem> lanes;      // only lanes intersecting the lane area
    std::vector<EventShape> shapes;
    std::vector<DensityBand> bands;
    std::vector<MoreItem> more;
    std::vector<LabelItem> labels;
    std::vector<CalloutItem> callouts;
    std::vector<ArrowItem> arrows;
    std::vector<std::vector<QPointF>> links; // appearances of the selected event in several lanes
    std::vector<EraItem> eras;
    std::optional<double> todayX;
    OverviewItem overview;
    std::size_t foldedEvents = 0;     // events drawn only as density
    // Labels or callouts wait for text the frame's budget left unfetched: lay out again soon.
    bool textPending = false;
    LayoutTiming timing;

private:
    struct LaneRows;
    void placeLanes(const Scene &scene);
    void placeEvents(const Scene &scene);
    void foldLane(const TimeIndex &index, int laneItem, std::vector<std::uint32_t> &counts);
    // Events with no free row go to leftOut when given; otherwise bars are left out and points
    // drawn over the last row. Returns how many found no row.
    std::size_t placeLaneEvents(const Scene &scene, int laneItem, const std::vector<std::uint32_t> &ordinals,
                                LaneRows &rows, std::size_t &budget,
                                std::vector<std::pair<double, double>> *leftOut = nullptr);
    void placeMore(int laneItem, std::vector<std::pair<double, double>> &leftOut);
    void linkSelected(const Scene &scene);
    void placeSelectedOverFolds(const Scene &scene);
    EventShape shapeFor(const TimeIndex &index, std::uint32_t ordinal, const Scene &scene) const;
    void placeLabels(const Scene &scene, RenderCache &cache, TextBudget &budget);
    void placeCallouts(const Scene &scene, RenderCache &cache, TextBudget &budget);
    void placeRelations(const Scene &scene);
    void placeOverview(const Scene &scene);
};

} // namespace dateline
