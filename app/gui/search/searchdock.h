#pragma once

#include "app/gui/search/searchcount.h"
#include "app/gui/search/searchmarks.h"
#include "core/store/searchresults.h"

#include <QDockWidget>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QMainWindow;
class QTimer;

namespace dateline {

class DocumentController;
class SearchResultModel;
class SearchRunner;
class TimelineView;
struct SearchOutcome;
struct WindowMenus;

// Edit > Find (Ctrl+F): a search field over titles, descriptions, quotes and names with the
// FTS5 syntax (SearchQuery), the first 100 hits in time order with their snippets, and the hits
// marked on the timeline (rings) and in its overview band (ticks). F3 / Shift+F3 step through the
// hits in time order; the timeline centres and selects each. Esc closes (and removes the marks).
// Typing is debounced and the search runs off the GUI thread (SearchRunner).
class SearchDock : public QDockWidget {
    Q_OBJECT
public:
    SearchDock(DocumentController *controller, TimelineView *timeline, QWidget *parent = nullptr);
    ~SearchDock() override;
    // Adds the dock (right, hidden) and Edit > Find, Find Next, Find Previous to the window.
    static SearchDock *install(QMainWindow *window, DocumentController *controller, TimelineView *timeline,
                               const WindowMenus &menus);

    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_next; }
    QAction *findPreviousAction() const { return m_previous; }
    QLineEdit *field() const { return m_field; }
    QListView *list() const { return m_list; }
    SearchResultModel *model() const { return m_model; }
    QString status() const;
    void setMarkLimit(std::int64_t limit); // for tests: SearchRunner::kMaxMarks otherwise

    void open();             // shows the dock and focuses the field, its text selected
    void closeSearch();      // hides it and removes the marks (Esc)
    void searchNow();        // skips the typing delay
    void step(int direction); // +1: the next hit in time order after the current event, -1: previous

Q_SIGNALS:
    void marksChanged(std::shared_ptr<const dateline::SearchMarks> marks);
    void searched(); // a search (listed hits and marks) has finished: for tests

private:
    void documentChanged();
    void showOutcome(const SearchOutcome &outcome);
    void showMarks(quint64 serial, const std::vector<SearchMark> &marks);
    void goTo(EventId id);
    void activateRow(int row);

    DocumentController *m_controller;
    TimelineView *m_timeline;
    SearchRunner *m_runner;
    QLineEdit *m_field;
    QLabel *m_status;
    QListView *m_list;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    QAction *m_find;
    QAction *m_next;
    QAction *m_previous;
    SearchCount m_count; // a time-limited count, shown steadily
    std::vector<EventId> m_order; // every marked hit, in the timeline's time order
    bool m_marksPending = false;
    qint64 m_total = 0;            // of the last search's listed hits: how many match,
    bool m_totalIsLowerBound = false; // or at least
};

} // namespace dateline
