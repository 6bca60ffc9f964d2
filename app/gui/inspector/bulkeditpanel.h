#pragma once

#include "core/model/entities.h"
#include "core/model/event.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dateline {

class ActorCreator;
class DocumentController;
class EntityPicker;

// Edits for a selection of several events, each one undo step: add or remove a tag, set the
// status, set the CAMEO event type, add an actor with a role (picked or created inline).
class BulkEditPanel : public QWidget {
    Q_OBJECT
public:
    explicit BulkEditPanel(DocumentController *controller, QWidget *parent = nullptr);

    void setSelection(const std::vector<EventId> &ids);
    void setActors(const std::vector<Actor> &actors);
    void setReadOnly(bool readOnly);

    void addTag(const QString &tag);
    void removeTag(const QString &tag);
    void setStatus(EventStatus status);
    void setCameoCode(const QString &code);
    void addActor(ActorId actor, ActorRole role);

    QLineEdit *tagEdit() const { return m_tag; }

private:
    void updateButtons();
    void createActor(const Actor &actor);

    DocumentController *m_controller;
    std::vector<EventId> m_ids;
    bool m_readOnly = false;
    QLabel *m_heading;
    QLabel *m_note; // what a change does, or why it cannot
    QLineEdit *m_tag;
    QPushButton *m_addTag;
    QPushButton *m_removeTag;
    QComboBox *m_status;
    QPushButton *m_setStatus;
    QLineEdit *m_cameo;
    QLabel *m_cameoFeedback;
    QPushButton *m_setCameo;
    EntityPicker *m_actor;
    QComboBox *m_role;
    ActorCreator *m_creator;
};

} // namespace dateline
