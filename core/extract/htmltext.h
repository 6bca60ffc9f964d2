#pragma once

#include <QString>

#include <optional>

#include <vector>

namespace dateline::extract {

// Plain text from HTML for the tagger: tags removed, script/style/head content dropped, block
// elements (p, div, li, h1-h6, br, tr...) turned into line breaks so paragraphs stay paragraphs,
// runs of spaces collapsed as a browser would, character references decoded (named, &#NN; and
// &#xHH;). Offsets reported later refer to the returned text.
//
// Page furniture — navigation, asides, the page's (not the article's) header and footer, and
// blocks whose class, id or role says navigation, related links, sharing, newsletter, cookie
// notice, comments or advertising — stays in the text (offsets must not depend on a guess) but
// is reported, so that a "Most read" list or a footer's date proposes no event. The page, its
// <main> and <article> are never furniture, nor is a block with more than 4/5 of the text.
struct TextSpan {
    int start = 0;
    int end = 0; // exclusive
};

class HtmlText {
public:
    struct Result {
        QString text;
        std::vector<TextSpan> furniture; // in text order, not overlapping
    };
    static bool looksLikeHtml(const QString &text);
    static Result convert(const QString &html);
    static QString toPlainText(const QString &html) { return convert(html).text; }
    // "amp" -> "&", "#8217" -> "’"; "" for a reference to nothing visible ("shy"), nullopt if unknown
    static std::optional<QString> decodeEntity(QStringView name);
};

} // namespace dateline::extract
