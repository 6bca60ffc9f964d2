// Document: the rows of the edit journal. What they mean, and undo/redo, live in core/edit.
#include "core/store/document.h"

#include "core/store/documentprivate.h"

namespace dateline {

namespace {

constexpr char kEntryColumns[] = "seq, time, command, label, merge_key, undone";

JournalEntry readEntry(const Statement &s)
{
    JournalEntry e;
    e.seq = s.int64(0);
    e.time = store::parseTimestamp(s.text(1));
    e.command = s.text(2);
    e.label = s.text(3);
    e.mergeKey = s.text(4);
    e.undone = s.int64(5) != 0;
    return e;
}

} // namespace

bool Document::hasJournal() const
{
    return d->hasJournal;
}

qint64 Document::appendJournal(const JournalEntry &entry)
{
    d->requireWritable("record an edit");
    Statement &s = d->db->cached("INSERT INTO journal(time, command, label, merge_key, before, after, undone) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, store::timestamp(entry.time))
        .bind(2, entry.command)
        .bind(3, entry.label)
        .bindOptional(4, entry.mergeKey)
        .bind(5, QString::fromUtf8(entry.before))
        .bind(6, QString::fromUtf8(entry.after.isNull() ? QByteArray("") : entry.after)) // "": cannot be redone
        .bind(7, entry.undone ? 1 : 0)
        .execute();
    return d->db->lastInsertRowId();
}

void Document::replaceJournalStates(std::int64_t seq, const QString &label, const QByteArray &before,
                                    const QByteArray &after, const QDateTime &time)
{
    d->requireWritable("record an edit");
    d->db->cached("UPDATE journal SET before = ?1, after = ?2, time = ?3, label = ?4 WHERE seq = ?5")
        .bind(1, QString::fromUtf8(before))
        .bind(2, QString::fromUtf8(after.isNull() ? QByteArray("") : after))
        .bind(3, store::timestamp(time))
        .bind(4, label)
        .bind(5, seq)
        .execute();
}

void Document::setJournalUndone(std::int64_t seq, bool undone)
{
    d->requireWritable("undo or redo");
    d->db->cached("UPDATE journal SET undone = ?1 WHERE seq = ?2").bind(1, undone ? 1 : 0).bind(2, seq).execute();
}

void Document::dropUndoneJournal()
{
    d->requireWritable("record an edit");
    d->db->cached("DELETE FROM journal WHERE undone = 1").execute();
}

std::optional<JournalEntry> Document::journalEntry(std::int64_t seq) const
{
    if (!d->hasJournal)
        return std::nullopt;
    Statement &s = d->db->cached(QByteArray("SELECT ") + kEntryColumns + ", before, after FROM journal WHERE seq = ?1");
    s.bind(1, seq);
    if (!s.step())
        return std::nullopt;
    JournalEntry e = readEntry(s);
    e.before = s.text(6).toUtf8();
    e.after = s.text(7).toUtf8();
    s.reset();
    return e;
}

std::optional<JournalEntry> Document::newestJournalEntry(JournalState state) const
{
    if (!d->hasJournal)
        return std::nullopt;
    Statement &s = state == JournalState::Done
        ? d->db->cached(QByteArray("SELECT ") + kEntryColumns + " FROM journal WHERE undone = 0 ORDER BY seq DESC LIMIT 1")
        : d->db->cached(QByteArray("SELECT ") + kEntryColumns + " FROM journal WHERE undone = 1 ORDER BY seq LIMIT 1");
    if (!s.step())
        return std::nullopt;
    JournalEntry e = readEntry(s);
    s.reset();
    return e;
}

std::vector<JournalEntry> Document::journal(std::int64_t offset, std::int64_t limit) const
{
    std::vector<JournalEntry> result;
    if (!d->hasJournal)
        return result;
    Statement &s = d->db->cached(QByteArray("SELECT ") + kEntryColumns
                                 + " FROM journal ORDER BY seq DESC LIMIT ?1 OFFSET ?2");
    s.bind(1, limit).bind(2, offset);
    while (s.step())
        result.push_back(readEntry(s));
    s.reset();
    return result;
}

qint64 Document::journalSize() const
{
    if (!d->hasJournal)
        return 0;
    Statement &s = d->db->cached("SELECT count(*) FROM journal");
    const qint64 n = s.step() ? s.int64(0) : 0;
    s.reset();
    return n;
}

} // namespace dateline
