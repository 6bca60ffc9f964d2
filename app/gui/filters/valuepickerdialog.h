#pragma once

#include "app/gui/inspector/entitypicker.h"

#include <QDialog>

namespace dateline {

// Asks for one value of a facet (an actor, a country, a tag) by name, completing from the
// document's values as the user types. Returns the picked item's id, or 0 when cancelled.
class ValuePickerDialog : public QDialog {
    Q_OBJECT
public:
    ValuePickerDialog(const QString &title, const QString &label, std::vector<EntityPicker::Item> items,
                      QWidget *parent = nullptr);

    EntityPicker *picker() const { return m_picker; }
    qint64 pickedId() const { return m_picker->currentId(); }

    static qint64 ask(QWidget *parent, const QString &title, const QString &label,
                      std::vector<EntityPicker::Item> items);

private:
    EntityPicker *m_picker;
};

} // namespace dateline
