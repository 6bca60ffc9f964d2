#include "app/gui/timelineview.h"

#include "core/edit/documentchange.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/datefield.h"
#include "app/gui/search/searchmarks.h"
#include "app/gui/timelinenavigation.h"
#include "app/gui/timelineviewsettings.h"
#include "core/index/timeindex.h"
#include "core/store/document.h"

#include <QAction>
#include <QDateTime>
#include <QInputDialog>
#include <QPainter>
#include <QTimer>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace dateline {

namespace Nav = TimelineNavigation;

namespace {

constexpr double kZoomStep = 1.5;
constexpr double kPanFraction = 0.2;
constexpr qint64 kBackgroundLoadEvents = 50000;

QString defaultDatePrompt(QWidget *parent, const QString &message, const QString &text)
{
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, TimelineView::tr("Go to Date"), message,
                                                 QLineEdit::Normal, text, &ok);
    return ok ? answer : QString();
}

} // namespace

TimelineView::TimelineView(DocumentController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_vbar(new QScrollBar(Qt::Vertical, this))
    , m_painter(&m_cache)
    , m_datePrompt(&defaultDatePrompt)
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 160);
    m_viewport.size = size();
    LayoutOptions options;
    // A fourth row per lane leaves room for quote callouts under second-row events.
    options.rowsPerLane = 4;
    // Text not yet cached is fetched and shaped for a bounded time per frame; the rest of the
    // labels follow in the next frames (see paintEvent), so zooming keeps its frame rate.
    options.textBudgetMs = LayoutOptions::kInteractiveTextBudgetMs;
    options.headerWidth = TimelineViewSettings::headerWidth();
    m_model.setOptions(options);
    m_model.setBackgroundLoadThreshold(kBackgroundLoadEvents);
    RenderCache::preloadFonts(options.fonts()); // once, here, rather than in a frame
    m_vbar->setObjectName(QStringLiteral("laneScrollBar"));
    m_vbar->setFocusPolicy(Qt::NoFocus); // the keys stay with the timeline
    m_vbar->hide();
    connect(m_vbar, &QScrollBar::valueChanged, this, &TimelineView::scrollBarMoved);
    createActions();
    createEditActions();
    updatePalette();
    connect(controller, &DocumentController::documentOpened, this, [this] {
        m_fitPending = true;
        m_lanesPending = true;
        m_userMoved = false; // where the last document was looked at says nothing about this one
    });
    connect(&m_model, &TimelineModel::indexLoaded, this, &TimelineView::installIndex);
    // The document itself is open, so this is rare: show what there is.
    connect(&m_model, &TimelineModel::loadFailed, this, &TimelineView::indexLoadFailed);
    connect(controller, &DocumentController::documentChanged, this, &TimelineView::reloadDocument);
    connect(controller, &DocumentController::documentEdited, this, &TimelineView::documentEdited);
    connect(controller, &DocumentController::documentAboutToClose, &m_model, &TimelineModel::storePatchedIndex);
    connect(controller, &DocumentController::currentEventChanged, this, &TimelineView::currentEventChanged);
    connect(controller, &DocumentController::selectionChanged, this, &TimelineView::selectionChanged);
    reloadDocument();
}

TimelineView::~TimelineView() = default;

void TimelineView::createActions()
{
    const auto add = [this](Command command, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        // WidgetShortcut: the keys act only while the timeline has focus, so they never steal
        // arrows or Tab from the table. keyPressEvent/event() handle the same keys as a fallback.
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions[std::size_t(command)] = a;
        return a;
    };
    add(Command::ZoomIn, tr("Zoom &In"), QKeySequence(Qt::Key_Plus), [this] { zoomIn(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    add(Command::ZoomOut, tr("Zoom &Out"), QKeySequence(Qt::Key_Minus), [this] { zoomOut(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    add(Command::Fit, tr("&Fit All Events"), QKeySequence(Qt::Key_F), [this] { fitAll(); })
        ->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    add(Command::GoToStart, tr("Go to &Start"), QKeySequence(Qt::Key_Home), [this] { goToStart(); });
    add(Command::GoToEnd, tr("Go to &End"), QKeySequence(Qt::Key_End), [this] { goToEnd(); });
    add(Command::GoToDate, tr("&Go to Date…"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { goToDate(); })
        ->setShortcutContext(Qt::WindowShortcut); // useful from the table too
    add(Command::NextEvent, tr("&Next Event"), QKeySequence(Qt::Key_Tab), [this] { selectNextEvent(); });
    // Shown as Shift+Tab (Shift+Backtab read oddly); the key itself arrives as Backtab (eventFilter).
    add(Command::PreviousEvent, tr("&Previous Event"), QKeySequence(Qt::SHIFT | Qt::Key_Tab),
        [this] { selectPreviousEvent(); });
    add(Command::PanLeft, tr("Pan Lef&t"), QKeySequence(Qt::Key_Left), [this] { panBy(width() * kPanFraction); });
    add(Command::PanRight, tr("Pan &Right"), QKeySequence(Qt::Key_Right),
        [this] { panBy(-width() * kPanFraction); });
}

void TimelineView::reloadDocument()
{
    const Document *document = m_controller->document();
    m_model.setSelected(m_controller->currentEvent());
    cancelEditDrag(); // what it previews may no longer be there
    selectionChanged();
    // Closed or another document: the old index is meaningless. Otherwise it stays in view until
    // the new one is there (installIndex() follows, at once or after a background load).
    m_model.setDocument(document, !document || m_fitPending ? TimelineModel::IndexReuse::Drop
                                                            : TimelineModel::IndexReuse::KeepUntilLoaded);
    changed();
}

// An edit patches the index in place (milliseconds at a million events) rather than reloading it.
// The current event, in view before the edit and out of it after (a year typed in the Inspector,
// an undo), is followed: the view stayed where it was and the event seemed gone.
void TimelineView::documentEdited(const DocumentChange &change)
{
    const EventId current = m_controller->currentEvent();
    const bool wasInView = isInView(current);
    if (!m_model.apply(change)) {
        reloadDocument();
        return;
    }
    m_model.setSelected(current);
    if (wasInView && std::ranges::find(change.eventsChanged, current) != change.eventsChanged.end() &&
        !isInView(current))
        revealEvent(current, Scroll::Both);
    changed();
}

bool TimelineView::isInView(EventId id) const
{
    const std::optional<std::uint32_t> ordinal = m_model.index() && id.isValid() ? m_model.index()->ordinalOf(id)
                                                                                 : std::nullopt;
    if (!ordinal)
        return false;
    const QRectF area = laneArea();
    const auto [from, to] = Nav::finiteSpan(*m_model.index(), *ordinal);
    return m_viewport.scale.toX(to) >= area.left() && m_viewport.scale.toX(from) <= area.right();
}

void TimelineView::installIndex()
{
    if (m_lanesPending) {
        m_lanesPending = false;
        restoreLanes();
    }
    if (m_fitPending) {
        m_fitPending = false;
        m_viewport.scrollY = 0;
        syncScrollBar(); // first: whether the bar shows decides the width to fit
        if (!m_userMoved) // a date gone to, a zoom or --view while a large index loaded stays
            fitAll();
    }
    changed();
}

void TimelineView::setIndexFilter(TimelineModel::IndexFilter filter)
{
    m_model.setIndexFilter(std::move(filter));
    changed();
}

void TimelineView::refilter()
{
    m_model.refilter();
    changed();
}

bool TimelineView::isLoading() const
{
    return m_model.isLoading();
}

void TimelineView::setScale(const TimeScale &scale)
{
    m_viewport.scale = scale;
    userMoved();
}

void TimelineView::setPaletteMode(PaletteMode mode)
{
    m_paletteMode = mode;
    updatePalette();
}

void TimelineView::setDatePrompt(DatePrompt prompt)
{
    m_datePrompt = prompt ? std::move(prompt) : DatePrompt(&defaultDatePrompt);
}

void TimelineView::updatePalette()
{
    bool dark = m_paletteMode == PaletteMode::Dark;
    if (m_paletteMode == PaletteMode::System)
        dark = palette().color(QPalette::Window).lightness() < 128;
    m_model.setPalette(dark ? Palette::dark() : Palette::light());
    changed();
}

void TimelineView::changed()
{
    m_layoutDirty = true;
    syncScrollBar();
    update();
}

void TimelineView::userMoved()
{
    m_userMoved = true;
    changed();
}

const Layout &TimelineView::currentLayout()
{
    if (m_layoutDirty || m_viewport.size != viewSize()) {
        m_viewport.size = viewSize();
        m_model.setToday(QDateTime::currentSecsSinceEpoch());
        m_layout = Layout::compute(m_viewport, m_model.scene(), &m_cache);
        m_layoutDirty = false;
    }
    return m_layout;
}

QRectF TimelineView::laneArea() const
{
    const LayoutOptions &o = m_model.options();
    const QSizeF view = viewSize();
    return QRectF(o.headerWidth, o.axisHeight, std::max(1.0, view.width() - o.headerWidth),
                  std::max(1.0, view.height() - o.axisHeight - std::max(0.0, o.overviewHeight)));
}

void TimelineView::setSearchMarks(std::shared_ptr<const SearchMarks> marks)
{
    m_searchMarks = std::move(marks);
    update();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    const Layout &layout = currentLayout();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_painter.paint(painter, layout, m_model.palette());
    if (m_searchMarks)
        paintSearchMarks(painter, layout, *m_searchMarks);
    if (m_edit)
        m_edit->paint(painter, layout, m_model.palette());
    if (layout.textPending) {
        QTimer::singleShot(0, this, [this] {
            m_layoutDirty = true;
            update();
        });
    }
    if (!m_vbar->isHidden()) { // the corners beside the axis and the overview band
        const double x = layout.viewport.size.width();
        painter.fillRect(QRectF(x, 0, width() - x, layout.laneArea.top()), m_model.palette().axisBackground);
        painter.fillRect(QRectF(x, layout.laneArea.bottom(), width() - x, height() - layout.laneArea.bottom()),
                         m_model.palette().overviewBackground);
    }
    if (isRegrouping())
        paintRegroupingVeil(painter, layout);
    if (!m_model.index()) {
        painter.setPen(m_model.palette().mutedText);
        painter.drawText(layout.laneArea, Qt::AlignCenter, isLoading() ? tr("Loading…") : tr("No document open"));
    } else if (m_model.index()->eventCount() == 0) {
        painter.setPen(m_model.palette().mutedText);
        const bool filtered = m_model.fullIndex() && m_model.fullIndex()->eventCount() > 0;
        const QString empty = m_controller->isReadOnly()
                                  ? tr("No dated events yet")
                                  : tr("No dated events yet\nInsert (or Edit > New Event) adds one; File > Import… and "
                                       "Add from Article… bring many");
        painter.drawText(layout.laneArea, Qt::AlignCenter, filtered ? tr("No dated event matches the filters") : empty);
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    syncScrollBar();
    if (!m_userMoved)
        fitAll();
    changed();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updatePalette();
    QWidget::changeEvent(event);
}

void TimelineView::zoomBy(double factor, double x)
{
    m_viewport.scale.zoomAround(x, factor);
    userMoved();
}

void TimelineView::zoomIn()
{
    zoomBy(1 / kZoomStep, laneArea().center().x());
}

void TimelineView::zoomOut()
{
    zoomBy(kZoomStep, laneArea().center().x());
}

void TimelineView::panBy(double dx)
{
    m_viewport.scale.pan(dx);
    userMoved();
}

void TimelineView::fitAll()
{
    const QRectF area = laneArea();
    // Filters that hide every event leave the document's own span in view (not a year around
    // today), so that the events are where they were when a filter goes.
    const TimeIndex *shown = m_model.index() && m_model.index()->eventCount() ? m_model.index() : m_model.fullIndex();
    if (!shown || shown->eventCount() == 0) {
        const TimePoint now = QDateTime::currentSecsSinceEpoch();
        m_viewport.scale = Nav::fitting(now - 365 * kSecondsPerDay, now + 365 * kSecondsPerDay, area);
    } else {
        const auto [from, to] = Nav::fitSpan(*shown);
        // More room on the right: labels and callouts run to the right of their markers.
        m_viewport.scale = TimeScale::fitting(from, to, area.left() + area.width() * 0.03,
                                              area.right() - area.width() * 0.12);
    }
    m_userMoved = false; // until the user moves, resizing keeps everything in view
    changed();
}

void TimelineView::goToStart()
{
    if (!m_model.index() || m_model.index()->eventCount() == 0)
        return;
    const QRectF area = laneArea();
    m_viewport.scale.centerOn(m_model.index()->earliest(), area.left() + area.width() * 0.05);
    userMoved();
}

void TimelineView::goToEnd()
{
    if (!m_model.index() || m_model.index()->eventCount() == 0)
        return;
    const QRectF area = laneArea();
    m_viewport.scale.centerOn(m_model.index()->latest(), area.right() - area.width() * 0.05);
    userMoved();
}

void TimelineView::goToTime(TimePoint t, TimePoint end)
{
    const QRectF area = laneArea();
    if (double(end - t) / m_viewport.scale.secondsPerPixel() > area.width() * 0.9)
        m_viewport.scale = Nav::fitting(t, end, area);
    else
        m_viewport.scale.centerOn(t + (end - t) / 2, area.center().x());
    userMoved();
}

void TimelineView::showRange(TimePoint from, TimePoint to)
{
    m_viewport.scale = Nav::fitting(from, std::max(to, from + 1), laneArea(), 0.02);
    userMoved();
}

void TimelineView::goToDate()
{
    QString message = tr("Date, e.g. 26 Mar 2008, March 2008, 2008-03-26, 1917 or 100 BC; a range such as 1914-1918 is shown whole:");
    QString text;
    for (;;) {
        text = m_datePrompt(this, message, text);
        if (text.isNull())
            return;
        QString error;
        const FuzzyDate date = DateField::parse(text.trimmed(), &error); // EDTF or as people write it
        if (date.isValid()) {
            // What was typed, at its own precision: a range ("1914-1918") whole, a year or a month
            // filling the view, a day with three days either side at day scale. (Re-centring at the
            // zoom in use showed nothing of a day typed at decade zoom.)
            const auto [from, to] = Nav::finiteSpan(date.bounds());
            const TimePoint context = to - from <= kSecondsPerDay ? 3 * kSecondsPerDay : 0;
            m_viewport.scale = Nav::fitting(from - context, to + context, laneArea(), 0.05);
            userMoved();
            return;
        }
        message = tr("“%1” is not a date: %2\n\nDate:").arg(text, error);
    }
}

void TimelineView::zoomToEvent(EventId id)
{
    const std::optional<std::uint32_t> ordinal = m_model.index() ? m_model.index()->ordinalOf(id) : std::nullopt;
    if (!ordinal)
        return;
    const auto [from, to] = Nav::finiteSpan(*m_model.index(), *ordinal);
    m_viewport.scale = Nav::fitting(from, to, laneArea(), 0.15);
    userMoved();
    ensureEventVisible(id);
}

void TimelineView::ensureEventVisible(EventId id)
{
    revealEvent(id, Scroll::Both);
}

void TimelineView::revealEvent(EventId id, Scroll scroll)
{
    const std::optional<std::uint32_t> ordinal = m_model.index() ? m_model.index()->ordinalOf(id) : std::nullopt;
    if (!ordinal)
        return;
    const QRectF area = laneArea();
    const auto [from, to] = Nav::finiteSpan(*m_model.index(), *ordinal);
    if (!isInView(id)) {
        m_viewport.scale.centerOn(from + (to - from) / 2, area.center().x());
        m_userMoved = true;
    }
    const auto lane = scroll == Scroll::Both ? Nav::laneOfEvent(*m_model.index(), m_model.laneState(), m_model.options(), *ordinal)
                                             : std::nullopt;
    if (lane)
        m_viewport.scrollY = Nav::scrollToShow(m_viewport.scrollY, lane->top, lane->height, area.height());
    changed();
}

void TimelineView::currentEventChanged(EventId id)
{
    m_model.setSelected(id);
    // The initial pick when a document opens leaves the lanes at the top.
    if (id.isValid())
        revealEvent(id, m_controller->currentEventOrigin() == DocumentController::SelectionOrigin::Automatic
                            ? Scroll::HorizontalOnly : Scroll::Both);
    changed();
}

} // namespace dateline
