#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dateline {

class Document;
class DocumentController;
class EntityForm;
struct DocumentChange;

// One Library tab: a filterable list of the entities of a kind above their form. Selecting an
// entry loads it; New blanks the form; Add/Apply saves (only when the form is valid and changed);
// Delete removes the selected entity. Every change is one undoable step. Read-only documents can
// be browsed, not changed.
class EntityTab : public QWidget {
    Q_OBJECT
public:
    EntityTab(EntityForm *form, DocumentController *controller, QWidget *parent = nullptr);

    EntityForm *form() const { return m_form; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QString message() const; // the validation message shown under the form

    std::int64_t currentId() const { return m_current; }
    void select(std::int64_t id); // 0: a new entity
    void newEntity() { select(0); }
    bool save();                  // add or apply; false when invalid, unchanged or refused
    bool removeCurrent();
    void reload();                // the list and, unless being edited, the form

private:
    void loadForm(const Document &document);
    void documentEdited(const DocumentChange &change);
    void applyFilter();
    void formEdited();
    void updateState();

    EntityForm *m_form;
    DocumentController *m_controller;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    std::int64_t m_current = 0;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace dateline
