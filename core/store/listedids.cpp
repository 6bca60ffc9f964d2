#include "core/store/listedids.h"

#include "core/store/database.h"

namespace dateline::store {

ListedIds::ListedIds(Database &db, const std::vector<std::int64_t> &ids) : m_db(db)
{
    // Created once per connection: an existing table is not created again, so the schema of the
    // temporary database, and with it every prepared statement, stays as it is.
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS listed_ids (id INTEGER PRIMARY KEY)");
    m_db.exec("DELETE FROM temp.listed_ids");
    Statement &insert = m_db.cached("INSERT OR IGNORE INTO temp.listed_ids(id) VALUES (?1)");
    for (std::int64_t id : ids)
        insert.bind(1, id).execute();
}

ListedIds::~ListedIds()
{
    try {
        m_db.exec("DELETE FROM temp.listed_ids");
    } catch (...) {
        // A destructor must not throw; the next ListedIds empties the table first.
    }
}

} // namespace dateline::store
