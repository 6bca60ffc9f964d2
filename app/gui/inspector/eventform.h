#pragma once

#include "app/gui/inspector/entitypicker.h"
#include "core/model/event.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dateline {

class DateField;
class DocumentController;

// The fields of the current event: title, description, date (EDTF, validated as you type),
// status, CAMEO code, place, importance and tags. Each field commits on its own (Enter, leaving
// it, or a change of selection) as one commands::updateEvent, which merges consecutive changes
// of one field into one undo step; Esc reverts the field. A refresh from the document keeps
// whatever the user is still typing in a field.
class EventForm : public QWidget {
    Q_OBJECT
public:
    explicit EventForm(DocumentController *controller, QWidget *parent = nullptr);
    ~EventForm() override;

    // Shows event (none: empty). For the event already shown, fields being edited keep their text.
    void setEvent(const std::optional<Event> &event);
    EventId shownEvent() const { return m_event; }
    void setPlaces(std::vector<EntityPicker::Item> places);
    void setReadOnly(bool readOnly);
    // Commits every field with unfinished, acceptable changes (before the selection moves on).
    void commitPending();

    // "Consult (04), verbal cooperation"; an error message (and ok = false) for a malformed code.
    static QString describeCameo(const QString &code, bool *ok);

private:
    void build();
    // Applies the change to the event as stored; false when the edit failed (reported, and the
    // committing field stays modified, so that its text is saved by the next commit).
    bool change(const std::function<void(Event &)> &apply);
    void commitTitle();
    void commitDescription();
    void commitCameo();
    void commitTags();
    void createPlace(const QString &name);
    void updateCameoFeedback();
    bool eventFilter(QObject *watched, QEvent *event) override;

    DocumentController *m_controller;
    EventId m_event;
    std::optional<Event> m_shown; // as last loaded: what Esc reverts to
    bool m_loading = false;

    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_cameo = nullptr;
    QLabel *m_cameoFeedback = nullptr;
    EntityPicker *m_place = nullptr;
    QSpinBox *m_importance = nullptr;
    QLineEdit *m_tags = nullptr;
};

} // namespace dateline
