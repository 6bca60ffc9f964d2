#pragma once

#include "core/store/searchresults.h"

#include <QAbstractListModel>

#include <vector>

namespace dateline {

// The listed hits of the current search, one row each, in time order. Text is the document's
// (untrusted): the delegate draws it as plain text with the hit ranges highlighted.
class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { HitRole = Qt::UserRole + 1 }; // a const SearchHit * (valid while the model is)

    using QAbstractListModel::QAbstractListModel;

    void setHits(std::vector<SearchHit> hits);
    const std::vector<SearchHit> &hits() const { return m_hits; }
    int rowOf(EventId id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    std::vector<SearchHit> m_hits;
};

} // namespace dateline
