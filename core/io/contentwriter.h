#pragma once

#include "core/io/nativejsonreader.h"

namespace dateline {

class Document;

// How many entities a write added.
struct WriteCounts {
    qsizetype events = 0, actors = 0, places = 0, sources = 0, quotes = 0, relations = 0, eras = 0;
};

enum class IdPolicy : std::uint8_t { KeepFileIds, AssignNewIds };

// Writes already validated content into a document in one transaction: all or nothing (throws
// StoreError and leaves the document as it was). With AssignNewIds every entity gets a new id and
// links are remapped; KeepFileIds is for an empty document. The document title is taken from the
// content when the document has none. Every importer writes through this function.
WriteCounts writeContent(NativeJsonContent &content, Document &into, IdPolicy ids);

} // namespace dateline
