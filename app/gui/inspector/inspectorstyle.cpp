#include "app/gui/inspector/inspectorstyle.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSpinBox>
#include <QTextDocument>
#include <QTextEdit>

#include <algorithm>

namespace dateline::inspector {

namespace {

// A read-only field drawn on the window's colour, not the white of one that takes typing.
void showReadOnly(QWidget *field, bool readOnly)
{
    QPalette palette = field->palette();
    palette.setBrush(QPalette::Base, readOnly ? QApplication::palette().window() : QApplication::palette().base());
    field->setPalette(palette);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 150, 120) : QColor(176, 42, 20);
}

QColor dimColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(165, 168, 175) : QColor(95, 98, 105);
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

void setFieldsReadOnly(QWidget *root, bool readOnly)
{
    for (QLineEdit *w : root->findChildren<QLineEdit *>()) {
        // Spin boxes and editable combos own line edits: those follow their owner below.
        if (!qobject_cast<QAbstractSpinBox *>(w->parentWidget()) && !qobject_cast<QComboBox *>(w->parentWidget())) {
            w->setReadOnly(readOnly);
            showReadOnly(w, readOnly);
        }
    }
    for (QPlainTextEdit *w : root->findChildren<QPlainTextEdit *>()) {
        w->setReadOnly(readOnly);
        showReadOnly(w, readOnly);
    }
    for (QAbstractSpinBox *w : root->findChildren<QAbstractSpinBox *>()) {
        w->setReadOnly(readOnly);
        showReadOnly(w, readOnly);
    }
    for (QComboBox *w : root->findChildren<QComboBox *>())
        w->setEnabled(!readOnly);
    for (QAbstractButton *w : root->findChildren<QAbstractButton *>())
        w->setEnabled(!readOnly);
}

void fitListHeight(QListWidget *list, int maxHeight)
{
    // Measured here rather than with sizeHintForRow: that uses a stale width until the list
    // has been laid out, and word-wrapped rows then come out too short.
    const QFontMetrics metrics = list->fontMetrics();
    const int width = std::max(list->viewport()->width(), list->width() - 2 * list->frameWidth()) - 12;
    int height = 2 * list->frameWidth() + 4;
    for (int row = 0; row < list->count() && height < maxHeight; ++row) {
        const QRect text = metrics.boundingRect(QRect(0, 0, std::max(width, 80), 1 << 20), Qt::TextWordWrap,
                                                list->item(row)->text());
        height += text.height() + 4 + 2 * list->spacing();
    }
    list->setFixedHeight(std::min(std::max(height, metrics.lineSpacing() + 8), maxHeight));
}

namespace {

// Lets Undo and Redo through to the window's actions while the field has nothing unsaved.
class UnchangedFieldUndo : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
            return false;
        bool unsaved = false;
        if (auto *line = qobject_cast<QLineEdit *>(watched))
            unsaved = line->isModified();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(watched))
            unsaved = text->document()->isModified();
        else if (auto *rich = qobject_cast<QTextEdit *>(watched))
            unsaved = rich->document()->isModified();
        else if (auto *spin = qobject_cast<QSpinBox *>(watched))
            unsaved = spin->cleanText() != QString::number(spin->value()); // digits typed, not yet committed
        return !unsaved; // consumed without being accepted: the shortcut goes to the window's action
    }
};

// A wheel turned over a field without focus is ignored, so Qt passes it to the scroll area below.
class WheelWhenFocused : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel || static_cast<QWidget *>(watched)->hasFocus())
            return false;
        event->ignore();
        return true;
    }
};

// Takes Esc from its field while there is something to revert, and leaves it alone otherwise (a
// QShortcut would always take it).
class EscapeWhenPending : public QObject {
public:
    EscapeWhenPending(QWidget *field, std::function<bool()> pending, std::function<void()> revert)
        : QObject(field)
        , m_pending(std::move(pending))
        , m_revert(std::move(revert))
    {
        field->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
        if (!key || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Escape
            || static_cast<QKeyEvent *>(event)->modifiers() != Qt::NoModifier || !m_pending())
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::ShortcutOverride)
            event->accept(); // ours, as a key press: no shortcut or default button takes it
        else
            m_revert();
        return true;
    }

private:
    std::function<bool()> m_pending;
    std::function<void()> m_revert;
};

} // namespace

void undoDocumentFromUnchangedFields(QWidget *root)
{
    auto *filter = new UnchangedFieldUndo(root);
    for (QWidget *field : root->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QPlainTextEdit *>(field) || qobject_cast<QTextEdit *>(field)
            || qobject_cast<QSpinBox *>(field))
            field->installEventFilter(filter);
    }
}

void wheelOnlyWhenFocused(QWidget *root)
{
    static auto *filter = new WheelWhenFocused(qApp);
    QList<QWidget *> fields = root->findChildren<QWidget *>();
    fields << root;
    for (QWidget *field : fields) {
        if (qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)) {
            field->setFocusPolicy(Qt::StrongFocus); // a wheel does not take focus either
            field->installEventFilter(filter);
        }
    }
}

void enterPresses(QLineEdit *field, QAbstractButton *button)
{
    QObject::connect(field, &QLineEdit::returnPressed, button, [field, button] {
        const QCompleter *completer = field->completer();
        if (completer && completer->popup() && completer->popup()->isVisible())
            return;
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
}

void onEscape(QWidget *field, const std::function<void()> &revert)
{
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_Escape), field);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, field, revert);
}

void onEscapeWhen(QWidget *field, const std::function<bool()> &pending, const std::function<void()> &revert)
{
    new EscapeWhenPending(field, pending, revert);
}

} // namespace dateline::inspector
