#pragma once

#include "core/io/gdelt/gdeltrecord.h"
#include "core/io/importresult.h"
#include "core/model/entities.h"
#include "core/model/event.h"
#include "core/store/bulkimport.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline::gdelt {

// A reference from a mapped row to an actor, place or source: > 0 an id already in the document,
// < 0 the (-ref - 1)th new entity of the import (in the order the batches list them), 0 none.
using Ref = std::int64_t;

struct MappedRow {
    BulkImport::EventRow event; // everything but place and actor ids
    std::int64_t globalId = 0;
    std::int64_t dateAdded = 0; // YYYYMMDD[HHMMSS]; 0 = not given
    std::optional<double> goldstein, tone;                 // unknown when the row left them empty
    std::optional<std::int64_t> mentions, sources, articles;
    Ref actor1 = 0, actor2 = 0, place = 0, source = 0;
};

// What the parsing thread hands to the writing thread: rows with the entities they introduced.
struct Batch {
    std::vector<Actor> actors;
    std::vector<Place> places;
    std::vector<BulkImport::SourceRow> sources;
    std::vector<MappedRow> rows;
    std::vector<ImportProblem> problems;
    std::int64_t linesRead = 0;   // every line of the input up to the end of this batch
    std::int64_t duplicates = 0;  // rows of this batch merged into an event with the same GLOBALEVENTID
    std::int64_t bytesRead = 0;   // of all input files so far
};

// What the document already holds, so that an import adds each actor, place, source and GDELT
// event once across files and across imports.
struct KnownEntities {
    QHash<QByteArray, std::pair<std::int64_t, QString>> actors; // actorKey() -> id, label
    QHash<QByteArray, std::int64_t> places;  // placeKey() -> id
    QHash<QByteArray, std::int64_t> sources; // url -> id
    QSet<std::int64_t> globalIds;
};

// "UNITED STATES" -> "United States" (GDELT writes names in capitals).
QString titleCase(QByteArrayView name);
// Identity of an actor (CAMEO code and name) and of a place (name and ISO country).
QByteArray actorKey(QByteArrayView code, QByteArrayView upperName);
QByteArray placeKey(QByteArrayView name, QByteArrayView iso3);
// 1..100 from how much the event was reported (log scale of mentions, sources and articles).
int importanceOf(std::int64_t mentions, std::int64_t sources, std::int64_t articles);

// Turns parsed records into model values on the parsing thread, deduplicating as it goes.
class RowMapper {
public:
    explicit RowMapper(KnownEntities known);
    // Appends the row (and any new actor, place or source) to batch; false for a GLOBALEVENTID
    // seen before (in the document, an earlier file or earlier in this one).
    bool map(const Record &record, Batch &batch);
    // Sizes the deduplication tables for about this many rows (growing them step by step rehashes
    // millions of keys; a hint, not a limit).
    void reserve(std::int64_t rows);

private:
    struct ActorEntry {
        Ref ref = 0;
        QByteArray label; // UTF-8
    };
    // By value: a pointer into the hash would dangle once the next actor is inserted.
    std::optional<ActorEntry> actor(const ActorFields &fields, Batch &batch);
    Ref place(const Record &record, Batch &batch);
    Ref source(const Record &record, Batch &batch);

    QHash<QByteArray, ActorEntry> m_actors;
    QHash<QByteArray, Ref> m_places;
    QHash<QByteArray, Ref> m_sources;
    QSet<std::int64_t> m_globalIds;
    std::int64_t m_newActors = 0, m_newPlaces = 0, m_newSources = 0;
    QByteArray m_key; // reused
    // Shared copies of the texts many rows repeat (a day's EDTF, a CAMEO code): a row holds a
    // reference, not an allocation of its own (allocating and freeing was a fifth of this thread).
    int m_lastDay = -1;
    QByteArray m_lastEdtf;
    QHash<int, QByteArray> m_codes; // 10000 * length + value -> the code's text
    const QByteArray m_unjudged = BulkImport::SourceRow::from(Source()).reliability; // a new source's grade
};

} // namespace dateline::gdelt
