// MS-CFB read from memory: the header, its DIFAT (and the DIFAT sectors that extend it), the FAT,
// the directory, and the mini FAT with the mini stream where streams under 4,096 bytes live.
#include "core/io/workbook/compoundfile.h"

#include "core/io/littleendian.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

constexpr std::uint32_t kMaxRegularSector = 0xFFFFFFFA, kEndOfChain = 0xFFFFFFFE, kNoStream = 0xFFFFFFFF;
constexpr qsizetype kHeaderSize = 512, kEntrySize = 128, kMiniSectorSize = 64;
constexpr std::uint64_t kMiniStreamCutoff = 4096; // fixed by MS-CFB whatever the header says
constexpr int kHeaderDifatEntries = 109;
constexpr std::uint8_t kStorage = 1, kStream = 2, kRoot = 5;
const QByteArray kSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

QString damaged(const QString &what)
{
    return u"the file is damaged (%1)"_s.arg(what);
}

QString truncated(const QString &what)
{
    return u"the file is truncated (%1)"_s.arg(what);
}

std::uint64_t le64(const char *p)
{
    return std::uint64_t(le32(p)) | std::uint64_t(le32(p + 4)) << 32;
}

// A directory entry as stored, before the tree is walked.
struct RawEntry {
    QString name;
    std::uint8_t type = 0;
    std::uint32_t left = kNoStream, right = kNoStream, child = kNoStream, start = 0;
    std::uint64_t size = 0;
};

RawEntry rawEntry(const char *e, bool version3)
{
    RawEntry r;
    // The name's length in bytes counts its terminating NUL; a damaged length gives no name.
    const int bytes = le16(e + 64);
    if (bytes >= 2 && bytes <= 64 && bytes % 2 == 0)
        for (int k = 0; k < bytes / 2 - 1; ++k)
            r.name += QChar(char16_t(le16(e + 2 * k)));
    r.type = std::uint8_t(e[66]);
    r.left = le32(e + 68);
    r.right = le32(e + 72);
    r.child = le32(e + 76);
    r.start = le32(e + 116);
    // Version 3 files may leave garbage in the size's high half.
    r.size = version3 ? le32(e + 120) : le64(e + 120);
    return r;
}

} // namespace

std::optional<CompoundFile> CompoundFile::open(const QByteArray &data, QString *error)
{
    if (!data.startsWith(kSignature)) {
        *error = u"not an OLE compound file"_s;
        return std::nullopt;
    }
    if (data.size() < kHeaderSize) {
        *error = truncated(u"its header is cut short"_s);
        return std::nullopt;
    }
    CompoundFile file(data);
    if (!file.readHeaderAndFat(error) || !file.readDirectory(error))
        return std::nullopt;
    // A damaged mini stream only matters to the small streams: kept as their reason.
    QString miniError;
    if (!file.readMiniStream(&miniError))
        file.m_miniError = miniError;
    return file;
}

bool CompoundFile::readHeaderAndFat(QString *error)
{
    const char *h = m_data.constData();
    const int shift = le16(h + 30);
    if (le16(h + 28) != 0xFFFE || (shift != 9 && shift != 12)) {
        *error = damaged(u"its header is not a compound file's"_s);
        return false;
    }
    m_sectorShift = shift;
    const qint64 sectorSize = qint64(1) << shift;
    // Sector n starts at (n + 1) * sectorSize; a last sector cut short still counts.
    m_sectorCount = std::max<qint64>(0, (m_data.size() - sectorSize + sectorSize - 1) / sectorSize);
    const std::uint32_t fatSectors = le32(h + 44);
    m_firstDirectorySector = le32(h + 48);
    m_firstMiniFatSector = le32(h + 60);
    if (fatSectors == 0 || fatSectors > m_sectorCount) {
        *error = fatSectors == 0 ? damaged(u"it has no FAT"_s) : truncated(u"its FAT is larger than the file"_s);
        return false;
    }

    // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors, each ending
    // with the index of the next.
    std::vector<std::uint32_t> fatList;
    for (int k = 0; k < kHeaderDifatEntries && fatList.size() < fatSectors; ++k)
        fatList.push_back(le32(h + 76 + 4 * k));
    const qint64 perDifatSector = sectorSize / 4 - 1;
    std::uint32_t difat = le32(h + 68);
    qint64 difatSeen = 0;
    while (fatList.size() < fatSectors) {
        if (difat > kMaxRegularSector || difat >= m_sectorCount || ++difatSeen > m_sectorCount) {
            *error = damaged(u"its list of FAT sectors ends early or loops"_s);
            return false;
        }
        const qint64 at = (qint64(difat) + 1) << shift;
        if (at + sectorSize > m_data.size()) {
            *error = truncated(u"a DIFAT sector is cut short"_s);
            return false;
        }
        for (qint64 k = 0; k < perDifatSector && fatList.size() < fatSectors; ++k)
            fatList.push_back(le32(h + at + 4 * k));
        difat = le32(h + at + 4 * perDifatSector);
    }

    m_fat.assign(size_t(fatSectors) * size_t(sectorSize / 4), kNoStream);
    size_t next = 0;
    for (const std::uint32_t sector : fatList) {
        if (sector >= m_sectorCount) {
            *error = damaged(u"a FAT sector lies outside the file"_s);
            return false;
        }
        const qint64 at = (qint64(sector) + 1) << shift;
        const qint64 available = std::min(sectorSize, m_data.size() - at) / 4; // a last sector cut short
        for (qint64 k = 0; k < available; ++k)
            m_fat[next + size_t(k)] = le32(h + at + 4 * k);
        next += size_t(sectorSize / 4);
    }
    return true;
}

bool CompoundFile::chain(const std::vector<std::uint32_t> &table, std::uint32_t start, qint64 sectorCount,
                         qint64 needed, std::vector<std::uint32_t> *out, QString *error) const
{
    out->clear();
    const qint64 limit = std::min<qint64>(sectorCount, qint64(table.size()));
    std::vector<bool> seen(size_t(std::max<qint64>(limit, 0)), false);
    for (std::uint32_t s = start; s != kEndOfChain && (needed < 0 || qint64(out->size()) < needed); s = table[s]) {
        if (s >= limit) {
            *error = damaged(s > kMaxRegularSector ? u"a chain of sectors ends early"_s
                                                   : u"a chain of sectors points outside the file"_s);
            return false;
        }
        if (seen[s]) { // each sector once: a chain that comes back to one loops for ever
            *error = damaged(u"a chain of sectors loops"_s);
            return false;
        }
        seen[s] = true;
        out->push_back(s);
    }
    if (needed >= 0 && qint64(out->size()) < needed) {
        *error = damaged(u"a stream's chain is shorter than its size"_s);
        return false;
    }
    return true;
}

std::optional<QByteArray> CompoundFile::readChain(std::uint32_t start, std::uint64_t size, QString *error) const
{
    const qint64 sectorSize = qint64(1) << m_sectorShift;
    if (size > std::uint64_t(m_sectorCount) * std::uint64_t(sectorSize)) {
        *error = damaged(u"a stream claims to be larger than the file"_s);
        return std::nullopt;
    }
    std::vector<std::uint32_t> sectors;
    if (!chain(m_fat, start, m_sectorCount, qint64((size + sectorSize - 1) / sectorSize), &sectors, error))
        return std::nullopt;
    QByteArray out;
    out.reserve(qsizetype(size));
    for (const std::uint32_t s : sectors) {
        const qint64 at = (qint64(s) + 1) << m_sectorShift;
        const qint64 take = std::min<qint64>(sectorSize, qint64(size) - out.size());
        if (at + take > m_data.size()) {
            *error = truncated(u"a stream ends beyond the end of the file"_s);
            return std::nullopt;
        }
        out.append(m_data.constData() + at, qsizetype(take));
    }
    return out;
}

bool CompoundFile::readDirectory(QString *error)
{
    std::vector<std::uint32_t> sectors;
    if (!chain(m_fat, m_firstDirectorySector, m_sectorCount, -1, &sectors, error))
        return false;
    const qint64 sectorSize = qint64(1) << m_sectorShift;
    std::vector<RawEntry> entries;
    for (const std::uint32_t s : sectors) {
        const qint64 at = (qint64(s) + 1) << m_sectorShift;
        for (qint64 e = 0; e + kEntrySize <= sectorSize && at + e + kEntrySize <= m_data.size(); e += kEntrySize)
            entries.push_back(rawEntry(m_data.constData() + at + e, m_sectorShift == 9));
    }
    if (entries.empty() || entries[0].type != kRoot) {
        *error = damaged(u"its directory has no root entry"_s);
        return false;
    }
    m_rootStart = entries[0].start;
    m_rootSize = entries[0].size;
    // The root's children hang in a red-black tree through left and right siblings; a damaged
    // link is left out, a repeated one seen once.
    std::vector<bool> seen(entries.size(), false);
    std::vector<std::uint32_t> pending{entries[0].child};
    while (!pending.empty()) {
        const std::uint32_t k = pending.back();
        pending.pop_back();
        if (k >= entries.size() || seen[k])
            continue;
        seen[k] = true;
        const RawEntry &e = entries[k];
        if (e.type == kStream)
            m_streams.push_back({e.name, e.start, e.size});
        if (e.type == kStream || e.type == kStorage) {
            pending.push_back(e.right);
            pending.push_back(e.left);
        }
    }
    return true;
}

bool CompoundFile::readMiniStream(QString *error)
{
    if (m_rootSize == 0)
        return true;
    std::optional<QByteArray> mini = readChain(m_rootStart, m_rootSize, error);
    if (!mini)
        return false;
    m_miniStream = *mini;
    std::vector<std::uint32_t> sectors;
    if (!chain(m_fat, m_firstMiniFatSector, m_sectorCount, -1, &sectors, error))
        return false;
    const qint64 sectorSize = qint64(1) << m_sectorShift;
    for (const std::uint32_t s : sectors) {
        const qint64 at = (qint64(s) + 1) << m_sectorShift;
        for (qint64 k = 0; k < sectorSize && at + k + 4 <= m_data.size(); k += 4)
            m_miniFat.push_back(le32(m_data.constData() + at + k));
    }
    return true;
}

const CompoundFile::Entry *CompoundFile::find(const QString &name) const
{
    for (const Entry &e : m_streams)
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

QStringList CompoundFile::streamNames() const
{
    QStringList names;
    for (const Entry &e : m_streams)
        names << e.name;
    return names;
}

bool CompoundFile::contains(const QString &name) const
{
    return find(name) != nullptr;
}

std::optional<QByteArray> CompoundFile::stream(const QString &name, QString *error) const
{
    const Entry *e = find(name);
    if (!e) {
        *error = u"the stream %1 is missing"_s.arg(name);
        return std::nullopt;
    }
    if (e->size >= kMiniStreamCutoff)
        return readChain(e->start, e->size, error);
    // A small stream: 64-byte sectors of the mini stream, chained through the mini FAT.
    if (!m_miniError.isEmpty()) {
        *error = m_miniError;
        return std::nullopt;
    }
    const qint64 miniSectors = (m_miniStream.size() + kMiniSectorSize - 1) / kMiniSectorSize;
    std::vector<std::uint32_t> sectors;
    if (!chain(m_miniFat, e->start, miniSectors, qint64((e->size + kMiniSectorSize - 1) / kMiniSectorSize), &sectors, error))
        return std::nullopt;
    QByteArray out;
    for (const std::uint32_t s : sectors) {
        const qint64 at = qint64(s) * kMiniSectorSize;
        const qint64 take = std::min<qint64>(kMiniSectorSize, qint64(e->size) - out.size());
        if (at + take > m_miniStream.size()) {
            *error = damaged(u"a small stream ends beyond the mini stream"_s);
            return std::nullopt;
        }
        out.append(m_miniStream.constData() + at, qsizetype(take));
    }
    return out;
}

} // namespace dateline
