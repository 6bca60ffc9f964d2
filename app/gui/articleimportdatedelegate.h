#pragma once

#include <QStyledItemDelegate>

namespace dateline {

// The date cell of the article proposals: shows the readable date, edits the EDTF kept under
// Qt::UserRole ("2008-03-17/2008-03-18"); takes EDTF or a written date ("17-18 March 2008", kept
// as EDTF) and refuses other text (the editor turns red and the old date stays).
class ArticleImportDateDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace dateline
