#include "core/store/contentfingerprint.h"

#include "core/store/database.h"
#include "core/store/documentprivate.h"
#include "core/store/storeerror.h"

namespace dateline::store {

namespace {

// Cheap enough to run at every open of a snapshot (beside the snapshot read, on another
// connection): at a million events and two million actor links about 0.1-0.2 s of CPU here, where
// checksumming every column and link costs 0.6 s, more than the whole open budget. So it covers
// what other programs change in practice: the dates (an id-weighted sum of the four bounds, each
// row's term reduced modulo a prime, so the 64-bit sum stays exact and a swap of two events'
// dates shows), every row count, the highest ids and the actors' labels and countries (few
// rows). In-place changes to an event's status, importance or precision, or to a link or tag,
// are not seen: the index then draws those from the old values until its next rebuild.
constexpr const char *kQueries[] = {
    "SELECT count(*), ifnull(sum((id % 8191 + 1) * ((start_min + 3 * end_max + 5 * start_max + 7 * end_min) "
    "% 1048573)), 0) FROM events",
    "SELECT ifnull(max(id), 0), 0 FROM events",
    "SELECT count(*), 0 FROM event_actors",
    "SELECT count(*), 0 FROM event_tags",
    "SELECT count(*), ifnull(max(id), 0) FROM actors",
    "SELECT 0, ifnull(sum((id % 8191 + 1) * (3 * (length(label) % 1048573) + 5 * ifnull(unicode(label), 0) "
    "+ 7 * ifnull(unicode(country), 0) + 11 * (ifnull(length(country), 0) % 1048573) + 13 * kind)), 0) FROM actors",
};

} // namespace

QByteArray contentFingerprint(const Database &db)
{
    QByteArray result;
    for (const char *sql : kQueries) {
        Statement query = db.prepare(sql);
        if (!query.step())
            throw StoreError("The content fingerprint query returned no row");
        result += QByteArray::number(qint64(query.int64(0))) + ':' + QByteArray::number(qint64(query.int64(1))) + ';';
    }
    return result;
}

QByteArray contentFingerprintOfFile(const QString &path, bool immutable)
{
    try {
        Database db(path, immutable ? Database::Access::ReadOnlyImmutable : Database::Access::ReadOnly);
        hardenConnection(db);
        // Every page is read once: a small cache recycles its buffers. With the usual 64 MB cache each
        // page read went into newly allocated memory (page faults, costly in a VM): the scan that runs
        // beside the snapshot read took 0.6-0.75 s at 2M events, now ~0.3 s, and decided the first
        // open's time. (Memory-mapping the file would save another ~0.02 s, but a file truncated by
        // another program while mapped faults instead of failing cleanly.)
        db.exec("PRAGMA cache_size = -2000");
        return contentFingerprint(db);
    } catch (const StoreError &) {
        return {};
    }
}

} // namespace dateline::store
