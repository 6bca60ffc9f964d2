// Document::open: never trusts the file. Every check runs before anything can be written, and a
// refusal leaves the file byte for byte as it was.
#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/schema.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <unistd.h>

namespace dateline {

namespace {

// PRAGMA quick_check reads every page: about 0.4 s per 100 MB here (1.15 s for a 1M-event file,
// see dateline-storebench), too slow for the 0.5 s open budget. Files up to 32 MB (~100k events,
// ~0.13 s) are checked in full; larger ones only by header and schema, and damage elsewhere shows
// up later as a StoreError naming the damaged rows.
constexpr qint64 kQuickCheckMaxBytes = 32 * 1024 * 1024;
constexpr int kBusyTimeoutMs = 2000;

struct Refusal {
    QString message;
};

QString quoted(const QString &path)
{
    return QStringLiteral("\u201c%1\u201d").arg(path);
}

// Root ignores permission bits, and access(2) says "writable" to root: a file nobody may write is
// treated as read-only all the same.
bool hasWritePermission(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    // WriteUser is not a mode bit (Qt asks access(2) for it), so it would say yes to root.
    const bool anyWriteBit = p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
    // WAL mode creates -wal and -shm files next to the document: a read-only folder (a read-only
    // mount, a shared folder) makes the document read-only too, rather than unopenable.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return anyWriteBit && ::access(QFile::encodeName(path).constData(), W_OK) == 0
        && ::access(folder.constData(), W_OK) == 0;
}

// The file's first 100 bytes (fewer when it is shorter), read through SQLite's file layer without
// running any SQL. Not through a descriptor of our own (QFile): closing it would drop every POSIX
// lock this process holds on the file, so while another connection of this process has the
// document open (the window's, as a worker or the search opens it again), another program could
// take the file for itself, checkpoint it and delete its -wal file under that connection, whose
// next read then finds "database disk image is malformed". SQLite keeps the descriptor of a
// closed connection open for as long as other connections of the process hold locks on the file.
QByteArray readHeader(const QString &path)
{
    QByteArray header(100, '\0');
    try {
        const Database db(path, Database::Access::ReadOnly); // opens the file, reads nothing
        sqlite3_file *file = nullptr;
        if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
            || !file->pMethods)
            throw Refusal{QStringLiteral("%1 cannot be read").arg(quoted(path))};
        const int rc = file->pMethods->xRead(file, header.data(), int(header.size()), 0);
        if (rc == SQLITE_IOERR_SHORT_READ)
            return {}; // (SQLite fills the missing bytes with zeros)
        if (rc != SQLITE_OK)
            throw Refusal{QStringLiteral("%1 could not be read: the disk reported an error").arg(quoted(path))};
    } catch (const StoreError &) {
        throw Refusal{QStringLiteral("%1 cannot be read").arg(quoted(path))};
    }
    return header;
}

// Checks that run no SQL: the file exists, is a readable regular file with an SQLite header.
void checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Refusal{QStringLiteral("%1 does not exist").arg(quoted(path))};
    if (info.isDir())
        throw Refusal{QStringLiteral("%1 is a folder, not a Dateline document").arg(quoted(path))};
    if (!info.isReadable())
        throw Refusal{QStringLiteral("%1 cannot be read: you may not read it").arg(quoted(path))};
    const QByteArray header = readHeader(path);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        throw Refusal{QStringLiteral("%1 is not a Dateline document (it is not an SQLite database)")
                          .arg(quoted(path))};
    }
    // A file cut short: SQLite reads missing bytes as zeros and may not notice. The file is always
    // whole pages, and holds at least the pages its header counts when that count is valid (the
    // header's change counter equals its version-valid-for number) and no -wal file says otherwise.
    auto bigEndian = [&header](int at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | quint8(header[at + i]);
        return v;
    };
    const quint32 pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
    const bool countValid = bigEndian(24, 4) == bigEndian(92, 4) && bigEndian(28, 4) > 0;
    if (pageSize < 512 || info.size() % pageSize != 0
        || (countValid && !QFileInfo::exists(path + QStringLiteral("-wal"))
            && qint64(bigEndian(28, 4)) * pageSize > info.size())) {
        throw Refusal{QStringLiteral("%1 is damaged and cannot be opened: it is shorter than it should be (a copy "
                                     "or download that did not finish?)")
                          .arg(quoted(path))};
    }
}

// What a damaged file is told: SQLite's own words ("database disk image is malformed", page
// numbers) mean nothing to the person opening it.
QString damaged(const QString &path)
{
    return QStringLiteral("%1 is damaged and cannot be opened: parts of it are missing or overwritten. Open a "
                          "backup copy if you have one.")
        .arg(quoted(path));
}

QString describe(const StoreError &error, const QString &path)
{
    switch (error.sqliteCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("%1 is being used by another program; close it there and try again")
            .arg(quoted(path));
    case SQLITE_NOTADB:
        return QStringLiteral("%1 is not a Dateline document (it is not an SQLite database)").arg(quoted(path));
    case SQLITE_CORRUPT:
        return damaged(path);
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QStringLiteral("%1 cannot be opened: check that it exists and that you may read it and its folder")
            .arg(quoted(path));
    case SQLITE_NOMEM:
        return QStringLiteral("%1 could not be opened: there is not enough memory").arg(quoted(path));
    case SQLITE_IOERR:
        return QStringLiteral("%1 could not be read: the disk reported an error").arg(quoted(path));
    default:
        return QStringLiteral("%1 could not be opened (error %2)").arg(quoted(path)).arg(error.sqliteCode());
    }
}

} // namespace

void store::hardenConnection(Database &db)
{
    sqlite3 *handle = db.handle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    db.exec(store::kConnectionPragmas);
}

namespace {

void checkSchema(Database &db, const QString &path, bool readOnly)
{
    const schema::CheckResult result = schema::check(db);
    switch (result.problem) {
    case schema::Problem::None:
        break;
    case schema::Problem::NotDateline:
        throw Refusal{QStringLiteral("%1 is not a Dateline document (%2)").arg(quoted(path), result.detail)};
    case schema::Problem::Newer:
        throw Refusal{QStringLiteral("%1 was made by a newer version of Dateline (schema %2); this version "
                                     "reads up to %3")
                          .arg(quoted(path))
                          .arg(result.version)
                          .arg(schema::kCurrentVersion)};
    case schema::Problem::Damaged:
        throw Refusal{QStringLiteral("%1 is a damaged Dateline document: %2").arg(quoted(path), result.detail)};
    }
    if (result.version < schema::kOldestReadableVersion && readOnly) {
        throw Refusal{QStringLiteral("%1 was made by an older version of Dateline (schema %2) and must be "
                                     "upgraded, but it is read-only")
                          .arg(quoted(path))
                          .arg(result.version)};
    }
    if (QFileInfo(path).size() <= kQuickCheckMaxBytes) {
        Statement check = db.prepare("PRAGMA quick_check(1)");
        const QString verdict = check.step() ? check.text(0) : QString();
        if (verdict != u"ok")
            throw Refusal{damaged(path)};
    }
}

} // namespace

std::unique_ptr<Document> Document::open(const QString &path, OpenMode mode, QString *errorMessage)
{
    std::unique_ptr<Document> document(new Document);
    try {
        checkFile(path);
        const bool readOnly = mode == OpenMode::ReadOnly || !hasWritePermission(path);
        // Read-only with no -wal file: nobody is writing it, so open it immutable; a plain read-only
        // WAL connection would leave -wal/-shm files behind that it may not delete.
        const Database::Access access = !readOnly ? Database::Access::ReadWrite
            : QFileInfo::exists(path + QStringLiteral("-wal")) ? Database::Access::ReadOnly
                                                                : Database::Access::ReadOnlyImmutable;
        document->d->db = std::make_unique<Database>(path, access);
        document->d->immutable = access == Database::Access::ReadOnlyImmutable;
        Database &db = *document->d->db;
        store::hardenConnection(db);
        checkSchema(db, path, readOnly);
        // Only now may anything be written.
        if (!readOnly) {
            schema::upgrade(db, schema::migrations(), schema::kCurrentVersion);
            db.setBeforeCommit(QByteArray(schema::kBumpRevision));
            Statement journal = db.prepare("PRAGMA journal_mode");
            if (!journal.step() || journal.text(0).compare(u"wal", Qt::CaseInsensitive) != 0) {
                journal = db.prepare("PRAGMA journal_mode = WAL");
                journal.step();
            }
        }
        document->d->readOnly = readOnly || db.isReadOnly();
        document->d->hasSnapshots = db.pragma("user_version") >= 2;
        document->d->hasJournal = db.pragma("user_version") >= 3;
        document->d->hasViews = db.pragma("user_version") >= 4;
        document->d->path = path;
        return document;
    } catch (const Refusal &refusal) {
        if (errorMessage)
            *errorMessage = refusal.message;
    } catch (const StoreError &error) {
        if (errorMessage)
            *errorMessage = describe(error, path);
    }
    return nullptr;
}

} // namespace dateline
