#include "app/gui/timelinetoolbar.h"

#include "app/gui/timelineview.h"

#include <QComboBox>
#include <QLabel>

namespace dateline {

TimelineToolBar::TimelineToolBar(TimelineView *view, QWidget *parent)
    : QToolBar(tr("Timeline"), parent)
    , m_view(view)
    , m_grouping(new QComboBox(this))
{
    setObjectName(QStringLiteral("timelineToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_grouping->setObjectName(QStringLiteral("laneGrouping"));
    const std::pair<LaneGrouping, QString> items[] = {
        {LaneGrouping::None, tr("Single lane")},   {LaneGrouping::Actor, tr("Actor")},
        {LaneGrouping::EventType, tr("Event type")}, {LaneGrouping::Country, tr("Country")},
        {LaneGrouping::Tag, tr("Tag")},
    };
    for (const auto &[grouping, text] : items)
        m_grouping->addItem(text, int(grouping));
    auto *label = new QLabel(tr("Lanes:"), this);
    label->setBuddy(m_grouping);
    label->setContentsMargins(4, 0, 4, 0);
    addWidget(label);
    addWidget(m_grouping);
    addSeparator();
    addAction(view->action(TimelineView::Command::ZoomIn));
    addAction(view->action(TimelineView::Command::ZoomOut));
    addAction(view->action(TimelineView::Command::Fit));
    addAction(view->action(TimelineView::Command::GoToDate));

    showGrouping(view->grouping());
    connect(m_grouping, &QComboBox::activated, this, [this](int row) {
        m_view->setGrouping(LaneGrouping(m_grouping->itemData(row).toInt()));
    });
    connect(view, &TimelineView::groupingChanged, this, &TimelineToolBar::showGrouping);
}

void TimelineToolBar::showGrouping(LaneGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

} // namespace dateline
