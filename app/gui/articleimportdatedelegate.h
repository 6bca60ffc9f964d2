#pragma once

#include <QStyledItemDelegate>

namespace dateline {

// The date cell of the article proposals: shows the readable date, edits the EDTF kept under
// Qt::UserRole ("2008-03-17/2008-03-18"), and refuses text that is not EDTF (the editor turns red
// and the old date stays).
class ArticleImportDateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace dateline
