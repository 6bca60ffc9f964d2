#include "app/cli/documentaccess.h"

#include "core/model/untrustedtext.h"

namespace dateline::cli {

std::unique_ptr<Document> openDocument(const QString &path, OpenMode mode, Io &io)
{
    QString error;
    auto document = Document::open(path, mode, &error);
    if (!document)
        io.err << "dateline-cli: " << error << '\n';
    return document;
}

QHash<ActorId, QString> actorLabels(const Document &document)
{
    QHash<ActorId, QString> labels;
    for (const Actor &actor : document.actors())
        labels.insert(actor.id, actor.label);
    return labels;
}

QString actorNames(const std::vector<ActorId> &actors, const QHash<ActorId, QString> &labels)
{
    QStringList names;
    for (const ActorId actor : actors)
        names << closedBidi(labels.value(actor, QStringLiteral("?"))); // its override ends with it
    return names.join(QStringLiteral(", "));
}

std::unique_ptr<Document> openForEditing(const QString &path, Io &io)
{
    auto document = openDocument(path, OpenMode::ReadWrite, io);
    if (document && document->isReadOnly()) {
        io.err << "dateline-cli: " << path << " is read-only; it cannot be changed\n";
        return nullptr;
    }
    if (document && !document->hasJournal()) {
        io.err << "dateline-cli: " << path << " keeps no edit history\n";
        return nullptr;
    }
    return document;
}

} // namespace dateline::cli
