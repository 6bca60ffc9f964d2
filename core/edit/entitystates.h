#pragma once

#include "core/io/nativejsonreader.h"
#include "core/model/entityref.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace dateline {

class Document;
class JsonWriter;

// The state of a set of entities at one moment, as the edit journal stores it: the present ones
// as native JSON objects, the absent ones as ids. A fragment reads
// {"title": "...", "events": [{...}], ..., "absent": {"events": [12]}} ("title" only when the
// document title is part of the set; "views" and "bookmarks", whole lists, likewise).
struct EntityStates {
    NativeJsonContent present;
    bool hasTitle = false;
    bool hasViews = false;     // present.views is the whole list of saved views
    bool hasBookmarks = false; // present.bookmarks is the whole list of date bookmarks
    std::vector<EntityRef> absent;

    std::vector<EntityRef> refs() const; // every entity the states speak of, sorted
};

// From this many events, a step writes and restores them set-based (Document::removeEvents,
// restoreEvents: a statement per table for all of them); fewer go one by one, as single edits do.
inline constexpr std::size_t kSetBasedEvents = 100;

// The list a kind of entity has in native JSON ("events"), which is also the name of its table.
const char *entityListName(EntityKind kind);

// Reads the current state of these entities from the document (the events a page at a time).
EntityStates captureStates(const Document &document, const std::vector<EntityRef> &refs);
QByteArray encodeStates(const EntityStates &states);
// Parses a fragment from the journal (an untrusted file): nullopt and a message when malformed.
std::optional<EntityStates> decodeStates(const QByteArray &fragment, QString *error);
// Makes the document hold exactly these states: upserts the present entities (dependencies
// first), then deletes the absent ones (dependents first). Call inside a transaction.
void applyStates(Document &document, const EntityStates &states);

} // namespace dateline
