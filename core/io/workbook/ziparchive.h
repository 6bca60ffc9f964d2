#pragma once
// Internal to the workbook readers: the members of a ZIP archive held in memory, found through
// its central directory (an .xlsx or .ods is a ZIP of XML parts). Stored and deflated members
// (zlib's inflate), CRC-checked, with a size limit against archives that inflate without end.
// ZIP64 and encrypted members are refused with a reason.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dateline {

class ZipArchive {
public:
    // nullopt with a reason when data is not a ZIP archive Dateline can read.
    static std::optional<ZipArchive> open(const QByteArray &data, QString *error);

    QStringList names() const;
    bool contains(const QString &name) const;
    // The member's bytes, inflated and checked; nullopt with a reason when it is missing,
    // damaged, or larger than maxSize once inflated.
    std::optional<QByteArray> read(const QString &name, QString *error, qint64 maxSize = kMaxMemberSize) const;

    static constexpr qint64 kMaxMemberSize = qint64(1) << 30;

private:
    struct Member {
        QString name;
        std::uint16_t method = 0, flags = 0;
        std::uint32_t crc = 0;
        qint64 compressedSize = 0, size = 0, localHeader = 0;
    };
    explicit ZipArchive(const QByteArray &data) : m_data(data) {}
    const Member *find(const QString &name) const;

    QByteArray m_data;
    std::vector<Member> m_members;
};

// Whether the first bytes are a ZIP archive's (a local file header).
bool startsLikeZip(const QByteArray &head);

} // namespace dateline
