#include "app/gui/wrappedtext.h"

#include <QTextDocument>
#include <QWheelEvent>

#include <cmath>
#include <memory>

namespace dateline {

namespace {

// Whether the text holds a run of thousands of characters without a space. Qt's word-or-anywhere
// wrapping looks for the run's end again for every line it breaks inside it: a 100,000-letter
// "word" took seconds per layout, and the pane lays its fields out several times while it opens.
// Such a text wraps anywhere (it reads no worse: it is no prose).
bool hasLongRun(const QString &text)
{
    constexpr int kLongRun = 2000;
    int run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > kLongRun)
            return true;
    }
    return false;
}

} // namespace

WrappedText::WrappedText(const QString &text, QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setPlainText(text); // untrusted text: never rich text
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::ClickFocus); // like a label: Tab passes by
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(hasLongRun(text) ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(0);
    // the pane's background shows through, as behind a label
    QPalette p = palette();
    p.setColor(QPalette::Base, Qt::transparent);
    setPalette(p);
    viewport()->setAutoFillBackground(false);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrappedText::heightForWidth(int width) const
{
    const std::unique_ptr<QTextDocument> measured(document()->clone());
    measured->setDefaultFont(font());
    measured->setTextWidth(std::max(1, width - 2 * frameWidth()));
    return int(std::ceil(measured->size().height())) + 2 * frameWidth();
}

QSize WrappedText::sizeHint() const
{
    const int width = QTextEdit::sizeHint().width();
    return {width, heightForWidth(width)};
}

QSize WrappedText::minimumSizeHint() const
{
    // a few letters wide: the pane decides the width, the text wraps into it
    return {fontMetrics().averageCharWidth() * 4, fontMetrics().height()};
}

void WrappedText::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    const int wanted = heightForWidth(width());
    if (wanted != height()) {
        setMinimumHeight(wanted);
        setMaximumHeight(wanted);
    }
}

void WrappedText::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // nothing to scroll here: the pane scrolls
}

} // namespace dateline
