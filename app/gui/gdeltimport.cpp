#include "app/gui/gdeltimport.h"

#include "app/gui/backgroundtask.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/messagetext.h"
#include "app/gui/plainmessage.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/gdelt/gdeltimport.h"
#include "core/store/document.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include <atomic>

namespace dateline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GdeltImport", text);
}

} // namespace

void importGdeltFiles(QWidget *parent, DocumentController *controller)
{
    if (!controller->hasDocument() || controller->isReadOnly()) {
        showPlainMessage(parent, QMessageBox::Information, tr("Import GDELT Events"),
                         controller->hasDocument() ? controller->readOnlyReason()
                                                   : tr("Open or create a timeline to import into first."));
        return;
    }
    const QStringList files = QFileDialog::getOpenFileNames(
        parent, tr("Import GDELT Events"), QString(),
        tr("GDELT event files (*.CSV *.csv *.tsv *.txt *.zip *.gz);;All files (*)"));
    if (!files.isEmpty())
        importGdeltFiles(parent, controller, files);
}

bool importGdeltFiles(QWidget *parent, DocumentController *controller, const QStringList &files)
{
    const QString path = controller->document()->path();
    const QString from = files.size() == 1 ? QFileInfo(files.front()).fileName()
                                           : tr("%1 GDELT files").arg(files.size());
    GdeltImportResult result;
    std::atomic<bool> cancel{false};
    QElapsedTimer clock;
    clock.start();
    runInBackground(
        parent, tr("Importing GDELT events from %1…").arg(from),
        [&](const ImportProgress &progress) {
            QString error;
            std::unique_ptr<Document> document = Document::open(path, OpenMode::ReadWrite, &error);
            if (!document) {
                result.error = error;
                return;
            }
            GdeltImportOptions options;
            options.progress = progress;
            options.cancel = &cancel;
            Editor editor(*document); // one undoable step in the document's history
            try {
                commands::importWith(editor, from, [&] {
                    result = importGdelt(files, *document, options);
                    return result.ok();
                });
            } catch (const StoreError &e) {
                result = GdeltImportResult();
                result.error = QString::fromUtf8(e.what());
            }
        },
        [&cancel] { cancel = true; }, true, tr("rows"));
    const double seconds = double(clock.elapsed()) / 1000.0;
    auto *window = qobject_cast<QMainWindow *>(parent);
    if (result.outcome == GdeltImportResult::Outcome::Cancelled) { // asked for: no warning
        if (window)
            window->statusBar()->showMessage(tr("Import cancelled; the timeline is as it was."), 15000);
        return false;
    }
    if (!result.ok() || (result.events == 0 && !result.problems.empty())) {
        QString why = result.error;
        for (std::size_t i = 0; i < result.problems.size() && i < 10; ++i)
            why += u'\n' + result.problems[i].message;
        if (result.problems.size() > 10)
            why += tr("\n… and %1 more").arg(result.problems.size() - 10);
        controller->reportError(tr("Import GDELT Events"), tr("Nothing was imported.\n\n%1").arg(why));
        return false;
    }
    controller->openDocument(path); // reload: the import was written through another connection
    QString message = tr("Imported %1 from %2 in %L3 s (%L4 rows/s)")
                          .arg(countText(result.events, tr("1 event"), tr("%L1 events")),
                               countText(result.lines, tr("1 row"), tr("%L1 rows")))
                          .arg(seconds, 0, 'f', 1)
                          .arg(qint64(seconds > 0 ? double(result.lines) / seconds : 0));
    if (result.duplicates > 0)
        message += countText(result.duplicates, tr("; 1 was in the timeline already (merged)"),
                             tr("; %L1 were in the timeline already (merged)"));
    if (!result.problems.empty())
        message += countText(qint64(result.problems.size()), tr("; 1 row skipped"), tr("; %L1 rows skipped"));
    if (window)
        window->statusBar()->showMessage(message, 15000);
    return true;
}

} // namespace dateline
