// FacetIndex::serialize / deserialize. The blob comes from a file anyone may have written: every
// count is checked against the bytes left before reading, and afterwards every reference a
// filter follows (CSR offsets, list entries, country numbers) is checked to stay in bounds.
#include "core/index/facetindex.h"

#include "core/store/bytesource.h"

#include <cstring>
#include <type_traits>

namespace dateline {

namespace {

constexpr char kMagic[4] = {'D', 'L', 'F', 'I'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::uint32_t kByteOrderMark = 0x01020304;

template<typename T> void putValue(QByteArray &out, T value)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

template<typename T> void putVector(QByteArray &out, const std::vector<T> &v)
{
    putValue(out, std::uint64_t(v.size()));
    out.append(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(T)));
}

void putStrings(QByteArray &out, const QStringList &list)
{
    putValue(out, std::uint32_t(list.size()));
    for (const QString &s : list) {
        const QByteArray utf8 = s.toUtf8();
        putValue(out, std::uint32_t(utf8.size()));
        out.append(utf8);
    }
}

template<typename T> bool getValue(ByteSource &in, T &value)
{
    return in.read(&value, sizeof value);
}

template<typename T> bool getVector(ByteSource &in, std::vector<T> &v)
{
    std::uint64_t count = 0;
    if (!getValue(in, count) || count > in.remaining() / sizeof(T))
        return false;
    v.resize(std::size_t(count));
    return in.read(v.data(), count * sizeof(T));
}

bool getStrings(ByteSource &in, QStringList &list)
{
    std::uint32_t count = 0;
    if (!getValue(in, count) || count > in.remaining() / 4)
        return false;
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint32_t n = 0;
        if (!getValue(in, n) || n > in.remaining())
            return false;
        QByteArray utf8(qsizetype(n), Qt::Uninitialized);
        if (!in.read(utf8.data(), n))
            return false;
        list.append(QString::fromUtf8(utf8));
    }
    return true;
}

// CSR offsets: one more than rows, from 0, never decreasing, ending at the list size; entries
// below limit.
bool validCsr(const std::vector<std::uint32_t> &start, const std::vector<std::uint32_t> &list, std::size_t rows,
              std::size_t limit)
{
    if (start.size() != rows + 1 || start.front() != 0 || start.back() != list.size())
        return false;
    for (std::size_t r = 0; r < rows; ++r)
        if (start[r] > start[r + 1])
            return false;
    for (const std::uint32_t v : list)
        if (v >= limit)
            return false;
    return true;
}

} // namespace

QByteArray FacetIndex::serialize() const
{
    QByteArray out;
    out.reserve(qsizetype(memoryBytes()));
    out.append(kMagic, 4);
    putValue(out, kFormatVersion);
    putValue(out, kByteOrderMark);
    putVector(out, m_ids);
    putVector(out, m_flags);
    putVector(out, m_placeCountry);
    putVector(out, m_actorStart);
    putVector(out, m_actorList);
    putVector(out, m_tagStart);
    putVector(out, m_tagList);
    putVector(out, m_actorIds);
    putVector(out, m_actorCountry);
    putStrings(out, m_countryNames);
    putStrings(out, m_tagNames);
    return out;
}

std::optional<FacetIndex> FacetIndex::deserialize(ByteSource &in)
{
    char magic[4];
    std::uint32_t version = 0, bom = 0;
    if (!in.read(magic, 4) || std::memcmp(magic, kMagic, 4) != 0 || !getValue(in, version)
        || version != kFormatVersion || !getValue(in, bom) || bom != kByteOrderMark)
        return std::nullopt;
    FacetIndex index;
    if (!getVector(in, index.m_ids) || !getVector(in, index.m_flags) || !getVector(in, index.m_placeCountry)
        || !getVector(in, index.m_actorStart) || !getVector(in, index.m_actorList)
        || !getVector(in, index.m_tagStart) || !getVector(in, index.m_tagList)
        || !getVector(in, index.m_actorIds) || !getVector(in, index.m_actorCountry)
        || !getStrings(in, index.m_countryNames) || !getStrings(in, index.m_tagNames) || in.remaining() != 0)
        return std::nullopt;

    const std::size_t n = index.m_ids.size();
    const std::size_t countries = std::size_t(index.m_countryNames.size());
    if (n > UINT32_MAX - 1 || index.m_flags.size() != n || index.m_placeCountry.size() != n
        || index.m_actorCountry.size() != index.m_actorIds.size() || countries >= 0xFFFF
        || !validCsr(index.m_actorStart, index.m_actorList, n, index.m_actorIds.size())
        || !validCsr(index.m_tagStart, index.m_tagList, n, std::size_t(index.m_tagNames.size())))
        return std::nullopt;
    for (std::size_t r = 0; r < n; ++r) {
        if ((r > 0 && index.m_ids[r] <= index.m_ids[r - 1]) || index.m_placeCountry[r] > countries)
            return std::nullopt;
    }
    for (const std::uint16_t c : index.m_actorCountry)
        if (c > countries)
            return std::nullopt;
    index.finish();
    // duplicates would make the lookups disagree with the arrays
    if (std::size_t(index.m_actorIndex.size()) != index.m_actorIds.size()
        || index.m_countryIndex.size() != index.m_countryNames.size() || index.m_tagIndex.size() != index.m_tagNames.size())
        return std::nullopt;
    return index;
}

} // namespace dateline
