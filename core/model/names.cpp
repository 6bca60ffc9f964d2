// Stable lower-case names for model enums: used in the store, native JSON, CLI and UI.
#include "core/model/entities.h"
#include "core/model/event.h"

#include <array>

namespace dateline {
namespace {

template <typename Enum, size_t N>
QString nameOf(const std::array<const char *, N> &names, Enum value)
{
    const auto index = size_t(value);
    return index < N ? QString::fromLatin1(names[index]) : QString();
}

template <typename Enum, size_t N>
Enum valueOf(const std::array<const char *, N> &names, QStringView name, bool *ok)
{
    for (size_t i = 0; i < N; ++i) {
        if (name.compare(QLatin1StringView(names[i]), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return Enum(i);
        }
    }
    if (ok)
        *ok = false;
    return Enum(0);
}

constexpr std::array<const char *, 5> kStatus = {"occurred", "planned", "announced", "reported", "denied"};
constexpr std::array<const char *, 5> kRole = {"initiator", "target", "participant", "host", "visitor"};
constexpr std::array<const char *, 4> kActorKind = {"state", "person", "organisation", "group"};
constexpr std::array<const char *, 4> kRelation = {"follow-up of", "response to", "part of", "contradicts"};

} // namespace

QString statusName(EventStatus s) { return nameOf(kStatus, s); }
EventStatus statusFromName(QStringView n, bool *ok) { return valueOf<EventStatus>(kStatus, n, ok); }
QString roleName(ActorRole r) { return nameOf(kRole, r); }
ActorRole roleFromName(QStringView n, bool *ok) { return valueOf<ActorRole>(kRole, n, ok); }
QString actorKindName(ActorKind k) { return nameOf(kActorKind, k); }
ActorKind actorKindFromName(QStringView n, bool *ok) { return valueOf<ActorKind>(kActorKind, n, ok); }
QString relationKindName(RelationKind k) { return nameOf(kRelation, k); }
RelationKind relationKindFromName(QStringView n, bool *ok) { return valueOf<RelationKind>(kRelation, n, ok); }

} // namespace dateline
