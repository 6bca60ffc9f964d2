#include "app/gui/search/searchmarks.h"

#include "core/render/layout.h"

#include <QPainter>

#include <algorithm>

namespace dateline {

namespace {

// One colour on light and dark palettes alike, apart from the selection's orange.
const QColor kMarkColor(230, 40, 140);

} // namespace

bool SearchMarks::contains(EventId id) const
{
    return std::binary_search(events.begin(), events.end(), id);
}

void paintSearchMarks(QPainter &painter, const Layout &layout, const SearchMarks &marks)
{
    if (marks.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setClipRect(layout.laneArea);
    painter.setPen(QPen(kMarkColor, 2));
    for (const EventShape &s : layout.shapes) {
        if (!marks.contains(s.id))
            continue;
        const QRectF r = s.rect.adjusted(-3.5, -3.5, 3.5, 3.5);
        if (s.kind == ShapeKind::Point)
            painter.drawEllipse(r);
        else
            painter.drawRoundedRect(r, 3, 3);
    }
    const OverviewItem &o = layout.overview;
    if (!o.rect.isEmpty()) {
        painter.setClipRect(o.rect);
        painter.setPen(QPen(kMarkColor, 1));
        const double left = o.rect.left() + 4, right = o.rect.right() - 4;
        const double top = o.rect.top() + 2, bottom = o.rect.top() + std::min(12.0, o.rect.height() / 3);
        int lastColumn = std::numeric_limits<int>::min();
        for (TimePoint day : marks.days) { // sorted: one line per pixel column
            const double x = o.scale.toX(day);
            const int column = int(std::floor(x));
            if (column == lastColumn || x < left || x > right)
                continue;
            lastColumn = column;
            painter.drawLine(QPointF(column + 0.5, top), QPointF(column + 0.5, bottom));
        }
    }
    painter.restore();
}

} // namespace dateline
