#pragma once

// Small drawing helpers shared by the painter's files (timelinepainter*.cpp); not a public API.
#include "core/model/event.h"

#include <QColor>
#include <QPainter>
#include <QRectF>

#include <cmath>

namespace dateline::paint {

inline QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha * c.alpha() / 255);
    return c;
}

inline bool isHollow(EventStatus s)
{
    return s == EventStatus::Planned || s == EventStatus::Announced || s == EventStatus::Denied;
}

// `top` at `alpha` over an opaque `bottom`, as one opaque colour: filling with it costs a store per
// pixel where a translucent fill costs a blend.
inline QColor over(const QColor &top, int alpha, const QColor &bottom)
{
    const double a = alpha * top.alphaF() / 255.0;
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
                            float(top.greenF() * a + bottom.greenF() * (1 - a)),
                            float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

// Hairlines along the axes as one-pixel rectangles: the raster engine fills rectangles span by
// span, but walks cosmetic lines pixel by pixel. The same pixels as a 0-width pen, without
// antialiasing.
inline void verticalRule(QPainter &p, double x, double top, double bottom, const QColor &color)
{
    p.fillRect(QRectF(std::round(x), top, 1, bottom - top), color);
}

inline void horizontalRule(QPainter &p, double y, double left, double right, const QColor &color)
{
    p.fillRect(QRectF(left, std::floor(y), right - left, 1), color);
}


} // namespace dateline::paint
