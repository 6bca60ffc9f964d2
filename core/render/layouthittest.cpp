// Layout::hitTest: what is under a point of the frame, for the view's clicks and tooltips.
#include "core/render/layout.h"

#include <cmath>

namespace dateline {

HitResult Layout::hitTest(QPointF p) const
{
    HitResult hit;
    if (options.overviewHeight > 0 && overview.rect.contains(p)) {
        hit.kind = overview.window.adjusted(-2, 0, 2, 0).contains(p) ? HitKind::OverviewWindow : HitKind::Overview;
        hit.time = overview.scale.toTime(p.x());
        return hit;
    }
    if (axisRect.contains(p)) {
        hit.kind = HitKind::Axis;
        hit.time = viewport.scale.toTime(p.x());
        return hit;
    }
    for (const LaneItem &lane : lanes) {
        if (lane.header.contains(p) && headerColumn.contains(p)) {
            hit.kind = lane.toggle.contains(p) ? HitKind::LaneToggle : HitKind::LaneHeader;
            hit.laneKey = lane.key;
            return hit;
        }
    }
    if (!laneArea.contains(p))
        return hit;
    hit.time = viewport.scale.toTime(p.x());
    for (const CalloutItem &c : callouts) {
        if (c.rect.contains(p)) {
            hit.kind = HitKind::Event;
            hit.event = c.id;
            return hit;
        }
    }
    for (const LabelItem &l : labels) {
        if (l.rect.contains(p)) {
            hit.kind = HitKind::Event;
            hit.event = l.id;
            return hit;
        }
    }
    // nearest marker within a few pixels; points win over the bars they sit on
    double best = 1e300;
    for (const EventShape &s : shapes) {
        const QRectF r = s.rect.adjusted(-3, -3, 3, 3);
        if (!r.contains(p))
            continue;
        const double d = s.kind == ShapeKind::Point ? std::abs(s.rect.center().x() - p.x()) : 1e6 + s.rect.width();
        if (d < best) {
            best = d;
            hit.event = s.id;
        }
    }
    for (const LaneItem &lane : lanes) {
        if (lane.body.contains(p)) {
            hit.laneKey = lane.key;
            break;
        }
    }
    hit.kind = hit.event.isValid() ? HitKind::Event : (hit.laneKey.isEmpty() ? HitKind::None : HitKind::Lane);
    return hit;
}

} // namespace dateline
