// ZIP members through the central directory (APPNOTE.TXT: end of central directory record,
// central directory headers, local headers), inflated by zlib.
#include "core/io/workbook/ziparchive.h"

#include "core/io/littleendian.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50, kCentralHeader = 0x02014b50, kEndOfDirectory = 0x06054b50;
constexpr qsizetype kEndRecordSize = 22, kCentralHeaderSize = 46, kLocalHeaderSize = 30;

// Raw deflate (no zlib header) into at most `limit` bytes; false when the stream is damaged,
// ends early, or would grow beyond the limit.
bool inflateRaw(const char *in, qint64 inSize, qint64 expected, qint64 limit, QByteArray *out, QString *error)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        *error = u"zlib could not start"_s;
        return false;
    }
    // The directory's size is only a claim: room for at most what deflate can expand the input to
    // (about 1,032 to 1), grown as the data really comes.
    constexpr qint64 kDeflateMaxRatio = 1032;
    out->resize(qsizetype(std::min({std::max<qint64>(expected, 1), limit, inSize * kDeflateMaxRatio + 1024})));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in));
    z.avail_in = uInt(std::min<qint64>(inSize, std::numeric_limits<uInt>::max()));
    qint64 written = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        if (written == out->size()) {
            if (out->size() >= limit) {
                inflateEnd(&z);
                *error = u"a part inflates to more than %1 MB"_s.arg((limit + (1 << 20) - 1) >> 20);
                return false;
            }
            out->resize(qsizetype(std::min(limit, qint64(out->size()) * 2)));
        }
        z.next_out = reinterpret_cast<Bytef *>(out->data() + written);
        z.avail_out = uInt(std::min<qint64>(out->size() - written, std::numeric_limits<uInt>::max()));
        status = inflate(&z, Z_NO_FLUSH);
        written = qint64(z.total_out);
        if (status == Z_BUF_ERROR && z.avail_in == 0)
            break; // the input ended before the stream did
        if (status == Z_BUF_ERROR)
            status = Z_OK; // the output was full: grow it
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END) {
        *error = u"a part is damaged (its compressed data ends early or is corrupt)"_s;
        return false;
    }
    out->resize(qsizetype(written));
    return true;
}

} // namespace

bool startsLikeZip(const QByteArray &head)
{
    return head.size() >= 4 && le32(head.constData()) == kLocalHeader;
}

std::optional<ZipArchive> ZipArchive::open(const QByteArray &data, QString *error)
{
    // The end record is the last thing in the file, followed only by a comment of up to 64 KB.
    qsizetype end = -1;
    for (qsizetype at = data.size() - kEndRecordSize; at >= 0 && at >= data.size() - kEndRecordSize - 0xFFFF; --at) {
        if (le32(data.constData() + at) == kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        *error = startsLikeZip(data) ? u"the ZIP archive is truncated (its directory at the end is missing)"_s
                                     : u"not a ZIP archive"_s;
        return std::nullopt;
    }
    const char *e = data.constData() + end;
    const std::uint16_t count = le16(e + 10);
    const std::uint32_t directorySize = le32(e + 12), directoryOffset = le32(e + 16);
    if (count == 0xFFFF || directoryOffset == 0xFFFFFFFF) {
        *error = u"ZIP64 archives (over 4 GB or 65,535 parts) are not read"_s;
        return std::nullopt;
    }
    if (qint64(directoryOffset) + directorySize > end) {
        *error = u"the ZIP archive's directory lies outside the file (truncated or damaged)"_s;
        return std::nullopt;
    }
    ZipArchive zip(data);
    qsizetype at = qsizetype(directoryOffset);
    for (int k = 0; k < count; ++k) {
        const char *h = data.constData() + at;
        if (at + kCentralHeaderSize > end || le32(h) != kCentralHeader) {
            *error = u"the ZIP archive's directory is damaged"_s;
            return std::nullopt;
        }
        Member m;
        m.flags = le16(h + 8);
        m.method = le16(h + 10);
        m.crc = le32(h + 16);
        m.compressedSize = le32(h + 20);
        m.size = le32(h + 24);
        const std::uint16_t nameLength = le16(h + 28), extraLength = le16(h + 30), commentLength = le16(h + 32);
        m.localHeader = le32(h + 42);
        if (at + kCentralHeaderSize + nameLength > end) {
            *error = u"the ZIP archive's directory is damaged"_s;
            return std::nullopt;
        }
        if (m.compressedSize == 0xFFFFFFFF || m.size == 0xFFFFFFFF || m.localHeader == 0xFFFFFFFF) {
            *error = u"ZIP64 archives (parts over 4 GB) are not read"_s;
            return std::nullopt;
        }
        const QByteArray name = data.mid(at + kCentralHeaderSize, nameLength);
        m.name = (m.flags & 0x800) ? QString::fromUtf8(name) : QString::fromLatin1(name); // bit 11: UTF-8 names
        zip.m_members.push_back(m);
        at += kCentralHeaderSize + nameLength + extraLength + commentLength;
    }
    return zip;
}

QStringList ZipArchive::names() const
{
    QStringList out;
    for (const Member &m : m_members)
        out << m.name;
    return out;
}

const ZipArchive::Member *ZipArchive::find(const QString &name) const
{
    // Part names are case-insensitive in the Open Packaging Conventions; writers differ.
    const auto it = std::find_if(m_members.begin(), m_members.end(),
                                 [&](const Member &m) { return m.name.compare(name, Qt::CaseInsensitive) == 0; });
    return it == m_members.end() ? nullptr : &*it;
}

bool ZipArchive::contains(const QString &name) const
{
    return find(name) != nullptr;
}

std::optional<QByteArray> ZipArchive::read(const QString &name, QString *error, qint64 maxSize) const
{
    const Member *m = find(name);
    if (!m) {
        *error = u"the part %1 is missing"_s.arg(name);
        return std::nullopt;
    }
    if (m->flags & 0x1) {
        *error = u"the part %1 is encrypted"_s.arg(name);
        return std::nullopt;
    }
    const qint64 local = m->localHeader;
    if (local + kLocalHeaderSize > m_data.size() || le32(m_data.constData() + local) != kLocalHeader) {
        *error = u"the part %1 is damaged (no header where the directory points)"_s.arg(name);
        return std::nullopt;
    }
    const char *h = m_data.constData() + local;
    const qint64 start = local + kLocalHeaderSize + le16(h + 26) + le16(h + 28);
    if (start + m->compressedSize > m_data.size()) {
        *error = u"the part %1 is cut short (the file is truncated)"_s.arg(name);
        return std::nullopt;
    }
    if (m->size > maxSize) {
        *error = u"the part %1 is larger than %2 MB"_s.arg(name).arg(maxSize >> 20);
        return std::nullopt;
    }
    QByteArray out;
    if (m->method == 0) {
        out = m_data.mid(qsizetype(start), qsizetype(m->compressedSize));
    } else if (m->method == 8) {
        QString why;
        if (!inflateRaw(m_data.constData() + start, m->compressedSize, m->size, maxSize, &out, &why)) {
            *error = u"%1: %2"_s.arg(name, why);
            return std::nullopt;
        }
    } else {
        *error = u"the part %1 uses compression method %2, which is not read"_s.arg(name).arg(m->method);
        return std::nullopt;
    }
    const auto crc = std::uint32_t(crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out.constData()), size_t(out.size())));
    if (qint64(out.size()) != m->size || crc != m->crc) {
        *error = u"the part %1 is damaged (its checksum does not match)"_s.arg(name);
        return std::nullopt;
    }
    return out;
}

} // namespace dateline
