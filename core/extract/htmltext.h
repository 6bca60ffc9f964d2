#pragma once

#include <QString>

namespace dateline::extract {

// Plain text from HTML for the tagger: tags removed, script/style/head content dropped, block
// elements (p, div, li, h1-h6, br, tr...) turned into line breaks so paragraphs stay paragraphs,
// runs of spaces collapsed as a browser would, character references decoded (named, &#NN; and
// &#xHH;). Offsets reported later refer to the returned text.
class HtmlText {
public:
    static bool looksLikeHtml(const QString &text);
    static QString toPlainText(const QString &html);
    static QString decodeEntity(QStringView name); // "amp" -> "&", "#8217" -> "’"; empty if unknown
};

} // namespace dateline::extract
