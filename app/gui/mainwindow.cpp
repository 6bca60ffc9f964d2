#include "app/gui/mainwindow.h"

#include "core/edit/documentchange.h"
#include "core/model/untrustedtext.h"

#include "app/gui/articleimport.h"
#include "app/gui/plaintext.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/documentsummary.h"
#include "app/gui/editactions.h"
#include "app/gui/eventdetailpane.h"
#include "app/gui/eventtablemodel.h"
#include "app/gui/filters/filterchipbar.h"
#include "app/gui/filters/filtercontroller.h"
#include "app/gui/exportactions.h"
#include "app/gui/importactions.h"
#include "app/gui/history/historydock.h"
#include "app/gui/library/librarydock.h"
#include "app/gui/readonlybanner.h"
#include "app/gui/shortcutsdialog.h"
#include "app/gui/recentfiles.h"
#include "app/gui/search/searchdock.h"
#include "app/gui/inspector/inspectordock.h"
#include "app/gui/timelinetoolbar.h"
#include "app/gui/timelineview.h"
#include "app/gui/userguide.h"
#include "app/gui/views/savedviewactions.h"
#include "app/gui/windowmenus.h"
#include "core/store/document.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QResizeEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dateline {

namespace {

const QString kFileFilter = QStringLiteral("Dateline documents (*.dateline);;All files (*)");

QString startDirectory()
{
    // the last directory used, else Documents, else home: a directory that is gone (or a Documents
    // folder that was never made) would open the dialog elsewhere with its name as the file name
    for (const QString &dir : {QSettings().value(QStringLiteral("files/lastDirectory")).toString(),
                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)})
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    return QDir::homePath();
}

void rememberDirectory(const QString &file)
{
    // (not the sample's: it lives in the application's data directory, where no user file is)
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(DocumentController::samplePath()).absoluteFilePath())
        return;
    QSettings().setValue(QStringLiteral("files/lastDirectory"), QFileInfo(file).absolutePath());
}

// 1: the search dock is on the right, a tab beside the Inspector (it was under the views).
constexpr int kLayoutVersion = 1;

} // namespace

MainWindow::MainWindow(DocumentController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_model(new EventTableModel(this))
{
    createCentralArea();
    createActions();
    connectController();
    restoreSettings();
    reloadDocument();
}

MainWindow::~MainWindow()
{
    // The views hold plain pointers into the document the controller may outlive us with.
    m_detail->setDocument(nullptr);
    m_model->setDocument(nullptr);
}

void MainWindow::setTimelineWidget(QWidget *widget)
{
    // Two thirds of the height, and of any height added, for the timeline: the table below it
    // holds a dozen rows (the sample has six). A saved split replaces this.
    m_viewSplitter->insertWidget(0, widget);
    m_viewSplitter->setStretchFactor(0, 2);
    m_viewSplitter->setStretchFactor(1, 1);
    m_viewSplitter->setSizes({2000, 1000});
}

void MainWindow::createCentralArea()
{
    // The timeline (and its filter chips) above the events table, the detail pane beside them.
    m_viewSplitter = new QSplitter(Qt::Vertical);
    m_viewSplitter->setObjectName(QStringLiteral("viewSplitter"));
    m_viewSplitter->setChildrenCollapsible(false);
    m_viewSplitter->addWidget(createEventTable());
    createTimeline(); // (setTimelineWidget puts it above the table)
    createDetailPane();

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_viewSplitter);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setSizes({1000, 400});
    m_mainSplitter->setCollapsible(0, false);
    m_mainSplitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(m_mainSplitter);

    m_inspector = new InspectorDock(m_controller, this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addWidget(m_summary, 1);
}

QWidget *MainWindow::createEventTable()
{
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by title or actor (Ctrl+Shift+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_model, &EventTableModel::scheduleFilterText);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("events"));
    m_table->setModel(m_model); // sorts and filters itself: a proxy would read every row
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A click picks one event; Shift, Ctrl and Ctrl+A select several, which become the
    // controller's selection (read from the selection's row ranges: Ctrl+A on a million rows is
    // one range, never a list of a million indexes). Delete acts on them within its limit.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the detail pane
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(EventTableModel::DateColumn, 130);
    header->resizeSection(EventTableModel::ActorsColumn, 200);
    header->resizeSection(EventTableModel::TypeColumn, 190);
    header->resizeSection(EventTableModel::QuotesColumn, 64);
    // The row the user picks, by click or keys (selected, then made current: both are read).
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::tableSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::tableSelectionChanged);
    // A new document, sort or filter: the selection stays selected and the current event in sight.
    const auto followRows = [this] {
        showSelectionInTable();
        updateStatus();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, followRows);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, followRows);
    // A big document sorts on a worker thread: the table stays usable in its old order meanwhile.
    connect(m_model, &EventTableModel::sortingChanged, this, [this](bool sorting) {
        if (sorting)
            m_table->viewport()->setCursor(Qt::BusyCursor);
        else
            m_table->viewport()->unsetCursor();
        updateStatus();
    });

    auto *tableArea = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_table);
    return tableArea;
}

// The filters, the timeline view with its chip bar, and its toolbar.
void MainWindow::createTimeline()
{
    // Before the timeline: it follows an edit (patches its facets) before the view re-filters.
    m_filters = new FilterController(m_controller, this);
    auto updateTableFilter = [this] { m_model->setEventFilter(m_filters->eventPredicate()); };
    connect(m_filters, &FilterController::countsChanged, this, updateTableFilter);
    m_filters->setFirstKeptEvent([this] { return firstEvent(); });
    connect(m_filters, &FilterController::filterChanged, this, [this] {
        if (!m_filters->isActive()) // an active filter reaches the table when the timeline evaluates it
            m_model->setEventFilter({});
    });
    m_timeline = new TimelineView(m_controller);
    m_timeline->setIndexFilter([filters = m_filters](const std::shared_ptr<TimeIndex> &full) {
        return filters->filteredIndex(full);
    });
    connect(m_filters, &FilterController::filterChanged, m_timeline, &TimelineView::refilter);
    connect(m_filters, &FilterController::facetsChanged, m_timeline, &TimelineView::refilter);
    connect(m_timeline, &TimelineView::showInTableRequested, this, [this](EventId id) {
        if (id != m_controller->currentEvent())
            m_controller->setCurrentEvent(id);
        showSelectionInTable();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    auto *timelineArea = new QWidget;
    auto *timelineLayout = new QVBoxLayout(timelineArea);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(new FilterChipBar(m_filters, m_controller, timelineArea));
    timelineLayout->addWidget(m_timeline, 1);
    setTimelineWidget(timelineArea);
    addToolBar(Qt::TopToolBarArea, new TimelineToolBar(m_timeline, this));
}

void MainWindow::createDetailPane()
{
    m_detail = new EventDetailPane;
    m_detail->setObjectName(QStringLiteral("detailPane"));
    connect(m_detail, &EventDetailPane::eventActivated, m_controller, &DocumentController::setCurrentEvent);
    connect(m_filters, &FilterController::countsChanged, m_detail, [this](std::uint32_t hidden) {
        const Document *document = m_controller->document();
        m_detail->setAllHidden(hidden > 0 && document && hidden >= document->info().events);
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newDocument);
    newAction->setShortcut(QKeySequence::New);
    file->addAction(tr("New from &Article…"), this, [this] { newTimelineFromArticle(this, m_controller, startDirectory()); });
    file->addAction(addFromArticleAction(this, m_controller, startDirectory));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDocument);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    QAction *sample = file->addAction(tr("Open &Sample Timeline"), m_controller, &DocumentController::openSample);
    QAction *closeSection = file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), m_controller, &DocumentController::closeDocument);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("Fil&ter Events"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)); // Ctrl+F: Edit > Find (SearchDock)
    using Command = TimelineView::Command;
    edit->addSeparator();
    for (Command c : {Command::AddEvent, Command::DuplicateEvents, Command::RemoveEvents})
        edit->addAction(m_timeline->action(c)); // their keys work on the timeline; the menu anywhere
    // Ins, Ctrl+D and Del work in the table too (an action's key works where it is added).
    for (Command c : {Command::AddEvent, Command::DuplicateEvents, Command::RemoveEvents})
        m_table->addAction(m_timeline->action(c));
    edit->addActions({m_inspector->editEventAction(), m_inspector->pasteQuoteAction()});
    // A new event is called "New event" on today's month: the Inspector opens on it, its title
    // selected, so that it can be named at once rather than looked for under View.
    connect(m_timeline, &TimelineView::eventAdded, m_inspector->editEventAction(), &QAction::trigger);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (Command c : {Command::ZoomIn, Command::ZoomOut, Command::Fit})
        view->addAction(m_timeline->action(c));
    view->addSeparator();
    for (Command c : {Command::GoToStart, Command::GoToEnd, Command::GoToDate, Command::PanLeft, Command::PanRight})
        view->addAction(m_timeline->action(c));
    view->addSeparator();
    for (Command c : {Command::NextEvent, Command::PreviousEvent})
        view->addAction(m_timeline->action(c));
    view->addSeparator();
    view->addAction(m_inspector->toggleViewAction());

    const WindowMenus menus{file, closeSection, sample, edit, view};
    // File > Export…, Print…; Edit > Copy Image
    ExportActions::install({m_controller, m_timeline, m_model, this}, menus);
    ImportActions::install(this, m_controller, menus); // File > Import…, Export Data…; dropped files
    EditActions::install(this, m_controller, menus);   // Edit > Undo, Redo; File > Save a Copy…
    QDockWidget *history = HistoryDock::install(this, m_controller, menus); // View > History
    QDockWidget *library = LibraryDock::install(this, m_controller, menus); // actors, places, sources, eras
    // View > Saved Views, Save View As…, Bookmarks; the Views & Bookmarks dock. A view carries
    // the window's filter: it reads and sets the filter controller's.
    m_viewActions = SavedViewActions::install(this, m_controller, m_timeline, menus);
    m_viewActions->setFilterHook({[filters = m_filters] { return filters->filter(); },
                                  [filters = m_filters](const EventFilter &f) { filters->setFilter(f); }});
    m_search = SearchDock::install(this, m_controller, m_timeline, menus); // Edit > Find, F3, Shift+F3
    connect(m_search, &SearchDock::marksChanged, m_timeline, &TimelineView::setSearchMarks);
    placeDocks({m_inspector, history, library, m_search});
    ReadOnlyBanner::install(this, m_controller);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [this] { UserGuide::open(this); });
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { ShortcutsDialog(this).exec(); });
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addAction(tr("&About Dateline"), this, &MainWindow::showAbout);
    // Populated once so the recent menu is not an empty submenu before first use.
    populateRecentMenu();
}

// The docks that edit, and Search, share the right side as tabs, the first (the Inspector) in front,
// and start hidden: on first run the timeline, the table and the detail pane have the window, and
// the detail pane already shows what the Inspector would. View > Inspector (or Edit > Edit Event,
// F2), History, Library and Edit > Find bring them back; a saved layout (restoreSettings) replaces
// this one.
void MainWindow::placeDocks(const std::vector<QDockWidget *> &docks)
{
    for (std::size_t i = 1; i < docks.size(); ++i)
        tabifyDockWidget(docks.front(), docks[i]);
    docks.front()->raise();
    for (QDockWidget *dock : docks)
        dock->hide();
}

void MainWindow::connectController()
{
    connect(m_controller, &DocumentController::documentChanged, this, &MainWindow::reloadDocument);
    connect(m_controller, &DocumentController::documentEdited, this, &MainWindow::documentEdited);
    connect(m_controller, &DocumentController::documentOpened, this, &rememberDirectory);
    connect(m_controller, &DocumentController::currentEventChanged, this, [this](EventId id) {
        m_detail->setEvent(id);
        showSelectionInTable();
    });
    connect(m_controller, &DocumentController::selectionChanged, this, &MainWindow::showSelectionInTable);
}

void MainWindow::reloadDocument()
{
    const Document *document = m_controller->document();
    // Counts and extent are read once per document change, not on every filter keystroke.
    m_info = document ? document->info() : DocumentInfo{};
    m_model->setDocument(document);
    m_detail->setDocument(document);
    m_closeAction->setEnabled(document != nullptr);

    EventId current = m_controller->currentEvent();
    if (!current.isValid())
        current = firstEvent();
    if (current == m_controller->currentEvent()) {
        m_detail->setEvent(current);
        showSelectionInTable();
    } else {
        m_controller->setAutomaticCurrentEvent(current);
    }
    updateTitle();
    updateStatus();
}

// What a document opens on, so that the detail pane is never blank: the table's first row (the
// first event the filters keep).
EventId MainWindow::firstEvent() const
{
    return m_model->rowCount() > 0 ? m_model->eventAt(0) : EventId();
}

void MainWindow::documentEdited(const DocumentChange &change)
{
    const Document *document = m_controller->document();
    if (!document)
        return;
    // info() reads kept counts and two indexes (about a millisecond at a million events), so
    // the status bar's count and time extent are exact after every step.
    m_info = document->info();
    {
        // A table that loses rows moves its current row to a neighbour: that is not the user
        // picking it (deleting a selection made an unrelated event current and the timeline
        // scrolled away to it). The controller has chosen what is current; the table follows.
        const QScopedValueRollback<bool> syncing(m_syncingSelection, true);
        m_model->applyChange(change);
    }
    if (change.touches(EntityKind::Event) || change.touches(EntityKind::Quote) || change.touches(EntityKind::Relation)
        || change.touches(EntityKind::Actor) || change.touches(EntityKind::Source))
        m_detail->setEvent(m_controller->currentEvent());
    showSelectionInTable();
    updateTitle();
    updateStatus();
}

void MainWindow::showSelectionInTable()
{
    if (m_selectingFromTable)
        return;
    const QScopedValueRollback<bool> syncing(m_syncingSelection, true);
    const EventId current = m_controller->currentEvent();
    const std::vector<EventId> ids = m_controller->eventsToActOn();
    const int currentRow = m_model->rowOf(current);
    std::vector<int> rows;
    if (ids.size() == 1) {
        rows.push_back(ids.front() == current ? currentRow : m_model->rowOf(ids.front()));
    } else if (ids.size() > 1) { // one pass over the rows, not a search per id
        QSet<qint64> wanted;
        for (const EventId id : ids)
            wanted.insert(id.value);
        const std::vector<EventId> &visible = m_model->visibleIds();
        for (std::size_t r = 0; r < visible.size(); ++r) {
            if (wanted.contains(visible[r].value))
                rows.push_back(int(r));
        }
    }
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] < 0)
            continue;
        std::size_t j = i; // runs of consecutive rows as one range
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_model->index(rows[i], 0), m_model->index(rows[j], lastColumn));
        i = j;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (currentRow >= 0) {
        model->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
        m_table->scrollTo(m_model->index(currentRow, 0));
    }
}

void MainWindow::tableSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QItemSelectionModel *model = m_table->selectionModel();
    const QModelIndex current = m_table->currentIndex();
    const std::vector<EventId> ids = selectedTableEvents();
    const EventId currentId(current.isValid() ? current.data(EventTableModel::EventIdRole).toLongLong() : 0);
    // A current row left unselected beside at most one selected row (Ctrl+End reaches a row
    // without selecting it) is the one event, unless the view selects it as it finishes its
    // change of the rows (a click makes a row current first). Rows a Ctrl+click leaves selected
    // stay the selection.
    if (current.isValid() && !model->isRowSelected(current.row(), {}) && ids.size() <= 1) {
        QMetaObject::invokeMethod(
            this,
            [this, currentId] {
                const QModelIndex now = m_table->currentIndex();
                if (now.isValid() && !m_table->selectionModel()->isRowSelected(now.row(), {})
                    && now.data(EventTableModel::EventIdRole).toLongLong() == currentId.value)
                    m_controller->setCurrentEvent(currentId);
            },
            Qt::QueuedConnection);
        return;
    }
    if (ids.size() == 1) {
        if (ids.front() != m_controller->currentEvent() || m_controller->selection().size() > 1)
            m_controller->setCurrentEvent(ids.front());
        return;
    }
    if (ids.empty())
        return;
    // Several rows: the controller's selection, the table's current row its current event (the
    // controller makes the first id current when its current one is not among them).
    std::vector<EventId> selection = ids;
    const auto at = std::find(selection.begin(), selection.end(), currentId);
    if (at != selection.end())
        std::iter_swap(selection.begin(), at);
    const QScopedValueRollback<bool> fromTable(m_selectingFromTable, true); // the rows are already shown
    if (currentId.isValid() && at != selection.end() && currentId != m_controller->currentEvent())
        m_controller->setCurrentEvent(currentId); // then the selection around it (setSelection keeps it)
    m_controller->setSelection(selection);
}

std::vector<EventId> MainWindow::selectedTableEvents() const
{
    const std::vector<EventId> &visible = m_model->visibleIds();
    const QItemSelection selection = m_table->selectionModel()->selection();
    std::vector<int> rows;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom() && row < int(visible.size()); ++row)
            rows.push_back(row);
    }
    if (selection.size() > 1) { // ranges of single cells or rows may overlap
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    }
    std::vector<EventId> ids;
    ids.reserve(rows.size());
    for (const int row : rows)
        ids.push_back(visible[std::size_t(row)]);
    return ids;
}

void MainWindow::updateTitle()
{
    QString title = tr("Dateline");
    if (m_controller->hasDocument()) {
        QString name = m_controller->displayName();
        if (m_controller->document()->isReadOnly())
            name += tr(" (read-only)");
        // The document's title is untrusted: one line, and an override in it (or an Arabic title
        // read as the start of a right-to-left line) cannot turn " — Dateline" around.
        title = leftToRight(tr("%1 — Dateline").arg(isolated(oneLine(name))));
    }
    setWindowTitle(title);
}

void MainWindow::updateStatus()
{
    const Document *document = m_controller->document();
    QString text = document ? documentSummary(m_info, m_model->rowCount()) : tr("No document open");
    if (document && m_model->isSorting())
        text += tr(" — sorting…");
    m_summary->setText(text);
}

void MainWindow::newDocument()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Timeline"), startDirectory(), kFileFilter,
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dateline");
    // Document::create refuses an existing file, and says so: we never overwrite a document.
    m_controller->newDocument(path);
}

void MainWindow::openDocument()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Timeline"), startDirectory(), kFileFilter);
    if (!path.isEmpty())
        m_controller->openDocument(path);
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_controller->recentFiles().files();
    const QStringList labels = recentFileLabels(files); // two short.dateline: their folders too
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QString name = labels.at(i);
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(
            i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name, m_controller,
            [this, path] { m_controller->openDocument(path); });
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this,
                                             [this] { m_controller->recentFiles().clear(); });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dateline"),
                       tr("<h3>Dateline %1</h3><p>Dated diplomatic events, their sources and "
                          "verbatim quotes, on a timeline.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // Room for the timeline, the table, the detail pane and the editing docks side by side.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_viewSplitter->restoreState(settings.value(QStringLiteral("viewSplitter")).toByteArray());
    // A layout saved before version 1 kept the search under the views, as wide as the window and
    // taking the timeline's height: it moves beside the Inspector, the rest stays as it was left.
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    if (!restoreState(state, kLayoutVersion) && restoreState(state, 0)
        && dockWidgetArea(m_search) == Qt::BottomDockWidgetArea) {
        if (dockWidgetArea(m_inspector) == Qt::RightDockWidgetArea && !m_inspector->isFloating())
            tabifyDockWidget(m_inspector, m_search);
        else
            addDockWidget(Qt::RightDockWidgetArea, m_search);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState(kLayoutVersion));
    if (!m_detailFolded) // folded for a narrow window only: the next, wider one shows it
        settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("viewSplitter"), m_viewSplitter->saveState());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitDetailPane();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // once the layout has given the splitter its width
    QMetaObject::invokeMethod(this, &MainWindow::fitDetailPane, Qt::QueuedConnection);
}

// At 800 pixels the docks and the detail pane left the timeline some 60 pixels. The detail pane
// shows what the Inspector shows too, so it folds away while the central area is narrow, and
// comes back when the window is widened again (a pane the user folded stays folded).
void MainWindow::fitDetailPane()
{
    constexpr int kNarrow = 760; // central width below which the timeline would get under ~350 px
    if (!isVisible()) // laid out only once shown: a hidden window's sizes are not the ones to judge
        return;
    const int total = m_mainSplitter->width();
    const QList<int> sizes = m_mainSplitter->sizes();
    if (total < kNarrow && sizes.value(1) > 0) {
        m_detailFolded = true;
        m_detailShare = double(sizes.value(1)) / std::max(1, sizes.value(0) + sizes.value(1));
        m_mainSplitter->setSizes({total, 0});
    } else if (total >= kNarrow && m_detailFolded) {
        m_detailFolded = false;
        const int detail = int(total * m_detailShare);
        m_mainSplitter->setSizes({total - detail, detail});
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Typing not yet saved is saved now; when that fails (a full disk), the window stays open with
    // the text in its field, so that quitting does not lose it (the error has been shown).
    if (m_controller->hasDocument() && !m_inspector->commitPending()) {
        event->ignore();
        return;
    }
    saveSettings();
    if (m_controller->hasDocument())
        Q_EMIT m_controller->documentAboutToClose(); // views keep what the next open needs
    event->accept();
}

} // namespace dateline
