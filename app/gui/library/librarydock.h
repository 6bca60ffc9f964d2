#pragma once

#include <QDockWidget>

class QLineEdit;
class QMainWindow;
class QPushButton;
class QTabWidget;

namespace dateline {

class DocumentController;
struct WindowMenus;
class EntityTab;

// View > Library: everything but events, editable — the document's title and tabs for actors,
// places, sources and eras. Every change is one undoable step through the command layer.
class LibraryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LibraryDock(DocumentController *controller, QWidget *parent = nullptr);
    // Adds the dock to the window (tabbed with the History dock when there is one) and its toggle
    // to the View menu.
    static LibraryDock *install(QMainWindow *window, DocumentController *controller, const WindowMenus &menus);

    QTabWidget *tabs() const { return m_tabs; }
    EntityTab *actors() const { return m_actors; }
    EntityTab *places() const { return m_places; }
    EntityTab *sources() const { return m_sources; }
    EntityTab *eras() const { return m_eras; }
    QLineEdit *titleEdit() const { return m_title; }
    bool applyTitle();

private:
    QWidget *createDocumentTab();
    void updateDocumentTab();

    DocumentController *m_controller;
    QTabWidget *m_tabs;
    QLineEdit *m_title = nullptr;
    QPushButton *m_applyTitle = nullptr;
    EntityTab *m_actors;
    EntityTab *m_places;
    EntityTab *m_sources;
    EntityTab *m_eras;
};

} // namespace dateline
