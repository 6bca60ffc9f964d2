#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

namespace dateline {

// Marks fixed spans of a read-only article (dates, quotations, a web page's furniture) in its
// document's layout, block by block as they are shown. Extra selections would do it too, but the
// text edit measures every one of them on each change: thousands of dates in one long paragraph
// took seconds per selection there, and a highlighter's formats cost nothing after the first layout.
class ArticleHighlighter : public QSyntaxHighlighter {
public:
    explicit ArticleHighlighter(QTextDocument *document);

    // Adds a layer of spans in document positions (end exclusive); a later layer's format is merged
    // over an earlier one's where they overlap. Call rehighlight() after the last.
    void addLayer(std::vector<std::pair<int, int>> spans, const QTextCharFormat &format);
    void clearLayers();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Layer {
        std::vector<std::pair<int, int>> spans; // by start
        std::vector<int> reach;                 // reach[i]: the furthest end among spans[0..i]
        QTextCharFormat format;
    };
    void mergeFormat(int from, int to, const QTextCharFormat &format);

    std::vector<Layer> m_layers;
};

} // namespace dateline
