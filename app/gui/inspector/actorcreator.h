#pragma once

#include "core/model/entities.h"

#include <QFrame>

class QComboBox;
class QLabel;
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
    // Why the typed country cannot be saved (empty when it can).
    QString countryProblem() const;

    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *countryBox() const { return m_country; }

Q_SIGNALS:
    void accepted(const dateline::Actor &actor);
    void cancelled();

private:
    void accept();
    // The code of the country picked or typed (a code or an English name); empty for none and
    // when the text names no country (*unknown then says so).
    QString countryCode(bool *unknown = nullptr) const;

    QLineEdit *m_label;
    QComboBox *m_kind;
    QComboBox *m_country;
    QLabel *m_countryProblem;
};

} // namespace dateline
