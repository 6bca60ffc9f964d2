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
    , m_countryProblem(inspector::plainLabel())
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
    m_countryProblem->setObjectName(QStringLiteral("actorCountryProblem"));
    QPalette palette = m_countryProblem->palette();
    palette.setColor(QPalette::WindowText, inspector::warningColor(palette));
    m_countryProblem->setPalette(palette);
    m_countryProblem->hide();
    connect(m_country, &QComboBox::editTextChanged, m_countryProblem, &QWidget::hide);

    auto *create = new QPushButton(tr("Create Actor"));
    create->setObjectName(QStringLiteral("createActor"));
    create->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"));
    connect(create, &QPushButton::clicked, this, &ActorCreator::accept);
    connect(m_label, &QLineEdit::returnPressed, this, &ActorCreator::accept);
    inspector::enterPresses(m_country->lineEdit(), create); // setDefault does nothing outside a dialog
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
    form->addRow(m_countryProblem);
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
    m_countryProblem->hide();
    show();
    m_label->setFocus(Qt::OtherFocusReason);
}

Actor ActorCreator::actor() const
{
    Actor actor;
    actor.label = m_label->text().trimmed();
    actor.kind = ActorKind(m_kind->currentData().toInt());
    actor.country = countryCode();
    return actor;
}

QString ActorCreator::countryCode(bool *unknown) const
{
    const QString text = m_country->currentText().trimmed();
    // An item picked from the list (or typed in full, in any case) carries its code.
    const int index = m_country->findText(text, Qt::MatchFixedString);
    const QString code = index >= 0 ? m_country->itemData(index).toString() : CountryCodes::system().codeFor(text);
    if (unknown)
        *unknown = index < 0 && code.isEmpty() && !text.isEmpty();
    return code;
}

QString ActorCreator::countryProblem() const
{
    bool unknown = false;
    countryCode(&unknown);
    if (!unknown)
        return {};
    return tr("No country is called “%1”: type its English name or its two- or three-letter ISO code, "
              "or leave the field empty.").arg(m_country->currentText().trimmed());
}

void ActorCreator::accept()
{
    const Actor a = actor();
    if (a.label.isEmpty()) {
        m_label->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (const QString problem = countryProblem(); !problem.isEmpty()) {
        // Said, not dropped: the actor would otherwise be saved without the country.
        m_countryProblem->setText(problem);
        m_countryProblem->show();
        m_country->setFocus(Qt::OtherFocusReason);
        return;
    }
    hide();
    Q_EMIT accepted(a);
}

} // namespace dateline
