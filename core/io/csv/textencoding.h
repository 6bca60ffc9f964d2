#pragma once

#include <QByteArray>
#include <QString>

namespace dateline {

// The text encodings spreadsheets write CSV in. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
// UTF-16LE with a BOM ("Unicode text", tab-separated) or Windows-1252 ("CSV" on Western systems);
// LibreOffice and Google Sheets write UTF-8. Excel on Russian, Ukrainian or Bulgarian Windows
// writes Windows-1251. Excel for Mac's "CSV (Macintosh)", and older Mac programs, write Mac Roman
// with carriage returns alone ending the lines.
enum class TextEncoding : std::uint8_t { Utf8, Utf16LE, Utf16BE, Windows1252, Windows1251, MacRoman };

// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "Windows-1251", "Mac Roman"
QString encodingName(TextEncoding encoding);
bool encodingFromName(QStringView name, TextEncoding *encoding); // case-insensitive; "cp1252", "macintosh" too

// A byte-order mark decides; without one, NUL bytes in alternate positions mean UTF-16, and
// UTF-8 means UTF-8, also with stray bytes, as long as they are fewer than its well-formed
// multi-byte sequences (they become U+FFFD). Anything else is Windows-1251 when its high bytes form words of Cyrillic letters,
// Mac Roman when its lines end in carriage returns alone or its accented letters inside words are
// Mac Roman's, else Windows-1252 (every byte is a character there, so nothing is refused).
TextEncoding detectEncoding(const QByteArray &data);

// The offset of the first well-formed UTF-8 multi-byte sequence ("é" as C3 A9), or -1: in a file
// read as Windows-1252, a sign that some of it was written as UTF-8.
qsizetype firstUtf8Sequence(const QByteArray &data);

// Decodes the whole text, dropping a leading byte-order mark. Invalid UTF-8 or UTF-16 sequences
// become U+FFFD.
QString decodeText(const QByteArray &data, TextEncoding encoding);

} // namespace dateline
