#include "core/extract/token.h"

#include <array>

namespace dateline::extract {

namespace {

// The text of a punctuation token of one character: the ASCII marks are strings made once and shared,
// so that a text's commas and full stops cost no allocation each.
QString markText(QChar c)
{
    static const std::array<QString, 128> ascii = [] {
        std::array<QString, 128> marks;
        for (char16_t m = 0; m < 128; ++m)
            marks[m] = QString(QChar(m));
        return marks;
    }();
    return c.unicode() < 128 ? ascii[c.unicode()] : QString(c);
}

} // namespace

std::vector<Token> tokenize(const QString &text)
{
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5);
    const QChar *s = text.constData();
    const int n = int(text.size());
    bool space = true;
    int newlines = 2;
    int i = 0;
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            if (c == u'\n')
                ++newlines;
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.begin = i;
        t.spaceBefore = space;
        t.paragraphBefore = newlines >= 2;
        t.lineBefore = newlines >= 1;
        if (c.isLetter()) {
            t.kind = Token::Kind::Word;
            t.capitalised = c.isUpper();
            int j = i + 1;
            while (j < n && (s[j].isLetter() || s[j].isMark()))
                ++j;
            t.end = j;
            t.lower = QString(s + i, j - i).toLower();
        } else if (c.isDigit() && c.unicode() < 128) {
            t.kind = Token::Kind::Number;
            int j = i;
            std::int64_t v = 0;
            while (j < n && s[j].unicode() >= u'0' && s[j].unicode() <= u'9') {
                if (v < 1'000'000'000'000LL)
                    v = v * 10 + (s[j].unicode() - u'0');
                ++j;
            }
            t.end = j;
            t.digits = j - i;
            t.number = v;
            t.lower = QString(s + i, j - i);
        } else {
            t.kind = Token::Kind::Punct;
            // Surrogate pairs stay together so offsets never split a code point.
            const int len = (c.isHighSurrogate() && i + 1 < n) ? 2 : 1;
            t.end = i + len;
            QChar p = c;
            if (p == QChar(0x2019) || p == QChar(0x2018))
                p = u'\'';
            else if (p == QChar(0x2013) || p == QChar(0x2014) || p == QChar(0x2012))
                p = u'-';
            t.lower = len == 2 ? QString(s + i, 2) : markText(p);
        }
        i = t.end;
        space = false;
        newlines = 0;
        tokens.push_back(std::move(t));
    }
    return tokens;
}

} // namespace dateline::extract
