// Document::revision and the index snapshot cache (schema v2).
#include "core/store/document.h"

#include "core/store/bytesource.h"
#include "core/store/documentprivate.h"
#include "core/store/schema.h"

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

namespace {

// The meta row holding "REVISION INPUTS" of the content the stored snapshots were built from:
// the revision counts Dateline's own edits only; the index inputs counter (schema v7) counts every
// program's writes to what the index is drawn from.
constexpr char kSnapshotContentKey[] = "snapshot_content";

// "REVISION INPUTS" now, or nothing when the file has no index inputs counter (a read-only
// document of schema < 7, whose snapshots cannot be trusted) or it cannot be read.
QByteArray contentRow(Database &db, qint64 revision)
{
    try {
        Statement &s = db.cached(QByteArray(schema::kIndexInputsVersionQuery));
        const QByteArray result = s.step() ? QByteArray::number(revision) + ' ' + QByteArray::number(s.int64(0)) : QByteArray();
        s.reset();
        return result;
    } catch (const StoreError &) {
        return {};
    }
}

// Reads a BLOB sequentially with incremental BLOB I/O: big reads go from the file straight into
// the caller's buffer (SQLite bypasses its page cache for whole overflow pages).
class BlobSource final : public ByteSource {
public:
    BlobSource(sqlite3_blob *blob, std::uint64_t size) : m_blob(blob), m_size(size) {}
    std::uint64_t remaining() const override { return m_size - m_at; }
    bool read(void *dst, std::uint64_t n) override
    {
        if (n > remaining())
            return false;
        if (n && sqlite3_blob_read(m_blob, dst, int(n), int(m_at)) != SQLITE_OK)
            return false;
        m_at += n;
        return true;
    }

private:
    sqlite3_blob *m_blob;
    std::uint64_t m_size;
    std::uint64_t m_at = 0;
};

// While a snapshot is read: the file memory-mapped and a small page cache. Read through a 64 MB
// cache, every one of the ~8,000 overflow pages of a 32 MB snapshot is copied into freshly
// allocated cache memory (measured 250-320 ms for a 1M-event index); mapped, pages are copied
// once, straight into the index arrays (~80 ms). Mapping is limited to this read: a file
// truncated by another process while mapped would fault instead of failing cleanly.
class SnapshotReadSettings {
public:
    explicit SnapshotReadSettings(Database &db, std::int64_t mapBytes)
        : m_db(db), m_cacheSize(db.pragma("cache_size")), m_mmapSize(db.pragma("mmap_size"))
    {
        m_db.exec(QByteArray("PRAGMA cache_size = -2000; PRAGMA mmap_size = ") + QByteArray::number(mapBytes));
    }
    ~SnapshotReadSettings()
    {
        try {
            m_db.exec(QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_cacheSize)
                      + "; PRAGMA mmap_size = " + QByteArray::number(m_mmapSize));
        } catch (const StoreError &) {
            // settings of this connection only; nothing to undo in the file
        }
    }
    SnapshotReadSettings(const SnapshotReadSettings &) = delete;
    SnapshotReadSettings &operator=(const SnapshotReadSettings &) = delete;

private:
    Database &m_db;
    std::int64_t m_cacheSize;
    std::int64_t m_mmapSize;
};

} // namespace

bool Document::readSnapshot(const QString &key, const std::function<bool(ByteSource &)> &consume) const
{
    if (!d->hasSnapshots)
        return false;
    sqlite3_int64 rowid = 0;
    try {
        const qint64 current = revision();
        // length(data) reads the record header only, not the data
        Statement &s = d->db->cached("SELECT rowid, revision, length(data) FROM index_snapshots WHERE key = ?1");
        s.bind(1, key);
        const bool found = s.step() && s.int64(1) == current;
        rowid = found ? s.int64(0) : 0;
        s.reset();
        if (!found)
            return false;
        // A snapshot of content another program has changed since is stale: the caller rebuilds.
        Statement &meta = d->db->cached("SELECT value FROM meta WHERE key = ?1");
        meta.bind(1, QString::fromLatin1(kSnapshotContentKey));
        const QByteArray stored = meta.step() ? meta.text(0).toUtf8() : QByteArray();
        meta.reset();
        const QByteArray now = contentRow(*d->db, current);
        if (now.isEmpty() || stored != now)
            return false;
    } catch (const StoreError &) {
        return false; // a damaged cache is no cache
    }
    std::optional<SnapshotReadSettings> settings;
    try {
        settings.emplace(*d->db, d->db->pragma("page_count") * d->db->pragma("page_size"));
    } catch (const StoreError &) {
        // read through the page cache then
    }
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(d->db->handle(), "main", "index_snapshots", "data", rowid, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    BlobSource source(blob, std::uint64_t(sqlite3_blob_bytes(blob)));
    bool result = false;
    try {
        result = consume(source);
    } catch (...) {
        sqlite3_blob_close(blob);
        throw;
    }
    sqlite3_blob_close(blob);
    return result;
}

std::optional<QByteArray> Document::snapshot(const QString &key) const
{
    std::optional<QByteArray> result;
    const bool current = readSnapshot(key, [&result](ByteSource &source) {
        if (source.remaining() > std::uint64_t(INT_MAX))
            return false;
        QByteArray data(qsizetype(source.remaining()), Qt::Uninitialized);
        if (!source.read(data.data(), std::uint64_t(data.size())))
            return false;
        result = std::move(data);
        return true;
    });
    return current ? result : std::nullopt;
}

void Document::storeSnapshot(const QString &key, const QByteArray &data) const
{
    storeSnapshot(key, data, -1);
}

void Document::storeSnapshot(const QString &key, const QByteArray &data, qint64 builtAt) const
{
    if (d->readOnly || !d->hasSnapshots || d->db->inTransaction())
        return;
    try {
        Database &db = *d->db;
        Transaction transaction(db, Transaction::Kind::Cache);
        const qint64 current = revision();
        if (builtAt >= 0 && builtAt != current)
            return; // an edit committed since the data was read: it is stale already
        const QByteArray content = contentRow(db, current);
        if (content.isEmpty())
            return;
        Statement &meta = db.cached("SELECT value FROM meta WHERE key = ?1");
        meta.bind(1, QString::fromLatin1(kSnapshotContentKey));
        const bool sameContent = meta.step() && meta.text(0).toUtf8() == content;
        meta.reset();
        // Snapshots of other revisions, or of this one but other content (another program wrote
        // the file), are stale.
        Statement &stale = db.cached(sameContent ? QByteArray("DELETE FROM index_snapshots WHERE revision <> ?1")
                                                 : QByteArray("DELETE FROM index_snapshots WHERE ?1 = ?1"));
        stale.bind(1, std::int64_t(current)).execute();
        Statement &record = db.cached("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
        record.bind(1, QString::fromLatin1(kSnapshotContentKey)).bind(2, QString::fromUtf8(content)).execute();
        Statement &insert = db.cached("INSERT OR REPLACE INTO index_snapshots(key, revision, data) VALUES (?1, ?2, ?3)");
        insert.bind(1, key).bind(2, std::int64_t(current)).bind(3, data).execute();
        d->storeCounts(current); // info() of the reopened file then counts nothing
        transaction.commit();
    } catch (const StoreError &) {
        // a cache: failing to write it (disk full, locked file) changes nothing for the caller
    }
}

} // namespace dateline
