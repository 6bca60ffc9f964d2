#pragma once

#include <QStyledItemDelegate>

namespace dateline {

// Draws a search hit in two lines: the date (muted) and the title, then the snippet with where
// it came from ("quote:", "name:"). Hits are highlighted with a background behind the plain text
// (QTextLayout format ranges: the document's text is never read as markup).
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dateline
