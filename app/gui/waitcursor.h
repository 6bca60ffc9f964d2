#pragma once

#include <QCoreApplication>
#include <QCursor>
#include <QGuiApplication>

namespace dateline {

// A wait cursor for the lifetime of this object, for work on the GUI thread that can take seconds
// on a large document (sorting a million events, listing a million sources). Nothing without a
// GUI application (tests of models).
class WaitCursor {
public:
    explicit WaitCursor(bool show = true)
        : m_shown(show && qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
    {
        if (m_shown)
            QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    }
    ~WaitCursor()
    {
        if (m_shown)
            QGuiApplication::restoreOverrideCursor();
    }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;

private:
    bool m_shown;
};

} // namespace dateline
