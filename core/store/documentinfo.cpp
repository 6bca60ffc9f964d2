// Document::info(): counts and time extent without scanning the events table.
//
// The extent comes from indexes: the earliest start is the first entry of events_time; the latest
// end uses events_span, (span_class, start_min, end_max): an event of class c ends before
// start_min + 2^c, so within each class a backward walk from the latest start stops as soon as no
// later row can end after the best end found so far (a few rows per class, at most 64 classes).
// Both are exact whoever wrote the file.
//
// Counting rows walks each table's B-tree pages (about 1 ms warm, 20 ms cold at a million events),
// so the counts are remembered with the revision and the highest id of every counted table, and
// reused while both still match: an edit by Dateline moves the revision; another program that adds
// or deletes the newest rows moves a highest id. info() only reads; the record is written to the
// file (meta 'info_counts') with the time index snapshot, so a reopened file needs no counting.
#include "core/store/document.h"

#include "core/store/documentprivate.h"
#include "core/store/schema.h"

#include <array>

namespace dateline {

namespace {

constexpr std::array<const char *, 7> kCounted{"events", "actors", "places", "sources", "quotes", "relations", "eras"};
constexpr char kCountsKey[] = "info_counts";

std::int64_t single(Database &db, const QByteArray &sql)
{
    Statement &s = db.cached(sql);
    const std::int64_t value = s.step() && !s.isNull(0) ? s.int64(0) : 0;
    s.reset();
    return value;
}

// "revision maxId... count..." as stored in meta.
struct Counts {
    std::int64_t revision = -1;
    std::array<std::int64_t, kCounted.size()> maxIds{};
    std::array<std::int64_t, kCounted.size()> counts{};

    QString text() const
    {
        QStringList parts{QString::number(revision)};
        for (std::int64_t v : maxIds)
            parts << QString::number(v);
        for (std::int64_t v : counts)
            parts << QString::number(v);
        return parts.join(u' ');
    }
    static Counts parse(const QString &text)
    {
        Counts c;
        const QStringList parts = text.split(u' ');
        if (parts.size() != qsizetype(1 + 2 * kCounted.size()))
            return c;
        bool ok = true;
        auto number = [&](qsizetype i) {
            bool good = false;
            const std::int64_t v = parts.at(i).toLongLong(&good);
            ok = ok && good && v >= 0;
            return v;
        };
        const std::int64_t revision = number(0);
        for (std::size_t i = 0; i < kCounted.size(); ++i) {
            c.maxIds[i] = number(qsizetype(1 + i));
            c.counts[i] = number(qsizetype(1 + kCounted.size() + i));
        }
        c.revision = ok ? revision : -1;
        return c;
    }
};

std::optional<TimePoint> latestEnd(Database &db)
{
    std::optional<TimePoint> best;
    Statement &walk = db.cached("SELECT start_min, end_max FROM events WHERE span_class = ?1 ORDER BY start_min DESC");
    for (int c = 0; c <= 64; ++c) {
        walk.bind(1, c);
        while (walk.step()) {
            const TimePoint start = walk.int64(0), end = walk.int64(1);
            // end < start + 2^c: nothing further down this class can beat best
            if (best && c < 62 && start + (TimePoint(1) << c) <= *best)
                break;
            if (end < kTimeMax && (!best || end > *best))
                best = end;
        }
        walk.reset();
    }
    return best;
}

} // namespace

// The counts of the tables at this revision: the file's record, else the one this connection
// remembers, else counted now (and remembered). Never writes: storeSnapshot() writes the record.
QString Document::Private::currentCounts(std::int64_t revision, bool *inFile) const
{
    Counts current;
    current.revision = revision;
    for (std::size_t i = 0; i < kCounted.size(); ++i)
        current.maxIds[i] = single(*db, QByteArray("SELECT max(id) FROM ") + kCounted[i]);
    Statement &read = db->cached("SELECT value FROM meta WHERE key = ?1");
    read.bind(1, QString::fromLatin1(kCountsKey));
    const QString stored = read.step() ? read.text(0) : QString();
    read.reset();
    for (const QString &text : {stored, infoCounts}) {
        const Counts c = Counts::parse(text);
        if (c.revision == current.revision && c.maxIds == current.maxIds) {
            if (inFile)
                *inFile = text == stored;
            return text;
        }
    }
    for (std::size_t i = 0; i < kCounted.size(); ++i)
        current.counts[i] = single(*db, QByteArray("SELECT count(*) FROM ") + kCounted[i]);
    infoCounts = current.text();
    if (inFile)
        *inFile = false;
    return infoCounts;
}

void Document::Private::storeCounts(std::int64_t revision)
{
    bool inFile = false;
    const QString text = currentCounts(revision, &inFile);
    if (!inFile) {
        Statement &write = db->cached("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
        write.bind(1, QString::fromLatin1(kCountsKey)).bind(2, text).execute();
    }
}

DocumentInfo Document::info() const
{
    DocumentInfo info;
    Database &db = *d->db;
    info.schemaVersion = int(db.pragma("user_version"));
    Counts current = Counts::parse(d->currentCounts(revision(), nullptr));
    info.events = current.counts[0];
    info.actors = current.counts[1];
    info.places = current.counts[2];
    info.sources = current.counts[3];
    info.quotes = current.counts[4];
    info.relations = current.counts[5];
    info.eras = current.counts[6];

    Statement &earliest = db.cached("SELECT min(start_min) FROM events WHERE start_min > ?1");
    earliest.bind(1, kTimeMin);
    if (earliest.step() && !earliest.isNull(0))
        info.earliest = earliest.int64(0);
    earliest.reset();
    info.latest = latestEnd(db);
    return info;
}

} // namespace dateline
