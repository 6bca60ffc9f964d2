#pragma once

// Internal to core/store: filling an empty full-text index on two threads (large imports).

#include "core/store/searchtextbatch.h"

#include <cstdint>
#include <functional>

namespace dateline {

class Database;

namespace store {

// Fills search_fts, which must hold no rows, with the text `text` sends (each row's rowid its
// event's key).
//
// Tokenizing and merging is most of an import's indexing time (7-14 s of CPU for 2M GDELT events);
// one connection would do it on one thread. Here a worker builds the same FTS5 table in a scratch
// database of its own (a second connection to this document could not see the uncommitted rows)
// while this thread gathers the text from the tables and hands it over; the finished index's
// shadow tables are then copied in. Returns false when the worker could not build it (no room for
// the scratch file, say): search_fts is then untouched and the caller indexes on one thread.
// Throws StoreError when reading the document fails.
// `meanwhile` runs on this thread once all text is handed over, while the worker may still be
// tokenizing (a bulk import rebuilds its other indexes there), unless gathering the text fails.
// TextThread::Worker: `text` reads no connection (a bulk import's record of its rows) and runs on
// the worker itself, which then holds one batch at a time instead of a queue of them, and
// `meanwhile` starts at once.
enum class TextThread : std::uint8_t { This, Worker };
bool fillEmptySearchIndexInParallel(Database &db, const TextSource &text, TextThread textThread,
                                   const std::function<void()> &meanwhile);

} // namespace store
} // namespace dateline
