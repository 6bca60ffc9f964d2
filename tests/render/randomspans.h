#pragma once

// Seeded random event spans for index and layout tests: points, ranges, a few very long events,
// open starts, fuzzy bounds, several actors per event.
#include "core/date/calendar.h"
#include "core/index/indexbuilder.h"

#include <random>

namespace dateline::test {

inline TimeIndex randomIndex(std::uint32_t seed, int events, LaneGrouping grouping, int actors = 12)
{
    std::mt19937_64 rng(seed);
    const TimePoint from = calendar::toTimePoint(CivilDate{1900, 1, 1});
    const TimePoint to = calendar::toTimePoint(CivilDate{2020, 1, 1});
    std::uniform_int_distribution<TimePoint> when(from, to);
    std::uniform_int_distribution<int> percent(0, 99);
    IndexBuilder builder;
    for (int a = 1; a <= actors; ++a) {
        Actor actor;
        actor.id = ActorId(a);
        actor.label = QStringLiteral("Actor %1").arg(a);
        actor.country = a % 3 == 0 ? QString() : QStringLiteral("C%1").arg(a % 4);
        builder.addActor(actor);
    }
    for (int i = 1; i <= events; ++i) {
        EventSpan s;
        s.id = EventId(i);
        const TimePoint start = when(rng);
        TimePoint length = kSecondsPerDay;
        const int kind = percent(rng);
        if (kind < 15)
            length = kSecondsPerDay * (1 + TimePoint(rng() % 3650));
        else if (kind < 17)
            length = kSecondsPerDay * 365 * (20 + TimePoint(rng() % 60)); // very long
        s.bounds = {start, start, start + length, start + length};
        if (kind >= 90) { // fuzzy: start somewhere in a month
            s.bounds.latestStart = start + 20 * kSecondsPerDay;
            s.bounds.earliestEnd = s.bounds.latestStart + kSecondsPerDay;
            s.bounds.latestEnd = std::max(s.bounds.latestEnd, s.bounds.earliestEnd);
            s.precision = DatePrecision::Month;
        }
        if (kind == 89)
            s.bounds.earliestStart = kTimeMin; // "on or before"
        s.cameoRoot = std::uint8_t(rng() % 21);
        s.importance = std::uint8_t(rng() % 101);
        s.quoteCount = std::uint16_t(rng() % 3);
        s.status = rng() % 5 == 0 ? EventStatus::Planned : EventStatus::Occurred;
        builder.addEvent(s);
        const int linkCount = int(rng() % 3);
        for (int l = 0; l < linkCount; ++l)
            builder.addActorLink(s.id, ActorId(1 + std::int64_t(rng() % std::uint64_t(actors))));
        if (rng() % 2)
            builder.addTag(s.id, QStringLiteral("tag%1").arg(rng() % 5));
    }
    return builder.build(grouping);
}

} // namespace dateline::test
