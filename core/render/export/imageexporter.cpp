#include "core/render/export/imageexporter.h"

#include "core/io/savefile.h"
#include "core/render/export/appendixpainter.h"
#include "core/render/export/pagedecorator.h"
#include "core/render/timelinepainter.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace dateline {

namespace {

constexpr double kLogicalDpi = 96;

// Control characters (other than tab and line breaks) and U+FFFE/U+FFFF may not appear in XML,
// not even as references, and QSvgGenerator copies them from text as they are: each becomes
// U+FFFD. UTF-8 multi-byte sequences never hold bytes below 0x80, so bytes can be mended alone.
QByteArray xmlSafe(const QByteArray &xml)
{
    static const QByteArray kReplacement("\xEF\xBF\xBD");
    QByteArray out;
    out.reserve(xml.size());
    for (qsizetype i = 0; i < xml.size(); ++i) {
        const auto c = quint8(xml[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += kReplacement;
        } else if (c == 0xEF && i + 2 < xml.size() && quint8(xml[i + 1]) == 0xBF
                   && (quint8(xml[i + 2]) == 0xBE || quint8(xml[i + 2]) == 0xBF)) {
            out += kReplacement;
            i += 2;
        } else {
            out += char(c);
        }
    }
    return out;
}

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

} // namespace

ImageExporter::ImageExporter(const Document *document, const Scene &scene)
    : m_document(document)
    , m_scene(scene)
{
}

std::unique_ptr<ExportPlan> ImageExporter::plan(const ExportRequest &request) const
{
    return std::make_unique<ExportPlan>(m_document, m_scene, request);
}

int ImageExporter::pageCount(const ExportPlan &plan)
{
    return int(plan.tiles().size() + plan.appendixPages().size());
}

void ImageExporter::paintPage(QPainter &p, const ExportPlan &plan, int page)
{
    const Palette &pal = plan.palette();
    const int tiles = int(plan.tiles().size());
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), plan.canvas()), pal.background);
    if (page < tiles) {
        const TimelineTile &tile = plan.tiles()[std::size_t(page)];
        PageDecorator::paintHeader(p, plan);
        p.save();
        p.translate(tile.rect.topLeft());
        p.setClipRect(QRectF(QPointF(0, 0), tile.rect.size()));
        TimelinePainter(&plan.cache()).paint(p, tile.layout, pal);
        PageDecorator::paintQuoteNumbers(p, plan, page);
        PageDecorator::paintOverlapMarks(p, plan, page);
        p.restore();
        PageDecorator::paintLegend(p, plan);
        PageDecorator::paintFooter(p, plan, page, pageCount(plan));
    } else {
        const auto &pages = plan.appendixPages();
        const std::size_t i = std::size_t(page - tiles);
        if (i < pages.size())
            AppendixPainter::paint(p, plan, pages[i], page, tiles + int(pages.size()));
    }
    p.restore();
}

bool ImageExporter::write(const ExportRequest &request, const QString &path, QString *errorMessage) const
{
    if (const QString problem = request.validate(); !problem.isEmpty())
        return fail(errorMessage, problem);
    // Rendered in memory first (at most the 20 MB the export budget allows): the SVG and PDF
    // writers do not notice a failed write to a file, and a full disk would give a truncated one.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString why;
    if (!write(request, buffer, &why))
        return fail(errorMessage, QStringLiteral("cannot write %1: %2").arg(path, why));
    if (!writeFileAtomically(path, bytes, &why))
        return fail(errorMessage, QStringLiteral("cannot write %1: %2").arg(path, why));
    return true;
}

bool ImageExporter::write(const ExportRequest &request, QIODevice &device, QString *errorMessage) const
{
    if (const QString problem = request.validate(); !problem.isEmpty())
        return fail(errorMessage, problem);
    switch (request.format) {
    case ExportFormat::Png: return writePng(request, device, errorMessage);
    case ExportFormat::Svg: return writeSvg(request, device, errorMessage);
    case ExportFormat::Pdf: return writePdf(request, device, errorMessage);
    }
    return fail(errorMessage, QStringLiteral("unknown format"));
}

QImage ImageExporter::renderImage(const ExportRequest &request, QString *errorMessage) const
{
    if (request.format == ExportFormat::Pdf)
        return renderThumbnail(request, request.pixelSize, errorMessage);
    ExportRequest raster = request;
    if (raster.format == ExportFormat::Svg)
        raster.devicePixelRatio = 1; // an SVG's canvas is its pixel size
    raster.format = ExportFormat::Png;
    if (const QString problem = raster.validate(); !problem.isEmpty()) {
        fail(errorMessage, problem);
        return {};
    }
    const auto p = plan(raster);
    QImage image(p->pixelSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        fail(errorMessage, QStringLiteral("not enough memory for a %1x%2 image")
                               .arg(p->pixelSize().width()).arg(p->pixelSize().height()));
        return {};
    }
    image.setDevicePixelRatio(raster.devicePixelRatio);
    QPainter painter(&image);
    paintPage(painter, *p, 0);
    painter.end();
    return image;
}

QImage ImageExporter::renderThumbnail(const ExportRequest &request, QSize box, QString *errorMessage) const
{
    if (const QString problem = request.validate(); !problem.isEmpty()) {
        fail(errorMessage, problem);
        return {};
    }
    return renderThumbnail(*plan(request), box, errorMessage);
}

QImage ImageExporter::renderThumbnail(const ExportPlan &plan, QSize box, QString *errorMessage)
{
    const double k = std::min(box.width() / plan.canvas().width(), box.height() / plan.canvas().height());
    const QSize size = (plan.canvas() * k).toSize().expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        fail(errorMessage, QStringLiteral("not enough memory for the preview"));
        return {};
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(k, k);
    paintPage(painter, plan, 0);
    painter.end();
    return image;
}

bool ImageExporter::writePng(const ExportRequest &request, QIODevice &device, QString *errorMessage) const
{
    const QImage image = renderImage(request, errorMessage);
    if (image.isNull())
        return false;
    if (!image.save(&device, "PNG"))
        return fail(errorMessage, QStringLiteral("cannot encode the PNG image: %1").arg(device.errorString()));
    return true;
}

bool ImageExporter::writeSvg(const ExportRequest &request, QIODevice &device, QString *errorMessage) const
{
    const auto p = plan(request);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(p->pixelSize());
    svg.setViewBox(QRectF(QPointF(0, 0), p->canvas()));
    svg.setResolution(int(kLogicalDpi));
    // QSvgGenerator writes <title> and <desc> as given: a title is untrusted text.
    svg.setTitle((request.title.isEmpty() ? QStringLiteral("Timeline") : request.title).toHtmlEscaped());
    svg.setDescription(p->caption().toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(errorMessage, QStringLiteral("cannot start the SVG output"));
    paintPage(painter, *p, 0);
    painter.end();
    const QByteArray safe = xmlSafe(bytes);
    if (device.write(safe) != safe.size())
        return fail(errorMessage, device.errorString());
    return true;
}

bool ImageExporter::writePdf(const ExportRequest &request, QIODevice &device, QString *errorMessage) const
{
    const auto p = plan(request);
    QPdfWriter pdf(&device);
    pdf.setCreator(QStringLiteral("Dateline"));
    pdf.setTitle(request.title.isEmpty() ? QStringLiteral("Timeline") : request.title);
    pdf.setResolution(int(kLogicalDpi));
    const QPageSize size(request.pageSizeMm(), QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    if (!pdf.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter)))
        return fail(errorMessage, QStringLiteral("the PDF writer refused the page size"));
    const double k = kLogicalDpi / 25.4;
    const QPointF origin(request.marginsMm.left() * k, request.marginsMm.top() * k);
    const QSizeF page = request.pageSizeLogical();
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(errorMessage, QStringLiteral("cannot start the PDF output"));
    const int pages = pageCount(*p);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !pdf.newPage()) {
            painter.end();
            return fail(errorMessage, QStringLiteral("cannot add page %1 to the PDF").arg(i + 1));
        }
        painter.fillRect(QRectF(QPointF(0, 0), page), p->palette().background);
        painter.save();
        painter.translate(origin);
        paintPage(painter, *p, i);
        painter.restore();
    }
    painter.end();
    return true;
}

bool ImageExporter::print(QPagedPaintDevice &device, const ExportRequest &request, QString *errorMessage) const
{
    // Lay out for the device's printable area, in 1/96 inch like the screen, then scale to it.
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const double scale = device.logicalDpiX() / kLogicalDpi;
    ExportRequest r = request;
    r.format = ExportFormat::Pdf;
    r.page = PageFormat::Custom;
    r.customPageMm = QSizeF(paint.width(), paint.height()) / scale * (25.4 / kLogicalDpi);
    r.orientation = paint.width() > paint.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    r.marginsMm = QMarginsF();
    if (const QString problem = r.validate(); !problem.isEmpty())
        return fail(errorMessage, problem);
    const auto p = plan(r);
    QPainter painter;
    if (!painter.begin(&device))
        return fail(errorMessage, QStringLiteral("cannot start printing"));
    painter.scale(scale, scale);
    const int pages = pageCount(*p);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return fail(errorMessage, QStringLiteral("cannot start page %1").arg(i + 1));
        }
        paintPage(painter, *p, i);
    }
    painter.end();
    return true;
}

} // namespace dateline
