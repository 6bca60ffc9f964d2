// HTML character references: named (the common ones), decimal and hexadecimal.
#include "core/io/interchange/htmltext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace dateline {
namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = {
        {u"amp"_s, U'&'}, {u"lt"_s, U'<'}, {u"gt"_s, U'>'}, {u"quot"_s, U'"'}, {u"apos"_s, U'\''},
        {u"nbsp"_s, U' '}, {u"ensp"_s, U' '}, {u"emsp"_s, U' '}, {u"thinsp"_s, U' '},
        {u"ndash"_s, U'\u2013'}, {u"mdash"_s, U'\u2014'}, {u"hellip"_s, U'\u2026'},
        {u"lsquo"_s, U'\u2018'}, {u"rsquo"_s, U'\u2019'}, {u"sbquo"_s, U'\u201A'},
        {u"ldquo"_s, U'\u201C'}, {u"rdquo"_s, U'\u201D'}, {u"bdquo"_s, U'\u201E'},
        {u"laquo"_s, U'\u00AB'}, {u"raquo"_s, U'\u00BB'}, {u"lsaquo"_s, U'\u2039'}, {u"rsaquo"_s, U'\u203A'},
        {u"copy"_s, U'\u00A9'}, {u"reg"_s, U'\u00AE'}, {u"trade"_s, U'\u2122'}, {u"deg"_s, U'\u00B0'},
        {u"middot"_s, U'\u00B7'}, {u"bull"_s, U'\u2022'}, {u"sect"_s, U'\u00A7'}, {u"para"_s, U'\u00B6'},
        {u"times"_s, U'\u00D7'}, {u"divide"_s, U'\u00F7'}, {u"plusmn"_s, U'\u00B1'}, {u"minus"_s, U'\u2212'},
        {u"frac12"_s, U'\u00BD'}, {u"frac14"_s, U'\u00BC'}, {u"frac34"_s, U'\u00BE'},
        {u"euro"_s, U'\u20AC'}, {u"pound"_s, U'\u00A3'}, {u"yen"_s, U'\u00A5'}, {u"cent"_s, U'\u00A2'},
        {u"iexcl"_s, U'\u00A1'}, {u"iquest"_s, U'\u00BF'}, {u"dagger"_s, U'\u2020'}, {u"prime"_s, U'\u2032'},
        {u"aacute"_s, U'\u00E1'}, {u"agrave"_s, U'\u00E0'}, {u"acirc"_s, U'\u00E2'}, {u"atilde"_s, U'\u00E3'},
        {u"auml"_s, U'\u00E4'}, {u"aring"_s, U'\u00E5'}, {u"aelig"_s, U'\u00E6'}, {u"ccedil"_s, U'\u00E7'},
        {u"eacute"_s, U'\u00E9'}, {u"egrave"_s, U'\u00E8'}, {u"ecirc"_s, U'\u00EA'}, {u"euml"_s, U'\u00EB'},
        {u"iacute"_s, U'\u00ED'}, {u"igrave"_s, U'\u00EC'}, {u"icirc"_s, U'\u00EE'}, {u"iuml"_s, U'\u00EF'},
        {u"ntilde"_s, U'\u00F1'}, {u"oacute"_s, U'\u00F3'}, {u"ograve"_s, U'\u00F2'}, {u"ocirc"_s, U'\u00F4'},
        {u"otilde"_s, U'\u00F5'}, {u"ouml"_s, U'\u00F6'}, {u"oslash"_s, U'\u00F8'}, {u"szlig"_s, U'\u00DF'},
        {u"uacute"_s, U'\u00FA'}, {u"ugrave"_s, U'\u00F9'}, {u"ucirc"_s, U'\u00FB'}, {u"uuml"_s, U'\u00FC'},
        {u"yacute"_s, U'\u00FD'}, {u"yuml"_s, U'\u00FF'},
        {u"Aacute"_s, U'\u00C1'}, {u"Agrave"_s, U'\u00C0'}, {u"Auml"_s, U'\u00C4'}, {u"Aring"_s, U'\u00C5'},
        {u"Ccedil"_s, U'\u00C7'}, {u"Eacute"_s, U'\u00C9'}, {u"Egrave"_s, U'\u00C8'}, {u"Ntilde"_s, U'\u00D1'},
        {u"Oacute"_s, U'\u00D3'}, {u"Ouml"_s, U'\u00D6'}, {u"Oslash"_s, U'\u00D8'}, {u"Uacute"_s, U'\u00DA'},
        {u"Uuml"_s, U'\u00DC'}, {u"shy"_s, 0}, {u"zwj"_s, 0}, {u"zwnj"_s, 0}, {u"lrm"_s, 0}, {u"rlm"_s, 0},
    };
    return table;
}

// Decodes one entity starting at text[i] == '&'. Returns the number of characters consumed
// (0 when this is not an entity) and appends the character to out.
qsizetype decodeEntityAt(QStringView text, qsizetype i, QString &out)
{
    qsizetype j = i + 1;
    if (j < text.size() && text[j] == u'#') {
        ++j;
        const bool hex = j < text.size() && (text[j] == u'x' || text[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t code = 0;
        bool overflow = false;
        while (j < text.size()) {
            const char16_t ch = text[j].unicode();
            int digit = -1;
            if (ch >= u'0' && ch <= u'9')
                digit = ch - u'0';
            else if (hex && ch >= u'a' && ch <= u'f')
                digit = ch - u'a' + 10;
            else if (hex && ch >= u'A' && ch <= u'F')
                digit = ch - u'A' + 10;
            if (digit < 0)
                break;
            if (!overflow)
                code = code * (hex ? 16 : 10) + char32_t(digit);
            if (code > 0x10FFFF)
                overflow = true;
            ++j;
        }
        if (j == digitsStart)
            return 0;
        if (j < text.size() && text[j] == u';')
            ++j;
        if (overflow || code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            code = 0xFFFD;
        const char32_t c[1] = {code};
        out += QString::fromUcs4(c, 1);
        return j - i;
    }
    while (j < text.size() && j - i <= 10 && text[j].isLetterOrNumber())
        ++j;
    if (j >= text.size() || text[j] != u';')
        return 0;
    const std::optional<QString> named = namedHtmlEntity(text.mid(i + 1, j - i - 1));
    if (!named)
        return 0;
    out += *named;
    return j + 1 - i;
}

} // namespace

std::optional<QString> namedHtmlEntity(QStringView name)
{
    const auto found = namedEntities().constFind(name.toString());
    if (found == namedEntities().cend())
        return std::nullopt;
    const char32_t c[1] = {*found};
    return *found ? QString::fromUcs4(c, 1) : QString();
}

QString decodeHtmlEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const qsizetype used = decodeEntityAt(text, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

} // namespace dateline
