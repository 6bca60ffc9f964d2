#pragma once

#include <QtGlobal>

#include <functional>

namespace dateline {

// Told how far a long read or write has got: called now and then on the working thread (keep it
// cheap) with what is done out of total, in units the importer chose (rows, entities, bytes); total
// 0 = not known yet. Returning false asks it to stop (cancel): readers then return fatal content
// saying it was cancelled, writers leave the document as it was.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Given as total once every row is read and written, when the writer goes on to build the indexes and
// the search index (done = rows read): the last, uncounted part of a large import.
inline constexpr qint64 kProgressFinishing = -1;

} // namespace dateline
