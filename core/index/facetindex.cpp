#include "core/index/facetindex.h"

#include "core/index/indexentry.h"
#include "core/store/bytesource.h"
#include "core/store/document.h"
#include "core/store/transaction.h"

#include <algorithm>

namespace dateline {

FacetIndex::FacetIndex()
{
    m_actorStart.push_back(0);
    m_tagStart.push_back(0);
}

FacetIndex::~FacetIndex() = default;
FacetIndex::FacetIndex(FacetIndex &&) noexcept = default;
FacetIndex &FacetIndex::operator=(FacetIndex &&) noexcept = default;

FacetIndex FacetIndex::load(const Document &document)
{
    std::optional<FacetIndex> snapshot;
    document.readSnapshot(snapshotKey(), [&snapshot](ByteSource &source) {
        snapshot = deserialize(source);
        return snapshot.has_value();
    });
    if (snapshot)
        return std::move(*snapshot);
    // On a connection of its own (the app reads the facets on a worker thread), an edit may commit
    // during the scans or before the store: the scans share one read snapshot, and what they read
    // is stored under its revision only while that is still the current one, as TimeIndex::load.
    qint64 builtAt = 0;
    FacetIndex index;
    {
        const ReadTransaction read(document.database());
        builtAt = document.revision();
        index = build(document);
    }
    if (!document.isReadOnly())
        document.storeSnapshot(snapshotKey(), index.serialize(), builtAt);
    return index;
}

std::optional<std::uint32_t> FacetIndex::searchRow(EventId id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id.value);
    if (it == m_ids.end() || *it != id.value)
        return std::nullopt;
    return std::uint32_t(it - m_ids.begin());
}

QStringList FacetIndex::countries() const
{
    QStringList list = m_countryNames;
    list.sort();
    return list;
}

QStringList FacetIndex::tags() const
{
    QStringList list = m_tagNames;
    list.sort(Qt::CaseInsensitive);
    return list;
}

void FacetIndex::finish()
{
    m_firstId = m_ids.empty() ? 0 : m_ids.front();
    m_contiguous = m_ids.empty() || m_ids.back() - m_ids.front() + 1 == std::int64_t(m_ids.size());
    m_actorIndex.clear();
    m_actorIndex.reserve(qsizetype(m_actorIds.size()));
    for (std::size_t i = 0; i < m_actorIds.size(); ++i)
        m_actorIndex.insert(m_actorIds[i], std::uint32_t(i));
    m_countryIndex.clear();
    for (int i = 0; i < m_countryNames.size(); ++i)
        m_countryIndex.insert(m_countryNames[i], std::uint16_t(i + 1));
    m_tagIndex.clear();
    for (int i = 0; i < m_tagNames.size(); ++i)
        m_tagIndex.insert(m_tagNames[i], std::uint32_t(i));
}

std::uint32_t FacetIndex::internActor(std::int64_t id)
{
    const auto it = m_actorIndex.constFind(id);
    if (it != m_actorIndex.cend())
        return *it;
    const auto index = std::uint32_t(m_actorIds.size());
    m_actorIds.push_back(id);
    m_actorCountry.push_back(0);
    m_actorIndex.insert(id, index);
    return index;
}

std::uint16_t FacetIndex::internCountry(const QString &alpha3)
{
    const QString code = alpha3.trimmed().toUpper();
    if (code.isEmpty())
        return 0;
    const auto it = m_countryIndex.constFind(code);
    if (it != m_countryIndex.cend())
        return *it;
    if (m_countryNames.size() >= 0xFFFE)
        return 0; // not a real country list: the facet ignores the rest
    m_countryNames.append(code);
    const auto index = std::uint16_t(m_countryNames.size());
    m_countryIndex.insert(code, index);
    return index;
}

std::uint32_t FacetIndex::internTag(const QString &tag)
{
    const auto it = m_tagIndex.constFind(tag);
    if (it != m_tagIndex.cend())
        return *it;
    const auto index = std::uint32_t(m_tagNames.size());
    m_tagNames.append(tag);
    m_tagIndex.insert(tag, index);
    return index;
}

std::vector<std::uint8_t> FacetIndex::filterRows(const EventFilter &filter) const
{
    const std::uint32_t n = eventCount();
    std::vector<std::uint8_t> keep(n, 1);

    // Each facet becomes a small lookup table, so the row loop only indexes arrays.
    bool statusOk[8] = {};
    for (const EventStatus s : filter.statuses)
        statusOk[int(s) & 7] = true;
    bool rootOk[32] = {};
    for (const int root : filter.cameoRoots)
        if (root >= 1 && root <= 20)
            rootOk[root] = true;
    for (int root = 1; root <= 20; ++root)
        if (std::find(filter.quadClasses.begin(), filter.quadClasses.end(), IndexEntry::quadOfRoot(root))
            != filter.quadClasses.end())
            rootOk[root] = true;
    const bool byType = !filter.cameoRoots.empty() || !filter.quadClasses.empty();

    std::vector<std::uint8_t> actorOk;
    if (!filter.actors.empty()) {
        actorOk.assign(m_actorIds.size(), 0);
        for (const ActorId a : filter.actors)
            if (const auto it = m_actorIndex.constFind(a.value); it != m_actorIndex.cend())
                actorOk[*it] = 1;
    }
    std::vector<std::uint8_t> countryOk, actorInCountry;
    if (!filter.countries.isEmpty()) {
        countryOk.assign(std::size_t(m_countryNames.size()) + 1, 0);
        for (const QString &c : filter.countries)
            if (const auto it = m_countryIndex.constFind(c.trimmed().toUpper()); it != m_countryIndex.cend())
                countryOk[*it] = 1;
        actorInCountry.resize(m_actorIds.size());
        for (std::size_t a = 0; a < m_actorIds.size(); ++a)
            actorInCountry[a] = countryOk[m_actorCountry[a]];
    }
    std::vector<std::uint8_t> tagOk;
    if (!filter.tags.isEmpty()) {
        tagOk.assign(std::size_t(m_tagNames.size()), 0);
        for (const QString &t : filter.tags)
            if (const auto it = m_tagIndex.constFind(t); it != m_tagIndex.cend())
                tagOk[*it] = 1;
    }
    const int maxRel = filter.minReliability ? std::clamp(filter.minReliability->unicode() - 'A' + 1, 0, 6) : 0;
    const int maxCred = filter.maxCredibility ? std::clamp(*filter.maxCredibility, 0, 6) : 0;

    auto anyIn = [](const std::vector<std::uint32_t> &start, const std::vector<std::uint32_t> &list,
                    std::uint32_t row, const std::vector<std::uint8_t> &ok) {
        for (std::uint32_t i = start[row]; i < start[row + 1]; ++i)
            if (ok[list[i]])
                return true;
        return false;
    };

    for (std::uint32_t r = 0; r < n; ++r) {
        const std::uint16_t f = m_flags[r];
        bool pass = true;
        if (!filter.statuses.empty())
            pass = statusOk[f & 7];
        if (pass && byType)
            pass = rootOk[(f >> 3) & 31];
        if (pass && filter.hasQuotes)
            pass = bool(f & (1 << 8)) == *filter.hasQuotes;
        if (pass && filter.minReliability) {
            const int rel = (f >> 9) & 7;
            pass = rel >= 1 && rel <= maxRel;
        }
        if (pass && filter.maxCredibility) {
            const int cred = (f >> 12) & 7;
            pass = cred >= 1 && cred <= maxCred;
        }
        if (pass && !actorOk.empty())
            pass = anyIn(m_actorStart, m_actorList, r, actorOk);
        if (pass && !countryOk.empty())
            pass = countryOk[m_placeCountry[r]] || anyIn(m_actorStart, m_actorList, r, actorInCountry);
        if (pass && !filter.tags.isEmpty())
            pass = anyIn(m_tagStart, m_tagList, r, tagOk);
        keep[r] = pass;
    }
    return keep;
}

std::size_t FacetIndex::memoryBytes() const
{
    std::size_t bytes = sizeof(*this) + m_ids.capacity() * 8 + m_flags.capacity() * 2 + m_placeCountry.capacity() * 2
        + (m_actorStart.capacity() + m_actorList.capacity() + m_tagStart.capacity() + m_tagList.capacity()) * 4
        + m_actorIds.capacity() * 8 + m_actorCountry.capacity() * 2;
    for (const QString &s : m_countryNames)
        bytes += sizeof(QString) + std::size_t(s.capacity()) * 2;
    for (const QString &s : m_tagNames)
        bytes += sizeof(QString) + std::size_t(s.capacity()) * 2;
    // the lookups: entry plus hash node overhead, roughly
    bytes += std::size_t(m_actorIndex.capacity()) * 24 + std::size_t(m_countryIndex.capacity() + m_tagIndex.capacity()) * 40;
    return bytes;
}

} // namespace dateline
