#pragma once

#include <stdexcept>
#include <string>

namespace dateline {

// Thrown by every Document call that writes or reads after a successful open, when SQLite fails
// (disk full, file became read-only, I/O error, constraint violated). The message is for people;
// sqliteCode() is the extended SQLite result code (0 when the error did not come from SQLite).
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    StoreError(const std::string &message, int sqliteCode)
        : std::runtime_error(message), m_code(sqliteCode) {}
    int sqliteCode() const { return m_code; }
    bool wasInterrupted() const { return (m_code & 0xff) == 9; } // SQLITE_INTERRUPT: Database::interrupt()

private:
    int m_code = 0;
};

} // namespace dateline
