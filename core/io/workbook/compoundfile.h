#pragma once
// Internal to the workbook readers: the streams of an OLE2 compound file (MS-CFB: an Excel 97-2003
// .xls, a password-protected .xlsx) held in memory. The bytes are untrusted: every sector index,
// chain and size is checked against the file, a chain that loops or runs past the file is refused
// as damaged, and nothing larger than the file is ever allocated.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline {

class CompoundFile {
public:
    // nullopt with a reason when data is not a compound file or its header, FAT or directory is damaged.
    static std::optional<CompoundFile> open(const QByteArray &data, QString *error);

    // The streams at the top of the file (not those inside storages), in directory order.
    QStringList streamNames() const;
    // Stream names compare as MS-CFB says, without regard to case.
    bool contains(const QString &name) const;
    // The stream's bytes; nullopt with a reason when it is missing or its chain is damaged.
    std::optional<QByteArray> stream(const QString &name, QString *error) const;

private:
    struct Entry {
        QString name;
        std::uint32_t start = 0;
        std::uint64_t size = 0;
    };
    explicit CompoundFile(const QByteArray &data) : m_data(data) {}
    bool readHeaderAndFat(QString *error);
    bool readDirectory(QString *error);
    bool readMiniStream(QString *error);
    // The sectors of a chain, checked: indexes inside the table and the file, no loop; at most
    // `needed` sectors when that is not negative (the rest of a longer chain is not followed).
    bool chain(const std::vector<std::uint32_t> &table, std::uint32_t start, qint64 sectorCount, qint64 needed,
               std::vector<std::uint32_t> *out, QString *error) const;
    // `size` bytes of a chain of regular sectors.
    std::optional<QByteArray> readChain(std::uint32_t start, std::uint64_t size, QString *error) const;
    const Entry *find(const QString &name) const;

    QByteArray m_data;
    int m_sectorShift = 9;
    qint64 m_sectorCount = 0;            // sectors the file holds (a last partial one included)
    std::vector<std::uint32_t> m_fat;     // next sector of each regular sector
    std::vector<std::uint32_t> m_miniFat; // next mini sector of each 64-byte mini sector
    QByteArray m_miniStream;              // the root entry's stream, where small streams live
    QString m_miniError;                  // why the mini stream could not be read, if it could not
    std::uint32_t m_firstDirectorySector = 0, m_firstMiniFatSector = 0, m_rootStart = 0;
    std::uint64_t m_rootSize = 0;
    std::vector<Entry> m_streams;         // the streams at the top level
};

} // namespace dateline
