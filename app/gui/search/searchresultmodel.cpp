#include "app/gui/search/searchresultmodel.h"

namespace dateline {

void SearchResultModel::setHits(std::vector<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowOf(EventId id) const
{
    for (std::size_t i = 0; i < m_hits.size(); ++i) {
        if (m_hits[i].event == id)
            return int(i);
    }
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_hits.size()))
        return {};
    const SearchHit &hit = m_hits[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: // for accessibility and copying: plain text
        return hit.snippet.isEmpty() ? hit.title : hit.title + QLatin1Char('\n') + hit.snippet;
    case Qt::ToolTipRole:
        return hit.date.toDisplayString();
    case HitRole:
        return QVariant::fromValue(static_cast<const void *>(&hit));
    default:
        return {};
    }
}

} // namespace dateline
