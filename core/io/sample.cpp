#include "core/io/sample.h"

#include "core/io/nativejson.h"
#include "core/store/document.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace dateline {

QByteArray sampleTimelineJson()
{
    QFile file(kSampleResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<Document> createSampleDocument(const QString &path, QString *errorMessage)
{
    const QByteArray json = sampleTimelineJson();
    if (json.isEmpty()) {
        if (errorMessage)
            *errorMessage = u"the sample timeline is missing from this build (%1)"_s.arg(kSampleResourcePath);
        return nullptr;
    }
    std::unique_ptr<Document> document = Document::create(path, errorMessage);
    if (!document)
        return nullptr;
    QString error;
    bool imported = false;
    try {
        imported = importNativeJson(json, *document, &error);
    } catch (const StoreError &e) {
        error = QString::fromUtf8(e.what());
    }
    if (!imported) {
        document.reset();
        for (const auto suffix : {""_L1, "-wal"_L1, "-shm"_L1})
            QFile::remove(path + suffix);
        if (errorMessage)
            *errorMessage = u"the bundled sample could not be imported: %1"_s.arg(error);
        return nullptr;
    }
    return document;
}

} // namespace dateline
