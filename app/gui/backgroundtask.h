#pragma once

#include "core/io/importprogress.h"

#include <QString>

#include <functional>

class QWidget;

namespace dateline {

// Runs work on a worker thread while a modal progress dialog with Cancel is shown (after a short
// delay, so quick work shows nothing). The work reports through the progress callback it is
// given; after Cancel that callback returns false, and the work is expected to stop soon.
// onCancel, if given, is called on the GUI thread at Cancel and then every 100 ms until the work
// ends (to interrupt work that cannot poll, such as one long database write).
// Returns false when the user cancelled. Work that cannot stop early passes cancellable = false: the
// dialog then has no Cancel button. With a unit ("rows"), the dialog shows the count done and how
// many per second. A total of kProgressFinishing turns the bar busy: the indexes are being built.
bool runInBackground(QWidget *parent, const QString &label, const std::function<void(const ImportProgress &)> &work,
                     const std::function<void()> &onCancel = {}, bool cancellable = true,
                     const QString &unit = {});

} // namespace dateline
