#include "app/gui/plaintext.h"

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
    return QChar(0x2068) + cut(text, maxChars).toHtmlEscaped() + QChar(0x2069);
}

QString plainToolTip(const QString &text, qsizetype maxChars)
{
    if (text.isEmpty())
        return {};
    QString html = cut(text, maxChars).toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return QStringLiteral("<p style='white-space:pre-wrap'>\u2068") + html + QStringLiteral("\u2069</p>");
}

} // namespace dateline
