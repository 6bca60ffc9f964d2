#pragma once

#include "core/extract/actorrecognizer.h"
#include "core/extract/quotefinder.h"
#include "core/model/event.h"

#include <QString>

#include <vector>

namespace dateline::extract {

// "This event is a <kind> to events[to]" (the summit, a follow-up of the meeting).
struct ProposedRelation {
    int to = -1; // index into the same list of proposals
    RelationKind kind = RelationKind::FollowUpOf;
};

// An event the text suggests, for a person to accept or edit. Offsets are UTF-16 positions.
struct ProposedEvent {
    QString date;   // EDTF, e.g. "2008-03-17/2008-03-18"
    QString title;  // drawn from the clause around the date
    EventStatus status = EventStatus::Occurred;
    int timex = -1; // index of the temporal expression it was built on
    std::vector<ActorMention> actors; // one per actor, first mention
    QString place;  // "Moscow" for "in Moscow"; empty when none
    std::vector<QuoteMention> quotes;
    int evidenceStart = 0; // the sentence
    int evidenceEnd = 0;
    std::vector<ProposedRelation> relations;
};

} // namespace dateline::extract
