#pragma once

#include <QWidget>

#include "app/gui/library/entityform.h"

#include <cstdint>
#include <vector>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace dateline {

class Document;
class DocumentController;
class DocumentReader;
class EntityListModel;
struct DocumentChange;

// One Library tab: a filterable list of the entities of a kind above their form. Selecting an
// entry loads it; New blanks the form; Add/Apply saves (only when the form is valid and changed);
// Delete removes the selected entity. Every change is one undoable step. Read-only documents can
// be browsed, not changed. A list of more than backgroundLoadAbove() entities (a GDELT document's
// million sources) is read on a worker thread: the window stays usable while it fills.
class EntityTab : public QWidget {
    Q_OBJECT
public:
    EntityTab(EntityForm *form, DocumentController *controller, QWidget *parent = nullptr);

    EntityForm *form() const { return m_form; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *list() const { return m_list; }
    EntityListModel *model(); // filled first if it waits to be shown

    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QString message() const; // the validation message shown under the form

    std::int64_t currentId() const { return m_current; }
    void select(std::int64_t id); // 0: a new entity
    void newEntity() { select(0); }
    bool save();                  // add or apply; false when invalid, unchanged or refused
    bool removeCurrent();
    // The list and, unless being edited, the form. A hidden tab only notes that it is stale and
    // reads when shown: a GDELT document has a million sources, and every import changes them.
    void reload();
    bool isReading() const; // a big list is being read on a worker thread
    static constexpr int kBackgroundLoadAbove = 20000;
    void setBackgroundLoadAbove(int entities) { m_backgroundLoadAbove = entities; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureLoaded();
    void load();
    void setItems(std::vector<EntityForm::Item> items); // and the selection and form that go with them
    void setReading(bool reading);
    void loadForm(const Document &document);
    void documentEdited(const DocumentChange &change);
    void showRow(int row); // -1: none
    void formEdited();
    void updateState();

    EntityForm *m_form;
    DocumentController *m_controller;
    QLineEdit *m_filter;
    EntityListModel *m_model;
    QListView *m_list;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    std::int64_t m_current = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_stale = true;
    DocumentReader *m_reader;
    int m_backgroundLoadAbove = kBackgroundLoadAbove;
};

} // namespace dateline
