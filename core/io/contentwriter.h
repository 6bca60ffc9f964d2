#pragma once

#include "core/io/importresult.h"
#include "core/io/nativejsonreader.h"
#include "core/store/bulkimport.h"
#include "core/store/storeerror.h"

#include <optional>

namespace dateline {

class Document;

// How many entities a write added.
struct WriteCounts {
    qsizetype events = 0, actors = 0, places = 0, sources = 0, quotes = 0, relations = 0, eras = 0;
    // Events whose GLOBALEVENTID the document already had: added, but without their GDELT record.
    qsizetype gdeltAlreadyThere = 0;
    // Events added although the document had one with the same title and date (counted only when
    // importing into a document with content): the file was perhaps imported before.
    qsizetype eventsAlreadyPresent = 0;
    BulkImportSummary ids; // the id ranges the write added, per table
};

enum class IdPolicy : std::uint8_t { KeepFileIds, AssignNewIds };

// Thrown when an ImportProgress callback returned false. A StoreError, so that callers which
// already report "nothing was imported" for a failed write need no second catch; the document is
// as it was.
class ImportCancelled : public StoreError {
public:
    ImportCancelled() : StoreError("The import was cancelled; nothing was imported.") {}
};

// Writes already validated content into a document in one transaction through BulkImport: all or
// nothing (throws StoreError, or ImportCancelled when progress returns false, and leaves the
// document as it was). With AssignNewIds every entity gets a new id and links are remapped;
// KeepFileIds is for an empty document; ids too far apart (or too large) are renumbered all the
// same, since undo records an import by its id range per table. The document title is taken from the content when the
// document has none. After the commit the time index snapshot is stored, so that the first open
// of a large import is fast. Every importer writes through this function.
WriteCounts writeContent(NativeJsonContent &content, Document &into, IdPolicy ids,
                         const ImportProgress &progress = {});

// Builds the time index of the default lane grouping and stores its snapshot in the document
// (a cache; does nothing when it is current or the document is read-only). A snapshot already
// built for the document's content (ImportedTimeIndex) is stored as it is.
void storeIndexSnapshot(const Document &document, const std::optional<QByteArray> &built = std::nullopt);

// Why an import wrote nothing into the document at path: "writing the document failed, nothing was
// imported: " and, where the disk, the file system or another program refused the write, the
// reason in plain words that name the file (core/store/writeerror.h); SQLite's own text otherwise.
QString importWriteFailure(const StoreError &error, const QString &path);
// Why nothing is imported into a read-only document, naming its file and what to do instead.
QString importIntoReadOnly(const QString &path);

} // namespace dateline
