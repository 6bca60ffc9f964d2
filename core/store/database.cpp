#include "core/store/database.h"

#include "core/store/storeerror.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace dateline {

namespace {

[[noreturn]] void throwOpenError(sqlite3 *db, int rc, const QString &path)
{
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const int code = db ? sqlite3_extended_errcode(db) : rc;
    sqlite3_close_v2(db);
    throw StoreError(QStringLiteral("Could not open %1: %2").arg(path, message).toStdString(), code);
}

// Process-wide settings, before SQLite's first use. Memory statistics off: with them on (SQLite's
// default) every allocation of every connection takes one global mutex, and Debian's SQLite is
// built without lookaside memory, so every small allocation is one. Two connections busy at once
// (an import writing while its search index is built on another thread) then take turns on that
// lock: storing 2M search keys took 5-6 s beside the index worker, 1.9 s alone. Nothing here reads
// SQLite's memory statistics.
void configureSqlite()
{
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // MISUSE if SQLite already started
    (void)once;
}

} // namespace

Database::Database(sqlite3 *db) : m_db(db) {}

Database::Database(const QString &path, Access access) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Access::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Access::ReadOnlyImmutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    case Access::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    // Only the immutable mode needs a URI; everything else takes the path literally.
    const QByteArray file = access == Access::ReadOnlyImmutable
        ? "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?immutable=1"
        : path.toUtf8();
    configureSqlite();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(file.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK)
        throwOpenError(db, rc, path);
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
}

std::unique_ptr<Database> Database::inMemory()
{
    configureSqlite();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        throwOpenError(db, rc, QStringLiteral(":memory:"));
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db));
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close_v2(m_db);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::exec(QByteArrayView sql, const char *what)
{
    char *error = nullptr;
    const QByteArray text = sql.toByteArray(); // sqlite3_exec needs a terminated string
    const int rc = sqlite3_exec(m_db, text.constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        throw StoreError(QStringLiteral("%1 failed: %2")
                             .arg(what ? QString::fromUtf8(what) : QString::fromUtf8(text), message)
                             .toStdString(),
                         sqlite3_extended_errcode(m_db));
    }
}

Statement Database::prepare(QByteArrayView sql) const
{
    return Statement(m_db, sql);
}

Statement &Database::cached(const QByteArray &sql) const
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.insert(sql, std::make_shared<Statement>(m_db, sql));
    else
        (*it)->reset();
    return **it;
}

std::int64_t Database::pragma(const char *name) const
{
    Statement statement(m_db, QByteArray("PRAGMA ") + name);
    return statement.step() ? statement.int64(0) : 0;
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

std::int64_t Database::totalChanges() const
{
    return sqlite3_total_changes64(m_db);
}

void Database::interrupt() const
{
    sqlite3_interrupt(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

} // namespace dateline
