#include "core/extract/htmltext.h"

#include "core/io/interchange/htmltext.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dateline::extract {

bool HtmlText::looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("<(!DOCTYPE|html|body|p|div|br|span|a|head|article)[\\s>/]"),
                                        QRegularExpression::CaseInsensitiveOption);
    return tag.match(QStringView(text).left(4096)).hasMatch();
}

std::optional<QString> HtmlText::decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X')) ? name.mid(2).toUInt(&ok, 16)
                                                                                  : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::nullopt;
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return namedHtmlEntity(name); // the importers' table
}

namespace {

bool isBlock(QStringView tag)
{
    static const char *blocks[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                   "table", "blockquote", "section", "article", "header", "footer", "title", "hr",
                                   "pre", "dd", "dt", "dl", "figcaption", "figure", "caption", "aside", "nav", "main",
                                   "address", "details", "summary", "fieldset", "legend", "center", "option"};
    for (const char *b : blocks)
        if (tag.compare(QLatin1String(b), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool isVoid(QStringView tag)
{
    static const char *voids[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                                  "track", "wbr"};
    for (const char *v : voids)
        if (tag.compare(QLatin1String(v), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Whether an opening tag (its name, and the text between "<" and ">") starts page furniture.
bool startsFurniture(QStringView name, QStringView inside, bool inArticle)
{
    // Never the page or its article, whatever their classes say ("has-sidebar", "comments-enabled");
    // not <form> either, which some frameworks wrap around the whole body.
    static const char *containers[] = {"html", "body", "main", "article", "form"};
    for (const char *c : containers)
        if (name.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return false;
    static const char *elements[] = {"nav", "aside", "menu", "dialog"};
    for (const char *e : elements)
        if (name.compare(QLatin1String(e), Qt::CaseInsensitive) == 0)
            return true;
    // A header or footer of the page, not one of the article (its headline and standfirst).
    if (name.compare(u"header", Qt::CaseInsensitive) == 0 || name.compare(u"footer", Qt::CaseInsensitive) == 0)
        return !inArticle;
    static const QRegularExpression attribute(QStringLiteral("\\b(class|id|role)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"),
                                              QRegularExpression::CaseInsensitiveOption);
    // Whole words of a class or id ("site-nav", "related_links", "share bar"), so "lead" is no "ad".
    static const QSet<QString> words = {
        QStringLiteral("nav"), QStringLiteral("navbar"), QStringLiteral("navigation"), QStringLiteral("menu"),
        QStringLiteral("footer"), QStringLiteral("sidebar"), QStringLiteral("related"), QStringLiteral("promo"),
        QStringLiteral("newsletter"), QStringLiteral("cookie"), QStringLiteral("cookies"), QStringLiteral("consent"),
        QStringLiteral("share"), QStringLiteral("sharing"), QStringLiteral("social"), QStringLiteral("comment"),
        QStringLiteral("comments"), QStringLiteral("subscribe"), QStringLiteral("subscription"), QStringLiteral("ad"),
        QStringLiteral("ads"), QStringLiteral("advert"), QStringLiteral("advertisement"), QStringLiteral("breadcrumb"),
        QStringLiteral("breadcrumbs"), QStringLiteral("masthead"), QStringLiteral("mostread"), QStringLiteral("popular"),
        QStringLiteral("recommended"), QStringLiteral("trending"), QStringLiteral("outbrain"), QStringLiteral("taboola"),
        // an encyclopedia's reference marks and lists ("Archived from the original on 6 September 2014")
        QStringLiteral("reference"), QStringLiteral("references"), QStringLiteral("reflist"), QStringLiteral("footnotes"),
        QStringLiteral("endnotes"), QStringLiteral("citations")};
    static const QSet<QString> roles = {QStringLiteral("navigation"), QStringLiteral("banner"), QStringLiteral("contentinfo"),
                                        QStringLiteral("complementary"), QStringLiteral("search"), QStringLiteral("menu"),
                                        QStringLiteral("menubar"), QStringLiteral("dialog")};
    static const QRegularExpression separators(QStringLiteral("[\\s_-]+"));
    for (auto it = attribute.globalMatch(inside); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString value = (m.captured(2) + m.captured(3) + m.captured(4)).toLower();
        if (m.captured(1).compare(u"role", Qt::CaseInsensitive) == 0) {
            if (roles.contains(value.trimmed()))
                return true;
            continue;
        }
        const QStringList parts = value.split(separators, Qt::SkipEmptyParts);
        if (std::any_of(parts.begin(), parts.end(), [](const QString &w) { return words.contains(w); })
            || value.contains(u"most-read") || value.contains(u"most_read"))
            return true;
    }
    return false;
}

// One pass over the page, in order: markup, white space, character references and runs of text.
// What the last tags asked for (a space, a line break, a cell's dash) is written only before the
// next text, so that tags with nothing between them make one break, not several. Each step reads
// from an index of the page and returns where the page goes on.
class Converter {
public:
    explicit Converter(const QString &html) : html(html), n(int(html.size())) { out.reserve(html.size()); }

    HtmlText::Result run();

private:
    struct Tag {
        QStringView inside; // between "<" and ">"
        QStringView name;
        bool end = false;   // "</p>"
    };
    int markup(int i);
    int skipRaw(const Tag &tag, int i) const;
    void layout(const Tag &tag);
    void nesting(const Tag &tag);
    int reference(int i);
    int text(int i);
    void put(QStringView s);

    const QString &html;
    const int n;
    HtmlText::Result result;
    QString &out = result.text;
    // The outermost furniture element open, counted by its name (HTML nests divs in divs); one
    // never closed is forgotten rather than made to swallow the rest of the page.
    QString furnitureTag;
    int furnitureDepth = 0;
    int furnitureStart = 0; // -1: furniture is open but has no text yet
    int articleDepth = 0;   // open <article> and <main> elements
    bool pendingSpace = false;
    int pendingBreaks = 0;
    // A table row's cells are joined by a dash, as a chronology's line is: "12 April 2025 — First
    // round of talks in Muscat" (they ran together: "2025First")
    bool pendingCell = false;
    int cellsInRow = 0;
    bool crossedTag = false; // a tag since the last text
};

HtmlText::Result Converter::run()
{
    for (int i = 0; i < n;) {
        const QChar c = html.at(i);
        if (c == u'<') {
            i = markup(i);
        } else if (c.isSpace()) {
            pendingSpace = true;
            ++i;
        } else {
            i = c == u'&' ? reference(i) : text(i);
        }
    }
    // Furniture is the page's margin: a block holding nearly all the text was misread (a wrapper
    // with a class word the list did not foresee), and the article is in it.
    std::erase_if(result.furniture, [this](const TextSpan &r) { return 5 * qsizetype(r.end - r.start) > 4 * out.size(); });
    return std::move(result);
}

// A tag or a comment at i; a "<" that no ">" closes is text
int Converter::markup(int i)
{
    if (html.mid(i, 4) == u"<!--") {
        const int e = int(html.indexOf(QStringLiteral("-->"), i + 4));
        return e < 0 ? n : e + 3;
    }
    const int close = int(html.indexOf(u'>', i + 1));
    if (close < 0) {
        put(QStringView(html).mid(i, 1));
        return i + 1;
    }
    Tag tag;
    tag.inside = QStringView(html).mid(i + 1, close - i - 1);
    tag.end = tag.inside.startsWith(u'/');
    int k = tag.end ? 1 : 0;
    while (k < tag.inside.size() && (tag.inside[k].isLetterOrNumber()))
        ++k;
    tag.name = tag.inside.mid(tag.end ? 1 : 0, k - (tag.end ? 1 : 0));
    if (const int e = skipRaw(tag, close + 1); e >= 0)
        return e;
    layout(tag);
    nesting(tag);
    crossedTag = true;
    return close + 1;
}

// Script, style and the head are no text: past the matching end tag (-1: another tag)
int Converter::skipRaw(const Tag &tag, int i) const
{
    if (tag.end
        || (tag.name.compare(u"script", Qt::CaseInsensitive) != 0 && tag.name.compare(u"style", Qt::CaseInsensitive) != 0
            && tag.name.compare(u"head", Qt::CaseInsensitive) != 0))
        return -1;
    const QString endTag = QStringLiteral("</") + tag.name.toString();
    const int e = int(html.indexOf(endTag, i, Qt::CaseInsensitive));
    const int e2 = e < 0 ? -1 : int(html.indexOf(u'>', e));
    return e2 < 0 ? n : e2 + 1;
}

// A block starts a paragraph (<br> a line); a table's second cell on is joined by a dash
void Converter::layout(const Tag &tag)
{
    if (isBlock(tag.name))
        pendingBreaks = std::max(pendingBreaks, tag.name.compare(u"br", Qt::CaseInsensitive) == 0 ? 1 : 2);
    if (!tag.end && tag.name.compare(u"tr", Qt::CaseInsensitive) == 0)
        cellsInRow = 0;
    if (!tag.end && (tag.name.compare(u"td", Qt::CaseInsensitive) == 0 || tag.name.compare(u"th", Qt::CaseInsensitive) == 0))
        pendingCell = cellsInRow++ > 0;
}

// The article and the furniture elements open: the furniture's text is reported when it closes
void Converter::nesting(const Tag &tag)
{
    const QStringView name = tag.name;
    const bool selfClosing = tag.inside.endsWith(u'/') || isVoid(name);
    if (name.compare(u"article", Qt::CaseInsensitive) == 0 || name.compare(u"main", Qt::CaseInsensitive) == 0)
        articleDepth = std::max(0, articleDepth + (tag.end ? -1 : selfClosing ? 0 : 1));
    if (!tag.end && !selfClosing) {
        if (furnitureDepth > 0 && name.compare(furnitureTag, Qt::CaseInsensitive) == 0) {
            ++furnitureDepth;
        } else if (furnitureDepth == 0 && !name.isEmpty() && startsFurniture(name, tag.inside, articleDepth > 0)) {
            furnitureTag = name.toString();
            furnitureDepth = 1;
            furnitureStart = -1;
        }
    } else if (tag.end && furnitureDepth > 0 && name.compare(furnitureTag, Qt::CaseInsensitive) == 0 && --furnitureDepth == 0) {
        if (furnitureStart >= 0 && out.size() > furnitureStart)
            result.furniture.push_back({furnitureStart, int(out.size())});
    }
}

// A character reference at i ("&amp;", "&#8217;"); where there is none (an unknown name, no ";")
// the "&" starts text
int Converter::reference(int i)
{
    int e = i + 1;
    while (e < n && e - i < 12 && (html.at(e).isLetterOrNumber() || html.at(e) == u'#'))
        ++e;
    if (e >= n || html.at(e) != u';')
        return text(i);
    const std::optional<QString> decoded = HtmlText::decodeEntity(QStringView(html).mid(i + 1, e - i - 1));
    if (!decoded)
        return text(i);
    if (*decoded == u" ")
        pendingSpace = true;
    else if (!decoded->isEmpty()) // (a soft hyphen or a zero-width mark: nothing)
        put(*decoded);
    return e + 1;
}

// A run of text up to the next tag, reference or space
int Converter::text(int i)
{
    int e = i + 1;
    while (e < n && html.at(e) != u'<' && html.at(e) != u'&' && !html.at(e).isSpace())
        ++e;
    put(QStringView(html).mid(i, e - i));
    return e;
}

// Writes text, after what the markup before it asked for
void Converter::put(QStringView s)
{
    if (pendingBreaks && !out.isEmpty())
        out += pendingBreaks > 1 ? QStringLiteral("\n\n") : QStringLiteral("\n");
    else if (pendingCell && !out.isEmpty())
        out += QStringLiteral(" \u2014 ");
    else if (pendingSpace && !out.isEmpty())
        out += u' ';
    // "<time>February 20, 2025</time><span>6:42 PM</span>": digits of two elements are two numbers
    else if (crossedTag && !out.isEmpty() && out.back().isDigit() && !s.isEmpty() && s.front().isDigit())
        out += u' ';
    pendingBreaks = 0;
    pendingSpace = false;
    pendingCell = false;
    crossedTag = false;
    if (furnitureStart < 0) // furniture starts with its first text, after the break before it
        furnitureStart = int(out.size());
    out += s;
}

} // namespace

HtmlText::Result HtmlText::convert(const QString &html)
{
    return Converter(html).run();
}

} // namespace dateline::extract
