#include "core/store/writeerror.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace dateline::store {

std::optional<QString> plainWriteError(const StoreError &error, const QString &path)
{
    const QString file = path.isEmpty() ? QStringLiteral("the document")
                                        : QStringLiteral("\u201c%1\u201d").arg(QFileInfo(path).fileName());
    const QString folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    QString why;
    switch (error.sqliteCode() & 0xff) {
    case SQLITE_FULL:
        why = QStringLiteral("the disk holding %1 is full. Free some space and try again").arg(file);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        why = QStringLiteral("%1 cannot be written (the file or its folder %2 is read-only). Save a copy in a "
                             "folder you can write to and work on that")
                  .arg(file, folder);
        break;
    case SQLITE_CANTOPEN:
        why = QStringLiteral("Dateline could not create its work files next to %1 in %2. Check that you may "
                             "write to that folder")
                  .arg(file, folder);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        why = QStringLiteral("another program is changing %1. Try again when it has finished, or close it there")
                  .arg(file);
        break;
    case SQLITE_IOERR:
        why = QStringLiteral("writing %1 failed (a disk error, a full disk or a file size limit). Check the disk "
                             "and try again")
                  .arg(file);
        break;
    case SQLITE_NOMEM:
        why = QStringLiteral("there was not enough memory. Close other programs and try again");
        break;
    case SQLITE_CORRUPT:
        why = QStringLiteral("%1 is damaged. Open a backup copy if you have one").arg(file);
        break;
    default:
        return std::nullopt;
    }
    return why;
}

} // namespace dateline::store
