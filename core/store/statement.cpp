#include "core/store/statement.h"

#include "core/store/storeerror.h"

#include <sqlite3.h>

#include <utility>

namespace dateline {

Statement::Statement(sqlite3 *db, QByteArrayView sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw StoreError(QStringLiteral("Could not prepare a database query (%1): %2")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db)),
                                  QString::fromUtf8(sql.data(), sql.size()))
                             .toStdString(), rc);
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::fail(int rc, const char *what) const
{
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (message.isEmpty())
        message = QString::fromUtf8(sqlite3_errstr(rc));
    throw StoreError(QStringLiteral("%1 failed: %2 [%3]")
                         .arg(QLatin1StringView(what), message, QString::fromUtf8(sql()))
                         .toStdString(),
                     sqlite3_extended_errcode(m_db));
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    // SQLite stores UTF-8; converting here once is cheaper than UTF-16 binding plus conversion.
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc, "Binding a text value");
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, QStringView(value));
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    const int rc = sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                                       SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc, "Binding a blob");
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(rc, "Binding an integer");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        fail(rc, "Binding a number");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        fail(rc, "Binding NULL");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        // Ready to be bound again: binding a finished statement that was not reset fails with
        // SQLITE_MISUSE (a loop that skips a missing row with `if (!s.step()) continue;` would
        // then fail on the next row). The bindings stay.
        sqlite3_reset(m_stmt);
        return false;
    }
    sqlite3_reset(m_stmt); // leaves the statement reusable; the error message survives
    fail(rc, "A database query");
}

void Statement::execute()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return data ? QByteArray(data, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QByteArray Statement::sql() const
{
    return m_stmt ? QByteArray(sqlite3_sql(m_stmt)) : QByteArray();
}

} // namespace dateline
