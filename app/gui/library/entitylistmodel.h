#pragma once

#include "app/gui/library/entityform.h"

#include <QAbstractListModel>

#include <cstdint>
#include <vector>

namespace dateline {

// The entries of a Library list: all entities of a kind, in the form's order, of which the
// filter shows some. A model rather than list items, because a GDELT document holds a million sources:
// a QListWidget item per entry took minutes to fill and gigabytes to hold.
class EntityListModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractListModel::QAbstractListModel;

    // In the order of the user's language (what the forms of long lists use).
    static void sortByText(std::vector<EntityForm::Item> &items);

    void setItems(std::vector<EntityForm::Item> items); // the filter stays
    void setFilter(const QString &text);                 // matched against Item::search
    std::int64_t idAt(int row) const;
    int rowOf(std::int64_t id) const; // -1 when absent or filtered out
    bool contains(std::int64_t id) const; // filtered out or not
    int totalCount() const { return int(m_items.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void refilter();

    std::vector<EntityForm::Item> m_items;
    std::vector<int> m_shown; // indexes into m_items
    QString m_filter;
};

} // namespace dateline
