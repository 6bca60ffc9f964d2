#pragma once

#include "core/model/ids.h"
#include "core/store/document.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;

namespace dateline {

class DocumentController;
struct DocumentChange;
class EventDetailPane;
class EventTableModel;
class FilterController;
class InspectorDock;
class SavedViewActions;
class SearchDock;
class TimelineView;

// Wires the controller, the events table and the detail pane together and owns the menus.
// It computes nothing itself. Layout: a horizontal splitter with the views on the left and the
// detail pane on the right; the views sit in a vertical splitter whose upper two thirds are the
// timeline's (setTimelineWidget) and whose lower third holds the filterable table. The docks
// (Inspector, History, Library and Search as tabs on the right, Views on the left) start hidden.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DocumentController *controller, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Puts a view above the table (the zoomable timeline). The window does not otherwise know it:
    // it should follow DocumentController::currentEventChanged like the table does.
    void setTimelineWidget(QWidget *widget);

    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    EventDetailPane *detailPane() const { return m_detail; }
    EventTableModel *eventModel() const { return m_model; }
    TimelineView *timelineView() const { return m_timeline; }
    InspectorDock *inspector() const { return m_inspector; }
    SavedViewActions *viewActions() const { return m_viewActions; }
    // The open document's filter (chip bar, timeline, table): setFilter / filter / filterChanged.
    FilterController *filters() const { return m_filters; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    QWidget *createEventTable(); // the filter field above the table
    void createTimeline();
    void createDetailPane();
    void placeDocks(const std::vector<QDockWidget *> &docks);
    void connectController();
    void restoreSettings();
    void saveSettings() const;

    void newDocument();
    void openDocument();
    void populateRecentMenu();
    void reloadDocument();
    EventId firstEvent() const;
    void documentEdited(const DocumentChange &change);
    void updateTitle();
    void updateStatus();
    void showSelectionInTable();  // the controller's selection and current event, as table rows
    void tableSelectionChanged(); // the user's rows, to the controller
    std::vector<EventId> selectedTableEvents() const; // in row order
    void showAbout();
    void fitDetailPane(); // folds the detail pane away while the window is narrow

    DocumentController *m_controller;
    EventTableModel *m_model;
    QTableView *m_table = nullptr;
    bool m_syncingSelection = false; // showSelectionInTable() is selecting rows
    bool m_selectingFromTable = false; // tableSelectionChanged() is handing rows to the controller
    QLineEdit *m_filter = nullptr;
    EventDetailPane *m_detail = nullptr;
    TimelineView *m_timeline = nullptr;
    FilterController *m_filters = nullptr;
    InspectorDock *m_inspector = nullptr;
    SearchDock *m_search = nullptr;
    SavedViewActions *m_viewActions = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_viewSplitter = nullptr;
    bool m_detailFolded = false; // by fitDetailPane(), not by the user
    double m_detailShare = 0.4;  // of the splitter's width, before fitDetailPane() folded it
    QLabel *m_summary = nullptr;
    DocumentInfo m_info; // of the open document, refreshed by reloadDocument()
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace dateline
