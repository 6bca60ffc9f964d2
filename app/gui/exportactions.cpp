#include "app/gui/exportactions.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/exportcontext.h"
#include "app/gui/exportdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelineview.h"
#include "core/render/export/imageexporter.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>

namespace dateline {

namespace {

QMenu *menuTitled(MainWindow *window, const QString &title)
{
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->text() == title)
            return a->menu();
    }
    return nullptr;
}

// The action after which a group goes: before the separator that precedes Close, else at the end.
QAction *insertionPoint(QMenu *menu, const QString &beforeText)
{
    const QList<QAction *> actions = menu->actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i]->text() == beforeText)
            return i > 0 && actions[i - 1]->isSeparator() ? actions[i - 1] : actions[i];
    }
    return nullptr;
}

} // namespace

ExportActions::ExportActions(MainWindow *window, DocumentController *controller)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
{
    m_export = new QAction(tr("&Export…"), this);
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_export->setStatusTip(tr("Save the timeline as a PNG, SVG or PDF file"));
    connect(m_export, &QAction::triggered, this, &ExportActions::showExportDialog);
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    m_copy = new QAction(tr("Copy &Image"), this);
    m_copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_copy->setStatusTip(tr("Copy the current view of the timeline to the clipboard as an image"));
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyImage);
    auto update = [this] {
        const bool open = m_controller->hasDocument();
        for (QAction *a : {m_export, m_print, m_copy})
            a->setEnabled(open);
    };
    connect(controller, &DocumentController::documentChanged, this, update);
    update();
}

ExportActions *ExportActions::install(MainWindow *window, DocumentController *controller)
{
    auto *actions = new ExportActions(window, controller);
    if (QMenu *file = menuTitled(window, MainWindow::tr("&File"))) {
        QAction *before = insertionPoint(file, MainWindow::tr("&Close"));
        file->insertActions(before, {actions->m_export, actions->m_print});
        file->insertSeparator(before ? before : nullptr);
    } else {
        window->addActions({actions->m_export, actions->m_print});
    }
    if (QMenu *edit = menuTitled(window, MainWindow::tr("&Edit")))
        edit->addAction(actions->m_copy);
    else
        window->addAction(actions->m_copy);
    return actions;
}

bool ExportActions::ready() const
{
    if (ExportContext::from(m_window, m_controller).isValid())
        return true;
    QMessageBox::information(m_window, tr("Export"), tr("Open a timeline first (it may still be loading)."));
    return false;
}

void ExportActions::showExportDialog()
{
    if (!ready())
        return;
    ExportDialog dialog(ExportContext::from(m_window, m_controller), m_window);
    dialog.exec();
}

void ExportActions::print()
{
    if (!ready())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_controller->displayName());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Timeline"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportContext context = ExportContext::from(m_window, m_controller);
    ExportRequest request;
    request.scope = ExportScope::CurrentView;
    request.view = context.view;
    request.title = context.title;
    request.palette = Palette::Kind::Print;
    ExportDialog::applySettings(request);
    request.palette = Palette::Kind::Print; // paper: always the white-background palette
    QString error;
    if (!ImageExporter(context.document, context.scene).print(printer, request, &error))
        QMessageBox::warning(m_window, tr("Print"), tr("The timeline could not be printed.\n\n%1").arg(error));
}

void ExportActions::copyImage()
{
    if (!ready())
        return;
    const ExportContext context = ExportContext::from(m_window, m_controller);
    ExportRequest request;
    request.scope = ExportScope::CurrentView;
    request.view = context.view;
    request.parts = ExportPart::None; // exactly the view, as the user sees it
    const double dpr = m_window->devicePixelRatioF();
    request.devicePixelRatio = dpr;
    request.pixelSize = (context.view.size * dpr).toSize();
    if (const TimelineView *view = m_window->timelineView())
        request.palette = view->timelinePalette().kind;
    QString error;
    const QImage image = ImageExporter(context.document, context.scene).renderImage(request, &error);
    if (image.isNull()) {
        QMessageBox::warning(m_window, tr("Copy Image"), error);
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
}

} // namespace dateline
