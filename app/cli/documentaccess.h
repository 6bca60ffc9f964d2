#pragma once

#include "app/cli/command.h"
#include "core/store/document.h"

#include <memory>

namespace dateline::cli {

// Opens a document for a command, printing "dateline-cli: <reason>" to io.err on failure.
std::unique_ptr<Document> openDocument(const QString &path, OpenMode mode, Io &io);
// The same for a command that edits: refuses (with the reason) a read-only file or one that keeps
// no edit history.
std::unique_ptr<Document> openForEditing(const QString &path, Io &io);

// "Rice, Gates, Lavrov" for an event's actors, from a label map built once per command.
QString actorNames(const std::vector<ActorId> &actors, const QHash<ActorId, QString> &labels);
QHash<ActorId, QString> actorLabels(const Document &document);

} // namespace dateline::cli
