#pragma once

#include "core/model/ids.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace dateline {

class Document;
struct Event;
struct Quote;

// The right-hand pane: everything about one event, its quotes first-class (verbatim text, speaker,
// citation, source reliability and quote credibility). All document text is untrusted and shown
// through QLabel with Qt::PlainText, selectable; nothing is ever interpreted as HTML.
class EventDetailPane : public QScrollArea {
    Q_OBJECT
public:
    explicit EventDetailPane(QWidget *parent = nullptr);

    // The pane does not own the document; call setDocument(nullptr) before it goes away.
    void setDocument(const Document *document);
    void setEvent(EventId id); // an invalid id shows the empty state
    EventId shownEvent() const { return m_event; }
    // The filters hide every event: with none shown, the pane says so rather than ask for a pick.
    void setAllHidden(bool hidden);

Q_SIGNALS:
    // A related event was activated (e.g. "follow-up of …"); the controller makes it current.
    void eventActivated(dateline::EventId id);

private:
    void rebuild();
    void showPlaceholder(const QString &text);
    void addFields(QVBoxLayout *layout, const Event &event);
    void addGdeltFields(QFormLayout *form, EventId id);
    void addQuote(QVBoxLayout *layout, const Quote &quote);
    void addRelations(QVBoxLayout *layout, const Event &event);

    const Document *m_document = nullptr;
    EventId m_event;
    bool m_allHidden = false;
};

} // namespace dateline
