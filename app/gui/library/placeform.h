#pragma once

#include "app/gui/library/entityform.h"

class QLineEdit;

namespace dateline {

struct Place;

class CountryField;

// Place: name, country, latitude and longitude (both or neither, in range).
class PlaceForm : public EntityForm {
    Q_OBJECT
public:
    explicit PlaceForm(QWidget *parent = nullptr);

    EntityKind kind() const override;
    QString noun() const override { return tr("place"); }
    std::vector<Item> items(const Document &document) const override;
    void load(const Document &document, std::int64_t id) override;
    QString problem() const override;
    std::int64_t add(DocumentController &controller) override;
    bool update(DocumentController &controller, std::int64_t id) override;
    bool remove(DocumentController &controller, std::int64_t id) override;

    QLineEdit *nameEdit() const { return m_name; }
    CountryField *countryField() const { return m_country; }
    QLineEdit *latitudeEdit() const { return m_latitude; }
    QLineEdit *longitudeEdit() const { return m_longitude; }

private:
    void fill(Place &place) const;

    QLineEdit *m_name;
    CountryField *m_country;
    QLineEdit *m_latitude;
    QLineEdit *m_longitude;
};

} // namespace dateline
