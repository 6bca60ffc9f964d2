#pragma once

// Internal to core/store: events' indexed text in bulk (SearchIndex::indexRange), in batches that
// can cross to another thread, and written to a full-text table in rowid order.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class Database;
class Statement;

namespace store {

struct EventText;
enum class QuoteNames : std::uint8_t;

// Rows of text packed into one buffer: fewer allocations than a string per column.
struct TextBatch {
    static constexpr std::size_t kColumns = 3; // title, body, names
    std::vector<std::int64_t> rowids;          // the events' search keys
    std::vector<std::size_t> ends;             // kColumns per row: offsets into text
    std::string text;
    void add(const EventText &event);
    std::size_t size() const { return rowids.size(); }
};

// Takes the next batch; false: stop sending.
using TextSink = std::function<bool(std::unique_ptr<TextBatch>)>;
// Sends all of some text to a sink, a batch at a time.
using TextSource = std::function<void(const TextSink &)>;

// Reads the text of the keyed events with ids in (after, upTo] (EventTextReader: event id order)
// and hands it to `sink` a batch at a time; stops early when `sink` returns false.
void gatherText(Database &db, std::int64_t after, std::int64_t upTo, const TextSink &sink, QuoteNames quoteNames);
// The same for the keyed events listed in temp.listed_ids (ListedIds).
void gatherListedText(Database &db, const TextSink &sink, QuoteNames quoteNames);

// Runs `write`, a statement with the parameters (rowid, title, body, names): an insert into a
// search_fts table or FTS5's 'delete'. The text is bound as it is stored (UTF-8, not converted).
void writeSearchRow(Statement &write, std::int64_t rowid, std::string_view title, std::string_view body,
                    std::string_view names);

// Inserts (or deletes) batches through `insert` (see writeSearchRow) in ascending rowid order, a chunk of rows
// at a time. FTS5 keeps the rows it tokenizes in memory only while their rowids ascend; a lower
// rowid writes them out as a segment first. The text arrives in event id order (the rowids, time
// keys, in file order), so sorting it a chunk at a time costs one extra segment per chunk (merged
// with the rest) and lets tokenizing start long before the last row is read.
class SortedTextWriter {
public:
    explicit SortedTextWriter(Statement &insert);
    void add(std::unique_ptr<TextBatch> batch);
    void finish(); // writes what is left

private:
    void writeChunk();

    Statement &m_insert;
    std::vector<std::unique_ptr<TextBatch>> m_chunk;
    std::size_t m_chunkRows = 0;
    std::size_t m_rowsPerChunk;
};

} // namespace store
} // namespace dateline
