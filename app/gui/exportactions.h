#pragma once

#include <QObject>

class QAction;

namespace dateline {

class DocumentController;
class MainWindow;

// File > Export… (Ctrl+E), File > Print… (Ctrl+P) and Edit > Copy Image (Ctrl+Shift+C), all
// through the one ImageExporter on a copy of what the window shows. install() adds them to the
// window's File and Edit menus (before File's Close/Quit section), so the window only calls it.
class ExportActions : public QObject {
    Q_OBJECT
public:
    static ExportActions *install(MainWindow *window, DocumentController *controller);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *copyImageAction() const { return m_copy; }

    void showExportDialog();
    void print();
    void copyImage();

private:
    ExportActions(MainWindow *window, DocumentController *controller);
    bool ready() const; // a document with a timeline is open; says so otherwise

    MainWindow *m_window;
    DocumentController *m_controller;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace dateline
