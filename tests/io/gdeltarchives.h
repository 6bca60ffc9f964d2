#pragma once

// Compressed inputs for tests and fuzz seeds: gzip and raw deflate through zlib, and small zip
// archives (stored or deflated entries, with a central directory) as the GDELT reader reads them
// entry by entry and the workbook reader through the directory.
#include <QByteArray>
#include <QList>

#include <utility>

#include <zlib.h>

namespace gdelttest {

// gzip (or raw deflate with raw = true) of data, with zlib's own deflate.
inline QByteArray deflateBytes(const QByteArray &data, bool raw)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, raw ? -15 : 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

inline void put16(QByteArray &b, quint16 v) { b.append(char(v & 0xff)).append(char(v >> 8)); }
inline void put32(QByteArray &b, quint32 v) { put16(b, quint16(v & 0xffff)); put16(b, quint16(v >> 16)); }

// A zip archive of (name, text) entries; deflated ones use a trailing data descriptor, as
// streaming zip writers do.
inline QByteArray zipOf(const QList<std::pair<QByteArray, QByteArray>> &entries, bool deflated)
{
    QByteArray zip, directory;
    for (const auto &[name, text] : entries) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(text.constData()), uInt(text.size())));
        const QByteArray body = deflated ? deflateBytes(text, true) : text;
        put32(directory, 0x02014b50);
        put16(directory, 20); // made by
        put16(directory, 20); // needed
        put16(directory, deflated ? 8 : 0);
        put16(directory, deflated ? 8 : 0);
        put32(directory, 0); // time and date
        put32(directory, crc);
        put32(directory, quint32(body.size()));
        put32(directory, quint32(text.size()));
        put16(directory, quint16(name.size()));
        put32(directory, 0); // extra and comment lengths
        put32(directory, 0); // disk, internal attributes
        put32(directory, 0); // external attributes
        put32(directory, quint32(zip.size()));
        directory += name;
        put32(zip, 0x04034b50);
        put16(zip, 20);
        put16(zip, deflated ? 8 : 0); // flags: bit 3 = sizes in a data descriptor
        put16(zip, deflated ? 8 : 0);
        put32(zip, 0);
        put32(zip, deflated ? 0 : crc);
        put32(zip, deflated ? 0 : quint32(body.size()));
        put32(zip, deflated ? 0 : quint32(text.size()));
        put16(zip, quint16(name.size()));
        put16(zip, 0);
        zip += name + body;
        if (deflated) {
            put32(zip, 0x08074b50);
            put32(zip, crc);
            put32(zip, quint32(body.size()));
            put32(zip, quint32(text.size()));
        }
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip += directory;
    put32(zip, 0x06054b50); // end of central directory
    put32(zip, 0);          // disk numbers
    put16(zip, quint16(entries.size()));
    put16(zip, quint16(entries.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0); // comment length
    return zip;
}

} // namespace gdelttest
