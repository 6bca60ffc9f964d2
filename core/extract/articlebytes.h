#pragma once

#include <QByteArray>
#include <QString>

// An article file's bytes as text: what the extractor reads, in the CLI and the app alike.
namespace dateline::extract {

struct ArticleBytes {
    QString text;
    QString encoding;     // "UTF-8", "UTF-16LE", "windows-1252", …
    bool guessed = false; // not UTF-8 and not declared: read as Windows-1252 (say so to the user)
    QString error;        // set when the bytes are no text at all (then text is empty)
};

// UTF-8 (a leading byte order mark becomes a space: one character, as offsets into the file count it);
// UTF-16 or UTF-32 with a byte order mark (Windows
// Notepad's "Unicode"); else, for a web page, the charset its <meta> declares; else Windows-1252,
// the superset of Latin-1 that older Windows and web text is written in, which reads every byte.
// Bytes with NUL or many control characters are binary data (a PDF, a Word file), not an article.
ArticleBytes decodeArticle(const QByteArray &bytes);

} // namespace dateline::extract
