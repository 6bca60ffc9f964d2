#pragma once

// The sample document, its time index and a scene, shared by the export tests.
#include "core/date/fuzzydate.h"
#include "core/index/eventtextcache.h"
#include "core/index/timeindex.h"
#include "core/io/sample.h"
#include "core/render/export/imageexporter.h"
#include "core/store/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

namespace dateline::test {

struct SampleFixture {
    QTemporaryDir dir;
    std::unique_ptr<Document> document;
    std::unique_ptr<TimeIndex> index;
    std::unique_ptr<EventTextCache> texts;
    Scene scene;

    bool open(LaneGrouping grouping = LaneGrouping::Actor)
    {
        QString error;
        document = createSampleDocument(dir.filePath(QStringLiteral("sample.dateline")), &error);
        if (!document) {
            qWarning() << error;
            return false;
        }
        regroup(grouping);
        return true;
    }

    void regroup(LaneGrouping grouping)
    {
        index = std::make_unique<TimeIndex>(TimeIndex::load(*document, grouping));
        texts = std::make_unique<EventTextCache>(*document);
        scene = Scene();
        scene.index = index.get();
        scene.texts = texts.get();
        scene.eras = Scene::erasFrom(document->eras());
        scene.relations = Scene::relationsFrom(document->relations());
    }

    QString path(const QString &name) const { return dir.filePath(name); }
};

inline TimePoint day(const char *edtf)
{
    return FuzzyDate::fromEdtf(QString::fromLatin1(edtf)).bounds().earliestStart;
}

// Character data of every <text> element (tspans included), one string per element.
inline QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    int depth = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text") {
            if (depth++ == 0)
                current.clear();
        } else if (xml.isEndElement() && xml.name() == u"text") {
            if (--depth == 0)
                texts << current;
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        }
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return texts;
}

// An SVG's size in pixels: its viewBox (an exported SVG's canvas is its pixel size; QImage reads
// its width and height in millimetres at 90 dpi, not the 96 they were written at).
inline QSize svgPixelSize(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    if (!xml.readNextStartElement() || xml.name() != u"svg")
        return {};
    const auto box = xml.attributes().value(QStringLiteral("viewBox")).split(u' ', Qt::SkipEmptyParts);
    return box.size() == 4 ? QSize(box[2].toInt(), box[3].toInt()) : QSize();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace dateline::test
