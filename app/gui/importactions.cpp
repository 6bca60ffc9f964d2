#include "app/gui/importactions.h"

#include "app/gui/backgroundtask.h"
#include "app/gui/documentcontroller.h"
#include "app/gui/gdeltimport.h"
#include "app/gui/importdialog.h"
#include "app/gui/importjob.h"
#include "app/gui/mainwindow.h"
#include "app/gui/messagetext.h"
#include "app/gui/plainmessage.h"
#include "app/gui/windowmenus.h"
#include "core/store/document.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace dateline {
namespace {

QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

QString importFilter()
{
    QStringList patterns, filters;
    for (const DataFormat &f : dataFormats()) {
        if (!f.canRead())
            continue;
        QStringList own;
        for (const QString &e : f.extensions)
            own << QStringLiteral("*.") + e;
        patterns << own;
        filters << QStringLiteral("%1 (%2)").arg(f.title, own.join(u' '));
    }
    patterns.removeDuplicates();
    filters.prepend(ImportActions::tr("Timelines and tables (%1)").arg(patterns.join(u' ')));
    filters << ImportActions::tr("All files (*)");
    return filters.join(QStringLiteral(";;"));
}

// The status bar's line after an import: what came in, and what was left out or doubled.
QString importedMessage(const WriteCounts &counts, const ImportedContent &imported, const QString &path)
{
    return ImportActions::tr("Imported %1 from %2")
               .arg(countText(counts.events, ImportActions::tr("1 event"), ImportActions::tr("%1 events")),
                    QFileInfo(path).fileName())
        + (imported.rejected.empty()
               ? QString()
               : ImportActions::tr(" (%1 left out)")
                     .arg(countText(qint64(imported.rejected.size()), ImportActions::tr("1 row"), ImportActions::tr("%1 rows"))))
        + (counts.gdeltAlreadyThere == 0
               ? QString()
               : countText(counts.gdeltAlreadyThere,
                           ImportActions::tr("; 1 GDELT event was already there: its copy has no GDELT record"),
                           ImportActions::tr("; %1 GDELT events were already there: their copies have no GDELT record")))
        + (counts.eventsAlreadyPresent == 0
               ? QString()
               : countText(counts.eventsAlreadyPresent,
                           ImportActions::tr("; 1 has the same title and date as an event already in the document"),
                           ImportActions::tr("; %1 have the same title and date as events already in the document")));
}

} // namespace

ImportActions::ImportActions(MainWindow *window, DocumentController *controller)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
{
    m_import = new QAction(tr("&Import…"), this);
    m_import->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_import->setStatusTip(tr("Bring events in from a spreadsheet, calendar or timeline file"));
    connect(m_import, &QAction::triggered, this, &ImportActions::chooseAndImport);
    m_importGdelt = new QAction(tr("Import &GDELT Events…"), this);
    m_importGdelt->setStatusTip(tr("Bring in GDELT 1.0/2.0 event files (.CSV, .zip, .gz), with progress and Cancel"));
    connect(m_importGdelt, &QAction::triggered, this, [this] { importGdeltFiles(m_window, m_controller); });
    m_exportData = new QAction(tr("Export &Data…"), this);
    m_exportData->setStatusTip(tr("Write the events to a spreadsheet, calendar or timeline file"));
    connect(m_exportData, &QAction::triggered, this, &ImportActions::exportData);
    auto update = [this] {
        m_exportData->setEnabled(m_controller->hasDocument());
        m_importGdelt->setEnabled(m_controller->hasDocument() && !m_controller->isReadOnly());
    };
    connect(controller, &DocumentController::documentChanged, this, update);
    update();
}

ImportActions *ImportActions::install(MainWindow *window, DocumentController *controller, const WindowMenus &menus)
{
    auto *actions = new ImportActions(window, controller);
    if (QMenu *file = menus.file) {
        QAction *before = menus.fileCloseSection;
        file->insertActions(before, {actions->m_import, actions->m_importGdelt, actions->m_exportData});
        file->insertSeparator(before);
    } else {
        window->addActions({actions->m_import, actions->m_importGdelt, actions->m_exportData});
    }
    window->setAcceptDrops(true);
    window->installEventFilter(actions);
    return actions;
}

bool ImportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            // After the drop returns: the drag source must not wait for a modal dialog.
            QMetaObject::invokeMethod(this, [this, path] {
                if (path.endsWith(QLatin1StringView(".dateline"), Qt::CaseInsensitive))
                    m_controller->openDocument(path);
                else
                    importFile(path);
            }, Qt::QueuedConnection);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ImportActions::warn(const QString &title, const QString &text) const
{
    showPlainMessage(m_window, QMessageBox::Warning, title, text);
}

void ImportActions::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import"), QDir::homePath(), importFilter());
    if (!path.isEmpty())
        importFile(path);
}

void ImportActions::importFile(const QString &path)
{
    QByteArray data;
    const DataFormat *format = readFile(path, &data);
    if (!format)
        return;
    std::optional<TableAsCsv> table;
    if (!readTable(path, data, *format, &table))
        return;
    using Open = ImportDialog::OpenDocument;
    const Open open = !m_controller->hasDocument() ? Open::None : m_controller->isReadOnly() ? Open::ReadOnly : Open::Writable;
    ImportDialog dialog(path, data, *format, open, m_window, std::move(table));
    ImportedContent imported;
    ImportPolicy policy = ImportPolicy::ImportGoodRows;
    if (!readThroughDialog(dialog, path, data, *format, &imported, &policy))
        return;
    const std::optional<QString> target = chooseTarget(dialog, path, open == Open::Writable);
    if (!target)
        return;
    writeImport(dialog, imported, path, *target, policy);
}

const DataFormat *ImportActions::readFile(const QString &path, QByteArray *data) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(tr("Import"), tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return nullptr;
    }
    *data = file.readAll();
    file.close();
    const DataFormat *format = detectDataFormat(*data, path);
    if (!format) {
        QStringList readable;
        for (const DataFormat &f : dataFormats())
            if (f.canRead())
                readable << f.title;
        warn(tr("Import"), tr("%1 is not in a format Dateline can import. It reads:\n\n%2")
                               .arg(QFileInfo(path).fileName(), readable.join(u'\n')));
        return nullptr;
    }
    return format;
}

bool ImportActions::readTable(const QString &path, const QByteArray &data, const DataFormat &format,
                              std::optional<TableAsCsv> *table) const
{
    // A workbook or JSON records are converted to a table before the dialog shows it: on a worker
    // thread, as a big workbook takes seconds; one that cannot be read is refused here.
    if (format.asCsv) {
        QString error;
        runInBackground(m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                        [&](const ImportProgress &) { *table = format.asCsv(data, {}, &error); });
        if (!*table) {
            warn(tr("Import"), tr("%1 cannot be imported:\n\n%2").arg(QFileInfo(path).fileName(), error));
            return false;
        }
    }
    return true;
}

bool ImportActions::readThroughDialog(ImportDialog &dialog, const QString &path, const QByteArray &data,
                                      const DataFormat &format, ImportedContent *imported, ImportPolicy *policy) const
{
    // settings, reading, and the report of refused rows, until the user imports or gives up; the
    // report's "Back" returns to the settings (nothing is written before the last step)
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        DataReadOptions options = dialog.readOptions();
        const bool finished = runInBackground(m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                              [&](const ImportProgress &progress) {
                                                  options.progress = progress;
                                                  *imported = format.read(data, options);
                                              });
        if (!finished)
            return false;
        if (imported->fatal) {
            warn(tr("Import"), tr("%1 cannot be imported:\n\n%2").arg(QFileInfo(path).fileName(),
                                                                       rejectedRowLines(*imported, 10).join(u'\n')));
            continue;
        }
        if (imported->rejected.empty())
            return true;
        dialog.showReport(*imported);
        const int answer = dialog.exec();
        if (answer == ImportDialog::BackToSettings) {
            dialog.showSettings();
            continue;
        }
        if (answer != QDialog::Accepted)
            return false; // "Import nothing": nothing has been written
        *policy = dialog.policy();
        return true;
    }
}

std::optional<QString> ImportActions::chooseTarget(const ImportDialog &dialog, const QString &path, bool openWritable) const
{
    QString target = m_controller->hasDocument() ? m_controller->document()->path() : QString();
    if (dialog.target() == ImportTarget::NewDocument) {
        const QString suggested = QFileInfo(path).absoluteDir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".dateline"));
        target = QFileDialog::getSaveFileName(m_window, tr("New Timeline for the Import"), suggested,
                                              tr("Dateline timelines (*.dateline)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (target.isEmpty())
            return std::nullopt;
        if (QFileInfo(target).suffix().isEmpty())
            target += QStringLiteral(".dateline");
        if (QFileInfo::exists(target)) {
            const QString advice = openWritable
                ? tr("%1 exists already. Choose a new file name, or import into the open document.")
                : tr("%1 exists already. Choose a new file name.");
            warn(tr("Import"), advice.arg(QDir::toNativeSeparators(target)));
            return std::nullopt;
        }
    }
    return target;
}

void ImportActions::writeImport(const ImportDialog &dialog, ImportedContent &imported, const QString &path,
                                const QString &target, ImportPolicy policy)
{
    ImportWrite written;
    WriteInterrupter interrupter;
    runInBackground(
        m_window, countText(qint64(imported.content.events.size()), tr("Importing 1 event…"), tr("Importing %1 events…")),
        [&](const ImportProgress &progress) {
            written = importjob::write(imported, path, target, dialog.target(), policy, progress, &interrupter);
        },
        [&interrupter] { interrupter.interrupt(); });
    if (!written.written) {
        // (most errors say so already: "writing the document failed, nothing was imported: …")
        warn(tr("Import"), written.error.contains(QLatin1String("nothing was imported"), Qt::CaseInsensitive)
                               ? asSentence(written.error)
                               : tr("Nothing was imported.\n\n%1").arg(written.error));
        return;
    }
    m_controller->openDocument(target); // reload: the import was written through another connection
    if (written.counts.eventsAlreadyPresent > 0) // a file imported twice doubles every event: say so now
        QMessageBox::information(
            m_window, tr("Import"),
            countText(written.counts.eventsAlreadyPresent,
                      tr("1 of the %2 events imported has the same title and date as an event that was already in "
                         "the document."),
                      tr("%1 of the %2 events imported have the same title and date as events that were already in "
                         "the document."))
                    .arg(written.counts.events)
                + u' ' + tr("Was the file imported before?\n\nEdit > Undo takes the whole import back."));
    m_window->statusBar()->showMessage(importedMessage(written.counts, imported, path), 10000);
}

void ImportActions::exportData()
{
    if (!m_controller->hasDocument())
        return;
    const QString documentPath = m_controller->document()->path();
    QStringList filters;
    std::vector<const DataFormat *> writable;
    for (const DataFormat &f : dataFormats()) {
        if (!f.canWrite())
            continue;
        writable.push_back(&f);
        filters << QStringLiteral("%1 (*.%2)").arg(f.title, f.extensions.join(QStringLiteral(" *.")));
    }
    const QFileInfo doc(documentPath);
    QString selected = filters.value(qsizetype(writable.size()) - 1); // CSV last in the registry
    QString out = QFileDialog::getSaveFileName(m_window, tr("Export Data"),
                                               doc.absoluteDir().filePath(doc.completeBaseName() + QStringLiteral(".csv")),
                                               filters.join(QStringLiteral(";;")), &selected);
    if (out.isEmpty())
        return;
    const DataFormat *format = dataFormatForFile(out);
    if (!format || !format->canWrite()) {
        format = writable[size_t(std::max<qsizetype>(0, filters.indexOf(selected)))];
        out += u'.' + format->extensions.first();
    }
    ExportReport report;
    QString error;
    bool ok = false;
    const bool finished = runInBackground(m_window, tr("Exporting…"), [&](const ImportProgress &progress) {
        ok = importjob::exportData(documentPath, *format, out, &report, &error, progress);
    });
    if (!finished && !ok) { // cancelled: nothing was written
        m_window->statusBar()->showMessage(tr("Export cancelled; nothing was written"), 10000);
        return;
    }
    if (!ok) {
        warn(tr("Export Data"), tr("The file was not written.\n\n%1").arg(asSentence(error)));
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QFileInfo(out).fileName()), 10000);
    if (!report.omissions.isEmpty()) {
        showPlainMessage(m_window, QMessageBox::Information, tr("Export Data"),
                         tr("%1 was written. It leaves out what %2 cannot carry:\n\n• %3")
                             .arg(QFileInfo(out).fileName(), format->title, report.omissions.join(QStringLiteral("\n• "))));
    }
}

} // namespace dateline
