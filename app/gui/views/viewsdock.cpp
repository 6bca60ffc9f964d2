#include "app/gui/views/viewsdock.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/plaintext.h"
#include "app/gui/views/savedviewactions.h"
#include "core/date/isoformat.h"
#include "core/edit/documentchange.h"
#include "core/store/document.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dateline {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;

QString viewDetail(const SavedView &v)
{
    QStringList parts{laneGroupingName(v.grouping)};
    if (v.visibleFrom < v.visibleTo)
        parts << QStringLiteral("%1 – %2").arg(formatIsoDay(v.visibleFrom), formatIsoDay(v.visibleTo - 1));
    if (!v.filter.isEmpty())
        parts << ViewsDock::tr("filtered");
    return parts.join(QStringLiteral(", "));
}

} // namespace

ViewsDock::ViewsDock(DocumentController *controller, SavedViewActions *actions, QWidget *parent)
    : QDockWidget(tr("Views && Bookmarks"), parent)
    , m_controller(controller)
    , m_actions(actions)
    , m_tree(new QTreeWidget)
    , m_apply(new QPushButton(tr("&Show")))
    , m_rename(new QPushButton(tr("&Rename…")))
    , m_remove(new QPushButton(tr("&Delete")))
{
    setWindowTitle(tr("Views & Bookmarks"));
    setObjectName(QStringLiteral("viewsDock"));
    toggleViewAction()->setText(tr("Vie&ws && Bookmarks"));
    m_tree->setObjectName(QStringLiteral("viewsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setRootIsDecorated(false);
    m_views = new QTreeWidgetItem(m_tree, {tr("Views")});
    m_bookmarks = new QTreeWidgetItem(m_tree, {tr("Bookmarks")});
    for (QTreeWidgetItem *group : {m_views, m_bookmarks}) {
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
    }
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { activateSelected(); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ViewsDock::updateButtons);
    const std::pair<QKeySequence, void (ViewsDock::*)()> keys[] = {
        {QKeySequence(Qt::Key_Return), &ViewsDock::activateSelected},
        {QKeySequence(Qt::Key_Enter), &ViewsDock::activateSelected},
        {QKeySequence(Qt::Key_Delete), &ViewsDock::removeSelected},
        {QKeySequence(Qt::Key_F2), &ViewsDock::renameSelected},
    };
    for (const auto &[key, slot] : keys) {
        auto *shortcut = new QShortcut(key, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    connect(m_apply, &QPushButton::clicked, this, &ViewsDock::activateSelected);
    connect(m_rename, &QPushButton::clicked, this, &ViewsDock::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &ViewsDock::removeSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    // How to add entries, wrapped to the dock's width: beside the empty groups, the tree's second
    // column cut it short ("none yet: View > Save Vi…").
    auto *hint = new QLabel(tr("View > Save View As… keeps what the timeline shows under a name; Ctrl+B "
                               "bookmarks a date. Double-click one to go back to it."));
    hint->setObjectName(QStringLiteral("viewsHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    setWidget(content);

    connect(controller, &DocumentController::documentChanged, this, &ViewsDock::reload);
    connect(controller, &DocumentController::documentEdited, this, [this](const DocumentChange &change) {
        if (change.touches(EntityKind::SavedViews) || change.touches(EntityKind::Bookmarks))
            reload();
    });
    reload();
}

void ViewsDock::reload()
{
    const QString selectedName = m_tree->currentItem() ? m_tree->currentItem()->data(0, kNameRole).toString() : QString();
    const int selectedKind = m_tree->currentItem() ? m_tree->currentItem()->data(0, kKindRole).toInt() : 0;
    qDeleteAll(m_views->takeChildren());
    qDeleteAll(m_bookmarks->takeChildren());
    const Document *document = m_controller->document();
    auto add = [&](QTreeWidgetItem *group, Kind kind, const QString &name, const QString &detail) {
        auto *item = new QTreeWidgetItem(group, {name, detail});
        item->setData(0, kKindRole, int(kind));
        item->setData(0, kNameRole, name);
        item->setToolTip(0, plainToolTip(name)); // Qt reads a tooltip as HTML when it looks like it
        if (int(kind) == selectedKind && name == selectedName)
            m_tree->setCurrentItem(item);
    };
    if (document) {
        for (const SavedView &v : document->savedViews())
            add(m_views, Kind::View, v.name, viewDetail(v));
        for (const DateBookmark &b : document->bookmarks())
            add(m_bookmarks, Kind::Bookmark, b.name, b.date.toDisplayString());
    }
    m_views->setText(1, m_views->childCount() ? QString() : tr("none yet"));
    m_bookmarks->setText(1, m_bookmarks->childCount() ? QString() : tr("none yet"));
    m_tree->expandAll();
    updateButtons();
}

void ViewsDock::focusViews()
{
    if (m_views->childCount() > 0)
        m_tree->setCurrentItem(m_views->child(0));
    m_tree->setFocus(Qt::OtherFocusReason);
}

void ViewsDock::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool entry = item && item->data(0, kKindRole).toInt() != 0;
    const bool writable = entry && !m_controller->isReadOnly();
    m_apply->setEnabled(entry);
    m_rename->setEnabled(writable);
    m_remove->setEnabled(writable);
}

void ViewsDock::activateSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const QString name = item->data(0, kNameRole).toString();
    switch (Kind(item->data(0, kKindRole).toInt())) {
    case Kind::View: m_actions->applyView(name); break;
    case Kind::Bookmark: m_actions->jumpToBookmark(name); break;
    }
}

void ViewsDock::renameSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || m_controller->isReadOnly())
        return;
    const QString name = item->data(0, kNameRole).toString();
    switch (Kind(item->data(0, kKindRole).toInt())) {
    case Kind::View: m_actions->renameView(name); break;
    case Kind::Bookmark: m_actions->renameBookmark(name); break;
    }
}

void ViewsDock::removeSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || m_controller->isReadOnly())
        return;
    const QString name = item->data(0, kNameRole).toString();
    switch (Kind(item->data(0, kKindRole).toInt())) {
    case Kind::View: m_actions->removeView(name); break;
    case Kind::Bookmark: m_actions->removeBookmark(name); break;
    }
}

} // namespace dateline
