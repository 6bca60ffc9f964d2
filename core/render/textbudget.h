#pragma once

#include <QElapsedTimer>

namespace dateline {

// How long one frame's labels and callouts may spend fetching titles and quotes and shaping text
// that no cache holds yet (LayoutOptions::textBudgetMs; 0 means no limit). Past it only cached
// text is used and the layout reports textPending, so a view that is zooming keeps its frame time
// and shows the remaining labels a frame or two later, as map renderers do. The first request of
// a frame is always granted, so every frame makes progress however small the budget.
class TextBudget {
public:
    explicit TextBudget(double milliseconds)
        : m_milliseconds(milliseconds)
    {
        m_clock.start();
    }
    bool grant()
    {
        if (!m_granted) {
            m_granted = true;
            return true;
        }
        return m_milliseconds <= 0 || double(m_clock.nsecsElapsed()) / 1e6 < m_milliseconds;
    }

private:
    QElapsedTimer m_clock;
    double m_milliseconds;
    bool m_granted = false;
};

} // namespace dateline
