#pragma once

#include "app/gui/views/viewhooks.h"
#include "core/model/savedview.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace dateline {

class DocumentController;
class TimelineView;
class ViewsDock;
struct WindowMenus;

// View > Saved Views (apply one), Save View As…, Manage Views…, Add Bookmark (Ctrl+B) and
// Bookmarks (jump to one). A view is what the timeline shows: lane grouping, visible range,
// palette and the filter (through ViewFilterHook). Every change of the stored lists is one
// undoable step through the command layer. install() adds the menu entries and the
// "Views & Bookmarks" dock to the window.
class SavedViewActions : public QObject {
    Q_OBJECT
public:
    // Asks for a name (title, label, suggested text); a null QString when cancelled. Tests
    // inject one; the default is askText() (textprompt.h).
    using NamePrompt = std::function<QString(QWidget *parent, const QString &title, const QString &label,
                                             const QString &text)>;

    static SavedViewActions *install(QMainWindow *window, DocumentController *controller, TimelineView *timeline,
                                     const WindowMenus &menus);
    SavedViewActions(QWidget *dialogParent, DocumentController *controller, TimelineView *timeline, QObject *parent);

    void setFilterHook(ViewFilterHook hook) { m_filter = std::move(hook); }
    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }

    // What the timeline shows now, as a view called name (without a range when every event is in
    // view, so that it grows with the document).
    SavedView currentView(const QString &name) const;
    // Shows the view: grouping, range (all events when it has none), palette, filter.
    void applyView(const SavedView &view);
    bool applyView(const QString &name); // false when the document has no such view
    // Centres the timeline on the bookmark's date (fits it when it is wider than the view).
    bool jumpToBookmark(const QString &name);
    // A bookmark at the current event's date, else at the day in the middle of the view.
    std::optional<DateBookmark> bookmarkHere() const;

    // Ask for a name, then store (a name in use asks whether to replace it).
    void saveViewAs();
    void addBookmark();
    void manageViews(); // shows the dock
    // Ask for a new name and rename; remove. Each one undoable step.
    void renameView(const QString &name);
    void removeView(const QString &name);
    void renameBookmark(const QString &name);
    void removeBookmark(const QString &name);

    QAction *saveViewAction() const { return m_saveView; }
    QAction *manageViewsAction() const { return m_manage; }
    QAction *addBookmarkAction() const { return m_addBookmark; }
    QMenu *viewsMenu() const { return m_viewsMenu; }
    QMenu *bookmarksMenu() const { return m_bookmarksMenu; }
    void setDock(ViewsDock *dock) { m_dock = dock; }

private:
    void update();
    void populateViews();
    void populateBookmarks();
    QString askName(const QString &title, const QString &label, const QString &text) const;

    QWidget *m_dialogParent;
    DocumentController *m_controller;
    TimelineView *m_timeline;
    ViewsDock *m_dock = nullptr;
    ViewFilterHook m_filter;
    NamePrompt m_prompt;
    QAction *m_saveView = nullptr;
    QAction *m_manage = nullptr;
    QAction *m_addBookmark = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QMenu *m_bookmarksMenu = nullptr;
};

} // namespace dateline
