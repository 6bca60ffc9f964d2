#pragma once

#include "core/model/entities.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QResizeEvent;
class QPushButton;

namespace dateline {

class DocumentController;
class EntityPicker;

// The relations of the current event, both ways ("follow-up of “2+2 meeting”", "“Sochi summit”
// is a follow-up of this"). Add one (kind + target event found by its title), remove one;
// activating a relation makes the other event current.
class RelationList : public QWidget {
    Q_OBJECT
public:
    explicit RelationList(DocumentController *controller, QWidget *parent = nullptr);

    void setEvent(EventId event); // re-reads the relations and the other events' titles
    void setReadOnly(bool readOnly);

    void addRelation(RelationKind kind, EventId target);
    void removeSelected();

    QListWidget *list() const { return m_list; }
    EntityPicker *targetPicker() const { return m_target; }
    QComboBox *kindBox() const { return m_kind; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateButtons();

    DocumentController *m_controller;
    EventId m_event;
    bool m_readOnly = false;
    QListWidget *m_list;
    QComboBox *m_kind;
    EntityPicker *m_target;
    QPushButton *m_remove;
};

} // namespace dateline
