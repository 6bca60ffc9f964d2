#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace dateline {

class DocumentController;
class EventTableModel;
class TimelineView;
struct ExportContext;
struct WindowMenus;

// File > Export… (Ctrl+E), File > Print… (Ctrl+P) and Edit > Copy Image (Ctrl+Shift+C), all
// through the one ImageExporter on a copy of what the timeline view shows. install() adds them to
// the File and Edit menus (before File's Close section), so the window only calls it.
class ExportActions : public QObject {
    Q_OBJECT
public:
    // What the actions export: the timeline view's model and viewport, the table's filter (may be
    // null), the controller's document and current event. The window parents dialogs and this.
    struct Sources {
        DocumentController *controller = nullptr;
        TimelineView *view = nullptr;
        const EventTableModel *table = nullptr;
        QWidget *window = nullptr;
    };
    static ExportActions *install(const Sources &sources, const WindowMenus &menus);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QAction *copyImageAction() const { return m_copy; }

    void showExportDialog();
    void print();
    void copyImage();

private:
    explicit ExportActions(const Sources &sources);
    bool ready() const; // a document with a timeline is open; says so otherwise
    ExportContext context() const;

    Sources m_sources;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace dateline
