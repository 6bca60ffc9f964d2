#include "app/gui/library/actorform.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/library/countryfield.h"
#include "app/gui/library/entitylistmodel.h"
#include "core/edit/commands.h"
#include "core/model/entityref.h"
#include "core/store/document.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace dateline {

ActorForm::ActorForm(QWidget *parent)
    : EntityForm(parent)
    , m_label(new QLineEdit)
    , m_kind(new QComboBox)
    , m_country(new CountryField)
    , m_cameo(new QLineEdit)
    , m_aliases(new QPlainTextEdit)
{
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("e.g. Sergey Lavrov"));
    for (ActorKind k : {ActorKind::State, ActorKind::Person, ActorKind::Organisation, ActorKind::Group})
        m_kind->addItem(actorKindName(k), int(k));
    m_cameo->setObjectName(QStringLiteral("cameo"));
    m_cameo->setPlaceholderText(tr("e.g. RUSGOV"));
    m_cameo->setToolTip(tr("CAMEO actor code: three-character blocks, country then role (RUSGOV, USAMIL)"));
    m_aliases->setObjectName(QStringLiteral("aliases"));
    m_aliases->setPlaceholderText(tr("Other names, one a line"));
    m_aliases->setTabChangesFocus(true);
    m_aliases->setFixedHeight(m_aliases->fontMetrics().lineSpacing() * 3 + 12);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Label"), m_label);
    layout->addRow(tr("&Kind"), m_kind);
    layout->addRow(tr("&Country"), m_country);
    layout->addRow(tr("CA&MEO code"), m_cameo);
    layout->addRow(tr("&Aliases"), m_aliases);

    connect(m_label, &QLineEdit::textEdited, this, &EntityForm::edited);
    connect(m_kind, &QComboBox::activated, this, &EntityForm::edited);
    connect(m_country, &CountryField::edited, this, &EntityForm::edited);
    connect(m_cameo, &QLineEdit::textEdited, this, &EntityForm::edited);
    connect(m_aliases, &QPlainTextEdit::textChanged, this, &EntityForm::edited); // the tab ignores loads
}

EntityKind ActorForm::kind() const
{
    return EntityKind::Actor;
}

std::vector<EntityForm::Item> ActorForm::items(const Document &document) const
{
    std::vector<Item> result;
    for (const Actor &a : document.actors()) {
        QString text = a.label;
        if (!a.country.isEmpty())
            text += QStringLiteral(" (%1)").arg(a.country);
        result.push_back({a.id.value, text, (a.label + u' ' + a.aliases.join(u' ') + u' ' + a.country + u' ' + a.cameoCode).toLower()});
    }
    EntityListModel::sortByText(result);
    return result;
}

void ActorForm::load(const Document &document, std::int64_t id)
{
    const Actor actor = document.actor(ActorId(id)).value_or(Actor{});
    m_label->setText(actor.label);
    m_kind->setCurrentIndex(m_kind->findData(int(actor.kind)));
    m_country->setCode(actor.country);
    m_cameo->setText(actor.cameoCode);
    m_aliases->setPlainText(actor.aliases.join(u'\n'));
}

QStringList ActorForm::aliases() const
{
    QStringList result;
    for (const QString &line : m_aliases->toPlainText().split(u'\n')) {
        const QString alias = line.trimmed();
        if (!alias.isEmpty() && !result.contains(alias))
            result << alias;
    }
    return result;
}

QString ActorForm::problem() const
{
    if (m_label->text().trimmed().isEmpty())
        return tr("An actor needs a label.");
    if (const QString country = m_country->problem(); !country.isEmpty())
        return country;
    static const QRegularExpression cameo(QStringLiteral("^(?:[A-Za-z0-9]{3})*$"));
    if (!cameo.match(m_cameo->text().trimmed()).hasMatch())
        return tr("A CAMEO actor code is made of three-character blocks, such as RUS or RUSGOV.");
    return {};
}

void ActorForm::fill(Actor &actor) const
{
    actor.label = m_label->text().trimmed();
    actor.kind = ActorKind(m_kind->currentData().toInt());
    actor.country = m_country->code();
    actor.cameoCode = m_cameo->text().trimmed().toUpper();
    actor.aliases = aliases();
}

std::int64_t ActorForm::add(DocumentController &controller)
{
    Actor actor;
    fill(actor);
    ActorId id;
    controller.edit([&](Editor &e) { id = commands::addActor(e, actor); });
    return id.value;
}

bool ActorForm::update(DocumentController &controller, std::int64_t id)
{
    std::optional<Actor> actor = controller.document()->actor(ActorId(id));
    if (!actor)
        return false;
    fill(*actor);
    return controller.edit([&](Editor &e) { commands::updateActor(e, *actor); });
}

bool ActorForm::remove(DocumentController &controller, std::int64_t id)
{
    return controller.edit([&](Editor &e) { commands::removeActor(e, ActorId(id)); });
}

} // namespace dateline
