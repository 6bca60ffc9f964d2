#include "exportbench.h"

#include "core/index/eventtextcache.h"
#include "core/index/timeindex.h"
#include "core/render/export/imageexporter.h"
#include "core/render/timelinepainter.h"
#include "core/store/document.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace dateline::bench {

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Written {
    double seconds = 0;
    qint64 bytes = 0;
};

Written timedWrite(const ImageExporter &exporter, const ExportRequest &request, const QString &outDir,
                   const QString &name)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QElapsedTimer t;
    t.start();
    QString error;
    if (!exporter.write(request, buffer, &error))
        std::fprintf(stderr, "dateline-exportbench: %s: %s\n", qPrintable(name), qPrintable(error));
    Written w{double(t.nsecsElapsed()) / 1e9, buffer.size()};
    if (!outDir.isEmpty()) {
        QFile f(QDir(outDir).filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(buffer.data());
    }
    return w;
}

} // namespace

QJsonObject measureExport(const QString &documentPath, const QString &outDir)
{
    QString error;
    const std::unique_ptr<Document> doc = Document::open(documentPath, OpenMode::ReadOnly, &error);
    if (!doc) {
        std::fprintf(stderr, "dateline-exportbench: %s\n", qPrintable(error));
        return {};
    }
    const TimeIndex index = TimeIndex::load(*doc, LaneGrouping::Actor);
    const EventTextCache texts(*doc);
    Scene scene;
    scene.index = &index;
    scene.texts = &texts;
    const ImageExporter exporter(doc.get(), scene);

    ExportRequest png;
    png.pixelSize = QSize(3840, 2160);
    png.title = QStringLiteral("Benchmark timeline");
    png.parts |= ExportPart::Legend | ExportPart::SourcesFooter;
    std::vector<double> render, renderCpu, paintOnly;
    double pageCold = 0, pageWarm = 0;
    QImage image;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        image = exporter.renderImage(png, &error);
        render.push_back(double(t.nsecsElapsed()) / 1e6);
        renderCpu.push_back(threadCpuMs() - cpu0);
    }
    {
        // the one painter alone on the export's layout, for comparison with the whole page
        const auto plan = exporter.plan(png);
        QImage scratch(image.size(), image.format());
        scratch.setDevicePixelRatio(image.devicePixelRatio());
        for (int i = 0; i < 2; ++i) {
            const double cpu0 = threadCpuMs();
            QPainter p(&scratch);
            ImageExporter::paintPage(p, *plan, 0);
            p.end();
            (i == 0 ? pageCold : pageWarm) = threadCpuMs() - cpu0;
        }
        for (int i = 0; i < 3; ++i) {
            const double cpu0 = threadCpuMs();
            QPainter p(&scratch);
            TimelinePainter(&plan->cache()).paint(p, plan->tiles().front().layout, plan->palette());
            p.end();
            paintOnly.push_back(threadCpuMs() - cpu0);
        }
    }
    // where the time goes: layout alone, layout + quote numbering, painting
    ExportRequest bare = png;
    bare.parts = ExportPart::None;
    std::vector<double> planBare, planFull;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        (void)exporter.plan(bare);
        planBare.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        (void)exporter.plan(png);
        planFull.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    QBuffer pngBytes;
    pngBytes.open(QIODevice::WriteOnly);
    QElapsedTimer encode;
    encode.start();
    image.save(&pngBytes, "PNG");
    const double encodeMs = double(encode.nsecsElapsed()) / 1e6;

    if (!outDir.isEmpty())
        image.save(QDir(outDir).filePath(QStringLiteral("export-1m.png")));

    ExportRequest svg = png;
    svg.format = ExportFormat::Svg;
    svg.pixelSize = QSize(1920, 1080);
    const Written svgOut = timedWrite(exporter, svg, outDir, QStringLiteral("export-1m.svg"));

    ExportRequest pdf = png;
    pdf.format = ExportFormat::Pdf;
    const Written pdfOut = timedWrite(exporter, pdf, outDir, QStringLiteral("export-1m.pdf"));
    ExportRequest pdfAppendix = pdf;
    pdfAppendix.parts |= ExportPart::Appendix;
    pdfAppendix.tiles = 4;
    const Written appendixOut = timedWrite(exporter, pdfAppendix, outDir, QStringLiteral("export-1m-appendix.pdf"));
    const auto plan = exporter.plan(pdfAppendix);

    return {
        {QStringLiteral("png_3840x2160_render_ms"), median(render)},
        {QStringLiteral("png_3840x2160_render_ms_max"), *std::max_element(render.begin(), render.end())},
        {QStringLiteral("png_3840x2160_render_cpu_ms"), median(renderCpu)},
        {QStringLiteral("png_3840x2160_timeline_paint_cpu_ms"), median(paintOnly)},
        {QStringLiteral("png_3840x2160_page_paint_cold_cpu_ms"), pageCold},
        {QStringLiteral("png_3840x2160_page_paint_warm_cpu_ms"), pageWarm},
        {QStringLiteral("png_3840x2160_encode_ms"), encodeMs},
        {QStringLiteral("png_3840x2160_layout_ms"), median(planBare)},
        {QStringLiteral("png_3840x2160_layout_and_quotes_ms"), median(planFull)},
        {QStringLiteral("png_3840x2160_bytes"), double(pngBytes.size())},

        {QStringLiteral("svg_s"), svgOut.seconds},
        {QStringLiteral("svg_bytes"), double(svgOut.bytes)},
        {QStringLiteral("pdf_s"), pdfOut.seconds},
        {QStringLiteral("pdf_bytes"), double(pdfOut.bytes)},
        {QStringLiteral("pdf_4_tiles_appendix_s"), appendixOut.seconds},
        {QStringLiteral("pdf_4_tiles_appendix_bytes"), double(appendixOut.bytes)},
        {QStringLiteral("pdf_4_tiles_appendix_pages"), ImageExporter::pageCount(*plan)},
        {QStringLiteral("appendix_quotes"), double(plan->notes().notes().size())},
    };
}

} // namespace dateline::bench
