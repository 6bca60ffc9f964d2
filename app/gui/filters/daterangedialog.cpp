#include "app/gui/filters/daterangedialog.h"

#include "app/gui/filters/filterchips.h"
#include "app/gui/inspector/datefield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dateline {

DateRangeDialog::DateRangeDialog(const FuzzyDate &range, QWidget *parent)
    : QDialog(parent)
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Filter by Date"));
    const auto [from, to] = dateRangeEnds(range);
    m_from->setObjectName(QStringLiteral("rangeFrom"));
    m_to->setObjectName(QStringLiteral("rangeTo"));
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->lineEdit()->setPlaceholderText(tr("e.g. 2008-03 (empty: no start)"));
    m_to->lineEdit()->setPlaceholderText(tr("e.g. 2008-04 (empty: no end)"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *hint = new QLabel(tr("Keeps the events that overlap the range, however long they last."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from->lineEdit(), &QLineEdit::textChanged, this, &DateRangeDialog::update);
    connect(m_to->lineEdit(), &QLineEdit::textChanged, this, &DateRangeDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    update();
}

FuzzyDate DateRangeDialog::range() const
{
    const QString fromText = m_from->lineEdit()->text().trimmed(), toText = m_to->lineEdit()->text().trimmed();
    const FuzzyDate from = fromText.isEmpty() ? FuzzyDate() : DateField::parse(fromText);
    const FuzzyDate to = toText.isEmpty() ? FuzzyDate() : DateField::parse(toText);
    return dateRangeOf(from, to);
}

bool DateRangeDialog::isAcceptable() const
{
    if (!m_from->isAcceptable() || !m_to->isAcceptable())
        return false;
    const bool bothEmpty = m_from->lineEdit()->text().trimmed().isEmpty() && m_to->lineEdit()->text().trimmed().isEmpty();
    return bothEmpty || range().isValid();
}

void DateRangeDialog::update()
{
    const bool fieldsOk = m_from->isAcceptable() && m_to->isAcceptable();
    const bool ok = isAcceptable();
    m_ok->setEnabled(ok);
    if (fieldsOk && !ok)
        m_message->setText(tr("The range must be two single dates, the second not before the first."));
    else if (ok && !range().isValid())
        m_message->setText(tr("Both fields empty: the date filter is removed."));
    else
        m_message->clear();
}

} // namespace dateline
