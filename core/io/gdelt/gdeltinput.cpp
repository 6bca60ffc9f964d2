// Line reading from plain, gzip and zip GDELT files.
#include "core/io/gdelt/gdeltinput.h"
#include "core/io/littleendian.h"

#include <zlib.h>

#include <cstring>

namespace dateline::gdelt {

namespace {

constexpr qsizetype kChunk = 1 << 20;

} // namespace

struct InputFile::Zlib {
    z_stream stream{};
    bool initialised = false;
    ~Zlib()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

InputFile::InputFile(const QString &path) : m_file(path), m_z(std::make_unique<Zlib>()) {}

InputFile::~InputFile() = default;

bool InputFile::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_eof = true;
    return false;
}

bool InputFile::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(m_file.errorString());
        if (error)
            *error = m_error;
        return false;
    }
    fillInput();
    if (m_in.size() >= 2 && uchar(m_in[0]) == 0x1f && uchar(m_in[1]) == 0x8b) {
        m_kind = Kind::Gzip;
        if (inflateInit2(&m_z->stream, 15 + 32) != Z_OK) // 32: a gzip or zlib header
            return fail(QStringLiteral("zlib could not start"));
        m_z->initialised = true;
    } else if (m_in.size() >= 4 && le32(m_in.constData()) == 0x04034b50) {
        m_kind = Kind::Zip;
        if (inflateInit2(&m_z->stream, -15) != Z_OK) // raw deflate
            return fail(QStringLiteral("zlib could not start"));
        m_z->initialised = true;
    }
    return true;
}

bool InputFile::fillInput()
{
    if (m_inPos > 0) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
    if (m_file.atEnd())
        return false;
    const qsizetype old = m_in.size();
    m_in.resize(old + kChunk);
    const qint64 got = m_file.read(m_in.data() + old, kChunk);
    m_in.resize(old + std::max<qint64>(got, 0));
    return got > 0;
}

bool InputFile::next(QByteArrayView &line)
{
    for (;;) {
        const qsizetype nl = m_out.indexOf('\n', m_outPos);
        // After an error the complete lines before it are still given; a partial last one is not.
        const bool last = nl < 0 && m_eof && m_error.isEmpty() && m_outPos < m_out.size();
        if (nl >= 0 || last) {
            const qsizetype end = nl >= 0 ? nl : m_out.size();
            line = QByteArrayView(m_out.constData() + m_outPos, end - m_outPos);
            if (line.endsWith('\r'))
                line.chop(1);
            m_outPos = nl >= 0 ? nl + 1 : m_out.size();
            ++m_line;
            return true;
        }
        if (m_eof)
            return false;
        m_out.remove(0, m_outPos);
        m_outPos = 0;
        if (!produce())
            m_eof = true;
    }
}

bool InputFile::produce()
{
    if (m_kind == Kind::Plain) {
        if (m_inPos < m_in.size()) { // the bytes read to tell the kind
            m_out.append(m_in.constData() + m_inPos, m_in.size() - m_inPos);
            m_inPos = m_in.size();
            return true;
        }
        const qsizetype old = m_out.size();
        m_out.resize(old + kChunk);
        const qint64 got = m_file.read(m_out.data() + old, kChunk);
        m_out.resize(old + std::max<qint64>(got, 0));
        if (got < 0)
            return fail(m_file.errorString());
        return got > 0;
    }
    if (m_kind == Kind::Gzip)
        return !m_gzipDone && inflateSome();
    while (m_zip == ZipState::Header) {
        if (!zipHeader())
            return false;
    }
    if (m_zip == ZipState::Done)
        return false;
    if (m_zip == ZipState::Stored) {
        if (m_inPos >= m_in.size() && !fillInput())
            return fail(QStringLiteral("the zip file ends in the middle of an entry (truncated?)"));
        const qsizetype n = qsizetype(std::min<std::int64_t>(m_storedLeft, m_in.size() - m_inPos));
        m_crc = std::uint32_t(crc32(m_crc, reinterpret_cast<const Bytef *>(m_in.constData() + m_inPos), uInt(n)));
        m_out.append(m_in.constData() + m_inPos, n);
        m_inPos += n;
        m_storedLeft -= n;
        if (m_storedLeft == 0)
            return zipEntryEnd();
        return true;
    }
    return inflateSome();
}

bool InputFile::inflateSome()
{
    z_stream &z = m_z->stream;
    const qsizetype old = m_out.size();
    m_out.resize(old + 4 * kChunk);
    qsizetype produced = 0;
    while (produced == 0) {
        if (m_inPos >= m_in.size() && !fillInput()) {
            m_out.resize(old);
            return fail(m_kind == Kind::Zip ? QStringLiteral("the zip file ends in the middle of an entry (truncated?)")
                                            : QStringLiteral("the compressed data ends early (truncated .gz file?)"));
        }
        z.next_in = reinterpret_cast<Bytef *>(m_in.data() + m_inPos);
        z.avail_in = uInt(m_in.size() - m_inPos);
        z.next_out = reinterpret_cast<Bytef *>(m_out.data() + old);
        z.avail_out = uInt(4 * kChunk);
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_inPos = m_in.size() - qsizetype(z.avail_in);
        produced = 4 * kChunk - qsizetype(z.avail_out);
        if (m_kind == Kind::Zip)
            m_crc = std::uint32_t(crc32(m_crc, reinterpret_cast<const Bytef *>(m_out.constData() + old), uInt(produced)));
        if (rc == Z_STREAM_END) {
            m_out.resize(old + produced);
            if (m_kind == Kind::Zip)
                return zipEntryEnd() || produced > 0;
            // gzip: another member may follow (concatenated .gz files)
            if (m_inPos >= m_in.size() && !fillInput()) {
                m_gzipDone = true;
                return produced > 0;
            }
            inflateReset(&z);
            return true;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_out.resize(old);
            return fail(QStringLiteral("the compressed data is damaged (%1)")
                            .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error")));
        }
    }
    m_out.resize(old + produced);
    return true;
}

bool InputFile::zipHeader()
{
    while (m_in.size() - m_inPos < 30) {
        if (!fillInput())
            break;
    }
    const qsizetype avail = m_in.size() - m_inPos;
    const char *p = m_in.constData() + m_inPos;
    if (avail >= 4 && (le32(p) == 0x02014b50 || le32(p) == 0x06054b50)) { // central directory: no more entries
        m_zip = ZipState::Done;
        return false;
    }
    if (avail < 30 || le32(p) != 0x04034b50)
        return fail(QStringLiteral("the zip file is damaged or truncated (no entry header where one should be)"));
    m_zipFlags = le16(p + 6);
    const std::uint16_t method = le16(p + 8);
    m_zipCrc = le32(p + 14);
    const std::uint32_t compressed = le32(p + 18);
    const qsizetype skip = 30 + le16(p + 26) + le16(p + 28);
    if (m_zipFlags & 1)
        return fail(QStringLiteral("the zip entry is encrypted"));
    while (m_in.size() - m_inPos < skip) {
        if (!fillInput())
            return fail(QStringLiteral("the zip file ends in an entry header (truncated?)"));
    }
    m_inPos += skip;
    m_crc = 0;
    if (method == 8) {
        inflateReset(&m_z->stream);
        m_zip = ZipState::Deflated;
    } else if (method == 0 && !(m_zipFlags & 8) && compressed != 0xffffffffu) {
        m_storedLeft = compressed;
        m_zip = ZipState::Stored;
        if (m_storedLeft == 0)
            return zipEntryEnd();
    } else {
        return fail(QStringLiteral("the zip entry uses a compression method Dateline cannot read (%1)").arg(method));
    }
    return true;
}

bool InputFile::zipEntryEnd()
{
    std::uint32_t expected = m_zipCrc;
    if (m_zipFlags & 8) { // a data descriptor follows: [signature] crc, sizes
        while (m_in.size() - m_inPos < 16) {
            if (!fillInput())
                break;
        }
        const char *p = m_in.constData() + m_inPos;
        const qsizetype avail = m_in.size() - m_inPos;
        const bool signature = avail >= 4 && le32(p) == 0x08074b50;
        if (avail < (signature ? 16 : 12))
            return fail(QStringLiteral("the zip file ends in an entry (truncated?)"));
        expected = le32(p + (signature ? 4 : 0));
        m_inPos += signature ? 16 : 12;
    }
    if (expected != m_crc)
        return fail(QStringLiteral("a zip entry fails its checksum (damaged file)"));
    if (!m_out.isEmpty() && !m_out.endsWith('\n'))
        m_out.append('\n'); // entries are separate files: never glue two lines together
    m_zip = ZipState::Header;
    return true;
}

} // namespace dateline::gdelt
