// A tolerant HTML-to-text reducer for untrusted interchange text. Not a browser: it only needs to
// keep the words, the links and the quotations, and to never let markup or scripts through.
#include "core/io/interchange/htmltext.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

// Text being built: runs of white space collapse to one space, breaks are requested and only
// written before the next word, so no trailing space or blank line survives.
struct TextBuilder {
    QString text;
    bool pendingSpace = false;
    int pendingBreaks = 0;

    void word(QStringView s)
    {
        if (!text.isEmpty()) {
            if (pendingBreaks > 0)
                text += QString(pendingBreaks, u'\n');
            else if (pendingSpace)
                text += u' ';
        }
        pendingSpace = false;
        pendingBreaks = 0;
        text += s;
    }
    void space() { pendingSpace = true; }
    void lineBreak(int count) { pendingBreaks = std::max(pendingBreaks, count); }
};

bool isSkippedElement(QStringView name)
{
    static const QStringList skipped = {u"script"_s, u"style"_s, u"iframe"_s, u"object"_s, u"embed"_s,
                                        u"template"_s, u"noscript"_s, u"svg"_s, u"math"_s, u"head"_s,
                                        u"title"_s, u"textarea"_s, u"select"_s};
    return skipped.contains(name.toString());
}

int breaksFor(QStringView name)
{
    static const QStringList paragraph = {u"p"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s,
                                          u"blockquote"_s, u"ul"_s, u"ol"_s, u"table"_s, u"pre"_s,
                                          u"section"_s, u"article"_s, u"figure"_s, u"hr"_s};
    static const QStringList line = {u"br"_s, u"div"_s, u"li"_s, u"tr"_s, u"dt"_s, u"dd"_s,
                                     u"header"_s, u"footer"_s, u"figcaption"_s};
    if (paragraph.contains(name.toString()))
        return 2;
    return line.contains(name.toString()) ? 1 : 0;
}

struct Tag {
    QString name;      // lower case
    bool closing = false;
    bool selfClosing = false;
    QString href;      // for <a>
    qsizetype end = 0; // index after '>'
};

// Parses a tag at html[i] == '<'. Returns false when this '<' does not start a tag.
bool parseTag(QStringView html, qsizetype i, Tag &tag)
{
    qsizetype j = i + 1;
    if (j < html.size() && html[j] == u'/') {
        tag.closing = true;
        ++j;
    }
    const qsizetype nameStart = j;
    while (j < html.size() && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
        ++j;
    if (j == nameStart || !html[nameStart].isLetter())
        return false;
    tag.name = html.mid(nameStart, j - nameStart).toString().toLower();
    // Attributes: only href is wanted; quoted values may contain '>'.
    while (j < html.size() && html[j] != u'>') {
        if (html[j] == u'/' && j + 1 < html.size() && html[j + 1] == u'>') {
            tag.selfClosing = true;
            ++j;
            continue;
        }
        if (html[j].isLetter()) {
            const qsizetype attrStart = j;
            while (j < html.size() && !html[j].isSpace() && html[j] != u'=' && html[j] != u'>')
                ++j;
            const QString attr = html.mid(attrStart, j - attrStart).toString().toLower();
            while (j < html.size() && html[j].isSpace())
                ++j;
            if (j < html.size() && html[j] == u'=') {
                ++j;
                while (j < html.size() && html[j].isSpace())
                    ++j;
                QString value;
                if (j < html.size() && (html[j] == u'"' || html[j] == u'\'')) {
                    const QChar quote = html[j++];
                    const qsizetype close = html.indexOf(quote, j);
                    if (close < 0)
                        return false;
                    value = html.mid(j, close - j).toString();
                    j = close + 1;
                } else {
                    const qsizetype valueStart = j;
                    while (j < html.size() && !html[j].isSpace() && html[j] != u'>')
                        ++j;
                    value = html.mid(valueStart, j - valueStart).toString();
                }
                if (attr == u"href")
                    tag.href = decodeHtmlEntities(value).trimmed();
            }
            continue;
        }
        ++j;
    }
    if (j >= html.size())
        return false;
    tag.end = j + 1;
    return true;
}

// Tab, line feed and every character that is not a control character (nor a non-character).
bool keptAsText(QChar c)
{
    return c == u'\n' || c == u'\t' || (c.category() != QChar::Other_Control && c != QChar(0xFFFE) && c != QChar(0xFFFF));
}

} // namespace

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        default:
            if (keptAsText(c)) // control characters are dropped, as the readers drop them
                out += c;
        }
    }
    return out;
}

QString withoutControlCharacters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (keptAsText(c))
            out += c;
    }
    return out;
}

QString safeUrl(QStringView url)
{
    const QString trimmed = withoutControlCharacters(url.trimmed()).trimmed();
    // "\\host\share", "/\\host": a Windows share, whose link makes Windows send the user's
    // credentials to that host (browsers read a backslash there as a slash: "//host")
    const auto separatorAt = [&](qsizetype i) { return i < trimmed.size() && (trimmed[i] == u'/' || trimmed[i] == u'\\'); };
    if (separatorAt(0) && separatorAt(1) && trimmed.left(2).contains(u'\\'))
        return QString();
    if (trimmed.startsWith(u"//"))
        return u"https:"_s + trimmed;
    const qsizetype colon = trimmed.indexOf(u':');
    const qsizetype slash = trimmed.indexOf(u'/');
    if (colon < 0 || (slash >= 0 && slash < colon))
        return trimmed; // relative: harmless as text
    const QString scheme = trimmed.left(colon).toLower();
    if (scheme == u"http" || scheme == u"https" || scheme == u"ftp" || scheme == u"mailto")
        return trimmed;
    return QString();
}

namespace {

// One pass over untrusted HTML: tags steer where the words go (the text, a blockquote or its
// cite) and where lines break; links and blockquotes are collected on the way.
class HtmlToText {
public:
    HtmlToText(QStringView html, Blockquotes blockquotes) : m_html(html), m_blockquotes(blockquotes) {}

    HtmlContent run()
    {
        for (qsizetype i = 0; i < m_html.size();) {
            if (m_html[i] == u'<') {
                if (const qsizetype next = afterDeclaration(i); next > i) {
                    i = next;
                    continue;
                }
                Tag tag;
                if (parseTag(m_html, i, tag)) {
                    i = element(tag);
                    continue;
                }
            }
            if (m_html[i].isSpace()) {
                current().space();
                ++i;
                continue;
            }
            i = word(i);
        }
        return finish();
    }

private:
    TextBuilder &current() { return m_inCite ? m_cite : m_inQuote ? m_quote : m_main; }

    // After a comment, a doctype or a processing instruction at i; i itself when there is none.
    qsizetype afterDeclaration(qsizetype i) const
    {
        if (m_html.mid(i).startsWith(u"<!--")) {
            const qsizetype close = m_html.indexOf(u"-->", i + 4);
            return close < 0 ? m_html.size() : close + 3;
        }
        if (i + 1 < m_html.size() && (m_html[i + 1] == u'!' || m_html[i + 1] == u'?')) {
            const qsizetype close = m_html.indexOf(u'>', i);
            return close < 0 ? m_html.size() : close + 1;
        }
        return i;
    }

    // What a tag does; returns where reading goes on.
    qsizetype element(const Tag &tag)
    {
        if (!tag.closing && !tag.selfClosing && isSkippedElement(tag.name))
            return afterSkipped(tag);
        if (m_blockquotes == Blockquotes::Extract && tag.name == u"blockquote")
            blockquote(tag);
        else if (m_inQuote && tag.name == u"cite")
            m_inCite = !tag.closing;
        else if (tag.name == u"a" && !m_inQuote)
            link(tag);
        else if (tag.name == u"li" && !tag.closing) {
            current().lineBreak(1);
            current().word(u"\u2022 "_s);
        } else if (const int breaks = breaksFor(tag.name))
            current().lineBreak(breaks);
        else
            current().word(QString()); // inline tags join words: "<i>Body</i>guard"
        return tag.end;
    }

    // Drops everything up to the matching close tag (or the end).
    qsizetype afterSkipped(const Tag &tag)
    {
        current().space();
        const qsizetype at = m_html.indexOf(u"</"_s + tag.name, tag.end, Qt::CaseInsensitive);
        if (at < 0)
            return m_html.size();
        const qsizetype gt = m_html.indexOf(u'>', at);
        return gt < 0 ? m_html.size() : gt + 1;
    }

    void blockquote(const Tag &tag)
    {
        if (!tag.closing && !m_inQuote) {
            m_inQuote = true;
            m_quote = TextBuilder();
            m_cite = TextBuilder();
        } else if (tag.closing && m_inQuote) {
            m_inQuote = m_inCite = false;
            if (!m_quote.text.isEmpty() || !m_cite.text.isEmpty())
                m_result.blockquotes.push_back({m_quote.text, m_cite.text});
            m_main.lineBreak(2);
        }
    }

    void link(const Tag &tag)
    {
        if (!tag.closing) {
            m_linkHref = safeUrl(tag.href);
            m_main.word(QString()); // flush a pending space so the link text starts here
            m_linkStart = m_main.text.size();
        } else if (m_linkStart >= 0) {
            const QString text = m_main.text.mid(m_linkStart).trimmed();
            if (!m_linkHref.isEmpty() && !m_linkHref.startsWith(u'#'))
                m_result.links.push_back({m_linkHref, text});
            m_linkStart = -1;
            m_linkHref.clear();
        }
    }

    // A word at i: up to the next space or tag, entities decoded; returns where it ends.
    qsizetype word(qsizetype i)
    {
        const qsizetype start = i;
        while (i < m_html.size() && !m_html[i].isSpace() && m_html[i] != u'<')
            ++i;
        if (i == start) // a '<' that starts no tag
            ++i;
        const QString word = withoutControlCharacters(decodeHtmlEntities(m_html.mid(start, i - start)));
        if (!word.contains(u' ')) {
            if (!word.isEmpty())
                current().word(word);
            return i;
        }
        // Decoded non-breaking spaces are white space for the text.
        const QStringList parts = word.split(u' ', Qt::SkipEmptyParts);
        if (word.startsWith(u' '))
            current().space();
        for (qsizetype k = 0; k < parts.size(); ++k) {
            if (k)
                current().space();
            current().word(parts[k]);
        }
        if (word.endsWith(u' '))
            current().space();
        return i;
    }

    HtmlContent finish()
    {
        if (m_inQuote && (!m_quote.text.isEmpty() || !m_cite.text.isEmpty()))
            m_result.blockquotes.push_back({m_quote.text, m_cite.text}); // unclosed: still a quote
        // An empty inline element after a break can leave the break behind.
        m_result.text = m_main.text.trimmed();
        for (HtmlBlockquote &q : m_result.blockquotes) {
            q.text = q.text.trimmed();
            q.cite = q.cite.trimmed();
        }
        return std::move(m_result);
    }

    const QStringView m_html;
    const Blockquotes m_blockquotes;
    HtmlContent m_result;
    TextBuilder m_main, m_quote, m_cite;
    bool m_inQuote = false, m_inCite = false;
    QString m_linkHref;
    qsizetype m_linkStart = -1;
};

} // namespace

HtmlContent htmlToText(QStringView html, Blockquotes blockquotes)
{
    return HtmlToText(html, blockquotes).run();
}

QString htmlToLine(QStringView html)
{
    QString text = htmlToText(html).text;
    text.replace(u"\n\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    return text.simplified();
}

} // namespace dateline
