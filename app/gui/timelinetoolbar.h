#pragma once

#include "core/index/lanegrouping.h"

#include <QToolBar>

class QComboBox;

namespace dateline {

class TimelineView;

// The timeline's tool bar: lane grouping (single lane, actor, event type, country, tag) and the
// view's zoom and go-to actions. It follows the view, so a grouping set in code shows here too.
class TimelineToolBar : public QToolBar {
    Q_OBJECT
public:
    explicit TimelineToolBar(TimelineView *view, QWidget *parent = nullptr);

    QComboBox *groupingCombo() const { return m_grouping; }

private:
    void showGrouping(LaneGrouping grouping);

    TimelineView *m_view;
    QComboBox *m_grouping;
};

} // namespace dateline
