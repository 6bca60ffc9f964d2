#include "app/gui/backgroundtask.h"

#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <limits>

namespace dateline {

bool runInBackground(QWidget *parent, const QString &label, const std::function<void(const ImportProgress &)> &work,
                     const std::function<void()> &onCancel, bool cancellable)
{
    std::atomic<qint64> done{0}, total{0};
    std::atomic<bool> cancelled{false};
    const ImportProgress progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !cancelled.load();
    };
    QProgressDialog dialog(parent);
    auto *text = new QLabel(label);
    text->setTextFormat(Qt::PlainText); // the label names a file: untrusted text
    dialog.setLabel(text);
    if (cancellable)
        dialog.setCancelButtonText(QObject::tr("Cancel"));
    else
        dialog.setCancelButton(nullptr);
    dialog.setRange(0, 0);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(std::numeric_limits<int>::max()); // shown below, not by setValue
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(QObject::tr("Cancelling…"));
        if (onCancel)
            onCancel();
    });

    QEventLoop loop;
    QThread *thread = QThread::create([&] { work(progress); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (cancelled && onCancel)
            onCancel(); // an interrupt between two statements is lost: repeat it
        const qint64 t = total.load();
        if (t > 0) {
            // QProgressDialog takes int: scale to per mille.
            dialog.setMaximum(1000);
            dialog.setValue(int(std::min<qint64>(1000, done.load() * 1000 / t)));
        }
    });
    poll.start(100);
    thread->start();
    // Quick work finishes without a dialog and without taking user input meanwhile; longer work
    // shows the dialog (modal, so only Cancel can be clicked) and waits with input enabled.
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!thread->isFinished()) {
        dialog.show();
        if (!thread->isFinished())
            loop.exec();
    }
    thread->wait();
    delete thread;
    return !cancelled.load();
}

} // namespace dateline

