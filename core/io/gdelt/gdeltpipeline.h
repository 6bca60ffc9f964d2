#pragma once

#include "core/io/gdelt/gdeltmapper.h"
#include "core/store/boundedqueue.h"

#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace dateline::gdelt {

// The parsing half of a GDELT import: a thread that reads, decompresses, parses and maps the
// files into batches, a few batches ahead of the thread that writes them (bounded, so memory
// stays flat however large the input). Stopping (or destroying) it joins the thread.
class ParsePipeline {
public:
    ParsePipeline(QStringList files, KnownEntities known);
    ~ParsePipeline();
    ParsePipeline(const ParsePipeline &) = delete;
    ParsePipeline &operator=(const ParsePipeline &) = delete;

    // The next batch in input order; nullptr when all input has been handed out.
    std::unique_ptr<Batch> next();
    // Hands a written batch back: it is freed on the parsing thread, which has time to spare (the
    // memory was allocated there, and freeing it costs the writing thread ~10% of its time).
    void recycle(std::unique_ptr<Batch> batch);
    void stop();
    std::int64_t totalBytes() const { return m_totalBytes; }

private:
    void run();
    void parseAll();
    bool push(std::unique_ptr<Batch> batch); // false when stopped

    QStringList m_files;
    RowMapper m_mapper;
    std::int64_t m_totalBytes = 0;
    BoundedQueue<std::unique_ptr<Batch>> m_queue;
    std::mutex m_writtenMutex;
    std::vector<std::unique_ptr<Batch>> m_written;
    std::atomic<bool> m_stop{false};
    double m_blockedMs = 0; // for DATELINE_IMPORT_TRACE
    std::thread m_thread;
};

} // namespace dateline::gdelt
