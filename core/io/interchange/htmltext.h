#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace dateline {

// A link found in HTML: where it points and the text it was written on.
struct HtmlLink {
    QString url;   // absolute http(s)/ftp/mailto; "//host" becomes "https://host"
    QString text;  // plain text of the link
};

// A <blockquote> taken out of the text: the words and, if given, the <cite> inside it.
struct HtmlBlockquote {
    QString text;
    QString cite;
};

// Untrusted HTML (TimelineJS text, credits) reduced to plain text: tags dropped, entities decoded,
// script/style/iframe content dropped, whitespace collapsed, paragraphs separated by a blank line.
struct HtmlContent {
    QString text;
    std::vector<HtmlLink> links;
    std::vector<HtmlBlockquote> blockquotes; // only with Blockquotes::Extract
};

enum class Blockquotes : std::uint8_t { KeepInText, Extract };

HtmlContent htmlToText(QStringView html, Blockquotes blockquotes = Blockquotes::KeepInText);
// The same on one line (titles, names): line breaks become spaces.
QString htmlToLine(QStringView html);
// "&amp;", "&eacute;", "&#8212;", "&#x1F600;" -> characters; unknown entities stay as written.
QString decodeHtmlEntities(QStringView text);
// The text a named character reference stands for ("eacute" -> "é"): empty for one that stands for
// nothing visible (a soft hyphen, zero-width joiners, direction marks), nullopt for an unknown name.
std::optional<QString> namedHtmlEntity(QStringView name);
// Plain text made safe inside HTML text and attribute values (& < > " ').
QString escapeHtml(QStringView text);
// Removes control characters other than tab and newline (untrusted text stays printable).
QString withoutControlCharacters(QStringView text);
// A URL an importer may keep: http, https, ftp, mailto; "//host/x" becomes "https://host/x".
// Empty for anything else: javascript:, data:, Windows shares ("\\host\share"); relative paths are
// kept as written.
QString safeUrl(QStringView url);

} // namespace dateline
