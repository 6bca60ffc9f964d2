#include "app/cli/viewindex.h"

#include "core/index/indexbuilder.h"
#include "core/store/document.h"

#include <algorithm>

namespace dateline::cli {

TimeIndex timeIndexForFilter(const Document &document, LaneGrouping grouping, const EventFilter &filter)
{
    if (filter.isEmpty())
        return TimeIndex::load(document, grouping);
    const std::vector<EventId> keep = document.eventIdsMatching(filter); // ascending ids
    IndexBuilder builder;
    builder.reserve(keep.size());
    document.forEachEventSpan([&](const EventSpan &span) {
        if (std::binary_search(keep.begin(), keep.end(), span.id))
            builder.addEvent(span);
    });
    // Links of events left out name no indexed event; the builder ignores them.
    if (grouping == LaneGrouping::Actor || grouping == LaneGrouping::Country) {
        for (const auto &[event, actor] : document.actorLinks())
            builder.addActorLink(event, actor);
        for (const Actor &actor : document.actors())
            builder.addActor(actor);
    } else if (grouping == LaneGrouping::Tag) {
        for (const auto &[event, tag] : document.eventTags())
            builder.addTag(event, tag);
    }
    return builder.build(grouping);
}

} // namespace dateline::cli
