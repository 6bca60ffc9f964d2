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

} // namespace

QString htmlPiece(const QString &text, qsizetype maxChars)
{
    return isolated(cut(text, maxChars)).toHtmlEscaped(); // a stray U+2069 cannot end the isolate
}

QString plainToolTip(const QString &text, qsizetype maxChars)
{
    if (text.isEmpty())
        return {};
    QString html = isolated(cut(text, maxChars)).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<p style='white-space:pre-wrap'>") + html + QStringLiteral("</p>");
}

} // namespace dateline
