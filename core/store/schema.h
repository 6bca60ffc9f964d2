#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace dateline {

class Database;

// The Dateline file format: schema creation, recognition and migrations.
namespace schema {

// PRAGMA application_id of every Dateline document: "DtLn" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x44744c6e;
// The meta row that names the application, checked along with application_id.
inline constexpr char kMetaApplicationKey[] = "application";
inline constexpr char kMetaApplicationValue[] = "dateline";
// The schema version this build writes (PRAGMA user_version) and reads up to.
inline constexpr int kCurrentVersion = 7;
// Older versions a read-only connection can read as they are (v2 added index_snapshots, v3 the
// journal and gdelt_events, v4 saved_views and date_bookmarks, v5 the GDELT measures, v6 quote
// speakers in the search text, v7 the index inputs counter; a read-only document of an older version
// has no history to show or undo and no saved views, its search does not find quotes by their
// speakers, and before v7 its time index is built at every open).
inline constexpr int kOldestReadableVersion = 1;
// The meta row counting committed edits (Document::revision); absent before v2.
inline constexpr char kMetaRevisionKey[] = "revision";
// Runs before every outermost edit commit that changed something (see Database::setBeforeCommit).
inline constexpr char kBumpRevision[] =
    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'";

// The counter of writes to what the stored indexes are built from (schema v7): triggers on the
// tables and columns they draw from bump it, whichever program writes (schema.cpp lists them).
// Their names start with kIndexInputsTriggerPrefix.
inline constexpr char kIndexInputsVersionQuery[] = "SELECT n FROM index_inputs_version WHERE id = 1";
inline constexpr char kBumpIndexInputsVersion[] = "UPDATE index_inputs_version SET n = n + 1";
inline constexpr char kIndexInputsTriggerPrefix[] = "index_inputs_";

// The query behind Document::eventIdsOverlapping, run once per span class c with
// ?1 = c, ?2 = from - 2^c, ?3 = to, ?4 = from (see schema.cpp for why this needs no scan).
inline constexpr char kOverlapQuery[] =
    "SELECT id, start_min, sort_key FROM events "
    "WHERE span_class = ?1 AND start_min > ?2 AND start_min < ?3 AND end_max > ?4";
// The scan behind Document::forEachEventSpan: time order straight from the events_time index.
inline constexpr char kSpanScanQuery[] =
    "SELECT id, start_min, start_max, end_min, end_max, precision, status, cameo_root, importance, "
    "quote_count, sort_key FROM events WHERE start_min IS NOT NULL ORDER BY start_min, sort_key, id";

// One upgrade step from fromVersion to fromVersion + 1. Runs inside the upgrade transaction.
struct Migration {
    int fromVersion = 0;
    std::function<void(Database &)> apply;
};

// The real upgrade steps of this build: v1 -> v2 adds the revision counter and index_snapshots,
// v2 -> v3 the edit journal and the GDELT event id table, v3 -> v4 saved views, date bookmarks
// and the search index, v4 -> v5 the GDELT measures (Goldstein, tone, coverage), v5 -> v6 quote
// speakers in the search text, v6 -> v7 the index inputs counter and its triggers.
const std::vector<Migration> &migrations();

// Creates the current schema in an empty database (in the caller's transaction): the v1 tables
// plus every migration, so a new file and an upgraded one are the same. Stamps application_id,
// user_version and the meta rows.
void create(Database &db);
// Creates the schema as it was at `version` (1..kCurrentVersion): for migration tests.
void createVersion(Database &db, int version);

// Applies the steps from the file's user_version up to targetVersion in one transaction.
// Throws StoreError when a step is missing. Returns the number of steps applied.
int upgrade(Database &db, const std::vector<Migration> &steps, int targetVersion);

// Checks an open file before anything is written: application id, meta row, the tables and
// columns this build needs, and that every trigger is one we would have created (a crafted file
// must not run its own SQL on our writes). Returns an empty string when fine, else why not.
enum class Problem : std::uint8_t { None, NotDateline, Newer, Damaged };
struct CheckResult {
    Problem problem = Problem::None;
    int version = 0;
    QString detail;
};
CheckResult check(Database &db);

} // namespace schema
} // namespace dateline
