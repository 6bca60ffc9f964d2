#pragma once

#include "core/model/ids.h"

#include <QDockWidget>

#include <cstdint>

class QAction;
class QLabel;
class QStackedWidget;

namespace dateline {

class ActorList;
class BulkEditPanel;
class DocumentController;
class EventForm;
class QuoteList;
class RelationList;
struct DocumentChange;

// The Inspector: edits the current event (fields, actors, quotes, relations), or a selection of
// several events at once (bulk panel). Every change goes through the controller's command layer
// as an undoable step. A read-only document shows everything read-only under one line saying why.
// The dock follows the controller; it re-reads the event on changes that touch it and never
// overwrites a field the user is still typing in.
class InspectorDock : public QDockWidget {
    Q_OBJECT
public:
    enum class Page : std::uint8_t { Empty, Event, Bulk };

    explicit InspectorDock(DocumentController *controller, QWidget *parent = nullptr);

    // Edit > Paste as Quote (Ctrl+Shift+V): a new quote of the current event with the clipboard text.
    QAction *pasteQuoteAction() const { return m_pasteQuote; }
    // Edit > Edit Event (F2): shows the Inspector with the current event's title selected.
    QAction *editEventAction() const { return m_editEvent; }

    // Commits what was typed and not yet saved (the window closing); false when that failed.
    bool commitPending();

    Page page() const;
    EventForm *eventForm() const { return m_form; }
    ActorList *actorList() const { return m_actors; }
    QuoteList *quoteList() const { return m_quotes; }
    RelationList *relationList() const { return m_relations; }
    BulkEditPanel *bulkPanel() const { return m_bulk; }
    QLabel *readOnlyBanner() const { return m_banner; }

private:
    void buildPages();
    void reloadAll();
    void showSelection();
    void edited(const DocumentChange &change);
    void loadEntities();
    void loadEvent();
    void applyReadOnly();
    void pasteQuote();
    void editEvent();

    DocumentController *m_controller;
    QAction *m_pasteQuote;
    QAction *m_editEvent;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    EventForm *m_form = nullptr;
    ActorList *m_actors = nullptr;
    QuoteList *m_quotes = nullptr;
    RelationList *m_relations = nullptr;
    BulkEditPanel *m_bulk = nullptr;
    EventId m_shown;
    bool m_switching = false;
    bool m_readOnly = false;
};

} // namespace dateline
