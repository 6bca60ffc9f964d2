#pragma once

#include <QString>

class QWidget;

namespace dateline {

class DocumentController;

// File > New from Article: asks for an article (plain text or HTML), shows its proposed events in
// an ArticleImportDialog, asks where to save the new timeline and writes the kept events, actors,
// places, quotes and the article as their source into it in one edit. Failures go to the
// controller's error reporter; nothing is created when the user cancels.
void newTimelineFromArticle(QWidget *parent, DocumentController *controller, const QString &startDirectory);

// The steps after the dialog, separately callable (tests): reads the article at articlePath.
// Returns false with a message on failure.
bool readArticle(const QString &articlePath, QString *text, QString *errorMessage);

} // namespace dateline
