#pragma once

#include "core/index/indexbuilder.h"
#include "core/store/bulkimport.h"

#include <optional>
#include <thread>
#include <unordered_set>
#include <vector>

namespace dateline {

class Database;

// The time index (actor lanes) of an import into a document that has no events and no actors yet,
// built from the rows as they are written rather than read back from the file after the commit
// (1.9 s for 2M GDELT events, on the thread that has just committed). The build runs on a thread
// of its own at the lowest CPU priority while BulkImport::commit() rebuilds the document's indexes
// on one core and tokenizes on the other: it takes what they leave idle. Into a document with
// content it collects nothing, and the snapshot is built from the document as before.
//
// The result is the index IndexBuilder::fromDocument() builds after the commit, byte for byte
// (tst_importedtimeindex compares the two): it holds only when every event, actor, actor link and
// quote link the document will hold went through here.
class ImportedTimeIndex {
public:
    ImportedTimeIndex(Database &db, std::int64_t expectedEvents);
    ~ImportedTimeIndex(); // waits for the build
    ImportedTimeIndex(const ImportedTimeIndex &) = delete;
    ImportedTimeIndex &operator=(const ImportedTimeIndex &) = delete;

    bool collecting() const { return m_collecting; }
    void addActor(ActorId id, const Actor &actor);
    void addEvent(EventId id, const BulkImport::EventRow &row);
    void addQuote(const std::vector<EventId> &events); // the events it is linked to
    // After the last row: builds the index and its snapshot (TimeIndex::serialize) on the
    // background thread.
    void startBuilding();
    // The snapshot, waiting for it if need be; nullopt when nothing was collected or the build
    // failed (the caller then builds from the document).
    std::optional<QByteArray> takeSnapshot();

private:
    bool m_collecting = false;
    IndexBuilder m_builder;
    std::vector<EventSpan> m_spans;
    std::unordered_set<std::int64_t> m_quoted; // events a quote is linked to
    std::thread m_thread;
    std::optional<QByteArray> m_snapshot;
};

} // namespace dateline
