#pragma once

#include "app/gui/recentfiles.h"
#include "core/edit/documentchange.h"
#include "core/model/ids.h"
#include "core/store/document.h"

#include <QObject>
#include <QString>

#include <cstdint>

#include <functional>
#include <memory>
#include <vector>

namespace dateline {

class Document;
class Editor;

// Owns the open Document, its Editor (every change the app makes goes through edit()), the
// selection and the one "current event" every view follows (table, detail pane, timeline,
// inspector), so the views never talk to each other directly. Open/new/close failures go
// to an injectable error reporter: the app shows a message box, tests record the message.
class DocumentController : public QObject {
    Q_OBJECT
public:
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;

    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    void setErrorReporter(ErrorReporter reporter);
    // Sends a failure that happened elsewhere (e.g. a store error in a view) to the reporter.
    void reportError(const QString &title, const QString &message) const { report(title, message); }

    Document *document() const;
    bool hasDocument() const;
    // The command layer of the open document (null when none is open).
    Editor *editor() const;
    bool isReadOnly() const; // no document counts as read-only
    // Why the document cannot be edited, in one line for the window ("" when it can).
    QString readOnlyReason() const;

    // Runs change through the editor; a refused write (read-only, disk full, locked) is reported
    // and nothing changes. Returns whether it succeeded. Views learn of it through documentEdited.
    bool edit(const std::function<void(Editor &)> &change);
    bool undo();
    bool redo();
    // Document title, else the file name; empty when nothing is open.
    QString displayName() const;

    // Each returns false (after reporting why) and keeps the current document on failure.
    bool openDocument(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    bool newDocument(const QString &path);
    // Opens the bundled sample, writing it to samplePath() first if it is not there yet, so the
    // user's edits to it persist between runs.
    bool openSample();
    static QString samplePath();
    void closeDocument();

    RecentFiles &recentFiles();

    // While currentEventChanged is being delivered: how the new current event was chosen. Views
    // follow an Automatic choice (the initial pick when a document opens) without scrolling their
    // content to it, so a document opens at the top of its lanes.
    enum class SelectionOrigin : std::uint8_t { User, Automatic };

    EventId currentEvent() const;
    SelectionOrigin currentEventOrigin() const { return m_origin; }
    void setCurrentEvent(EventId id); // also makes it the whole selection
    void setAutomaticCurrentEvent(EventId id);

    // The selected events (Ctrl+click, rubber band, table rows); the current event is one of
    // them unless the selection is empty. setSelection keeps current when it is selected, else
    // makes the first id current.
    const std::vector<EventId> &selection() const { return m_selection; }
    void setSelection(const std::vector<EventId> &ids);
    // What the views show as selected and Delete or Duplicate act on: the selection, or else the
    // current event (a document opens with its first event current but nothing selected).
    std::vector<EventId> eventsToActOn() const
    {
        return m_selection.empty() && m_current.isValid() ? std::vector<EventId>{m_current} : m_selection;
    }

    // How many edits, undos and redos have failed (and were reported) since the controller was
    // made: a caller that cannot see an edit's result (a field committing as focus leaves it)
    // compares this before and after.
    int failedEdits() const { return m_failedEdits; }

    // For views after an edit made elsewhere: re-read the document.
    void notifyDocumentEdited();

Q_SIGNALS:
    void documentOpened(const QString &path);
    void documentClosed();
    // The open document is about to be closed or replaced: the last moment to write it. A
    // replaced one stays readable until documentChanged has been emitted.
    void documentAboutToClose();
    // Opened, closed or reloaded: views re-read what they show.
    void documentChanged();
    // A step, undo or redo changed the document: views patch what they show from the ids.
    void documentEdited(const dateline::DocumentChange &change);
    void currentEventChanged(dateline::EventId id);
    void selectionChanged();

private:
    void select(EventId id, SelectionOrigin origin);
    bool install(std::unique_ptr<Document> document, const QString &path);
    void report(const QString &title, const QString &message) const;

    void changed(const DocumentChange &change);
    bool guarded(const QString &what, const std::function<void()> &action);

    std::unique_ptr<Document> m_document;
    std::unique_ptr<Editor> m_editor;
    std::vector<EventId> m_selection;
    RecentFiles m_recent;
    ErrorReporter m_reporter;
    EventId m_current;
    int m_failedEdits = 0;
    SelectionOrigin m_origin = SelectionOrigin::User;
};

} // namespace dateline
