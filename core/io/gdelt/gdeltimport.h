#pragma once

#include "core/io/importresult.h"
#include "core/store/bulkimport.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <vector>

namespace dateline {

class Document;

struct GdeltImportOptions {
    ImportPolicy policy = ImportPolicy::ImportGoodRows;
    // Called on the importing thread with rows read so far and the rows expected in all inputs
    // (estimated from the bytes read), then once with total kProgressFinishing before the indexes and
    // the search index are built; false cancels. Also see cancel.
    ImportProgress progress;
    // Set from any thread to cancel (e.g. a Cancel button or Ctrl+C): the import stops within a
    // batch, or within a statement while the indexes are built, and the document is left as it was.
    const std::atomic<bool> *cancel = nullptr;
};

struct GdeltImportResult {
    enum class Outcome : std::uint8_t { Imported, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    QString error;                        // Failed: why nothing was imported
    std::vector<ImportProblem> problems;  // bad rows and unreadable files ("FILE: ..."), in input order
    QStringList files;                    // the files read, in order
    std::int64_t lines = 0;               // lines read
    std::int64_t events = 0, actors = 0, places = 0, sources = 0; // added
    std::int64_t duplicates = 0;          // rows whose GLOBALEVENTID was already there (merged)
    BulkImportSummary ids;
    bool ok() const { return outcome == Outcome::Imported; }
};

// The input files named by paths: files as they are, directories by their GDELT event files
// (*.CSV, *.csv, *.tsv, *.txt, *.zip, *.gz; sorted by name). An error for a path that does not exist.
QStringList gdeltInputFiles(const QStringList &paths, QString *error);

// Imports GDELT 1.0 and 2.0 event files (57, 58 or 61 columns, told apart per row; plain, .gz or
// .zip) into the document in one transaction: one actor per CAMEO code and name, one place per
// ActionGeo name and country, one source per SOURCEURL, one event per GLOBALEVENTID — across the
// files and across earlier imports. Parsing runs on a second thread while this one writes. With
// ImportPolicy::ImportNothing any bad row or unreadable file imports nothing; otherwise the good
// rows go in and the bad ones are listed. The time index snapshot is stored after the commit.
GdeltImportResult importGdelt(const QStringList &files, Document &into, const GdeltImportOptions &options = {});

} // namespace dateline
