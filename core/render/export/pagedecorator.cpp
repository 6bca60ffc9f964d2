#include "core/render/export/pagedecorator.h"

#include "core/model/cameo.h"
#include "core/model/untrustedtext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <functional>
#include <vector>

namespace dateline {

namespace {

constexpr double kTitleHeight = 30;
constexpr double kSubtitleHeight = 20;
constexpr double kCaptionHeight = 18;
constexpr double kLegendRow = 18;

double inset(const ExportRequest &r)
{
    return r.format == ExportFormat::Pdf ? 0 : 12;
}

QColor faded(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

void text(QPainter &p, const QFont &font, const QRectF &rect, const QString &s, Qt::Alignment align = Qt::AlignLeft)
{
    p.setFont(font);
    p.drawText(rect, int(align | Qt::AlignVCenter | Qt::TextSingleLine),
               QFontMetricsF(font).elidedText(oneLine(s), Qt::ElideRight, rect.width()));
}

void diamond(QPainter &p, QPointF c, double r, const QColor &color, const QColor &fill, bool hollow)
{
    const QPointF pts[4] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    p.setPen(hollow ? QPen(color, 1.5) : QPen(Qt::NoPen));
    p.setBrush(hollow ? fill : color);
    p.drawConvexPolygon(pts, 4);
}

} // namespace

QFont PageDecorator::font(const Scene &scene, double pixelSize, QFont::Weight weight)
{
    QFont f = scene.options.labelFont;
    f.setPixelSize(int(pixelSize));
    f.setWeight(weight);
    f.setItalic(false);
    return f;
}

double PageDecorator::headerHeight(const ExportRequest &r)
{
    double h = 0;
    if (!r.title.isEmpty())
        h += kTitleHeight;
    if (!r.subtitle.isEmpty())
        h += kSubtitleHeight;
    if (r.parts & ExportPart::DateCaption)
        h += kCaptionHeight;
    return h > 0 ? h + 6 : 0;
}

double PageDecorator::footerHeight(const ExportRequest &r)
{
    double h = r.parts & ExportPart::SourcesFooter ? kSourcesLines * kSourcesLineHeight + 4 : 0;
    if (r.format == ExportFormat::Pdf && r.tiles > 1)
        h += kStatusHeight;
    return h;
}

void PageDecorator::paintHeader(QPainter &p, const ExportPlan &plan)
{
    const ExportRequest &r = plan.request();
    const QRectF area = plan.headerRect().adjusted(inset(r), 4, -inset(r), 0);
    double y = area.top();
    const Palette &pal = plan.palette();
    if (!r.title.isEmpty()) {
        p.setPen(pal.text);
        text(p, font(plan.scene(), 22, QFont::Bold), QRectF(area.left(), y, area.width(), kTitleHeight), r.title);
        y += kTitleHeight;
    }
    if (!r.subtitle.isEmpty()) {
        p.setPen(pal.text);
        text(p, font(plan.scene(), 14), QRectF(area.left(), y, area.width(), kSubtitleHeight), r.subtitle);
        y += kSubtitleHeight;
    }
    if (r.parts & ExportPart::DateCaption) {
        p.setPen(pal.mutedText);
        text(p, font(plan.scene(), 12), QRectF(area.left(), y, area.width(), kCaptionHeight), plan.caption());
    }
}

namespace {

struct LegendItem {
    double symbolWidth;
    QString label;
    std::function<void(QPainter &, QRectF)> draw; // the symbol, drawn in its rect
};

struct LegendGroup {
    QString heading;
    std::vector<LegendItem> items;
};

std::vector<LegendGroup> legendGroups(const Palette &pal, bool numbers)
{
    std::vector<LegendGroup> groups(2);
    groups[0].heading = QStringLiteral("Event type");
    const cameo::QuadClass quads[] = {cameo::QuadClass::VerbalCooperation, cameo::QuadClass::MaterialCooperation,
                                      cameo::QuadClass::VerbalConflict, cameo::QuadClass::MaterialConflict,
                                      cameo::QuadClass::None};
    for (const cameo::QuadClass q : quads) {
        const QColor color = q == cameo::QuadClass::None ? pal.neutralEvent : pal.eventColor(q);
        groups[0].items.push_back({12, q == cameo::QuadClass::None ? QStringLiteral("no type") : cameo::quadClassName(q).toLower(),
                                   [color](QPainter &p, QRectF r) { p.fillRect(r.adjusted(0, 4, 0, -4), color); }});
    }
    // symbols, drawn like the timeline painter draws them
    groups[1].heading = QStringLiteral("Symbols");
    const QColor c = pal.eventColor(cameo::QuadClass::VerbalCooperation);
    const QColor bg = pal.background;
    auto &sym = groups[1].items;
    sym.push_back({10, QStringLiteral("occurred"), [=](QPainter &p, QRectF r) { diamond(p, r.center(), 4.5, c, bg, false); }});
    sym.push_back({10, QStringLiteral("planned or announced"),
                   [=](QPainter &p, QRectF r) { diamond(p, r.center(), 4.5, c, bg, true); }});
    sym.push_back({26, QStringLiteral("duration"), [=](QPainter &p, QRectF r) { p.fillRect(r.adjusted(0, 4, 0, -4), c); }});
    sym.push_back({28, QStringLiteral("uncertain bounds"), [=](QPainter &p, QRectF r) {
                       const double cy = r.center().y();
                       p.fillRect(QRectF(r.left(), cy - 2, 8, 4), faded(c, 70));
                       p.fillRect(QRectF(r.left() + 8, cy - 5, 12, 10), c);
                       p.fillRect(QRectF(r.left() + 20, cy - 2, 8, 4), faded(c, 70));
                   }});
    sym.push_back({24, QStringLiteral("fuzzy date"), [=](QPainter &p, QRectF r) {
                       const double cy = r.center().y();
                       p.setPen(QPen(faded(c, 150), 1));
                       p.drawLine(QLineF(r.left(), cy, r.right(), cy));
                       p.drawLine(QLineF(r.left(), cy - 3, r.left(), cy + 3));
                       p.drawLine(QLineF(r.right(), cy - 3, r.right(), cy + 3));
                       diamond(p, r.center(), 4.5, c, bg, false);
                   }});
    sym.push_back({12, numbers ? QStringLiteral("quoted [n]") : QStringLiteral("quoted"), [=](QPainter &p, QRectF r) {
                       diamond(p, r.center(), 4.5, c, bg, false);
                       p.setPen(Qt::NoPen);
                       p.setBrush(pal.quoteMarker);
                       p.drawEllipse(QPointF(r.center().x() + 4.5, r.center().y() - 4.5), 2.5, 2.5);
                   }});
    sym.push_back({26, QStringLiteral("many events (density)"), [=](QPainter &p, QRectF r) {
                       for (int i = 0; i < 26; ++i)
                           p.fillRect(QRectF(r.left() + i, r.top() + 4, 1, r.height() - 8), faded(pal.neutralEvent, 40 + i * 8));
                   }});
    return groups;
}

// Lays the groups out in rows of `width` (each group on a new row, wrapping its items under
// the heading column); paints them when p is given. Returns the number of rows.
int flowLegend(QPainter *p, const QFont &font, const Palette &pal, const std::vector<LegendGroup> &groups,
               const QRectF &area)
{
    constexpr double kHeading = 74;
    const QFontMetricsF fm(font);
    int rows = 0;
    for (const LegendGroup &g : groups) {
        double y = area.top() + rows * (kLegendRow + 2);
        ++rows;
        if (p) {
            p->setPen(pal.mutedText);
            text(*p, font, QRectF(area.left(), y, kHeading - 4, kLegendRow), g.heading);
        }
        double x = area.left() + kHeading;
        for (const LegendItem &item : g.items) {
            const double labelW = fm.horizontalAdvance(item.label) + 2;
            const double w = item.symbolWidth + 4 + labelW;
            if (x + w > area.right() && x > area.left() + kHeading) {
                x = area.left() + kHeading;
                y += kLegendRow + 2;
                ++rows;
            }
            if (p) {
                p->save();
                item.draw(*p, QRectF(x, y, item.symbolWidth, kLegendRow));
                p->restore();
                p->setPen(pal.text);
                text(*p, font, QRectF(x + item.symbolWidth + 4, y, labelW, kLegendRow), item.label);
            }
            x += w + 14;
        }
    }
    return rows;
}

} // namespace

double PageDecorator::legendHeight(const ExportRequest &r, const Scene &scene, double width)
{
    if (!(r.parts & ExportPart::Legend))
        return 0;
    const QRectF area(inset(r), 0, width - 2 * inset(r), 1e6);
    const int rows = flowLegend(nullptr, font(scene, 11), Palette::forKind(r.palette),
                                legendGroups(Palette::forKind(r.palette), true), area);
    return rows * (kLegendRow + 2) + 6;
}

void PageDecorator::paintLegend(QPainter &p, const ExportPlan &plan)
{
    const ExportRequest &r = plan.request();
    if (!(r.parts & ExportPart::Legend))
        return;
    const QRectF area = plan.legendRect().adjusted(inset(r), 4, -inset(r), 0);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    flowLegend(&p, font(plan.scene(), 11), plan.palette(),
               legendGroups(plan.palette(), bool(r.parts & ExportPart::QuoteNumbers)), area);
    p.restore();
}

void PageDecorator::paintFooter(QPainter &p, const ExportPlan &plan, int page, int pageCount)
{
    const ExportRequest &r = plan.request();
    const Palette &pal = plan.palette();
    const QRectF area = plan.footerRect().adjusted(inset(r), 0, -inset(r), 0);
    double y = area.top() + 4;
    if (r.parts & ExportPart::SourcesFooter) {
        const QFont f = font(plan.scene(), 10);
        QStringList lines = plan.notes().sourceLines();
        if (lines.isEmpty())
            lines << (plan.notes().isEmpty() ? QStringLiteral("No quotes in this view.")
                                             : QStringLiteral("The quotes shown have no recorded source."));
        if (lines.size() > kSourcesLines) {
            const qsizetype more = lines.size() - (kSourcesLines - 1);
            lines = lines.mid(0, kSourcesLines - 1);
            lines << QStringLiteral("… and %1 more sources%2").arg(more)
                         .arg(r.parts & ExportPart::Appendix ? QStringLiteral(" (see Quotes and sources)") : QString());
        }
        p.setPen(pal.mutedText);
        for (const QString &line : std::as_const(lines)) {
            text(p, f, QRectF(area.left(), y, area.width(), kSourcesLineHeight), line);
            y += kSourcesLineHeight;
        }
    }
    if (r.format == ExportFormat::Pdf && pageCount > 1) { // every page of several, the appendix's too
        p.setPen(pal.mutedText);
        text(p, font(plan.scene(), 10), QRectF(area.left(), area.bottom() - kStatusHeight, area.width(), kStatusHeight),
             QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount), Qt::AlignRight);
    }
}

void PageDecorator::paintQuoteNumbers(QPainter &p, const ExportPlan &plan, int tile)
{
    const TimelineTile &t = plan.tiles()[std::size_t(tile)];
    if (t.markers.empty())
        return;
    const Palette &pal = plan.palette();
    p.save();
    p.setClipRect(t.layout.laneArea);
    p.setFont(font(plan.scene(), 10, QFont::Bold));
    for (const QuoteMarker &m : t.markers) {
        p.fillRect(m.rect, faded(pal.background, 210));
        p.setPen(pal.quoteMarker);
        p.drawText(m.rect, int(Qt::AlignCenter | Qt::TextSingleLine), m.text);
    }
    p.restore();
}

void PageDecorator::paintOverlapMarks(QPainter &p, const ExportPlan &plan, int tile)
{
    const int n = int(plan.tiles().size());
    if (n < 2)
        return;
    const TimelineTile &t = plan.tiles()[std::size_t(tile)];
    const Layout &layout = t.layout;
    const Palette &pal = plan.palette();
    const QRectF lanes = layout.laneArea;
    const QFont f = font(plan.scene(), 10, QFont::Bold);
    p.save();
    p.setClipRect(lanes);
    auto mark = [&](double x, double shadeFrom, double shadeTo, const QString &label, Qt::Alignment align) {
        p.fillRect(QRectF(QPointF(shadeFrom, lanes.top()), QPointF(shadeTo, lanes.bottom())), faded(pal.mutedText, 28));
        p.setPen(QPen(pal.mutedText, 1, Qt::DashLine));
        p.drawLine(QLineF(x, lanes.top(), x, lanes.bottom()));
        // scissor-style ticks at both ends, so the cut survives trimming
        p.setPen(QPen(pal.text, 1.5));
        p.drawLine(QLineF(x - 5, lanes.top(), x + 5, lanes.top()));
        p.drawLine(QLineF(x - 5, lanes.bottom() - 1, x + 5, lanes.bottom() - 1));
        // beside the line on the side of the shaded overlap, or on the other side if it would be cut
        bool right = align == Qt::AlignLeft;
        if (right && x + 94 > lanes.right())
            right = false;
        else if (!right && x - 94 < lanes.left())
            right = true;
        const QRectF box = right ? QRectF(x + 4, lanes.top() + 2, 90, 14) : QRectF(x - 94, lanes.top() + 2, 90, 14);
        align = right ? Qt::AlignLeft : Qt::AlignRight;
        p.setPen(pal.text);
        text(p, f, box, label, align);
    };
    const TimeScale &scale = layout.viewport.scale;
    if (tile > 0)
        mark(scale.toX(t.from), lanes.left(), scale.toX(t.from), QStringLiteral("◂ page %1").arg(tile),
             Qt::AlignRight);
    if (tile + 1 < n)
        mark(scale.toX(t.to), scale.toX(t.to), lanes.right(), QStringLiteral("page %1 ▸").arg(tile + 2),
             Qt::AlignLeft);
    p.restore();
}

} // namespace dateline
