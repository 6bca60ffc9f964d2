#pragma once

#include <QHashFunctions>

#include <compare>
#include <cstdint>

namespace dateline {

// Typed row ids: an EventId cannot be passed where an ActorId is expected. 0 means "none".
template <typename Tag>
struct Id {
    std::int64_t value = 0;

    constexpr Id() = default;
    constexpr explicit Id(std::int64_t v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    friend constexpr auto operator<=>(Id, Id) = default;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using EventId = Id<struct EventTag>;
using ActorId = Id<struct ActorTag>;
using PlaceId = Id<struct PlaceTag>;
using SourceId = Id<struct SourceTag>;
using QuoteId = Id<struct QuoteTag>;
using RelationId = Id<struct RelationTag>;
using EraId = Id<struct EraTag>;

} // namespace dateline
