#include "app/gui/backgroundtask.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>

namespace dateline {

bool runInBackground(QWidget *parent, const QString &label, const std::function<void(const ImportProgress &)> &work,
                     const std::function<void()> &onCancel, bool cancellable, const QString &unit)
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
    QElapsedTimer clock;
    clock.start();
    double finishedReadingAt = 0; // seconds; 0 = still reading
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (cancelled) {
            if (onCancel)
                onCancel(); // an interrupt between two statements is lost: repeat it
            return;
        }
        const qint64 t = total.load(), d = done.load();
        if (t == kProgressFinishing) {
            if (finishedReadingAt == 0) {
                finishedReadingAt = std::max(0.001, double(clock.elapsed()) / 1000.0);
                dialog.setRange(0, 0); // busy: no count to show
            }
            const QString read = unit.isEmpty() ? QString()
                                                : QObject::tr("%L1 %2 read at %L3 %2/s.\n")
                                                      .arg(d)
                                                      .arg(unit)
                                                      .arg(qint64(double(d) / finishedReadingAt));
            dialog.setLabelText(label + u'\n' + read + QObject::tr("Building the indexes and the search index…"));
        } else if (t > 0) {
            // QProgressDialog takes int: scale to per mille.
            dialog.setMaximum(1000);
            dialog.setValue(int(std::min<qint64>(1000, d * 1000 / t)));
            const double seconds = double(clock.elapsed()) / 1000.0;
            if (!unit.isEmpty() && seconds > 0) {
                const QString count = QObject::tr("%L1 of about %L2 %3, %L4 %3/s")
                                          .arg(d)
                                          .arg(std::max(t, d))
                                          .arg(unit)
                                          .arg(qint64(double(d) / seconds));
                dialog.setLabelText(label + u'\n' + count);
            }
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

