#pragma once

#include "core/store/statement.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>

struct sqlite3;

namespace dateline {

// Owns one sqlite3 connection. Errors throw StoreError carrying sqlite3_errmsg and what we were
// doing. Statements used repeatedly come from cached(): prepared once, reset on every fetch.
class Database {
public:
    // ReadOnlyImmutable: the file is promised not to change while open (no locks, no -wal/-shm
    // files are created): for read-only files nobody is writing.
    enum class Access : std::uint8_t { ReadWrite, ReadOnly, ReadOnlyImmutable, Create };

    // Opens (or with Access::Create creates) a database file. The path is taken literally (no URI
    // parsing). Throws StoreError with the SQLite result code on failure.
    Database(const QString &path, Access access);
    static std::unique_ptr<Database> inMemory();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const;

    // Runs one or more statements without results (schema scripts, pragmas).
    void exec(QByteArrayView sql, const char *what = nullptr);
    Statement prepare(QByteArrayView sql) const;
    // A cached prepared statement for this exact SQL text, reset and unbound. The reference stays
    // valid until the Database dies; do not fetch the same SQL again while still stepping it.
    Statement &cached(const QByteArray &sql) const;

    std::int64_t pragma(const char *name) const; // "user_version" -> its integer value
    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    std::int64_t totalChanges() const; // rows changed by this connection since it opened
    // Callable from any thread while the connection is open: the statements running on it stop
    // soon, their step() throwing StoreError (SQLITE_INTERRUPT). No effect when none is running.
    void interrupt() const;

    // SQL that an outermost Transaction of kind Edit runs just before COMMIT when the transaction
    // changed rows: the single choke point where Document bumps its revision counter.
    void setBeforeCommit(const QByteArray &sql) { m_beforeCommit = sql; }
    const QByteArray &beforeCommit() const { return m_beforeCommit; }

private:
    friend class Transaction;
    explicit Database(sqlite3 *db);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QByteArray m_beforeCommit;
    // Transaction objects alive on this connection: while there is one, SQLite must be in a
    // transaction too, unless it rolled it back on its own (Transaction's requireOpen).
    int m_transactions = 0;
    mutable QHash<QByteArray, std::shared_ptr<Statement>> m_cache;
};

} // namespace dateline
