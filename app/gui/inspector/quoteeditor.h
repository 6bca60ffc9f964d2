#pragma once

#include "app/gui/inspector/entitypicker.h"
#include "core/model/entities.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dateline {

class DocumentController;
class ActorCreator;
class SourceCreator;

// Edits one quote: verbatim text, speaker (an actor), source (picked or created inline),
// locator and credibility 1–6. Save writes it as one step (commands::addQuote for a new quote,
// attached to the event it was started for; commands::updateQuote otherwise); Cancel or Esc
// drops the changes.
class QuoteEditor : public QFrame {
    Q_OBJECT
public:
    explicit QuoteEditor(DocumentController *controller, QWidget *parent = nullptr);

    void startNew(EventId event, const QString &text);
    void startEdit(const Quote &quote);
    void close();
    bool isEditing() const { return isVisible(); }
    QuoteId quote() const { return m_quote.id; }

    void setActors(std::vector<EntityPicker::Item> actors);

    // Saves; returns whether the quote was written (an empty text is refused).
    bool save();

    QPlainTextEdit *textEdit() const { return m_text; }
    EntityPicker *speakerPicker() const { return m_speaker; }
    EntityPicker *sourcePicker() const { return m_source; }
    SourceCreator *sourceCreator() const { return m_sourceCreator; }
    ActorCreator *speakerCreator() const { return m_speakerCreator; }
    QLineEdit *locatorEdit() const { return m_locator; }
    QComboBox *credibilityBox() const { return m_credibility; }

Q_SIGNALS:
    void finished();

private:
    void load(const Quote &quote);
    void createSource(const Source &source);
    void createSpeaker(const Actor &actor);

    DocumentController *m_controller;
    Quote m_quote; // as started: id invalid for a new quote, events = the event it is for
    QLabel *m_heading;
    QPlainTextEdit *m_text;
    EntityPicker *m_speaker;
    EntityPicker *m_source;
    ActorCreator *m_speakerCreator;
    SourceCreator *m_sourceCreator;
    QLineEdit *m_locator;
    QComboBox *m_credibility;
    QLabel *m_problem;
};

} // namespace dateline
