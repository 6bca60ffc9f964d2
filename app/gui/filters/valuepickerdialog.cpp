#include "app/gui/filters/valuepickerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dateline {

ValuePickerDialog::ValuePickerDialog(const QString &title, const QString &label,
                                     std::vector<EntityPicker::Item> items, QWidget *parent)
    : QDialog(parent)
    , m_picker(new EntityPicker(this))
{
    setWindowTitle(title);
    auto *text = new QLabel(label, this);
    text->setTextFormat(Qt::PlainText);
    text->setBuddy(m_picker);
    m_picker->setObjectName(QStringLiteral("valuePicker"));
    m_picker->setItems(std::move(items));
    m_picker->setMinimumWidth(320);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add Filter"));
    ok->setEnabled(false);
    connect(m_picker, &EntityPicker::picked, this, [ok](qint64 id) { ok->setEnabled(id != 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_picker->resolve();
        if (m_picker->currentId() != 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_picker);
    layout->addWidget(buttons);
}

qint64 ValuePickerDialog::ask(QWidget *parent, const QString &title, const QString &label,
                              std::vector<EntityPicker::Item> items)
{
    ValuePickerDialog dialog(title, label, std::move(items), parent);
    return dialog.exec() == QDialog::Accepted ? dialog.pickedId() : 0;
}

} // namespace dateline
