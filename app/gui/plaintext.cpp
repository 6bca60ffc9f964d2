#include "app/gui/plaintext.h"

#include "core/model/untrustedtext.h"

namespace dateline {

namespace {

QString cut(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype end = maxChars;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end; // never half a character
    return text.left(end) + QChar(0x2026);
}

// A tooltip wraps at word boundaries only: a 400-letter word (a URL, a run of digits, a title
// typed without spaces) made it wider than the screen, its end off the edge. A zero-width space
// every kRun characters of a word gives it places to wrap; never inside a character or a
// combining or joining sequence.
constexpr qsizetype kRun = 40;

bool joins(QChar c)
{
    return c.isLowSurrogate() || c.isMark() || c.unicode() == 0x200D || (c.unicode() >= 0xFE00 && c.unicode() <= 0xFE0F);
}

QString breakable(const QString &text)
{
    QString out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            run = 0;
        } else if (++run > kRun && !joins(c) && !(i > 0 && text.at(i - 1).unicode() == 0x200D)) {
            if (out.isEmpty())
                out = text.left(i);
            out += QChar(0x200B);
            run = 1;
        }
        if (!out.isEmpty())
            out += c;
    }
    return out.isEmpty() ? text : out;
}

} // namespace

QString htmlPiece(const QString &text, qsizetype maxChars)
{
    return isolated(breakable(cut(text, maxChars))).toHtmlEscaped(); // a stray U+2069 cannot end the isolate
}

QString plainToolTip(const QString &text, qsizetype maxChars)
{
    if (text.isEmpty())
        return {};
    QString html = isolated(breakable(cut(text, maxChars))).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<p style='white-space:pre-wrap'>") + html + QStringLiteral("</p>");
}

} // namespace dateline
