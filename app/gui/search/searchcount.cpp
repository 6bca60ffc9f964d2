#include "app/gui/search/searchcount.h"

#include <algorithm>

namespace dateline {

SearchCount::Shown SearchCount::show(const QString &text, std::int64_t total, bool lowerBound)
{
    const QString words = text.simplified();
    if (words != m_text) {
        m_text = words;
        m_largestBound = 0;
    }
    if (!lowerBound) // counted to the end: exact
        return {total, false};
    m_largestBound = std::max(m_largestBound, total);
    return {roundedDown(m_largestBound), true};
}

void SearchCount::forget()
{
    m_text.clear();
    m_largestBound = 0;
}

std::int64_t SearchCount::roundedDown(std::int64_t n)
{
    std::int64_t unit = 1;
    while (n / unit >= 100)
        unit *= 10;
    return n / unit * unit;
}

} // namespace dateline
