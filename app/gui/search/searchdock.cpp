#include "app/gui/search/searchdock.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/inspector/inspectorstyle.h"
#include "app/gui/search/searchresultdelegate.h"
#include "app/gui/search/searchresultmodel.h"
#include "app/gui/search/searchrunner.h"
#include "app/gui/timelineview.h"
#include "app/gui/windowmenus.h"
#include "core/date/calendar.h"
#include "core/date/fuzzydate.h"
#include "core/store/document.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dateline {

namespace {

constexpr int kTypingDelayMs = 180;

TimePoint dayStart(TimePoint t)
{
    const TimePoint day = t >= 0 ? t / kSecondsPerDay : (t + 1) / kSecondsPerDay - 1;
    return day * kSecondsPerDay;
}

} // namespace

SearchDock::SearchDock(DocumentController *controller, TimelineView *timeline, QWidget *parent)
    : QDockWidget(tr("Search"), parent), m_controller(controller), m_timeline(timeline),
      m_runner(new SearchRunner(this)), m_field(new QLineEdit), m_status(new QLabel), m_list(new QListView),
      m_model(new SearchResultModel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDock"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 4);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->setPlaceholderText(tr("Search titles, descriptions, quotes, names   (\"a phrase\", OR, NOT, prefix*)"));
    m_status->setTextFormat(Qt::PlainText); // error messages quote what was typed
    m_status->setWordWrap(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    setWidget(body);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kTypingDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDock::searchNow);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive())
            searchNow();
        else
            step(+1);
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_runner, &SearchRunner::finished, this, &SearchDock::showOutcome);
    connect(m_runner, &SearchRunner::marksReady, this, &SearchDock::showMarks);

    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &SearchDock::open);
    m_next = new QAction(tr("Find Ne&xt"), this);
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });
    m_previous = new QAction(tr("Find Pre&vious"), this);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &SearchDock::closeSearch,
                                 Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(escape);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && !isVisible()) // closed (not just tabbed away): the marks go with it
            Q_EMIT marksChanged(nullptr);
        else if (visible && !m_field->text().trimmed().isEmpty())
            searchNow();
    });
    connect(m_controller, &DocumentController::documentChanged, this, &SearchDock::documentChanged);
    connect(m_controller, &DocumentController::documentEdited, this, [this] {
        m_count.forget();
        if (isVisible() && !m_field->text().trimmed().isEmpty())
            m_debounce->start(); // the hits may have changed
    });
    documentChanged();
}

SearchDock::~SearchDock() = default;

SearchDock *SearchDock::install(QMainWindow *window, DocumentController *controller, TimelineView *timeline,
                               const WindowMenus &menus)
{
    auto *dock = new SearchDock(controller, timeline, window);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    if (menus.edit) {
        menus.edit->addSeparator();
        menus.edit->addActions({dock->m_find, dock->m_next, dock->m_previous});
    }
    window->addActions({dock->m_find, dock->m_next, dock->m_previous});
    return dock;
}

QString SearchDock::status() const
{
    return m_status->text();
}

void SearchDock::open()
{
    // Opened beside the views, wide enough for a hit's date, title and passage, the timeline keeping
    // its height (under it, the list took the window's width for a few lines); a column the
    // Inspector shares keeps its width. Moved under or above the views, it takes a quarter of the
    // height at most.
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()); window && !isVisible()) {
        show();
        const Qt::DockWidgetArea area = window->dockWidgetArea(this);
        const QList<QDockWidget *> tabs = window->tabifiedDockWidgets(this);
        const bool shared =
            std::any_of(tabs.begin(), tabs.end(), [](QDockWidget *d) { return d->toggleViewAction()->isChecked(); });
        if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea) {
            if (!shared && !isFloating())
                window->resizeDocks({this}, {std::min(window->width() / 3, fontMetrics().averageCharWidth() * 60)},
                                    Qt::Horizontal);
        } else {
            window->resizeDocks({this}, {std::min(window->height() / 4, fontMetrics().height() * 12)}, Qt::Vertical);
        }
    }
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchDock::closeSearch()
{
    hide();
    Q_EMIT marksChanged(nullptr);
    if (m_timeline)
        m_timeline->setFocus(Qt::ShortcutFocusReason);
}

void SearchDock::setMarkLimit(std::int64_t limit)
{
    m_runner->setMarkLimit(limit);
}

void SearchDock::searchNow()
{
    m_debounce->stop();
    m_marksPending = true;
    m_runner->search(m_field->text());
}

void SearchDock::documentChanged()
{
    m_runner->setDocument(m_controller->document());
    m_count.forget();
    m_model->setHits({});
    m_order.clear();
    m_status->clear();
    Q_EMIT marksChanged(nullptr);
    if (isVisible() && !m_field->text().trimmed().isEmpty())
        searchNow();
}

void SearchDock::showOutcome(const SearchOutcome &outcome)
{
    const SearchResults &r = outcome.results;
    const SearchCount::Shown count = m_count.show(outcome.text, r.total, r.totalIsLowerBound);
    const QLocale locale;
    if (!r.error.isEmpty()) {
        m_status->setText(r.error);
    } else if (outcome.text.trimmed().isEmpty()) {
        m_status->clear();
    } else if (r.total == 0) {
        m_status->setText(tr("No events match."));
    } else if (count.isLowerBound) {
        m_status->setText(tr("More than %1 events match; the first %2 in time order are listed.")
                              .arg(locale.toString(qlonglong(count.total)), locale.toString(qlonglong(r.hits.size()))));
    } else if (r.total > qint64(r.hits.size())) {
        m_status->setText(tr("%1 events match; the first %2 in time order are listed.")
                              .arg(locale.toString(qlonglong(r.total)), locale.toString(qlonglong(r.hits.size()))));
    } else {
        m_status->setText(r.total == 1 ? tr("1 event matches.") : tr("%1 events match.").arg(locale.toString(qlonglong(r.total))));
    }
    QPalette palette = m_status->parentWidget() ? m_status->parentWidget()->palette() : QPalette();
    if (!r.error.isEmpty()) // readable on the window colour, light or dark
        palette.setColor(QPalette::WindowText, inspector::warningColor(palette));
    m_status->setPalette(palette);
    m_model->setHits(r.hits);
    m_total = count.total;
    m_totalIsLowerBound = count.isLowerBound;
    if (!r.error.isEmpty() || outcome.text.trimmed().isEmpty()) {
        m_order.clear();
        m_marksPending = false;
        Q_EMIT marksChanged(nullptr);
        Q_EMIT searched();
    }
}

void SearchDock::showMarks(quint64, const std::vector<SearchMark> &marks)
{
    m_marksPending = false;
    auto shown = std::make_shared<SearchMarks>();
    m_order.clear();
    m_order.reserve(marks.size());
    shown->events.reserve(marks.size());
    for (const SearchMark &m : marks) { // day by day: the order F3 steps in
        m_order.push_back(m.event);
        shown->events.push_back(m.event);
        if (shown->days.empty() || shown->days.back() != m.day)
            shown->days.push_back(m.day);
    }
    std::sort(shown->events.begin(), shown->events.end());
    const auto markCount = std::int64_t(marks.size());
    if (markCount > 0 && markCount >= m_runner->markLimit() && (m_totalIsLowerBound || m_total > markCount)) {
        // The marks stop at the limit: said, or the timeline looks as if the word stopped there.
        const CivilDate last = calendar::civilFromDays(calendar::floorDiv(marks.back().day, kSecondsPerDay));
        const QString day = FuzzyDate::fromDay(last).toDisplayString();
        m_status->setText(markCount == 1
                              ? tr("%1 Only the first is marked on the timeline, on %2.").arg(m_status->text(), day)
                              : tr("%1 Only the first %2 are marked on the timeline, up to %3.")
                                    .arg(m_status->text(), QLocale().toString(qlonglong(markCount)), day));
    }
    Q_EMIT marksChanged(shown->isEmpty() ? nullptr : std::shared_ptr<const SearchMarks>(shown));
    Q_EMIT searched();
}

void SearchDock::step(int direction)
{
    if (!isVisible()) {
        open();
        return;
    }
    if (m_debounce->isActive())
        searchNow();
    // The listed hits are in exact time order; past them, the marks day by day.
    std::vector<EventId> order = m_order;
    if (order.empty()) {
        for (const SearchHit &h : m_model->hits())
            order.push_back(h.event);
    }
    if (order.empty())
        return;
    const EventId current = m_controller->currentEvent();
    std::ptrdiff_t pos = -1;
    const auto found = std::find(order.begin(), order.end(), current);
    if (found != order.end()) {
        pos = (found - order.begin()) + direction;
    } else if (const Document *doc = m_controller->document(); doc && current.isValid()) {
        // Not a hit: the first hit on or after its day (the last on or before, going back).
        const std::optional<Event> e = doc->event(current);
        const TimePoint day = e && e->date.isValid() ? dayStart(sortTime(e->date.bounds())) : kTimeMax;
        pos = direction > 0 ? 0 : std::ptrdiff_t(order.size()) - 1;
        for (std::size_t i = 0; i < m_model->hits().size() && i < order.size(); ++i) {
            const SearchHit &h = m_model->hits()[i];
            const TimePoint d = h.date.isValid() ? dayStart(sortTime(h.date.bounds())) : kTimeMax;
            if (direction > 0 && d >= day) {
                pos = std::ptrdiff_t(i);
                break;
            }
            if (direction < 0 && d <= day)
                pos = std::ptrdiff_t(i);
        }
    } else {
        pos = direction > 0 ? 0 : std::ptrdiff_t(order.size()) - 1;
    }
    const auto n = std::ptrdiff_t(order.size());
    pos = ((pos % n) + n) % n; // wraps around at either end
    goTo(order[std::size_t(pos)]);
}

void SearchDock::activateRow(int row)
{
    if (row >= 0 && row < int(m_model->hits().size()))
        goTo(m_model->hits()[std::size_t(row)].event);
}

void SearchDock::goTo(EventId id)
{
    m_controller->setCurrentEvent(id);
    if (m_timeline) {
        if (const Document *doc = m_controller->document()) {
            if (const std::optional<Event> e = doc->event(id); e && e->date.isValid()) {
                const TimePoint t = sortTime(e->date.bounds());
                m_timeline->goToTime(t, t); // centred, at the current zoom
            }
        }
    }
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    else
        m_list->clearSelection();
}

} // namespace dateline
