#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QWidget;

namespace dateline {

class DocumentController;
struct WindowMenus;

// Edit > Undo / Redo (named after the step they take back or repeat) and File > Save a Copy….
// install() puts them in the window's menus, so the window only calls it. Undo and Redo are
// disabled when there is nothing to take back or repeat and whenever the document is read-only.
class EditActions : public QObject {
    Q_OBJECT
public:
    static EditActions *install(QMainWindow *window, DocumentController *controller, const WindowMenus &menus);
    EditActions(QWidget *dialogParent, DocumentController *controller, QObject *parent);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *saveCopyAction() const { return m_saveCopy; }

    // Writes a copy of the open document to path (which must not exist); reports a failure
    // through the controller. Returns whether the copy was written.
    bool saveCopyTo(const QString &path);
    // Asks for a file name, saves the copy and offers to open it.
    void saveCopy();

    void update();

private:
    QWidget *m_dialogParent;
    DocumentController *m_controller;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_saveCopy = nullptr;
};

} // namespace dateline
