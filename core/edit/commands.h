#pragma once

#include "core/io/contentwriter.h"
#include "core/io/dataimport.h"
#include "core/model/entities.h"
#include "core/model/event.h"
#include "core/model/savedview.h"

#include <QString>
#include <QStringList>

#include <functional>

#include <vector>

namespace dateline {

class Editor;

// Every user-facing change, each one undoable step with a label people read in Edit > Undo and
// the History panel. The app, the CLI, importers and extraction all write through these.
// They throw StoreError (nothing changed) when the document refuses the write.
namespace commands {

// Document
void setTitle(Editor &editor, const QString &title);

// Events. updateEvent names the step after what changed ("Change date of \u201cX\u201d") and
// merges consecutive changes of the same field of the same event into one step.
EventId addEvent(Editor &editor, const Event &event);
void updateEvent(Editor &editor, const Event &event);
// Several events changed at once (a drag of a selection, a bulk edit): one step.
void updateEvents(Editor &editor, const std::vector<Event> &events, const QString &label);
void removeEvents(Editor &editor, const std::vector<EventId> &ids);
// Copies with new ids, the same links and quotes linked to the copies too; returns the new ids.
std::vector<EventId> duplicateEvents(Editor &editor, const std::vector<EventId> &ids);
// Bulk edits of a selection.
void addTag(Editor &editor, const std::vector<EventId> &ids, const QString &tag);
void removeTag(Editor &editor, const std::vector<EventId> &ids, const QString &tag);
void renameTag(Editor &editor, const QString &from, const QString &to); // in every event
void setStatus(Editor &editor, const std::vector<EventId> &ids, EventStatus status);
void setCameoCode(Editor &editor, const std::vector<EventId> &ids, const QString &code);
void addActor(Editor &editor, const std::vector<EventId> &ids, ActorLink link);

// Actors, places, sources, eras
ActorId addActor(Editor &editor, const Actor &actor);
void updateActor(Editor &editor, const Actor &actor);
void removeActor(Editor &editor, ActorId id);
PlaceId addPlace(Editor &editor, const Place &place);
void updatePlace(Editor &editor, const Place &place);
void removePlace(Editor &editor, PlaceId id);
SourceId addSource(Editor &editor, const Source &source);
void updateSource(Editor &editor, const Source &source);
void removeSource(Editor &editor, SourceId id);
EraId addEra(Editor &editor, const Era &era);
void updateEra(Editor &editor, const Era &era);
void removeEra(Editor &editor, EraId id);

// Quotes and their event links, relations
QuoteId addQuote(Editor &editor, const Quote &quote);
void updateQuote(Editor &editor, const Quote &quote);
void removeQuote(Editor &editor, QuoteId id);
void linkQuote(Editor &editor, QuoteId quote, EventId event);
void unlinkQuote(Editor &editor, QuoteId quote, EventId event);
RelationId addRelation(Editor &editor, const Relation &relation);
void updateRelation(Editor &editor, const Relation &relation);
void removeRelation(Editor &editor, RelationId id);

// Saved views and date bookmarks (stored in the document). save/add store under the item's name,
// replacing the one of that name; remove of a missing name does nothing; rename throws StoreError
// when the old name is missing or the new one taken.
void saveView(Editor &editor, const SavedView &view);
void removeView(Editor &editor, const QString &name);
void renameView(Editor &editor, const QString &from, const QString &to);
void addBookmark(Editor &editor, const DateBookmark &bookmark);
void removeBookmark(Editor &editor, const QString &name);
void renameBookmark(Editor &editor, const QString &from, const QString &to);

// Imported content as one step ("Import 240 events from summit.csv").
WriteCounts importContent(Editor &editor, NativeJsonContent &content, IdPolicy ids, const QString &from);
// An importer that writes by itself (validating as it goes) as one step named after its source
// ("Import “summit.json”"). write returns false to refuse: then nothing it wrote is
// kept and no step is recorded. Returns what write returned.
bool importWith(Editor &editor, const QString &from, const std::function<bool()> &write);
// What a reader produced, written as the user chose (core/io/dataimport.h), as one step.
ImportWrite importRead(Editor &editor, ImportedContent &imported, ImportPolicy policy, const QString &from,
                       const ImportProgress &progress = {});

} // namespace commands
} // namespace dateline
