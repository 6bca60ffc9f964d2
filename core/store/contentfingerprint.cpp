#include "core/store/contentfingerprint.h"

#include "core/store/database.h"
#include "core/store/documentprivate.h"
#include "core/store/storeerror.h"

namespace dateline::store {

namespace {

// Each row contributes (id % 8191 + 1) * (a small mix of its columns, each reduced modulo a
// prime below 2^20): weighting by the id catches two events swapping dates, and the bounds keep
// the 64-bit sum exact up to ~30 million rows (SQLite raises an error on overflow; no silent wrap).
// One full scan each; the events sum reads the covering index events_time, not the table.
constexpr const char *kQueries[] = {
    "SELECT count(*), ifnull(max(id), 0), ifnull(sum((id % 8191 + 1) * (start_min % 1048573 "
    "+ 2 * (start_max % 1048573) + 3 * (end_min % 1048573) + 4 * (end_max % 1048573) "
    "+ 5 * (sort_key % 1048573) + 6 * precision + 7 * status + 8 * cameo_root + 9 * importance "
    "+ 10 * quote_count)), 0) FROM events",
    "SELECT count(*), 0, ifnull(sum((event_id % 8191 + 1) * (actor_id % 1048573 + 3 * position + 5 * role)), 0) "
    "FROM event_actors",
    "SELECT count(*), 0, ifnull(sum((event_id % 8191 + 1) * (position + 3 * (length(tag) % 1048573) "
    "+ 5 * ifnull(unicode(tag), 0))), 0) FROM event_tags",
    "SELECT count(*), ifnull(max(id), 0), ifnull(sum((id % 8191 + 1) * (3 * (length(label) % 1048573) "
    "+ 5 * ifnull(unicode(label), 0) + 7 * ifnull(unicode(country), 0) + 11 * (ifnull(length(country), 0) % 1048573) "
    "+ 13 * kind)), 0) FROM actors",
};

} // namespace

QByteArray contentFingerprint(const Database &db)
{
    QByteArray result;
    for (const char *sql : kQueries) {
        Statement query = db.prepare(sql);
        if (!query.step())
            throw StoreError("The content fingerprint query returned no row");
        result += QByteArray::number(qint64(query.int64(0))) + ':' + QByteArray::number(qint64(query.int64(1))) + ':'
            + QByteArray::number(qint64(query.int64(2))) + ';';
    }
    return result;
}

QByteArray contentFingerprintOfFile(const QString &path, bool immutable)
{
    try {
        Database db(path, immutable ? Database::Access::ReadOnlyImmutable : Database::Access::ReadOnly);
        hardenConnection(db);
        return contentFingerprint(db);
    } catch (const StoreError &) {
        return {};
    }
}

} // namespace dateline::store
