#include "app/gui/history/historydelegate.h"

#include "app/gui/history/historymodel.h"

#include <QApplication>
#include <QPainter>

namespace dateline {

namespace {

constexpr int kMargin = 6;

int timeColumnWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("Yesterday 00:00")) + 2 * kMargin;
}

} // namespace

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const bool undone = index.data(HistoryModel::UndoneRole).toBool();
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor text = selected ? opt.palette.color(group, QPalette::HighlightedText) : opt.palette.color(group, QPalette::Text);
    // An undone step's text is already greyed by the model (ForegroundRole) and struck out.
    QColor muted = text;
    muted.setAlphaF(undone ? 0.75f : 0.6f);

    painter->save();
    const QRect r = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    const int timeWidth = timeColumnWidth(opt.fontMetrics);
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QString time = index.data(HistoryModel::TimeTextRole).toString();
    painter->drawText(QRect(r.left(), r.top(), timeWidth - kMargin, r.height()), Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(time, Qt::ElideRight, timeWidth - kMargin));
    painter->setPen(text);
    const QRect labelRect(r.left() + timeWidth, r.top(), std::max(0, r.width() - timeWidth), r.height());
    painter->drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(label, Qt::ElideRight, labelRect.width()));
    painter->restore();
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return {timeColumnWidth(opt.fontMetrics) + opt.fontMetrics.horizontalAdvance(opt.text) + 2 * kMargin,
            opt.fontMetrics.height() + 8};
}

} // namespace dateline
