// TimeIndex::serialize / deserialize: the snapshot format. The blob comes from a file anyone may
// have crafted, so the reader trusts nothing: it checks every length against what is left before
// reading, and afterwards every invariant a query relies on for memory safety (ordinals below the
// event count, class slices inside their member arrays, pyramid sizes and widths that cannot
// overflow). What it cannot check cheaply (that counts add up) can only give wrong pictures.
#include "core/index/timeindex.h"

#include "core/store/bytesource.h"

#include <bit>
#include <cstring>
#include <type_traits>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace dateline {

namespace {

constexpr char kMagic[4] = {'D', 'L', 'T', 'I'};
// 2: pyramids hold counts only; 3: lanes hold their actor's code (actorCode); 4: country lanes are
// titled by the country's name, not its code; 5: by its everyday name ("Russia", not "Russian
// Federation"). An older snapshot is not read (its lanes would lack
// the code or the name), so the index is built anew and stored in the current format.
constexpr std::uint32_t kFormatVersion = 5;
constexpr std::uint32_t kByteOrderMark = 0x01020304;
constexpr int kMaxPrecision = int(DatePrecision::Millennium);
constexpr int kMaxStatus = int(EventStatus::Denied);
constexpr std::uint32_t kKnownFlagBits = (1u << 22) - 1;

class Writer {
public:
    explicit Writer(QByteArray &out) : m_out(out) {}
    template<typename T> void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    template<typename T> void putArray(const std::vector<T> &v)
    {
        static_assert(std::has_unique_object_representations_v<T>); // no padding bytes
        m_out.append(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(T)));
    }
    void putString(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        put(std::uint32_t(utf8.size()));
        m_out.append(utf8);
    }

private:
    QByteArray &m_out;
};

// Big arrays: ask for transparent huge pages before the first touch. Faulting in 32 MB of 4 KB
// pages costs ~100 ms on the test VM (more than reading the snapshot); 2 MB pages cost a few ms.
void adviseHugePages(void *data, std::uint64_t bytes)
{
#ifdef __linux__
    constexpr std::uintptr_t kHuge = 2 * 1024 * 1024;
    if (bytes < 2 * kHuge)
        return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // a hint: failure is fine
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

bool validTime(TimePoint t)
{
    return t >= kTimeMin && t <= kTimeMax;
}

} // namespace

class TimeIndex::SnapshotReader {
public:
    explicit SnapshotReader(ByteSource &in) : m_in(in) {}
    bool atEnd() const { return m_in.remaining() == 0; }
    template<typename T> bool get(T &value) { return m_in.read(&value, sizeof value); }
    // count is untrusted: compared with what is left by division, so it cannot overflow
    template<typename T> bool getArray(std::vector<T> &v, std::uint64_t count)
    {
        if (count > m_in.remaining() / sizeof(T))
            return false;
        v.reserve(std::size_t(count));
        adviseHugePages(v.data(), count * sizeof(T));
        v.resize(std::size_t(count));
        return m_in.read(v.data(), count * sizeof(T));
    }
    bool getString(QString &s)
    {
        std::uint32_t n = 0;
        if (!get(n) || n > m_in.remaining())
            return false;
        QByteArray utf8(qsizetype(n), Qt::Uninitialized);
        if (!m_in.read(utf8.data(), n))
            return false;
        s = QString::fromUtf8(utf8); // invalid UTF-8 becomes U+FFFD, never a crash
        return true;
    }

private:
    ByteSource &m_in;
};

QString TimeIndex::snapshotKey(LaneGrouping grouping)
{
    return QStringLiteral("timeindex/") + laneGroupingName(grouping);
}

QByteArray TimeIndex::serialize() const
{
    QByteArray out;
    out.reserve(qsizetype(memoryBytes()));
    Writer w(out);
    out.append(kMagic, 4);
    w.put(kFormatVersion);
    w.put(kByteOrderMark);
    w.put(std::uint32_t(m_grouping));
    w.put(eventCount());
    w.put(std::uint32_t(m_wideIds.size()));
    w.put(std::uint32_t(m_fuzz.size()));
    w.put(std::uint32_t(m_lanes.size()));
    w.put(m_earliest);
    w.put(m_latest);
    w.putArray(m_entries);
    w.putArray(m_wideIds);
    for (const Fuzz &f : m_fuzz) { // Fuzz has padding: field by field
        w.put(f.ordinal);
        w.put(f.latestStart);
        w.put(f.earliestEnd);
    }
    auto putPyramid = [&w](const DensityPyramid &p) {
        w.put(p.m_origin);
        w.put(p.m_width0);
        w.put(p.m_buckets0);
        w.put(std::uint32_t(p.m_levels));
        w.putArray(p.m_counts);
    };
    putPyramid(m_all);
    for (const Lane &lane : m_lanes) {
        w.putString(lane.info.key);
        w.putString(lane.info.label);
        w.putString(lane.info.code);
        w.put(lane.info.count);
        w.put(std::uint32_t(lane.info.cameoRoot));
        w.put(std::uint32_t(lane.members.size()));
        w.putArray(lane.members);
        w.put(std::uint32_t(lane.classes.size()));
        for (const ClassSlice &c : lane.classes) {
            w.put(c.maxDuration);
            w.put(c.begin);
            w.put(c.end);
        }
        putPyramid(lane.pyramid);
    }
    return out;
}

std::optional<TimeIndex> TimeIndex::deserialize(const QByteArray &data)
{
    ByteArraySource source(data);
    return deserialize(source);
}

std::optional<TimeIndex> TimeIndex::deserialize(ByteSource &source)
{
    SnapshotReader r(source);
    char magic[4] = {};
    std::uint32_t version = 0, bom = 0, grouping = 0, events = 0, wide = 0, fuzz = 0, lanes = 0;
    TimeIndex index;
    if (!r.get(magic) || std::memcmp(magic, kMagic, 4) != 0 || !r.get(version) || version != kFormatVersion
        || !r.get(bom) || bom != kByteOrderMark || !r.get(grouping) || grouping > std::uint32_t(LaneGrouping::Tag)
        || !r.get(events) || !r.get(wide) || !r.get(fuzz) || !r.get(lanes) || !r.get(index.m_earliest)
        || !r.get(index.m_latest) || !validTime(index.m_earliest) || !validTime(index.m_latest)) {
        return std::nullopt;
    }
    index.m_grouping = LaneGrouping(grouping);
    if (!readEntries(r, index, events, wide) || !readFuzz(r, index, fuzz) || !readPyramid(r, index.m_all))
        return std::nullopt;
    if (lanes > std::uint64_t(events) + 1) // every lane holds at least one event (an empty index: none)
        return std::nullopt;
    index.m_lanes.resize(lanes);
    for (std::uint32_t l = 0; l < lanes; ++l) {
        Lane &lane = index.m_lanes[l];
        if (!readLane(r, index, lane))
            return std::nullopt;
        index.m_laneByKey.insert(lane.info.key, int(l));
    }
    if (!r.atEnd())
        return std::nullopt;
    index.markSharedLabels();
    return index;
}

// Entries in time order with sane bounds and fields; wide ids for the entries that need one.
bool TimeIndex::readEntries(SnapshotReader &r, TimeIndex &index, std::uint32_t events, std::uint32_t wide)
{
    if (!r.getArray(index.m_entries, events) || !r.getArray(index.m_wideIds, wide))
        return false;
    TimePoint previousStart = kTimeMin;
    for (const IndexEntry &e : index.m_entries) {
        if (e.start < previousStart || e.start >= e.end || !validTime(e.start) || !validTime(e.end)
            || (e.flags & ~kKnownFlagBits) || int(e.precision()) > kMaxPrecision || int(e.status()) > kMaxStatus
            || e.cameoRoot() > 20 || e.importance() > 100
            || ((e.flags & IndexEntry::kWideIdBit) && e.idOrSlot >= wide)) {
            return false;
        }
        previousStart = e.start;
    }
    return true;
}

// The fuzzy bounds, by ascending ordinal of a fuzzy entry.
bool TimeIndex::readFuzz(SnapshotReader &r, TimeIndex &index, std::uint32_t count)
{
    constexpr std::size_t kFuzzBytes = 20; // ordinal, latestStart, earliestEnd without padding
    const auto events = std::uint32_t(index.m_entries.size());
    std::vector<char> packed;
    if (count > events || !r.getArray(packed, std::uint64_t(count) * kFuzzBytes))
        return false;
    index.m_fuzz.resize(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        Fuzz &f = index.m_fuzz[i];
        const char *p = packed.data() + std::size_t(i) * kFuzzBytes;
        std::memcpy(&f.ordinal, p, 4);
        std::memcpy(&f.latestStart, p + 4, 8);
        std::memcpy(&f.earliestEnd, p + 12, 8);
        if (f.ordinal >= events || (i > 0 && f.ordinal <= index.m_fuzz[i - 1].ordinal) || !validTime(f.latestStart)
            || !validTime(f.earliestEnd) || !index.m_entries[f.ordinal].isFuzzy()) {
            return false;
        }
    }
    return true;
}

bool TimeIndex::readPyramid(SnapshotReader &r, DensityPyramid &p)
{
    std::uint32_t levels = 0;
    if (!r.get(p.m_origin) || !r.get(p.m_width0) || !r.get(p.m_buckets0) || !r.get(levels))
        return false;
    if (p.m_buckets0 == 0)
        return levels == 0 && r.getArray(p.m_counts, 0);
    // bucketWidth(level) = width0 << level and origin + buckets0 * width0 must not overflow:
    // width0 * buckets0 <= 2^62 and |origin| <= kTimeMax keep every bucket edge below 2^63
    if (!std::has_single_bit(p.m_buckets0) || levels != unsigned(std::bit_width(p.m_buckets0))
        || p.m_width0 <= 0 || !std::has_single_bit(std::uint64_t(p.m_width0))
        || std::bit_width(std::uint64_t(p.m_width0)) + int(levels) - 1 > 63 || !validTime(p.m_origin)) {
        return false;
    }
    p.m_levels = int(levels);
    const std::uint64_t cells = 2 * std::uint64_t(p.m_buckets0) - 1;
    return r.getArray(p.m_counts, cells);
}

// One lane: a new key, its members split into duration-class slices, its pyramid.
bool TimeIndex::readLane(SnapshotReader &r, const TimeIndex &index, Lane &lane)
{
    const auto events = std::uint32_t(index.m_entries.size());
    std::uint32_t root = 0, memberCount = 0, classCount = 0;
    if (!r.getString(lane.info.key) || !r.getString(lane.info.label) || !r.getString(lane.info.code)
        || !r.get(lane.info.count)
        || !r.get(root) || root > 20 || !r.get(memberCount) || lane.info.count != memberCount
        || !r.getArray(lane.members, memberCount) || !r.get(classCount) || classCount > 65
        || lane.info.key.isEmpty() || index.m_laneByKey.contains(lane.info.key)) {
        return false;
    }
    lane.info.cameoRoot = std::uint8_t(root);
    lane.classes.resize(classCount);
    std::uint32_t at = 0;
    for (ClassSlice &c : lane.classes) {
        // slices tile the member array in order; within one, ordinals ascend and every
        // duration is at most the slice's maximum (the window query's search bound)
        if (!r.get(c.maxDuration) || !r.get(c.begin) || !r.get(c.end) || c.begin != at || c.end <= c.begin
            || c.end > memberCount || c.maxDuration <= 0 || c.maxDuration > kTimeMax - kTimeMin) {
            return false;
        }
        for (std::uint32_t i = c.begin; i < c.end; ++i) {
            const std::uint32_t o = lane.members[i];
            if (o >= events || (i > c.begin && o <= lane.members[i - 1]) || index.m_entries[o].duration() > c.maxDuration)
                return false;
        }
        at = c.end;
    }
    return at == memberCount && readPyramid(r, lane.pyramid);
}

} // namespace dateline
