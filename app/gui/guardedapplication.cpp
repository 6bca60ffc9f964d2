#include "app/gui/guardedapplication.h"

#include "core/store/document.h"

#include <QTimer>

namespace dateline {

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

void GuardedApplication::setReporter(Reporter reporter)
{
    m_reporter = std::move(reporter);
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError &error) {
        report(tr("The document could not be read or written:\n%1").arg(QString::fromUtf8(error.what())));
    } catch (const std::exception &error) {
        report(tr("Unexpected error: %1").arg(QString::fromUtf8(error.what())));
    }
    return false;
}

void GuardedApplication::report(const QString &message)
{
    qWarning("dateline: %s", qPrintable(message));
    if (m_reporting || !m_reporter)
        return;
    m_reporting = true;
    // Shown from the event loop, not from inside the failed handler (which may be a paint event).
    QTimer::singleShot(0, this, [this, message] {
        m_reporter(message);
        m_reporting = false;
    });
}

} // namespace dateline
