#pragma once

#include "core/date/timepoint.h"
#include "core/model/entities.h"
#include "core/model/ids.h"
#include "core/render/timescale.h"

#include <QColor>
#include <QFont>
#include <QSet>
#include <QSizeF>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

class TimeIndex;
class EventTextCache;

// What part of the timeline is shown, in logical pixels (the painter's device pixel ratio makes
// it crisp). x is viewport x: the time scale maps times to viewport x directly, so the lane
// header column simply covers x < LayoutOptions::headerWidth.
struct Viewport {
    QSizeF size{1280, 720};
    TimeScale scale;
    double scrollY = 0; // lanes scrolled up by this many pixels
};

// Lane order and collapsed state chosen by the user, by LaneInfo::key. Lanes not listed in
// `order` follow in the index's default order.
struct LaneState {
    QStringList order;
    QSet<QString> collapsed;
};

struct EraSpan {
    QString name;
    TimePoint start = 0;
    TimePoint end = 0;
    QColor color; // invalid: palette default
};

struct RelationLink {
    EventId from; // "from is a <kind> of to": the arrow runs from `to` to `from`
    EventId to;
    RelationKind kind = RelationKind::FollowUpOf;
};

struct LayoutOptions {
    double headerWidth = 170;
    double axisHeight = 40;
    double overviewHeight = 44;   // 0 hides the overview band
    double rowHeight = 20;
    int rowsPerLane = 3;
    double lanePadding = 3;
    double collapsedHeight = 18;
    double markerSize = 9;
    double minLabelWidth = 48;
    double maxLabelWidth = 260;
    double calloutWidth = 280;
    double calloutMaxSecondsPerPixel = 4 * 3600.0; // quote callouts below this zoom
    int maxIndividualEvents = 2500; // per frame; denser lanes fold into density bands
    int maxLabels = 160;
    // Milliseconds a frame may spend fetching and shaping text not yet cached (see TextBudget);
    // 0: no limit, as exports need every label. Interactive views use kInteractiveTextBudgetMs.
    double textBudgetMs = 0;
    static constexpr double kInteractiveTextBudgetMs = 1.5;
    // Paper does not scroll: a lane the scroll position cuts at the top is shown from its top, and
    // one that does not fit at the bottom is left out (unless it is the only one), so no lane is
    // drawn in part. The screen draws the parts it scrolls past.
    bool wholeLanes = false;
    QFont labelFont;
    QFont axisFont;
    QFont headerFont;
    LayoutOptions();
    QFont quoteFont() const;          // callouts: the label font in italics
    // The quote font for this text: upright when the italic face lacks one of its letters.
    QFont quoteFontFor(QStringView text) const;
    std::vector<QFont> fonts() const; // every font a frame draws with (RenderCache::preloadFonts)
};

// The font to set a quote in: `font` in italics, unless the italic face lacks a letter of the text.
// Qt does not fall back from an italic face to an upright one of another family: an Arabic or
// Thai quote in DejaVu Sans Oblique drew a box for every letter. Scripts without italics (Arabic,
// Hebrew, CJK) are set upright anyway.
QFont italicUnlessMissing(QFont font, QStringView text);

// Everything a frame shows besides the viewport. Non-owning pointers: the caller keeps the index
// and text cache alive while laying out.
struct Scene {
    const TimeIndex *index = nullptr;
    const EventTextCache *texts = nullptr; // titles and quotes; null: no labels, no callouts
    LaneState lanes;
    std::vector<EraSpan> eras;
    std::vector<RelationLink> relations;
    EventId selected;                // the current event
    std::vector<EventId> selection;  // every selected event, sorted: drawn highlighted like `selected`
    EventId hovered;
    std::optional<TimePoint> today; // the caller passes "now", so output is reproducible
    LayoutOptions options;

    static std::vector<EraSpan> erasFrom(const std::vector<Era> &eras);
    static std::vector<RelationLink> relationsFrom(const std::vector<Relation> &relations);
};

} // namespace dateline
