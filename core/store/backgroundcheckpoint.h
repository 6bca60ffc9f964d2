#pragma once

#include <thread>

namespace dateline {

class Document;

// Copies a document's write-ahead log into its file on a second connection and thread while this
// one goes on: after a large import (which defers that copy, see BulkImport), the time index
// snapshot is built meanwhile. Waits for the copy when destroyed. Does nothing for a document in
// memory or open read-only. A failure is ignored: the next commit, or closing, copies instead.
class BackgroundCheckpoint {
public:
    explicit BackgroundCheckpoint(const Document &document);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

private:
    std::thread m_thread;
};

} // namespace dateline
