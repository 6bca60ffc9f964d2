#include "app/gui/search/searchresultdelegate.h"

#include "app/gui/search/searchresultmodel.h"
#include "core/model/untrustedtext.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace dateline {

namespace {

constexpr int kMargin = 6;
constexpr int kGap = 2;

QColor highlightColor(const QPalette &palette)
{
    // A marker-pen yellow on light backgrounds, a deep amber on dark ones: readable either way.
    return palette.color(QPalette::Base).lightness() > 128 ? QColor(255, 221, 87) : QColor(138, 98, 0);
}

// One line of plain text at (x, y) no wider than width, the ranges on a highlight background;
// cut with "…" when too long. Returns the width used.
qreal drawLine(QPainter *painter, const QString &text, const std::vector<TextRange> &ranges, const QFont &font,
               const QColor &color, const QColor &highlight, QPointF at, qreal width)
{
    const QFontMetricsF metrics(font);
    // One line: a tab or line break in a title becomes a space (same length: the ranges still fit).
    QString shown = oneLine(text);
    if (metrics.horizontalAdvance(shown) > width)
        shown = metrics.elidedText(shown, Qt::ElideRight, width);
    QTextLayout layout(shown, font);
    QList<QTextLayout::FormatRange> formats;
    for (const TextRange &r : ranges) {
        if (r.start >= shown.size())
            continue;
        QTextLayout::FormatRange f;
        f.start = int(r.start);
        f.length = int(std::min(r.length, shown.size() - r.start));
        f.format.setBackground(highlight);
        formats.append(f);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(width + 1);
    layout.endLayout();
    painter->setPen(color);
    layout.draw(painter, at);
    return line.isValid() ? line.naturalTextWidth() : 0;
}

QString fieldLabel(SearchField field)
{
    switch (field) {
    case SearchField::Quote: return SearchResultDelegate::tr("quote: ");
    case SearchField::Name: return SearchResultDelegate::tr("name: ");
    default: return {};
    }
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
    const auto *hit = static_cast<const SearchHit *>(index.data(SearchResultModel::HitRole).value<const void *>());
    if (!hit)
        return;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);
    const QColor mark = highlightColor(opt.palette);
    const QFontMetricsF metrics(opt.font);
    const QRectF r = QRectF(opt.rect).adjusted(kMargin, kGap, -kMargin, -kGap);
    painter->save();
    painter->setClipRect(opt.rect);
    // line 1: date, title
    const QString date = hit->date.isValid() ? hit->date.toDisplayString() : tr("undated");
    qreal x = r.left();
    x += drawLine(painter, date, {}, opt.font, muted, mark, {x, r.top()}, r.width() * 0.4) + 2 * kMargin;
    QFont bold = opt.font;
    bold.setBold(true);
    drawLine(painter, hit->title, hit->titleMatches, bold, text, mark, {x, r.top()}, std::max<qreal>(0, r.right() - x));
    // line 2: the snippet
    if (!hit->snippet.isEmpty()) {
        const qreal y = r.top() + metrics.height() + kGap;
        qreal sx = r.left() + kMargin;
        const QString label = fieldLabel(hit->snippetField);
        if (!label.isEmpty())
            sx += drawLine(painter, label, {}, opt.font, muted, mark, {sx, y}, r.width() / 3);
        drawLine(painter, hit->snippet, hit->snippetMatches, opt.font, muted, mark, {sx, y},
                 std::max<qreal>(0, r.right() - sx));
    }
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, 2 * metrics.height() + 4 * kGap};
}

} // namespace dateline
