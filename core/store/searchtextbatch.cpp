#include "core/store/searchtextbatch.h"

#include "core/store/eventtext.h"
#include "core/store/statement.h"

#include <QtGlobal>

#include <sqlite3.h>

#include <algorithm>

namespace dateline::store {

namespace {

constexpr std::size_t kRowsPerBatch = 4096;
// About 40 MB of text for GDELT events (DATELINE_SEARCH_CHUNK_ROWS sets another size: tests use
// small chunks).
constexpr std::size_t kRowsPerChunk = 262144;

std::size_t rowsPerChunk()
{
    const int forced = qEnvironmentVariableIntValue("DATELINE_SEARCH_CHUNK_ROWS");
    return forced > 0 ? std::size_t(forced) : kRowsPerChunk;
}

// One row of a chunk: where its text is (its batch, first byte, first of its column ends).
struct ChunkRow {
    std::int64_t rowid;
    const TextBatch *batch;
    std::size_t start, firstEnd;
};

void bindUtf8(Statement &s, int parameter, std::string_view text)
{
    // SQLITE_STATIC: the caller's text outlives the statement's execution
    sqlite3_bind_text(s.handle(), parameter, text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

void TextBatch::add(const EventText &event)
{
    rowids.push_back(event.key);
    for (const std::string *column : {&event.title, &event.body, &event.names}) {
        text += *column;
        ends.push_back(text.size());
    }
}

namespace {

// Hands what `read` reads to `sink` a batch at a time.
void gather(const TextSink &sink, const std::function<void(const std::function<void(const EventText &)> &)> &read)
{
    auto batch = std::make_unique<TextBatch>();
    bool open = true;
    read([&](const EventText &event) {
        if (!open)
            return;
        batch->add(event);
        if (batch->size() == kRowsPerBatch) {
            open = sink(std::move(batch));
            batch = std::make_unique<TextBatch>();
        }
    });
    if (open && batch->size() > 0)
        sink(std::move(batch));
}

} // namespace

void gatherText(Database &db, std::int64_t after, std::int64_t upTo, const TextSink &sink, QuoteNames quoteNames)
{
    EventTextReader reader(db, quoteNames);
    gather(sink, [&](const auto &each) { reader.read(after, upTo, each); });
}

void gatherListedText(Database &db, const TextSink &sink, QuoteNames quoteNames)
{
    EventTextReader reader(db, quoteNames);
    gather(sink, [&](const auto &each) { reader.readListed(each); });
}

void writeSearchRow(Statement &write, std::int64_t rowid, std::string_view title, std::string_view body,
                    std::string_view names)
{
    write.bind(1, rowid);
    bindUtf8(write, 2, title);
    bindUtf8(write, 3, body);
    bindUtf8(write, 4, names);
    write.execute();
}

SortedTextWriter::SortedTextWriter(Statement &insert) : m_insert(insert), m_rowsPerChunk(rowsPerChunk()) {}

void SortedTextWriter::add(std::unique_ptr<TextBatch> batch)
{
    m_chunkRows += batch->size();
    m_chunk.push_back(std::move(batch));
    if (m_chunkRows >= m_rowsPerChunk)
        writeChunk();
}

void SortedTextWriter::finish()
{
    writeChunk();
}

void SortedTextWriter::writeChunk()
{
    std::vector<ChunkRow> rows;
    rows.reserve(m_chunkRows);
    for (const auto &batch : m_chunk) {
        std::size_t start = 0;
        for (std::size_t row = 0; row < batch->size(); ++row) {
            rows.push_back({batch->rowids[row], batch.get(), start, row * TextBatch::kColumns});
            start = batch->ends[row * TextBatch::kColumns + TextBatch::kColumns - 1];
        }
    }
    std::sort(rows.begin(), rows.end(), [](const ChunkRow &a, const ChunkRow &b) { return a.rowid < b.rowid; });
    for (const ChunkRow &row : rows) {
        const std::string_view text = row.batch->text;
        const std::size_t *ends = row.batch->ends.data() + row.firstEnd;
        writeSearchRow(m_insert, row.rowid, text.substr(row.start, ends[0] - row.start),
                       text.substr(ends[0], ends[1] - ends[0]), text.substr(ends[1], ends[2] - ends[1]));
    }
    m_chunk.clear();
    m_chunkRows = 0;
}

} // namespace dateline::store
