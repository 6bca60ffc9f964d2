#include "app/gui/history/historydock.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/history/historydelegate.h"
#include "app/gui/history/historymodel.h"
#include "app/gui/windowmenus.h"
#include "core/store/document.h"

#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QShortcut>
#include <QVBoxLayout>

namespace dateline {

HistoryDock::HistoryDock(DocumentController *controller, QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_controller(controller)
    , m_model(new HistoryModel(this))
    , m_view(new QListView)
    , m_hint(new QLabel)
{
    setObjectName(QStringLiteral("historyDock"));
    m_view->setObjectName(QStringLiteral("history"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HistoryDelegate(m_view));
    m_view->setUniformItemSizes(true); // no row is measured beyond the first: the model stays lazy
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    // A double-click, or Return: never a single click (some styles activate on one), since a
    // step back may be long.
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) { activate(index.row()); });
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_view->currentIndex().isValid())
                activate(m_view->currentIndex().row());
        });
    }

    m_hint->setObjectName(QStringLiteral("historyHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setContentsMargins(4, 2, 4, 2);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);
    setWidget(content);

    connect(controller, &DocumentController::documentOpened, this, &HistoryDock::reload);
    connect(controller, &DocumentController::documentClosed, this, &HistoryDock::reload);
    connect(controller, &DocumentController::documentEdited, this, [this] {
        m_model->refresh();
        updateHint();
    });
    reload();
}

HistoryDock::~HistoryDock()
{
    m_model->setDocument(nullptr);
}

HistoryDock *HistoryDock::install(QMainWindow *window, DocumentController *controller, const WindowMenus &menus)
{
    auto *dock = new HistoryDock(controller, window);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (menus.view) {
        menus.view->addSeparator();
        menus.view->addAction(dock->toggleViewAction());
    }
    dock->toggleViewAction()->setText(tr("&History"));
    return dock;
}

void HistoryDock::reload()
{
    m_model->setDocument(m_controller->document());
    updateHint();
}

void HistoryDock::updateHint()
{
    const Document *document = m_controller->document();
    if (!document)
        m_hint->setText(tr("No document open."));
    else if (!document->hasJournal())
        m_hint->setText(tr("This file keeps no history (made by an older version)."));
    else if (m_model->rowCount() == 0)
        m_hint->setText(tr("No changes yet. Every change is listed here and can be undone, even after reopening."));
    else if (m_controller->isReadOnly())
        m_hint->setText(tr("Read-only: the history can be read, not undone."));
    else
        m_hint->setText(tr("Double-click a step to undo it and every later one; double-click a struck-out step to redo up to it."));
}

bool HistoryDock::activate(int row)
{
    const JournalEntry *entry = m_model->entryAt(row);
    Document *document = m_controller->document();
    if (!entry || !document || m_controller->isReadOnly())
        return false;
    const std::int64_t seq = entry->seq;
    const JournalState from = entry->undone ? JournalState::Undone : JournalState::Done;
    // Undo takes the newest done step, redo the oldest undone one: repeat until seq has moved.
    std::int64_t previous = 0;
    for (;;) {
        const auto next = document->newestJournalEntry(from);
        if (!next || (from == JournalState::Done ? next->seq < seq : next->seq > seq))
            return true;
        if (next->seq == previous) // the last step did not move: never loop on a stuck journal
            return false;
        previous = next->seq;
        if (!(from == JournalState::Done ? m_controller->undo() : m_controller->redo()))
            return false;
    }
}

} // namespace dateline
