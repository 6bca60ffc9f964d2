#pragma once

#include "core/io/dataformats.h"
#include "core/io/dataimport.h"

#include <QString>

#include <mutex>

struct sqlite3;

namespace dateline {

// Where an import goes: into an existing document file, or into a new file created for it.
enum class ImportTarget : std::uint8_t { ExistingDocument, NewDocument };

// The work of File > Import… and File > Export Data… that runs off the GUI thread. Each call
// opens its own Document connection on the file (a Document is not shared between threads).
// Lets the GUI thread stop a write that is running on a worker thread: interrupt() aborts the
// connection's current statement (sqlite3_interrupt is safe from another thread), the write
// fails and its transaction rolls back, so nothing is written. A write not yet started does not
// start. Shared by the two threads; the worker registers its connection while it writes.
class WriteInterrupter {
public:
    void interrupt();
    bool interrupted() const;

private:
    friend class ConnectionGuard;
    bool attach(sqlite3 *db); // false when already interrupted
    void detach();

    mutable std::mutex m_mutex;
    sqlite3 *m_db = nullptr;
    bool m_interrupted = false;
};

namespace importjob {

// Writes imported content into the document at path, as the user chose. A new document that
// ends up without the import is removed again, so a failed import never leaves a file behind.
// source names the imported file in the document's history ("Import “summit.csv”").
ImportWrite write(ImportedContent &imported, const QString &source, const QString &path, ImportTarget target,
                  ImportPolicy policy, const ImportProgress &progress, WriteInterrupter *interrupter = nullptr);

// Exports the document at path in a format, streamed (where the format can) through a QSaveFile:
// all or nothing. progress hears how far it got and cancels it by returning false.
bool exportData(const QString &documentPath, const DataFormat &format, const QString &outPath,
                ExportReport *report, QString *error, const ImportProgress &progress = {});

} // namespace importjob
} // namespace dateline
