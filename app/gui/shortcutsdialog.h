#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace dateline {

// Help > Keyboard Shortcuts: every command of the window that has a key, read from the window's own
// actions when it opens (so the list is never out of date), by menu in menu order, then the keys
// of the timeline and the other panes that no menu shows.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace dateline
