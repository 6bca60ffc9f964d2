#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>

namespace dateline::gdelt {

// Reads the lines of one GDELT file as published: plain text, gzip (.gz, several members too) or
// zip (.zip; every entry in turn, stored or deflated, checked against its CRC). The kind is told
// by the first bytes, not the name. Decompression is zlib's; the zip headers are read here.
class InputFile {
public:
    explicit InputFile(const QString &path);
    ~InputFile();
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;

    bool open(QString *error);
    // The next line without its line break (a final "\r" dropped); the view stays valid until the
    // next call. false at the end of the file or on an error (then error() says what happened).
    bool next(QByteArrayView &line);
    QString error() const { return m_error; }
    std::int64_t lineNumber() const { return m_line; }
    std::int64_t bytesRead() const { return m_file.pos(); } // of the file, compressed
    std::int64_t size() const { return m_file.size(); }

private:
    enum class Kind : std::uint8_t { Plain, Gzip, Zip };
    enum class ZipState : std::uint8_t { Header, Deflated, Stored, Done };
    bool produce();   // appends more text to m_out; false at the end or on an error
    bool fillInput(); // more compressed bytes into m_in; false at the end of the file
    bool inflateSome();
    bool zipHeader();
    bool zipEntryEnd();
    bool fail(const QString &message);

    QFile m_file;
    Kind m_kind = Kind::Plain;
    QByteArray m_in;
    qsizetype m_inPos = 0;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    bool m_eof = false;
    bool m_gzipDone = false; // the last gzip member ended with the file
    std::int64_t m_line = 0;
    QString m_error;
    struct Zlib;
    std::unique_ptr<Zlib> m_z;
    // zip: the current entry
    ZipState m_zip = ZipState::Header;
    std::uint16_t m_zipFlags = 0;
    std::uint32_t m_zipCrc = 0, m_crc = 0;
    std::int64_t m_storedLeft = 0;
};

} // namespace dateline::gdelt
