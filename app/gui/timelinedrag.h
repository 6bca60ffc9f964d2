#pragma once

#include "core/date/dateshift.h"
#include "core/model/event.h"
#include "core/render/ticks.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace dateline {

class Layout;
struct Palette;

// One editing gesture on the timeline, from press to release: moving events, moving one end of
// an event, drawing a relation from one event to another, or a rubber band. It works out what
// the gesture would do — the preview the view draws over the frame — and never touches the
// document: the view commits the result on release as one undo step, or drops it on Esc.
class TimelineDrag {
public:
    enum class Kind : std::uint8_t { Move, ResizeStart, ResizeEnd, Relate, RubberBand };

    // events.front() is the event under the mouse: the snap is measured from its start.
    static TimelineDrag move(std::vector<Event> events, QPointF press);
    static TimelineDrag resize(const Event &event, DateEnd end, QPointF press);
    static TimelineDrag relate(EventId from, QPointF press);
    // kept: events that stay selected whatever the band touches (Ctrl+Shift adds to a selection).
    static TimelineDrag rubberBand(QPointF press, std::vector<EventId> kept);

    Kind kind() const { return m_kind; }
    QPointF pos() const { return m_pos; }

    // The mouse is at pos over the frame `layout`; moves and resizes snap to whole `step`s.
    void update(QPointF pos, const Layout &layout, TickStep step);
    // The view panned by dx pixels under the mouse: the gesture stays anchored to the content.
    void panned(double dx) { m_press.rx() += dx; }

    // Move and resize: the events as they would be written (empty while nothing would change
    // or when error() says why they cannot go there), the step's label for Edit > Undo.
    const std::vector<Event> &changed() const { return m_changed; }
    DateShift shift() const { return m_shift; }
    QString error() const { return m_error; }
    QString label() const;
    // Relate: from the event pressed to the event under the mouse (none while over no other).
    EventId source() const { return m_source; }
    EventId target() const { return m_target; }
    // Rubber band: its rectangle and the events it touches (plus the kept ones), sorted.
    QRectF band() const { return QRectF(m_press, m_pos).normalized(); }
    const std::vector<EventId> &touched() const { return m_touched; }

    void paint(QPainter &painter, const Layout &layout, const Palette &palette) const;

    // Half-width of the zone around a bar's ends that resizes instead of moving.
    static constexpr double kEdgeZone = 4;
    // Which end of the event's bar `point` is on, if any (points and narrow bars have none).
    static std::optional<DateEnd> edgeAt(const Layout &layout, QPointF point, EventId id);
    static DateUnit dateUnit(TickUnit unit);
    // What a drag snaps to at this zoom: the minor tick step, or a finer divisor of it (1, 2, 5,
    // 10, 20, 25, 50... units) once that is at least kMinSnapPixels wide, so that days can be
    // picked between two-day ticks while a million-year axis still moves in ticks.
    static constexpr double kMinSnapPixels = 12;
    static TickStep snapStep(TickStep minor, double secondsPerPixel);

private:
    TimelineDrag(Kind kind, QPointF press);
    void updateDates(const Layout &layout, TickStep step);
    void paintGhosts(QPainter &p, const Layout &layout, const Palette &palette) const;
    void paintRelation(QPainter &p, const Layout &layout, const Palette &palette) const;
    void paintTip(QPainter &p, const Layout &layout, const Palette &palette, const QString &text,
                  const QString &detail, bool warning) const;

    Kind m_kind;
    QPointF m_press;
    QPointF m_pos;
    std::vector<Event> m_original;
    std::vector<Event> m_changed;
    DateShift m_shift;
    bool m_computed = false; // m_changed and m_error belong to m_shift
    QString m_error;
    EventId m_source;
    EventId m_target;
    std::vector<EventId> m_kept;
    std::vector<EventId> m_touched;
};

} // namespace dateline
