#include "app/gui/articleimportdatedelegate.h"

#include "app/gui/inspector/datefield.h"
#include "core/date/fuzzydate.h"

#include <QLineEdit>

namespace dateline {

QWidget *ArticleImportDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(tr("e.g. 2008-03-17, 2008-03-17/2008-03-18 or 17-18 March 2008"));
    connect(edit, &QLineEdit::textChanged, edit, [edit](const QString &text) {
        edit->setStyleSheet(DateField::parse(text.trimmed()).isValid() ? QString() : QStringLiteral("color: #b00020;"));
    });
    return edit;
}

void ArticleImportDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::UserRole).toString());
}

void ArticleImportDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
    const FuzzyDate date = DateField::parse(text); // EDTF, or as people write dates
    if (!date.isValid())
        return; // the old date stays
    model->setData(index, date.toEdtf(), Qt::UserRole);
    model->setData(index, date.toDisplayString(), Qt::DisplayRole);
}

} // namespace dateline
