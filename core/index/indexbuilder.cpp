#include "core/index/indexbuilder.h"

#include "core/model/actorlabel.h"
#include "core/model/cameo.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <tuple>

namespace dateline {

namespace {

constexpr std::int64_t kDenseIdLimit = 1 << 26; // 256 MB of table at most, used only while building

auto timeOrderKey(const EventSpan &s)
{
    return std::make_tuple(s.bounds.earliestStart, s.sortKey, s.id.value);
}

} // namespace

IndexBuilder::IndexBuilder() = default;
IndexBuilder::~IndexBuilder() = default;

TimeIndex IndexBuilder::fromDocument(const Document &document, LaneGrouping grouping)
{
    IndexBuilder builder;
    document.forEachEventSpan([&builder](const EventSpan &span) { builder.addEvent(span); });
    if (grouping == LaneGrouping::Actor || grouping == LaneGrouping::Country) {
        builder.m_links = document.actorLinks();
        for (const Actor &actor : document.actors())
            builder.addActor(actor);
    } else if (grouping == LaneGrouping::Tag) {
        builder.m_tags = document.eventTags();
    }
    return builder.build(grouping);
}

void IndexBuilder::reserve(std::size_t events)
{
    m_spans.reserve(events);
}

void IndexBuilder::addEvent(const EventSpan &span)
{
    if (!m_spans.empty() && m_sorted && timeOrderKey(span) < timeOrderKey(m_spans.back()))
        m_sorted = false;
    m_spans.push_back(span);
}

void IndexBuilder::addEvents(std::vector<EventSpan> spans)
{
    if (!m_spans.empty()) {
        for (const EventSpan &span : spans)
            addEvent(span);
        return;
    }
    m_spans = std::move(spans);
    m_sorted = std::is_sorted(m_spans.begin(), m_spans.end(),
                              [](const EventSpan &a, const EventSpan &b) { return timeOrderKey(a) < timeOrderKey(b); });
}

void IndexBuilder::addActorLink(EventId event, ActorId actor)
{
    m_links.emplace_back(event, actor);
}

void IndexBuilder::addTag(EventId event, const QString &tag)
{
    m_tags.emplace_back(event, tag);
}

void IndexBuilder::addActor(const Actor &actor)
{
    m_actors.insert(actor.id.value, actor);
}

std::uint32_t IndexBuilder::ordinalOf(EventId id) const
{
    constexpr std::uint32_t kNone = ~0u;
    if (!m_dense.empty())
        return id.value >= 0 && std::size_t(id.value) < m_dense.size() ? m_dense[std::size_t(id.value)] : kNone;
    const auto it = std::lower_bound(m_sparse.begin(), m_sparse.end(), std::make_pair(id.value, 0u));
    return it != m_sparse.end() && it->first == id.value ? it->second : kNone;
}

TimeIndex IndexBuilder::build(LaneGrouping grouping)
{
    if (!m_sorted) {
        std::sort(m_spans.begin(), m_spans.end(),
                  [](const EventSpan &a, const EventSpan &b) { return timeOrderKey(a) < timeOrderKey(b); });
    }
    TimeIndex index;
    index.m_grouping = grouping;
    fillEntries(index);
    mapIds();
    Memberships memberships = laneMemberships(grouping, index);
    fillLanes(index, std::move(memberships));
    orderLanes(index);
    index.markSharedLabels();

    std::vector<std::uint32_t> all(index.m_entries.size());
    std::iota(all.begin(), all.end(), 0u);
    index.m_all.build(all, index.m_entries);

    m_spans = {};
    m_links = {};
    m_tags = {};
    m_dense = {};
    m_sparse = {};
    return index;
}

void IndexBuilder::fillEntries(TimeIndex &index) const
{
    const auto n = std::uint32_t(m_spans.size());
    index.m_entries.resize(n);
    IndexExtent extent;
    for (std::uint32_t i = 0; i < n; ++i)
        extent.add(index.m_entries[i] = index.entryFor(m_spans[i], i));
    index.m_earliest = extent.empty() ? 0 : extent.earliest;
    index.m_latest = extent.empty() ? 0 : extent.latest;
}

void IndexBuilder::mapIds()
{
    const auto n = std::uint32_t(m_spans.size());
    std::int64_t maxId = 0;
    for (const EventSpan &s : m_spans)
        maxId = std::max(maxId, s.id.value);
    if (maxId < kDenseIdLimit && maxId < 4 * std::int64_t(n) + 1024) {
        m_dense.assign(std::size_t(maxId) + 1, ~0u);
        for (std::uint32_t i = 0; i < n; ++i)
            if (m_spans[i].id.value >= 0)
                m_dense[std::size_t(m_spans[i].id.value)] = i;
    } else {
        m_sparse.reserve(n);
        for (std::uint32_t i = 0; i < n; ++i)
            m_sparse.emplace_back(m_spans[i].id.value, i);
        std::sort(m_sparse.begin(), m_sparse.end());
    }
}

std::uint32_t IndexBuilder::Memberships::laneFor(const LaneInfo &info)
{
    const auto it = laneOfKey.constFind(info.key);
    if (it != laneOfKey.cend())
        return *it;
    const auto lane = std::uint32_t(infos.size());
    infos.push_back(info);
    laneOfKey.insert(info.key, lane);
    return lane;
}

IndexBuilder::Memberships IndexBuilder::laneMemberships(LaneGrouping grouping, const TimeIndex &index) const
{
    Memberships m;
    const auto n = std::uint32_t(m_spans.size());
    switch (grouping) {
    case LaneGrouping::None: {
        const std::uint32_t lane = m.laneFor(lanes::all());
        for (std::uint32_t i = 0; i < n; ++i)
            m.pairs.emplace_back(lane, i);
        break;
    }
    case LaneGrouping::EventType: {
        std::uint32_t byRoot[32];
        std::fill(std::begin(byRoot), std::end(byRoot), ~0u);
        m.pairs.reserve(n);
        for (std::uint32_t i = 0; i < n; ++i) {
            const int root = index.m_entries[i].cameoRoot();
            if (byRoot[root] == ~0u)
                byRoot[root] = m.laneFor(lanes::ofType(root));
            m.pairs.emplace_back(byRoot[root], i);
        }
        break;
    }
    case LaneGrouping::Actor:
    case LaneGrouping::Country:
        addActorMemberships(grouping, m);
        break;
    case LaneGrouping::Tag:
        m.pairs.reserve(m_tags.size());
        for (const auto &[event, tag] : m_tags) {
            const std::uint32_t ordinal = ordinalOf(event);
            if (ordinal != ~0u)
                m.pairs.emplace_back(m.laneFor(lanes::ofTag(tag)), ordinal);
        }
        break;
    }
    if (grouping != LaneGrouping::None && grouping != LaneGrouping::EventType) {
        // events with no actor (country, tag) go to one "without" lane
        std::vector<bool> placed(n, false);
        for (const auto &p : m.pairs)
            placed[p.second] = true;
        std::uint32_t none = ~0u;
        for (std::uint32_t i = 0; i < n; ++i) {
            if (!placed[i]) {
                if (none == ~0u)
                    none = m.laneFor(lanes::without(grouping));
                m.pairs.emplace_back(none, i);
            }
        }
    }
    return m;
}

void IndexBuilder::addActorMemberships(LaneGrouping grouping, Memberships &m) const
{
    // one string key per actor, not per link
    QHash<std::int64_t, std::uint32_t> laneOfActor;
    auto actorLane = [&](ActorId actorId) -> std::uint32_t {
        const auto known = laneOfActor.constFind(actorId.value);
        if (known != laneOfActor.cend())
            return *known;
        std::uint32_t lane = ~0u;
        const auto actor = m_actors.constFind(actorId.value);
        if (grouping == LaneGrouping::Actor)
            lane = actor != m_actors.cend() ? m.laneFor(lanes::ofActor(actorId.value, actor->label, actorCode(*actor)))
                                            : m.laneFor(lanes::ofActor(actorId.value, QString(), QString()));
        else if (actor != m_actors.cend() && !actor->country.isEmpty())
            lane = m.laneFor(lanes::ofCountry(actor->country));
        laneOfActor.insert(actorId.value, lane);
        return lane;
    };
    m.pairs.reserve(m_links.size());
    for (const auto &[event, actorId] : m_links) {
        const std::uint32_t ordinal = ordinalOf(event);
        const std::uint32_t lane = ordinal == ~0u ? ~0u : actorLane(actorId);
        if (lane != ~0u)
            m.pairs.emplace_back(lane, ordinal);
    }
}

void IndexBuilder::fillLanes(TimeIndex &index, Memberships memberships)
{
    const std::vector<LaneInfo> &infos = memberships.infos;
    // counting sort by lane; then each lane sorted by ordinal, duplicates (two roles) dropped
    std::vector<std::uint32_t> laneStart(infos.size() + 1, 0);
    for (const auto &p : memberships.pairs)
        ++laneStart[p.first + 1];
    for (std::size_t l = 0; l < infos.size(); ++l)
        laneStart[l + 1] += laneStart[l];
    std::vector<std::uint32_t> flat(memberships.pairs.size());
    {
        std::vector<std::uint32_t> fill(laneStart.begin(), laneStart.end() - 1);
        for (const auto &p : memberships.pairs)
            flat[fill[p.first]++] = p.second;
    }
    memberships.pairs = {};

    index.m_lanes.resize(infos.size());
    std::vector<std::uint32_t> members;
    for (std::size_t l = 0; l < infos.size(); ++l) {
        members.assign(flat.begin() + laneStart[l], flat.begin() + laneStart[l + 1]);
        if (!std::is_sorted(members.begin(), members.end()))
            std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());

        TimeIndex::Lane &lane = index.m_lanes[l];
        lane.info = infos[l];
        index.fillLane(lane, members);
    }
}

void IndexBuilder::orderLanes(TimeIndex &index)
{
    // default order: type lanes by CAMEO root, others busiest first
    const LaneGrouping grouping = index.m_grouping;
    std::vector<std::size_t> order(index.m_lanes.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const LaneInfo &x = index.m_lanes[a].info;
        const LaneInfo &y = index.m_lanes[b].info;
        if (grouping == LaneGrouping::EventType)
            return (x.cameoRoot == 0 ? 99 : x.cameoRoot) < (y.cameoRoot == 0 ? 99 : y.cameoRoot);
        const bool xNone = x.key == QLatin1StringView("none"), yNone = y.key == QLatin1StringView("none");
        if (xNone != yNone)
            return yNone;
        return x.count != y.count ? x.count > y.count : x.label < y.label;
    });
    std::vector<TimeIndex::Lane> sorted;
    sorted.reserve(order.size());
    for (const std::size_t i : order)
        sorted.push_back(std::move(index.m_lanes[i]));
    index.m_lanes = std::move(sorted);
    for (int i = 0; i < int(index.m_lanes.size()); ++i)
        index.m_laneByKey.insert(index.m_lanes[std::size_t(i)].info.key, i);
}

} // namespace dateline
