#include "app/gui/library/entitylistmodel.h"

#include "app/gui/plaintext.h"

#include <QCollator>

#include <algorithm>

namespace dateline {

void EntityListModel::sortByText(std::vector<EntityForm::Item> &items)
{
    // One collation key per entry, compared as bytes: comparing with the collator itself would
    // collate both strings again in each of the n log n comparisons.
    const QCollator collator;
    std::vector<std::pair<QCollatorSortKey, std::size_t>> keys;
    keys.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        keys.emplace_back(collator.sortKey(items[i].text), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
    std::vector<EntityForm::Item> sorted;
    sorted.reserve(items.size());
    for (const auto &key : keys)
        sorted.push_back(std::move(items[key.second]));
    items = std::move(sorted);
}

void EntityListModel::setItems(std::vector<EntityForm::Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    refilter();
    endResetModel();
}

void EntityListModel::setFilter(const QString &text)
{
    const QString filter = text.trimmed().toLower();
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void EntityListModel::refilter()
{
    m_shown.clear();
    m_shown.reserve(m_items.size());
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_filter.isEmpty() || m_items[i].search.contains(m_filter))
            m_shown.push_back(int(i));
    }
}

std::int64_t EntityListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? m_items[std::size_t(m_shown[std::size_t(row)])].id : 0;
}

int EntityListModel::rowOf(std::int64_t id) const
{
    for (std::size_t row = 0; row < m_shown.size(); ++row) {
        if (m_items[std::size_t(m_shown[row])].id == id)
            return int(row);
    }
    return -1;
}

bool EntityListModel::contains(std::int64_t id) const
{
    return std::any_of(m_items.begin(), m_items.end(), [id](const EntityForm::Item &item) { return item.id == id; });
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_shown.size()))
        return {};
    const EntityForm::Item &item = m_items[std::size_t(m_shown[std::size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole: return item.text;
    case Qt::ToolTipRole: return plainToolTip(item.text); // long titles are elided in the list
    case IdRole: return QVariant::fromValue(qint64(item.id));
    default: return {};
    }
}

} // namespace dateline
