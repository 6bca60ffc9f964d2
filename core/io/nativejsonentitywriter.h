#pragma once

#include "core/model/entities.h"
#include "core/model/event.h"
#include "core/model/savedview.h"

namespace dateline {

class JsonWriter;

// One entity as a native JSON object (docs/native-json.md): the whole-document export and the
// edit journal's state fragments write entities the same way.
void writeJson(JsonWriter &w, const Actor &actor);
void writeJson(JsonWriter &w, const Place &place);
void writeJson(JsonWriter &w, const Source &source);
// With a GDELT record, the event gets its "gdelt" object (the journal's states leave it out: the
// record stays in the document while its event is deleted, and comes back with it).
void writeJson(JsonWriter &w, const Event &event, const GdeltRecord *gdelt = nullptr);
void writeJson(JsonWriter &w, const Quote &quote);
void writeJson(JsonWriter &w, const Relation &relation);
void writeJson(JsonWriter &w, const Era &era);
void writeJson(JsonWriter &w, const SavedView &view);
void writeJson(JsonWriter &w, const DateBookmark &bookmark);

} // namespace dateline
