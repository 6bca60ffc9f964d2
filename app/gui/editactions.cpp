#include "app/gui/editactions.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/plainmessage.h"
#include "app/gui/plaintext.h"
#include "app/gui/windowmenus.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace dateline {

namespace {

// An ampersand in a step label must not become a mnemonic.
QString menuText(const QString &label)
{
    return QString(label).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

EditActions::EditActions(QWidget *dialogParent, DocumentController *controller, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_controller(controller)
{
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_controller, &DocumentController::undo);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, m_controller, &DocumentController::redo);
    m_saveCopy = new QAction(tr("Sa&ve a Copy…"), this);
    m_saveCopy->setObjectName(QStringLiteral("saveCopy"));
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_saveCopy->setStatusTip(tr("Write a copy of this document to a new file (also of a read-only document)"));
    connect(m_saveCopy, &QAction::triggered, this, &EditActions::saveCopy);

    connect(controller, &DocumentController::documentChanged, this, &EditActions::update);
    connect(controller, &DocumentController::documentEdited, this, &EditActions::update);
    update();
}

EditActions *EditActions::install(QMainWindow *window, DocumentController *controller, const WindowMenus &menus)
{
    auto *actions = new EditActions(window, controller, window);
    if (QMenu *edit = menus.edit) {
        QAction *first = edit->actions().value(0);
        edit->insertActions(first, {actions->m_undo, actions->m_redo});
        edit->insertSeparator(first);
    } else {
        window->addActions({actions->m_undo, actions->m_redo});
    }
    if (QMenu *file = menus.file) {
        // After Open Sample Timeline, before whatever follows (Export…, Close).
        const QList<QAction *> all = file->actions();
        const qsizetype at = menus.fileOpenSection ? all.indexOf(menus.fileOpenSection) + 1 : all.size();
        QAction *before = all.value(at);
        file->insertSeparator(before);
        file->insertAction(before, actions->m_saveCopy);
    } else {
        window->addAction(actions->m_saveCopy);
    }
    return actions;
}

void EditActions::update()
{
    Editor *editor = m_controller->editor();
    const bool writable = editor && !m_controller->isReadOnly();
    const QString undoLabel = writable ? editor->undoLabel() : QString();
    const QString redoLabel = writable ? editor->redoLabel() : QString();
    m_undo->setEnabled(writable && editor->canUndo());
    m_redo->setEnabled(writable && editor->canRedo());
    m_undo->setText(undoLabel.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(menuText(undoLabel)));
    m_redo->setText(redoLabel.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(menuText(redoLabel)));
    // Step labels quote titles: untrusted text, and tooltips read HTML.
    m_undo->setToolTip(plainToolTip(undoLabel.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undoLabel)));
    m_redo->setToolTip(plainToolTip(redoLabel.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redoLabel)));
    m_saveCopy->setEnabled(m_controller->hasDocument() && !m_controller->document()->path().isEmpty());
}

bool EditActions::saveCopyTo(const QString &path)
{
    Document *document = m_controller->document();
    if (!document)
        return false;
    try {
        document->saveCopy(path);
        return true;
    } catch (const StoreError &error) {
        m_controller->reportError(tr("Cannot save a copy"), QString::fromUtf8(error.what()));
        return false;
    }
}

void EditActions::saveCopy()
{
    Document *document = m_controller->document();
    if (!document)
        return;
    const QFileInfo current(document->path());
    const QString suggested = current.absoluteDir().filePath(tr("%1 (copy).dateline").arg(current.completeBaseName()));
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save a Copy"), suggested,
                                                tr("Dateline documents (*.dateline);;All files (*)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dateline");
    if (!saveCopyTo(path))
        return;
    const auto answer = showPlainMessage(
        m_dialogParent, QMessageBox::Question, tr("Copy saved"),
        tr("The copy was saved as “%1”.\n\nOpen the copy now?").arg(QDir::toNativeSeparators(path)),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        m_controller->openDocument(path);
}

} // namespace dateline
