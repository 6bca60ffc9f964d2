#pragma once

#include "core/model/ids.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>

#include <vector>

namespace dateline {

class ArticleImportDialog;
class DocumentController;

// Add from Article, live: while the (modal) review is open, what it has kept so far is already in
// the open document, so the timeline behind the dialog shows each proposal as it is accepted,
// selected and scrolled to. The kept proposals are ONE step that is rewritten (undone, then written
// again) a moment after each change, so when the review ends there is still one undoable
// "Add 3 events from article"; discard() undoes it and the document is as it was before.
class ArticleLiveWriter : public QObject {
    Q_OBJECT
public:
    static constexpr int kDelayMs = 250; // keys pressed in a row make one rewrite (longer after a slow one)
    // A rewrite slower than this (a long article into a very big timeline) ends live writing: the
    // kept events leave the timeline, and are written once when the review ends.
    static constexpr int kSlowMs = 1500;

    // (not parented: made on the stack beside the dialog, which must outlive it)
    ArticleLiveWriter(DocumentController *controller, ArticleImportDialog *dialog);

    // Writes a pending change now. False when the document refused it (the controller said why).
    bool flush();
    // Whether each change is written as it is made (see kSlowMs).
    bool isLive() const { return m_live; }
    // For tests: the time above which a rewrite ends live writing.
    void setSlowLimit(int ms) { m_slowMs = ms; }
    // Takes the review's events off the document again (Cancel).
    void discard();
    // The events the review has written, in the order of its kept proposals.
    const std::vector<EventId> &events() const { return m_events; }

private:
    void rewrite();
    bool removeOwnStep();
    bool takeBack(); // removeOwnStep, then forgets what it wrote; false when it could not
    void forgetUndoneStep();
    void showOnTimeline();
    void endLiveWriting();
    QString keptKey() const; // what the dialog would write, to skip rewrites that change nothing

    DocumentController *m_controller;
    ArticleImportDialog *m_dialog;
    QTimer m_later;
    int m_slowMs = kSlowMs;
    QString m_writtenKey;    // keptKey() of what is in the document
    std::int64_t m_stepSeq = 0; // the journal row of our step while the document holds it, else 0
    std::vector<EventId> m_events;
    std::vector<int> m_proposals; // per event, its row in the dialog
    QString m_sourceKey;          // the article's URL, title and date when its source was last written
    SourceId m_knownSource;       // the source that write cited if the document had it, else none
    bool m_failed = false;   // the last write was refused: flush() says so
    bool m_undoneLeft = false; // our step was undone and nothing has dropped it from the journal yet
    bool m_detached = false;   // another step came after ours: this review writes no more
    bool m_live = true;        // false after a slow rewrite: flush() writes, nothing else does
};

} // namespace dateline
