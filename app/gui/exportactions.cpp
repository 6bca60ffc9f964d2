#include "app/gui/exportactions.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/exportcontext.h"
#include "app/gui/exportdialog.h"
#include "app/gui/messagetext.h"
#include "app/gui/plainmessage.h"
#include "app/gui/timelineview.h"
#include "app/gui/windowmenus.h"
#include "core/render/export/imageexporter.h"
#include "core/render/timelinemodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>

namespace dateline {

ExportActions::ExportActions(const Sources &sources)
    : QObject(sources.window)
    , m_sources(sources)
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
        const bool open = m_sources.controller->hasDocument();
        for (QAction *a : {m_export, m_print, m_copy})
            a->setEnabled(open);
    };
    connect(sources.controller, &DocumentController::documentChanged, this, update);
    update();
}

ExportActions *ExportActions::install(const Sources &sources, const WindowMenus &menus)
{
    auto *actions = new ExportActions(sources);
    if (QMenu *file = menus.file) {
        file->insertActions(menus.fileCloseSection, {actions->m_export, actions->m_print});
        file->insertSeparator(menus.fileCloseSection);
    } else {
        sources.window->addActions({actions->m_export, actions->m_print});
    }
    if (QMenu *edit = menus.edit)
        edit->addAction(actions->m_copy);
    else
        sources.window->addAction(actions->m_copy);
    return actions;
}

ExportContext ExportActions::context() const
{
    return ExportContext::from(*m_sources.controller, *m_sources.view, m_sources.table);
}

bool ExportActions::ready() const
{
    if (context().isValid())
        return true;
    QMessageBox::information(m_sources.window, tr("Export"), tr("Open a timeline first (it may still be loading)."));
    return false;
}

void ExportActions::showExportDialog()
{
    if (!ready())
        return;
    ExportDialog dialog(context(), m_sources.window);
    dialog.exec();
}

void ExportActions::print()
{
    if (!ready())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_sources.controller->displayName());
    QPrintDialog dialog(&printer, m_sources.window);
    dialog.setWindowTitle(tr("Print Timeline"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportContext exported = context();
    ExportRequest request;
    request.scope = ExportScope::CurrentView;
    request.view = exported.view;
    request.title = exported.title;
    request.palette = Palette::Kind::Print;
    ExportDialog::applySettings(request);
    request.palette = Palette::Kind::Print; // paper: always the white-background palette
    QString error;
    if (!ImageExporter(exported.document, exported.scene).print(printer, request, &error))
        showPlainMessage(m_sources.window, QMessageBox::Warning, tr("Print"),
                         tr("The timeline could not be printed.\n\n%1").arg(asSentence(error)));
}

void ExportActions::copyImage()
{
    if (!ready())
        return;
    const ExportContext exported = context();
    ExportRequest request;
    request.scope = ExportScope::CurrentView;
    request.view = exported.view;
    request.parts = ExportPart::None; // exactly the view, as the user sees it
    request.visibleLanesOnly = true;
    const double dpr = m_sources.window->devicePixelRatioF();
    request.devicePixelRatio = dpr;
    request.pixelSize = (exported.view.size * dpr).toSize();
    request.palette = m_sources.view->model().palette().kind;
    QString error;
    const QImage image = ImageExporter(exported.document, exported.scene).renderImage(request, &error);
    if (image.isNull()) {
        showPlainMessage(m_sources.window, QMessageBox::Warning, tr("Copy Image"), asSentence(error));
        return;
    }
    QGuiApplication::clipboard()->setImage(image);
}

} // namespace dateline
