#pragma once

#include "app/gui/timelinedrag.h"
#include "app/gui/timelinenavigation.h"
#include "core/index/lanegrouping.h"
#include "core/model/entities.h"
#include "core/model/ids.h"
#include "core/render/layout.h"
#include "core/render/palette.h"
#include "core/render/rendercache.h"
#include "core/render/scene.h"
#include "core/render/timelinemodel.h"
#include "core/render/timelinepainter.h"

#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QScrollBar;
class QTimer;

namespace dateline {

class DocumentController;
struct DocumentChange;
struct SearchMarks;
class TimeIndex;

// The zoomable timeline of the controller's document. Its TimelineModel holds what is shown (the
// time index, texts, scene and palette) and follows the controller's document and edits; the view
// keeps the viewport, handles input and paints through the one TimelinePainter; the Layout of the
// last frame answers hit tests. Selection lives in the controller: clicking sets it, and a selection made elsewhere
// scrolls the view to the event. Keys: wheel/+/- zoom around the cursor, arrows and drag pan,
// Home/End, F fit, Ctrl+G go to an EDTF date, Tab/Shift+Tab the next/previous event in time order.
// Editing (timelineviewedit.cpp): drag an event to move it (the selection with it), its bar's ends to
// resize it, Alt or Ctrl+Shift drag from one event to another to relate them, Shift+drag a rubber
// band, Ctrl+click to toggle; Insert/Ctrl+N, Delete and Ctrl+D add, remove and duplicate. A drag
// only previews (TimelineDrag) until the release commits it as one undo step; Esc drops it.
// A vertical scroll bar beside the lane area (hidden when all lanes fit) follows Viewport::scrollY
// both ways; the axis and the overview band stay fixed. The lane order and collapsed lanes are
// remembered per document file and grouping (TimelineViewSettings).
class TimelineView : public QWidget {
    Q_OBJECT
public:
    enum class Command : std::uint8_t {
        ZoomIn, ZoomOut, Fit, GoToStart, GoToEnd, GoToDate, NextEvent, PreviousEvent, PanLeft, PanRight,
        // Edit actions (disabled on read-only documents; the last two also without a selection).
        AddEvent, RemoveEvents, DuplicateEvents
    };
    static constexpr std::size_t kCommandCount = std::size_t(Command::DuplicateEvents) + 1;
    // Asks for an EDTF date; `message` explains (and, on a retry, says what was wrong with `text`).
    // Returns the text, or a null QString when cancelled. Tests inject one; the default uses QInputDialog.
    using DatePrompt = std::function<QString(QWidget *parent, const QString &message, const QString &text)>;
    // Asks what a relation drawn from one event to another is ("“to” is a follow-up of “from”"):
    // the kind, or nullopt when cancelled. Tests inject one; the default is a menu at globalPos.
    using RelationPrompt = std::function<std::optional<RelationKind>(QWidget *parent, const QPoint &globalPos,
                                                                     const QString &fromTitle, const QString &toTitle)>;
    enum class PaletteMode : std::uint8_t { System, Light, Dark };

    explicit TimelineView(DocumentController *controller, QWidget *parent = nullptr);
    ~TimelineView() override;

    QAction *action(Command command) const { return m_actions[std::size_t(command)]; }

    // The document's timeline as shown here: index, texts, scene, palette (shared with exports).
    const TimelineModel &model() const { return m_model; }

    // Draws what filter makes of the document's index (the chip bar's filters); refilter() after
    // the filter changed. See TimelineModel::setIndexFilter.
    void setIndexFilter(TimelineModel::IndexFilter filter);
    void refilter();

    LaneGrouping grouping() const { return m_model.grouping(); }
    void setGrouping(LaneGrouping grouping);
    const LaneState &laneState() const { return m_model.laneState(); }
    void setLaneState(const LaneState &state);

    const TimeScale &scale() const { return m_viewport.scale; }
    void setScale(const TimeScale &scale);
    double scrollY() const { return m_viewport.scrollY; }
    // The lanes' vertical scroll bar: range 0..content height - lane area height, a page per lane area.
    QScrollBar *verticalScrollBar() const { return m_vbar; }
    // The geometry of the current frame (computed now if the view changed since the last paint).
    const Layout &currentLayout();
    const TimeIndex *index() const { return m_model.index(); }
    // Documents with at least this many events (default 50,000) are indexed in a background
    // thread while the view says "Loading…"; smaller ones at once.
    void setBackgroundLoadThreshold(qint64 events) { m_model.setBackgroundLoadThreshold(events); }
    bool isLoading() const;
    // Another grouping's index is loading: the lanes drawn are still the previous grouping's, so
    // they are veiled under "Loading lanes by country…" until the new ones arrive.
    bool isRegrouping() const { return m_lanesPending && isLoading() && m_model.index(); }
    const Palette &timelinePalette() const { return m_model.palette(); }
    void setPaletteMode(PaletteMode mode);
    // Rings around the hits of a search and ticks in the overview band (SearchDock); null: none.
    void setSearchMarks(std::shared_ptr<const SearchMarks> marks);
    void setDatePrompt(DatePrompt prompt);
    void setRelationPrompt(RelationPrompt prompt);
    // The editing gesture in progress (a move, resize, relation or rubber band), if any.
    const TimelineDrag *editDrag() const { return m_edit ? &*m_edit : nullptr; }

    void zoomIn();
    void zoomOut();
    void fitAll();
    void goToStart();
    void goToEnd();
    void goToDate();
    void selectNextEvent();
    void selectPreviousEvent();
    // Centers on time t without changing the zoom (or fits [t, end) when it is wider than the view).
    void goToTime(TimePoint t, TimePoint end);
    // Shows exactly [from, to) across the lane area (a small margin each side).
    void showRange(TimePoint from, TimePoint to);
    void zoomToEvent(EventId id);
    // Scrolls (without zooming) so the event is visible; a no-op when it already is.
    void ensureEventVisible(EventId id);
    void toggleLane(const QString &key);
    void moveLane(const QString &key, TimelineNavigation::LaneMove move);
    // A "New event" at the date under the mouse (else the middle of the view), as precise as the
    // ticks, in the lane under the mouse (its actor, tag or event type); it becomes the selection.
    void addEvent();
    void addEventAt(TimePoint t, const QString &laneKey);
    void removeSelectedEvents();
    void duplicateSelectedEvents();

Q_SIGNALS:
    void groupingChanged(dateline::LaneGrouping grouping);
    void showInTableRequested(dateline::EventId id);
    // New Event (Insert, the menus) added this event and made it current.
    void eventAdded(dateline::EventId id);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Drag : std::uint8_t { None, Pending, Pan, Overview, Edit, HeaderWidth };

    enum class Scroll : std::uint8_t { Both, HorizontalOnly };

    void createActions();
    void createEditActions();
    void updateEditActions();
    void selectionChanged();
    bool startEditDrag(); // at the drag threshold: an edit gesture, or false to pan
    void updateEditDrag(QPointF pos);
    void finishEditDrag();
    void cancelEditDrag();
    void edgeScrollStep();
    void toggleSelected(EventId id);
    void reloadDocument();
    void documentEdited(const DocumentChange &change);
    void installIndex(); // a new index arrived: restore its lanes, fit it when the document is new
    void currentEventChanged(EventId id);
    void changed(); // the frame must be laid out again
    void lanesChanged(); // order or collapsed state: also remembered
    void indexLoadFailed(const QString &error);
    void restoreLanes();
    void paintRegroupingVeil(QPainter &painter, const Layout &layout) const;
    void syncScrollBar();
    void scrollBarMoved(int value);
    void revealEvent(EventId id, Scroll scroll);
    bool isInView(EventId id) const; // some of its span is between the lane area's sides
    void userMoved();
    void updatePalette();
    void setHovered(EventId id);
    void zoomBy(double factor, double x);
    void panBy(double dx);
    void scrollBy(double dy);
    void showEventMenu(EventId id, const QPoint &globalPos);
    void showLaneMenu(const QString &key, const QPoint &globalPos);
    void selectOrdinal(std::uint32_t ordinal);
    QRectF laneArea() const;
    bool onHeaderEdge(QPointF pos) const; // the lane header column's right edge, dragged to resize it
    void setHeaderWidth(double width);
    QSizeF viewSize() const; // the widget without the scroll bar: what Layout lays out
    double maxScrollY() const;

    DocumentController *m_controller;
    TimelineModel m_model;
    QScrollBar *m_vbar;
    RenderCache m_cache;
    TimelinePainter m_painter;
    Viewport m_viewport;
    Layout m_layout;
    PaletteMode m_paletteMode = PaletteMode::System;
    std::array<QAction *, kCommandCount> m_actions{};
    DatePrompt m_datePrompt;
    RelationPrompt m_relationPrompt;
    bool m_layoutDirty = true;
    bool m_fitPending = true;    // fit the extent once the widget has its size
    bool m_lanesPending = true;  // restore the remembered lanes when the next index arrives
    LaneGrouping m_wantedGrouping = LaneGrouping::Actor; // the Lanes box's last choice
    bool m_userMoved = false;    // until then, resizing refits
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    TimeScale m_pressScale;
    double m_pressScrollY = 0;
    double m_pressHeaderWidth = 0;
    HitResult m_pressHit;
    Qt::KeyboardModifiers m_pressModifiers;
    std::optional<TimelineDrag> m_edit;
    std::shared_ptr<const SearchMarks> m_searchMarks;
    std::optional<QPointF> m_hoverPos; // where the mouse is over the view, for Insert
    QTimer *m_edgeScroll = nullptr;      // pans while an edit drag holds the mouse near a side
};

} // namespace dateline
