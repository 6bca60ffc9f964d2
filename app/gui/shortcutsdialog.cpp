#include "app/gui/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dateline {

namespace {

struct Row {
    QString where; // "Edit", "File > Export", or "" for keys no menu shows
    QString command;
    QString keys;
};

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QStringLiteral("…")).trimmed();
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &where, std::vector<Row> &rows, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), where + QStringLiteral(" > ") + withoutMnemonic(action->menu()->title()), rows, seen);
            continue;
        }
        seen.insert(action);
        if (!action->isSeparator() && !action->shortcuts().isEmpty())
            rows.push_back({where, withoutMnemonic(action->text()), keysOf(action)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window), m_table(new QTableWidget(0, 3))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    std::vector<Row> rows;
    QSet<const QAction *> seen;
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            collect(top->menu(), withoutMnemonic(top->menu()->title()), rows, seen);
    // Keys that act in one pane (the timeline's zoom, the table's delete …) without a menu entry.
    QSet<QString> listed;
    for (const Row &r : rows)
        listed.insert(r.command + QLatin1Char('\n') + r.keys);
    for (const QAction *action : window->findChildren<QAction *>()) {
        const QString command = withoutMnemonic(action->text()), keys = keysOf(action);
        if (seen.contains(action) || keys.isEmpty() || command.isEmpty() || listed.contains(command + QLatin1Char('\n') + keys))
            continue;
        listed.insert(command + QLatin1Char('\n') + keys);
        rows.push_back({tr("In a pane"), command, keys});
    }
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const Row &r = rows[std::size_t(i)];
        int column = 0;
        for (const QString &text : {r.where, r.command, r.keys}) {
            auto *item = new QTableWidgetItem(text); // plain text: never interpreted
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(i, column++, item);
        }
    }
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8); // a list, not a form
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace dateline
