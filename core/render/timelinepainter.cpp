#include "core/render/timelinepainter.h"

#include "core/index/indexentry.h"
#include "core/render/rendercache.h"

#include <QBuffer>
#include <QDataStream>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <cstring>

namespace dateline {

namespace {

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha * c.alpha() / 255);
    return c;
}

bool isHollow(EventStatus s)
{
    return s == EventStatus::Planned || s == EventStatus::Announced || s == EventStatus::Denied;
}

// `top` at `alpha` over an opaque `bottom`, as one opaque colour: filling with it costs a store per
// pixel where a translucent fill costs a blend.
QColor over(const QColor &top, int alpha, const QColor &bottom)
{
    const double a = alpha * top.alphaF() / 255.0;
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
                            float(top.greenF() * a + bottom.greenF() * (1 - a)),
                            float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

// Hairlines along the axes as one-pixel rectangles: the raster engine fills rectangles span by
// span, but walks cosmetic lines pixel by pixel. The same pixels as a 0-width pen, without
// antialiasing.
void verticalRule(QPainter &p, double x, double top, double bottom, const QColor &color)
{
    p.fillRect(QRectF(std::round(x), top, 1, bottom - top), color);
}

void horizontalRule(QPainter &p, double y, double left, double right, const QColor &color)
{
    p.fillRect(QRectF(left, std::floor(y), right - left, 1), color);
}

} // namespace

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
    paintBands(p, layout, palette, raster);
    p.setRenderHint(QPainter::Antialiasing, true);
    paintShapes(p, layout, palette, raster);
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
    p.setPen(palette.mutedText);
    for (const EraItem &era : layout.eras) {
        // names along the bottom edge, where they do not cover the first lane's labels
        const QRectF r(std::max(era.rect.left(), layout.laneArea.left()) + 4, layout.laneArea.bottom() - 16,
                       std::max(0.0, era.rect.width() - 8), 14);
        drawText(p, layout.options.axisFont, r, m_cache->elided(layout.options.axisFont, era.name, r.width()),
                 false);
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
        drawText(p, quoteFont, QRectF(c.rect.left() + 6, c.rect.top(), c.rect.width() - 12, lineH), c.quote, raster);
        p.setPen(palette.mutedText);
        drawText(p, layout.options.labelFont, QRectF(c.rect.left() + 6, c.rect.top() + lineH, c.rect.width() - 12, lineH),
                 c.speaker, raster);
    }
    p.setBrush(Qt::NoBrush);
}

void TimelinePainter::paintAxis(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    const QRectF &axis = layout.axisRect;
    p.fillRect(axis, palette.axisBackground);
    p.fillRect(QRectF(0, 0, layout.options.headerWidth, axis.height()), palette.headerBackground);
    p.save();
    p.setClipRect(axis);
    const double mid = axis.top() + axis.height() / 2;
    const QFont &font = layout.options.axisFont;
    QFont majorFont = font;
    majorFont.setBold(true);
    for (const Tick &t : layout.ticks.major)
        verticalRule(p, t.x, axis.top(), axis.bottom(), palette.gridMajor);
    for (const Tick &t : layout.ticks.minor)
        verticalRule(p, t.x, mid + 8, axis.bottom(), palette.gridMajor);
    p.setPen(palette.text);
    // The context label (the period at the left edge) is sticky but yields: the next major label
    // pushes it out to the left, as sticky section headers do, so that label is always shown. Once
    // pushed past the edge it is hidden rather than shown cut ("008").
    const double contextWidth = m_cache->textWidth(majorFont, layout.ticks.context);
    double contextX = axis.left() + 4;
    for (const Tick &t : layout.ticks.major) {
        if (t.x > axis.left() + 1) {
            contextX = std::min(contextX, t.x - 12 - contextWidth);
            break;
        }
    }
    if (contextX >= axis.left())
        drawText(p, majorFont, QRectF(contextX, axis.top(), contextWidth + 8, mid - axis.top()), layout.ticks.context,
                 raster);
    for (const Tick &t : layout.ticks.major) {
        if (t.x > axis.left() + 1)
            drawText(p, majorFont, QRectF(t.x + 3, axis.top(), 400, mid - axis.top()), t.label, raster);
    }
    p.setPen(palette.mutedText);
    for (const Tick &t : layout.ticks.minor)
        drawText(p, font, QRectF(t.x + 3, mid, 200, axis.bottom() - mid), t.label, raster);
    p.restore();
    p.setPen(QPen(palette.laneSeparator, 0));
    p.drawLine(QLineF(0, axis.bottom() - 0.5, layout.viewport.size.width(), axis.bottom() - 0.5));
}

void TimelinePainter::paintHeaders(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    const QRectF &column = layout.headerColumn;
    const double dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    if (!raster || p.transform().type() > QTransform::TxTranslate || column.isEmpty()) {
        paintHeaderColumn(p, layout, palette, raster);
        return;
    }
    // Panning and zooming leave the column as it is: draw it once, then blit it.
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << column << dpr << palette.headerBackground << palette.headerText << palette.mutedText
        << palette.laneSeparator << layout.options.headerFont.key() << layout.options.axisFont.key();
    for (const LaneItem &lane : layout.lanes)
        out << lane.header << lane.label << lane.count << lane.collapsed << lane.cameoRoot;
    const QRectF area(0, 0, column.right(), column.bottom()); // the image starts at the origin
    const QSize pixels(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    const QImage &image = m_cache->layer(QStringLiteral("headers"), key, pixels, dpr, [&](QPainter &q) {
        paintHeaderColumn(q, layout, palette, true);
    });
    p.drawImage(QPointF(0, 0), image);
}

void TimelinePainter::paintHeaderColumn(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    const QRectF &column = layout.headerColumn;
    p.fillRect(column, palette.headerBackground);
    p.save();
    p.setClipRect(column);
    const QFont &font = layout.options.headerFont;
    QFont countFont = layout.options.axisFont;
    for (const LaneItem &lane : layout.lanes) {
        const QRectF &h = lane.header;
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(palette.mutedText);
        const QPointF c = lane.toggle.center();
        if (lane.collapsed) {
            const QPointF tri[3] = {{c.x() - 3, c.y() - 5}, {c.x() + 4, c.y()}, {c.x() - 3, c.y() + 5}};
            p.drawConvexPolygon(tri, 3);
        } else {
            const QPointF tri[3] = {{c.x() - 5, c.y() - 3}, {c.x() + 5, c.y() - 3}, {c.x(), c.y() + 4}};
            p.drawConvexPolygon(tri, 3);
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        double x = lane.toggle.right() + 4;
        if (lane.cameoRoot > 0) {
            p.fillRect(QRectF(x, lane.toggle.top() + 2, 8, 10), palette.eventColor(IndexEntry::quadOfRoot(lane.cameoRoot)));
            x += 12;
        }
        const QString count = QString::number(lane.count);
        const double countW = m_cache->textWidth(countFont, count);
        const QRectF labelRect(x, h.top(), h.right() - x - countW - 10, std::min(h.height(), 18.0));
        p.setPen(palette.headerText);
        drawText(p, font, labelRect, m_cache->elided(font, lane.label, labelRect.width()), raster);
        p.setPen(palette.mutedText);
        drawText(p, countFont, QRectF(h.right() - countW - 6, h.top(), countW + 2, std::min(h.height(), 18.0)), count,
                 raster);
        p.setPen(QPen(palette.laneSeparator, 0));
        p.drawLine(QLineF(h.left(), h.bottom() - 0.5, h.right(), h.bottom() - 0.5));
    }
    p.restore();
    p.setPen(QPen(palette.laneSeparator, 0));
    p.drawLine(QLineF(column.right() - 0.5, 0, column.right() - 0.5, column.bottom()));
}

void TimelinePainter::paintOverview(QPainter &p, const Layout &layout, const Palette &palette, bool raster) const
{
    const OverviewItem &o = layout.overview;
    if (o.rect.isEmpty())
        return;
    p.fillRect(o.rect, palette.overviewBackground);
    p.setPen(QPen(palette.laneSeparator, 0));
    p.drawLine(QLineF(o.rect.left(), o.rect.top() + 0.5, o.rect.right(), o.rect.top() + 0.5));
    const QRectF inner = o.rect.adjusted(4, 4, -4, -4);
    const auto columns = std::size_t(o.histogram.size());
    if (raster && inner.height() >= 1 && columns > 0) {
        // one image of bars: two thousand fillRect calls cost more than the pixels they cover
        const QImage &bars = m_cache->histogramBars(o.histogram, inner.height(), palette.overviewHistogram.rgba(),
                                                    palette.overviewBackground.rgba());
        const int rows = bars.height();
        p.drawImage(QPointF(inner.left(), inner.bottom() - rows), bars);
    } else {
        // runs of equal bar height as rectangles: a path with thousands of edges rasterises slowly
        for (std::size_t c = 0; c < columns;) {
            const double height = std::round(double(o.histogram[c]) * inner.height());
            std::size_t end = c + 1;
            while (end < columns && std::round(double(o.histogram[end]) * inner.height()) == height)
                ++end;
            if (height > 0)
                p.fillRect(QRectF(inner.left() + double(c), inner.bottom() - height, double(end - c), height),
                           palette.overviewHistogram);
            c = end;
        }
    }
    p.setBrush(palette.overviewWindow);
    p.setPen(QPen(withAlpha(palette.overviewWindow, 255), 1));
    p.drawRect(o.window);
    p.setBrush(Qt::NoBrush);
}

} // namespace dateline
