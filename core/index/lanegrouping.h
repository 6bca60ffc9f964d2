#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace dateline {

// How the timeline splits events into horizontal lanes. An event linked to two actors (or tagged
// twice, or involving two countries) appears in both lanes.
enum class LaneGrouping : std::uint8_t { None, Actor, EventType, Country, Tag };

QString laneGroupingName(LaneGrouping grouping); // "none", "actor", "type", "country", "tag"
LaneGrouping laneGroupingFromName(QStringView name, bool *ok = nullptr);

// One lane of a TimeIndex. The key is stable across loads ("actor:12", "type:4", "country:RUS",
// "tag:nuclear", "all"), so callers can persist lane order and collapsed state by key.
struct LaneInfo {
    QString key;
    QString label;
    std::uint32_t count = 0;   // events in the lane
    std::uint8_t cameoRoot = 0; // EventType lanes: the CAMEO root (0 = no type)
    QString code;              // Actor lanes: the actor's code (actorCode), to tell apart actors of one label
    bool sharedLabel = false;  // another lane of the index has the same label (set by the index, not stored)
};

// What a lane's header says: its label as one line, and where another lane has the same label
// (two actors called "Sanor") the actor's code too, as the filter chips name it ("Sanor — COD").
QString laneTitle(const LaneInfo &info);

// The lanes of each grouping, named the same whether an index is built whole or patched after an
// edit. actorLane's label is the actor's label, or "Actor N" when the actor is unknown.
namespace lanes {
LaneInfo all();
LaneInfo ofType(int cameoRoot);
LaneInfo ofActor(std::int64_t actorId, const QString &label, const QString &code);
LaneInfo ofCountry(const QString &alpha3);
LaneInfo ofTag(const QString &tag);
LaneInfo without(LaneGrouping grouping); // "No actor", "No country", "Untagged"
} // namespace lanes

} // namespace dateline
