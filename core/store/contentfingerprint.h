#pragma once

#include <QByteArray>
#include <QString>

namespace dateline {

class Database;

namespace store {

// A cheap checksum of what a time index is built from: the events' dates and ids, the row counts
// of events, actor links and tags, the actors' labels and countries (see the .cpp for what it
// leaves out, and why). Stored next to
// the index snapshots and compared when one is read, so that a file changed by another program
// (which does not bump the revision) gets its index rebuilt. It detects ordinary changes, not a
// forger: whoever can write the file can write any snapshot, and the snapshot reader is safe
// against those. Throws StoreError (e.g. a sum overflowing on a crafted file).
QByteArray contentFingerprint(const Database &db);

// The same on a connection of its own to the file at path, for running beside another reader
// (WAL lets both read at once). Returns an empty array when the file cannot be read.
QByteArray contentFingerprintOfFile(const QString &path, bool immutable);

} // namespace store
} // namespace dateline
