#pragma once

#include "core/index/lanegrouping.h"
#include "core/index/timeindex.h"
#include "core/model/entities.h"
#include "core/store/document.h"

#include <QString>

#include <vector>

namespace dateline {

// Collects event spans, actor links, tags and actors (from a Document or, in tests, from plain
// values) and builds a TimeIndex for one lane grouping. Switching grouping means building again:
// keeping all five lane assignments would cost ~20 more bytes per event.
class IndexBuilder {
public:
    IndexBuilder();
    ~IndexBuilder();

    static TimeIndex fromDocument(const Document &document, LaneGrouping grouping);

    void reserve(std::size_t events);
    void addEvent(const EventSpan &span);
    void addEvents(std::vector<EventSpan> spans); // all at once, without a copy into an empty builder
    void addActorLink(EventId event, ActorId actor);
    void addTag(EventId event, const QString &tag);
    void addActor(const Actor &actor); // labels and countries for Actor and Country lanes

    // Consumes the collected data.
    TimeIndex build(LaneGrouping grouping);

private:
    // Lanes as they are found ((lane, ordinal) pairs, lane numbers in order of first appearance).
    struct Memberships {
        std::vector<LaneInfo> infos;
        QHash<QString, std::uint32_t> laneOfKey;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs; // (lane, ordinal)
        std::uint32_t laneFor(const LaneInfo &info); // its number, added when new
    };

    std::uint32_t ordinalOf(EventId id) const;
    // The steps of build(), in order.
    void fillEntries(TimeIndex &index) const; // entries in time order, the extent
    void mapIds();                            // id -> ordinal for the links and tags
    Memberships laneMemberships(LaneGrouping grouping, const TimeIndex &index) const;
    void addActorMemberships(LaneGrouping grouping, Memberships &memberships) const;
    static void fillLanes(TimeIndex &index, Memberships memberships); // members, classes, pyramids
    static void orderLanes(TimeIndex &index); // the default lane order

    std::vector<EventSpan> m_spans;
    bool m_sorted = true;
    std::vector<std::pair<EventId, ActorId>> m_links;
    std::vector<std::pair<EventId, QString>> m_tags;
    QHash<std::int64_t, Actor> m_actors;
    // id -> ordinal: a dense table when ids are small, otherwise sorted (id, ordinal) pairs
    std::vector<std::uint32_t> m_dense;
    std::vector<std::pair<std::int64_t, std::uint32_t>> m_sparse;
};

} // namespace dateline
