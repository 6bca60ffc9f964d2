#pragma once

#include "core/model/entities.h"

#include <QFrame>

class QComboBox;
class QLineEdit;

namespace dateline {

// An inline form for a new actor (label, kind, country), shown where an actor was typed that
// does not exist yet. It creates nothing itself: accepted hands the actor to whoever asked.
class ActorCreator : public QFrame {
    Q_OBJECT
public:
    explicit ActorCreator(QWidget *parent = nullptr);

    // Shows the form for a new actor called label.
    void start(const QString &label);
    Actor actor() const;

    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *countryBox() const { return m_country; }

Q_SIGNALS:
    void accepted(const dateline::Actor &actor);
    void cancelled();

private:
    void accept();

    QLineEdit *m_label;
    QComboBox *m_kind;
    QComboBox *m_country;
};

} // namespace dateline
