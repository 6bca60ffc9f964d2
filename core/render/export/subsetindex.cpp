#include "core/render/export/subsetindex.h"

#include "core/index/indexbuilder.h"
#include "core/store/document.h"

#include <QHash>
#include <QSet>

namespace dateline {

TimeIndex buildSubsetIndex(const Document &document, LaneGrouping grouping, const std::vector<EventId> &events,
                           const QStringList &laneKeys)
{
    QSet<qint64> wanted;
    for (const EventId id : events)
        wanted.insert(id.value);
    const QSet<QString> keys(laneKeys.begin(), laneKeys.end());
    const bool allEvents = wanted.isEmpty();
    const bool allLanes = keys.isEmpty() || (grouping == LaneGrouping::None && keys.contains(QStringLiteral("all")));
    auto eventWanted = [&](EventId id) { return allEvents || wanted.contains(id.value); };

    std::vector<EventSpan> spans;
    document.forEachEventSpan([&](const EventSpan &span) {
        if (eventWanted(span.id))
            spans.push_back(span);
    });

    IndexBuilder builder;
    QSet<qint64> linked;  // events with at least one lane from links or tags
    QSet<qint64> kept;    // events in a chosen lane
    if (grouping == LaneGrouping::Actor || grouping == LaneGrouping::Country) {
        QHash<qint64, Actor> actors;
        for (const Actor &actor : document.actors()) {
            actors.insert(actor.id.value, actor);
            builder.addActor(actor);
        }
        for (const auto &[event, actorId] : document.actorLinks()) {
            if (!eventWanted(event))
                continue;
            const auto actor = actors.constFind(actorId.value);
            QString key;
            if (grouping == LaneGrouping::Actor)
                key = QStringLiteral("actor:%1").arg(actorId.value);
            else if (actor != actors.cend() && !actor->country.isEmpty())
                key = QStringLiteral("country:") + actor->country;
            if (key.isEmpty())
                continue;
            linked.insert(event.value);
            if (allLanes || keys.contains(key)) {
                kept.insert(event.value);
                builder.addActorLink(event, actorId);
            }
        }
    } else if (grouping == LaneGrouping::Tag) {
        for (const auto &[event, tag] : document.eventTags()) {
            if (!eventWanted(event))
                continue;
            linked.insert(event.value);
            if (allLanes || keys.contains(QStringLiteral("tag:") + tag)) {
                kept.insert(event.value);
                builder.addTag(event, tag);
            }
        }
    }

    builder.reserve(spans.size());
    for (const EventSpan &span : spans) {
        bool keep = allLanes;
        if (!keep) {
            switch (grouping) {
            case LaneGrouping::None:
                keep = false; // "all" was handled above; any other key names no lane
                break;
            case LaneGrouping::EventType:
                keep = keys.contains(QStringLiteral("type:%1").arg(span.cameoRoot));
                break;
            default:
                keep = kept.contains(span.id.value)
                    || (keys.contains(QStringLiteral("none")) && !linked.contains(span.id.value));
                break;
            }
        }
        if (keep)
            builder.addEvent(span);
    }
    return builder.build(grouping);
}

} // namespace dateline
