#include "app/gui/views/savedviewactions.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/textprompt.h"
#include "app/gui/timelineview.h"
#include "app/gui/views/viewsdock.h"
#include "app/gui/windowmenus.h"
#include "core/date/calendar.h"
#include "core/render/layout.h"
#include "core/render/timescale.h"
#include "core/edit/commands.h"
#include "core/model/untrustedtext.h"
#include "core/store/document.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace dateline {

SavedViewActions *SavedViewActions::install(QMainWindow *window, DocumentController *controller, TimelineView *timeline,
                                             const WindowMenus &menus)
{
    auto *actions = new SavedViewActions(window, controller, timeline, window);
    auto *dock = new ViewsDock(controller, actions, window);
    actions->setDock(dock);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide(); // a sidebar the user opens (View > Views & Bookmarks, Manage Views…)
    // Without a View menu the actions still work through their shortcuts.
    window->addActions({actions->saveViewAction(), actions->addBookmarkAction()});
    if (QMenu *view = menus.view) {
        view->addSeparator();
        view->addMenu(actions->viewsMenu());
        view->addAction(actions->saveViewAction());
        view->addAction(actions->manageViewsAction());
        view->addSeparator();
        view->addAction(actions->addBookmarkAction());
        view->addMenu(actions->bookmarksMenu());
        view->addAction(dock->toggleViewAction());
    }
    return actions;
}

SavedViewActions::SavedViewActions(QWidget *dialogParent, DocumentController *controller, TimelineView *timeline,
                                   QObject *parent)
    : QObject(parent), m_dialogParent(dialogParent), m_controller(controller), m_timeline(timeline)
{
    m_viewsMenu = new QMenu(tr("Saved &Views"), dialogParent);
    m_viewsMenu->setObjectName(QStringLiteral("savedViewsMenu"));
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &SavedViewActions::populateViews);
    m_bookmarksMenu = new QMenu(tr("&Bookmarks"), dialogParent);
    m_bookmarksMenu->setObjectName(QStringLiteral("bookmarksMenu"));
    connect(m_bookmarksMenu, &QMenu::aboutToShow, this, &SavedViewActions::populateBookmarks);
    m_saveView = new QAction(tr("Save View &As…"), this);
    connect(m_saveView, &QAction::triggered, this, &SavedViewActions::saveViewAs);
    m_manage = new QAction(tr("&Manage Views…"), this);
    connect(m_manage, &QAction::triggered, this, &SavedViewActions::manageViews);
    m_addBookmark = new QAction(tr("Add Boo&kmark…"), this);
    m_addBookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_addBookmark, &QAction::triggered, this, &SavedViewActions::addBookmark);
    // The menus list what is stored; populated when shown so that they never go stale.
    populateViews();
    populateBookmarks();
    connect(controller, &DocumentController::documentChanged, this, &SavedViewActions::update);
    connect(controller, &DocumentController::documentEdited, this, &SavedViewActions::update);
    update();
}

void SavedViewActions::update()
{
    const bool writable = m_controller->hasDocument() && !m_controller->isReadOnly();
    m_saveView->setEnabled(writable);
    m_addBookmark->setEnabled(writable);
    m_manage->setEnabled(m_controller->hasDocument());
}

SavedView SavedViewActions::currentView(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.grouping = m_timeline->grouping();
    const QRectF lanes = m_timeline->currentLayout().laneArea; // what the view shows of the axis
    view.visibleFrom = m_timeline->scale().toTime(lanes.left());
    view.visibleTo = m_timeline->scale().toTime(lanes.right());
    // Showing every event is saved as "all events", so the view grows with the document.
    if (const Document *document = m_controller->document()) {
        const DocumentInfo info = document->info();
        if (info.earliest && info.latest && view.visibleFrom <= *info.earliest && view.visibleTo >= *info.latest)
            view.visibleFrom = view.visibleTo = 0;
    }
    view.palette = Palette::kindName(m_timeline->timelinePalette().kind);
    if (m_filter.current)
        view.filter = m_filter.current();
    return view;
}

void SavedViewActions::applyView(const SavedView &view)
{
    if (view.grouping != m_timeline->grouping())
        m_timeline->setGrouping(view.grouping);
    if (!view.palette.isEmpty()) {
        bool ok = false;
        const Palette::Kind kind = Palette::kindFromName(view.palette, &ok);
        if (ok) // the screen has no print palette: its white background is the light one's
            m_timeline->setPaletteMode(kind == Palette::Kind::Dark ? TimelineView::PaletteMode::Dark
                                                                   : TimelineView::PaletteMode::Light);
    }
    if (m_filter.apply)
        m_filter.apply(view.filter);
    if (view.visibleFrom < view.visibleTo) { // exactly across the lane area, as it was saved
        const QRectF lanes = m_timeline->currentLayout().laneArea;
        m_timeline->setScale(TimeScale::fitting(view.visibleFrom, view.visibleTo, lanes.left(), lanes.right()));
    } else
        m_timeline->fitAll();
}

bool SavedViewActions::applyView(const QString &name)
{
    const Document *document = m_controller->document();
    const std::optional<SavedView> view = document ? document->savedView(name) : std::nullopt;
    if (view)
        applyView(*view);
    return view.has_value();
}

bool SavedViewActions::jumpToBookmark(const QString &name)
{
    const Document *document = m_controller->document();
    const std::optional<DateBookmark> bookmark = document ? document->bookmark(name) : std::nullopt;
    if (!bookmark)
        return false;
    const DateBounds b = bookmark->date.bounds();
    m_timeline->goToTime(b.earliestStart, std::max(b.latestEnd, b.earliestStart + 1));
    return true;
}

std::optional<DateBookmark> SavedViewActions::bookmarkHere() const
{
    const Document *document = m_controller->document();
    if (!document)
        return std::nullopt;
    if (const auto event = document->event(m_controller->currentEvent()); event && event->date.isValid())
        return DateBookmark{event->title.trimmed(), event->date};
    const TimePoint middle = m_timeline->scale().toTime(m_timeline->currentLayout().laneArea.center().x());
    const FuzzyDate day = FuzzyDate::fromDay(calendar::toCivil(middle).date);
    return DateBookmark{day.toDisplayString(), day};
}

QString SavedViewActions::askName(const QString &title, const QString &label, const QString &text) const
{
    if (m_prompt)
        return m_prompt(m_dialogParent, title, label, text);
    return askText(m_dialogParent, title, label, text);
}

void SavedViewActions::saveViewAs()
{
    const Document *document = m_controller->document();
    if (!document || m_controller->isReadOnly())
        return;
    const QString name = askName(tr("Save View"),
                                 tr("Name of the view (a view of that name is replaced; Undo brings it back):"),
                                 tr("View %1").arg(document->savedViews().size() + 1))
                             .trimmed();
    if (name.isEmpty())
        return;
    const SavedView view = currentView(name);
    m_controller->edit([&view](Editor &editor) { commands::saveView(editor, view); });
}

void SavedViewActions::addBookmark()
{
    if (m_controller->isReadOnly())
        return;
    std::optional<DateBookmark> bookmark = bookmarkHere();
    if (!bookmark)
        return;
    const QString name = askName(tr("Add Bookmark"), tr("Bookmark %1 as:").arg(bookmark->date.toDisplayString()),
                                 bookmark->name)
                             .trimmed();
    if (name.isEmpty())
        return;
    bookmark->name = name;
    m_controller->edit([&bookmark](Editor &editor) { commands::addBookmark(editor, *bookmark); });
}

void SavedViewActions::manageViews()
{
    if (!m_dock)
        return;
    m_dock->show();
    m_dock->raise();
    m_dock->focusViews();
}

void SavedViewActions::renameView(const QString &name)
{
    const QString to = askName(tr("Rename View"), tr("New name of the view \u201c%1\u201d:").arg(name), name).trimmed();
    if (to.isEmpty() || to == name)
        return;
    m_controller->edit([&](Editor &editor) { commands::renameView(editor, name, to); });
}

void SavedViewActions::removeView(const QString &name)
{
    m_controller->edit([&](Editor &editor) { commands::removeView(editor, name); });
}

void SavedViewActions::renameBookmark(const QString &name)
{
    const QString to = askName(tr("Rename Bookmark"), tr("New name of the bookmark \u201c%1\u201d:").arg(name), name).trimmed();
    if (to.isEmpty() || to == name)
        return;
    m_controller->edit([&](Editor &editor) { commands::renameBookmark(editor, name, to); });
}

void SavedViewActions::removeBookmark(const QString &name)
{
    m_controller->edit([&](Editor &editor) { commands::removeBookmark(editor, name); });
}

void SavedViewActions::populateViews()
{
    m_viewsMenu->clear();
    const Document *document = m_controller->document();
    const std::vector<SavedView> views = document ? document->savedViews() : std::vector<SavedView>();
    for (const SavedView &view : views) {
        QAction *action = m_viewsMenu->addAction(QString(view.name).replace(u'&', QStringLiteral("&&")));
        const QString name = view.name;
        connect(action, &QAction::triggered, this, [this, name] { applyView(name); });
    }
    if (views.empty())
        m_viewsMenu->addAction(tr("No saved views"))->setEnabled(false);
}

void SavedViewActions::populateBookmarks()
{
    m_bookmarksMenu->clear();
    const Document *document = m_controller->document();
    const std::vector<DateBookmark> bookmarks = document ? document->bookmarks() : std::vector<DateBookmark>();
    for (const DateBookmark &bookmark : bookmarks) {
        // The name isolated in one line: a Hebrew name put the date before it, an override reversed it.
        QAction *action = m_bookmarksMenu->addAction(leftToRight(
            tr("%1 — %2").arg(isolated(oneLine(bookmark.name)).replace(u'&', QStringLiteral("&&")),
                               bookmark.date.toDisplayString())));
        const QString name = bookmark.name;
        connect(action, &QAction::triggered, this, [this, name] { jumpToBookmark(name); });
    }
    if (bookmarks.empty())
        m_bookmarksMenu->addAction(tr("No bookmarks"))->setEnabled(false);
}

} // namespace dateline
