// TimelinePainter: the frame around the lanes — the time axis, the lane headers and the overview
// band.
#include "core/render/timelinepainter.h"

#include "core/index/indexentry.h"
#include "core/model/actorlabel.h"
#include "core/render/paintprimitives.h"
#include "core/render/rendercache.h"

#include <QDataStream>
#include <QIODevice>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace dateline {

using namespace paint;

namespace {

// The end of an actor code that fits in `width`, "…REB" of "COGREB" (empty when not even that
// fits): GDELT's codes start with the country, which namesakes often share, and end with the role
// (REB, GOV, CVL) that tells them apart.
QString codeTail(RenderCache &cache, const QFont &font, const QString &code, double width)
{
    for (qsizetype cut = 0; cut + 1 < code.size(); ++cut) {
        const QString tail = cut == 0 ? code : QChar(0x2026) + code.mid(cut + 1);
        if (cache.textWidth(font, tail) <= width)
            return tail;
    }
    return {};
}

// A lane header's title in `width`. Of two lanes of one name ("Sanor — COGREB"), the name comes
// first and keeps all the room but that of the code's last three letters; the code fills what is
// left from its end. (The name used to give way to the whole code: "S… — COGREB".)
QString headerTitle(RenderCache &cache, const QFont &font, const LaneItem &lane, double width)
{
    if (cache.textWidth(font, lane.label) <= width)
        return lane.label;
    if (!lane.code.isEmpty()) {
        const double separatorW = cache.textWidth(font, labelWithCode(QString(), lane.code)) - cache.textWidth(font, lane.code);
        const QString shortest = lane.code.size() <= 3 ? lane.code : QChar(0x2026) + lane.code.right(3);
        const double nameRoom = width - separatorW - cache.textWidth(font, shortest);
        const QString name = cache.textWidth(font, lane.name) <= nameRoom ? lane.name : cache.elided(font, lane.name, nameRoom);
        const QString code = codeTail(cache, font, lane.code, width - separatorW - cache.textWidth(font, name));
        if (name.size() > 1 && !code.isEmpty())
            return labelWithCode(name, code);
    }
    // (what fits is drawn whole: elision works in 6 px steps)
    return cache.elided(font, lane.label, width);
}

} // namespace

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
    // a tick's label that would run past the right edge is left out, not shown cut ("1" for "19" at
    // the edge of an exported page)
    const auto fits = [&](const Tick &t, const QFont &f) { return t.x + 3 + m_cache->textWidth(f, t.label) <= axis.right(); };
    for (const Tick &t : layout.ticks.major) {
        if (t.x > axis.left() + 1 && fits(t, majorFont))
            drawText(p, majorFont, QRectF(t.x + 3, axis.top(), 400, mid - axis.top()), t.label, raster);
    }
    p.setPen(palette.mutedText);
    for (const Tick &t : layout.ticks.minor) {
        if (fits(t, font))
            drawText(p, font, QRectF(t.x + 3, mid, 200, axis.bottom() - mid), t.label, raster);
    }
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
        QString title = headerTitle(*m_cache, font, lane, labelRect.width());
        drawText(p, font, labelRect, title, raster);
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
