#include "core/io/savefile.h"

#include <QSaveFile>

namespace dateline {

bool commitSaveFile(QSaveFile &file, QString *error)
{
    // pos() counts what was handed to the file; size() asks the file system what it holds.
    const qint64 written = file.pos();
    if (!file.flush() || file.size() != written) {
        file.cancelWriting();
        file.commit(); // removes the temporary file
        if (error) {
            *error = QStringLiteral("the disk is full or the file would be larger than allowed; free some space "
                                    "or choose another folder");
        }
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.write(data) != data.size()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return commitSaveFile(file, error);
}

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &, QString *)> &write,
                         QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QString why;
    if (!write(file, &why)) {
        file.cancelWriting();
        file.commit(); // removes the temporary file
        if (error)
            *error = why;
        return false;
    }
    return commitSaveFile(file, error);
}

} // namespace dateline
