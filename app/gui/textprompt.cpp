#include "app/gui/textprompt.h"

#include <QFontMetrics>
#include <QInputDialog>
#include <QLineEdit>

#include <algorithm>

namespace dateline {

namespace {
constexpr int kMaxChars = 80; // beyond this the field scrolls, as a line edit does
} // namespace

std::unique_ptr<QInputDialog> textPrompt(QWidget *parent, const QString &title, const QString &label,
                                         const QString &text)
{
    auto dialog = std::make_unique<QInputDialog>(parent);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(text);
    const QFontMetrics metrics(dialog->font());
    const int textWidth = std::min(metrics.horizontalAdvance(text), metrics.averageCharWidth() * kMaxChars);
    // The field's frame and margins, and room for the cursor after the last character.
    const int chrome = metrics.averageCharWidth() * 6;
    if (auto *edit = dialog->findChild<QLineEdit *>())
        edit->setMinimumWidth(textWidth + chrome);
    return dialog;
}

QString askText(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    const std::unique_ptr<QInputDialog> dialog = textPrompt(parent, title, label, text);
    return dialog->exec() == QDialog::Accepted ? dialog->textValue() : QString();
}

} // namespace dateline
