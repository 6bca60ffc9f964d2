#include "core/extract/htmltext.h"

#include <QHash>
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

QString HtmlText::decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X')) ? name.mid(2).toUInt(&ok, 16)
                                                                                  : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    static const QHash<QString, char16_t> named = {
        {QStringLiteral("amp"), u'&'}, {QStringLiteral("lt"), u'<'}, {QStringLiteral("gt"), u'>'},
        {QStringLiteral("quot"), u'"'}, {QStringLiteral("apos"), u'\''}, {QStringLiteral("nbsp"), u' '},
        {QStringLiteral("ndash"), u'\u2013'}, {QStringLiteral("mdash"), u'\u2014'}, {QStringLiteral("lsquo"), u'\u2018'},
        {QStringLiteral("rsquo"), u'\u2019'}, {QStringLiteral("ldquo"), u'\u201C'}, {QStringLiteral("rdquo"), u'\u201D'},
        {QStringLiteral("hellip"), u'\u2026'}, {QStringLiteral("laquo"), u'\u00AB'}, {QStringLiteral("raquo"), u'\u00BB'},
        {QStringLiteral("eacute"), u'\u00E9'}, {QStringLiteral("egrave"), u'\u00E8'}, {QStringLiteral("aacute"), u'\u00E1'},
        {QStringLiteral("oacute"), u'\u00F3'}, {QStringLiteral("uuml"), u'\u00FC'}, {QStringLiteral("ouml"), u'\u00F6'},
        {QStringLiteral("auml"), u'\u00E4'}, {QStringLiteral("ccedil"), u'\u00E7'}, {QStringLiteral("copy"), u'\u00A9'},
        {QStringLiteral("middot"), u'\u00B7'}, {QStringLiteral("bull"), u'\u2022'}, {QStringLiteral("shy"), u'\u00AD'}};
    const auto it = named.constFind(name.toString());
    return it == named.constEnd() ? QString() : QString(QChar(it.value()));
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

} // namespace

HtmlText::Result HtmlText::convert(const QString &html)
{
    Result result;
    QString &out = result.text;
    // The outermost furniture element open, counted by its name (HTML nests divs in divs); one
    // never closed is forgotten rather than made to swallow the rest of the page.
    QString furnitureTag;
    int furnitureDepth = 0;
    int furnitureStart = 0; // -1: furniture is open but has no text yet
    int articleDepth = 0; // open <article> and <main> elements
    out.reserve(html.size());
    const int n = int(html.size());
    bool pendingSpace = false;
    int pendingBreaks = 0;
    // A table row's cells are joined by a dash, as a chronology's line is: "12 April 2025 — First
    // round of talks in Muscat" (they ran together: "2025First")
    bool pendingCell = false;
    int cellsInRow = 0;
    bool crossedTag = false; // a tag since the last text
    auto put = [&](QStringView s) {
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
    };
    for (int i = 0; i < n;) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.mid(i, 4) == u"<!--") {
                const int e = int(html.indexOf(QStringLiteral("-->"), i + 4));
                i = e < 0 ? n : e + 3;
                continue;
            }
            const int close = int(html.indexOf(u'>', i + 1));
            if (close < 0) {
                put(QStringView(html).mid(i, 1));
                ++i;
                continue;
            }
            const QStringView inside = QStringView(html).mid(i + 1, close - i - 1);
            const bool end = inside.startsWith(u'/');
            int k = end ? 1 : 0;
            while (k < inside.size() && (inside[k].isLetterOrNumber()))
                ++k;
            const QStringView name = inside.mid(end ? 1 : 0, k - (end ? 1 : 0));
            i = close + 1;
            if (!end && (name.compare(u"script", Qt::CaseInsensitive) == 0 || name.compare(u"style", Qt::CaseInsensitive) == 0
                         || name.compare(u"head", Qt::CaseInsensitive) == 0)) {
                // Skip to the matching end tag.
                const QString endTag = QStringLiteral("</") + name.toString();
                const int e = int(html.indexOf(endTag, i, Qt::CaseInsensitive));
                const int e2 = e < 0 ? -1 : int(html.indexOf(u'>', e));
                i = e2 < 0 ? n : e2 + 1;
                continue;
            }
            if (isBlock(name))
                pendingBreaks = std::max(pendingBreaks, name.compare(u"br", Qt::CaseInsensitive) == 0 ? 1 : 2);
            if (!end && name.compare(u"tr", Qt::CaseInsensitive) == 0)
                cellsInRow = 0;
            if (!end && (name.compare(u"td", Qt::CaseInsensitive) == 0 || name.compare(u"th", Qt::CaseInsensitive) == 0))
                pendingCell = cellsInRow++ > 0;
            const bool selfClosing = inside.endsWith(u'/') || isVoid(name);
            if (name.compare(u"article", Qt::CaseInsensitive) == 0 || name.compare(u"main", Qt::CaseInsensitive) == 0)
                articleDepth = std::max(0, articleDepth + (end ? -1 : selfClosing ? 0 : 1));
            if (!end && !selfClosing) {
                if (furnitureDepth > 0 && name.compare(furnitureTag, Qt::CaseInsensitive) == 0) {
                    ++furnitureDepth;
                } else if (furnitureDepth == 0 && !name.isEmpty() && startsFurniture(name, inside, articleDepth > 0)) {
                    furnitureTag = name.toString();
                    furnitureDepth = 1;
                    furnitureStart = -1;
                }
            } else if (end && furnitureDepth > 0 && name.compare(furnitureTag, Qt::CaseInsensitive) == 0
                       && --furnitureDepth == 0) {
                if (furnitureStart >= 0 && out.size() > furnitureStart)
                    result.furniture.push_back({furnitureStart, int(out.size())});
            }
            crossedTag = true;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            ++i;
            continue;
        }
        if (c == u'&') {
            int e = i + 1;
            while (e < n && e - i < 12 && (html.at(e).isLetterOrNumber() || html.at(e) == u'#'))
                ++e;
            if (e < n && html.at(e) == u';') {
                const QString decoded = decodeEntity(QStringView(html).mid(i + 1, e - i - 1));
                if (!decoded.isEmpty()) {
                    if (decoded == u" ")
                        pendingSpace = true;
                    else
                        put(decoded);
                    i = e + 1;
                    continue;
                }
            }
        }
        int e = i + 1;
        while (e < n && html.at(e) != u'<' && html.at(e) != u'&' && !html.at(e).isSpace())
            ++e;
        put(QStringView(html).mid(i, e - i));
        i = e;
    }
    // Furniture is the page's margin: a block holding nearly all the text was misread (a wrapper
    // with a class word the list did not foresee), and the article is in it.
    std::erase_if(result.furniture, [&out](const TextSpan &r) { return 5 * qsizetype(r.end - r.start) > 4 * out.size(); });
    return result;
}

} // namespace dateline::extract
