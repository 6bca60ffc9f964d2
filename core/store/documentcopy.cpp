// Document::saveCopy: a copy through SQLite itself, so it is consistent even while WAL frames are
// pending and works on read-only (even immutable) connections.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <QFile>
#include <QFileInfo>

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
        // Whatever SQLite left behind is ours: the target did not exist above.
        if (QFileInfo(absolute).size() == 0)
            QFile::remove(absolute);
        throw StoreError(QStringLiteral("Could not save a copy as %1: %2")
                             .arg(path, QString::fromUtf8(error.what()))
                             .toStdString(),
                         error.sqliteCode());
    }
}

} // namespace dateline
