#pragma once

#include <QDockWidget>

class QLabel;
class QListView;
class QMainWindow;
class QModelIndex;

namespace dateline {

class DocumentController;
struct WindowMenus;
class HistoryModel;

// View > History: the edit journal, newest first. Double-clicking a step undoes it together with
// every later step, or, on an undone (struck-out) step, redoes everything up to it.
class HistoryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit HistoryDock(DocumentController *controller, QWidget *parent = nullptr);
    ~HistoryDock() override;
    // Adds the dock to the window (right side) and its toggle to the View menu.
    static HistoryDock *install(QMainWindow *window, DocumentController *controller, const WindowMenus &menus);

    HistoryModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    // What a double-click on row does. Returns false when nothing could be done or a step failed.
    bool activate(int row);

private:
    void reload();
    void updateHint();

    DocumentController *m_controller;
    HistoryModel *m_model;
    QListView *m_view;
    QLabel *m_hint;
};

} // namespace dateline
