#pragma once

#include <QObject>

class QAction;

namespace dateline {

class DocumentController;
class MainWindow;
struct WindowMenus;

// File > Import… and File > Export Data…, and files dropped on the window (a .dateline file is
// opened, anything else imported). install() adds the actions to the window's File menu and
// accepts drops through an event filter, so the window only calls it. Reading and writing run
// on a worker thread with their own Document connection; the window then reloads the document.
class ImportActions : public QObject {
    Q_OBJECT
public:
    static ImportActions *install(MainWindow *window, DocumentController *controller, const WindowMenus &menus);

    QAction *importAction() const { return m_import; }
    QAction *exportDataAction() const { return m_exportData; }

    void chooseAndImport();
    void importFile(const QString &path);
    void exportData();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ImportActions(MainWindow *window, DocumentController *controller);
    void warn(const QString &title, const QString &text) const;

    MainWindow *m_window;
    DocumentController *m_controller;
    QAction *m_import = nullptr;
    QAction *m_importGdelt = nullptr;
    QAction *m_exportData = nullptr;
};

} // namespace dateline
