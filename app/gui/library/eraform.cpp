#include "app/gui/library/eraform.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/library/fieldchecks.h"
#include "core/edit/commands.h"
#include "core/model/entityref.h"
#include "core/store/document.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace dateline {

EraForm::EraForm(QWidget *parent)
    : EntityForm(parent)
    , m_name(new QLineEdit)
    , m_span(new QLineEdit)
    , m_colorButton(new QPushButton)
    , m_defaultButton(new QPushButton(tr("Default")))
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Putin's second term"));
    m_span->setObjectName(QStringLiteral("span"));
    m_span->setPlaceholderText(tr("EDTF span, e.g. 2004-05-07/2008-05-07"));
    m_colorButton->setObjectName(QStringLiteral("color"));
    m_defaultButton->setToolTip(tr("Use the palette's era colour"));
    connect(m_colorButton, &QPushButton::clicked, this, &EraForm::chooseColor);
    connect(m_defaultButton, &QPushButton::clicked, this, [this] { setColor(QColor()); });

    auto *colorRow = new QHBoxLayout;
    colorRow->setContentsMargins(0, 0, 0, 0);
    colorRow->addWidget(m_colorButton);
    colorRow->addWidget(m_defaultButton);
    colorRow->addStretch(1);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Name"), m_name);
    layout->addRow(tr("&Span"), m_span);
    auto *colorLabel = new QLabel(tr("Co&lour"));
    colorLabel->setBuddy(m_colorButton);
    layout->addRow(colorLabel, colorRow);
    for (QLineEdit *edit : {m_name, m_span})
        connect(edit, &QLineEdit::textEdited, this, &EntityForm::edited);
    showColor();
}

EntityKind EraForm::kind() const
{
    return EntityKind::Era;
}

std::vector<EntityForm::Item> EraForm::items(const Document &document) const
{
    std::vector<Item> result;
    for (const Era &era : document.eras()) {
        const QString when = era.span.isValid() ? era.span.toDisplayString() : tr("undated");
        result.push_back({era.id.value, QStringLiteral("%1 (%2)").arg(era.name, when), era.name.toLower()});
    }
    return result; // in the store's order (by id): eras are few
}

void EraForm::load(const Document &document, std::int64_t id)
{
    const Era era = document.era(EraId(id)).value_or(Era{});
    m_name->setText(era.name);
    m_span->setText(era.span.isValid() ? era.span.toEdtf() : QString());
    m_color = era.color.isEmpty() ? QColor() : QColor::fromString(era.color);
    showColor();
}

QString EraForm::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("An era needs a name.");
    return fieldchecks::dateProblem(tr("Span"), m_span->text(), fieldchecks::Required::Yes);
}

void EraForm::setColor(const QColor &color)
{
    m_color = color;
    showColor();
    Q_EMIT edited();
}

void EraForm::chooseColor()
{
    const QColor picked = QColorDialog::getColor(m_color.isValid() ? m_color : QColor(0x8a, 0xa4, 0xc8), this,
                                                 tr("Era Colour"));
    if (picked.isValid())
        setColor(picked);
}

void EraForm::showColor()
{
    QPixmap swatch(28, 14);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(m_color.isValid() ? m_color : QColor(Qt::transparent));
    painter.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    if (!m_color.isValid())
        painter.drawLine(swatch.rect().bottomLeft(), swatch.rect().topRight());
    painter.end();
    m_colorButton->setIcon(QIcon(swatch));
    m_colorButton->setIconSize(swatch.size());
    m_colorButton->setText(m_color.isValid() ? m_color.name() : tr("Default"));
    m_defaultButton->setEnabled(m_color.isValid());
}

void EraForm::fill(Era &era) const
{
    era.name = m_name->text().trimmed();
    era.span = fieldchecks::date(m_span->text());
    era.color = m_color.isValid() ? m_color.name() : QString();
}

std::int64_t EraForm::add(DocumentController &controller)
{
    Era era;
    fill(era);
    EraId id;
    controller.edit([&](Editor &e) { id = commands::addEra(e, era); });
    return id.value;
}

bool EraForm::update(DocumentController &controller, std::int64_t id)
{
    std::optional<Era> era = controller.document()->era(EraId(id));
    if (!era)
        return false;
    fill(*era);
    return controller.edit([&](Editor &e) { commands::updateEra(e, *era); });
}

bool EraForm::remove(DocumentController &controller, std::int64_t id)
{
    return controller.edit([&](Editor &e) { commands::removeEra(e, EraId(id)); });
}

} // namespace dateline
