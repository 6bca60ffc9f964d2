#pragma once

#include "core/extract/actorrecognizer.h"
#include "core/extract/quotefinder.h"
#include "core/model/event.h"

#include <QString>

#include <vector>

namespace dateline::extract {

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
};

} // namespace dateline::extract
