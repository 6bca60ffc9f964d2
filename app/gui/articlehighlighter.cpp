#include "app/gui/articlehighlighter.h"

#include <QTextBlock>

#include <algorithm>

namespace dateline {

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void ArticleHighlighter::addLayer(std::vector<std::pair<int, int>> spans, const QTextCharFormat &format)
{
    std::sort(spans.begin(), spans.end());
    Layer layer{std::move(spans), {}, format};
    layer.reach.reserve(layer.spans.size());
    int reach = 0;
    for (const auto &[start, end] : layer.spans)
        layer.reach.push_back(reach = std::max(reach, end));
    m_layers.push_back(std::move(layer));
}

void ArticleHighlighter::clearLayers()
{
    m_layers.clear();
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const Layer &layer : m_layers) {
        // Spans may overlap within a layer: start at the first one whose reach gets into the block.
        auto i = size_t(std::upper_bound(layer.reach.begin(), layer.reach.end(), blockStart) - layer.reach.begin());
        for (; i < layer.spans.size() && layer.spans[i].first < blockEnd; ++i) {
            const int from = std::max(layer.spans[i].first, blockStart) - blockStart;
            const int to = std::min(layer.spans[i].second, blockEnd) - blockStart;
            if (from < to)
                mergeFormat(from, to, layer.format);
        }
    }
}

void ArticleHighlighter::mergeFormat(int from, int to, const QTextCharFormat &format)
{
    // Run by run of one format, so that a date in a dimmed footer keeps both marks.
    while (from < to) {
        const QTextCharFormat under = this->format(from);
        int runEnd = from + 1;
        while (runEnd < to && this->format(runEnd) == under)
            ++runEnd;
        QTextCharFormat merged = under;
        merged.merge(format);
        setFormat(from, runEnd - from, merged);
        from = runEnd;
    }
}

} // namespace dateline
