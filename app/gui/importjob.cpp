#include "app/gui/importjob.h"

#include "core/store/document.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace dateline::importjob {
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

ImportWrite write(ImportedContent &imported, const QString &path, ImportTarget target, ImportPolicy policy,
                  const ImportProgress &progress)
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
    try {
        result = writeImport(imported, *document, policy, progress);
    } catch (const StoreError &e) { // reading the document's state failed
        result = ImportWrite();
        result.error = QString::fromUtf8(e.what());
    }
    document.reset();
    if (!result.written && target == ImportTarget::NewDocument)
        removeDocumentFiles(path);
    return result;
}

bool exportData(const QString &documentPath, const DataFormat &format, const QString &outPath,
                ExportReport *report, QString *error)
{
    std::unique_ptr<Document> document = Document::open(documentPath, OpenMode::ReadOnly, error);
    if (!document)
        return false;
    QByteArray data;
    try {
        data = format.write(*document, report);
    } catch (const StoreError &e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(outPath, out.errorString());
        return false;
    }
    return true;
}

} // namespace dateline::importjob
