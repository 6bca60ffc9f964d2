#pragma once

#include "core/edit/documentchange.h"
#include "core/model/entityref.h"
#include "core/store/journalentry.h"

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace dateline {

class Document;
struct BulkImportSummary;

// What a step is called: a stable command name, a label for people, and an optional merge key
// (consecutive steps with the same key, made within kMergeWindowSeconds, fold into one journal row:
// dragging an event three times in a row is one "Move").
struct StepInfo {
    QString command;
    QString label;
    QString mergeKey = {};
};

// The one way user-facing changes reach a document (the app, the CLI, importers, extraction).
// perform() runs a change as one step: one transaction that also writes the step's journal row,
// holding the state of every entity it touched before and after (native-JSON fragments). Undo
// writes the "before" states back through the same store API and marks the row undone; redo
// writes "after". The journal is part of the document, so undo works after reopening the file
// and the journal doubles as an audit trail. A new step after undos drops the undone rows.
class Editor {
public:
    static constexpr int kMergeWindowSeconds = 60;
    // Steps that create more entities than this record the new ids only, not their
    // states: undoing a million-row import deletes those ids, and it cannot be redone.
    static constexpr std::size_t kMaxRecordedCreations = 20000;

    explicit Editor(Document &document);
    ~Editor();
    Editor(const Editor &) = delete;
    Editor &operator=(const Editor &) = delete;

    Document &document() const { return m_document; }

    // Runs change as one undoable step; nested calls join the outer step. Throws what change
    // throws (StoreError for a refused write) after rolling everything back.
    void perform(const StepInfo &info, const std::function<void()> &change);
    // The same for a change that writes through a BulkImport (its own transaction, with indexes
    // dropped and rebuilt, which a surrounding transaction would prevent): the step is recorded
    // inside the BulkImport's transaction, from the id ranges it added plus whatever the change
    // touched. Listeners hear `everything`. A change that commits no BulkImport records nothing.
    void performBulk(const StepInfo &info, const std::function<void()> &change);

    bool canUndo() const;
    bool canRedo() const;
    QString undoLabel() const; // empty when there is nothing to undo
    QString redoLabel() const;
    // Both throw StoreError, leaving the document as it was, when the journal entry cannot be
    // applied (a damaged file, or an import too large to redo).
    void undo();
    void redo();

    // Called after every committed step, undo and redo. Returns an id for removeListener().
    int addListener(std::function<void(const DocumentChange &)> listener);
    void removeListener(int id);
    // Tells listeners about a change made outside perform() (e.g. the document was reloaded).
    void notify(const DocumentChange &change);

private:
    struct Recording;
    void touched(EntityKind kind, const std::vector<std::int64_t> &ids, bool created);
    // Writes the journal row of the running step (inside its transaction); returns the notice.
    DocumentChange recordStep(const StepInfo &info);
    void replay(const JournalEntry &entry, bool undo);

    Document &m_document;
    std::unique_ptr<Recording> m_recording;
    std::vector<std::pair<int, std::function<void(const DocumentChange &)>>> m_listeners;
    int m_nextListener = 1;
};

} // namespace dateline
