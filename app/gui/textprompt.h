#pragma once

#include <QString>

#include <memory>

class QInputDialog;
class QWidget;

namespace dateline {

// A one-line text prompt (QInputDialog) wide enough to show its suggested text whole: Qt's
// default is a narrow box, and a bookmark named after a long event title showed only its end.
// Capped at a sensible width so that a 100 kB title does not widen it past the screen.
std::unique_ptr<QInputDialog> textPrompt(QWidget *parent, const QString &title, const QString &label,
                                         const QString &text);

// Runs textPrompt() modally: the text entered, or a null QString when cancelled.
QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text);

} // namespace dateline
