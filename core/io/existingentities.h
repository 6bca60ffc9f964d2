#pragma once

#include "core/model/entities.h"

#include <QHash>
#include <QString>

namespace dateline {

class Document;

// What an import into a document with content links to instead of adding again: an actor with
// the same label (ignoring case; then an alias), a place with the same name and country whose
// coordinates agree (or one of the two has none), a source with the same URL. Without this, every
// import of a second file split the actor lanes in two ("Lavrov" twice).
class ExistingEntities {
public:
    explicit ExistingEntities(const Document &document);

    // The id to link to, or an invalid id when the document has no such entity.
    ActorId actor(const Actor &imported) const;
    PlaceId place(const Place &imported) const;
    SourceId source(const Source &imported) const;

private:
    QHash<QString, ActorId> m_labels;
    QHash<QString, ActorId> m_aliases;
    QMultiHash<QString, Place> m_places; // by name and country, folded
    QHash<QString, SourceId> m_urls;
};

} // namespace dateline
