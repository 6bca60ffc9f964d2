#include "core/extract/codepointmap.h"

namespace dateline::extract {

CodePointMap::CodePointMap(const QString &text)
{
    bool any = false;
    for (const QChar c : text)
        any = any || c.isLowSurrogate();
    if (!any)
        return;
    m_surrogatesBefore.resize(size_t(text.size()) + 1, 0);
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        m_surrogatesBefore[size_t(i)] = count;
        if (text.at(i).isLowSurrogate())
            ++count;
    }
    m_surrogatesBefore[size_t(text.size())] = count;
}

int CodePointMap::toCodePoint(int utf16Offset) const
{
    if (m_surrogatesBefore.empty() || utf16Offset < 0)
        return utf16Offset;
    const size_t i = std::min(size_t(utf16Offset), m_surrogatesBefore.size() - 1);
    return utf16Offset - m_surrogatesBefore[i];
}

} // namespace dateline::extract
