#pragma once

#include <QMessageBox>

namespace dateline {

// A modal message box whose text is plain. Messages quote file names, file contents and SQLite's
// words; QMessageBox's static functions show a text as rich text when it looks like HTML, so a
// file named "<b>…" would be drawn bold (or worse: a link). Returns the button pressed.
QMessageBox::StandardButton showPlainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

} // namespace dateline
