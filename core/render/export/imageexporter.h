#pragma once

#include "core/render/export/exportplan.h"
#include "core/render/export/exportrequest.h"
#include "core/render/scene.h"

#include <QImage>
#include <QString>

#include <memory>

class QIODevice;
class QPainter;
class QPagedPaintDevice;

namespace dateline {

class Document;

// Exports the timeline as PNG, SVG or PDF, or prints it, through the one TimelinePainter: each
// picture is an ExportPlan (layouts computed on a copy of the scene, as on screen) painted with
// a header, legend, footer, quote numbers and, for PDF, tiles and a "Quotes and sources" appendix.
// Never touches the caller's scene, view or index. The document (may be null: no quotes, no
// subsets) supplies quotes and sources and must outlive the exporter, like scene.index.
class ImageExporter {
public:
    ImageExporter(const Document *document, const Scene &scene);

    // Validates, renders (in memory) and writes atomically: on any failure, a full disk included,
    // no file is left behind, an existing file is untouched, and errorMessage says why.
    bool write(const ExportRequest &request, const QString &path, QString *errorMessage) const;
    // The same into an open device (no atomicity of its own).
    bool write(const ExportRequest &request, QIODevice &device, QString *errorMessage) const;

    // The first page as an image of the plan's pixelSize (request.pixelSize, taller when the lanes
    // need it; device pixels, with its ratio): the PNG picture, the clipboard image; for a PDF
    // request, page one fitted into request.pixelSize.
    // Null on a bad request.
    QImage renderImage(const ExportRequest &request, QString *errorMessage = nullptr) const;
    // The first page laid out exactly as exported, scaled down to fit box (dialog previews).
    QImage renderThumbnail(const ExportRequest &request, QSize box, QString *errorMessage = nullptr) const;
    static QImage renderThumbnail(const ExportPlan &plan, QSize box, QString *errorMessage = nullptr);

    // Prints (or writes to any paged device) every page: tiles, then the appendix. The request's
    // page settings are ignored; the device's page is used, its margins respected.
    bool print(QPagedPaintDevice &device, const ExportRequest &request, QString *errorMessage) const;

    std::unique_ptr<ExportPlan> plan(const ExportRequest &request) const;
    static int pageCount(const ExportPlan &plan); // tiles + appendix pages
    // Paints page `page` in canvas coordinates (logical pixels, origin at the canvas' top left).
    static void paintPage(QPainter &painter, const ExportPlan &plan, int page);

private:
    bool writePng(const ExportRequest &request, QIODevice &device, QString *errorMessage) const;
    bool writeSvg(const ExportRequest &request, QIODevice &device, QString *errorMessage) const;
    bool writePdf(const ExportRequest &request, QIODevice &device, QString *errorMessage) const;

    const Document *m_document;
    Scene m_scene;
};

} // namespace dateline
