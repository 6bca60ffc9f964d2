#pragma once

#include <QColor>
#include <QString>

#include <functional>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QPalette;
class QWidget;

namespace dateline::inspector {

// Helpers the inspector's widgets share, so the panels look and behave alike.

// A warning text colour readable on the palette's window colour (light and dark).
QColor warningColor(const QPalette &palette);
// A secondary text colour (hints, counts) readable on the window colour.
QColor dimColor(const QPalette &palette);
// A label for untrusted or computed text: plain text, word-wrapped, selectable.
QLabel *plainLabel(const QString &text = {}, QWidget *parent = nullptr);
// A bold section heading.
QLabel *sectionLabel(const QString &text, QWidget *parent = nullptr);
// Shows every input below root read-only (text stays selectable) or editable again: line and text
// edits and spin boxes become read-only, combo boxes and buttons disabled.
void setFieldsReadOnly(QWidget *root, bool readOnly);
// Sizes a list to its items (at least one row, at most maxHeight pixels), so a short list
// leaves no empty box and a long one scrolls.
void fitListHeight(QListWidget *list, int maxHeight);
// Ctrl+Z and Ctrl+Shift+Z in a line or text field below root undo and redo the document, as
// Edit > Undo does, unless the field holds typing not yet saved (then they undo the typing): after
// Return saved a title, Ctrl+Z undoes the rename instead of editing the field's text.
void undoDocumentFromUnchangedFields(QWidget *root);
// Combo and spin boxes (root and those below it) that the mouse wheel changes only while they have
// focus: a wheel turned over one while scrolling the panel scrolls on, instead of editing (and
// saving) whatever passes under the pointer.
void wheelOnlyWhenFocused(QWidget *root);
// Enter in field presses button: in a dock no button is a dialog's default. While the field's
// completion list is open, Enter picks from the list instead.
void enterPresses(QLineEdit *field, QAbstractButton *button);
// Esc in field (while it has focus) calls revert.
void onEscape(QWidget *field, const std::function<void()> &revert);
// Esc in field calls revert only while pending() (typing not yet saved, say); otherwise the key
// passes on, so that a dialog holding the field closes.
void onEscapeWhen(QWidget *field, const std::function<bool()> &pending, const std::function<void()> &revert);

} // namespace dateline::inspector
