#pragma once

#include "app/gui/library/entityform.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace dateline {

class CountryField;
struct Actor;

// Actor: label, kind, country (ISO 3166-1 alpha-3), CAMEO actor code, aliases (one a line).
class ActorForm : public EntityForm {
    Q_OBJECT
public:
    explicit ActorForm(QWidget *parent = nullptr);

    EntityKind kind() const override;
    QString noun() const override { return tr("actor"); }
    std::vector<Item> items(const Document &document) const override;
    void load(const Document &document, std::int64_t id) override;
    QString problem() const override;
    std::int64_t add(DocumentController &controller) override;
    bool update(DocumentController &controller, std::int64_t id) override;
    bool remove(DocumentController &controller, std::int64_t id) override;

    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindBox() const { return m_kind; }
    CountryField *countryField() const { return m_country; }
    QLineEdit *cameoEdit() const { return m_cameo; }
    QPlainTextEdit *aliasesEdit() const { return m_aliases; }

private:
    QStringList aliases() const;
    void fill(Actor &actor) const;

    QLineEdit *m_label;
    QComboBox *m_kind;
    CountryField *m_country;
    QLineEdit *m_cameo;
    QPlainTextEdit *m_aliases;
};

} // namespace dateline
