#pragma once

#include "core/render/export/exportplan.h"

#include <QFont>

class QPainter;

namespace dateline {

// Draws what an export adds around the one timeline painter: the header (title, subtitle, date
// caption), the legend of colours and symbols, the sources footer, the quote numbers next to
// quoted events, and the overlap marks of tiled pages. Never draws the timeline itself.
class PageDecorator {
public:
    static constexpr double kSourcesLineHeight = 14;
    static constexpr int kSourcesLines = 3;
    static constexpr double kStatusHeight = 16;

    static QFont font(const Scene &scene, double pixelSize, QFont::Weight weight = QFont::Normal);
    static double headerHeight(const ExportRequest &request);
    static double legendHeight(const ExportRequest &request, const Scene &scene, double width);
    static double footerHeight(const ExportRequest &request);

    static void paintHeader(QPainter &p, const ExportPlan &plan);
    static void paintLegend(QPainter &p, const ExportPlan &plan);
    static void paintFooter(QPainter &p, const ExportPlan &plan, int page, int pageCount);
    // In tile-local coordinates, after the timeline painter.
    static void paintQuoteNumbers(QPainter &p, const ExportPlan &plan, int tile);
    static void paintOverlapMarks(QPainter &p, const ExportPlan &plan, int tile);
};

} // namespace dateline
