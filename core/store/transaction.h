#pragma once

namespace dateline {

class Database;

// Rolls back in its destructor unless commit() was called. Nests: inside an open transaction it
// becomes a SAVEPOINT, so a failed edit inside a BulkEdit undoes only itself. The outermost level
// uses BEGIN IMMEDIATE, taking the write lock up front so that a busy file fails at the start.
class Transaction {
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace dateline
