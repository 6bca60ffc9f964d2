#pragma once

#include "core/render/layout.h"
#include "core/render/palette.h"
#include "core/render/scene.h"

#include <memory>

class QPainter;

namespace dateline {

class RenderCache;

// The one painter: draws a Layout on any QPainter — a widget, a QImage (PNG), QSvgGenerator or
// QPdfWriter — in viewport logical pixels; the device pixel ratio of a QImage/widget makes it crisp,
// and for SVG/PDF the caller sets a transform mapping the viewport onto the page. Text is drawn as
// text (QStaticText from the cache on raster devices, drawText on vector devices) and density
// bands as images on raster devices but as run-length rectangles on vector devices.
// Stateless apart from its caches: the same layout and palette give the same picture.
class TimelinePainter {
public:
    explicit TimelinePainter(RenderCache *cache = nullptr); // null: owns a private cache
    ~TimelinePainter();

    void paint(QPainter &painter, const Layout &layout, const Palette &palette) const;

    // Lays out and paints in one call; returns the layout (for hit-testing).
    Layout render(QPainter &painter, const Viewport &viewport, const Scene &scene,
                  const Palette &palette) const;

    RenderCache &cache() const { return *m_cache; }

private:
    void paintLanes(QPainter &p, const Layout &layout, const Palette &palette) const;
    void paintGrid(QPainter &p, const Layout &layout, const Palette &palette) const;
    void paintEraNames(QPainter &p, const Layout &layout, const Palette &palette) const;
    void paintBands(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintShapes(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintMore(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintArrows(QPainter &p, const Layout &layout, const Palette &palette) const;
    void paintLabels(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintCallouts(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintAxis(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintHeaders(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintHeaderColumn(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void paintOverview(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const;
    void drawText(QPainter &p, const QFont &font, const QRectF &rect, const QString &text,
                  bool raster, Qt::Alignment align = Qt::AlignLeft) const;

    std::unique_ptr<RenderCache> m_own;
    RenderCache *m_cache;
};

} // namespace dateline
