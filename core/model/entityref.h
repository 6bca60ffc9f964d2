#pragma once

#include <compare>
#include <cstdint>

namespace dateline {

// Names one stored entity of any kind: what the edit journal records and change notices list.
// The document title is the one entity of kind Title (id 0). The saved views and the date
// bookmarks are each one entity too (SavedViews, Bookmarks; id 0): the whole named list, so an
// undo restores names and order together.
enum class EntityKind : std::uint8_t { Title, Actor, Place, Source, Event, Quote, Relation, Era, SavedViews, Bookmarks };

struct EntityRef {
    EntityKind kind = EntityKind::Title;
    std::int64_t id = 0;
    friend constexpr auto operator<=>(const EntityRef &, const EntityRef &) = default;
};

} // namespace dateline
