// Document::revision and the index snapshot cache (schema v2).
#include "core/store/document.h"

#include "core/store/documentprivate.h"

#include <sqlite3.h>

#include <climits>

namespace dateline {

qint64 Document::revision() const
{
    if (!d->hasSnapshots)
        return 0;
    Statement &s = d->db->cached("SELECT value FROM meta WHERE key = 'revision'");
    const qint64 result = s.step() ? s.int64(0) : 0;
    s.reset();
    return result;
}

std::optional<QByteArray> Document::snapshot(const QString &key) const
{
    if (!d->hasSnapshots)
        return std::nullopt;
    try {
        const qint64 current = revision();
        // length(data) reads the record header only; the data is then read straight into the
        // result with incremental BLOB I/O (one copy, none through a result column).
        Statement &s = d->db->cached("SELECT rowid, revision, length(data) FROM index_snapshots WHERE key = ?1");
        s.bind(1, key);
        if (!s.step() || s.int64(1) != current) {
            s.reset();
            return std::nullopt;
        }
        const sqlite3_int64 rowid = s.int64(0);
        const std::int64_t size = s.int64(2);
        s.reset();
        if (size < 0 || size > INT_MAX)
            return std::nullopt;
        sqlite3_blob *blob = nullptr;
        if (sqlite3_blob_open(d->db->handle(), "main", "index_snapshots", "data", rowid, 0, &blob) != SQLITE_OK) {
            sqlite3_blob_close(blob);
            return std::nullopt;
        }
        QByteArray data;
        if (sqlite3_blob_bytes(blob) == size) {
            data = QByteArray(qsizetype(size), Qt::Uninitialized);
            if (sqlite3_blob_read(blob, data.data(), int(size), 0) != SQLITE_OK)
                data = QByteArray();
        }
        sqlite3_blob_close(blob);
        if (data.size() != size)
            return std::nullopt;
        return data;
    } catch (const StoreError &) {
        return std::nullopt; // a damaged cache is no cache
    }
}

void Document::storeSnapshot(const QString &key, const QByteArray &data)
{
    if (d->readOnly || !d->hasSnapshots || d->db->inTransaction())
        return;
    try {
        Database &db = *d->db;
        Transaction transaction(db, Transaction::Kind::Cache);
        const qint64 current = revision();
        Statement &stale = db.cached("DELETE FROM index_snapshots WHERE revision <> ?1");
        stale.bind(1, std::int64_t(current)).execute();
        Statement &insert = db.cached("INSERT OR REPLACE INTO index_snapshots(key, revision, data) VALUES (?1, ?2, ?3)");
        insert.bind(1, key).bind(2, std::int64_t(current)).bind(3, data).execute();
        transaction.commit();
    } catch (const StoreError &) {
        // a cache: failing to write it (disk full, locked file) changes nothing for the caller
    }
}

} // namespace dateline
