#include "app/gui/library/placeform.h"

#include "app/gui/documentcontroller.h"
#include "app/gui/library/countryfield.h"
#include "app/gui/library/entitylistmodel.h"
#include "app/gui/library/fieldchecks.h"
#include "core/edit/commands.h"
#include "core/model/entityref.h"
#include "core/store/document.h"

#include <QFormLayout>
#include <QLineEdit>

namespace dateline {

PlaceForm::PlaceForm(QWidget *parent)
    : EntityForm(parent)
    , m_name(new QLineEdit)
    , m_country(new CountryField)
    , m_latitude(new QLineEdit)
    , m_longitude(new QLineEdit)
{
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Sochi"));
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_latitude->setPlaceholderText(tr("−90 to 90, e.g. 43.5855"));
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_longitude->setPlaceholderText(tr("−180 to 180, e.g. 39.7231"));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Name"), m_name);
    layout->addRow(tr("&Country"), m_country);
    layout->addRow(tr("La&titude"), m_latitude);
    layout->addRow(tr("L&ongitude"), m_longitude);
    for (QLineEdit *edit : {m_name, m_latitude, m_longitude})
        connect(edit, &QLineEdit::textEdited, this, &EntityForm::edited);
    connect(m_country, &CountryField::edited, this, &EntityForm::edited);
}

EntityKind PlaceForm::kind() const
{
    return EntityKind::Place;
}

std::vector<EntityForm::Item> PlaceForm::items(const Document &document) const
{
    std::vector<Item> result;
    for (const Place &p : document.places()) {
        const QString text = p.country.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.country);
        result.push_back({p.id.value, text, (p.name + u' ' + p.country).toLower()});
    }
    EntityListModel::sortByText(result);
    return result;
}

void PlaceForm::load(const Document &document, std::int64_t id)
{
    const Place place = document.place(PlaceId(id)).value_or(Place{});
    m_name->setText(place.name);
    m_country->setCode(place.country);
    m_latitude->setText(fieldchecks::coordinateText(place.latitude));
    m_longitude->setText(fieldchecks::coordinateText(place.longitude));
}

QString PlaceForm::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A place needs a name.");
    if (const QString country = m_country->problem(); !country.isEmpty())
        return country;
    QString problem;
    const auto latitude = fieldchecks::coordinate(m_latitude->text(), 90, &problem);
    if (!problem.isEmpty())
        return tr("Latitude: %1").arg(problem);
    const auto longitude = fieldchecks::coordinate(m_longitude->text(), 180, &problem);
    if (!problem.isEmpty())
        return tr("Longitude: %1").arg(problem);
    if (latitude.has_value() != longitude.has_value())
        return tr("Give both latitude and longitude, or neither.");
    return {};
}

void PlaceForm::fill(Place &place) const
{
    place.name = m_name->text().trimmed();
    place.country = m_country->code();
    place.latitude = fieldchecks::coordinate(m_latitude->text(), 90, nullptr);
    place.longitude = fieldchecks::coordinate(m_longitude->text(), 180, nullptr);
}

std::int64_t PlaceForm::add(DocumentController &controller)
{
    Place place;
    fill(place);
    PlaceId id;
    controller.edit([&](Editor &e) { id = commands::addPlace(e, place); });
    return id.value;
}

bool PlaceForm::update(DocumentController &controller, std::int64_t id)
{
    std::optional<Place> place = controller.document()->place(PlaceId(id));
    if (!place)
        return false;
    fill(*place);
    return controller.edit([&](Editor &e) { commands::updatePlace(e, *place); });
}

bool PlaceForm::remove(DocumentController &controller, std::int64_t id)
{
    return controller.edit([&](Editor &e) { commands::removePlace(e, PlaceId(id)); });
}

} // namespace dateline
