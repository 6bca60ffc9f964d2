// Document::saveCopy: a copy through SQLite itself, so it is consistent even while WAL frames are
// pending and works on read-only (even immutable) connections.
#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/writeerror.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace dateline {

void Document::saveCopy(const QString &path) const
{
    const QFileInfo target(path);
    // Absolute: a relative "file:..." name would be read as a URI by connections opened with URIs.
    const QString absolute = target.absoluteFilePath();
    if (path.isEmpty())
        throw StoreError("No file name given for the copy");
    if (target.exists() || target.isSymLink())
        throw StoreError(QStringLiteral("%1 already exists; Dateline will not overwrite it").arg(path).toStdString());
    if (!d->path.isEmpty() && QFileInfo(d->path).absoluteFilePath() == absolute)
        throw StoreError("A copy cannot replace the document itself");
    if (!d->bulk.empty() || d->db->inTransaction())
        throw StoreError("Cannot save a copy while changes are being made");
    try {
        // VACUUM INTO refuses a target that appeared meanwhile (unless empty): never overwrites.
        Statement s = d->db->prepare("VACUUM INTO ?1");
        s.bind(1, absolute).execute();
    } catch (const StoreError &error) {
        // Whatever SQLite left behind is ours (the target did not exist above) unless it refused a
        // target that appeared meanwhile (SQLITE_ERROR). A full disk leaves a partial copy and its
        // journal, which must not pass for a document.
        if ((error.sqliteCode() & 0xff) != SQLITE_ERROR || QFileInfo(absolute).size() == 0) {
            for (const char *suffix : {"", "-journal", "-wal", "-shm"})
                QFile::remove(absolute + QLatin1StringView(suffix));
        }
        const QString why = store::plainWriteError(error, path).value_or(QString::fromUtf8(error.what()));
        throw StoreError(QStringLiteral("Could not save a copy as %1: %2").arg(path, why).toStdString(),
                         error.sqliteCode());
    }
}

} // namespace dateline
