#pragma once

#include <QTextEdit>

namespace dateline {

// Untrusted plain text shown like a selectable word-wrapped QLabel, except that a word too long
// for the width breaks inside itself: a QLabel wraps at word boundaries only, so a 300-letter
// "word" in a quote set the pane's minimum width and pushed its fields out of sight behind a
// horizontal scroll bar. Inserting break points into the text would put invisible characters into
// what a reader copies; this wraps the text as it is. It never scrolls: its height follows its
// width, and the wheel goes to the pane around it.
class WrappedText : public QTextEdit {
    Q_OBJECT
public:
    explicit WrappedText(const QString &text, QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace dateline
