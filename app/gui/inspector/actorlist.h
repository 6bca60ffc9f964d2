#pragma once

#include "core/model/entities.h"
#include "core/model/event.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QVBoxLayout;

namespace dateline {

class ActorCreator;
class DocumentController;
class EntityPicker;

// The actors of the current event with their roles: change a role, remove a link, add an actor
// picked by name (completing from the document's actors) or created inline (label, kind, country)
// together with its link, as one undo step.
class ActorList : public QWidget {
    Q_OBJECT
public:
    explicit ActorList(DocumentController *controller, QWidget *parent = nullptr);

    void setEvent(const std::optional<Event> &event);
    void setActors(const std::vector<Actor> &actors);
    void setReadOnly(bool readOnly);

    EntityPicker *picker() const { return m_picker; }
    ActorCreator *creator() const { return m_creator; }
    QComboBox *roleBox() const { return m_role; }

    static QComboBox *createRoleBox(ActorRole role);

private:
    void rebuildRows();
    void changeLinks(const std::function<void(std::vector<ActorLink> &)> &apply);
    void addActor(ActorId id);
    void createActor(const Actor &actor);

    DocumentController *m_controller;
    std::optional<Event> m_event;
    QHash<qint64, QString> m_names;
    bool m_readOnly = false;
    QWidget *m_rows;
    QVBoxLayout *m_rowsLayout;
    EntityPicker *m_picker;
    QComboBox *m_role;
    ActorCreator *m_creator;
};

} // namespace dateline
