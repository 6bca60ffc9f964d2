#pragma once

#include <QStringList>

class QWidget;

namespace dateline {

class DocumentController;

// File > Import GDELT Events…: asks for GDELT 1.0/2.0 event files (.CSV, .zip, .gz) and imports
// them into the open document on a worker thread with its own connection, behind a progress
// dialog whose Cancel leaves the document as it was. One undoable step; the window then reloads
// the document and says how many rows per second it took.
void importGdeltFiles(QWidget *parent, DocumentController *controller);
// The same for files already chosen; false (after reporting why) when nothing was imported.
bool importGdeltFiles(QWidget *parent, DocumentController *controller, const QStringList &files);

} // namespace dateline
