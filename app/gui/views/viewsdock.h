#pragma once

#include <QDockWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dateline {

class DocumentController;
struct DocumentChange;
class SavedViewActions;

// The "Views & Bookmarks" sidebar: the document's saved views and date bookmarks in their
// order. Double-click or Return applies a view or jumps to a bookmark; Delete removes the
// selected one and Rename (F2) renames it, each one undoable step. Follows edits, undo and redo.
class ViewsDock : public QDockWidget {
    Q_OBJECT
public:
    ViewsDock(DocumentController *controller, SavedViewActions *actions, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void focusViews(); // selects the first view (Manage Views…)
    void reload();

    // The selected entry acted on (what the buttons and keys do).
    void activateSelected();
    void renameSelected();
    void removeSelected();

private:
    enum class Kind : int { View = 1, Bookmark = 2 };
    void updateButtons();

    DocumentController *m_controller;
    SavedViewActions *m_actions;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_views;
    QTreeWidgetItem *m_bookmarks;
    QPushButton *m_apply;
    QPushButton *m_rename;
    QPushButton *m_remove;
};

} // namespace dateline
