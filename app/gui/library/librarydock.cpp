#include "app/gui/library/librarydock.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/library/actorform.h"
#include "app/gui/library/entitytab.h"
#include "app/gui/library/eraform.h"
#include "app/gui/library/placeform.h"
#include "app/gui/library/sourceform.h"
#include "app/gui/windowmenus.h"
#include "core/edit/documentchange.h"
#include "core/edit/commands.h"
#include "core/store/document.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dateline {

LibraryDock::LibraryDock(DocumentController *controller, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_controller(controller)
    , m_tabs(new QTabWidget)
    , m_actors(new EntityTab(new ActorForm, controller))
    , m_places(new EntityTab(new PlaceForm, controller))
    , m_sources(new EntityTab(new SourceForm, controller))
    , m_eras(new EntityTab(new EraForm, controller))
{
    setObjectName(QStringLiteral("libraryDock"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createDocumentTab(), tr("Document"));
    m_tabs->addTab(m_actors, tr("Actors"));
    m_tabs->addTab(m_places, tr("Places"));
    m_tabs->addTab(m_sources, tr("Sources"));
    m_tabs->addTab(m_eras, tr("Eras"));
    m_tabs->setCurrentIndex(1);
    setWidget(m_tabs);

    connect(controller, &DocumentController::documentChanged, this, &LibraryDock::updateDocumentTab);
    connect(controller, &DocumentController::documentEdited, this, [this](const DocumentChange &change) {
        if (change.touches(EntityKind::Title))
            updateDocumentTab();
    });
    updateDocumentTab();
}

LibraryDock *LibraryDock::install(QMainWindow *window, DocumentController *controller, const WindowMenus &menus)
{
    auto *dock = new LibraryDock(controller, window);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (menus.view)
        menus.view->addAction(dock->toggleViewAction());
    dock->toggleViewAction()->setText(tr("&Library"));
    return dock;
}

QWidget *LibraryDock::createDocumentTab()
{
    auto *page = new QWidget;
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_title->setPlaceholderText(tr("Untitled (the file name is shown)"));
    m_applyTitle = new QPushButton(tr("Apply"));
    m_applyTitle->setObjectName(QStringLiteral("applyTitle"));
    connect(m_applyTitle, &QPushButton::clicked, this, &LibraryDock::applyTitle);
    connect(m_title, &QLineEdit::returnPressed, this, &LibraryDock::applyTitle);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_applyTitle->setEnabled(!m_controller->isReadOnly()
                                 && m_title->text().trimmed() != m_controller->document()->title());
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_applyTitle);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Title"));
    label->setBuddy(m_title);
    form->addRow(label, row);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void LibraryDock::updateDocumentTab()
{
    const Document *document = m_controller->document();
    m_title->setText(document ? document->title() : QString());
    m_title->setEnabled(document && !m_controller->isReadOnly());
    m_applyTitle->setEnabled(false);
}

bool LibraryDock::applyTitle()
{
    const Document *document = m_controller->document();
    const QString title = m_title->text().trimmed();
    if (!document || m_controller->isReadOnly() || title == document->title())
        return false;
    return m_controller->edit([&](Editor &e) { commands::setTitle(e, title); });
}

} // namespace dateline
