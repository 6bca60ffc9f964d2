#include "core/render/timelinepainter.h"

#include "core/index/indexentry.h"
#include "core/render/paintprimitives.h"
#include "core/render/rendercache.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <cstring>

namespace dateline {

using namespace paint;

TimelinePainter::TimelinePainter(RenderCache *cache)
    : m_own(cache ? nullptr : new RenderCache)
    , m_cache(cache ? cache : m_own.get())
{
}

TimelinePainter::~TimelinePainter() = default;

Layout TimelinePainter::render(QPainter &painter, const Viewport &viewport, const Scene &scene,
                               const Palette &palette) const
{
    Layout layout = Layout::compute(viewport, scene, m_cache);
    paint(painter, layout, palette);
    return layout;
}

void TimelinePainter::paint(QPainter &p, const Layout &layout, const Palette &palette) const
{
    const bool raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRectF(QPointF(0, 0), layout.viewport.size), palette.background);

    p.save();
    p.setClipRect(layout.laneArea);
    paintLanes(p, layout, palette);
    paintGrid(p, layout, palette);
    paintEraNames(p, layout, palette);
    paintBands(p, layout, palette, raster);
    p.setRenderHint(QPainter::Antialiasing, true);
    paintShapes(p, layout, palette, raster);
    paintMore(p, layout, palette, raster);
    paintArrows(p, layout, palette);
    paintLabels(p, layout, palette, raster);
    paintCallouts(p, layout, palette, raster);
    if (layout.todayX) {
        p.setPen(QPen(palette.today, 1.5));
        p.drawLine(QLineF(*layout.todayX, layout.laneArea.top(), *layout.todayX, layout.laneArea.bottom()));
    }
    p.restore();

    p.setRenderHint(QPainter::Antialiasing, false);
    paintAxis(p, layout, palette, raster);
    paintHeaders(p, layout, palette, raster);
    paintOverview(p, layout, palette, raster);
    p.restore();
}

void TimelinePainter::drawText(QPainter &p, const QFont &font, const QRectF &rect, const QString &text,
                               bool raster, Qt::Alignment align) const
{
    if (text.isEmpty())
        return;
    if (raster && align == Qt::AlignLeft) {
        const QStaticText &st = m_cache->staticText(font, text);
        const double y = rect.top() + (rect.height() - st.size().height()) / 2;
        p.setFont(font);
        p.drawStaticText(QPointF(rect.left(), y), st);
        return;
    }
    p.setFont(font);
    p.drawText(rect, int(align | Qt::AlignVCenter | Qt::TextSingleLine), text);
}

void TimelinePainter::paintLanes(QPainter &p, const Layout &layout, const Palette &palette) const
{
    const QColor alternate = over(palette.laneBackground, 200, palette.background);
    for (const LaneItem &lane : layout.lanes) {
        if (lane.alternate)
            p.fillRect(lane.body, alternate);
    }
    for (const EraItem &era : layout.eras)
        p.fillRect(era.rect, era.color.isValid() ? withAlpha(era.color, 50) : palette.eraBand);
    for (const LaneItem &lane : layout.lanes)
        horizontalRule(p, lane.body.bottom(), lane.body.left(), lane.body.right(), palette.laneSeparator);
}

void TimelinePainter::paintEraNames(QPainter &p, const Layout &layout, const Palette &palette) const
{
    const QFont &font = layout.options.axisFont;
    const QFontMetricsF metrics(font);
    for (const EraItem &era : layout.eras) {
        // names along the bottom edge, where they do not cover the first lane's labels; on a patch
        // of the background, so the grid does not run through them (events still draw over them)
        const QRectF r(std::max(era.rect.left(), layout.laneArea.left()) + 4, layout.laneArea.bottom() - kEraNameStrip,
                       std::max(0.0, era.rect.width() - 8), kEraNameStrip - 2);
        const QString name = m_cache->elided(font, era.name, r.width());
        if (name.isEmpty())
            continue;
        p.fillRect(QRectF(r.left() - 2, r.top(), std::min(r.width(), metrics.horizontalAdvance(name)) + 4, r.height()),
                   withAlpha(palette.background, 220));
        p.setPen(palette.mutedText);
        drawText(p, font, r, name, false);
    }
}

void TimelinePainter::paintGrid(QPainter &p, const Layout &layout, const Palette &palette) const
{
    const double top = layout.laneArea.top(), bottom = layout.laneArea.bottom();
    for (const Tick &t : layout.ticks.minor)
        verticalRule(p, t.x, top, bottom, palette.gridMinor);
    for (const Tick &t : layout.ticks.major)
        verticalRule(p, t.x, top, bottom, palette.gridMajor);
}

void TimelinePainter::paintBands(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    for (const DensityBand &band : layout.bands) {
        const LaneItem &lane = layout.lanes[std::size_t(band.laneItem)];
        QColor tint = band.tint.isValid() ? band.tint : palette.neutralEvent;
        if (lane.cameoRoot > 0) {
            tint = palette.eventColor(IndexEntry::quadOfRoot(lane.cameoRoot));
        }
        const auto columns = int(band.alpha.size());
        if (raster && columns > 0) {
            // the band at its final size, so drawing it is a plain blend (a scaled image goes
            // through the raster engine's slow transforming fetch)
            const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
            const bool plain = p.transform().type() <= QTransform::TxTranslate;
            const int width = plain ? int(std::ceil(columns * dpr)) : columns;
            const int height = plain ? std::max(1, int(std::round(band.rect.height() * dpr))) : 1;
            QImage &image = m_cache->scratch(QSize(width, height));
            uchar *bits = image.bits();
            auto *first = reinterpret_cast<QRgb *>(bits);
            for (int x = 0; x < width; ++x) {
                const auto c = std::size_t(std::min(columns - 1, int(x / (plain ? dpr : 1.0))));
                first[x] = qPremultiply(qRgba(tint.red(), tint.green(), tint.blue(), band.alpha[c]));
            }
            const qsizetype stride = image.bytesPerLine();
            for (int y = 1; y < height; ++y)
                std::memcpy(bits + y * stride, first, std::size_t(width) * sizeof(QRgb));
            const QRectF source(0, 0, width, height);
            if (plain) {
                const QPointF at(band.rect.left(), std::round(band.rect.top() * dpr) / dpr);
                p.drawImage(QRectF(at, QSizeF(width / dpr, height / dpr)), image, source);
            } else {
                p.drawImage(QRectF(band.rect.left(), band.rect.top(), columns, band.rect.height()), image, source);
            }
            continue;
        }
        // vectors: runs of equal (quantised) alpha as rectangles, so files stay small
        for (int c = 0; c < columns;) {
            const int level = band.alpha[std::size_t(c)] >> 5;
            int end = c + 1;
            while (end < columns && band.alpha[std::size_t(end)] >> 5 == level)
                ++end;
            if (band.alpha[std::size_t(c)] > 0)
                p.fillRect(QRectF(band.rect.left() + c, band.rect.top(), end - c, band.rect.height()),
                           withAlpha(tint, std::min(255, level * 32 + 40)));
            c = end;
        }
    }
}

void TimelinePainter::paintShapes(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    // bars are axis-aligned: without antialiasing the raster engine fills them as spans
    p.setRenderHint(QPainter::Antialiasing, !raster);
    const double m = layout.options.markerSize / 2;
    for (const EventShape &s : layout.shapes) {
        QColor color = palette.eventColor(s.quad);
        if (s.status == EventStatus::Denied)
            color = palette.mutedText;
        if (s.faint)
            color = withAlpha(color, 120);
        const bool hollow = isHollow(s.status);
        const QPointF c = s.rect.center();
        if (s.kind == ShapeKind::Point) {
            if (s.whiskerRight - s.whiskerLeft > 2 * m) {
                p.setPen(QPen(withAlpha(color, 150), 1));
                p.drawLine(QLineF(s.whiskerLeft, c.y(), s.whiskerRight, c.y()));
                p.drawLine(QLineF(s.whiskerLeft, c.y() - 3, s.whiskerLeft, c.y() + 3));
                p.drawLine(QLineF(s.whiskerRight, c.y() - 3, s.whiskerRight, c.y() + 3));
            }
            if (raster) {
                const QImage &sprite = m_cache->diamond(color.rgba(), palette.background.rgba(), hollow,
                                                        2 * m, dpr);
                const double half = double(sprite.width()) / dpr / 2;
                p.drawImage(QPointF(std::round((c.x() - half) * dpr) / dpr, std::round((c.y() - half) * dpr) / dpr),
                            sprite);
            } else {
            const QPointF diamond[4] = {{c.x(), c.y() - m}, {c.x() + m, c.y()}, {c.x(), c.y() + m}, {c.x() - m, c.y()}};
            if (hollow) {
                p.setPen(QPen(color, 1.5));
                p.setBrush(palette.background);
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(color);
            }
            p.drawConvexPolygon(diamond, 4);
            }
        } else {
            const QRectF core(s.coreLeft, s.rect.top(), std::max(0.0, s.coreRight - s.coreLeft), s.rect.height());
            p.setPen(Qt::NoPen);
            if (s.coreLeft > s.rect.left())
                p.fillRect(QRectF(s.rect.left(), s.rect.top() + 3, s.coreLeft - s.rect.left(), s.rect.height() - 6),
                           withAlpha(color, 70));
            if (s.coreRight < s.rect.right())
                p.fillRect(QRectF(s.coreRight, s.rect.top() + 3, s.rect.right() - s.coreRight, s.rect.height() - 6),
                           withAlpha(color, 70));
            if (hollow) {
                // dashes only on short bars: stroking long dashed outlines dominates a frame
                p.setPen(QPen(color, 1.2, core.width() < 300 ? Qt::DashLine : Qt::SolidLine));
                p.setBrush(withAlpha(color, 40));
                p.drawRect(core.adjusted(0.5, 0.5, -0.5, -0.5));
            } else {
                p.fillRect(core, color);
            }
        }
        if (s.selected || s.hovered) {
            p.setPen(QPen(s.selected ? palette.selection : palette.hover, 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(s.rect.adjusted(-2, -2, 2, 2));
        }
        if (s.hasQuotes) {
            p.fillRect(QRectF(s.rect.right() - 1.5, s.rect.top() - 2.5, 4, 4), palette.quoteMarker);
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setRenderHint(QPainter::Antialiasing, true);
}

void TimelinePainter::paintArrows(QPainter &p, const Layout &layout, const Palette &palette) const
{
    for (const ArrowItem &a : layout.arrows) {
        QPainterPath path(a.from);
        const double dx = a.to.x() - a.from.x();
        const QPointF c1(a.from.x() + dx / 3, a.from.y() - 18);
        const QPointF c2(a.to.x() - dx / 3, a.to.y() - 18);
        path.cubicTo(c1, c2, a.to);
        p.setPen(QPen(palette.relation, 1.2, a.kind == RelationKind::Contradicts ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        const double angle = std::atan2(a.to.y() - c2.y(), a.to.x() - c2.x());
        const QPointF head[3] = {a.to, a.to - QPointF(7 * std::cos(angle - 0.4), 7 * std::sin(angle - 0.4)),
                                 a.to - QPointF(7 * std::cos(angle + 0.4), 7 * std::sin(angle + 0.4))};
        p.setPen(Qt::NoPen);
        p.setBrush(palette.relation);
        p.drawConvexPolygon(head, 3);
    }
    for (const std::vector<QPointF> &link : layout.links) {
        p.setPen(QPen(palette.selection, 1, Qt::DashLine));
        p.drawPolyline(link.data(), int(link.size()));
    }
    p.setBrush(Qt::NoBrush);
}

// Where a lane had no row for more events: a muted box over its last row, with the count when
// it fits.
void TimelinePainter::paintMore(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    for (const MoreItem &m : layout.more) {
        p.setPen(QPen(palette.mutedText, 1, Qt::DotLine));
        p.setBrush(withAlpha(palette.mutedText, 40));
        p.drawRect(m.rect.adjusted(0.5, 0.5, -0.5, -0.5));
        const QFont &font = layout.options.labelFont;
        if (m_cache->textWidth(font, m.text) + 8 <= m.rect.width()) {
            p.setPen(palette.text);
            drawText(p, font, m.rect.adjusted(4, 0, -4, 0), m.text, raster);
        }
    }
    p.setBrush(Qt::NoBrush);
}

void TimelinePainter::paintLabels(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    for (const LabelItem &l : layout.labels) {
        QColor color = palette.text;
        if (l.onBar) {
            const EventShape &s = layout.shapes[std::size_t(l.shape)];
            const bool onCore = l.rect.left() >= s.coreLeft && l.rect.right() <= s.coreRight + 1;
            if (!isHollow(s.status) && !s.faint && onCore)
                color = palette.kind == Palette::Kind::Dark ? QColor(0x10, 0x12, 0x14) : QColor(Qt::white);
        }
        if (l.emphasized)
            color = palette.kind == Palette::Kind::Dark ? palette.selection : palette.text;
        p.setPen(color);
        drawText(p, layout.options.labelFont, l.rect, l.text, raster);
    }
}

void TimelinePainter::paintCallouts(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    const QFont quoteFont = layout.options.quoteFont();
    for (const CalloutItem &c : layout.callouts) {
        p.setPen(QPen(palette.calloutBorder, 1));
        const QPointF joint(std::clamp(c.anchor.x(), c.rect.left() + 6, c.rect.right() - 6),
                            c.anchor.y() < c.rect.top() ? c.rect.top() : c.rect.bottom());
        p.drawLine(c.anchor, joint);
        p.setBrush(palette.calloutBackground);
        p.drawRoundedRect(c.rect, 4, 4);
        const double lineH = c.rect.height() / 2;
        p.setPen(palette.text);
        drawText(p, c.italic ? quoteFont : layout.options.labelFont,
                 QRectF(c.rect.left() + 6, c.rect.top(), c.rect.width() - 12, lineH), c.quote, raster);
        p.setPen(palette.mutedText);
        drawText(p, layout.options.labelFont, QRectF(c.rect.left() + 6, c.rect.top() + lineH, c.rect.width() - 12, lineH),
                 c.speaker, raster);
    }
    p.setBrush(Qt::NoBrush);
}

} // namespace dateline
