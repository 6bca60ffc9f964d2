#pragma once

#include "app/gui/library/entityform.h"

#include <QColor>

class QLineEdit;
class QPushButton;

namespace dateline {

struct Era;

// Era: a name, an EDTF span and a band colour (QColorDialog; "Default" uses the palette's).
class EraForm : public EntityForm {
    Q_OBJECT
public:
    explicit EraForm(QWidget *parent = nullptr);

    EntityKind kind() const override;
    QString noun() const override { return tr("era"); }
    std::vector<Item> items(const Document &document) const override;
    void load(const Document &document, std::int64_t id) override;
    QString problem() const override;
    std::int64_t add(DocumentController &controller) override;
    bool update(DocumentController &controller, std::int64_t id) override;
    bool remove(DocumentController &controller, std::int64_t id) override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *spanEdit() const { return m_span; }
    QColor color() const { return m_color; } // invalid: the palette default
    void setColor(const QColor &color);      // as if picked by the user (emits edited)

private:
    void chooseColor();
    void showColor();
    void fill(Era &era) const;

    QLineEdit *m_name;
    QLineEdit *m_span;
    QPushButton *m_colorButton;
    QPushButton *m_defaultButton;
    QColor m_color;
};

} // namespace dateline
