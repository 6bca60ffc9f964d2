#include "app/gui/importjob.h"

#include "core/io/savefile.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dateline {

void WriteInterrupter::interrupt()
{
    const std::lock_guard lock(m_mutex);
    m_interrupted = true;
    if (m_db)
        sqlite3_interrupt(m_db);
}

bool WriteInterrupter::interrupted() const
{
    const std::lock_guard lock(m_mutex);
    return m_interrupted;
}

bool WriteInterrupter::attach(sqlite3 *db)
{
    const std::lock_guard lock(m_mutex);
    m_db = db;
    return !m_interrupted;
}

void WriteInterrupter::detach()
{
    const std::lock_guard lock(m_mutex);
    m_db = nullptr;
}

// Registers a connection with an interrupter for the guard's lifetime (ends before it closes).
class ConnectionGuard {
public:
    ConnectionGuard(WriteInterrupter *interrupter, Document &document)
        : m_interrupter(interrupter)
    {
        m_live = !interrupter || interrupter->attach(document.database().handle());
    }
    ~ConnectionGuard()
    {
        if (m_interrupter)
            m_interrupter->detach();
    }
    bool live() const { return m_live; }

private:
    WriteInterrupter *m_interrupter;
    bool m_live = true;
};

namespace importjob {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dateline::ImportJob", text);
}

void removeDocumentFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
}

} // namespace

ImportWrite write(ImportedContent &imported, const QString &source, const QString &path, ImportTarget target,
                  ImportPolicy policy, const ImportProgress &progress, WriteInterrupter *interrupter)
{
    ImportWrite result;
    QString error;
    std::unique_ptr<Document> document = target == ImportTarget::NewDocument
                                             ? Document::create(path, &error)
                                             : Document::open(path, OpenMode::ReadWrite, &error);
    if (!document) {
        result.error = error;
        return result;
    }
    {
        const ConnectionGuard guard(interrupter, *document);
        try {
            if (guard.live()) {
                Editor editor(*document); // one undoable step, even written through this connection
                result = commands::importRead(editor, imported, policy, QFileInfo(source).fileName(), progress);
            }
        } catch (const StoreError &e) { // reading the document's state failed
            result = ImportWrite();
            result.error = QString::fromUtf8(e.what());
        }
    }
    document.reset();
    if (interrupter && interrupter->interrupted() && !result.written)
        result.error = tr("Cancelled; nothing was imported.");
    if (!result.written && target == ImportTarget::NewDocument)
        removeDocumentFiles(path);
    return result;
}

bool exportData(const QString &documentPath, const DataFormat &format, const QString &outPath,
                ExportReport *report, QString *error, const ImportProgress &progress)
{
    std::unique_ptr<Document> document = Document::open(documentPath, OpenMode::ReadOnly, error);
    if (!document)
        return false;
    ExportOptions options;
    options.progress = progress;
    QString why;
    try {
        if (writeFileAtomically(outPath, [&](QIODevice &out, QString *failure) {
                return format.writeTo(*document, out, options, report, failure);
            }, &why))
            return true;
    } catch (const StoreError &e) { // reading the document failed; the temporary file is dropped
        *error = QString::fromUtf8(e.what());
        return false;
    }
    *error = tr("Cannot write %1: %2").arg(outPath, why);
    return false;
}

} // namespace importjob
} // namespace dateline
