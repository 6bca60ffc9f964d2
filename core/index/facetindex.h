#pragma once

#include "core/model/eventfilter.h"
#include "core/model/ids.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline {

class ByteSource;
class Document;

// What the filters ask of every event that the time index does not hold: its actors, its
// countries (its place's and its actors'), its tags, the best reliability of its quotes' sources
// and the best credibility of its quotes, plus status, CAMEO root and whether it has quotes, for
// undated events too (the events table shows them). ~26 bytes per event at 1.5 actors per event:
// rows in ascending event id, small per-row arrays, CSR lists for the multi-valued facets, every
// string interned to a small number. A filter is evaluated over these arrays without touching
// the document (see filterRows and core/index/filtermask.h).
class FacetIndex {
public:
    FacetIndex();
    ~FacetIndex();
    FacetIndex(FacetIndex &&) noexcept;
    FacetIndex &operator=(FacetIndex &&) noexcept;
    FacetIndex(const FacetIndex &) = delete;
    FacetIndex &operator=(const FacetIndex &) = delete;

    // The document's snapshot when it is current and valid; otherwise build() and store the
    // snapshot (writable documents only, and unless an edit committed since the scans' read
    // transaction began), as TimeIndex::load does.
    static FacetIndex load(const Document &document);
    // Five scans: events (with their place's country), actor links, tags, quote grades, actors.
    static FacetIndex build(const Document &document);

    std::uint32_t eventCount() const { return std::uint32_t(m_ids.size()); }
    EventId eventId(std::uint32_t row) const { return EventId(m_ids[row]); }
    // The row of an event; O(1) when ids are dense (the usual case), else a binary search.
    std::optional<std::uint32_t> rowOf(EventId id) const
    {
        if (m_contiguous) {
            const std::int64_t row = id.value - m_firstId;
            if (row >= 0 && row < std::int64_t(m_ids.size()))
                return std::uint32_t(row);
            return std::nullopt;
        }
        return searchRow(id);
    }

    // The values present in the document, for pickers: actors linked to an event or in the actor
    // table, countries of places and actors, tags. Countries and tags sorted.
    const std::vector<std::int64_t> &actorIds() const { return m_actorIds; }
    QStringList countries() const;
    QStringList tags() const;

    // Per row: 1 when the event passes every facet of filter except dateRange (which needs the
    // time index: see filterMask), else 0. Values the document does not hold match nothing.
    std::vector<std::uint8_t> filterRows(const EventFilter &filter) const;

    // Follows an edit: the removed events leave; the upserted ones are read again (an upserted id
    // that no longer exists leaves too). Costs a query per upserted id plus O(events) copying.
    // Actors are read again when refreshActors (an actor's country may have changed).
    enum class ActorRefresh : std::uint8_t { Keep, Reread };
    void apply(const Document &document, const std::vector<EventId> &removed, const std::vector<EventId> &upserted,
               ActorRefresh actors = ActorRefresh::Keep);

    // Snapshot: versioned header, then the arrays in bulk (host byte order); deserialize checks
    // every size and reference, so a crafted blob yields nullopt.
    QByteArray serialize() const;
    static std::optional<FacetIndex> deserialize(ByteSource &source);
    static QString snapshotKey() { return QStringLiteral("facets"); }

    std::size_t memoryBytes() const;

    // Row flag layout (m_flags): status 3 bits | CAMEO root 5 | has quotes 1 | best reliability 3
    // (0 none, 1 = A .. 6 = F) | best credibility 3 (0 none, 1..6).
    static std::uint16_t packFlags(int status, int cameoRoot, bool hasQuotes, int reliability, int credibility)
    {
        return std::uint16_t((status & 7) | ((cameoRoot & 31) << 3) | (hasQuotes ? 1 << 8 : 0)
                             | ((reliability & 7) << 9) | ((credibility & 7) << 12));
    }
    std::uint16_t flags(std::uint32_t row) const { return m_flags[row]; }

private:
    friend class FacetIndexBuilder;
    void finish(); // after the arrays change: the id lookup
    std::optional<std::uint32_t> searchRow(EventId id) const;
    std::uint32_t internActor(std::int64_t id);
    std::uint16_t internCountry(const QString &alpha3);
    std::uint32_t internTag(const QString &tag);

    std::vector<std::int64_t> m_ids;       // ascending
    std::vector<std::uint16_t> m_flags;
    std::vector<std::uint16_t> m_placeCountry; // 0 none, else 1 + index in m_countryNames
    std::vector<std::uint32_t> m_actorStart;   // CSR: row r's actors are m_actorList[start[r]..start[r+1])
    std::vector<std::uint32_t> m_actorList;    // indexes in m_actorIds
    std::vector<std::uint32_t> m_tagStart;
    std::vector<std::uint32_t> m_tagList;      // indexes in m_tagNames
    std::vector<std::int64_t> m_actorIds;      // interned actors
    std::vector<std::uint16_t> m_actorCountry; // per interned actor, as m_placeCountry
    QStringList m_countryNames;
    QStringList m_tagNames;
    // lookups, rebuilt by finish() (not stored)
    QHash<std::int64_t, std::uint32_t> m_actorIndex;
    QHash<QString, std::uint16_t> m_countryIndex;
    QHash<QString, std::uint32_t> m_tagIndex;
    std::int64_t m_firstId = 0;
    bool m_contiguous = true; // ids are m_firstId, m_firstId + 1, ...
};

} // namespace dateline
