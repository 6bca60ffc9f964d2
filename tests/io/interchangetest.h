#pragma once
// Shared by the interchange format tests: fixtures, documents built from imported content.

#include "core/io/contentwriter.h"
#include "core/io/importresult.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/document.h"

#include <QFile>
#include <QTest>

namespace dateline::testing {

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(DATELINE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QString sharedData(const QString &name)
{
    return QStringLiteral(DATELINE_SHARED_DATA "/") + name;
}

// The imported content written into a new in-memory document, as the import command does.
inline std::unique_ptr<Document> documentFrom(ImportedContent imported)
{
    std::unique_ptr<Document> doc = Document::createInMemory();
    writeContent(imported.content, *doc, IdPolicy::KeepFileIds);
    return doc;
}

// The bundled sample (quotes, actors, relations, fuzzy dates) in an in-memory document.
inline std::unique_ptr<Document> sampleDocument()
{
    std::unique_ptr<Document> doc = Document::createInMemory();
    QString error;
    if (!importNativeJson(sampleTimelineJson(), *doc, &error))
        qFatal("sample: %s", qPrintable(error));
    return doc;
}

inline QString describe(const ImportedContent &imported)
{
    QStringList lines;
    for (const ImportProblem &p : imported.rejected)
        lines << QStringLiteral("line %1: %2").arg(p.line).arg(p.message);
    return lines.join(u'\n');
}

inline const Event *eventTitled(const ImportedContent &imported, const QString &title)
{
    for (const Event &e : imported.content.events)
        if (e.title == title)
            return &e;
    return nullptr;
}

} // namespace dateline::testing
