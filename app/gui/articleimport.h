#pragma once

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace dateline {

class ArticleImportDialog;
class DocumentController;

// File > New from Article: asks for an article (plain text or HTML), shows its proposed events in
// an ArticleImportDialog, asks where to save the new timeline and writes the kept events, actors,
// places, quotes and the article as their source into it in one edit. When a writable document is
// open the dialog also offers to add them to it instead. Failures go to the controller's error
// reporter; nothing is created when the user cancels.
void newTimelineFromArticle(QWidget *parent, DocumentController *controller, const QString &startDirectory);

// File > Add from Article: the same dialog, knowing the open document's actors, then the kept
// proposals go into the open document as one undoable step ("Add 3 events from article"); the
// views follow through documentEdited.
void addArticleToTimeline(QWidget *parent, DocumentController *controller, const QString &startDirectory);

// The File menu action for addArticleToTimeline, enabled while a writable document is open.
QAction *addFromArticleAction(QWidget *parent, DocumentController *controller, std::function<QString()> startDirectory);

// The steps after the dialog, separately callable (tests). Returns the number of events added
// (0 when none was accepted or the write was refused, which the controller reports).
int addAcceptedProposals(DocumentController *controller, const ArticleImportDialog &dialog);

// Reads the article at articlePath (extract::decodeArticle). Returns false with a message on failure;
// readingNote, when given, says how text that is not UTF-8 was read (empty for UTF-8).
bool readArticle(const QString &articlePath, QString *text, QString *errorMessage, QString *readingNote = nullptr);

} // namespace dateline
