#include "app/gui/inspector/entitypicker.h"

#include "app/gui/inspector/inspectorstyle.h"
#include "app/gui/plaintext.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace dateline {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMatchRole = Qt::UserRole + 2; // what the completer matches and inserts: the name
constexpr qint64 kCreateId = -1;
constexpr int kMaxListed = 500; // rows in the completion list at most

} // namespace

EntityPicker::EntityPicker(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    setClearButtonEnabled(true);
    m_completer->setCompletionRole(kMatchRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &EntityPicker::activated);
    connect(this, &QLineEdit::textEdited, this, &EntityPicker::rebuild);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter on a row highlighted with the arrow keys picks that row (its name is in the field,
        // but as the completer's text, not as an edit). The completer may report the row after
        // us: that report is ignored.
        m_resolvedByKey = true;
        QAbstractItemView *popup = m_completer->popup();
        const QModelIndex highlighted = popup->isVisible() ? popup->currentIndex() : QModelIndex();
        popup->hide(); // Enter decided: the list has nothing more to offer
        if (highlighted.isValid())
            choose(highlighted);
        else
            finishEditing(true);
        QMetaObject::invokeMethod(this, [this] { m_resolvedByKey = false; }, Qt::QueuedConnection);
    });
    connect(this, &QLineEdit::editingFinished, this, [this] {
        if (!hasFocus())
            finishEditing(true);
    });
    inspector::onEscape(this, [this] { revert(); });
}

void EntityPicker::setItems(std::vector<Item> items)
{
    m_items = std::move(items);
    m_search = {};
    m_modelStale = true;
    rebuild(text());
    if (m_currentId != 0 && !isModified())
        setCurrentId(m_currentId); // a renamed entity shows its new name
}

void EntityPicker::setSearch(Search search, int minimumLength)
{
    m_search = std::move(search);
    m_minimumLength = minimumLength;
    // The search has chosen the rows (by more than the name: a source by its URL, say): the
    // completer lists them all instead of filtering them again by name.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
}

void EntityPicker::setCreateLabel(const QString &format)
{
    m_createFormat = format;
    m_modelStale = true;
    rebuild(text());
}

void EntityPicker::setCurrent(qint64 id, const QString &name)
{
    m_currentId = id;
    m_currentName = name;
    setText(name);
    setModified(false);
}

void EntityPicker::setCurrentId(qint64 id)
{
    QString name;
    for (const Item &item : m_items) {
        if (item.id == id) {
            name = item.name;
            break;
        }
    }
    setCurrent(name.isEmpty() ? 0 : id, name);
}

void EntityPicker::revert()
{
    setText(m_currentName);
    setModified(false);
}

void EntityPicker::rebuild(const QString &typed)
{
    const QString text = typed.trimmed();
    if (m_search)
        m_items = text.size() >= m_minimumLength ? m_search(text) : std::vector<Item>();
    // A long list is filtered here as the user types: the completer never holds thousands of rows.
    const bool filtered = !m_search && m_items.size() > std::size_t(kMaxListed);
    if (m_search || filtered || m_modelStale) {
        m_model->clear();
        int listed = 0;
        for (const Item &item : m_items) {
            if (filtered && (text.isEmpty() || !item.name.contains(text, Qt::CaseInsensitive)))
                continue;
            if (++listed > kMaxListed)
                break;
            auto *row = new QStandardItem(item.detail.isEmpty() ? item.name : tr("%1 — %2").arg(item.name, item.detail));
            row->setData(item.id, kIdRole);
            row->setData(item.name, kMatchRole);
            row->setToolTip(plainToolTip(row->text()));
            m_model->appendRow(row);
        }
        // The last row offers the typed name (a search lists every row: there it is only there
        // when offered).
        if (!m_createFormat.isEmpty() && (!m_search || offersCreation(text))) {
            auto *create = new QStandardItem;
            create->setData(kCreateId, kIdRole);
            m_model->appendRow(create);
        }
        m_modelStale = false;
    }
    if (!m_createFormat.isEmpty() && m_model->rowCount() > 0) {
        // The creation row matches whatever is typed, unless the name exists.
        QStandardItem *create = m_model->item(m_model->rowCount() - 1);
        if (create->data(kIdRole).toLongLong() == kCreateId) {
            const bool offer = offersCreation(text);
            create->setText(offer ? m_createFormat.arg(text) : QString());
            create->setData(offer ? text : QStringLiteral("\x01"), kMatchRole); // \x01: never typed
        }
    }
}

bool EntityPicker::offersCreation(const QString &text) const
{
    return !text.isEmpty() && exactMatch(text) == 0;
}

qint64 EntityPicker::exactMatch(const QString &text) const
{
    for (const Item &item : m_items) {
        if (item.name.compare(text, Qt::CaseInsensitive) == 0)
            return item.id;
    }
    return 0;
}

void EntityPicker::activated(const QModelIndex &index)
{
    if (!m_resolvedByKey)
        choose(index);
}

void EntityPicker::choose(const QModelIndex &index)
{
    const qint64 id = index.data(kIdRole).toLongLong();
    const QString name = index.data(kMatchRole).toString();
    m_choosing = true;
    if (id == kCreateId) {
        setModified(false);
        Q_EMIT createRequested(name);
    } else if (id != 0) {
        setCurrent(id, name);
        Q_EMIT picked(id);
    }
    m_choosing = false;
}

void EntityPicker::resolve()
{
    finishEditing(true);
}

void EntityPicker::finishEditing(bool createUnknown)
{
    if (m_choosing || !isModified())
        return;
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        if (m_currentId != 0) {
            setCurrent(0, QString());
            Q_EMIT picked(0);
        }
        setModified(false);
        return;
    }
    const qint64 id = exactMatch(typed);
    if (id != 0) {
        const bool changed = id != m_currentId;
        setCurrentId(id);
        if (changed)
            Q_EMIT picked(id);
    } else if (createUnknown && !m_createFormat.isEmpty()) {
        // As when the creation row is chosen: the name is handed on, no longer typing. Left
        // modified, the field would keep it through every refresh, even after an undo.
        setModified(false);
        Q_EMIT createRequested(typed);
    } else {
        revert();
    }
}

} // namespace dateline
