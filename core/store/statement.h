#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace dateline {

// One prepared sqlite3 statement. Parameter indexes are 1-based, column indexes 0-based, as in
// SQLite. Errors throw StoreError with SQLite's message and the SQL text.
class Statement {
public:
    Statement(sqlite3 *db, QByteArrayView sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);      // a null QString binds NULL
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const QByteArray &value);   // a BLOB
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    // Binds a text parameter, NULL when empty: optional columns stay NULL rather than ''.
    Statement &bindOptional(int index, const QString &value);

    bool step();          // true when a row is available; false when done
    void execute();       // runs to completion, ignoring rows; then resets
    void reset();         // rewinds and clears bindings, ready for reuse

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    int columnCount() const;

    QByteArray sql() const;
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    [[noreturn]] void fail(int rc, const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace dateline
