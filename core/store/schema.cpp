#include "core/store/schema.h"

#include "core/store/database.h"
#include "core/store/searchindex.h"
#include "core/store/storeerror.h"
#include "core/store/transaction.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace dateline::schema {

namespace {

// Schema v1. Enums are stored as their integer values (declaration order is part of the format).
// Time bounds are TimePoint seconds; NULL bounds mean "undated".
//
// Overlap queries ("events overlapping [a, b)") use a B-tree, not an R*Tree: span_class is the bit
// length of (end_max - start_min), and (span_class, start_min) is indexed. An event of class c is
// shorter than 2^c, so it can overlap [a, b) only if start_min lies in (a - 2^c, b): one index
// range per class (at most 63 seeks) plus an exact filter on end_max. Inserts stay plain B-tree
// appends (an R*Tree costs several times more per row and a second table to keep in sync, and
// bulk import speed matters more here than the few microseconds of 63 seeks).
constexpr char kSchemaV1[] = R"sql(
CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT
) WITHOUT ROWID;

CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  country TEXT,
  latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180)
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  date_edtf TEXT,
  start_min INTEGER,
  start_max INTEGER,
  end_min INTEGER,
  end_max INTEGER,
  span_class INTEGER,
  precision INTEGER NOT NULL DEFAULT 3 CHECK (precision BETWEEN 0 AND 9),
  status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
  cameo_code TEXT,
  cameo_root INTEGER NOT NULL DEFAULT 0 CHECK (cameo_root BETWEEN 0 AND 20),
  place_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
  importance INTEGER NOT NULL DEFAULT 50 CHECK (importance BETWEEN 0 AND 100),
  sort_key INTEGER NOT NULL DEFAULT 0,
  quote_count INTEGER NOT NULL DEFAULT 0,
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
-- Both are covering indexes: the overlap query and the time-index scan at open read no table
-- rows (random row lookups made the 1M-event scan 30x slower).
CREATE INDEX events_span ON events(span_class, start_min, end_max, sort_key);
CREATE INDEX events_time ON events(start_min, sort_key, id, start_max, end_min, end_max, precision, status,
  cameo_root, importance, quote_count);
CREATE INDEX events_place ON events(place_id) WHERE place_id IS NOT NULL;

CREATE TABLE event_tags (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  tag TEXT NOT NULL,
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_tags_tag ON event_tags(tag);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL DEFAULT '',
  kind INTEGER NOT NULL DEFAULT 1 CHECK (kind BETWEEN 0 AND 3),
  country TEXT,
  cameo_code TEXT,
  aliases TEXT
);

CREATE TABLE event_actors (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
  role INTEGER NOT NULL DEFAULT 2 CHECK (role BETWEEN 0 AND 4),
  PRIMARY KEY (event_id, position)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors(actor_id);

CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  publication TEXT,
  author TEXT,
  issued_edtf TEXT,
  url TEXT,
  accessed_edtf TEXT,
  reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'))
);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL DEFAULT '',
  speaker_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  locator TEXT,
  credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id) WHERE speaker_id IS NOT NULL;
CREATE INDEX quotes_source ON quotes(source_id) WHERE source_id IS NOT NULL;

CREATE TABLE quote_events (
  quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (quote_id, event_id)
) WITHOUT ROWID;
CREATE INDEX quote_events_event ON quote_events(event_id);

CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  from_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  to_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 3)
);
CREATE INDEX relations_from ON relations(from_id);
CREATE INDEX relations_to ON relations(to_id);

CREATE TABLE eras (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  span_edtf TEXT,
  start_min INTEGER,
  start_max INTEGER,
  end_min INTEGER,
  end_max INTEGER,
  color TEXT
);

-- quote_count keeps the time-index scan a single-table read.
CREATE TRIGGER quote_events_ai AFTER INSERT ON quote_events BEGIN
  UPDATE events SET quote_count = quote_count + 1 WHERE id = new.event_id;
END;
CREATE TRIGGER quote_events_ad AFTER DELETE ON quote_events BEGIN
  UPDATE events SET quote_count = quote_count - 1 WHERE id = old.event_id;
END;

-- Full-text search: external-content FTS5 tables. They are kept in sync by the Document code,
-- not by triggers: with trusted_schema=OFF (we open untrusted files) SQLite refuses FTS5 inside
-- triggers, and code-side sync lets bulk imports rebuild the index once at the end.
CREATE VIRTUAL TABLE events_fts USING fts5(title, description, content='events', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
)sql";

// v1 -> v2: a counter of committed edits and a cache of built time indexes keyed by what they
// were built for ("timeindex/actor"). A snapshot is valid only while its revision is the
// document's; it is a cache, so a v2 file stays readable by anything that ignores the table.
// A rowid table (not WITHOUT ROWID) so that snapshots can be read with incremental BLOB I/O.
constexpr char kMigrateV1ToV2[] = R"sql(
CREATE TABLE index_snapshots (
  key TEXT PRIMARY KEY NOT NULL,
  revision INTEGER NOT NULL,
  data BLOB NOT NULL
);
INSERT OR IGNORE INTO meta(key, value) VALUES ('revision', 0);
)sql";

// v2 -> v3: the edit journal (docs/editing.md). One row per undoable
// step, written in the same transaction as the step itself. before/after are native-JSON fragments
// holding the state of every entity the step touched; undo writes `before` back, redo `after`.
// Undone rows always form the newest suffix: a new step deletes them (the redo branch).
// merge_key lets consecutive changes of one field fold into one row.
constexpr char kMigrateV2ToV3[] = R"sql(
CREATE TABLE journal (
  seq INTEGER PRIMARY KEY,
  time TEXT NOT NULL,
  command TEXT NOT NULL,
  label TEXT NOT NULL,
  merge_key TEXT,
  before TEXT NOT NULL,
  after TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
);
-- Undo and redo look for the ends of the done and undone runs: no scan of the states.
CREATE INDEX journal_undone ON journal(undone, seq);
)sql";

// v2 -> v3 also (GDELT import): what a GDELT row carries that the event model has no column for: its
// GLOBALEVENTID (so that importing the same or an overlapping file again merges rows instead of
// doubling them), DATEADDED (YYYYMMDDHHMMSS as a number) and its SOURCEURL as a source. Kept as
// its own constant. No foreign keys (an index on
// event_id would slow every import and every event delete): rows whose event is gone are ignored
// by a join with events.
constexpr char kGdeltEventsTable[] = R"sql(
CREATE TABLE gdelt_events (
  global_id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL,
  date_added INTEGER,
  source_id INTEGER
);
)sql";

// v3 -> v4 (saved views): named views and date bookmarks live in the document so that they travel
// with the file. A view's definition is its JSON form without the name (SavedView::toJson), so a
// newer build can add view settings without a migration; position keeps the user's order.
constexpr char kSavedViewsTables[] = R"sql(
CREATE TABLE saved_views (
  name TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
  position INTEGER NOT NULL,
  definition TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE date_bookmarks (
  name TEXT PRIMARY KEY NOT NULL CHECK (length(name) > 0),
  position INTEGER NOT NULL,
  date_edtf TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// v3 -> v4: search over everything an event is known by (Document::search, core/store/searchindex.h):
// one contentless FTS5 row per event (title; description and quote texts; actor, place and source
// names) whose rowid is a time key (search_keys), so that matches come out in time order.
// It replaces the per-table indexes of titles and quotes. prefix='1 2 3': short prefix queries
// ("t*", "neg*") read one prepared list instead of merging every word that starts so. The
// migration fills it from the tables (SearchIndex::rebuild).
constexpr char kMigrateV3ToV4[] = R"sql(
DROP TABLE events_fts;
DROP TABLE quotes_fts;
CREATE TABLE search_keys (
  key INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search_fts USING fts5(title, body, names, content='', prefix='1 2 3',
  tokenize='unicode61 remove_diacritics 2');
)sql";

// v4 -> v5: a GDELT row's Goldstein scale, tone and coverage as numbers beside its id (they were
// written into the event's description, where every digit cost full-text index space and time).
// Rows imported before keep their descriptions and have NULLs here.
constexpr char kMigrateV4ToV5[] = R"sql(
ALTER TABLE gdelt_events ADD COLUMN goldstein REAL;
ALTER TABLE gdelt_events ADD COLUMN avg_tone REAL;
ALTER TABLE gdelt_events ADD COLUMN num_mentions INTEGER;
ALTER TABLE gdelt_events ADD COLUMN num_sources INTEGER;
ALTER TABLE gdelt_events ADD COLUMN num_articles INTEGER;
)sql";

// v6 -> v7: a counter of writes to what the stored indexes (the time index and the filters' facet
// index) are built from, kept by SQLite itself. Every program that writes the file through SQLite
// runs the triggers (kCountedWrites), so a snapshot is current exactly while the counter is what
// it was when the snapshot was stored. Checking that costs one row read, where the checksum scan
// it replaces cost 0.3-1 s at two million events and missed in-place changes of an event's status
// or importance, of a place's country and of quote grades. Columns no index draws (titles, descriptions, notes)
// are left out, so editing them keeps the snapshots. Inserting or deleting a place, quote or source
// changes no index until an event refers to it, which its own triggers count. A large import drops
// the triggers with the indexes and bumps the counter once (BulkImport).
constexpr char kMigrateV6ToV7[] = R"sql(
CREATE TABLE index_inputs_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n INTEGER NOT NULL
);
INSERT INTO index_inputs_version(id, n) VALUES (1, 0);
DELETE FROM meta WHERE key = 'snapshot_fingerprint';
)sql";

// The writes the counter counts: a trigger named index_inputs_TABLE_SUFFIX for each. The SQL they
// make is part of the file format (schema::check compares it), so it must not change.
struct CountedWrite {
    const char *table;
    const char *suffix;
    const char *write; // what fires it: INSERT, DELETE, UPDATE [OF columns]
};
constexpr CountedWrite kCountedWrites[] = {
    {"events", "ai", "INSERT"},
    {"events", "ad", "DELETE"},
    {"events", "au", "UPDATE OF id, start_min, start_max, end_min, end_max, precision, status, cameo_root, importance, "
                     "quote_count, sort_key, place_id"},
    {"event_actors", "ai", "INSERT"},
    {"event_actors", "ad", "DELETE"},
    {"event_actors", "au", "UPDATE"},
    {"event_tags", "ai", "INSERT"},
    {"event_tags", "ad", "DELETE"},
    {"event_tags", "au", "UPDATE"},
    {"actors", "ai", "INSERT"},
    {"actors", "ad", "DELETE"},
    {"actors", "au", "UPDATE"},
    {"places", "au", "UPDATE OF country"},
    {"quote_events", "au", "UPDATE"},
    {"quotes", "au", "UPDATE OF credibility, source_id"},
    {"sources", "au", "UPDATE OF reliability"},
};

void addIndexInputsCounter(Database &db)
{
    db.exec(kMigrateV6ToV7, "Adding the index inputs counter");
    for (const CountedWrite &w : kCountedWrites) {
        db.exec(QByteArray("CREATE TRIGGER ") + kIndexInputsTriggerPrefix + w.table + '_' + w.suffix + " AFTER "
                    + w.write + " ON " + w.table + " BEGIN " + kBumpIndexInputsVersion + "; END",
                "Adding the index inputs counter");
    }
}

struct SchemaObject {
    QString type;
    QString sql;
};

std::map<QString, SchemaObject> objects(Database &db)
{
    std::map<QString, SchemaObject> result;
    Statement query = db.prepare("SELECT type, name, sql FROM sqlite_schema");
    while (query.step())
        result[query.text(1)] = {query.text(0), query.text(2)};
    return result;
}

QSet<QString> columns(Database &db, const QString &table)
{
    QSet<QString> result;
    Statement query = db.prepare("SELECT name FROM pragma_table_info(?1)");
    query.bind(1, table);
    while (query.step())
        result.insert(query.text(0));
    return result;
}

// What a fresh document of this version contains: built once in memory, compared by name.
struct Expected {
    std::map<QString, SchemaObject> objects;
    std::map<QString, QSet<QString>> tableColumns;
};

Expected makeExpected(int version)
{
    Expected e;
    auto db = Database::inMemory();
    createVersion(*db, version);
    e.objects = objects(*db);
    for (const auto &[name, object] : e.objects) {
        if (object.type == u"table")
            e.tableColumns[name] = columns(*db, name);
    }
    return e;
}

const Expected &expected(int version)
{
    static const std::vector<Expected> all = [] {
        std::vector<Expected> v;
        for (int i = 1; i <= kCurrentVersion; ++i)
            v.push_back(makeExpected(i));
        return v;
    }();
    return all[std::size_t(version - 1)];
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {1, [](Database &db) { db.exec(kMigrateV1ToV2, "Adding the index snapshot table"); }},
        {2, [](Database &db) { db.exec(kMigrateV2ToV3, "Adding the edit journal");
                 db.exec(kGdeltEventsTable, "Adding the GDELT event id table"); }},
        {3, [](Database &db) { db.exec(kSavedViewsTables, "Adding saved views and date bookmarks");
                 db.exec(kMigrateV3ToV4, "Adding the search index");
                 // as schema 4 indexed it: step 5 adds the speakers
                 store::SearchIndex(db, store::QuoteNames::Sources).rebuild(); }},
        {4, [](Database &db) { db.exec(kMigrateV4ToV5, "Adding the GDELT measures"); }},
        // v5 -> v6: no table changes; the search text of an event with quotes names their speakers.
        // And the index made one segment: imports by earlier versions left theirs on FTS5's level
        // 0, which the 16th small segment of later edits merges whole (a stall of seconds, up to
        // 10-19 s at a million events, in the middle of editing); ~2 s once here at that size.
        {5, [](Database &db) { store::SearchIndex::addQuoteSpeakers(db);
                 db.exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')", "Compacting the search index"); }},
        {6, addIndexInputsCounter},
    };
    return steps;
}

void create(Database &db)
{
    createVersion(db, kCurrentVersion);
}

void createVersion(Database &db, int version)
{
    db.exec(kSchemaV1, "Creating the document tables");
    for (int from = 1; from < version; ++from) {
        const auto &steps = migrations();
        const auto step = std::find_if(steps.begin(), steps.end(),
                                       [from](const Migration &m) { return m.fromVersion == from; });
        step->apply(db);
    }
    db.exec(QByteArray("PRAGMA application_id = ") + QByteArray::number(kApplicationId));
    db.exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(version));
    Statement meta = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
    meta.bind(1, QString::fromLatin1(kMetaApplicationKey)).bind(2, QString::fromLatin1(kMetaApplicationValue));
    meta.execute();
    meta.bind(1, QStringLiteral("title")).bind(2, QString());
    meta.execute();
}

int upgrade(Database &db, const std::vector<Migration> &steps, int targetVersion)
{
    int version = int(db.pragma("user_version"));
    if (version >= targetVersion)
        return 0;
    Transaction transaction(db);
    int applied = 0;
    while (version < targetVersion) {
        const auto step = std::find_if(steps.begin(), steps.end(),
                                       [version](const Migration &m) { return m.fromVersion == version; });
        if (step == steps.end()) {
            throw StoreError(QStringLiteral("This document has schema %1 and no upgrade step from it exists")
                                 .arg(version)
                                 .toStdString());
        }
        step->apply(db);
        ++version;
        ++applied;
        db.exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(version));
    }
    transaction.commit();
    return applied;
}

CheckResult check(Database &db)
{
    CheckResult result;
    const auto applicationId = std::int32_t(db.pragma("application_id"));
    result.version = int(db.pragma("user_version"));
    const auto present = objects(db);
    if (applicationId != kApplicationId) {
        result.problem = Problem::NotDateline;
        result.detail = present.empty() ? QStringLiteral("it is an empty SQLite database")
                                        : QStringLiteral("it is an SQLite database made by another program");
        return result;
    }
    if (result.version > kCurrentVersion) {
        result.problem = Problem::Newer;
        return result;
    }
    auto damaged = [&result](const QString &why) {
        result.problem = Problem::Damaged;
        result.detail = why;
        return result;
    };
    if (result.version < 1)
        return damaged(QStringLiteral("its schema version %1 is not valid").arg(result.version));
    if (!present.contains(QStringLiteral("meta")))
        return damaged(QStringLiteral("its table \"meta\" is missing"));
    Statement meta = db.prepare("SELECT value FROM meta WHERE key = ?1");
    meta.bind(1, QString::fromLatin1(kMetaApplicationKey));
    if (!meta.step() || meta.text(0) != QLatin1StringView(kMetaApplicationValue))
        return damaged(QStringLiteral("its application record is missing"));
    const Expected &want = expected(result.version);
    for (const auto &[name, object] : want.objects) {
        const auto found = present.find(name);
        if (found == present.end() || found->second.type != object.type)
            return damaged(QStringLiteral("its %1 \"%2\" is missing").arg(object.type, name));
        if (object.type == u"table" && !columns(db, name).contains(want.tableColumns.at(name)))
            return damaged(QStringLiteral("its table \"%1\" lacks columns this version needs").arg(name));
    }
    // What could run code or reach other tables (triggers, views, virtual tables) must be exactly
    // ours; extra plain tables and indexes are left alone.
    for (const auto &[name, object] : present) {
        const bool isVirtual = object.sql.startsWith(u"CREATE VIRTUAL TABLE", Qt::CaseInsensitive);
        if (object.type != u"trigger" && object.type != u"view" && !isVirtual)
            continue;
        const auto known = want.objects.find(name);
        if (known == want.objects.end() || known->second.sql != object.sql) {
            const QString what = isVirtual ? QStringLiteral("virtual table") : object.type;
            return damaged(QStringLiteral("it contains a %1 \"%2\" Dateline did not create").arg(what, name));
        }
    }
    return result;
}

} // namespace dateline::schema
