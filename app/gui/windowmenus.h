#pragma once

class QAction;
class QMenu;

namespace dateline {

// The main window's menus, handed to the action groups and docks that add to them, so none has
// to find a menu by its (translated) title. Any may be null: the group then adds its actions to
// the window only (they keep their shortcuts).
struct WindowMenus {
    QMenu *file = nullptr;
    // The separator above File > Close: groups of file actions go before it. Null: at the end.
    QAction *fileCloseSection = nullptr;
    // File > Open Sample Timeline: Save a Copy… follows it. Null: before the Close section.
    QAction *fileOpenSection = nullptr;
    QMenu *edit = nullptr;
    QMenu *view = nullptr;
};

} // namespace dateline
