#include "core/store/transaction.h"

#include "core/store/database.h"
#include "core/store/storeerror.h"

#include <sqlite3.h>

namespace dateline {

Transaction::Transaction(Database &database, Kind kind)
    : m_db(database), m_kind(kind), m_nested(database.inTransaction()), m_changesAtBegin(database.totalChanges())
{
    requireOpen();
    m_db.cached(m_nested ? QByteArrayLiteral("SAVEPOINT edit") : QByteArrayLiteral("BEGIN IMMEDIATE")).execute();
    ++m_db.m_transactions;
}

void Transaction::requireOpen() const
{
    if (m_db.m_transactions > 0 && !m_db.inTransaction()) {
        // SQLITE_ABORT: no plainer message replaces this one (writeerror.cpp)
        throw StoreError("Nothing was changed: an earlier error (a full disk, a read or write error, an interruption) "
                         "cancelled the whole edit",
                         SQLITE_ABORT);
    }
}

Transaction::~Transaction()
{
    --m_db.m_transactions;
    if (m_done)
        return;
    try {
        if (m_nested) {
            m_db.cached(QByteArrayLiteral("ROLLBACK TO edit")).execute();
            m_db.cached(QByteArrayLiteral("RELEASE edit")).execute();
        } else if (m_db.inTransaction()) {
            m_db.cached(QByteArrayLiteral("ROLLBACK")).execute();
        }
    } catch (...) {
        // A destructor must not throw; SQLite rolls back on its own when the connection closes.
    }
}

ReadTransaction::ReadTransaction(const Database &database)
    : m_db(database)
{
    if (!m_db.inTransaction()) {
        m_db.cached(QByteArrayLiteral("BEGIN DEFERRED")).execute();
        m_began = true;
    }
}

ReadTransaction::~ReadTransaction()
{
    if (!m_began || !m_db.inTransaction())
        return;
    try {
        m_db.cached(QByteArrayLiteral("COMMIT")).execute(); // releases the read lock; nothing to write
    } catch (...) {
        // A destructor must not throw; the next statement or closing the connection ends it.
    }
}

void Transaction::commit()
{
    requireOpen(); // before beforeCommit(), which would otherwise write on its own
    if (!m_nested && m_kind == Kind::Edit && !m_db.beforeCommit().isEmpty()
        && m_db.totalChanges() != m_changesAtBegin) {
        m_db.cached(m_db.beforeCommit()).execute();
    }
    m_db.cached(m_nested ? QByteArrayLiteral("RELEASE edit") : QByteArrayLiteral("COMMIT")).execute();
    m_done = true;
}

} // namespace dateline
