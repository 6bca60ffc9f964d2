#include "app/gui/inspector/actorcreator.h"

#include "app/gui/countrycodes.h"
#include "app/gui/inspector/inspectorstyle.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dateline {

ActorCreator::ActorCreator(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLineEdit)
    , m_kind(new QComboBox)
    , m_country(new QComboBox)
{
    setObjectName(QStringLiteral("actorCreator"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("actorLabel"));
    m_kind->setObjectName(QStringLiteral("actorKind"));
    for (ActorKind kind : {ActorKind::Person, ActorKind::State, ActorKind::Organisation, ActorKind::Group})
        m_kind->addItem(actorKindName(kind), int(kind));

    // Countries by name with their alpha-3 code; typing completes on either.
    m_country->setObjectName(QStringLiteral("actorCountry"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->addItem(tr("(no country)"), QString());
    const CountryCodes &countries = CountryCodes::system();
    for (const QString &code : countries.codesByName())
        m_country->addItem(tr("%1 (%2)").arg(countries.name(code), code), code);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto *create = new QPushButton(tr("Create Actor"));
    create->setObjectName(QStringLiteral("createActor"));
    create->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(create, &QPushButton::clicked, this, &ActorCreator::accept);
    connect(m_label, &QLineEdit::returnPressed, this, &ActorCreator::accept);
    connect(cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    inspector::onEscape(m_label, [cancel] { cancel->click(); });

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(inspector::sectionLabel(tr("New actor")));
    form->addRow(tr("Name"), m_label);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Country"), m_country);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(create);
    form->addRow(buttons);
    hide();
}

void ActorCreator::start(const QString &label)
{
    m_label->setText(label.trimmed());
    m_kind->setCurrentIndex(0);
    m_country->setCurrentIndex(0);
    show();
    m_label->setFocus(Qt::OtherFocusReason);
}

Actor ActorCreator::actor() const
{
    Actor actor;
    actor.label = m_label->text().trimmed();
    actor.kind = ActorKind(m_kind->currentData().toInt());
    // An item picked from the list carries its code; typed text may be a bare alpha-3 code.
    const int index = m_country->findText(m_country->currentText());
    QString code = index >= 0 ? m_country->itemData(index).toString() : m_country->currentText().trimmed().toUpper();
    const CountryCodes &countries = CountryCodes::system();
    const bool known = countries.isEmpty() ? code.size() == 3 : countries.contains(code);
    if (index < 0 && !known)
        code.clear();
    actor.country = code;
    return actor;
}

void ActorCreator::accept()
{
    const Actor a = actor();
    if (a.label.isEmpty()) {
        m_label->setFocus(Qt::OtherFocusReason);
        return;
    }
    hide();
    Q_EMIT accepted(a);
}

} // namespace dateline
