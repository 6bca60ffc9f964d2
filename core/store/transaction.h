#pragma once

#include <cstdint>

namespace dateline {

class Database;

// Rolls back in its destructor unless commit() was called. Nests: inside an open transaction it
// becomes a SAVEPOINT, so a failed edit inside a BulkEdit undoes only itself. The outermost level
// uses BEGIN IMMEDIATE, taking the write lock up front so that a busy file fails at the start.
// An Edit transaction runs Database::beforeCommit() at its outermost commit when it changed
// rows; a Cache transaction (derived data such as index snapshots) never does.
//
// After a full disk, an I/O error or an interrupt SQLite may roll back the whole transaction on its
// own. A caller that goes on after such an error could then begin a transaction of its own and
// commit half of an edit: while a Transaction is alive, beginning another or committing throws a
// StoreError instead when SQLite's transaction is gone.
class Transaction {
public:
    enum class Kind : std::uint8_t { Edit, Cache };
    explicit Transaction(Database &database, Kind kind = Kind::Edit);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    // Throws unless SQLite still has the transaction that Transactions alive on m_db opened.
    void requireOpen() const;

    Database &m_db;
    Kind m_kind = Kind::Edit;
    bool m_nested = false;
    std::int64_t m_changesAtBegin = 0;
    bool m_done = false;
};

// One read snapshot for a burst of lookups (the titles of a frame's labels): a single BEGIN and
// COMMIT, where each statement would otherwise take and drop the WAL read lock itself (about a
// third of a title lookup here). Does nothing inside an open transaction. Never writes.
class ReadTransaction {
public:
    explicit ReadTransaction(const Database &database);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    const Database &m_db;
    bool m_began = false;
};

} // namespace dateline
