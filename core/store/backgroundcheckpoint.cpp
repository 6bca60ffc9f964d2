#include "core/store/backgroundcheckpoint.h"

#include "core/store/database.h"
#include "core/store/document.h"
#include "core/store/storeerror.h"

#include <sqlite3.h>

namespace dateline {

BackgroundCheckpoint::BackgroundCheckpoint(const Document &document)
{
    const QString path = document.database().path();
    if (path.isEmpty() || document.isReadOnly())
        return;
    m_thread = std::thread([path] {
        try {
            Database db(path, Database::Access::ReadWrite);
            db.pragma("schema_version"); // a first read opens the log (until then there is none to copy)
            // PASSIVE: copies what it can without waiting for, or blocking, the other connection.
            sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        } catch (const StoreError &) {
            // housekeeping only: the log stays valid and is copied later
        }
    });
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace dateline
