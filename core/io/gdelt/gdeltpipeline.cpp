// The parsing thread of a GDELT import.
#include "core/io/gdelt/gdeltpipeline.h"

#include "core/io/gdelt/gdeltinput.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <ctime>

namespace dateline::gdelt {

namespace {

constexpr std::size_t kBatchRows = 8192;
constexpr std::size_t kQueuedBatches = 4;
// A GDELT 2.0 row takes ~400 bytes as plain text (compressed files hold more rows than this guesses).
constexpr std::int64_t kBytesPerRow = 400;

} // namespace

ParsePipeline::ParsePipeline(QStringList files, KnownEntities known)
    : m_files(std::move(files)), m_mapper(std::move(known)), m_queue(kQueuedBatches)
{
    for (const QString &f : m_files)
        m_totalBytes += QFileInfo(f).size();
    m_mapper.reserve(m_totalBytes / kBytesPerRow);
    m_thread = std::thread([this] { run(); });
}

ParsePipeline::~ParsePipeline()
{
    stop();
}

void ParsePipeline::stop()
{
    m_stop = true;
    m_queue.stop();
    if (m_thread.joinable())
        m_thread.join();
}

void ParsePipeline::recycle(std::unique_ptr<Batch> batch)
{
    std::lock_guard lock(m_writtenMutex);
    m_written.push_back(std::move(batch));
}

bool ParsePipeline::push(std::unique_ptr<Batch> batch)
{
    std::vector<std::unique_ptr<Batch>> written;
    {
        std::lock_guard lock(m_writtenMutex);
        written.swap(m_written); // freed when this returns, on this thread
    }
    QElapsedTimer blocked;
    blocked.start();
    const bool pushed = m_queue.push(std::move(batch));
    m_blockedMs += double(blocked.nsecsElapsed()) / 1e6;
    return pushed;
}

std::unique_ptr<Batch> ParsePipeline::next()
{
    std::optional<std::unique_ptr<Batch>> batch = m_queue.pop();
    return batch ? std::move(*batch) : nullptr;
}

void ParsePipeline::run()
{
    QElapsedTimer clock;
    clock.start();
    try {
        parseAll();
    } catch (const std::exception &e) { // out of memory, most likely: end the input with a problem
        auto batch = std::make_unique<Batch>();
        batch->problems.push_back({0, QStringLiteral("reading the input failed: %1").arg(QString::fromLocal8Bit(e.what()))});
        push(std::move(batch));
    }
    m_queue.finish(); // also when stopped: next() must never wait for a thread that has ended
    if (qEnvironmentVariableIntValue("DATELINE_IMPORT_TRACE") != 0) {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        std::fprintf(stderr, "bulk import: parsing %.0f ms (cpu %.0f ms, waiting for the writer %.0f ms)\n",
                     double(clock.nsecsElapsed()) / 1e6, double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6,
                     m_blockedMs);
    }
}

void ParsePipeline::parseAll()
{
    auto batch = std::make_unique<Batch>();
    std::int64_t lines = 0, bytesBefore = 0;
    Record record;
    QString error;
    auto flush = [&](const InputFile *file) {
        batch->linesRead = lines;
        batch->bytesRead = bytesBefore + (file ? file->bytesRead() : 0);
        const bool pushed = push(std::move(batch));
        batch = std::make_unique<Batch>();
        return pushed;
    };
    for (const QString &path : std::as_const(m_files)) {
        const QString name = QFileInfo(path).fileName();
        InputFile file(path);
        if (!file.open(&error)) {
            batch->problems.push_back({0, name + QStringLiteral(": cannot be read: ") + error});
        } else {
            QByteArrayView line;
            while (file.next(line)) {
                ++lines;
                if (line.trimmed().isEmpty())
                    continue;
                if (!parseRecord(line, record, &error)) {
                    batch->problems.push_back({file.lineNumber(), name + QStringLiteral(", line %1: ")
                                                                      .arg(file.lineNumber()) + error});
                } else if (!m_mapper.map(record, *batch)) {
                    ++batch->duplicates;
                }
                if (batch->rows.size() >= kBatchRows && !flush(&file))
                    return;
                if (m_stop)
                    return;
            }
            if (!file.error().isEmpty()) {
                batch->problems.push_back({file.lineNumber() + 1, name + QStringLiteral(", after line %1: ")
                                                                  .arg(file.lineNumber()) + file.error()});
            }
        }
        bytesBefore += QFileInfo(path).size();
    }
    flush(nullptr);
}

} // namespace dateline::gdelt
