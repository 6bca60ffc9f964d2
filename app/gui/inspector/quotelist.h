#pragma once

#include "app/gui/inspector/entitypicker.h"
#include "core/model/entities.h"

#include <QHash>
#include <QWidget>

class QListWidget;
class QResizeEvent;
class QPushButton;

namespace dateline {

class DocumentController;
class QuoteEditor;

// The quotes of the current event: each with its text, speaker, source, locator and
// credibility. New quote (or Paste as Quote with the clipboard text), edit, delete
// (commands::removeQuote), detach from this event only (commands::unlinkQuote) and attach
// a quote already in the document (commands::linkQuote).
class QuoteList : public QWidget {
    Q_OBJECT
public:
    explicit QuoteList(DocumentController *controller, QWidget *parent = nullptr);

    void setEvent(EventId event); // re-reads the event's quotes
    void setActors(const std::vector<Actor> &actors); // speakers (sources are looked up as needed)
    void setReadOnly(bool readOnly);

    void startNewQuote(const QString &text = {});
    void editSelected();
    void removeSelected();
    void detachSelected();
    void attach(QuoteId id);
    void showAttachPicker();

    QListWidget *list() const { return m_list; }
    QuoteEditor *editor() const { return m_editor; }
    EntityPicker *attachPicker() const { return m_attach; }
    QuoteId selectedQuote() const;

    // "“text” — speaker · source, locator · credibility 2 (probably true)"
    QString describe(const Quote &quote) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateButtons();
    void updateAttachItems(); // reads every quote: only when the user opens Attach…

    DocumentController *m_controller;
    EventId m_event;
    bool m_readOnly = false;
    QHash<qint64, QString> m_actorNames;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_attachButton;
    QPushButton *m_edit;
    QPushButton *m_detach;
    QPushButton *m_remove;
    EntityPicker *m_attach;
    QuoteEditor *m_editor;
};

} // namespace dateline
