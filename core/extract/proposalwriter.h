#pragma once

#include "core/extract/proposalcontent.h"
#include "core/model/ids.h"

#include <vector>

namespace dateline {
class Editor;
}

namespace dateline::extract {

// What adding proposals to a document did.
struct AddedProposals {
    std::vector<EventId> events;
    std::vector<int> proposals; // per event, the index of its proposal in x.events
    int actorsAdded = 0, actorsReused = 0;
    int placesAdded = 0, placesReused = 0;
    int quotes = 0;
    int relations = 0;
    bool sourceReused = false;
    SourceId source; // the article's source the quotes cite
};

// Adds the accepted proposals (indexes into x.events) to the editor's document as ONE undoable
// step ("Add 3 events from article"): the events with their actors, place, quotes and relations, and the
// article as the quotes' source. Actors the document already has are linked, not copied: by id when
// the extraction recognised them from the document, else by label or alias (case-insensitive); places
// by name; the source by URL, or by title and date when it has none. Nothing is written, and no step
// recorded, when no accepted proposal has a valid date and title. Throws StoreError (nothing kept)
// when the document refuses the write.
AddedProposals addProposals(Editor &editor, const Extraction &x, const std::vector<int> &accepted, const ArticleSource &source);

} // namespace dateline::extract
