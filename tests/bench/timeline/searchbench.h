#pragma once

#include <QJsonObject>

namespace dateline {

class Document;

// search_ms: Document::search for the first 100 hits (time order, snippets, count up to 10,000)
// over a fixed query set: rare words (0.01-1 % of events), common words (in most events' titles or
// quotes), phrases, 1-3 letter prefixes and boolean queries; every query several times, the first
// run of each from a page cache that has not seen it. Reports p50/p95/max over all runs and per
// query class, and search_marks_ms: every hit of a common word for the timeline's marks.
QJsonObject measureSearch(const Document &document);

} // namespace dateline
