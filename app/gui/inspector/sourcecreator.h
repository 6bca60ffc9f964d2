#pragma once

#include "core/model/entities.h"

#include <QFrame>

class QComboBox;
class QLineEdit;

namespace dateline {

// An inline form for a new source (title, publication, URL, reliability A–F), shown where a
// source was typed that does not exist yet. accepted hands the source to whoever asked.
class SourceCreator : public QFrame {
    Q_OBJECT
public:
    explicit SourceCreator(QWidget *parent = nullptr);

    void start(const QString &title);
    Source source() const;

    QLineEdit *titleEdit() const { return m_title; }

Q_SIGNALS:
    void accepted(const dateline::Source &source);
    void cancelled();

private:
    void accept();

    QLineEdit *m_title;
    QLineEdit *m_publication;
    QLineEdit *m_url;
    QComboBox *m_reliability;
};

} // namespace dateline
