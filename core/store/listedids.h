#pragma once

// Internal to core/store: many ids at once for set-based statements.

#include <cstdint>
#include <vector>

namespace dateline {

class Database;

namespace store {

// Holds ids in the connection's temporary table temp.listed_ids while it lives, so that one
// statement acts on all of them ("WHERE id IN (SELECT id FROM temp.listed_ids)") where a statement
// per id, at a million events, costs more than the rows it changes. Make it inside the
// transaction that uses it (a rollback empties the table too); one at a time per connection.
class ListedIds {
public:
    ListedIds(Database &db, const std::vector<std::int64_t> &ids);
    ~ListedIds();
    ListedIds(const ListedIds &) = delete;
    ListedIds &operator=(const ListedIds &) = delete;

    static constexpr char kSelect[] = "SELECT id FROM temp.listed_ids";
    // "IN (SELECT id FROM temp.listed_ids)", to follow a column in a WHERE clause.
    static constexpr char kIn[] = "IN (SELECT id FROM temp.listed_ids)";

private:
    Database &m_db;
};

// The raw values of typed ids (EventId, ActorId, ...), for ListedIds.
template <typename Id>
std::vector<std::int64_t> idValues(const std::vector<Id> &ids)
{
    std::vector<std::int64_t> result;
    result.reserve(ids.size());
    for (const Id &id : ids)
        result.push_back(id.value);
    return result;
}

} // namespace store
} // namespace dateline
