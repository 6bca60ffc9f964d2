#include "app/gui/readonlybanner.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/plaintext.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QVBoxLayout>

namespace dateline {

ReadOnlyBanner::ReadOnlyBanner(DocumentController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setAutoFillBackground(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 5, 10, 5);
    layout->addWidget(m_label, 1);
    applyColours();
    connect(controller, &DocumentController::documentChanged, this, &ReadOnlyBanner::update);
    update();
}

ReadOnlyBanner *ReadOnlyBanner::install(QMainWindow *window, DocumentController *controller)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *banner = new ReadOnlyBanner(controller);
    layout->addWidget(banner);
    if (QWidget *central = window->takeCentralWidget())
        layout->addWidget(central, 1);
    window->setCentralWidget(column);
    return banner;
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}

void ReadOnlyBanner::update()
{
    const QString reason = m_controller->readOnlyReason();
    m_label->setText(reason);
    m_label->setToolTip(plainToolTip(reason));
    setVisible(!reason.isEmpty());
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void ReadOnlyBanner::applyColours()
{
    // An amber note that reads in light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    QPalette p = palette();
    const QColor background = dark ? QColor(0x5a, 0x47, 0x12) : QColor(0xff, 0xf1, 0xc2);
    const QColor foreground = dark ? QColor(0xff, 0xec, 0xb3) : QColor(0x4d, 0x3a, 0x00);
    if (p.color(QPalette::Window) == background)
        return;
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    setPalette(p);
}

} // namespace dateline
